"""Public forms refuse control and bidi-override characters in every text field, and line
breaks in one-line fields, in the visitor's language (issue 18)."""

import pytest

from cities.models import MembershipApplication
from pages.models import ContactMessage, Page
from reports.models import TranslationReport
from tests.cities.membership_helpers import valid_data
from tests.network.test_pages import message_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]


@pytest.fixture(autouse=True)
def contact_page():
    Page.objects.create(
        slug=Page.Slug.CONTACT, title_en="Contact us", title_ar="اتصل بنا", status="published"
    )


OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
HIDDEN = [OVERRIDE, "\u2066", "\x07", "\x1b[31m", "\u2028"]


@pytest.mark.parametrize("field", ["name", "organisation"])
def test_a_contact_name_with_a_line_break_is_refused(client, field):
    # Stored, the name broke the staff e-mail's headers on every retry (BadHeaderError).
    response = client.post("/en/contact/", message_data(**{field: "Amina\r\nBcc: x@example.org"}))
    assert response.status_code == 400
    assert "Please write this on one line." in response.content.decode()
    assert not ContactMessage.objects.exists()


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize("field", ["name", "message"])
def test_contact_fields_refuse_hidden_characters(client, field, hidden):
    text = f"Could a member of your team{hidden} tell us about the hub?"
    response = client.post("/ar/contact/", message_data(**{field: text}))
    assert response.status_code == 400
    assert "إزالة محارف التحكم" in response.content.decode()
    assert not ContactMessage.objects.exists()


def test_a_message_keeps_its_line_breaks_and_arabic_marks(client):
    text = "مرحبا\u200f، نود أن نعرف المزيد.\r\nHello\u200c again, and thank you."
    assert client.post("/en/contact/", message_data(message=text)).status_code == 303
    assert "\n" in ContactMessage.objects.get().message


@pytest.mark.parametrize("hidden", [*HIDDEN, "\r\n"])
@pytest.mark.parametrize("field", ["contact_name", "contact_position", "authority_name"])
def test_join_fields_refuse_hidden_characters(client, field, hidden):
    response = client.post("/en/join/", valid_data(**{field: f"Arta{hidden} Hoxha"}))
    assert response.status_code == 400
    assert not MembershipApplication.objects.exists()


def test_translation_reports_refuse_hidden_characters(client):
    response = client.post(
        "/en/report-translation/",
        {"page": "/ar/hubs/", "description": f"Wrong {OVERRIDE}word.", "nickname": ""},
    )
    assert response.status_code == 400
    assert not TranslationReport.objects.exists()
