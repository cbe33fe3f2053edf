"""Every admin save is recorded (who, when), and an earlier version can be restored."""

import pytest
import reversion
from django.urls import reverse
from django.utils import translation
from reversion.models import Version

from cities.models import City
from spotlights.models import Spotlight
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db(transaction=False)


@pytest.fixture
def editor(client):
    user = make_staff("network-editor", NETWORK_EDITORS)
    client.force_login(user)
    return user


def admin_url(name, *args):
    with translation.override("ar"):
        return reverse(f"admin:{name}", args=args)


def edit(client, url, **changes):
    data = change_form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_two_edits_then_restore_the_first_version(client, editor):
    city = factories.CityFactory(name_ar="إلباسان", name_en="Elbasan", mayor_en="Gledian Llatja")
    change_url = admin_url("cities_city_change", city.pk)

    edit(client, change_url, name_ar="الباسان الجديدة", name_en="Elbasan (first edit)")
    edit(client, change_url, name_ar="الباسان الثانية", name_en="Elbasan (second edit)")

    versions = Version.objects.get_for_object(city)  # newest first
    assert versions.count() == 2
    first = versions.last()
    assert first.revision.user == editor
    assert first.revision.date_created is not None

    # The history page lists both saves and links to each version.
    history = client.get(admin_url("cities_city_history", city.pk))
    assert history.status_code == 200
    revision_url = admin_url("cities_city_revision", city.pk, first.pk)
    assert revision_url in history.content.decode()

    # "Recover" shows the old values in the form; saving it restores them.
    page = client.get(revision_url)
    assert page.status_code == 200
    city.refresh_from_db()
    assert city.name_en == "Elbasan (second edit)"  # looking changes nothing
    response = client.post(revision_url, change_form_data(page))
    assert response.status_code == 302

    city.refresh_from_db()
    assert city.name_ar == "الباسان الجديدة"
    assert city.name_en == "Elbasan (first edit)"
    assert city.mayor_en == "Gledian Llatja"
    assert Version.objects.get_for_object(city).count() == 3


def test_restoring_brings_back_inline_sections(client, editor):
    section = factories.SpotlightSectionFactory(
        body_en="<p>Old text.</p>", body_ar="<p>نص قديم.</p>"
    )
    spotlight = section.spotlight
    change_url = admin_url("spotlights_spotlight_change", spotlight.pk)
    edit(client, change_url)  # first recorded version: the original text
    edit(
        client,
        change_url,
        **{"sections-0-body_en": "<p>New text.</p>", "sections-0-body_ar": "<p>نص جديد.</p>"},
    )
    section.refresh_from_db()
    assert section.body_en == "<p>New text.</p>"

    first = Version.objects.get_for_object(spotlight).last()
    revision_url = admin_url("spotlights_spotlight_revision", spotlight.pk, first.pk)
    page = client.get(revision_url)
    client.post(revision_url, change_form_data(page))

    section.refresh_from_db()
    assert section.body_en == "<p>Old text.</p>"
    assert section.body_ar == "<p>نص قديم.</p>"


def test_every_content_model_and_inline_is_under_version_control():
    from reversion.revisions import _get_options

    from cities.models import Council, CouncilSeat, Country
    from hubs.models import Event, Hub, HubContact, HubImpact, HubPriority
    from library.models import Partner, Resource, Topic
    from spotlights.models import SpotlightAuthor, SpotlightSection
    from testimonials.models import Testimonial

    models = [Hub, HubPriority, HubImpact, HubContact, Event, Country, City, Council]
    models += [CouncilSeat, Testimonial, Spotlight, SpotlightSection, SpotlightAuthor]
    models += [Topic, Partner, Resource]
    for model in models:
        assert reversion.is_registered(model), model
    # A version of a parent includes its inlines, so restoring it restores them too.
    assert {"priorities", "impacts", "contacts"} <= set(_get_options(Hub).follow)
    assert {"sections", "authors"} <= set(_get_options(Spotlight).follow)
    assert "seats" in _get_options(Council).follow


