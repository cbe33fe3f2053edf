"""Translation guardrails (issue 12): a save with one language empty says which fields, and
public pages mark text shown in the other language."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db


def admin_url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"admin:{name}", args=args)


@pytest.fixture
def editor(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    return client


def save(client, url, **changes):
    data = change_form_data(client.get(url))
    data.update(changes)
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_saving_with_one_language_empty_lists_the_fields(editor):
    section = factories.SpotlightSectionFactory()
    spotlight = section.spotlight
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    messages = save(editor, url, summary_en="", **{"sections-0-heading_ar": ""})
    warning = next(m for m in messages if "one language only" in m)
    assert "English is missing for: summary." in warning
    assert "Arabic is missing for: section" in warning and "heading" in warning


def test_a_complete_save_has_no_warning(editor):
    spotlight = factories.SpotlightFactory()
    url = admin_url("spotlights_spotlight_change", spotlight.pk)
    messages = save(editor, url)
    assert not any("one language only" in m for m in messages)


def test_the_warning_is_in_the_editors_language(editor):
    city = factories.CityFactory(mayor_en="Gledian Llatja", mayor_ar="")
    url = admin_url("cities_city_change", city.pk, language="ar")
    messages = save(editor, url)
    assert any("بلغة واحدة فقط" in m for m in messages)


def test_english_page_marks_arabic_fallback_text(client):
    spotlight = factories.SpotlightFactory(title_en="", title_ar="أضواء على إلباسان")
    factories.SpotlightSectionFactory(spotlight=spotlight, body_en="", body_ar="<p>نص عربي.</p>")
    with translation.override("en"):
        html = client.get(spotlight.get_absolute_url()).content.decode()
    assert '<span lang="ar" dir="rtl" class="fallback">أضواء على إلباسان</span>' in html
    assert '<div lang="ar" dir="rtl" class="fallback"><p>نص عربي.</p></div>' in html
    assert html.count("(not yet translated)") == 2
    assert 'class="fallback__note"' in html


def test_arabic_page_marks_english_fallback_text(client):
    event = factories.EventFactory(summary_en="A regional workshop.", summary_ar="")
    with translation.override("ar"):
        html = client.get(event.get_absolute_url()).content.decode()
    assert '<span lang="en" dir="ltr" class="fallback">A regional workshop.</span>' in html
    assert "(لم تُترجم بعد)" in html


@pytest.mark.parametrize(
    ("make", "path"),
    [
        (lambda: factories.CityFactory(name_en="", name_ar="دانيلوفغراد"), "/en/cities/"),
        (
            lambda: factories.SpotlightFactory(title_en="", title_ar="دانيلوفغراد"),
            "/en/spotlights/",
        ),
        (lambda: factories.HubFactory(name_en="", name_ar="دانيلوفغراد"), "/en/hubs/"),
        (lambda: factories.EventFactory(title_en="", title_ar="دانيلوفغراد"), "/en/events/"),
        (
            lambda: factories.TestimonialFactory(quote_en="", quote_ar="دانيلوفغراد"),
            "/en/testimonials/",
        ),
    ],
    ids=["city card", "spotlight card", "hub card", "event item", "testimonial"],
)
def test_cards_in_lists_mark_fallback_text_too(client, make, path):
    make()
    html = client.get(path).content.decode()
    assert '<span lang="ar" dir="rtl" class="fallback">دانيلوفغراد</span>' in html
    assert "(not yet translated)" in html


def test_translated_text_is_not_marked(client):
    spotlight = factories.SpotlightFactory()
    with translation.override("en"):
        html = client.get(spotlight.get_absolute_url()).content.decode()
    assert "fallback" not in html


def test_admin_javascript_catalogue_translates_the_rich_text_editor(editor):
    with translation.override("ar"):
        url = reverse("admin:jsi18n")
    script = editor.get(url).content.decode("unicode_escape")
    assert '"bold": "غامق"' in script  # the editor's toolbar title
    assert '"Edit Link": "تحرير الرابط"' in script  # one of the editor's dialogs
    assert '"Today": "اليوم"' in script  # and still the admin's own strings


def test_change_forms_load_the_toolbar_translation(editor):
    spotlight = factories.SpotlightFactory()
    url = admin_url("spotlights_spotlight_change", spotlight.pk, language="ar")
    assert "network/js/admin-editor-i18n.js" in editor.get(url).content.decode()
