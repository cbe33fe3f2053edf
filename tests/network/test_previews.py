"""Draft previews and "view on site" reach only the staff who may change the object."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from cities.membership import services
from cities.models import City
from spotlights.models import Spotlight
from staff.roles import MEMBERSHIP_REVIEWERS
from tests import factories
from tests.network.admin_helpers import HUB_EDITORS, NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts():
    mine, theirs = factories.HubFactory(slug="mine"), factories.HubFactory(slug="theirs")
    return {
        "mine": factories.SpotlightFactory(city__hub=mine, slug="mine", status="draft"),
        "theirs": factories.SpotlightFactory(city__hub=theirs, slug="theirs", status="draft"),
        "hub": mine,
    }


def shortcut_url(obj):
    content_type = ContentType.objects.get_for_model(obj)
    with translation.override("en"):
        return reverse("admin:view_on_site", args=[content_type.pk, obj.pk])


def test_another_hubs_editor_sees_neither_the_draft_nor_its_shortcut(client, drafts):
    client.force_login(make_staff("ed", HUB_EDITORS, hubs=[drafts["hub"]]))
    assert client.get(drafts["mine"].get_absolute_url()).status_code == 200
    assert client.get(drafts["theirs"].get_absolute_url()).status_code == 404
    assert client.get(shortcut_url(drafts["mine"])).status_code == 302
    assert client.get(shortcut_url(drafts["theirs"])).status_code == 404


def test_staff_without_change_rights_see_no_drafts(client, drafts):
    client.force_login(get_user_model().objects.create_user("s", password="x", is_staff=True))
    for obj in (drafts["mine"], drafts["theirs"]):
        assert client.get(obj.get_absolute_url()).status_code == 404
        assert client.get(shortcut_url(obj)).status_code == 404
    assert client.get("/en/admin/r/999/1/").status_code == 404
    assert client.get("/en/admin/r/abc/1/").status_code == 404


def test_network_editor_previews_every_draft(client, drafts):
    client.force_login(make_staff("net", NETWORK_EDITORS))
    for obj in (drafts["mine"], drafts["theirs"]):
        response = client.get(obj.get_absolute_url())
        assert response.status_code == 200
        assert "Draft — preview" in response.content.decode()
        assert client.get(shortcut_url(obj)).status_code == 302


def test_visible_to_follows_the_admins_rule(drafts):
    editor = make_staff("ed", HUB_EDITORS, hubs=[drafts["hub"]])
    assert set(Spotlight.objects.visible_to(editor)) == {drafts["mine"]}


def test_reviewer_opens_and_completes_the_city_their_approval_created(client):
    hub = factories.HubFactory()
    other = factories.CityFactory(hub=hub, slug="other", status="draft")
    application = factories.MembershipApplicationFactory(hub=hub, country="AL")
    reviewer = make_staff("rev", MEMBERSHIP_REVIEWERS)
    services.approve(application, reviewer)
    city = application.city
    client.force_login(reviewer)
    with translation.override("en"):
        change = reverse("admin:cities_city_change", args=[city.pk])
        changelist = reverse("admin:cities_city_changelist")
    assert client.get(change).status_code == 200
    listed = client.get(changelist).content.decode()
    # The whole directory is listed, to look for a duplicate before approving; other cities
    # open read-only (tests/network/test_admin_access.py) and their drafts stay unpublished.
    assert city.name_en in listed and other.name_en in listed
    assert client.get(city.get_absolute_url()).status_code == 200  # its draft preview
    assert client.get(other.get_absolute_url()).status_code == 404
    assert City.objects.visible_to(reviewer).filter(pk=other.pk).exists() is False
