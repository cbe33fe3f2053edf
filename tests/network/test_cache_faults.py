"""Redis down or hostile headers: the forms, the rate limiter and the page cache fail open, and
the rate limit counts per real client, atomically, across workers."""

import logging
import os
import socket
import threading

import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.test import RequestFactory

from cities.models import MembershipApplication
from infra import ratelimit
from infra.cache import FailOpenRedisCache
from reports.models import TranslationReport
from tests import factories
from tests.cities.membership_helpers import valid_data
from tests.factories import CityFactory
from tests.real_redis import cache_under_prefix

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]


@pytest.fixture
def redis_down(settings):
    """The shared cache points at a port where nothing listens (Redis stopped or unreachable)."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    settings.CACHES = {
        "default": {
            "BACKEND": "infra.cache.FailOpenRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    return port


@pytest.fixture
def real_redis(settings):
    yield from cache_under_prefix(settings, "infra.cache.FailOpenRedisCache")


# Redis down ---------------------------------------------------------------------------------


def test_forms_work_and_a_warning_is_logged_when_redis_is_down(client, redis_down, caplog):
    caplog.set_level(logging.WARNING, logger="infra.cache")
    response = client.post("/en/join/", valid_data())
    assert response.status_code == 303
    assert MembershipApplication.objects.count() == 1
    response = client.post(
        "/ar/report-translation/",
        {"page": "/ar/hubs/", "description": "Wrong word.", "nickname": ""},
    )
    assert response.status_code == 303
    assert TranslationReport.objects.count() == 1
    assert "Cache unreachable" in caplog.text


def test_public_pages_serve_uncached_when_redis_is_down(client, redis_down):
    hub = factories.HubFactory()
    for path in ("/ar/", "/en/", f"/en/hubs/{hub.slug}/", "/en/search/?q=elbasan"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "miss"


def test_admin_saves_work_when_redis_is_down(client, redis_down):
    # Every content save replaces the page cache's content version, which lives in Redis.
    hub = factories.HubFactory()
    hub.name_en = "Renamed"
    hub.save()
    client.force_login(User.objects.create_superuser("admin", "a@example.org", "x"))
    assert client.get("/en/admin/hubs/hub/").status_code == 200


def test_after_a_failure_redis_is_left_alone_for_a_while(redis_down, caplog):
    caplog.set_level(logging.WARNING, logger="infra.cache")
    cache = caches["default"]
    assert isinstance(cache, FailOpenRedisCache)
    assert cache.get("x", "fallback") == "fallback"
    assert cache.is_down
    for _ in range(50):
        assert cache.get("x") is None and cache.add("x", 1) is False
    # One warning for the outage, not one per call.
    assert caplog.text.count("Cache unreachable") == 1
    with pytest.raises(ValueError):
        cache.incr("x")


# Counting across workers ---------------------------------------------------------------------


def test_simultaneous_submissions_are_counted_atomically_in_redis(real_redis, settings):
    """Sixteen threads, each with its own cache connection (as separate workers would have)."""
    settings.FORM_RATE_LIMIT = 5
    request = RequestFactory().post("/en/join/", REMOTE_ADDR="198.51.100.7")
    results = []
    barrier = threading.Barrier(16)

    def submit():
        barrier.wait()
        results.append(ratelimit.count_submission("join", request))

    threads = [threading.Thread(target=submit) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(True) == 5
    assert ratelimit.is_limited("join", request)
    # Another address has its own count.
    other = RequestFactory().post("/en/join/", REMOTE_ADDR="198.51.100.8")
    assert not ratelimit.is_limited("join", other)


def test_the_limit_holds_for_concurrent_valid_submissions(client, settings):
    """Counted before saving: a burst cannot store more than the limit."""
    settings.FORM_RATE_LIMIT = 2
    codes = [
        client.post("/en/join/", valid_data(email=f"a{n}@example.org")).status_code
        for n in range(4)
    ]
    assert codes == [303, 303, 429, 429]
    assert MembershipApplication.objects.count() == 2


# Whose address counts -----------------------------------------------------------------------


def address(remote, forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return ratelimit.client_address(RequestFactory().get("/", **meta))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.RATE_LIMIT_TRUSTED_PROXIES = []
    assert address("203.0.113.1", "198.51.100.1") == "203.0.113.1"


def test_a_forged_header_does_not_help_behind_a_trusted_proxy(settings):
    settings.RATE_LIMIT_TRUSTED_PROXIES = ["10.0.0.0/8"]
    # The proxy appends the real peer; whatever the visitor wrote stays to its left.
    assert address("10.0.0.5", "1.2.3.4, 203.0.113.9") == "203.0.113.9"
    assert address("10.0.0.5", "garbage, 203.0.113.9") == "203.0.113.9"
    # Two trusted hops (CDN then load balancer) are both skipped.
    assert address("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.2.0.1") == "203.0.113.9"
    # A connection from outside the trusted proxies cannot speak for anyone else.
    assert address("203.0.113.50", "198.51.100.1") == "203.0.113.50"
    # A proxy that sent no header: the proxy itself is the client.
    assert address("10.0.0.5") == "10.0.0.5"
    assert address("10.0.0.5", "not-an-address") == "10.0.0.5"


def test_a_count_of_proxies_is_refused_at_start_up():
    import subprocess
    import sys

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "network.settings.test",
        "RATE_LIMIT_TRUSTED_PROXIES": "1",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup()"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "not an address or network" in result.stderr


def test_pages_cached_before_an_outage_are_not_served_after_it(client, real_redis):
    """Edits during the outage could not replace the content version: recovery does."""
    hub = factories.HubFactory(name_en="Before")
    url = f"/en/hubs/{hub.slug}/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    cache = caches["default"]
    # Redis becomes unreachable for this process while an editor saves…
    cache._failed("set", "simulated outage")
    hub.name_en = "After"
    hub.save()
    # … and answers again, with the pages and the old content version still in it.
    cache._down_until = 0
    response = client.get(url)
    assert b"After" in response.content
    assert response["X-Page-Cache"] == "miss"


def test_one_redis_client_serves_every_operation(real_redis):
    """Django builds a client per operation; building one cost half of a page cache hit."""
    from django.core.cache import cache

    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    cache.set("reused", 1)
    assert cache.get("reused") == 1
    assert cache._cache.get_client() is client


def test_pages_are_not_kept_in_process_while_redis_is_down(client, redis_down):
    from infra import pagecache

    CityFactory(slug="elbasan")
    assert client.get("/en/cities/elbasan/").status_code == 200
    assert pagecache._process_layer() is None
