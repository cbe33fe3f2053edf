"""Settings for the portal, read from the environment.

Development needs nothing: SQLite inside the checkout and a local-memory cache. Production
(``DEBUG`` off) refuses to start without a real ``SECRET_KEY`` and hardens cookies and HTTPS.
"""

import datetime
import ipaddress
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def media_storage(environ):
    """Where uploads go: local disk (``MEDIA_ROOT``), or an S3-compatible bucket when
    ``AWS_STORAGE_BUCKET_NAME`` names one, so that every app server sees the same files.

    The bucket's media are public and linked without signatures (no querystring auth): every
    upload is shown on public pages, and those pages, the renditions' URLs and the browsers'
    copies are cached for hours or days, so a signed URL (an hour by default) would expire
    inside cached pages. Objects are made readable by the bucket's policy, or by
    ``AWS_DEFAULT_ACL=public-read`` where the provider uses ACLs. Credentials are never
    settings: django-storages and boto3 read ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY``
    (or an instance role) from the environment themselves.
    """
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "querystring_auth": False,
        # Two uploads named photo.jpg get two names, as on disk, instead of one overwriting
        # the other; so a stored name never changes content and browsers may keep it long.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=604800"},
        # A file read from the bucket (a resource served by the portal, an image being resized)
        # is held in memory up to this size and on disk beyond it (by default, all in memory).
        "max_memory_size": 5 * 1024 * 1024,
    }
    for option, variable in [
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),  # MinIO, Ceph, Scaleway…; empty: AWS
        ("region_name", "AWS_S3_REGION_NAME"),
        ("custom_domain", "AWS_S3_CUSTOM_DOMAIN"),  # a CDN in front of the bucket
        ("location", "AWS_LOCATION"),  # a folder inside a shared bucket
        ("default_acl", "AWS_DEFAULT_ACL"),
        ("addressing_style", "AWS_S3_ADDRESSING_STYLE"),  # "path" for some self-hosted stores
    ]:
        value = environ.get(variable, "").strip()
        if value:
            options[option] = value
    return {"BACKEND": "infra.storage.MediaStorage", "OPTIONS": options}


DEBUG = env_bool("DEBUG", False)
TESTING = env_bool("TESTING", False)

_DEV_SECRET = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    SECRET_KEY = _DEV_SECRET
elif not (DEBUG or TESTING) and (len(SECRET_KEY) < 50 or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production (use 50+ random characters).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG or TESTING else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so it can patch model admins.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    # Admin login throttling per account and per address (see AXES_* below).
    "axes",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "django_prose_editor",
    "reversion",
    # Country names in Arabic and English for the membership form.
    "django_countries",
    # The task queue that sends e-mail off the request path (infra.mailqueue).
    "django_q",
    # The open-data API (/api/v1/) and its OpenAPI description.
    "rest_framework",
    "drf_spectacular",
    # Lowest first: infrastructure, the publishing kernel, the admin toolkit (README, "Where
    # things are").
    "infra",
    "kernel",
    "staff",
    "network",
    "library",
    "pages",
    "reports",
    "hubs",
    "cities",
    "spotlights",
    "testimonials",
    "search",
    "datapages",
    "api",
    "follow",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous readers get whole pages from here, before any session/CSRF/locale work.
    "infra.pagecache.PageCacheMiddleware",
    # Below the page cache so stored pages are already compressed (with BREACH mitigation).
    "django.middleware.gzip.GZipMiddleware",
    # ETag (on the uncompressed body; gzip makes it weak) and 304 answers.
    "django.middleware.http.ConditionalGetMiddleware",
    "infra.middleware.ContentSecurityPolicyMiddleware",
    "infra.middleware.PublicCacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login throttling: after AXES_FAILURE_LIMIT failed logins an address is locked out for
# AXES_COOLOFF_MINUTES, whatever user names it tried. Not an account by its name alone: anyone
# who knows a user name could then lock its owner out from anywhere. Unlock early with
# ``manage.py axes_reset_ip ADDRESS``.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# The same client address as the form rate limiter, honouring RATE_LIMIT_TRUSTED_PROXIES.
AXES_CLIENT_IP_CALLABLE = "infra.ratelimit.login_address"

ROOT_URLCONF = "network.urls"
WSGI_APPLICATION = "network.wsgi.application"
ASGI_APPLICATION = "network.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "network.context_processors.site",
            ],
        },
    },
]

