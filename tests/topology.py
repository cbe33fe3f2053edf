"""`make topology`: the production shape on loopback, from deploy/, checked through the proxy.

nginx (deploy/nginx/portal-locations.conf) in front of two gunicorn app servers
(deploy/gunicorn.conf.py), the django-q2 worker, a fresh PostgreSQL database, two Redis
instances (deploy/redis/: the cache with eviction, the rate-limit counters without) and the moto
S3 server as the object store. Everything runs as this user in a temporary folder; nothing in
the system's configuration changes. Then, through nginx, it checks what only this shape shows
(see CHECKS) and prints one line per check; the exit status is non-zero if any fails.

Needs: nginx and redis-server binaries (Debian packages nginx, redis-server), a PostgreSQL
server (TOPOLOGY_PG, default postgres://postgres@127.0.0.1:5432) and the dev dependencies
(moto). Ports: TOPOLOGY_PORT (default 18080) and the next ones.
"""

import html.parser
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
PG = os.environ.get("TOPOLOGY_PG", "postgres://postgres@127.0.0.1:5432").rstrip("/")
BASE_PORT = int(os.environ.get("TOPOLOGY_PORT", "18080"))
PROXY, APP_A, APP_B, REDIS_CACHE, REDIS_COUNTERS, S3 = (BASE_PORT + n for n in range(6))
CRAWL_LIMIT = int(os.environ.get("TOPOLOGY_CRAWL_LIMIT", "150"))  # pages per language


def log(message):
    print(message, flush=True)


# HTTP --------------------------------------------------------------------------------------


class Client:
    """A browser-ish HTTP client for one address: cookies kept by hand (the app marks them
    Secure in production, and this runs over plain HTTP on loopback)."""

    def __init__(self, port, cookies=True):
        self.port = port
        self.cookies = {} if cookies else None

    def request(self, method, path, body=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=40)
        headers = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.body = response.read()
        response.text = response.body.decode("utf-8", "replace")
        if self.cookies is not None:
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post(self, path, fields, files=None, referer=None):
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                f"{value}\r\n".encode()
            )
        for name, (filename, content) in (files or {}).items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'.encode()
                + content
                + b"\r\n"
            )
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
        headers["Referer"] = referer or f"http://127.0.0.1:{self.port}{path}"
        return self.request("POST", path, body=body, headers=headers)


class FormReader(html.parser.HTMLParser):
    """The fields of the first form with method POST whose inputs include ``marker``."""

    def __init__(self):
        super().__init__()
        self.forms, self.fields, self.select, self.textarea = [], None, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self.fields = []
            self.forms.append(self.fields)
        if self.fields is None or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image", "reset"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append(
                [attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")]
            )
        elif tag == "select":
            self.select = [attrs["name"], None, "multiple" in attrs]
        elif tag == "option" and self.select:
            if "selected" in attrs:
                self.fields.append([self.select[0], attrs.get("value", "")])
                self.select[1] = True
        elif tag == "textarea":
            self.textarea = [attrs["name"], ""]
            self.fields.append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.fields = None


def form_fields(page, marker):
    reader = FormReader()
    reader.feed(page)
    for fields in reader.forms:
        if any(name == marker for name, _value in fields):
            return [tuple(field) for field in fields]
    raise AssertionError(f"no form with {marker!r}")


def replaced(fields, **values):
    out = [(name, values.get(name, value)) for name, value in fields]
    names = {name for name, _value in fields}
    return out + [(name, value) for name, value in values.items() if name not in names]


# Services ----------------------------------------------------------------------------------


