"""Safe editing (issue 12): a stale form's save is refused, and two versions can be compared."""

import pytest
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from cities.models import Council
from spotlights.models import Spotlight
from tests import factories
from tests.network.admin_helpers import HUB_EDITORS, NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db


def admin_url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"admin:{name}", args=args)


def open_form(client, url):
    """What a browser holds after opening the change form: its fields and hidden token."""
    response = client.get(url)
    assert response.status_code == 200
    data = change_form_data(response)
    token = response.context["edit_token"]
    assert f'name="_edit_token" value="{token}"' in response.content.decode()
    data["_edit_token"] = token
    return data


@pytest.fixture
def editors(client):
    from django.test import Client

    first = make_staff("first", NETWORK_EDITORS)
    second = make_staff("second", NETWORK_EDITORS)
    second.first_name, second.last_name = "Arta", "Hoxha"
    second.save()
    other = Client()
    client.force_login(first)
    other.force_login(second)
    return client, other


def test_the_second_save_of_a_stale_form_is_refused(editors):
    first, second = editors
    spotlight = factories.SpotlightFactory(summary_en="Original summary.")
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    mine = open_form(first, url)
    theirs = open_form(second, url)

    theirs["summary_en"] = "Their summary."
    assert second.post(url, theirs).status_code == 302

    mine["summary_en"] = "My summary."
    response = first.post(url, mine)
    assert response.status_code == 200  # the form again, with the refusal
    html = response.content.decode()
    assert "Someone else (Arta Hoxha" in html
    assert "Your changes have not been saved" in html
    compare = admin_url("spotlights_spotlight_compare", spotlight.pk)
    assert f'href="{compare}?' in html
    spotlight.refresh_from_db()
    assert spotlight.summary_en == "Their summary."  # nothing silently overwritten

    # Sending the same stale form again is refused again; reloading gives a fresh form.
    assert first.post(url, mine).status_code == 200
    fresh = open_form(first, url)
    fresh["summary_en"] = "My summary, after reading theirs."
    assert first.post(url, fresh).status_code == 302
    spotlight.refresh_from_db()
    assert spotlight.summary_en == "My summary, after reading theirs."


def test_the_refusal_is_in_the_editors_language(editors):
    first, second = editors
    city = factories.CityFactory()
    url_en = admin_url("cities_city_change", city.pk)
    url_ar = admin_url("cities_city_change", city.pk, language="ar")
    mine = open_form(first, url_ar)
    assert second.post(url_en, open_form(second, url_en)).status_code == 302
    html = first.post(url_ar, mine).content.decode()
    assert "حفظ شخص آخر" in html


def test_models_without_an_update_stamp_are_guarded_by_their_history(editors):
    first, second = editors
    council = factories.CouncilFactory()
    assert not hasattr(Council, "updated_at")
    url = admin_url("cities_council_change", council.pk)
    mine = open_form(first, url)
    theirs = open_form(second, url)
    theirs["chair_en"] = "The mayor"
    assert second.post(url, theirs).status_code == 302
    mine["chair_en"] = "The deputy mayor"
    assert first.post(url, mine).status_code == 200
    council.refresh_from_db()
    assert council.chair_en == "The mayor"


def test_own_consecutive_saves_are_not_refused(editors):
    first, _second = editors
    city = factories.CityFactory()
    url = admin_url("cities_city_change", city.pk)
    for text in ("First", "Second"):
        data = open_form(first, url)
        data["mayor_en"] = text
        assert first.post(url, data).status_code == 302