# Database: SQLite inside the checkout unless DATABASE_URL says otherwise (postgres://… → psycopg).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Seconds a request waits for the database: SQLite's lock wait, PostgreSQL's connect and
# statement timeouts, so a locked or hung database gives an answer (503 at /healthz), not a hang.
DATABASE_TIMEOUT = int(os.environ.get("DATABASE_TIMEOUT", "20"))
DATABASE_CONNECT_TIMEOUT = int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "2"))
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Concurrent writers queue for the lock (IMMEDIATE + busy timeout) instead of failing with
    # "database is locked"; WAL lets readers go on while one writes. Not under TESTING: the
    # in-memory test database is one connection shared by the live server's threads, which
    # immediate transactions would lock against each other.
    DATABASES["default"]["OPTIONS"] = {"timeout": DATABASE_TIMEOUT}
    if not TESTING:
        DATABASES["default"]["OPTIONS"].update(
            transaction_mode="IMMEDIATE",
            init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        )
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DATABASE_CONNECT_TIMEOUT,
        options=f"-c statement_timeout={DATABASE_TIMEOUT * 1000}",
        # A server or network gone silent under a warm connection is noticed by the kernel
        # (keepalive probes, unacknowledged data) instead of after the OS's two hours.
        keepalives=1,
        keepalives_idle=10,
        keepalives_interval=3,
        keepalives_count=3,
        tcp_user_timeout=(DATABASE_TIMEOUT + 5) * 1000,
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis shared between app servers when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis cache that serves on (uncached, unlimited) when Redis is down.
            "BACKEND": "infra.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
            "TIMEOUT": 300,
        }
    }
else:
    # Each worker keeps its own copy: bounded in bytes (LOCAL_CACHE_BYTES), so that a worker's
    # memory does not grow with the number of pages and filters visitors ask for.
    CACHES = {
        "default": {
            "BACKEND": "infra.cache.BoundedLocMemCache",
            "OPTIONS": {
                "MAX_ENTRIES": 5000,
                "MAX_BYTES": int(os.environ.get("LOCAL_CACHE_BYTES", str(64 * 1024 * 1024))),
            },
        }
    }
# Rate-limit counters (forms, API) must not be evicted to make room for pages: in production
# they live in a Redis of their own without eviction (deploy/redis/), the cache's Redis
# evicting as it likes. Unset: they share the default cache.
RATE_LIMIT_REDIS_URL = os.environ.get("RATE_LIMIT_REDIS_URL", "")
RATE_LIMIT_CACHE = "default"
if RATE_LIMIT_REDIS_URL:
    CACHES["ratelimit"] = {
        **CACHES["default"],
        "BACKEND": "infra.cache.FailOpenRedisCache",
        "LOCATION": RATE_LIMIT_REDIS_URL,
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "portal"),
    }
    RATE_LIMIT_CACHE = "ratelimit"

