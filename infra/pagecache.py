"""The anonymous page cache: whole public pages, never stale.

Every cached page is stored under the current *content version*, a token kept in the shared
cache (Redis in production, so every app server agrees). Any change to content replaces the
token, so the next request on any server misses and renders afresh: there is no purge list to
keep right. The token also expires by itself when the next scheduled publication comes due,
and at midnight, when upcoming events may have become past ones.

Only requests that carry no cookie at all are served from or stored in the cache: staff,
previews, and forms (the CSRF cookie) always reach the views. Responses that set a cookie,
vary on it, or ask not to be stored are never kept.

With a shared cache (Redis), each app process also keeps the pages it served lately in its
own memory, under the same versioned keys: a hit then costs one small read of the version
from Redis instead of two reads and the page's bytes.
"""

import datetime
import hashlib
import threading
import uuid
from collections import OrderedDict
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language

from infra.cache import on_recovery

VERSION_KEY = "pagecache:version"
CHANGED_KEY = "pagecache:changed-at"
# Saving these changes nothing a visitor reads (submissions, logins, history, sessions).
IGNORED_APPS = {
    "admin",
    "auth",
    "contenttypes",
    "sessions",
    "reversion",
    "axes",
    "django_q",
    "follow",
}
IGNORED_MODELS = {
    "cities.membershipapplication",
    "cities.applicationevent",
    "cities.referencecounter",
    "cities.peerlist",  # derived from content, written when a page first needs it
    "cities.peerlink",
    "pages.contactmessage",
    "reports.translationreport",
}


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def next_scheduled_publication():
    """The earliest publication date still in the future over every publishable model (1 query)."""
    from kernel.models import Publishable

    now = timezone.now()
    upcoming = [
        model._base_manager.filter(status=Publishable.Status.PUBLISHED, published_at__gt=now)
        .order_by()
        .values("published_at")
        for model in apps.get_models()
        if issubclass(model, Publishable)
    ]
    first = upcoming[0].union(*upcoming[1:]).order_by("published_at")[:1]
    return next((row["published_at"] for row in first), None)


def next_midnight():
    """The start of tomorrow, local time: when "upcoming" events may become past ones."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def _new_version():
    # Pages that split events into upcoming and past change at midnight without any write.
    due = [moment for moment in (next_scheduled_publication(), next_midnight()) if moment]
    record = (uuid.uuid4().hex, min(due))
    _cache().set(VERSION_KEY, record, None)
    _cache().set(CHANGED_KEY, timezone.now(), None)
    return record


def content_version():
    """The current token; a new one once the next scheduled publication has come due."""
    record = _cache().get(VERSION_KEY)
    if record is None or (record[1] is not None and record[1] <= timezone.now()):
        record = _new_version()
    return record[0]


def content_changed_at():
    """When visible content last changed (for ``Last-Modified``); now when not known.

    Set with every new content version, so it is never earlier than the last change: a
    cache that lost it answers "now", which only costs a client a full response.
    """
    content_version()  # a scheduled publication that came due is a change too
    return _cache().get(CHANGED_KEY) or timezone.now()


def bump_content_version():
    """A new token now (the writer pays for it, not the next reader), and again on commit.

    The second one closes the window in which another server could render the old rows
    under the first new token before this transaction's changes become visible.
    """
    _new_version()
    transaction.on_commit(_new_version)


def _content_changed(sender, **kwargs):
    meta = sender._meta
    try:
        registered = apps.get_model(meta.label)
    except LookupError:
        return  # Django's own migration records
    if registered is not sender:
        return  # a migration's historical model: the tables may not be there yet
    if meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return
    if kwargs.get("action", "post_").startswith("pre_"):
        return  # m2m_changed fires before and after; the "post_" half is enough.
    bump_content_version()


def connect_signals():
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"pagecache-{signal!r}")
    # Content saved while Redis was unreachable could not replace the version: do it now.
    on_recovery(_new_version)


def _cacheable_request(request):
    if request.method not in {"GET", "HEAD"} or request.COOKIES:
        return False
    if not settings.PAGE_CACHE_SECONDS:
        return False
    # Public pages live under a language prefix, the open-data API under /api/ and the
    # sitemaps at the root (their answers depend on the URL only); the admin never goes
    # through the cache.
    parts = request.path.split("/", 3)
    if len(parts) == 2:
        return parts[1].startswith("sitemap") and parts[1].endswith(".xml")
    codes = {code for code, _name in settings.LANGUAGES}
    return len(parts) > 2 and (parts[1] in codes or parts[1] == "api") and parts[2] != "admin"


def _cacheable_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "Cookie" not in response.get("Vary", "")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def _key(request, version):
    accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    return f"pagecache:page:{version}:{'gzip' if accepts_gzip else 'identity'}:{digest}"


class ProcessPages:
    """The pages this process served lately, least recently used out first, up to
    ``max_bytes`` of content. Keys carry the content version, so an entry is never stale:
    after a change nobody asks for it again and it ages out."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.size = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # gthread workers share a process

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        size = len(entry[0])
        if size > self.max_bytes:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = entry
            self.size += size
            while self.size > self.max_bytes:
                _key, (content, _headers) = self.entries.popitem(last=False)
                self.size -= len(content)


