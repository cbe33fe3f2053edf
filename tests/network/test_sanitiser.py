"""Rich text never keeps scripts, event handlers, styles or javascript: links, in either
language, whether saved in code or through the admin; plain formatting stays."""

import pytest
from django.urls import reverse
from django.utils import translation

from hubs.models import Hub
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

DIRTY = (
    "<h2>Heading</h2>"
    '<p onclick="steal()" style="color:red">Some <strong>bold</strong> text '
    '<a href="javascript:alert(1)">bad link</a> '
    '<a href="https://example.org/" onmouseover="x()">good link</a></p>'
    "<script>alert('x')</script>"
    "<ul><li>one</li><li>two</li></ul>"
    '<img src="x" onerror="alert(1)">'
    '<iframe src="https://evil.example/"></iframe>'
)


def assert_clean(html):
    lowered = html.lower()
    for forbidden in ("<script", "onclick", "onmouseover", "onerror", "style=", "javascript:"):
        assert forbidden not in lowered, forbidden
    assert "<iframe" not in lowered
    assert "<img" not in lowered
    # Structure survives.
    assert "<h2>Heading</h2>" in html
    assert "<strong>bold</strong>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html
    assert 'href="https://example.org/"' in html
    assert "good link</a>" in html


@pytest.mark.parametrize("language", ["ar", "en"])
def test_saving_a_model_sanitises_each_language_column(language):
    hub = factories.HubFactory(**{f"introduction_{language}": DIRTY})
    hub.refresh_from_db()
    assert_clean(getattr(hub, f"introduction_{language}"))


def test_both_columns_are_sanitised_on_update():
    city = factories.CityFactory()
    city.profile_ar = DIRTY.replace("Heading", "Heading")
    city.profile_en = DIRTY
    city.save()
    city.refresh_from_db()
    assert_clean(city.profile_ar)
    assert_clean(city.profile_en)


def test_inline_rich_text_is_sanitised():
    section = factories.SpotlightSectionFactory(body_ar=DIRTY, body_en=DIRTY)
    section.refresh_from_db()
    assert_clean(section.body_ar)
    assert_clean(section.body_en)


def test_admin_form_submission_is_sanitised(client):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    hub = factories.HubFactory()
    with translation.override("en"):
        url = reverse("admin:hubs_hub_change", args=[hub.pk])
    data = change_form_data(client.get(url))
    data.update(introduction_ar=DIRTY, introduction_en=DIRTY, about_ar=DIRTY, about_en=DIRTY)
    response = client.post(url, data)
    assert response.status_code == 302
    hub = Hub.objects.get(pk=hub.pk)
    for field in ("introduction_ar", "introduction_en", "about_ar", "about_en"):
        assert_clean(getattr(hub, field))


def test_saving_does_not_copy_the_fallback_language_into_an_empty_column():
    # The untranslated "profile" field reads through the fallback (English) and must not
    # write that back into the empty Arabic column.
    city = factories.CityFactory(profile_ar="", profile_en="<p>Profile.</p>")
    city.refresh_from_db()
    assert city.profile_ar == ""
    assert city.profile_en == "<p>Profile.</p>"
    with translation.override("en"):
        city = factories.CityFactory(profile_ar="<p>ملف.</p>", profile_en="")
        city.refresh_from_db()
    assert city.profile_en == ""
    assert city.profile_ar == "<p>ملف.</p>"
