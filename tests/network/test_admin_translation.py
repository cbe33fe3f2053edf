"""The "missing translation" column and filter, and search across both languages."""

import pytest
from django.urls import reverse
from django.utils import translation

from staff.admin_base import missing_translations
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    return client


def changelist(name="cities_city_changelist", language="ar"):
    with translation.override(language):
        return reverse(f"admin:{name}")


def test_missing_translation_filter(editor_client):
    complete = factories.CityFactory()
    no_english = factories.CityFactory(name_en="", mayor_ar="رئيس", mayor_en="")
    no_arabic = factories.CityFactory(profile_ar="", profile_en="<p>Profile.</p>")

    missing = editor_client.get(changelist(), {"translation": "missing"})
    shown = set(missing.context["cl"].result_list)
    assert shown == {no_english, no_arabic}

    done = editor_client.get(changelist(), {"translation": "complete"})
    assert set(done.context["cl"].result_list) == {complete}


def test_missing_translation_column_names_the_fields(editor_client):
    city = factories.CityFactory(name_en="", profile_ar="", profile_en="<p>Profile.</p>")
    with translation.override("en"):
        assert missing_translations(city) == {"en": ["name"], "ar": ["profile"]}
    response = editor_client.get(changelist(language="en"))
    html = response.content.decode()
    assert "English missing: name" in html
    assert "Arabic missing: profile" in html


def test_missing_translation_filter_on_other_models(editor_client):
    event = factories.EventFactory(summary_en="")
    factories.EventFactory()
    response = editor_client.get(changelist("hubs_event_changelist"), {"translation": "missing"})
    assert list(response.context["cl"].result_list) == [event]


@pytest.mark.parametrize("term", ["إلباسان", "Elbasan", "elbasan", "الباسان"])
def test_city_search_finds_both_languages(editor_client, term):
    elbasan = factories.CityFactory(name_ar="إلباسان", name_en="Elbasan", slug="elbasan")
    factories.CityFactory(name_ar="بيجا", name_en="Peja", slug="peja")
    response = editor_client.get(changelist(), {"q": term})
    assert list(response.context["cl"].result_list) == [elbasan]


def test_search_respects_list_filters(editor_client):
    factories.CityFactory(name_en="Elbasan", slug="elbasan", status="draft")
    response = editor_client.get(changelist(), {"q": "Elbasan", "status__exact": "published"})
    assert list(response.context["cl"].result_list) == []


def test_publish_and_unpublish_actions(editor_client):
    from cities.models import City

    draft = factories.CityFactory(status="draft")
    live = factories.CityFactory()
    editor_client.post(changelist(), {"action": "publish", "_selected_action": [draft.pk]})
    editor_client.post(changelist(), {"action": "unpublish", "_selected_action": [live.pk]})
    assert City.objects.get(pk=draft.pk).status == "published"
    assert City.objects.get(pk=live.pk).status == "draft"
