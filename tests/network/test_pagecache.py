"""The anonymous page cache: served early, never stale, never personal; gzip and 304s."""

import gzip
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cities.models import City
from infra.pagecache import content_version
from network.models import ContentChange
from tests.factories import CityFactory, CouncilFactory, EventFactory, HubFactory
from tests.real_redis import cache_under_prefix

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def city():
    return CityFactory(slug="elbasan", name_en="Elbasan", name_ar="إلباسان")


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code in {200, 304}, response.status_code
    return response


def test_second_request_is_served_from_the_cache_with_one_query(client, city):
    first = get(client, "/en/cities/elbasan/")
    assert first["X-Page-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, "/en/cities/elbasan/")
    assert second["X-Page-Cache"] == "hit"
    # The content version, read from the database every process shares.
    assert len(queries) == 1
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "public" in second["Cache-Control"]
    assert not second.cookies


def test_languages_and_query_strings_are_separate_entries(client, city):
    english = get(client, "/en/cities/")
    arabic = get(client, "/ar/cities/")
    assert b"Elbasan" in english.content and "إلباسان".encode() in arabic.content
    assert get(client, "/en/cities/?q=zzz")["X-Page-Cache"] == "miss"
    assert get(client, "/en/cities/")["X-Page-Cache"] == "hit"


def test_an_edit_shows_on_the_next_request(client, city):
    get(client, "/en/cities/elbasan/")
    get(client, "/en/cities/")
    city.name_en = "Elbasan Municipality"
    city.save()
    assert b"Elbasan Municipality" in get(client, "/en/cities/elbasan/").content
    assert b"Elbasan Municipality" in get(client, "/en/cities/").content


def test_inline_m2m_delete_and_bulk_changes_show_on_the_next_request(client, city):
    event = EventFactory(hub=HubFactory(slug="balkans"))
    get(client, "/en/cities/elbasan/")
    council = CouncilFactory(city=city)  # an inline
    assert get(client, "/en/cities/elbasan/")["X-Page-Cache"] == "miss"
    version = content_version()
    event.participating_cities.add(city)  # m2m
    assert content_version() != version
    get(client, "/en/cities/elbasan/")
    council.delete()
    assert get(client, "/en/cities/elbasan/")["X-Page-Cache"] == "miss"
    City.objects.filter(pk=city.pk).update(name_en="Bulk Renamed")  # no signals: queryset hook
    assert b"Bulk Renamed" in get(client, "/en/cities/elbasan/").content


def test_unpublishing_removes_the_page_and_a_draft_never_enters_the_cache(client, city):
    get(client, "/en/cities/elbasan/")
    city.status = City.Status.DRAFT
    city.save()
    assert client.get("/en/cities/elbasan/").status_code == 404
    draft = CityFactory(slug="hidden", name_en="Hidden", status=City.Status.DRAFT)
    assert client.get("/en/cities/hidden/").status_code == 404
    assert b"Hidden" not in get(client, "/en/cities/").content
    assert draft.pk


def test_scheduled_publication_shows_when_it_comes_due(client, city):
    soon = CityFactory(slug="soon", name_en="Soon City", published_at=timezone.now())
    # An hour ahead: a busy machine must not reach the due time between the two requests.
    City.objects.filter(pk=soon.pk).update(published_at=timezone.now() + timedelta(hours=1))
    listing = get(client, "/en/cities/")
    assert b"Soon City" not in listing.content
    assert get(client, "/en/cities/")["X-Page-Cache"] == "hit"
    due = timezone.now() + timedelta(hours=2)
    # Move the clock past the due time instead of sleeping.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.utils.timezone.now", lambda: due)
        patch.setattr("infra.pagecache.timezone.now", lambda: due)
        page = get(client, "/en/cities/")
    assert page["X-Page-Cache"] == "miss"
    assert b"Soon City" in page.content


@pytest.mark.parametrize(
    "cookie",
    [settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME],
)
def test_requests_with_cookies_bypass_the_cache(client, city, cookie):
    get(client, "/en/cities/elbasan/")
    client.cookies[cookie] = "x"
    response = get(client, "/en/cities/elbasan/")
    assert "X-Page-Cache" not in response


def test_staff_preview_and_forms_are_never_cached(client, admin_user, city):
    CityFactory(slug="draft", name_en="Draft City", status=City.Status.DRAFT)
    client.force_login(admin_user)
    preview = client.get("/en/cities/draft/")
    assert preview.status_code == 200 and b"Draft City" in preview.content
    assert "X-Page-Cache" not in preview
    client.logout()
    client.cookies.clear()
    assert client.get("/en/cities/draft/").status_code == 404
    join = client.get("/en/join/")
    assert join.status_code == 200 and join.cookies  # the CSRF cookie
    assert "X-Page-Cache" not in join
    client.cookies.clear()
    assert "X-Page-Cache" not in client.get("/en/join/")
    assert "X-Page-Cache" not in client.get("/en/admin/login/")


def test_post_is_never_served_from_the_cache(client, city):
    get(client, "/en/cities/")
    assert "X-Page-Cache" not in client.post("/en/cities/")


def test_etag_and_304_both_cold_and_cached(client, city):
    first = get(client, "/en/cities/elbasan/")
    etag = first["ETag"]
    assert etag
    cached = client.get("/en/cities/elbasan/", HTTP_IF_NONE_MATCH=etag)
    assert cached.status_code == 304 and cached["X-Page-Cache"] == "hit"
    client.get("/en/cities/elbasan/")
    city.name_en = "Changed"
    city.save()
    changed = client.get("/en/cities/elbasan/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_gzip_clients_get_gzip_from_the_cache(client, city):
    plain = get(client, "/en/cities/")
    assert "Content-Encoding" not in plain
    bodies = []
    for label in ("miss", "hit"):
        packed = get(client, "/en/cities/", HTTP_ACCEPT_ENCODING="gzip, br")
        assert packed["X-Page-Cache"] == label
        assert packed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in packed["Vary"]
        bodies.append(gzip.decompress(packed.content))
        assert b"Elbasan" in bodies[-1]
        assert len(packed.content) < len(plain.content) / 2
    assert bodies[0] == bodies[1]
    assert get(client, "/en/cities/").content == plain.content  # identity entry untouched


@pytest.fixture
def shared_redis(settings):
    """This process and a second one sharing one Redis database, under a throwaway prefix."""
    yield from cache_under_prefix(settings, "django.core.cache.backends.redis.RedisCache")


def test_a_change_recorded_by_another_process_shows_at_once(client, city):
    """The content version lives in the database: another app process (another gunicorn
    worker, a command) needs no shared cache for this one to see its change."""
    get(client, "/en/cities/elbasan/")
    assert get(client, "/en/cities/elbasan/")["X-Page-Cache"] == "hit"
    # Another process edits (a row changed without this process hearing of it)…
    models.QuerySet.update(City.objects.filter(pk=city.pk), name_en="Edited Elsewhere")
    assert b"Edited Elsewhere" not in get(client, "/en/cities/elbasan/").content
    # … and records the change as its save signal does: this one renders afresh at once.
    assert_a_change_elsewhere_shows_at_once(client)


def assert_a_change_elsewhere_shows_at_once(client):
    ContentChange.objects.create()
    fresh = get(client, "/en/cities/elbasan/")
    assert fresh["X-Page-Cache"] == "miss"
    assert b"Edited Elsewhere" in fresh.content


def test_the_version_survives_a_cache_flush_and_changes_made_during_an_outage(client, city):
    from django.core.cache import cache

    get(client, "/en/cities/elbasan/")
    version = content_version()
    cache.clear()  # Redis restarted empty
    assert content_version() == version
    models.QuerySet.update(City.objects.filter(pk=city.pk), name_en="Edited Elsewhere")
    assert_a_change_elsewhere_shows_at_once(client)


def test_junk_parameters_share_the_pages_entry(client, city):
    from django.core.cache import cache

    get(client, "/en/cities/elbasan/")
    get(client, "/en/cities/")
    keys = set(cache._cache.keys())
    for number in range(20):
        for url in ("/en/cities/elbasan/", "/en/cities/"):
            response = get(client, f"{url}?utm_source=s{number}&fbclid={number}")
            assert response["X-Page-Cache"] == "hit"
            assert b"utm_source" not in response.content
    assert set(cache._cache.keys()) == keys
    # A parameter the list reads is still an entry of its own.
    assert get(client, "/en/cities/?q=zzz&utm_source=x")["X-Page-Cache"] == "miss"
    assert b"Elbasan" not in get(client, "/en/cities/?q=zzz&utm_source=y").content


def test_visitor_submissions_leave_the_cached_pages_alone(db):
    """A contact message or a reference number changes no page: the cache must survive them."""
    from cities.models.membership import ReferenceCounter
    from pages.models import ContactMessage

    before = content_version()
    ContactMessage.objects.create(
        name="Amina", email="amina@example.org", message="Hello", language="en"
    )
    ReferenceCounter.objects.create(year=2026, last=1)
    assert content_version() == before


def test_with_a_shared_cache_each_process_keeps_its_pages_and_still_sees_edits(
    client, city, shared_redis
):
    from django.core.cache import cache

    from infra import pagecache

    get(client, "/en/cities/elbasan/")
    # Only this process's copy is left: it still serves, with one read of the version.
    redis = cache._cache.get_client()
    for key in redis.scan_iter(f"{shared_redis}:*pagecache:page:*"):
        redis.delete(key)
    assert get(client, "/en/cities/elbasan/")["X-Page-Cache"] == "hit"
    models.QuerySet.update(City.objects.filter(pk=city.pk), name_en="Edited Elsewhere")
    assert_a_change_elsewhere_shows_at_once(client)
    assert pagecache._process_layer() is not None


def test_process_pages_drop_the_least_recently_used_beyond_their_size():
    from infra.pagecache import ProcessPages

    pages = ProcessPages(max_bytes=10)
    pages.set("a", (b"aaaa", []))
    pages.set("b", (b"bbbb", []))
    assert pages.get("a") == (b"aaaa", [])  # now the most recently used
    pages.set("c", (b"cccc", []))
    assert pages.get("b") is None
    assert pages.get("a") and pages.get("c")
    pages.set("huge", (b"x" * 11, []))  # larger than the whole store: not kept
    assert pages.get("huge") is None and pages.size == 8


def test_local_memory_cache_needs_no_process_copies():
    from infra import pagecache

    assert pagecache._process_layer() is None


def test_sitemaps_are_served_from_the_page_cache(client, city):
    for label in ("miss", "hit"):
        response = get(client, "/sitemap.xml")
        assert response["X-Page-Cache"] == label
    assert get(client, "/sitemap-cities.xml")["X-Page-Cache"] == "miss"
    assert b"/en/cities/elbasan/" in get(client, "/sitemap-cities.xml").content


def test_detail_pages_keep_their_data_for_readers_with_cookies_until_content_changes(client, city):
    """A visitor with a cookie bypasses the page cache; the page's data is kept all the same."""
    client.cookies["csrftoken"] = "x" * 32

    def read():
        with CaptureQueriesContext(connection) as queries:
            response = get(client, "/en/cities/elbasan/")
        assert "X-Page-Cache" not in response
        return response.content.decode(), len(queries)

    html, first = read()
    again, kept = read()
    assert first > 1 and kept == 1 and again == html  # 1: the content version
    CouncilFactory(city=city, name_en="Local Safety Council of Elbasan")
    html, _queries = read()
    assert "Local Safety Council of Elbasan" in html


def test_staff_previews_never_read_kept_page_data(admin_client, city):
    draft = CityFactory(slug="draft-town", name_en="Draft town", status="draft")
    assert get(admin_client, "/en/cities/draft-town/").status_code == 200
    draft.name_en = "Renamed draft"
    models.QuerySet.update(City.objects.filter(pk=draft.pk), name_en="Renamed draft")
    assert b"Renamed draft" in get(admin_client, "/en/cities/draft-town/").content
