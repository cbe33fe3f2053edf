"""The admin speaks the editor's language plainly (issue 19): dates, names, messages."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    return client


def admin_url(name, *args, language="ar"):
    with translation.override(language):
        return reverse(f"admin:{name}", args=args)


def test_arabic_admin_numeric_dates_read_day_first(editor_client, settings):
    settings.TIME_ZONE = "UTC"
    when = timezone.make_aware(datetime.datetime(2030, 12, 8, 9, 30), datetime.UTC)
    factories.EventFactory(published_at=when, title_ar="ورشة مجدولة")

    arabic = editor_client.get(admin_url("hubs_event_changelist")).content.decode()
    english = editor_client.get(admin_url("hubs_event_changelist", language="en")).content.decode()

    assert "08\u200f/12\u200f/2030" in arabic and "12/08/2030" not in arabic
    assert "12/08/2030" in english  # English keeps its own order


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "APP-2026-90000: from “New” to “Under review”"),
        ("ar", "APP-2026-90000: من «"),
    ],
)
def test_application_status_history_reads_as_words(language, expected):
    from cities.models import ApplicationEvent

    application = factories.MembershipApplicationFactory(reference="APP-2026-90000")
    first = ApplicationEvent.objects.create(application=application, to_status="new")
    change = ApplicationEvent.objects.create(
        application=application, from_status="new", to_status="under_review"
    )
    with translation.override(language):
        assert expected in str(change)
        assert "—" not in str(first) and "→" not in str(change)


def test_history_comments_of_actions_and_restores_read_in_the_readers_language(client):
    import reversion
    from reversion.models import Version

    from staff.admin_history import revision_comment
    from tests.network.admin_helpers import change_form_data

    partner = factories.PartnerFactory(status="draft")
    with reversion.create_revision():
        partner.save()
    first = Version.objects.get_for_object(partner).get()
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    # In the Arabic admin: publish from the list, then restore the first version.
    client.post(
        admin_url("library_partner_changelist"),
        {"action": "publish", "_selected_action": [partner.pk]},
    )
    revision_url = admin_url("library_partner_revision", partner.pk, first.pk)
    assert client.post(revision_url, change_form_data(client.get(revision_url))).status_code == 302

    restored, published = [v.revision for v in Version.objects.get_for_object(partner)[:2]]
    with translation.override("en"):
        assert revision_comment(published) == "Published from the list."
        assert revision_comment(restored).startswith("Restored the version saved on ")
    with translation.override("ar"):
        assert revision_comment(published) == "نُشر من القائمة."
        assert revision_comment(restored).startswith("استُعيدت النسخة المحفوظة في ")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_delete_page_names_links_in_the_readers_language(editor_client, language):
    topic = factories.TopicFactory(name_en="Youth", name_ar="الشباب")
    resource = factories.ResourceFactory(title_en="Assessment", title_ar="تقييم")
    resource.topics.add(topic)

    page = editor_client.get(admin_url("library_resource_delete", resource.pk, language=language))

    html = page.content.decode()
    assert "object (" not in html and "relationship" not in html and "علاقات" not in html
    expected = {
        "en": "link between resource and topics: Assessment – Youth",
        "ar": "رابط بين مورد و",
    }[language]
    assert expected.lower() in html.lower()


def test_group_names_read_in_the_arabic_admin(client):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser("root", password="x")
    make_staff("network-editor", NETWORK_EDITORS)  # creates the three groups
    client.force_login(root)

    arabic = client.get(admin_url("auth_group_changelist")).content.decode()
    english = client.get(admin_url("auth_group_changelist", language="en")).content.decode()

    for name in ("محرّرو الشبكة", "محرّرو المحور", "مراجعو العضوية"):
        assert name in arabic
    assert "Membership reviewers" not in arabic
    assert "Membership reviewers" in english
