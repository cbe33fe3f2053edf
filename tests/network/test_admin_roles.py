"""Hub editors see and edit only their own hubs' content; network editors see everything."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from cities.models import City
from hubs.models import Event, Hub
from library.models import Partner
from spotlights.models import Spotlight
from staff.roles import HUB_EDITORS, MEMBERSHIP_REVIEWERS, NETWORK_EDITORS
from testimonials.models import Testimonial
from tests import factories
from tests.network.admin_helpers import change_form_data, make_staff

pytestmark = pytest.mark.django_db


def url(model, view, *args):
    with translation.override("en"):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def world():
    """Two hubs with a city, council, event, testimonial, spotlight and partner each."""
    data = {}
    for key in ("mine", "theirs"):
        hub = factories.HubFactory(slug=f"hub-{key}", name_en=f"Hub {key}")
        city = factories.CityFactory(hub=hub, slug=f"city-{key}", name_en=f"City {key}")
        data[key] = {
            "hub": hub,
            "city": city,
            "council": factories.CouncilFactory(city=city),
            "seat": factories.CouncilSeatFactory(council__city=city),
            "event": factories.EventFactory(hub=hub, slug=f"event-{key}", title_en=f"Event {key}"),
            "testimonial": factories.TestimonialFactory(city=city),
            "spotlight": factories.SpotlightFactory(city=city, slug=f"spot-{key}"),
            "partner": factories.PartnerFactory(slug=f"partner-{key}", name_en=f"Partner {key}"),
        }
        data[key]["partner"].hubs.add(hub)
    return data


@pytest.fixture
def hub_client(client, world):
    user = make_staff("hub-editor", HUB_EDITORS, hubs=[world["mine"]["hub"]])
    client.force_login(user)
    return client


OBJECTS = ["hub", "city", "council", "seat", "event", "testimonial", "spotlight", "partner"]


@pytest.mark.parametrize("key", OBJECTS)
def test_changelist_shows_only_own_hub(hub_client, world, key):
    mine, theirs = world["mine"][key], world["theirs"][key]
    response = hub_client.get(url(type(mine), "changelist"))
    assert response.status_code == 200
    shown = list(response.context["cl"].result_list)
    assert mine in shown
    assert theirs not in shown


@pytest.mark.parametrize("key", OBJECTS)
@pytest.mark.parametrize("view", ["change", "delete", "history"])
def test_other_hubs_objects_answer_404(hub_client, world, key, view):
    mine, theirs = world["mine"][key], world["theirs"][key]
    # Hub editors may not delete a hub at all, even their own.
    allowed = 403 if (key, view) == ("hub", "delete") else 200
    assert hub_client.get(url(type(mine), view, mine.pk)).status_code == allowed
    assert hub_client.get(url(type(theirs), view, theirs.pk)).status_code == 404


def test_cannot_delete_or_edit_other_hubs_object_by_post(hub_client, world):
    theirs = world["theirs"]["event"]
    response = hub_client.post(url(Event, "delete", theirs.pk), {"post": "yes"})
    assert response.status_code == 404
    assert Event.objects.filter(pk=theirs.pk).exists()
    response = hub_client.post(url(Event, "change", theirs.pk), {"title_en": "Hijacked"})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.title_en != "Hijacked"


def test_bulk_delete_action_ignores_other_hubs(hub_client, world):
    mine, theirs = world["mine"]["testimonial"], world["theirs"]["testimonial"]
    hub_client.post(
        url(Testimonial, "changelist"),
        {"action": "delete_selected", "_selected_action": [mine.pk, theirs.pk], "post": "yes"},
    )
    assert not Testimonial.objects.filter(pk=mine.pk).exists()
    assert Testimonial.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize(
    ("model", "field", "key"),
    [
        (Event, "hub", "hub"),
        (Spotlight, "city", "city"),
        (Testimonial, "city", "city"),
        (Partner, "hubs", "hub"),
    ],
)
def test_autocomplete_offers_only_own_hub(hub_client, world, model, field, key):
    response = hub_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": model._meta.app_label,
            "model_name": model._meta.model_name,
            "field_name": field,
            "term": "",
        },
    )
    assert response.status_code == 200
    ids = {int(item["id"]) for item in json.loads(response.content)["results"]}
    assert world["mine"][key].pk in ids
    assert world["theirs"][key].pk not in ids


def test_foreign_key_choices_are_limited(hub_client, world):
    response = hub_client.get(url(Event, "change", world["mine"]["event"].pk))
    form = response.context["adminform"].form
    assert set(form.fields["hub"].queryset) == {world["mine"]["hub"]}
    assert set(form.fields["host_city"].queryset) == {world["mine"]["city"]}
    assert form.fields["hub"].required  # an event without a hub would vanish from view


def test_cannot_move_event_into_another_hub(hub_client, world):
    event = world["mine"]["event"]
    page = hub_client.get(url(Event, "change", event.pk))
    data = change_form_data(page)
    data["hub"] = str(world["theirs"]["hub"].pk)
    response = hub_client.post(url(Event, "change", event.pk), data)
    assert response.status_code == 200  # the form comes back with an error
    assert "hub" in response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.hub == world["mine"]["hub"]


def test_editing_a_shared_partner_keeps_the_other_hubs_link(hub_client, world):
    partner = world["mine"]["partner"]
    partner.hubs.add(world["theirs"]["hub"])
    page = hub_client.get(url(Partner, "change", partner.pk))
    data = change_form_data(page)
    # The autocomplete widget renders (and so sends back) only the hubs the editor may see.
    rendered = page.content.decode()
    assert f'value="{world["theirs"]["hub"].pk}" selected' not in rendered
    data["hubs"] = [str(world["mine"]["hub"].pk)]
    data["name_en"] = "Renamed partner"
    response = hub_client.post(url(Partner, "change", partner.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    partner.refresh_from_db()
    assert partner.name_en == "Renamed partner"
    assert set(partner.hubs.all()) == {world["mine"]["hub"], world["theirs"]["hub"]}


@pytest.mark.parametrize("key", ["hub", "city", "council", "event", "spotlight", "testimonial"])
def test_hub_editor_can_save_own_content(hub_client, world, key):
    obj = world["mine"][key]
    page = hub_client.get(url(type(obj), "change", obj.pk))
    response = hub_client.post(url(type(obj), "change", obj.pk), change_form_data(page))
    assert response.status_code == 302, response.context["adminform"].form.errors


def test_hub_editor_can_add_a_city_in_own_hub_only(hub_client, world):
    response = hub_client.get(url(City, "add"))
    form = response.context["adminform"].form
    assert set(form.fields["hub"].queryset) == {world["mine"]["hub"]}


def test_hub_editor_cannot_add_hubs_or_choose_editors(hub_client, world):
    assert hub_client.get(url(Hub, "add")).status_code == 403
    response = hub_client.get(url(Hub, "change", world["mine"]["hub"].pk))
    assert "editors" not in response.context["adminform"].form.fields


def test_hub_editor_cannot_recover_deleted_objects(hub_client):
    assert hub_client.get(url(Event, "recoverlist")).status_code == 403


def test_network_editor_sees_every_hub(client, world):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    response = client.get(url(Event, "changelist"))
    shown = set(response.context["cl"].result_list)
    assert {world["mine"]["event"], world["theirs"]["event"]} <= shown
    assert client.get(url(Event, "change", world["theirs"]["event"].pk)).status_code == 200


def test_setup_roles_is_idempotent():
    call_command("setup_roles", stdout=None)
    first = {
        g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()
    }
    call_command("setup_roles")
    again = {
        g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()
    }
    assert first == again
    assert Group.objects.filter(name__in=[HUB_EDITORS, NETWORK_EDITORS]).count() == 2
    assert "view_membershipapplication" not in first[NETWORK_EDITORS]
    assert "view_membershipapplication" in first[MEMBERSHIP_REVIEWERS]
    assert "change_event" in first[HUB_EDITORS]
    assert "add_hub" not in first[HUB_EDITORS]
    assert "view_country" in first[HUB_EDITORS]
    assert "change_country" not in first[HUB_EDITORS]
    assert {"add_hub", "delete_city", "change_partner"} <= first[NETWORK_EDITORS]


def test_only_membership_reviewers_see_applicants_personal_data(client):
    from cities.models import MembershipApplication

    client.force_login(make_staff("editor", NETWORK_EDITORS))
    assert client.get(url(MembershipApplication, "changelist")).status_code == 403
    client.force_login(make_staff("reviewer", MEMBERSHIP_REVIEWERS))
    assert client.get(url(MembershipApplication, "changelist")).status_code == 200


def test_saving_a_spotlight_keeps_its_links_to_other_hubs_cities(hub_client, world):
    spotlight = world["mine"]["spotlight"]
    spotlight.mentioned_cities.add(world["mine"]["city"], world["theirs"]["city"])
    page = hub_client.get(url(Spotlight, "change", spotlight.pk))
    data = change_form_data(page)
    assert f'value="{world["theirs"]["city"].pk}" selected' not in page.content.decode()
    data["mentioned_cities"] = [str(world["mine"]["city"].pk)]  # what the browser sends back
    data["summary_en"] = "One character changed."
    response = hub_client.post(url(Spotlight, "change", spotlight.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(spotlight.mentioned_cities.all()) == {world["mine"]["city"], world["theirs"]["city"]}


def test_saving_an_event_keeps_another_hubs_host_and_participants(hub_client, world):
    event = world["mine"]["event"]
    event.host_city = world["theirs"]["city"]
    event.save()
    event.participating_cities.add(world["theirs"]["city"])
    page = hub_client.get(url(Event, "change", event.pk))
    data = change_form_data(page)
    data["participating_cities"] = []  # the other hub's city is not rendered, so not sent
    data["summary_en"] = "Edited."
    response = hub_client.post(url(Event, "change", event.pk), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.host_city == world["theirs"]["city"]
    assert set(event.participating_cities.all()) == {world["theirs"]["city"]}
