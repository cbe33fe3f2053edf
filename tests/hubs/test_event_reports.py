"""Event reports (issue 13): uploads go through the resources' checks (allowed kinds, a size
bound, content that matches the name, never SVG or HTML) and are served as their kind."""

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models

from hubs.models import Event
from kernel.fields import CheckedFileField, CheckedImageField
from staff.roles import CONTENT_APPS
from tests.factories import EventFactory
from tests.hubs.test_pages import url
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff
from tests.network.test_resources import PDF_BYTES, SVG_BYTES, docx_bytes

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "en"]
KIND_REFUSED = {
    "en": "Files of this kind cannot be uploaded",
    "ar": "لا يمكن رفع ملفات من هذا النوع",
}
CONTENT_REFUSED = {
    "en": "This file&#x27;s content is not a PDF file",
    "ar": "محتوى هذا الملف ليس ملفًا من نوع PDF",
}
TOO_LARGE = {"en": "files may be at most 1.0\xa0KB", "ar": "والحد الأقصى لحجم الملفات"}


@pytest.fixture
def editor(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    return client


def upload_report(client, event, language, name, content):
    change = url("admin:hubs_event_change", language, object_id=event.pk)
    data = change_form_data(client.get(change))
    data["report_file"] = SimpleUploadedFile(name, content)
    return client.post(change, data)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "content", "messages"),
    [
        ("report.svg", SVG_BYTES, KIND_REFUSED),  # a script a browser would run
        ("report.html", b"<html><script>alert(1)</script></html>", KIND_REFUSED),
        ("report.exe", b"MZ\x90\x00 a program", KIND_REFUSED),
        ("report.pdf", SVG_BYTES, CONTENT_REFUSED),  # an SVG under a PDF's name
    ],
    ids=["svg", "html", "executable", "disguised"],
)
def test_a_refused_report_gets_a_message_in_the_editors_language(
    editor, language, name, content, messages
):
    event = EventFactory()
    response = upload_report(editor, event, language, name, content)
    assert response.status_code == 200
    assert messages[language] in response.content.decode()
    event.refresh_from_db()
    assert not event.report_file


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_large_a_report_is_refused(editor, settings, language):
    settings.DOCUMENT_UPLOAD_MAX_BYTES = 1024
    event = EventFactory()
    response = upload_report(editor, event, language, "big.pdf", PDF_BYTES + b"0" * 2048)
    assert response.status_code == 200
    assert TOO_LARGE[language] in response.content.decode()
    event.refresh_from_db()
    assert not event.report_file


def test_a_pdf_report_is_accepted_linked_and_served_as_a_pdf(editor, client):
    event = EventFactory(slug="elbasan-workshop-2023")
    response = upload_report(editor, event, "en", "report.pdf", PDF_BYTES)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.report_file.name.startswith("events/")
    client.logout()

    for language in LANGUAGES:
        report = url("hubs:event_report", language, slug=event.slug)
        page = client.get(url("hubs:event_detail", language, slug=event.slug))
        assert f'href="{report}"' in page.content.decode()  # not the bare media URL
    served = client.get(url("hubs:event_report", "en", slug=event.slug))
    assert served.status_code == 200
    assert served["Content-Type"] == "application/pdf"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Disposition"].startswith("inline")
    assert b"".join(served.streaming_content) == PDF_BYTES
    api = client.get(f"/api/v1/events/{event.slug}/").json()
    assert api["report"].endswith("/events/elbasan-workshop-2023/report/")


def test_an_office_report_is_a_download_in_a_sandbox(client):
    event = EventFactory(report_file=SimpleUploadedFile("minutes.docx", docx_bytes()))
    served = client.get(url("hubs:event_report", "en", slug=event.slug))
    assert served["Content-Disposition"].startswith("attachment")
    assert "sandbox" in served["Content-Security-Policy"]


def test_the_report_of_a_draft_or_of_a_link_only_event_is_404(client):
    draft = EventFactory(status="draft", report_file=SimpleUploadedFile("r.pdf", PDF_BYTES))
    linked = EventFactory(report_url="https://example.org/report.pdf")
    assert client.get(url("hubs:event_report", "en", slug=draft.slug)).status_code == 404
    assert client.get(url("hubs:event_report", "en", slug=linked.slug)).status_code == 404
    assert linked.report_link == "https://example.org/report.pdf"
    # A file stored before the checks, of a kind now refused, is not served either.
    legacy = EventFactory()
    Event.objects.filter(pk=legacy.pk).update(report_file="events/old.svg")
    assert client.get(url("hubs:event_report", "en", slug=legacy.slug)).status_code == 404


def test_every_upload_field_in_the_project_is_checked():
    unchecked = [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS
        for field in model._meta.concrete_fields
        if isinstance(field, models.FileField)
        and not isinstance(field, CheckedFileField | CheckedImageField)
    ]
    assert unchecked == []
