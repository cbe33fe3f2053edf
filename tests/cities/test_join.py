"""The public join form: submission, e-mails, errors, duplicates and abuse protection."""

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from cities.models import ApplicationEvent, MembershipApplication
from tests import factories
from tests.cities.membership_helpers import MOTIVATION, valid_data

# Each POST runs its on_commit callbacks (the e-mails), as a committed request would.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]


def submit(client, language="en", **overrides):
    return client.post(f"/{language}/join/", valid_data(**overrides))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_join_page_explains_membership_in_both_languages(client, language):
    response = client.get(f"/{language}/join/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    free = "العضوية مجانية" if language == "ar" else "Membership is free"
    assert free in html
    # Every country, named in the visitor's language.
    albania = "ألبانيا" if language == "ar" else "Albania"
    assert f'<option value="AL">{albania}</option>' in html
    assert html.count("<option") > 230
    # Issue 20: no Antarctica or Bouvet Island; Kosovo is offered.
    assert 'value="AQ"' not in html and 'value="BV"' not in html and 'value="XK"' in html
    # The visitor's language is preselected for replies.
    assert re.search(rf'value="{language}"[^>]*checked', html)


def test_countries_are_sorted_in_the_visitors_language(client):
    html = client.get("/ar/join/").content.decode()
    select = re.search(r'<select name="country".*?</select>', html, re.S).group(0)
    names = re.findall(r'<option value="[A-Z]{2}">([^<]+)</option>', select)
    assert names.index("ألبانيا") < names.index("مصر") < names.index("اليمن")


@pytest.mark.parametrize(("language", "subject_word"), [("ar", "طلب"), ("en", "application")])
def test_valid_application_gets_reference_and_both_emails(client, language, subject_word):
    hub = factories.HubFactory()
    factories.CountryFactory(iso_code="AL", hub=hub)
    topic = factories.TopicFactory()
    response = submit(
        client, language=language, preferred_language=language, topics=[str(topic.pk)]
    )
    assert response.status_code == 303
    application = MembershipApplication.objects.get()
    assert re.fullmatch(r"APP-\d{4}-00001", application.reference)
    assert application.hub == hub
    assert application.language == language
    assert list(application.topics.all()) == [topic]
    assert application.applicant_notified_at and application.staff_notified_at
    assert ApplicationEvent.objects.get().to_status == "new"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert application.reference in thanks.content.decode()

    applicant, staff = sorted(mail.outbox, key=lambda m: m.to != ["arta@example.org"])
    assert applicant.to == ["arta@example.org"]
    assert subject_word in applicant.subject
    assert application.reference in applicant.body
    assert applicant.alternatives and application.reference in applicant.alternatives[0][0]
    assert staff.to == ["network@localhost"]
    assert "/admin/cities/membershipapplication/" in staff.body


def test_applicant_email_follows_preferred_language_not_page_language(client):
    submit(client, language="en", preferred_language="ar")
    applicant = next(m for m in mail.outbox if m.to == ["arta@example.org"])
    assert "رقمك المرجعي" in applicant.body or "الرقم المرجعي" in applicant.body
    assert "Thank you" not in applicant.body


def test_references_count_up_within_the_year(client):
    submit(client)
    submit(client, authority_name="Municipality of Peja", email="peja@example.org")
    refs = sorted(MembershipApplication.objects.values_list("reference", flat=True))
    assert [ref[-5:] for ref in refs] == ["00001", "00002"]


@pytest.mark.parametrize(
    ("language", "message"), [("ar", "هذا الحقل مطلوب"), ("en", "This field is required")]
)
def test_invalid_input_is_kept_and_errors_shown_in_the_visitors_language(client, language, message):
    response = submit(client, language=language, authority_name="", email="not-an-email")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html
    assert 'href="#id_authority_name"' in html
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_authority_name_helptext id_authority_name_error"' in html
    assert 'id="id_authority_name_error"' in html
    # What was typed stays.
    assert "not-an-email" in html
    assert "Arta Hoxha" in html
    assert MOTIVATION in html
    assert MembershipApplication.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"motivation": "Too short."}, "motivation"),
        ({"motivation": "x" * 3001}, "motivation"),
        ({"phone": "12"}, "phone"),
        ({"phone": "call me maybe"}, "phone"),
        ({"phone": "1" * 21}, "phone"),
        ({"population": "0"}, "population"),
        ({"population": "-5"}, "population"),
        ({"website": "not a url"}, "website"),
        ({"country": "ZZ"}, "country"),
        ({"kind": "empire"}, "kind"),
        ({"consent": None}, "consent"),
        ({"prevention_structure": "other", "prevention_other": " "}, "prevention_other"),
        ({"preferred_language": "fr"}, "preferred_language"),
        ({"topics": ["999999"]}, "topics"),
    ],
)
def test_each_rule_is_checked_on_the_server(client, overrides, field):
    response = submit(client, **overrides)
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert MembershipApplication.objects.count() == 0


