"""Visitors report translation errors; staff are told and resolve them in the admin."""

import datetime
import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth.models import Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from pages.models import Page
from reports.models import TranslationReport
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

# Each POST runs its on_commit callbacks (the e-mails), as a committed request would.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]


def report_data(**overrides):
    data = {
        "page": "/ar/hubs/western-balkans/",
        "ct": "",
        "id": "",
        "description": "«المركز الإقليمي» should be «المحور الإقليمي».",
        "suggestion": "المحور الإقليمي",
        "email": "",
        "nickname": "",
    }
    data.update(overrides)
    return data


def test_detail_pages_link_to_the_report_form_with_their_object(client):
    hub = factories.HubFactory(slug="western-balkans")
    html = client.get("/en/hubs/western-balkans/").content.decode()
    links = re.findall(r'href="(/en/report-translation/\?[^"]+)"', html)
    assert len(links) == 1
    query = parse_qs(urlparse(links[0].replace("&amp;", "&")).query)
    assert query["page"] == ["/en/hubs/western-balkans/"]
    assert query["ct"] == ["hubs.hub"]
    assert query["id"] == [str(hub.pk)]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_report_form_shows_the_page_and_object(client, language):
    hub = factories.HubFactory()
    url = (
        f"/{language}/report-translation/?page=/{language}/hubs/{hub.slug}/&ct=hubs.hub&id={hub.pk}"
    )
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert str(hub.name) in html
    assert f'value="/{language}/hubs/{hub.slug}/"' in html
    heading = "الإبلاغ عن خطأ في الترجمة" if language == "ar" else "Report a translation error"
    assert heading in html
    assert "style=" not in html


