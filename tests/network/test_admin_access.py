"""Restores, deletes and bulk actions checked against who may edit (issue 19)."""

import importlib
import json

import pytest
import reversion
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from hubs.models import Hub
from staff.roles import MEMBERSHIP_REVIEWERS
from tests import factories
from tests.network.admin_helpers import HUB_EDITORS, NETWORK_EDITORS, change_form_data, make_staff
from tests.network.html_forms import form_submission

pytestmark = pytest.mark.django_db


def admin_url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"admin:{name}", args=args)


def first_version(hub):
    """A version recorded before any editor was linked, as the seed's "Initial version" is."""
    with reversion.create_revision():
        hub.save()
        reversion.set_comment("Initial version")
    return Version.objects.get_for_object(hub).get()


def seen_hubs(client):
    return client.get(admin_url("hubs_hub_changelist")).context["cl"].result_count


def test_restoring_a_hub_keeps_todays_editors(client):
    hub = factories.HubFactory(name_en="Western Balkans")
    version = first_version(hub)
    editor = make_staff("hub-editor", HUB_EDITORS, hubs=[hub])  # as createstaff --hub does
    network_editor = make_staff("network-editor", NETWORK_EDITORS)
    client.force_login(network_editor)
    change_url = admin_url("hubs_hub_change", hub.pk)
    data = change_form_data(client.get(change_url))
    data["name_en"] = "Western Balkans (renamed)"
    assert client.post(change_url, data).status_code == 302

    revision_url = admin_url("hubs_hub_revision", hub.pk, version.pk)
    page = client.get(revision_url)
    assert page.status_code == 200
    assert list(page.context["adminform"].form["editors"].value()) == [editor.pk]
    response = client.post(revision_url, change_form_data(page))
    assert response.status_code == 302

    hub.refresh_from_db()
    assert hub.name_en == "Western Balkans"  # the restore happened
    assert list(hub.editors.all()) == [editor]  # and the editor still edits the hub
    client.force_login(editor)
    assert seen_hubs(client) == 1
    assert client.get(change_url).status_code == 200


def test_versions_never_record_hub_editors():
    hub = factories.HubFactory()
    hub.editors.add(make_staff("hub-editor", HUB_EDITORS))
    version = first_version(hub)
    assert "editors" not in version.field_dict


def test_versions_stored_with_editors_lose_them_so_the_editor_can_open_them(client):
    hub = factories.HubFactory()
    version = first_version(hub)
    # As recorded before this change: the seed's first version listed no editors.
    data = json.loads(version.serialized_data)
    data[0]["fields"]["editors"] = []
    Version.objects.filter(pk=version.pk).update(serialized_data=json.dumps(data))
    editor = make_staff("hub-editor", HUB_EDITORS, hubs=[hub])

    migration = importlib.import_module("hubs.migrations.0013_versions_without_hub_editors")
    from django.apps import apps

    migration.drop_editors_from_versions(apps, None)

    version.refresh_from_db()
    assert "editors" not in json.loads(version.serialized_data)[0]["fields"]
    client.force_login(editor)
    page = client.get(admin_url("hubs_hub_revision", hub.pk, version.pk))
    assert page.status_code == 200
    hub.refresh_from_db()
    assert list(hub.editors.all()) == [editor]


def test_a_version_from_another_hub_is_refused_with_a_message(client):
    own, other = factories.HubFactory(), factories.HubFactory()
    city = factories.CityFactory(country__hub=other)
    with reversion.create_revision():
        city.save()
    version = Version.objects.get_for_object(city).get()
    city.hub = own
    city.save()
    client.force_login(make_staff("hub-editor", HUB_EDITORS, hubs=[own]))

    response = client.get(admin_url("cities_city_revision", city.pk, version.pk))

    assert response.status_code == 302
    assert response.url == admin_url("cities_city_history", city.pk)
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert "belonged to a hub you do not edit" in message
    city.refresh_from_db()
    assert city.hub == own
    assert Hub.objects.get(pk=own.pk)  # nothing else was touched


@pytest.fixture
def two_hubs():
    own, other = factories.HubFactory(), factories.HubFactory()
    return own, other