def test_motivation_counts_line_breaks_once_and_accepts_the_limits(client):
    text = "a" * 24 + "\r\n" + "a" * 25  # 50 characters once \r\n counts as one
    assert submit(client, motivation=text).status_code == 303
    response = submit(client, motivation="b" * 3000, email="other@example.org")
    assert response.status_code == 303


def test_other_structure_with_a_description_is_accepted(client):
    response = submit(client, prevention_structure="other", prevention_other="Youth council")
    assert response.status_code == 303
    assert MembershipApplication.objects.get().prevention_other == "Youth council"


def test_double_submit_of_one_form_stores_one_application_and_shows_its_reference(client):
    key = "6f1c2a9e-3b7d-4c1e-9a55-0d3c2b1a0f00"
    first = submit(client, submission_key=key)
    reference = MembershipApplication.objects.get().reference
    mail.outbox.clear()
    second = submit(client, submission_key=key)
    assert second.status_code == 303
    assert second["Location"] == first["Location"]
    assert MembershipApplication.objects.count() == 1
    assert mail.outbox == []
    assert reference in client.get(second["Location"]).content.decode()


def test_join_form_carries_a_fresh_submission_key(client):
    keys = [
        re.search(
            r'name="submission_key" value="([0-9a-f-]{36})"',
            client.get("/en/join/").content.decode(),
        ).group(1)
        for _n in range(2)
    ]
    assert keys[0] != keys[1]


def test_repeat_application_gets_a_neutral_answer_without_the_reference(client):
    """Whoever types someone's authority and e-mail must not reach their thanks page."""
    submit(client)
    application = MembershipApplication.objects.get()
    mail.outbox.clear()
    second = submit(client, authority_name="  MUNICIPALITY of   Elbasan ", email="ARTA@example.org")
    assert second.status_code == 303
    assert second["Location"] == "/en/join/received/?duplicate=1"
    assert MembershipApplication.objects.count() == 1
    assert mail.outbox == []
    page = client.get(second["Location"]).content.decode()
    assert "already applied" in page
    assert application.reference not in page
    assert application.token not in page


def test_a_duplicate_committed_while_a_submit_waits_is_caught(client, monkeypatch):
    """Two identical forms submitted at once: the second waits on the year's reference
    counter while the first commits, and must then see it (both used to be stored)."""
    from cities.membership import services

    lock = services.lock_reference_counter

    def first_commits_meanwhile(year):
        monkeypatch.setattr(services, "lock_reference_counter", lock)
        assert submit(client, submission_key="").status_code == 303  # the simultaneous one
        return lock(year)

    monkeypatch.setattr(services, "lock_reference_counter", first_commits_meanwhile)
    response = submit(client, submission_key="")
    assert response.status_code == 303
    assert response["Location"] == "/en/join/received/?duplicate=1"
    assert MembershipApplication.objects.count() == 1


