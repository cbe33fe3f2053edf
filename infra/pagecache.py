"""The anonymous page cache: whole public pages, never stale.

Every cached page is stored under the current *content version*, read from the record of
changes in the database (``ContentChange``), which every app process shares with or without
Redis and which no cache outage can lose. Any change to content records a row in the same
transaction, so the next request in any process misses and renders afresh: there is no purge
list to keep right. The version also moves by itself when the next scheduled publication
comes due, and at midnight, when upcoming events may have become past ones.

A page is kept per address and per value of the query parameters its view actually reads
(``RecordedQuery``): ``?utm_source=…`` and other parameters no view reads share one entry.

Only requests that carry no cookie at all are served from or stored in the cache: staff,
previews, and forms (the CSRF cookie) always reach the views. Responses that set a cookie,
vary on it, or ask not to be stored are never kept.

With a shared cache (Redis), each app process also keeps the pages it served lately in its
own memory, under the same versioned keys: a hit then costs one small query for the version
and one read from Redis, without the page's bytes.
"""

import contextvars
import datetime
import hashlib
import threading
from collections import OrderedDict
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models import Count, F, Max, Min, Q, Subquery, Sum
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe, urlencode
from django.utils.translation import get_language

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
    "network.contentchange",  # the record of changes itself
}
# Changes older than this are pruned from the record (a transaction never lasts that long).
CHANGES_KEPT = datetime.timedelta(days=1)

# Inside a request (the middleware says so) the content version is read once, not once per
# fragment; a change made by the request itself forgets it.
_in_request = contextvars.ContextVar("pagecache_in_request", default=False)
_request_version = contextvars.ContextVar("pagecache_request_version", default=None)


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


def _stale_at():
    # Pages that split events into upcoming and past change at midnight without any write.
    return min(moment for moment in (next_scheduled_publication(), next_midnight()) if moment)


class _PendingChange:
    """Marks, among the transaction's on-commit callbacks, the change it has recorded
    already: a transaction that saves a thousand rows adds one row, not a thousand (and a
    rolled-back savepoint drops the mark together with its row)."""

    def __init__(self, pk):
        self.pk = pk

    def __call__(self):
        pass


def _record_change():
    from network.models import ContentChange

    _request_version.set(None)
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        for _savepoints, callback, _robust in connection.run_on_commit:
            if isinstance(callback, _PendingChange):
                # Its own row counts one more change (seen at once by its own connection);
                # a publication scheduled by this change may move the date.
                ContentChange.objects.filter(pk=callback.pk).update(
                    revisions=F("revisions") + 1, stale_at=_stale_at(), changed_at=timezone.now()
                )
                return
    change = ContentChange.objects.create(stale_at=_stale_at())
    if connection.in_atomic_block:
        transaction.on_commit(_PendingChange(change.pk))
    if change.pk % 100 == 0:
        ContentChange.objects.filter(changed_at__lt=timezone.now() - CHANGES_KEPT).delete()


def _read_version():
    """(token, changed at) from the record of changes, in the database every process shares.

    The token sums up which changes are committed: the newest row, how many rows and
    revisions, the oldest row kept. A change committed late (an older id) still adds to the
    counts, and pruning only ever raises the oldest id, so a token never comes back. When
    the pages of the newest change have gone stale by the clock (a scheduled publication,
    midnight), a change is recorded.
    """
    from network.models import ContentChange

    for _attempt in range(2):
        latest = ContentChange.objects.order_by("-changed_at").values("changed_at")[:1]
        record = ContentChange.objects.aggregate(
            last=Max("pk"),
            count=Count("pk"),
            first=Min("pk"),
            revisions=Sum("revisions"),
            changed_at=Max("changed_at"),
            stale_at=Min("stale_at", filter=Q(stale_at__gt=Subquery(latest))),
        )
        stale_at = record["stale_at"]
        if record["last"] is not None and (stale_at is None or stale_at > timezone.now()):
            break
        _record_change()
    # The time of the last change too: rows rolled back (a test's) may lend their ids again.
    changed = record["changed_at"].timestamp()
    token = f"{record['last']}.{record['count']}.{record['first']}.{record['revisions']}.{changed}"
    return token, record["changed_at"]


def _version_record():
    if not _in_request.get():
        return _read_version()
    record = _request_version.get()
    if record is None:
        record = _read_version()
        _request_version.set(record)
    return record


def content_version():
    """The current token; a new one once a change is committed by any process, or once a
    scheduled publication has come due."""
    return _version_record()[0]


def content_changed_at():
    """When visible content last changed (for ``Last-Modified``)."""
    return _version_record()[1] or timezone.now()


def bump_content_version():
    """Record a change: in the writer's own transaction, so that the new version becomes
    visible to other processes exactly when the new content does."""
    _record_change()


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


class RecordedQuery(QueryDict):
    """``request.GET`` noting which parameters the view reads, so that a page is kept under
    those alone: ``?utm_source=…`` and other parameters no view reads share one entry.

    Reading the query as a whole (copying, listing, encoding it) counts as reading every
    parameter; views that keep filters in their links copy only the ones they know
    (``only_parameters``).
    """

    read = frozenset()
    read_all = False

    @classmethod
    def wrap(cls, query):
        if isinstance(query, cls):
            return query  # already noting (the page cache around a kept view)
        query.__class__ = cls
        query.read = set()
        return query

    def _note(self, key):
        if isinstance(key, str):  # DRF asks for its format override even when it has none
            self.read.add(key)

    def _note_all(self):
        self.read_all = True

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def __iter__(self):
        self._note_all()
        return super().__iter__()

    def __len__(self):
        self._note_all()
        return super().__len__()

    def copy(self):
        self._note_all()
        return QueryDict(self.urlencode(), mutable=True, encoding=self.encoding)

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def keys(self):
        self._note_all()
        return super().keys()

    def items(self):
        self._note_all()
        return super().items()

    def lists(self):
        self._note_all()
        return super().lists()

    def values(self):
        self._note_all()
        return super().values()

    def dict(self):
        self._note_all()
        return super().dict()

    def urlencode(self, safe=None):
        self._note_all()
        return super().urlencode(safe)

    @property
    def names(self):
        """What the view read: parameter names, or ``ALL_PARAMETERS``."""
        return ALL_PARAMETERS if self.read_all else frozenset(self.read)