def test_publish_action_is_recorded(client, editor):
    city = factories.CityFactory(status="draft")
    response = client.post(
        admin_url("cities_city_changelist"),
        {"action": "publish", "_selected_action": [city.pk]},
    )
    assert response.status_code == 302
    city.refresh_from_db()
    assert city.status == "published"
    version = Version.objects.get_for_object(city).first()
    assert version.revision.user == editor


def test_seeded_items_have_a_first_version_to_restore(client, editor):
    from django.core.management import call_command

    call_command("load_seed_content", stdout=None)
    city = City.objects.get(slug="elbasan")
    spotlight = Spotlight.objects.filter(city=city).first()
    versions = Version.objects.get_for_object(spotlight)
    assert versions.count() == 1
    assert versions.first().revision.comment
    original = spotlight.summary_en
    edit(client, admin_url("spotlights_spotlight_change", spotlight.pk), summary_en="Changed.")
    first = Version.objects.get_for_object(spotlight).last()
    url = admin_url("spotlights_spotlight_revision", spotlight.pk, first.pk)
    data = change_form_data(client.get(url))
    assert client.post(url, data).status_code == 302
    spotlight.refresh_from_db()
    assert spotlight.summary_en == original
    assert spotlight.sections.count() == first.revision.version_set.count() - 1
    # Restoring one seeded item leaves the others as they are.
    assert Version.objects.get_for_object(city).count() == 1


def test_a_plain_save_in_the_arabic_admin_says_changed_not_added(client, editor):
    city = factories.CityFactory()
    response = edit(client, admin_url("cities_city_change", city.pk), name_en="Renamed")
    message = str(list(response.wsgi_request._messages)[0])
    assert "تعديل" in message and "إضافة" not in message


def history_comments(client, obj, language):
    opts = obj._meta
    with translation.override(language):
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
        response = client.get(url)
    assert response.status_code == 200
    return [action["comment"] for action in response.context_data["action_list"]]


def test_each_reader_sees_the_history_in_their_language(client, editor):
    from django.core.management import call_command

    with translation.override("ar"):  # the seed as loaded on an Arabic-default site
        call_command("load_seed_content", stdout=None)
    spotlight = Spotlight.objects.order_by("pk").first()
    with translation.override("ar"):  # saved by an editor working in Arabic
        edit(client, admin_url("spotlights_spotlight_change", spotlight.pk), summary_en="New.")

    english = history_comments(client, spotlight, "en")
    assert english[0] == "Initial version"
    assert english[1].startswith("Changed ") and "Summary" in english[1]
    arabic = history_comments(client, spotlight, "ar")
    assert arabic[0] == "النسخة الأولى"
    assert arabic[1].startswith("تم تغيير")

    # The restore page names the item in the reader's language too, whatever the language
    # the version was recorded in.
    first = Version.objects.get_for_object(spotlight).last()
    for language, title in (("en", spotlight.title_en), ("ar", spotlight.title_ar)):
        with translation.override(language):
            url = reverse("admin:spotlights_spotlight_revision", args=[spotlight.pk, first.pk])
            page = client.get(url)
        assert page.context["title"] in (f"Restore “{title}”", f"استعادة «{title}»")
        assert title in page.context["title"]


def test_first_versions_recorded_in_arabic_get_their_source_text():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("network.migrations.0007_initial_version_comment_source_text")
    city = factories.CityFactory()
    with reversion.create_revision():
        reversion.set_comment("النسخة الأولى")
        reversion.add_to_revision(city)
    with reversion.create_revision():
        reversion.set_comment("تم تغيير الاسم.")  # anything else is left as it was
        reversion.add_to_revision(city)
    migration.store_source_text(apps, None)
    comments = [version.revision.comment for version in Version.objects.get_for_object(city)]
    assert comments == ["تم تغيير الاسم.", "Initial version"]
