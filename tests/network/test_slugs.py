"""Slugs (issue 12): an editor who writes only the Arabic title gets an ASCII slug made for
them; a slug typed in Arabic or with spaces is refused with a message saying what is allowed;
slugs are unique and never change on edit."""

import pytest
from django.urls import reverse
from django.utils import translation

from cities.membership import services
from cities.models import City
from hubs.models import Event, Hub
from kernel.slugs import slug_base, transliterate, unique_slug
from library.models import Partner, Resource, Topic
from spotlights.models import Spotlight
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

LANGUAGES = ["ar", "en"]
INVALID = {
    "en": "Use only Latin letters (a–z), digits and hyphens, with no spaces",
    "ar": "استخدم الحروف اللاتينية (a–z) والأرقام والشرطات فقط، دون مسافات",
}
LEAVE_EMPTY = {
    "en": "Or leave it empty: one is made from the English title or name",
    "ar": "أو اتركه فارغًا",
}


# The Arabic→Latin table ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("إلباسان", "ilbasan"),
        ("بيروت", "birut"),
        ("وادي", "wadi"),
        ("صيدا", "sida"),
        ("القاهرة", "alqahra"),
        ("مَدِينَةُ الأَمَلِ", "mdina alaml"),  # harakat carry no letter
        ("ورشة ٢٠٢٣", "wrsha 2023"),  # Arabic-Indic digits
        ("ﻻ", "la"),  # a presentation-form ligature
        ("Brčko", "Brčko"),  # Latin is left to slugify
    ],
)
def test_arabic_is_written_in_latin_letters(arabic, latin):
    assert transliterate(arabic) == latin


def test_english_comes_first_then_arabic_then_nothing():
    assert slug_base("Elbasan Youth Workshop", "ورشة إلباسان") == "elbasan-youth-workshop"
    assert slug_base("", "ورشة إلباسان") == "wrsha-ilbasan"
    assert slug_base(None, "Brčko") == "brcko"
    assert slug_base("", "Куманово") == ""  # a script the table does not know


def test_unique_slug_adds_a_number_and_fits_the_field():
    factories.TopicFactory(slug="ilbasan")
    factories.TopicFactory(slug="ilbasan-2")
    factories.TopicFactory(slug="ilbasan-workshop")
    assert unique_slug(Topic, "", "إلباسان") == "ilbasan-3"
    topic = Topic.objects.get(slug="ilbasan")
    assert unique_slug(Topic, "إلباسان", exclude_pk=topic.pk) == "ilbasan"
    long = unique_slug(Topic, "word " * 100)
    assert len(long) <= Topic._meta.get_field("slug").max_length - 4
    assert not long.endswith("-")


# The admin forms ----------------------------------------------------------------------------