_process_pages = ProcessPages(settings.PAGE_CACHE_PROCESS_BYTES)


def _process_layer():
    """This process's copies, when the page cache is shared (local memory needs none) and
    reachable (without it every request gets a version of its own: nothing would be reused)."""
    cache = _cache()
    if isinstance(cache, LocMemCache) or getattr(cache, "is_down", False):
        return None
    return _process_pages


def _read(key):
    """A stored response: this process's copy, else the shared cache's (then kept here too)."""
    local = _process_layer()
    entry = local.get(key) if local else None
    if entry is None:
        entry = _cache().get(key)
        if entry is not None and local:
            local.set(key, entry)
    return entry


def _store(key, response, timeout):
    _store_entry(key, (response.content, list(response.items())), timeout)


def _store_entry(key, entry, timeout):
    _cache().set(key, entry, timeout)
    local = _process_layer()
    if local:
        local.set(key, entry)


def _stored_response(entry):
    content, headers = entry
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serve anonymous readers whole pages from the cache, before sessions, CSRF and locale.

    Sits right after Security/WhiteNoise and above GZip, so a stored entry is exactly what the
    client would have been sent (compressed or not, per its Accept-Encoding).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        try:
            key = _key(request, content_version())
        except DisallowedHost:
            return self.get_response(request)  # let the usual styled 400 page answer
        cached = _read(key)
        if cached is not None:
            response = _stored_response(cached)
            last_modified = response.get("Last-Modified")
            response = get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=parse_http_date_safe(last_modified) if last_modified else None,
                response=response,
            )
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _cacheable_response(response):
            _store(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


# Fragments: values that depend only on content (key figures, charts, maps, filter choices,
# sitemaps, feeds), kept under the same content version so that they are never stale either.
# They serve cold renders too: the page cache skips visitors with cookies, fragments do not.
FRAGMENT_SECONDS = 86400


def fragment_key(name, *parts):
    """A cache key for ``name`` under the current content version, varying on ``parts``."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"pagecache:fragment:{content_version()}:{name}:{digest}"


def cached_fragment(name, compute, *parts):
    """``compute()``, computed once per content version and ``parts`` (include the language
    when the value contains translated text)."""
    key = fragment_key(name, *parts)
    value = _cache().get(key)
    if value is None:
        value = compute()
        _cache().set(key, value, FRAGMENT_SECONDS)
    return value


def cache_response(view):
    """Keep a read-only view's whole response under the content version, per full URL.

    For responses that depend on content and on the URL only (sitemaps, calendar feeds),
    whoever asks: the page cache covers only anonymous readers of language-prefixed pages.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in {"GET", "HEAD"}:
            return view(request, *args, **kwargs)
        # The date too: what a feed counts as upcoming or recent moves with the days.
        key = fragment_key(
            "response", request.get_full_path(), get_language(), timezone.localdate()
        )
        cached = _read(key)
        if cached is not None:
            return _stored_response(cached)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        if response.status_code == 200 and not response.cookies:
            if response.streaming:
                response.streaming_content = _kept_once_sent(
                    key, response.streaming_content, list(response.items())
                )
            else:
                _store(key, response, FRAGMENT_SECONDS)
        return response

    return wrapped


def _kept_once_sent(key, content, headers):
    """A streamed response's chunks, passed on as they come and kept whole after the last
    (a download cut short keeps nothing)."""
    chunks = []
    for chunk in content:
        chunks.append(chunk)
        yield chunk
    _store_entry(key, (b"".join(chunks), headers), FRAGMENT_SECONDS)


class KeptPageMixin:
    """For a DetailView: the object and its page's data are kept under the content version,
    per URL arguments and language, for every reader who cannot preview drafts.

    Reading a detail page's object with everything it shows is most of its render (a dozen
    queries, compiled and turned into objects each time). Staff with a session may preview
    drafts and always read afresh. ``fresh_context()`` adds what must not be kept: querysets
    read only when a drawing they feed is not kept itself.
    """

    def get(self, request, *args, **kwargs):
        from kernel.preview import previewer

        if previewer(request).is_authenticated:
            context = self.kept_context()
        else:
            context = cached_fragment(
                f"page-data-{type(self).__name__}",
                self.kept_context,
                sorted(kwargs.items()),
                get_language(),
            )
        self.object = context["object"]
        context.update(self.fresh_context(), view=self)
        return self.render_to_response(context)

    def kept_context(self):
        self.object = self.get_object()
        context = self.get_context_data(object=self.object)
        context.pop("view", None)
        return context

    def fresh_context(self):
        return {}
