"""The bilingual skeleton: language prefixes, direction, switcher, health, errors, headers."""

import re
from unittest import mock

import pytest
from django.db import DatabaseError
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("en-GB,en;q=0.9", "/en/"), ("ar,en;q=0.5", "/ar/"), ("fr", "/ar/"), ("", "/ar/")],
)
def test_root_redirects_to_preferred_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_home_has_language_and_direction(client, lang, direction):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}">' in response.content.decode()


def test_language_switcher_links_to_same_page_in_other_language(client):
    html = client.get("/ar/hubs/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/hubs/"' in switcher
    assert 'href="/ar/hubs/"' in switcher


def test_language_switcher_keeps_query_string(client):
    html = client.get("/en/cities/?page=1").content.decode()
    assert 'href="/ar/cities/?page=1"' in html


def test_base_layout_has_landmarks_and_skip_link(client):
    html = client.get("/en/").content.decode()
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    assert len(re.findall(r"<h1[\s>]", html)) == 1
    for name in ("hubs:list", "cities:list", "spotlights:list", "hubs:event_list", "cities:join"):
        with translation.override("en"):
            assert f'href="{reverse(name)}"' in html


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


def test_healthz_reports_database_failure(client):
    probe = mock.Mock(**{"cursor.side_effect": DatabaseError("down")})
    with mock.patch("network.views.connections.create_connection", return_value=probe):
        response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.parametrize(("lang", "text"), [("en", "Page not found"), ("ar", "الصفحة غير موجودة")])
def test_friendly_404_in_each_language(client, lang, text):
    response = client.get(f"/{lang}/no-such-page/")
    assert response.status_code == 404
    assert text in response.content.decode()


@pytest.mark.parametrize(("lang", "text"), [("en", "Something went wrong"), ("ar", "حدث خطأ")])
def test_friendly_500_in_each_language(rf, lang, text):
    from network.views import server_error

    with translation.override(lang):
        response = server_error(rf.get(f"/{lang}/"))
    assert response.status_code == 500
    assert text in response.content.decode()


def test_strict_content_security_policy_on_public_pages(client):
    policy = client.get("/en/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_anonymous_reader_gets_no_cookies(client):
    for url in ("/", "/ar/", "/en/", "/en/hubs/", "/ar/cities/"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert not response.cookies, f"{url} set {list(response.cookies)}"


def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap:" in response.content.decode()


def test_anonymous_reading_pages_are_publicly_cacheable(client):
    response = client.get("/en/")
    assert response["Cache-Control"] == "public, max-age=300"


def test_pages_for_signed_in_staff_are_not_publicly_cacheable(client, django_user_model):
    staff = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    response = client.get("/en/admin/")
    assert "public" not in response.get("Cache-Control", "")


def test_detail_pages_stay_publicly_cacheable_for_anonymous_readers(client):
    """Draft previews must not load the session (and add ``Vary: Cookie``) for readers."""
    from tests.factories import (
        CityFactory,
        EventFactory,
        HubFactory,
        SpotlightFactory,
    )

    for obj in (HubFactory(), CityFactory(), SpotlightFactory(), EventFactory()):
        response = client.get(obj.get_absolute_url())
        assert response.status_code == 200, obj
        assert response["Cache-Control"] == "public, max-age=300", obj
        assert "Cookie" not in response.get("Vary", ""), obj
