"""Staff review of membership applications: e-mail failures, workflow, export, permissions,
retention."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone, translation

from cities.membership import services
from cities.models import ApplicationEvent, City, Country, MembershipApplication
from staff.admin_base import missing_translation_q
from tests import factories
from tests.cities.membership_helpers import valid_data

# Each POST runs its on_commit callbacks (the e-mails), as a committed request would.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]

FAILING = "tests.cities.membership_helpers.FailingBackend"
CHANGELIST = "admin:cities_membershipapplication_changelist"


@pytest.fixture
def reviewer(client):
    """Staff with full rights on applications only (not a superuser)."""
    user = User.objects.create_user("reviewer", "r@example.org", "x", is_staff=True)
    perms = Permission.objects.filter(
        content_type__app_label="cities", codename__endswith="membershipapplication"
    )
    user.user_permissions.set(perms)
    client.force_login(user)
    return user


def admin_url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


# Failing mail server ----------------------------------------------------------------------


def test_failing_mail_server_keeps_the_application_and_flags_it(client, settings):
    settings.EMAIL_BACKEND = FAILING
    response = client.post("/en/join/", valid_data())
    assert response.status_code == 303
    application = MembershipApplication.objects.get()
    assert application.applicant_notified_at is None
    assert application.staff_notified_at is None
    assert list(MembershipApplication.objects.not_notified()) == [application]


def test_resend_command_sends_what_failed(client, settings):
    settings.EMAIL_BACKEND = FAILING
    client.post("/en/join/", valid_data())
    with pytest.raises(CommandError):
        call_command("resend_application_notifications", stdout=io.StringIO())
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("resend_application_notifications", stdout=out)
    assert "1" in out.getvalue()
    assert len(mail.outbox) == 2
    application = MembershipApplication.objects.get()
    assert application.applicant_notified_at and application.staff_notified_at
    # Nothing is sent twice.
    call_command("resend_application_notifications", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_not_notified_filter_and_resend_action(client, settings, reviewer):
    sent = factories.MembershipApplicationFactory()
    pending = factories.MembershipApplicationFactory(
        applicant_notified_at=None, staff_notified_at=None
    )
    response = client.get(admin_url(CHANGELIST) + "?notified=no")
    assert response.status_code == 200
    html = response.content.decode()
    assert pending.reference in html
    assert sent.reference not in html

    response = client.post(
        admin_url(CHANGELIST),
        {"action": "resend_notifications", "_selected_action": [pending.pk, sent.pk]},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    pending.refresh_from_db()
    assert pending.is_notified


# Workflow ---------------------------------------------------------------------------------


def test_approval_creates_a_draft_city_and_the_country_once(reviewer):
    hub = factories.HubFactory()
    application = factories.MembershipApplicationFactory(
        authority_name="Kisela Voda", country="MK", kind="municipality", population=57000, hub=hub
    )
    assert not Country.objects.filter(iso_code="MK").exists()
    services.approve(application, reviewer)
    city = City.objects.get()
    assert city.status == "draft"
    assert city.membership_status == "member"
    assert city.joined_year == timezone.now().year
    # The name goes into the language it is written in; the Arabic waits for an editor.
    assert city.name_en == "Kisela Voda" and not city.name_ar
    assert City.objects.filter(missing_translation_q(City), pk=city.pk).exists()
    assert city.slug == "kisela-voda"
    assert (city.kind, city.population, city.hub) == ("municipality", 57000, hub)
    country = Country.objects.get(iso_code="MK")
    assert country.name_en == "North Macedonia"
    assert country.name_ar == "مقدونيا الشمالية"
    application.refresh_from_db()
    assert application.city == city
    assert application.status == "approved"
    assert application.decided_at

    services.approve(application, reviewer)
    application.status = "under_review"
    services.approve(application, reviewer)
    assert City.objects.count() == 1
    assert Country.objects.count() == 1


def test_approval_uses_the_existing_country_and_an_ascii_slug_for_arabic_names(reviewer):
    country = factories.CountryFactory(iso_code="JO")
    factories.CityFactory(slug="bldia-alzrqa")
    application = factories.MembershipApplicationFactory(
        authority_name="بلدية الزرقاء", country="JO", reference="APP-2026-00007"
    )
    city = services.create_city(application)
    assert city.country == country
    assert city.hub == country.hub
    assert city.slug == "bldia-alzrqa-2"  # the name in Latin letters, made unique
    assert city.name_ar == "بلدية الزرقاء" and not city.name_en


def test_decline_needs_a_reason(reviewer):
    application = factories.MembershipApplicationFactory()
    with pytest.raises(ValidationError):
        services.decline(application, reviewer, reason="  ")
    application.refresh_from_db()
    assert application.status == "new"
    services.decline(application, reviewer, reason="Not a local authority.")
    application.refresh_from_db()
    assert application.status == "declined"
    assert application.decline_reason == "Not a local authority."


def test_status_history_records_who_and_when(client, reviewer):
    application = factories.MembershipApplicationFactory()
    before = timezone.now()
    services.change_status(application, "under_review", reviewer, "Checking with the hub.")
    services.approve(application, reviewer)
    events = list(ApplicationEvent.objects.filter(application=application))
    assert [(e.from_status, e.to_status) for e in events] == [
        ("new", "under_review"),
        ("under_review", "approved"),
    ]
    assert all(e.user == reviewer and e.created_at >= before for e in events)
    assert events[0].note == "Checking with the hub."
    page = client.get(admin_url("admin:cities_membershipapplication_change", application.pk))
    assert page.status_code == 200
    assert "Checking with the hub." in page.content.decode()


def test_change_form_refuses_decline_without_reason_and_records_the_change(client, reviewer):
    application = factories.MembershipApplicationFactory()
    url = admin_url("admin:cities_membershipapplication_change", application.pk)
    data = {
        "status": "declined",
        "hub": "",
        "decline_reason": "",
        "internal_notes": "",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Give a reason for declining" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "new"

    response = client.post(url, {**data, "decline_reason": "Outside the network's scope."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "declined"
    event = application.events.get()
    assert (event.from_status, event.to_status, event.user) == ("new", "declined", reviewer)
    assert event.note == "Outside the network's scope."


def test_change_form_approval_creates_the_city(client, reviewer):
    application = factories.MembershipApplicationFactory(country="AL")
    url = admin_url("admin:cities_membershipapplication_change", application.pk)
    data = {
        "status": "approved",
        "hub": "",
        "decline_reason": "",
        "internal_notes": "Met the mayor.",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
    }
    assert client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert application.city.status == "draft"
    assert application.internal_notes == "Met the mayor."


def test_applicant_data_is_read_only_in_the_admin(client, reviewer):
    application = factories.MembershipApplicationFactory()
    url = admin_url("admin:cities_membershipapplication_change", application.pk)
    form = client.get(url).context["adminform"].form
    assert set(form.fields) == {"status", "status_note", "hub", "decline_reason", "internal_notes"}


def test_decline_action_asks_for_a_reason(client, reviewer):
    applications = factories.MembershipApplicationFactory.create_batch(2)
    pks = [a.pk for a in applications]
    response = client.post(admin_url(CHANGELIST), {"action": "decline", "_selected_action": pks})
    assert response.status_code == 200
    assert "reason" in response.content.decode()
    assert MembershipApplication.objects.filter(status="declined").count() == 0
    response = client.post(
        admin_url(CHANGELIST),
        {"action": "decline", "_selected_action": pks, "reason": "Duplicate of another one."},
    )
    assert response.status_code == 302
    assert MembershipApplication.objects.filter(status="declined").count() == 2


def test_approve_and_review_actions(client, reviewer):
    application = factories.MembershipApplicationFactory()
    client.post(
        admin_url(CHANGELIST),
        {"action": "mark_under_review", "_selected_action": [application.pk]},
    )
    application.refresh_from_db()
    assert application.status == "under_review"
    client.post(admin_url(CHANGELIST), {"action": "approve", "_selected_action": [application.pk]})
    application.refresh_from_db()
    assert application.status == "approved" and application.city_id


# List, search and export ------------------------------------------------------------------


def test_changelist_filters_search_and_query_count(client, reviewer, django_assert_max_num_queries):
    factories.MembershipApplicationFactory.create_batch(3)
    target = factories.MembershipApplicationFactory(
        authority_name="Općina Brčko", contact_name="Mirza Hadžić", status="under_review"
    )
    html = client.get(admin_url(CHANGELIST) + "?q=brčko").content.decode()
    assert target.reference in html
    html = client.get(admin_url(CHANGELIST) + "?q=" + target.reference.lower()).content.decode()
    assert "Općina Brčko" in html
    html = client.get(admin_url(CHANGELIST) + "?status__exact=under_review").content.decode()
    assert html.count("Municipality ") == 0 and "Općina Brčko" in html
    with django_assert_max_num_queries(12):
        assert client.get(admin_url(CHANGELIST)).status_code == 200
    factories.MembershipApplicationFactory.create_batch(10)
    with django_assert_max_num_queries(12):
        assert client.get(admin_url(CHANGELIST)).status_code == 200


def read_csv(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:])))


def test_csv_export_has_bom_and_round_trips_arabic(client, reviewer):
    topic = factories.TopicFactory(name_en="Youth", name_ar="الشباب")
    application = factories.MembershipApplicationFactory(
        authority_name="بلدية إربد",
        motivation='نريد أن نتعلم من المدن الأخرى، "معًا".\nسطر ثانٍ',
        phone="+962 2 724 5555",
        contact_name="=HYPERLINK(1)",
    )
    application.topics.add(topic)
    factories.MembershipApplicationFactory(status="declined", decline_reason="x")
    response = client.get(admin_url("admin:cities_membershipapplication_export") + "?status=new")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    header, *data = rows
    assert header[0] == "reference"
    assert len(data) == 1  # only the new one: the export follows the list's filters
    row = next(r for r in data if r[0] == application.reference)
    assert "بلدية إربد" in row
    assert 'نريد أن نتعلم من المدن الأخرى، "معًا".\nسطر ثانٍ' in row
    assert "+962 2 724 5555" in row
    assert "'=HYPERLINK(1)" in row
    assert "Youth" in row
    declined = client.get(
        admin_url("admin:cities_membershipapplication_export") + "?status=declined"
    )
    header, row = read_csv(declined)
    assert row[header.index("reason for declining")] == "x"


def test_csv_export_follows_the_changelist_filters(client, reviewer):
    kept = factories.MembershipApplicationFactory(status="new")
    factories.MembershipApplicationFactory(status="declined", decline_reason="x")
    url = admin_url("admin:cities_membershipapplication_export") + "?status__exact=new"
    rows = read_csv(client.get(url))
    assert [row[0] for row in rows[1:]] == [kept.reference]


def test_export_selected_action(client, reviewer):
    application = factories.MembershipApplicationFactory(authority_name="بلدية صور")
    response = client.post(
        admin_url(CHANGELIST),
        {"action": "export_selected_csv", "_selected_action": [application.pk]},
    )
    rows = read_csv(response)
    assert rows[1][0] == application.reference


# Permissions ------------------------------------------------------------------------------


def test_staff_without_permission_cannot_see_applications(client):
    application = factories.MembershipApplicationFactory()
    staff = User.objects.create_user("editor", "e@example.org", "x", is_staff=True)
    client.force_login(staff)
    assert client.get(admin_url(CHANGELIST)).status_code == 403
    assert client.get(admin_url("admin:cities_membershipapplication_export")).status_code == 403
    change = admin_url("admin:cities_membershipapplication_change", application.pk)
    assert client.get(change).status_code == 403
    index = client.get(admin_url("admin:index")).content.decode()
    assert "membershipapplication" not in index


def test_view_only_staff_see_but_cannot_change(client):
    application = factories.MembershipApplicationFactory()
    staff = User.objects.create_user("viewer", "v@example.org", "x", is_staff=True)
    staff.user_permissions.add(Permission.objects.get(codename="view_membershipapplication"))
    client.force_login(staff)
    assert client.get(admin_url(CHANGELIST)).status_code == 200
    export = client.get(admin_url("admin:cities_membershipapplication_export"))
    assert export.status_code == 200
    response = client.post(
        admin_url(CHANGELIST), {"action": "approve", "_selected_action": [application.pk]}
    )
    application.refresh_from_db()
    assert application.status == "new"
    assert response.status_code in (200, 302, 403)


def test_export_with_a_bad_filter_is_a_400(client, reviewer):
    url = admin_url("admin:cities_membershipapplication_export") + "?submitted_at__gte=notadate"
    assert client.get(url).status_code == 400


def test_anonymous_visitors_are_sent_to_login(client):
    response = client.get(admin_url("admin:cities_membershipapplication_export"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]


# Retention --------------------------------------------------------------------------------


def test_purge_erases_personal_data_of_old_declined_applications(settings):
    settings.APPLICATION_RETENTION_MONTHS = 12
    old = factories.MembershipApplicationFactory(
        status="declined", decline_reason="Not eligible.", phone="+355 1 234 567"
    )
    MembershipApplication.objects.filter(pk=old.pk).update(
        decided_at=timezone.now() - datetime.timedelta(days=400)
    )
    recent = factories.MembershipApplicationFactory(status="declined", decided_at=timezone.now())
    approved = factories.MembershipApplicationFactory(
        status="approved", decided_at=timezone.now() - datetime.timedelta(days=900)
    )

    out = io.StringIO()
    call_command("purge_declined_applications", "--dry-run", stdout=out)
    assert old.reference in out.getvalue()
    old.refresh_from_db()
    assert old.email

    call_command("purge_declined_applications", stdout=io.StringIO())
    old.refresh_from_db()
    for field in MembershipApplication.PERSONAL_FIELDS:
        assert getattr(old, field) == "", field
    assert old.personal_data_erased_at
    assert (old.reference, old.status, old.country.code) == (old.reference, "declined", "AL")
    assert old.submitted_at and old.decided_at
    recent.refresh_from_db()
    approved.refresh_from_db()
    assert recent.email and approved.email


def test_status_moves_back_only_with_a_note(client, reviewer):
    application = factories.MembershipApplicationFactory()
    services.decline(application, reviewer, reason="Not a local authority.")
    with pytest.raises(ValidationError):
        services.change_status(application, "new", reviewer)
    url = admin_url("admin:cities_membershipapplication_change", application.pk)
    data = {
        "status": "new",
        "hub": "",
        "decline_reason": "Not a local authority.",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
    }
    response = client.post(url, {**data, "internal_notes": ""})
    assert response.status_code == 200
    assert "status_note" in response.context["adminform"].form.errors
    application.refresh_from_db()
    assert application.status == "declined"
    response = client.post(url, {**data, "internal_notes": "", "status_note": "Declined in error."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "new"
    assert application.events.last().note == "Declined in error."


@pytest.mark.parametrize("language", ["ar", "en"])
def test_decision_emails_in_the_applicants_language(
    reviewer, language, django_capture_on_commit_callbacks
):
    approved = factories.MembershipApplicationFactory(preferred_language=language)
    declined = factories.MembershipApplicationFactory(preferred_language=language)
    mail.outbox.clear()
    reviewer_language = "en" if language == "ar" else "ar"
    with translation.override(reviewer_language), django_capture_on_commit_callbacks(execute=True):
        services.approve(approved, reviewer)
        services.decline(declined, reviewer, reason="Not a sub-national authority.")
    welcome, refusal = mail.outbox
    assert welcome.to == [approved.email] and refusal.to == [declined.email]
    assert approved.reference in welcome.subject
    assert "Not a sub-national authority." in refusal.body
    if language == "ar":
        assert "عضو" in welcome.body and "السبب" in refusal.body
    else:
        assert "What happens next" in welcome.body and "Reason" in refusal.body
    approved.refresh_from_db()
    assert approved.decision_notified_at and approved.is_notified


def test_failed_decision_email_is_flagged_and_resent(
    reviewer, settings, django_capture_on_commit_callbacks
):
    application = factories.MembershipApplicationFactory()
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, reviewer)
    application.refresh_from_db()
    assert application.status == "approved" and application.decision_notified_at is None
    assert MembershipApplication.objects.not_notified().filter(pk=application.pk).exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert services.resend_pending() == (1, 1)
    application.refresh_from_db()
    assert application.decision_notified_at