def edit(client, url, **changes):
    data = open_form(client, url)
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_compare_two_versions_side_by_side_in_both_languages(editors):
    first, _second = editors
    section = factories.SpotlightSectionFactory(body_en="<p>Old text.</p>")
    spotlight = section.spotlight
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    edit(first, url, title_ar="عنوان قديم", title_en="Old title")
    edit(
        first,
        url,
        title_ar="عنوان جديد",
        title_en="New title",
        **{"sections-0-body_en": "<p>New text.</p>"},
    )
    versions = list(Version.objects.get_for_object(spotlight))  # newest first
    assert len(versions) == 2

    # The history offers the comparison of any two versions.
    history = first.get(admin_url("spotlights_spotlight_history", spotlight.pk))
    html = history.content.decode()
    compare = admin_url("spotlights_spotlight_compare", spotlight.pk)
    assert f'action="{compare}"' in html
    # The latest version and the one before it are chosen to begin with.
    assert f'name="a" value="{versions[1].pk}" id="compare-a-{versions[1].pk}" checked' in html
    assert f'name="b" value="{versions[0].pk}" id="compare-b-{versions[0].pk}" checked' in html

    response = first.get(compare, {"a": versions[1].pk, "b": versions[0].pk})
    assert response.status_code == 200
    page = response.content.decode()
    # Each language in its own direction, the changed words marked.
    assert '<td lang="ar" dir="rtl" class="compare__value">عنوان <del>قديم</del></td>' in page
    assert '<td lang="ar" dir="rtl" class="compare__value">عنوان <ins>جديد</ins></td>' in page
    assert '<td lang="en" dir="ltr" class="compare__value"><del>Old</del> title</td>' in page
    # Only the changes to begin with; every field on request.
    rows = response.context["comparison"]["fields"]
    assert {row["label"] for row in rows} == {"title (Arabic)", "title (English)"}
    every = first.get(compare, {"a": versions[1].pk, "b": versions[0].pk, "all": "1"})
    rows = every.context["comparison"]["fields"]
    assert {row["label"] for row in rows if row["changed"]} == {"title (Arabic)", "title (English)"}
    assert any(row["label"] == "summary (English)" and not row["changed"] for row in rows)
    # The section edited inline is compared too.
    children = response.context["comparison"]["children"]
    section_rows = next(child for child in children if "section" in child["title"].lower())
    assert section_rows["state"] == "changed"
    assert any(
        r["before"] == "<del>Old</del> text." and r["after"] == "<ins>New</ins> text."
        for r in section_rows["rows"]
    )

    # Without choices: the latest version against the one before.
    default = first.get(compare)
    assert default.context["version_a"] == versions[1]
    assert default.context["version_b"] == versions[0]


@pytest.mark.parametrize("query", [{"a": "x"}, {"a": "999999"}, {"b": "1" * 30}])
def test_compare_refuses_bad_choices_with_a_message(editors, query):
    first, _second = editors
    spotlight = factories.SpotlightFactory()
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    edit(first, url)
    response = first.get(admin_url("spotlights_spotlight_compare", spotlight.pk), query)
    assert response.status_code == 400
    assert "Choose two versions" in response.content.decode()


def test_another_hubs_editor_cannot_compare(client):
    mine = factories.HubFactory()
    spotlight = factories.SpotlightFactory()  # in another hub
    client.force_login(make_staff("hubby", HUB_EDITORS, hubs=[mine]))
    response = client.get(admin_url("spotlights_spotlight_compare", spotlight.pk))
    assert response.status_code == 404


def test_change_forms_load_the_unsaved_changes_warning(editors):
    first, _second = editors
    spotlight = factories.SpotlightFactory()
    html = first.get(admin_url("spotlights_spotlight_change", spotlight.pk)).content.decode()
    assert "network/js/admin-unsaved.js" in html
    assert Spotlight.objects.count() == 1


def test_a_restore_opened_before_someone_elses_save_is_refused(editors):
    first, second = editors
    spotlight = factories.SpotlightFactory()
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    edit(first, url, summary_en="The first version.")
    edit(first, url, summary_en="The second version.")
    oldest = Version.objects.get_for_object(spotlight).last()
    restore = admin_url("spotlights_spotlight_revision", spotlight.pk, oldest.pk)
    mine = open_form(first, restore)  # the old version's fields, and the token
    assert mine["summary_en"] == "The first version."

    edit(second, url, summary_en="Their summary.")
    response = first.post(restore, mine)
    assert response.status_code == 200  # the restore form again, with the refusal
    html = response.content.decode()
    assert "Someone else (Arta Hoxha" in html
    compare = admin_url("spotlights_spotlight_compare", spotlight.pk)
    assert f'href="{compare}?' in html
    assert f'href="{restore}">reload the form' in html  # back to this restore, not the form
    spotlight.refresh_from_db()
    assert spotlight.summary_en == "Their summary."  # not overwritten unseen

    # Opened again after their save, the restore goes through.
    assert first.post(restore, open_form(first, restore)).status_code == 302
    spotlight.refresh_from_db()
    assert spotlight.summary_en == "The first version."