def test_malformed_submission_key_only_loses_the_double_submit_guard(client):
    assert submit(client, submission_key="not-a-uuid").status_code == 303
    assert MembershipApplication.objects.get().submission_key is None


def test_same_authority_after_a_day_is_a_new_application(client):
    submit(client)
    MembershipApplication.objects.update(submitted_at="2020-01-01T00:00:00Z")
    submit(client)
    assert MembershipApplication.objects.count() == 2


def test_confirmation_page_needs_the_token(client):
    submit(client)
    application = MembershipApplication.objects.get()
    assert client.get(f"/en/join/thanks/{application.reference}/").status_code == 404
    assert client.get(f"/en/join/thanks/{application.pk}/").status_code == 404
    assert len(application.token) >= 32


def test_honeypot_pretends_success_without_saving_or_mailing(client):
    response = submit(client, nickname="http://spam.example")
    assert response.status_code == 303
    assert response["Location"] == "/en/join/received/"
    assert client.get(response["Location"]).status_code == 200
    assert MembershipApplication.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client):
    html = client.get("/en/join/").content.decode()
    field = re.search(r'<input[^>]*name="nickname"[^>]*>', html).group(0)
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert 'class="visually-hidden" aria-hidden="true"' in html
    assert "Leave this field empty" in html


@pytest.mark.parametrize(("language", "phrase"), [("ar", "عدة طلبات"), ("en", "several")])
def test_rate_limit_answers_429_in_the_visitors_language(client, settings, language, phrase):
    settings.FORM_RATE_LIMIT = 2
    for n in range(2):
        assert submit(client, email=f"a{n}@example.org").status_code == 303
    response = submit(client, language=language, email="late@example.org")
    assert response.status_code == 429
    assert phrase in response.content.decode()
    assert response["Retry-After"]
    assert MembershipApplication.objects.count() == 2


def test_rate_limit_is_per_address(client, settings):
    settings.FORM_RATE_LIMIT = 1
    submit(client)
    other = client.post("/en/join/", valid_data(email="b@example.org"), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 303


def test_rate_limit_reads_the_trusted_proxy_header(client, settings):
    settings.FORM_RATE_LIMIT = 1
    settings.RATE_LIMIT_TRUSTED_PROXIES = ["127.0.0.1"]
    headers = {"HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    assert client.post("/en/join/", valid_data(), **headers).status_code == 303
    data = valid_data(email="c@example.org")
    assert client.post("/en/join/", data, **headers).status_code == 429
    data = valid_data(email="d@example.org")
    assert client.post("/en/join/", data, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 303


def test_join_page_is_csp_clean_and_uses_csrf(client):
    response = client.get("/en/join/")
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "style=" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)", html)


def test_resend_command_is_quiet_when_everything_was_sent(client):
    submit(client)
    mail.outbox.clear()
    call_command("resend_application_notifications")
    assert mail.outbox == []


def test_references_continue_after_applications_stored_before_the_counter(client):
    year = timezone.now().year
    factories.MembershipApplicationFactory(reference=f"APP-{year}-00007")
    assert submit(client).status_code == 303
    assert submit(client, email="other@example.org").status_code == 303
    assert (
        MembershipApplication.objects.filter(
            reference__in=[f"APP-{year}-00008", f"APP-{year}-00009"]
        ).count()
        == 2
    )


def test_join_page_queries_do_not_grow_with_topics(client, django_assert_max_num_queries):
    factories.TopicFactory()
    with django_assert_max_num_queries(3):
        assert client.get("/en/join/").status_code == 200
    for _n in range(15):
        factories.TopicFactory()
    with django_assert_max_num_queries(3):
        html = client.get("/en/join/").content.decode()
    assert html.count('name="topics"') == 16


def test_a_place_without_local_authorities_is_refused(client):
    response = submit(client, country="AQ")
    assert response.status_code == 400
    assert not MembershipApplication.objects.exists()
