"""Edge hardening (issue 13): methods, headers, error pages, crafted requests."""

import re

import pytest
from django.test import Client, override_settings
from django.utils import translation

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/", "/healthz", "/robots.txt", "/en/events/calendar.ics", "/en/", "/ar/cities/"]
)
def test_head_is_allowed_wherever_get_is(client, url):
    get = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    head = client.head(url, HTTP_ACCEPT_LANGUAGE="en")
    assert get.status_code in {200, 302}
    assert head.status_code == get.status_code
    # A feed streams: its body is an iterator, empty for HEAD.
    assert (b"".join(head.streaming_content) if head.streaming else head.content) == b""


def test_hub_calendar_answers_head(client):
    hub = factories.HubFactory()
    assert client.head(f"/en/hubs/{hub.slug}/calendar.ics").status_code == 200


def test_other_methods_are_still_refused(client):
    assert client.post("/healthz").status_code == 405


def test_permissions_policy_header_on_every_response(client):
    for url in ("/en/", "/healthz", "/en/no-such-page/", "/admin/login/"):
        policy = client.get(url)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy


@pytest.mark.parametrize(("lang", "text"), [("en", "Bad request"), ("ar", "طلب غير صالح")])
def test_styled_400_page_in_each_language(client, lang, text):
    # A report link without a page is one 400 a visitor can meet; a disallowed Host another.
    response = Client(HTTP_HOST="evil.example").get(f"/{lang}/")
    assert response.status_code == 400
    html = response.content.decode()
    assert text in html
    assert f'lang="{lang}"' in html
    assert 'rel="stylesheet"' in html


@pytest.mark.parametrize(("lang", "text"), [("en", "Access denied"), ("ar", "تم رفض الوصول")])
def test_styled_403_page(rf, lang, text):
    from network.views import permission_denied

    request = rf.get(f"/{lang}/")
    with translation.override(lang):
        response = permission_denied(request)
    assert response.status_code == 403
    assert text in response.content.decode()


def _switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return re.findall(r'href="([^"]+)"', nav)


@pytest.mark.parametrize("path", ["//evil.example/en/", "//evil.example/en/cities/", "/\\evil/en/"])
def test_language_switcher_never_links_off_site(client, path):
    response = client.get(path)
    links = _switcher_links(response.content.decode())
    assert links
    for link in links:
        assert link.startswith("/") and not link.startswith(("//", "/\\")), link


def test_unknown_language_404_links_to_real_pages(client):
    response = client.get("/fr/cities/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 404
    assert sorted(_switcher_links(response.content.decode())) == ["/ar/", "/en/"]


def test_known_language_switcher_still_keeps_the_page(client):
    links = _switcher_links(client.get("/en/cities/").content.decode())
    assert sorted(links) == ["/ar/cities/", "/en/cities/"]


def test_500_page_claims_a_report_only_when_errors_are_reported(rf, settings):
    from network.views import server_error

    settings.ERRORS_REPORTED = False
    with translation.override("en"):
        html = server_error(rf.get("/en/")).content.decode()
    assert "Something went wrong" in html and "has been told" not in html
    settings.ERRORS_REPORTED = True
    with translation.override("en"):
        html = server_error(rf.get("/en/")).content.decode()
    assert "Our team has been told" in html


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "cp037", "utf-7", "no-such-charset"])
def test_form_post_with_a_non_utf8_charset_is_not_a_500(client, charset):
    body = "description=caf%E9&page=%2Fen%2F&email=%FF%FE".encode("latin-1")
    for url in ("/en/report-translation/", "/en/join/"):
        response = client.generic(
            "POST",
            url,
            body,
            content_type=f"application/x-www-form-urlencoded; charset={charset}",
        )
        assert response.status_code < 500, (url, charset)


@pytest.mark.parametrize("path", ["/en/join/thanks/x%00y/", "/en/join/thanks/%00/"])
def test_nul_in_a_url_parameter_is_a_404(client, path):
    assert client.get(path).status_code == 404


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
def test_nul_in_a_query_string_is_not_a_500(client):
    for url in ("/en/cities/?q=a%00b", "/en/search/?q=a%00b", "/en/events/?hub=%00"):
        assert client.get(url).status_code < 500, url