ALL_PARAMETERS = "*"


def only_parameters(query, names):
    """A copy of ``query`` holding only ``names`` (a view's own parameters)."""
    kept = QueryDict(mutable=True, encoding=query.encoding)
    for name in sorted(names):
        values = query.getlist(name)
        if values:
            kept.setlist(name, values)
    kept._mutable = False
    return kept


def read_query(request):
    """The query string as far as the view has read it: links to this page in another
    language keep the parameters that matter, never another visitor's junk."""
    query = request.GET
    if isinstance(query, RecordedQuery):
        query = only_parameters(query, query.read)
    return query.urlencode()


def _query_key(request, names):
    """The part of the query string a page depends on: the parameters its view reads."""
    if names == ALL_PARAMETERS:
        return request.META.get("QUERY_STRING", "")
    query = QueryDict(request.META.get("QUERY_STRING", ""))
    pairs = [(name, value) for name in sorted(names) for value in query.getlist(name)]
    return f"{sorted(names)!r}?{urlencode(pairs)}"


def _address(request):
    return f"{request.scheme}://{request.get_host()}{request.path}"


def _key(kind, version, base, request, names):
    digest = hashlib.sha256(f"{base}|{_query_key(request, names)}".encode()).hexdigest()
    return f"pagecache:{kind}:{version}:{digest}"


def _reads_key(version, base):
    """Where the names of the parameters read by the view behind ``base`` are kept."""
    return f"pagecache:reads:{version}:{hashlib.sha256(base.encode()).hexdigest()}"


def _merged(known, read):
    if known is None:
        return read
    if ALL_PARAMETERS in (known, read):
        return ALL_PARAMETERS
    return known | read


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
        in_request = _in_request.set(True)
        request_version = _request_version.set(None)
        try:
            if not _cacheable_request(request):
                return self.get_response(request)
            return self.cached_or_rendered(request)
        finally:
            _request_version.reset(request_version)
            _in_request.reset(in_request)

    def cached_or_rendered(self, request):
        try:
            address = _address(request)
        except DisallowedHost:
            return self.get_response(request)  # let the usual styled 400 page answer
        accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
        base = f"{address}|{'gzip' if accepts_gzip else 'identity'}"
        response, hit = _kept_or_rendered(
            request,
            "page",
            base,
            lambda: self.get_response(request),
            _cacheable_response,
            settings.PAGE_CACHE_SECONDS,
        )
        if hit:
            last_modified = response.get("Last-Modified")
            response = get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=parse_http_date_safe(last_modified) if last_modified else None,
                response=response,
            )
            response["X-Page-Cache"] = "hit"
        elif hit is False:
            response["X-Page-Cache"] = "miss"
        return response


def _kept_or_rendered(request, kind, base, render, keep, timeout):
    """``(response, hit)``: the kept response for this request, else ``render()``'s (kept
    when ``keep(response)``; ``hit`` is then False, and None when it is not kept).

    A response is kept under the content version, ``base`` and the values of the query
    parameters its view read; the names of those are kept per ``base`` beside it.
    """
    version = content_version()
    reads_key = _reads_key(version, base)
    known = _cache().get(reads_key)
    if known is not None:
        cached = _read(_key(kind, version, base, request, known))
        if cached is not None:
            return _stored_response(cached), True
    query = RecordedQuery.wrap(request.GET)
    response = render()
    if not keep(response):
        return response, None
    names = _merged(known, query.names)
    if names != known:
        _cache().set(reads_key, names, timeout)
    key = _key(kind, version, base, request, names)
    if response.streaming:
        response.streaming_content = _kept_once_sent(
            key, response.streaming_content, list(response.items()), timeout
        )
    else:
        _store(key, response, timeout)
    return response, False


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


def _keepable(response):
    return response.status_code == 200 and not response.cookies


def cache_response(view):
    """Keep a read-only view's whole response under the content version, per path, language
    and the query parameters it reads.

    For responses that depend on content and on the URL only (sitemaps, calendar feeds),
    whoever asks: the page cache covers only anonymous readers of language-prefixed pages.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in {"GET", "HEAD"}:
            return view(request, *args, **kwargs)

        def render():
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response.render()
            return response

        # The date too: what a feed counts as upcoming or recent moves with the days.
        base = f"{request.path}|{get_language()}|{timezone.localdate()}"
        response, _hit = _kept_or_rendered(
            request, "response", base, render, _keepable, FRAGMENT_SECONDS
        )
        return response

    return wrapped


def _kept_once_sent(key, content, headers, timeout):
    """A streamed response's chunks, passed on as they come and kept whole after the last
    (a download cut short keeps nothing)."""
    chunks = []
    for chunk in content:
        chunks.append(chunk)
        yield chunk
    _store_entry(key, (b"".join(chunks), headers), timeout)


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