@pytest.mark.parametrize("label", ["network.page", "pages.page"])
def test_links_made_before_the_page_model_moved_still_name_it(client, label):
    # Pages a visitor kept from before issue 22's move name the model by its old label.
    page = Page.objects.create(
        slug="about", title_en="About the network", body_en="<p>x</p>", status="published"
    )
    response = client.get(f"/en/report-translation/?page=/en/about/&ct={label}&id={page.pk}")
    assert response.status_code == 200
    assert f'name="ct" value="{label}"' in response.content.decode()
    assert "About the network" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "page=https://evil.example/",
        "page=//evil.example/",
        "page=/%5Cevil.example",
        "page=",
        "page=/en/&ct=auth.user&id=1",
        "page=/en/&ct=hubs.hub&id=999999",
        "page=/en/&ct=hubs.hub&id=abc",
        "page=/en/&ct=nonsense&id=1",
        "page=/en/&ct=hubs.hub&id=99999999999999999999999",
    ],
)
def test_bad_links_get_a_clear_400(client, query):
    factories.HubFactory()
    response = client.get(f"/en/report-translation/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert "not valid" in html or "does not exist" in html


def test_bad_link_message_is_in_arabic_on_arabic_pages(client):
    response = client.get("/ar/report-translation/?page=https://evil.example/")
    assert response.status_code == 400
    assert "رابط الصفحة غير صالح" in response.content.decode()


def test_posting_saves_the_report_notifies_staff_and_thanks(client):
    hub = factories.HubFactory()
    data = report_data(page=f"/ar/hubs/{hub.slug}/", ct="hubs.hub", id=str(hub.pk))
    response = client.post("/en/report-translation/", data)
    assert response.status_code == 303
    assert response["Location"] == "/en/report-translation/thanks/"
    assert client.get(response["Location"]).status_code == 200
    report = TranslationReport.objects.get()
    assert report.language == "ar"  # the language of the page reported, not of the form
    assert report.content_object == hub
    assert report.status == "new"
    assert report.staff_notified_at
    (message,) = mail.outbox
    assert message.to == ["network@localhost"]
    assert f"/hubs/{hub.slug}/" in message.body
    assert "المحور الإقليمي" in message.body


def test_report_without_object_is_fine(client):
    response = client.post("/en/report-translation/", report_data(page="/en/hubs/"))
    assert response.status_code == 303
    report = TranslationReport.objects.get()
    assert report.content_type is None and report.page_url == "/en/hubs/"


def test_invalid_post_keeps_input_and_answers_400(client):
    response = client.post(
        "/ar/report-translation/", report_data(description="", email="bad", suggestion="نص")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "هذا الحقل مطلوب" in html
    assert 'class="error-summary"' in html
    assert "نص" in html
    assert TranslationReport.objects.count() == 0


def test_post_with_foreign_page_is_refused(client):
    response = client.post("/en/report-translation/", report_data(page="https://evil.example/"))
    assert response.status_code == 400
    assert TranslationReport.objects.count() == 0


def test_mail_failure_keeps_the_report(client, settings):
    settings.EMAIL_BACKEND = "tests.cities.membership_helpers.FailingBackend"
    response = client.post("/en/report-translation/", report_data())
    assert response.status_code == 303
    report = TranslationReport.objects.get()
    assert report.staff_notified_at is None


def test_honeypot_and_rate_limit(client, settings):
    response = client.post("/en/report-translation/", report_data(nickname="bot"))
    assert response.status_code == 303
    assert TranslationReport.objects.count() == 0
    settings.FORM_RATE_LIMIT = 2
    assert client.post("/en/report-translation/", report_data()).status_code == 303
    response = client.post("/ar/report-translation/", report_data())
    assert response.status_code == 429
    assert "عدة طلبات" in response.content.decode()


def test_reading_the_report_form_page_needs_no_session(client):
    response = client.get("/en/report-translation/?page=/en/")
    assert "sessionid" not in response.cookies


# Admin ------------------------------------------------------------------------------------


def admin_url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def test_staff_see_reports_and_resolve_them(client):
    hub = factories.HubFactory()
    report = TranslationReport.objects.create(
        page_url=f"/ar/hubs/{hub.slug}/",
        language="ar",
        content_type=ContentType.objects.get_for_model(hub),
        object_id=hub.pk,
        description="Wrong word.",
    )
    other = TranslationReport.objects.create(page_url="/en/", language="en", description="x")
    staff = User.objects.create_user("translator", "t@example.org", "x", is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(codename__endswith="translationreport"))
    client.force_login(staff)
    changelist = admin_url("admin:reports_translationreport_changelist")
    html = client.get(changelist + "?language__exact=ar").content.decode()
    assert f'href="/ar/hubs/{hub.slug}/"' in html
    assert "/en/" not in re.findall(r'<td class="field-page_link">.*?</td>', html, re.S)[0]
    assert client.get(changelist + "?status__exact=new").status_code == 200
    assert (
        client.get(admin_url("admin:reports_translationreport_change", report.pk)).status_code
        == 200
    )

    response = client.post(changelist, {"action": "mark_resolved", "_selected_action": [report.pk]})
    assert response.status_code == 302
    report.refresh_from_db()
    other.refresh_from_db()
    assert report.status == "resolved"
    assert report.resolved_by == staff
    assert report.resolved_at
    assert other.status == "new"


def test_staff_without_permission_cannot_see_reports(client):
    staff = User.objects.create_user("nobody", "n@example.org", "x", is_staff=True)
    client.force_login(staff)
    response = client.get(admin_url("admin:reports_translationreport_changelist"))
    assert response.status_code == 403


# Drafts and scheduled items must not leak through the report form (issue 12).


def _hidden_cities():
    draft = factories.CityFactory(status="draft", name_en="Secret Draftville")
    scheduled = factories.CityFactory(
        name_en="Future Scheduledton",
        published_at=timezone.now() + datetime.timedelta(days=3),
    )
    return draft, scheduled


def test_report_form_does_not_show_drafts_or_scheduled_items_to_visitors(client):
    for city in _hidden_cities():
        response = client.get(f"/en/report-translation/?page=/en/&ct=cities.city&id={city.pk}")
        assert response.status_code == 400  # exactly as for an object that does not exist
        html = response.content.decode()
        assert city.name_en not in html
        assert "does not exist" in html


def test_report_post_about_a_draft_is_refused_without_saving(client):
    draft, _scheduled = _hidden_cities()
    data = report_data(page="/en/", ct="cities.city", id=str(draft.pk))
    response = client.post("/en/report-translation/", data)
    assert response.status_code == 400
    assert draft.name_en not in response.content.decode()
    assert TranslationReport.objects.count() == 0


def test_staff_previewing_a_draft_may_report_on_it(client):
    draft, _scheduled = _hidden_cities()
    # A preview is for staff who may change the draft (a network editor here).
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    response = client.get(f"/en/report-translation/?page=/en/&ct=cities.city&id={draft.pk}")
    assert response.status_code == 200
    assert draft.name_en in response.content.decode()


def test_objects_without_a_public_page_cannot_be_reported(client):
    country = factories.CityFactory().country  # translated, but never a page of its own
    response = client.get(f"/en/report-translation/?page=/en/&ct=cities.country&id={country.pk}")
    assert response.status_code == 400


@pytest.mark.parametrize("page", ["/en/\r\nBcc: victim@example.com", "/en/x\x00y", "/en/\ty"])
def test_control_characters_in_the_page_are_refused(client, page):
    response = client.post("/en/report-translation/", report_data(page=page))
    assert response.status_code == 400
    assert TranslationReport.objects.count() == 0
    assert client.get("/en/report-translation/", {"page": page}).status_code == 400


def test_nul_in_the_object_reference_is_a_400(client):
    response = client.get("/en/report-translation/?page=/en/&ct=hubs.h%00ub&id=1%002")
    assert response.status_code == 400


def test_a_report_is_resolved_from_its_change_page(client):
    user = make_staff("editor", NETWORK_EDITORS)
    client.force_login(user)
    report = TranslationReport.objects.create(
        page_url="/en/", language="en", description="Wrong word."
    )
    url = f"/en/admin/reports/translationreport/{report.pk}/change/"
    assert client.post(url, {"status": "resolved"}).status_code == 302
    report.refresh_from_db()
    assert report.status == "resolved" and report.resolved_by == user and report.resolved_at


def test_staff_record_what_was_done_and_reply_to_the_reporter_by_queued_mail(client, mail_worker):
    from tests.network.html_forms import form_submission

    report = TranslationReport.objects.create(
        page_url="/ar/hubs/mena/", language="ar", description="كلمة خاطئة.", email="r@example.org"
    )
    staff = User.objects.create_user("translator", "t@example.org", "x", is_staff=True)
    staff.user_permissions.set(Permission.objects.filter(codename__endswith="translationreport"))
    client.force_login(staff)
    url = admin_url("admin:reports_translationreport_change", report.pk)
    data, _files = form_submission(client.get(url).content.decode(), "translationreport_form")
    data.update(status="resolved", resolution="Fixed the hub title.", reply="شكرًا، صحّحناها.")

    response = client.post(url, data)

    assert response.status_code == 302
    assert not mail.outbox  # queued for the worker, not sent on the request
    assert mail_worker() == 1
    (message,) = mail.outbox
    assert message.to == ["r@example.org"]
    assert "شكرًا، صحّحناها." in message.body and "/ar/hubs/mena/" in message.body
    assert "شكرًا لإبلاغك" in message.body  # the reporter's language
    report.refresh_from_db()
    assert report.resolution == "Fixed the hub title." and report.reply_sent_at
    # Sent once: the reply is read-only now, and saving again sends nothing.
    page = client.get(url)
    assert "reply" not in page.context["adminform"].form.fields
    data, _files = form_submission(page.content.decode(), "translationreport_form")
    assert client.post(url, data).status_code == 302
    assert mail_worker() == 0 and len(mail.outbox) == 1