class Topology:
    def __init__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="topology-"))
        self.database = f"topology_{os.getpid()}_{secrets.token_hex(3)}"
        self.processes = {}
        self.mail = self.tmp / "mail"
        self.mail.mkdir()
        self.env = self._env()

    def _env(self):
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in {"TESTING", "DEBUG", "DJANGO_SETTINGS_MODULE"}
            and not k.startswith(("AWS_", "REDIS", "DATABASE"))
        }
        env.update(
            DEBUG="0",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SITE_URL=f"http://127.0.0.1:{PROXY}",
            SECURE_SSL_REDIRECT="0",
            DATABASE_URL=f"{PG}/{self.database}",
            REDIS_URL=f"redis://127.0.0.1:{REDIS_CACHE}/0",
            RATE_LIMIT_REDIS_URL=f"redis://127.0.0.1:{REDIS_COUNTERS}/0",
            RATE_LIMIT_TRUSTED_PROXIES="127.0.0.1",
            STATIC_ROOT=str(self.tmp / "static"),
            MEDIA_ROOT=str(self.tmp / "media"),
            AWS_STORAGE_BUCKET_NAME="portal-media",
            AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{S3}",
            AWS_S3_REGION_NAME="us-east-1",
            AWS_ACCESS_KEY_ID="topology",
            AWS_SECRET_ACCESS_KEY="topology",  # noqa: S106 - moto accepts any
            AWS_S3_ADDRESSING_STYLE="path",
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            EMAIL_FILE_PATH=str(self.mail),
            CONTACT_EMAIL="contact@topology.example.org",
            STAFF_NOTIFICATION_EMAILS="staff@topology.example.org",
            DEFAULT_FROM_EMAIL="Portal <noreply@topology.example.org>",
            ADMINS="",
            WEB_WORKERS="2",
            WEB_THREADS="2",
            QUEUE_WORKERS="1",
        )
        return env

    def run(self, *args, **kwargs):
        return subprocess.run(args, cwd=ROOT, env=self.env, check=True, **kwargs)

    def manage(self, *args):
        return self.run(PYTHON, "manage.py", *args, capture_output=True, text=True).stdout

    def create_bucket(self, name):
        import boto3

        endpoint = f"http://127.0.0.1:{S3}"
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.env["AWS_SECRET_ACCESS_KEY"],
        ).create_bucket(Bucket=name)

    def shell(self, code):
        return self.manage("shell", "--no-imports", "-c", code)

    def start(self, name, *args):
        output = open(self.tmp / f"{name}.log", "ab")  # noqa: SIM115 - closed with the process
        # A session of its own: stopping a service stops its children too (gunicorn's workers).
        self.processes[name] = subprocess.Popen(  # noqa: S603
            args,
            cwd=ROOT,
            env=self.env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def stop(self, name, sig=signal.SIGTERM):
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            os.killpg(process.pid, sig)
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def wait_for(self, port, path=None, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if path is None:
                    with __import__("socket").create_connection(("127.0.0.1", port), 1):
                        return
                elif Client(port, cookies=False).get(path).status < 500:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"nothing answers on port {port}; see {self.tmp}")

    def start_redis(self, name, port):
        self.start(
            name,
            "redis-server",
            str(ROOT / "deploy" / "redis" / f"{name.removeprefix('redis-')}.conf"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--dir",
            str(self.tmp),
        )
        self.wait_for(port)

    def start_app(self, name, port):
        self.env["PORT"] = str(port)
        self.start(name, str(BIN / "gunicorn"), "-c", "deploy/gunicorn.conf.py")
        del self.env["PORT"]

    def up(self):
        log(f"==> topology in {self.tmp}")
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", self.database], check=True)
        self.start_redis("redis-cache", REDIS_CACHE)
        self.start_redis("redis-counters", REDIS_COUNTERS)
        self.start("s3", str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(S3))
        self.wait_for(S3)
        self.create_bucket("portal-media")
        self.manage("migrate", "--noinput")
        self.manage("load_seed_content")
        self.manage("setup_roles")
        self.manage("collectstatic", "--noinput")
        self.env["ADMIN_PASSWORD"] = self.password = secrets.token_urlsafe(16)
        self.shell(
            "import os; from django.contrib.auth.models import User; "
            "User.objects.create_superuser('topology', 'admin@topology.example.org', "
            "os.environ['ADMIN_PASSWORD'])",
        )
        self.start_app("app-a", APP_A)
        self.start_app("app-b", APP_B)
        self.start("worker", PYTHON, "manage.py", "qcluster")
        locations = (ROOT / "deploy" / "nginx" / "portal-locations.conf").read_text()
        locations = locations.replace("__STATIC_ROOT__", self.env["STATIC_ROOT"])
        locations = locations.replace("__MEDIA_ROOT__", self.env["MEDIA_ROOT"])
        (self.tmp / "portal-locations.conf").write_text(locations)
        (self.tmp / "nginx.conf").write_text(
            f"""
worker_processes 1;
pid {self.tmp}/nginx.pid;
error_log {self.tmp}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log {self.tmp}/nginx-access.log;
    client_body_temp_path {self.tmp}/client_body;
    proxy_temp_path {self.tmp}/proxy;
    fastcgi_temp_path {self.tmp}/fastcgi;
    uwsgi_temp_path {self.tmp}/uwsgi;
    scgi_temp_path {self.tmp}/scgi;
    upstream portal_app {{
        server 127.0.0.1:{APP_A} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:{APP_B} max_fails=1 fail_timeout=10s;
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{PROXY};
        server_name 127.0.0.1;
        include {self.tmp}/portal-locations.conf;
    }}
}}
"""
        )
        self.start(
            "nginx",
            shutil.which("nginx") or "/usr/sbin/nginx",
            "-p",
            str(self.tmp),
            "-c",
            str(self.tmp / "nginx.conf"),
            "-g",
            "daemon off;",
        )
        for port in (APP_A, APP_B, PROXY):
            self.wait_for(port, "/healthz", seconds=60)

    def down(self):
        for name in list(self.processes)[::-1]:
            self.stop(name)
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", self.database],
            check=False,
        )
        for extra in getattr(self, "extra_databases", []):
            subprocess.run(
                ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", extra], check=False
            )
        if os.environ.get("TOPOLOGY_KEEP"):
            log(f"kept {self.tmp}")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def redis(self, port, *command):
        result = subprocess.run(
            ["redis-cli", "-p", str(port), *command], capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def admin(self, port):
        """A staff session on one app server, straight to it (not through the proxy)."""
        client = Client(port)
        page = client.get("/en/admin/login/?next=/en/admin/").text
        fields = form_fields(page, "username")
        fields = replaced(fields, username="topology", password=self.password)
        response = client.post("/en/admin/login/?next=/en/admin/", fields)
        assert response.status == 302, f"admin login answered {response.status}"
        return client


# Checks ------------------------------------------------------------------------------------


LINK = re.compile(r'href="(/(?:ar|en)/[^"#]*)"')


def check_crawl(topology):
    """Both languages, following links, through the proxy: no answer is a 5xx."""
    proxy = Client(PROXY, cookies=False)
    seen, statuses, queue = set(), {}, ["/ar/", "/en/"]
    while queue and len(seen) < 2 * CRAWL_LIMIT:
        path = queue.pop(0).replace("&amp;", "&")
        if path in seen or "/admin" in path:
            continue
        seen.add(path)
        response = proxy.get(path)
        statuses[response.status] = statuses.get(response.status, 0) + 1
        assert response.status < 500, f"{path} answered {response.status}"
        if "html" in response.getheader("Content-Type", ""):
            queue.extend(link for link in LINK.findall(response.text) if link not in seen)
    arabic = sum(path.startswith("/ar/") for path in seen)
    return (
        f"{arabic} Arabic and {len(seen) - arabic} English pages, "
        f"statuses {dict(sorted(statuses.items()))}"
    )


def check_api(topology):
    """The API root, its schema and every list, through the proxy (X-Forwarded-For set)."""
    proxy = Client(PROXY, cookies=False)
    root = proxy.get("/api/v1/", **{"X-Forwarded-For": "203.0.113.7"})
    assert root.status == 200, f"/api/v1/ answered {root.status}"
    endpoints = json.loads(root.text)["endpoints"]
    paths = ["/api/v1/schema/"] + [urllib.parse.urlsplit(url).path for url in endpoints.values()]
    for path in paths:
        response = proxy.get(path, **{"X-Forwarded-For": "203.0.113.7"})
        assert response.status == 200, f"{path} answered {response.status}"
    return f"root, schema and {len(endpoints)} lists answer 200"


def check_join(topology):
    """A join through the proxy; the worker sends the applicant's and the staff's e-mails."""
    client = Client(PROXY)
    page = client.get("/en/join/").text
    fields = replaced(
        form_fields(page, "authority_name"),
        authority_name="Municipality of Topology",
        kind="municipality",
        country="AL",
        population="141714",
        website="https://topology.example.org",
        contact_name="Arta Hoxha",
        contact_position="Deputy mayor",
        email="arta@topology.example.org",
        phone="+355 54 123 456",
        preferred_language="en",
        prevention_structure="safety_council",
        motivation="Our municipality set up a local safety council in 2016 and wants to learn "
        "from other cities how to prevent polarisation among young people.",
        consent="on",
    )
    response = client.post("/en/join/", fields, referer=f"http://127.0.0.1:{PROXY}/en/join/")
    assert response.status == 303, f"the join form answered {response.status}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        sent = "".join(path.read_text() for path in topology.mail.glob("*.log"))
        if "arta@topology.example.org" in sent and "staff@topology.example.org" in sent:
            return "303, and the worker delivered the applicant's and the staff's e-mails"
        time.sleep(1)
    raise AssertionError("the worker did not deliver both e-mails within 60 s")


def edit_city(client, slug, **values):
    """Change a city in the admin form of the server ``client`` talks to."""
    from_list = client.get(f"/en/admin/cities/city/?q={slug}").text
    match = re.search(r'href="(/en/admin/cities/city/\d+/change/)[^"]*"', from_list)
    assert match, f"{slug} not found in the admin"
    path = match.group(1)
    fields = replaced(form_fields(client.get(path).text, "name_en"), **values)
    fields = [(name, value) for name, value in fields if not name.startswith("_")] + [
        ("_save", "Save")
    ]
    response = client.post(path, fields)
    assert response.status == 302, f"the admin save answered {response.status}: " + (
        "; ".join(re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S))
    )


def through_proxy(path, times=6):
    proxy = Client(PROXY, cookies=False)
    return [proxy.get(path) for _ in range(times)]


def check_admin_edit(topology):
    """A save on app server A is seen through the proxy on the very next request, whichever
    server answers (several times: nginx alternates)."""
    for response in through_proxy("/en/cities/elbasan/"):
        assert response.status == 200
    edit_city(topology.admin(APP_A), "elbasan", name_en="Elbasan (edited on A)")
    responses = through_proxy("/en/cities/elbasan/")
    fresh = sum("Elbasan (edited on A)" in response.text for response in responses)
    assert fresh == len(responses), f"{fresh} of {len(responses)} requests show the edit"
    return f"{fresh} of {len(responses)} requests after the save show it"


def check_upload(topology):
    """A resource file uploaded through server A is downloaded through server B."""
    client = topology.admin(APP_A)
    page = client.get("/en/admin/library/resource/add/").text
    content = b"%PDF-1.4\n% topology " + secrets.token_hex(16).encode() + b"\n%%EOF\n"
    fields = replaced(
        form_fields(page, "title_en"),
        title_en="Topology report",
        title_ar="تقرير الطوبولوجيا",
        slug="topology-report",
        status="published",
    )
    fields = [(name, value) for name, value in fields if not name.startswith("_")]
    response = client.post(
        "/en/admin/library/resource/add/",
        fields + [("_save", "Save")],
        files={"file": ("topology.pdf", content)},
    )
    assert response.status == 302, f"the upload answered {response.status}: " + "; ".join(
        re.findall(r'class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.text, re.S)
    )
    download = Client(APP_B, cookies=False).get("/en/resources/topology-report/file/")
    assert download.status == 200, f"server B answered {download.status}"
    assert download.body == content, "server B sent other bytes"
    return "uploaded on A into the bucket, the same bytes downloaded from B"


def check_unpublish(topology):
    """A city unpublished through server B disappears on both servers and through the proxy."""
    for response in through_proxy("/en/cities/elbasan/", 2):
        assert response.status == 200
    edit_city(topology.admin(APP_B), "elbasan", status="draft")
    statuses = [r.status for r in through_proxy("/en/cities/elbasan/", 4)]
    statuses += [
        Client(port, cookies=False).get("/en/cities/elbasan/").status for port in (APP_A, APP_B)
    ]
    assert set(statuses) == {404}, statuses
    edit_city(topology.admin(APP_B), "elbasan", status="published")
    return f"{len(statuses)} of {len(statuses)} requests answer 404"


def check_junk_queries(topology):
    """200 requests with random utm_* values add (almost) no cache keys."""
    pages = ["/ar/", "/en/cities/", "/en/cities/elbasan/", "/ar/hubs/"]
    proxy = Client(PROXY, cookies=False)
    for page in pages:
        proxy.get(page)
    before = int(topology.redis(REDIS_CACHE, "DBSIZE"))
    for number in range(50):
        for page in pages:
            response = proxy.get(f"{page}?utm_source={secrets.token_hex(6)}&utm_campaign={number}")
            assert response.status == 200
    after = int(topology.redis(REDIS_CACHE, "DBSIZE"))
    assert after - before <= 5, f"{after - before} keys added"
    return f"cache keys {before} -> {after} after 200 requests"


def check_app_server_killed(topology):
    """One app server killed outright (master and workers): every visitor still gets an answer."""
    topology.stop("app-a", signal.SIGKILL)
    try:
        statuses = [r.status for r in through_proxy("/en/cities/", 10)]
        statuses += [r.status for r in through_proxy("/api/v1/hubs/", 5)]
        assert all(status == 200 for status in statuses), statuses
    finally:
        topology.start_app("app-a", APP_A)
        topology.wait_for(APP_A, "/healthz", seconds=60)
    return f"{len(statuses)} of {len(statuses)} requests answered 200 with A dead"


def check_redis_restart(topology):
    """Redis stopped, content changed meanwhile by another process, Redis back: no stale page."""
    for _ in range(4):
        through_proxy("/en/hubs/western-balkans/", 1)
    topology.stop("redis-cache")
    topology.shell(
        "from hubs.models import Hub; hub = Hub.objects.get(slug='western-balkans'); "
        "hub.name_en = 'Western Balkans (while Redis was down)'; hub.save()",
    )
    topology.start_redis("redis-cache", REDIS_CACHE)
    time.sleep(6)  # past REDIS_RETRY_SECONDS: the app servers use Redis again
    responses = through_proxy("/en/hubs/western-balkans/", 10)
    fresh = sum("while Redis was down" in r.text for r in responses)
    assert fresh == len(responses), f"{fresh} of {len(responses)} requests fresh"
    return f"{fresh} of {len(responses)} requests after the restart show the change"


def check_backup_restore(topology):
    """deploy/backup.sh, then deploy/restore.sh into a new database and bucket: same rows,
    same upload."""
    backups = topology.tmp / "backups"
    folder = (
        topology.run("deploy/backup.sh", str(backups), capture_output=True, text=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    restored = f"{topology.database}_restored"
    topology.extra_databases = [restored]
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", restored], check=True)
    env = dict(topology.env)
    topology.env.update(
        DATABASE_URL=f"{PG}/{restored}", AWS_STORAGE_BUCKET_NAME="portal-media-restored"
    )
    try:
        topology.create_bucket("portal-media-restored")
        topology.run("deploy/restore.sh", folder, capture_output=True)
        counts = topology.shell(
            "from cities.models import City; from library.models import Resource; "
            "from django.core.files.storage import default_storage as s; "
            "r = Resource.objects.get(slug='topology-report'); "
            "print(City.objects.count(), s.open(r.file.name).read()[:8])",
        ).strip()
    finally:
        topology.env = env
    original = topology.shell(
        "from cities.models import City; from library.models import Resource; "
        "from django.core.files.storage import default_storage as s; "
        "r = Resource.objects.get(slug='topology-report'); "
        "print(City.objects.count(), s.open(r.file.name).read()[:8])",
    ).strip()
    assert counts == original, (counts, original)
    return f"restored copy matches: cities and the uploaded file ({counts})"


CHECKS = [
    check_crawl,
    check_api,
    check_join,
    check_admin_edit,
    check_upload,
    check_unpublish,
    check_junk_queries,
    check_app_server_killed,
    check_redis_restart,
    check_backup_restore,
]


def main():
    topology = Topology()
    failures = 0
    started = time.monotonic()
    try:
        topology.up()
        log(f"    up in {time.monotonic() - started:.0f} s")
        for check in CHECKS:
            began = time.monotonic()
            try:
                outcome = check(topology)
                log(f"ok   {check.__name__[6:]:<22} {outcome} ({time.monotonic() - began:.1f} s)")
            except Exception as error:  # noqa: BLE001 - report every check, then fail
                failures += 1
                log(f"FAIL {check.__name__[6:]:<22} {error!r}")
    finally:
        topology.down()
    log(
        f"==> {len(CHECKS) - failures} of {len(CHECKS)} checks passed in "
        f"{time.monotonic() - started:.0f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