@pytest.mark.parametrize(
    ("factory", "name"),
    [
        (factories.PartnerFactory, "library_partner"),
        (factories.ResourceFactory, "library_resource"),
    ],
)
def test_a_hub_editor_cannot_delete_what_another_hub_shares_and_is_told_why(
    client, two_hubs, factory, name
):
    own, other = two_hubs
    shared, own_only = factory(), factory()
    shared.hubs.add(own, other)
    own_only.hubs.add(own)
    client.force_login(make_staff("hub-editor", HUB_EDITORS, hubs=[own]))

    for method in (client.get, client.post):
        response = method(admin_url(f"{name}_delete", shared.pk), {"post": "yes"})
        assert response.status_code == 302
        assert response.url == admin_url(f"{name}_change", shared.pk)
        message = [str(m) for m in get_messages(response.wsgi_request)][-1]
        assert "also belongs to another hub" in message and str(shared) in message
    assert type(shared).objects.filter(pk=shared.pk).exists()

    # The bulk action refuses the same way, deleting nothing of the selection.
    response = client.post(
        admin_url(f"{name}_changelist"),
        {"action": "delete_selected", "_selected_action": [shared.pk, own_only.pk], "post": "yes"},
    )
    assert response.status_code == 302
    message = [str(m) for m in get_messages(response.wsgi_request)][-1]
    assert str(shared) in message and str(own_only) not in message
    assert type(shared).objects.filter(pk__in=[shared.pk, own_only.pk]).count() == 2

    # What belongs to their hub alone they delete as before.
    response = client.post(admin_url(f"{name}_delete", own_only.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not type(shared).objects.filter(pk=own_only.pk).exists()


def test_a_network_editor_deletes_shared_items(client, two_hubs):
    shared = factories.PartnerFactory()
    shared.hubs.add(*two_hubs)
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    response = client.post(admin_url("library_partner_delete", shared.pk), {"post": "yes"})
    assert response.status_code == 302
    assert not type(shared).objects.filter(pk=shared.pk).exists()


def test_a_hub_editors_save_records_no_change_to_links_they_cannot_see(client, two_hubs):
    from django.contrib.admin.models import LogEntry

    own, other = two_hubs
    city, other_city = (
        factories.CityFactory(country__hub=own),
        factories.CityFactory(country__hub=other),
    )
    spotlight = factories.SpotlightFactory(city=city)
    spotlight.mentioned_cities.add(city, other_city)
    event = factories.EventFactory(hub=own)
    event.participating_cities.add(city, other_city)
    client.force_login(make_staff("hub-editor", HUB_EDITORS, hubs=[own]))

    for name, obj in (("spotlights_spotlight", spotlight), ("hubs_event", event)):
        url = admin_url(f"{name}_change", obj.pk)
        # Sent as a browser sends the page: only the options the field shows can be selected.
        data, _files = form_submission(
            client.get(url).content.decode(), f"{obj._meta.model_name}_form"
        )
        assert client.post(url, data).status_code == 302
        entry = LogEntry.objects.filter(object_id=str(obj.pk)).latest("pk")
        with translation.override("en"):
            message = entry.get_change_message()
        assert "cities" not in message, message
    assert set(spotlight.mentioned_cities.all()) == {city, other_city}
    assert set(event.participating_cities.all()) == {city, other_city}


def test_a_membership_reviewer_sees_the_whole_directory_but_changes_only_their_drafts(client):
    published = factories.CityFactory(name_en="Elbasan")
    draft = factories.CityFactory(name_en="Irbid", status="draft")
    application = factories.MembershipApplicationFactory(city=draft)
    assert application.city == draft
    client.force_login(make_staff("reviewer", MEMBERSHIP_REVIEWERS))

    listing = client.get(admin_url("cities_city_changelist"))
    assert listing.context["cl"].result_count == 2
    found = client.get(admin_url("cities_city_changelist"), {"q": "Elbasan"})
    assert list(found.context["cl"].result_list) == [published]

    # Another city opens read-only: looked at, not changed, not published by an action.
    page = client.get(admin_url("cities_city_change", published.pk))
    assert page.status_code == 200 and not page.context["has_change_permission"]
    assert client.post(admin_url("cities_city_change", published.pk), {}).status_code == 403
    client.post(
        admin_url("cities_city_changelist"),
        {"action": "unpublish", "_selected_action": [published.pk, draft.pk]},
    )
    published.refresh_from_db()
    assert published.status == "published"
    # The draft their approval created is theirs to complete.
    page = client.get(admin_url("cities_city_change", draft.pk))
    assert page.context["has_change_permission"]
