"""Publishing: no backdated go-live, and a scheduled item is called "Scheduled" everywhere."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from spotlights.models import Spotlight
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = make_staff("editor", NETWORK_EDITORS)
    client.force_login(user)
    return user


def url(name, *args):
    with translation.override("en"):
        return reverse(f"admin:{name}", args=args)


def test_publishing_an_old_draft_is_not_backdated(client, editor):
    week_ago = timezone.now() - datetime.timedelta(days=7)
    spotlight = factories.SpotlightFactory(status="draft", published_at=week_ago)
    change = url("spotlights_spotlight_change", spotlight.pk)
    data = change_form_data(client.get(change))
    data["status"] = "published"
    before = timezone.now()
    assert client.post(change, data).status_code == 302
    spotlight.refresh_from_db()
    assert spotlight.published_at >= before


def test_publish_action_is_not_backdated_either(client, editor):
    draft = factories.SpotlightFactory(
        status="draft", published_at=timezone.now() - datetime.timedelta(days=30)
    )
    before = timezone.now()
    client.post(
        url("spotlights_spotlight_changelist"),
        {"action": "publish", "_selected_action": [draft.pk]},
    )
    draft.refresh_from_db()
    assert draft.status == "published" and draft.published_at >= before


def test_a_date_chosen_by_the_editor_is_kept(client, editor):
    spotlight = factories.SpotlightFactory(status="draft")
    change = url("spotlights_spotlight_change", spotlight.pk)
    data = change_form_data(client.get(change))
    data.update(status="published", published_at_0="2023-03-01", published_at_1="10:00:00")
    assert client.post(change, data).status_code == 302
    spotlight.refresh_from_db()
    assert spotlight.published_at.date() == datetime.date(2023, 3, 1)


def test_scheduled_item_is_called_scheduled_in_the_list_and_the_preview(client, editor):
    later = timezone.now() + datetime.timedelta(days=3)
    spotlight = factories.SpotlightFactory(status="published", published_at=later)
    listing = client.get(url("spotlights_spotlight_changelist")).content.decode()
    assert "Scheduled for" in listing
    preview = client.get(spotlight.get_absolute_url()).content.decode()
    assert "Scheduled — preview" in preview and "Draft — preview" not in preview
    assert Spotlight.objects.published().filter(pk=spotlight.pk).exists() is False


def test_the_add_form_sends_back_its_opening_time_as_the_initial_value(client, editor):
    # What lets an untouched date be told from a chosen one on the add form.
    page = client.get(url("spotlights_spotlight_add")).content.decode()
    assert 'name="initial-published_at_0"' in page or 'name="initial-published_at"' in page