# Anonymous page cache (infra.pagecache): how long a page may stay stored at most. Freshness
# does not depend on it: any content change replaces the content version. 0 turns it off.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "86400"))
# With Redis, each app process also keeps its recent pages in memory, up to this many bytes.
PAGE_CACHE_PROCESS_BYTES = int(os.environ.get("PAGE_CACHE_PROCESS_BYTES", str(32 * 1024 * 1024)))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Arabic first (the default, right-to-left), then English.
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", _("Arabic")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# Day-first Arabic date and time formats where Django's own Arabic module has none.
FORMAT_MODULE_PATH = ["network.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "ar"
MODELTRANSLATION_LANGUAGES = ("ar", "en")
# A missing translation falls back to the other language rather than showing nothing.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("ar", "en"), "ar": ("en",), "en": ("ar",)}
# The tabbed admin asks a CDN for jQuery UI by default; serve our own copy.
JQUERY_UI_URL = "network/vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # Uploads (images, their renditions, resource and report files): see media_storage().
    "default": media_storage(os.environ),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Uploaded images: refused above these bounds (Pillow's decompression-bomb limit is set to
# the pixel bound in network.apps); what is accepted is decoded in full and re-encoded.
IMAGE_UPLOAD_MAX_BYTES = int(os.environ.get("IMAGE_UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
IMAGE_MAX_PIXELS = int(os.environ.get("IMAGE_MAX_PIXELS", str(40_000_000)))
# Uploaded images are stored at most this many pixels on their longest side (twice the widest
# rendition), so renditions never decode a huge original again.
IMAGE_MAX_SIDE = int(os.environ.get("IMAGE_MAX_SIDE", "2880"))
# Resource files (kernel.uploads): refused above this size.
DOCUMENT_UPLOAD_MAX_BYTES = int(os.environ.get("DOCUMENT_UPLOAD_MAX_BYTES", str(25 * 1024 * 1024)))

# Email: console in development, SMTP (EMAIL_URL-style settings) in production.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent_emails"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
# Outgoing mail goes through the task queue (infra.mailqueue): django-q2 with the database as
# its broker, so no other service is needed. `manage.py qcluster` is the worker (`make run`
# starts one); MAIL_QUEUE_SYNC=1 sends in-process after the commit instead, for a setup without
# a worker (no automatic retries then; `resend_application_notifications` remains).
Q_CLUSTER = {
    "name": "portal",
    "orm": "default",
    "workers": int(os.environ.get("QUEUE_WORKERS", "2")),
    # A task sends at most three messages, each bounded by EMAIL_TIMEOUT per socket operation.
    "timeout": EMAIL_TIMEOUT * 6 + 30,
    "retry": EMAIL_TIMEOUT * 6 + 90,
    # A failed attempt is done with: infra.mailqueue has already scheduled the next one.
    "ack_failures": True,
    "max_attempts": 2,
    "poll": 1,
    "catch_up": False,
    "save_limit": 500,
    "label": _("Background tasks"),
}
MAIL_QUEUE_SYNC = env_bool("MAIL_QUEUE_SYNC", TESTING)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Strong Cities Network <noreply@localhost>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Who hears about new membership applications and translation reports.
STAFF_NOTIFICATION_EMAILS = env_list("STAFF_NOTIFICATION_EMAILS", "network@localhost")
# The general address shown on the contact page.
CONTACT_EMAIL = os.environ.get("CONTACT_EMAIL", STAFF_NOTIFICATION_EMAILS[0])

# E-mail updates (follow/): unconfirmed addresses are forgotten after this many days; the
# worker sends updates in batches of FOLLOW_BATCH_SIZE, each a task bounded by Q_CLUSTER's
# timeout; a batch whose retries ran out goes back to the rounds after the stale hours.
FOLLOW_UNCONFIRMED_DAYS = int(os.environ.get("FOLLOW_UNCONFIRMED_DAYS", "3"))
FOLLOW_BATCH_SIZE = int(os.environ.get("FOLLOW_BATCH_SIZE", "100"))
FOLLOW_ROUND_MINUTES = int(os.environ.get("FOLLOW_ROUND_MINUTES", "15"))
FOLLOW_BATCH_STALE_HOURS = 60

# Site identity, used in absolute links (feeds, sitemaps, emails).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if not DEBUG and not TESTING:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    # /healthz is probed over plain HTTP by load balancers.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Error reporting. Unhandled errors are e-mailed to ADMINS (comma-separated addresses) by
# Django's default logging when DEBUG is off; with SENTRY_DSN they also go to Sentry.
ADMINS = [("", address) for address in env_list("ADMINS")]
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN and not TESTING:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        send_default_pii=False,  # visitors' addresses and form data stay out of Sentry
    )
# The 500 page only says "our team has been told" when someone actually is.
ERRORS_REPORTED = bool(ADMINS or SENTRY_DSN)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Membership applications and translation reports (cities.membership, reports).
# Personal data of declined applications is erased this many months after the decision.
APPLICATION_RETENTION_MONTHS = int(os.environ.get("APPLICATION_RETENTION_MONTHS", "12"))
# Contact messages and translation-error reports' addresses: `manage.py purge_old_messages`.
MESSAGE_RETENTION_MONTHS = int(os.environ.get("MESSAGE_RETENTION_MONTHS", "12"))
# Who is responsible for the personal data the forms collect, as the privacy notice names it
# (empty: the Strong Cities Network, in the reader's language).
DATA_CONTROLLER = os.environ.get("DATA_CONTROLLER", "")
# What the join page and the confirmation e-mail promise about the review.
APPLICATION_REVIEW_WEEKS = int(os.environ.get("APPLICATION_REVIEW_WEEKS", "4"))
# Public form submissions allowed per client address per window (cache-based, shared via Redis).
FORM_RATE_LIMIT = int(os.environ.get("FORM_RATE_LIMIT", "5"))
FORM_RATE_LIMIT_WINDOW = int(os.environ.get("FORM_RATE_LIMIT_WINDOW", "3600"))
# The addresses or networks (CIDR) of the proxies in front of the app: X-Forwarded-For is
# believed only on connections from them (empty: the connection's own address counts).
RATE_LIMIT_TRUSTED_PROXIES = env_list("RATE_LIMIT_TRUSTED_PROXIES")
for _proxy in RATE_LIMIT_TRUSTED_PROXIES:
    try:
        if _proxy.isdigit():
            raise ValueError
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"RATE_LIMIT_TRUSTED_PROXIES: {_proxy!r} is not an address or network. List the "
            "proxies' addresses, e.g. 10.0.0.5,10.1.0.0/16 (a count of proxies is not enough: "
            "anyone could then forge X-Forwarded-For)."
        ) from None
# Kosovo has no ISO 3166 code yet; the network uses the user-assigned XK, as the EU does.
COUNTRIES_OVERRIDE = {"XK": _("Kosovo")}

# Open data API (api/): read-only JSON under /api/v1/, no sessions, no cookies. Anonymous
# clients get API_RATE_LIMIT requests per address (DRF's "N/second|minute|hour|day").
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/minute")
# The licence the data is published under (shown by the API, its schema and its docs page).
API_DATA_LICENCE_NAME = os.environ.get("API_DATA_LICENCE_NAME", "CC BY 4.0")
API_DATA_LICENCE_URL = os.environ.get(
    "API_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    # No authentication: nothing reads the session, so no cookie and no "Vary: Cookie".
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    # Counted per client address past RATE_LIMIT_TRUSTED_PROXIES, as the forms are (DRF's own
    # NUM_PROXIES is a count of proxies and stays unset).
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.ClientAddressRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": API_RATE_LIMIT},
    "DEFAULT_FILTER_BACKENDS": ["api.filters.FilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.PagePagination",
    "PAGE_SIZE": 50,
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "URL_FORMAT_OVERRIDE": None,
    "COERCE_DECIMAL_TO_STRING": False,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Strong Cities Network open data API",
    "DESCRIPTION": (
        "Read-only data of the network: regional hubs, countries, member and engaged cities "
        "with their local safety councils and seats, events, spotlights, testimonials and "
        "resources. Published content only."
    ),
    "VERSION": "1",
    "LICENSE": {"name": API_DATA_LICENCE_NAME, "url": API_DATA_LICENCE_URL},
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "COMPONENT_SPLIT_REQUEST": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
}
