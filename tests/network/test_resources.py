"""The resources library (issue 10) and its files (issue 13): listed, filtered, paginated,
each with its language; uploads on an allow-list, bounded, and served as their kind."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from kernel.uploads import validate_document
from library.models import Resource
from tests.factories import HubFactory, ResourceFactory, TopicFactory
from tests.hubs.test_pages import url
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db

PDF_BYTES = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
SVG_BYTES = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def docx_bytes(member="[Content_Types].xml"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "<Types/>")
    return buffer.getvalue()


def upload(name, content):
    return SimpleUploadedFile(name, content)


def listing(client, lang="en", **query):
    return client.get(url("resources", lang), query)


@pytest.fixture
def library():
    balkans = HubFactory(slug="western-balkans", name_en="Western Balkans")
    mena = HubFactory(slug="mena", name_en="MENA")
    youth = TopicFactory(slug="youth", name_en="Youth engagement", name_ar="إشراك الشباب")
    guide = ResourceFactory(
        slug="guide",
        title_en="Guide for Mayors",
        kind="guide",
        language="en",
        url="https://example.org/guide",
    )
    guide.hubs.add(balkans)
    guide.topics.add(youth)
    report = ResourceFactory(
        slug="assessment",
        title_en="Regional assessment",
        kind="report",
        language="ar",
        url="",
        file=upload("assessment.pdf", PDF_BYTES),
    )
    report.hubs.add(mena)
    ResourceFactory(slug="case-studies", title_en="Case studies", kind="case_study", url="")
    ResourceFactory(slug="draft", title_en="Draft report", status="draft")
    return {"guide": guide, "report": report}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_library_lists_published_resources_with_kind_language_and_access(client, library, language):
    response = listing(client, language)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1 and "style=" not in html and not response.cookies
    assert "Draft report" not in html
    assert 'href="https://example.org/guide"' in html
    file_url = url("resource_file", language, slug="assessment")
    assert f'href="{file_url}"' in html
    labels = {
        "en": ("Language: English", "Language: Arabic", "(PDF)"),
        "ar": ("اللغة: الإنجليزية", "اللغة: العربية", "(PDF)"),
    }[language]
    for label in labels:
        assert label in html, label
    # What is not known is left out (issue 20: every card said "Language not recorded").
    assert "Language not recorded" not in html and "اللغة غير مسجلة" not in html
    no_copy = {"en": "No online copy is listed yet.", "ar": "لا توجد نسخة متاحة على الإنترنت بعد."}
    assert no_copy[language] in html


def test_a_resource_without_a_copy_links_the_page_that_names_it(client, library):
    library["guide"].url = ""
    library["guide"].save()
    html = listing(client).content.decode()
    assert 'it is named on the <a href="/en/hubs/western-balkans/#partners">' in html


def test_the_language_filter_offers_only_languages_some_resource_is_in(client, library):
    options = listing(client).context["filter"].form.fields["language"].choices
    assert [value for value, _label in options] == ["", "ar", "en"]
    Resource.objects.update(language="")
    assert "language" not in listing(client).context["filter"].form.fields


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"kind": "guide"}, ["Guide for Mayors"]),
        ({"topic": "youth"}, ["Guide for Mayors"]),
        ({"hub": "mena"}, ["Regional assessment"]),
        ({"language": "ar"}, ["Regional assessment"]),
        ({"hub": "western-balkans", "kind": "report"}, []),
    ],
)
def test_library_filters_by_kind_topic_hub_and_language(client, library, query, expected):
    response = listing(client, **query)
    assert response.status_code == 200
    assert [resource.title_en for resource in response.context["object_list"]] == expected
    if not expected:
        assert "No resource matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    "query", [{"kind": "poster"}, {"topic": "nope"}, {"hub": "atlantis"}, {"language": "fr"}]
)
def test_bad_filter_values_are_a_400_with_a_message_in_the_visitors_language(
    client, library, query
):
    response = listing(client, "ar", **query)
    assert response.status_code == 400
    assert "بعض قيم التصفية غير صالحة" in response.content.decode() or (
        "تعذّر تطبيق بعض عوامل التصفية" in response.content.decode()
    )


def test_library_is_paginated_and_bad_pages_are_404(client):
    for number in range(25):
        ResourceFactory(slug=f"r-{number:02}")
    assert len(listing(client).context["object_list"]) == 20
    assert len(listing(client, page=2).context["object_list"]) == 5
    assert listing(client, page=9).status_code == 404
    assert listing(client, page="x").status_code == 404


@pytest.mark.parametrize("size", [2, 25])
def test_library_query_count_does_not_grow(client, django_assert_num_queries, size):
    hub = HubFactory()
    topic = TopicFactory()
    for _ in range(size):
        resource = ResourceFactory()
        resource.hubs.add(hub)
        resource.topics.add(topic)
    # count, the page's keys then its rows (kernel.listing.KeysFirstPaginator), their hubs,
    # their topics, the filter form's hubs and topics, the languages resources are in, and the
    # content version
    with django_assert_num_queries(9):
        assert listing(client).status_code == 200


def test_hub_page_footer_and_sitemap_lead_to_the_library(client, library):
    hub_page = client.get(url("hubs:detail", "en", slug="western-balkans")).content.decode()
    assert f'href="{url("resources", "en")}?hub=western-balkans"' in hub_page
    assert f'<a href="{url("resources", "en")}">Resources</a>' in hub_page  # the footer
    sitemap = client.get("/sitemap-pages.xml")
    if sitemap.status_code == 404:  # the sitemap index names its sections
        index = client.get("/sitemap.xml").content.decode()
        section = index.split("<loc>")[1].split("</loc>")[0].split("://", 1)[1].split("/", 1)[1]
        sitemap = client.get("/" + section)
    assert "/en/resources/" in sitemap.content.decode()


def test_pdf_is_served_inline_as_pdf_and_never_sniffed(client, library):
    response = client.get(url("resource_file", "en", slug="assessment"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("inline")
    assert b"".join(response.streaming_content) == PDF_BYTES


def test_office_documents_are_downloads_in_a_sandbox(client):
    ResourceFactory(slug="case", url="", file=upload("case.docx", docx_bytes()))
    response = client.get(url("resource_file", "en", slug="case"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]


def test_file_of_a_draft_or_a_link_only_resource_is_404(client, library):
    ResourceFactory(slug="hidden", status="draft", url="", file=upload("h.pdf", PDF_BYTES))
    assert client.get(url("resource_file", "en", slug="hidden")).status_code == 404
    assert client.get(url("resource_file", "en", slug="guide")).status_code == 404
    assert client.get(url("resource_file", "en", slug="nothing")).status_code == 404


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("drawing.svg", SVG_BYTES, "Files of this kind cannot be uploaded"),
        ("page.html", b"<html><script>alert(1)</script></html>", "Files of this kind"),
        ("tool.exe", b"MZ\x90\x00", "Files of this kind"),
        ("noextension", PDF_BYTES, "Files of this kind"),
        ("fake.pdf", SVG_BYTES, "This file's content is not a PDF file"),
        ("notes.txt", SVG_BYTES, "This file's content is not a TXT file"),
        ("empty.docx", docx_bytes(member="other.xml"), "not a DOCX file"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "not a DOCX file"),
        ("photo.png", b"\xff\xd8\xff\xe0 a jpeg", "not a PNG file"),
    ],
)
def test_uploads_outside_the_allow_list_or_not_what_they_claim_are_refused(name, content, message):
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_document(upload(name, content))
    assert message in error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF_BYTES),
        ("case.docx", docx_bytes()),
        ("data.csv", "city,year\nإلباسان,2016\n".encode()),
        ("photo.jpg", b"\xff\xd8\xff\xe0 rest"),
    ],
)
def test_allowed_documents_are_accepted(name, content):
    validate_document(upload(name, content))


def test_too_large_a_file_is_refused_in_the_editors_language(settings):
    settings.DOCUMENT_UPLOAD_MAX_BYTES = 1024
    big = upload("big.pdf", PDF_BYTES + b"0" * 2048)
    with translation.override("ar"), pytest.raises(ValidationError) as error:
        validate_document(big)
    assert "الحد الأقصى" in error.value.messages[0]
    with translation.override("en"), pytest.raises(ValidationError) as error:
        validate_document(big)
    assert "files may be at most 1.0\xa0KB" in error.value.messages[0]


def test_admin_refuses_an_svg_resource_with_a_message_and_stores_nothing(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    with translation.override("en"):
        add_url = reverse("admin:library_resource_add")
    response = client.post(
        add_url,
        {
            "title_en": "Poster",
            "title_ar": "ملصق",
            "slug": "poster",
            "kind": "report",
            "language": "",
            "status": "draft",
            "file": upload("poster.svg", SVG_BYTES),
        },
    )
    assert response.status_code == 200
    assert "Files of this kind cannot be uploaded" in response.content.decode()
    assert not Resource.objects.filter(slug="poster").exists()