@pytest.fixture
def editor(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    return client


def admin_url(model, view="add", language="en", *args):
    with translation.override(language):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def required_links():
    """What each add form needs besides its title, made once per test."""
    country = factories.CountryFactory()
    city = factories.CityFactory(country=country)
    return {
        City: {"country": country.pk},
        Hub: {},
        Event: {"start_date": "2023-06-12"},
        Spotlight: {"city": city.pk, "summary_ar": "ملخص."},
        Resource: {},
        Topic: {},
        Partner: {},
    }


TITLES = {City: "name", Hub: "name", Topic: "name", Partner: "name"}
MODELS = [City, Hub, Event, Spotlight, Resource, Topic, Partner]


def add_form_data(client, model, language, **values):
    """The add form as sent back with only the given values filled in."""
    data = change_form_data(client.get(admin_url(model, "add", language)))
    data = {name: value for name, value in data.items() if value not in ("", None)}
    data.update(required_links()[model])
    data.update(values)
    return data


def title(model, language):
    return f"{TITLES.get(model, 'title')}_{language}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_arabic_only_title_is_saved_with_an_ascii_slug(editor, model, language):
    data = add_form_data(editor, model, language, **{title(model, "ar"): "إلباسان", "slug": ""})
    response = editor.post(admin_url(model, "add", language), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    saved = model.objects.get(**{title(model, "ar"): "إلباسان"})
    assert saved.slug == "ilbasan"


@pytest.mark.parametrize("model", [City, Event, Resource], ids=lambda model: model.__name__)
def test_made_slugs_are_unique_and_prefer_english(editor, model):
    for expected in ("ilbasan", "ilbasan-2", "ilbasan-3"):
        data = add_form_data(editor, model, "ar", **{title(model, "ar"): "إلباسان", "slug": ""})
        assert editor.post(admin_url(model, "add", "ar"), data).status_code == 302
        assert model.objects.filter(slug=expected).exists()
    data = add_form_data(
        editor,
        model,
        "en",
        **{title(model, "ar"): "إلباسان", title(model, "en"): "Elbasan", "slug": ""},
    )
    assert editor.post(admin_url(model, "add", "en"), data).status_code == 302
    assert model.objects.filter(slug="elbasan").exists()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", ["إلباسان", "elbasan workshop"])
@pytest.mark.parametrize("model", [City, Event, Spotlight, Topic], ids=lambda m: m.__name__)
def test_a_typed_slug_in_arabic_or_with_spaces_is_refused_clearly(editor, model, language, slug):
    data = add_form_data(editor, model, language, **{title(model, "ar"): "إلباسان", "slug": slug})
    before = model.objects.count()
    response = editor.post(admin_url(model, "add", language), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert INVALID[language] in html
    assert LEAVE_EMPTY[language] in html
    assert "letters, numbers, underscores or hyphens" not in html  # Django's own wording
    assert model.objects.count() == before


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_title_that_gives_no_slug_asks_for_one(editor, language):
    data = add_form_data(editor, Topic, language, name_ar="Куманово", slug="")
    response = editor.post(admin_url(Topic, "add", language), data)
    assert response.status_code == 200
    message = {"en": "No slug could be made from the title or name", "ar": "تعذّر إنشاء"}
    assert message[language] in response.content.decode()
    assert not Topic.objects.exists()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_help_text_says_the_slug_may_be_left_empty(editor, language):
    html = editor.get(admin_url(Event, "add", language)).content.decode()
    expected = {
        "en": "Leave it empty to make one from the English title or name",
        "ar": "اتركه فارغًا لإنشائه من العنوان أو الاسم الإنجليزي",
    }
    assert expected[language] in html


def test_an_edit_never_changes_the_slug(editor):
    event = factories.EventFactory(slug="elbasan-workshop-2023", title_en="Elbasan workshop")
    change = admin_url(Event, "change", "en", event.pk)
    data = change_form_data(editor.get(change))
    data.update(title_en="Youth workshop in Elbasan", title_ar="ورشة الشباب", slug="")
    response = editor.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    event.refresh_from_db()
    assert event.title_en == "Youth workshop in Elbasan"
    assert event.slug == "elbasan-workshop-2023"


# Approval creates a city ----------------------------------------------------------------------


def test_approval_writes_an_arabic_name_in_latin_letters():
    factories.CountryFactory(iso_code="AL")
    factories.CityFactory(slug="ilbasan")
    application = factories.MembershipApplicationFactory(
        authority_name="إلباسان", country="AL", reference="APP-2026-00011"
    )
    assert services.create_city(application).slug == "ilbasan-2"


def test_approval_falls_back_on_the_reference_when_no_slug_can_be_made():
    factories.CountryFactory(iso_code="MK")
    application = factories.MembershipApplicationFactory(
        authority_name="Куманово", country="MK", reference="APP-2026-00012"
    )
    assert services.create_city(application).slug == "app-2026-00012"


@pytest.mark.django_db
def test_a_draft_slug_made_from_the_arabic_name_follows_the_english_name_until_published(client):

    city = factories.CityFactory(
        name_ar="بلدية إربد الكبرى", name_en="", slug="bldia-irbd-alkbra", status="draft"
    )
    published = factories.CityFactory(name_ar="بلدية السلط", name_en="", slug="bldia-alslt")
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))

    for obj, english in ((city, "Greater Irbid Municipality"), (published, "Salt Municipality")):
        url = reverse("admin:cities_city_change", args=[obj.pk])
        data = change_form_data(client.get(url))
        data["name_en"] = english
        response = client.post(url, data)
        assert response.status_code == 302, response.context["adminform"].form.errors

    city.refresh_from_db()
    published.refresh_from_db()
    assert city.slug == "greater-irbid-municipality"
    assert published.slug == "bldia-alslt"  # a public address never changes
    # Once in English, a later edit of a draft keeps it.
    url = reverse("admin:cities_city_change", args=[city.pk])
    data = change_form_data(client.get(url))
    data["name_en"] = "Irbid"
    assert client.post(url, data).status_code == 302
    city.refresh_from_db()
    assert city.slug == "greater-irbid-municipality"
