"""The standing pages (about, contact, privacy, accessibility) and the contact form."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from pages.models import ContactMessage, Page
from reports.models import TranslationReport

# Each POST runs its on_commit callbacks (the e-mails), as a committed request would.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]

PAGES = ("about", "contact", "privacy", "accessibility")


@pytest.fixture
def seeded():
    call_command("load_seed_content", verbosity=0)


def message_data(**overrides):
    data = {
        "name": "Amina Hadžić",
        "email": "amina@example.org",
        "organisation": "Municipality of Tuzla",
        "message": "Could a member of your team tell us about the Western Balkans hub?",
        "nickname": "",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("language", ["ar", "en"])
def test_footer_links_every_page_in_both_languages(client, seeded, language):
    home = client.get(f"/{language}/").content.decode()
    footer = re.search(r"<footer.*</footer>", home, re.S).group()
    for slug in PAGES:
        assert f'href="/{language}/{slug}/"' in footer
        response = client.get(f"/{language}/{slug}/")
        assert response.status_code == 200
        page = Page.objects.get(slug=slug)
        title = page.title_ar if language == "ar" else page.title_en
        assert f"<h1>{title}</h1>" in response.content.decode()
        assert title


def test_pages_are_cacheable_for_readers(client, seeded):
    response = client.get("/en/about/")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_about_states_only_seed_facts(client, seeded):
    html = client.get("/en/about/").content.decode()
    assert "US Department of State" in html
    assert "European Union" in html
    assert "Institute for Strategic Dialogue" in html


def test_privacy_notice_states_the_retention_setting(client, seeded, settings):
    settings.APPLICATION_RETENTION_MONTHS = 7
    assert "7 months after the decision" in client.get("/en/privacy/").content.decode()
    assert "contact form" in client.get("/en/privacy/").content.decode()


def test_draft_page_is_not_shown(client, seeded):
    Page.objects.filter(slug="accessibility").update(status=Page.Status.DRAFT)
    assert client.get("/en/accessibility/").status_code == 404


def test_loader_keeps_staff_edits(seeded):
    Page.objects.filter(slug="about").update(title_en="About us")
    call_command("load_seed_content", verbosity=0)
    assert Page.objects.get(slug="about").title_en == "About us"


def test_rich_text_is_sanitised(seeded):
    page = Page.objects.get(slug="about")
    page.body_en = '<p onclick="x()">Hi<script>alert(1)</script></p>'
    page.save()
    page.refresh_from_db()
    assert "script" not in page.body_en and "onclick" not in page.body_en


def test_contact_message_is_saved_and_mailed_to_staff(client, seeded, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["staff@example.org"]
    page = client.get("/ar/contact/").content.decode()
    assert settings.CONTACT_EMAIL in page
    response = client.post("/ar/contact/", message_data())
    assert response.status_code == 303
    assert response["Location"] == "/ar/contact/thanks/"
    message = ContactMessage.objects.get()
    assert message.language == "ar"
    assert message.staff_notified_at is not None
    [email] = mail.outbox
    assert email.to == ["staff@example.org"]
    assert email.reply_to == ["amina@example.org"]
    assert "Western Balkans hub" in email.body
    assert client.get("/ar/contact/thanks/").status_code == 200


def test_mail_failure_keeps_the_message(client, seeded, settings):
    settings.EMAIL_BACKEND = "tests.cities.membership_helpers.FailingBackend"
    assert client.post("/en/contact/", message_data()).status_code == 303
    assert ContactMessage.objects.get().staff_notified_at is None


@pytest.mark.parametrize(
    ("language", "data", "expected"),
    [
        ("en", message_data(email="not-an-address"), "Enter a valid email address."),
        ("ar", message_data(message="   "), "هذا الحقل مطلوب."),
        ("en", message_data(message="x" * 5001), "5,000 characters"),
        ("ar", {"name": "\x00", "email": ["a", "b"]}, "هذا الحقل مطلوب."),
    ],
)
def test_bad_input_gets_400_in_the_visitors_language(client, seeded, language, data, expected):
    response = client.post(f"/{language}/contact/", data)
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert ContactMessage.objects.count() == 0


def test_honeypot_and_rate_limit(client, seeded, settings):
    response = client.post("/en/contact/", message_data(nickname="bot"))
    assert response.status_code == 303
    assert ContactMessage.objects.count() == 0
    settings.FORM_RATE_LIMIT = 2
    assert client.post("/en/contact/", message_data()).status_code == 303
    response = client.post("/ar/contact/", message_data())
    assert response.status_code == 429
    assert ContactMessage.objects.count() == 1


def test_messages_are_staff_only_in_the_admin(client, seeded):
    message = ContactMessage.objects.create(
        name="Amina", email="a@example.org", message="Hello", language="en"
    )
    assert client.get(f"/en/admin/pages/contactmessage/{message.pk}/change/").status_code == 302
    admin = User.objects.create_superuser("boss", "b@example.org", "x")
    client.force_login(admin)
    assert client.get("/en/admin/pages/contactmessage/").status_code == 200
    html = client.get(f"/en/admin/pages/contactmessage/{message.pk}/change/").content.decode()
    assert "Hello" in html
    assert client.get("/en/admin/pages/page/").status_code == 200


def test_privacy_notice_names_the_controller_and_every_retention(client, seeded, settings):
    """Issue 20: no controller, and no retention for approved applications, contact messages
    or translation reports."""
    settings.MESSAGE_RETENTION_MONTHS = 9
    settings.PAGE_CACHE_SECONDS = 0  # the settings change between two requests here
    html = client.get("/en/privacy/").content.decode()
    assert "The Strong Cities Network is the controller of the personal data" in html
    assert f'href="mailto:{settings.CONTACT_EMAIL}"' in html
    assert "as the record of the city's membership" in html
    assert "contact form 9 months after we receive them" in html
    settings.DATA_CONTROLLER = "Example Foundation"
    assert "Example Foundation is the controller" in client.get("/en/privacy/").content.decode()
    arabic = client.get("/ar/privacy/").content.decode()
    assert "Strong Cities Network is the controller" not in arabic


def test_old_contact_messages_are_deleted_and_report_addresses_erased(db):
    old = timezone.now() - datetime.timedelta(days=400)
    kept = ContactMessage.objects.create(name="New", email="n@example.org", message="Hi")
    gone = ContactMessage.objects.create(name="Old", email="o@example.org", message="Hi")
    report = TranslationReport.objects.create(
        page_url="/en/", language="en", description="Typo", email="r@example.org"
    )
    ContactMessage.objects.filter(pk=gone.pk).update(created_at=old)
    TranslationReport.objects.filter(pk=report.pk).update(created_at=old)
    call_command("purge_old_messages", months=12, stdout=io.StringIO())
    assert list(ContactMessage.objects.all()) == [kept]
    report.refresh_from_db()
    assert report.email == "" and report.description == "Typo"
