"""Staff: counts, preview and pause for editors; addresses, export and erase only for the
subscription managers."""

import json

import pytest
from django.core import mail

from follow.models import SendingSwitch, SentItem, Subscriber
from staff.roles import MEMBERSHIP_REVIEWERS, NETWORK_EDITORS, SUBSCRIPTION_MANAGERS
from tests import factories
from tests.follow.test_digest import follower, fresh
from tests.network.admin_helpers import make_staff

pytestmark = pytest.mark.django_db

SUBSCRIBERS = "/en/admin/follow/subscriber/"


def switch_url():
    return f"/en/admin/follow/sendingswitch/{SendingSwitch.current().pk}/change/"


def test_editors_see_counts_preview_and_pause_but_no_address(client):
    hub = factories.HubFactory(name_en="Western Balkans")
    topic = factories.TopicFactory(name_en="Youth")
    follower("a@example.org", hubs=[hub])
    follower("b@example.org", hubs=[hub], topics=[topic])
    follower("c@example.org", whole_network=True)
    Subscriber.objects.create(email="pending@example.org", language="en").hubs.add(hub)
    client.force_login(make_staff("editor", NETWORK_EDITORS))

    assert client.get(SUBSCRIBERS).status_code == 403
    page = client.get(switch_url()).content.decode()
    assert "@example.org" not in page
    assert "<td>Western Balkans</td><td>2</td>" in page  # the pending address is not counted
    assert "<td>Youth</td><td>1</td>" in page
    assert "<td>The whole network</td><td>1</td>" in page
    assert "/en/admin/follow/sendingswitch/preview/ar/" in page

    response = client.post(switch_url(), {"paused": "on"})
    assert response.status_code == 302 and SendingSwitch.is_paused()


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "New from the network"), ("ar", "الجديد في الشبكة")]
)
def test_the_next_digest_is_previewed_in_both_languages(client, language, heading):
    fresh(factories.SpotlightFactory, title_en="Preview story", title_ar="قصة المعاينة")
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    response = client.get(f"/en/admin/follow/sendingswitch/preview/{language}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert heading in html
    assert ("Preview story" if language == "en" else "قصة المعاينة") in html
    assert "script-src" not in response["Content-Security-Policy"]
    assert client.get("/en/admin/follow/sendingswitch/preview/fr/").status_code == 404
    assert mail.outbox == []  # a preview sends nothing


def test_reviewers_see_nothing_of_subscriptions(client):
    client.force_login(make_staff("reviewer", MEMBERSHIP_REVIEWERS))
    assert client.get(SUBSCRIBERS).status_code == 403
    assert client.get(switch_url()).status_code == 403
    assert client.get("/en/admin/follow/sendingswitch/preview/en/").status_code == 403


def test_managers_export_and_erase_one_address(client):
    hub = factories.HubFactory(slug="mena")
    reader = follower("reader@example.org", hubs=[hub])
    other = follower("other@example.org", whole_network=True)
    SentItem.objects.create(subscriber=reader, item="spotlight:1")
    client.force_login(make_staff("manager", SUBSCRIPTION_MANAGERS))

    listing = client.get(SUBSCRIBERS, {"q": "reader@"}).content.decode()
    assert "reader@example.org" in listing and "other@example.org" not in listing
    response = client.post(
        SUBSCRIBERS, {"action": "export_addresses", "_selected_action": [reader.pk]}
    )
    exported = json.loads(response.content)
    assert exported[0]["email"] == "reader@example.org"
    assert exported[0]["hubs"] == ["mena"]
    assert exported[0]["items_sent"][0]["item"] == "spotlight:1"

    response = client.post(
        SUBSCRIBERS, {"action": "erase_addresses", "_selected_action": [reader.pk]}
    )
    assert response.status_code == 302
    assert list(Subscriber.objects.all()) == [other]
    assert not SentItem.objects.exists()
