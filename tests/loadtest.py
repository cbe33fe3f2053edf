"""A bounded load test against gunicorn in production mode on 127.0.0.1 (``make loadtest``).

Readers (page views from the sitemap, searches) and joiners (the join form, read then posted)
run side by side for a bounded time against a throwaway database: SQLite by default, or
PostgreSQL with Redis (``--db postgres``, reading ``LOADTEST_DATABASE_URL`` or a local server).
It prints the requests made, errors by status, latencies, and whether every application the
server accepted (303 to its thank-you page) was stored, each with its own reference.

The join-form client and the server runner are also used by tests/network/test_concurrency.py.
"""

import argparse
import collections
import json
import os
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
HIDDEN = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
THANKS = re.compile(r"/join/thanks/[\w-]+/$")
SEARCHES = [
    "/en/search/?q=elbasan",
    "/ar/search/?q=%D8%A7%D9%84%D8%A8%D8%A7%D9%86",
    "/en/search/?q=council",
    "/en/search/?q=youth+prevention",
    "/ar/search/?q=%D8%B4%D8%A8%D8%A7%D8%A8",
    "/en/cities/?q=pe",
    "/en/search/?q=sarajevo",
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(database_url, **extra):
    """Production settings (DEBUG off) for a server reachable over plain HTTP on 127.0.0.1."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"TESTING", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "DEBUG"}
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="0",
        # Every client is 127.0.0.1: the per-address form limit would stop the joiners at once.
        FORM_RATE_LIMIT="1000000",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def manage(env, *args):
    subprocess.run(  # noqa: S603
        [str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, check=True
    )


class Server:
    """gunicorn serving network.wsgi on a free port until ``stop()``."""

    def __init__(self, env, workers=3, threads=4, log=None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log or str(Path(tempfile.mkdtemp(prefix="gunicorn-")) / "error.log")
        command = [
            str(BIN / "gunicorn"),
            "network.wsgi",
            f"--bind=127.0.0.1:{self.port}",
            f"--workers={workers}",
            f"--threads={threads}",
            "--timeout=60",
            f"--error-logfile={self.log}",
        ]
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603

    def wait(self, seconds=120):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log}")
            try:
                if requests.get(f"{self.url}/healthz", timeout=5).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer within {seconds} s; see {self.log}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def errors(self):
        return Path(self.log).read_text(errors="replace") if Path(self.log).exists() else ""


def join_data(tag, number):
    return {
        "authority_name": f"Load test municipality {tag} {number}",
        "kind": "municipality",
        "country": "AL",
        "contact_name": "Arta Hoxha",
        "contact_position": "Deputy mayor",
        "email": f"join-{tag}-{number}@example.org",
        "preferred_language": "en",
        "prevention_structure": "safety_council",
        "motivation": (
            "Our municipality set up a local safety council in 2016 and wants to learn from "
            "other cities how to prevent polarisation among young people."
        ),
        "consent": "on",
        "nickname": "",
    }


def submit_join(session, base, tag, number, timeout=60):
    """Read the join form and post it as a browser would; returns (status, accepted)."""
    page = session.get(f"{base}/en/join/", timeout=timeout)
    if page.status_code != 200:
        return page.status_code, False
    # Production marks the CSRF cookie Secure, which a client only returns over HTTPS; this
    # runs over plain HTTP on 127.0.0.1, so it is handed back explicitly.
    token = page.cookies.get("csrftoken") or session.cookies.get("csrftoken", "")
    data = {**dict(HIDDEN.findall(page.text)), **join_data(tag, number)}
    response = session.post(
        f"{base}/en/join/",
        data=data,
        headers={"Cookie": f"csrftoken={token}", "Referer": f"{base}/en/join/"},
        allow_redirects=False,
        timeout=timeout,
    )
    accepted = response.status_code == 303 and bool(THANKS.search(response.headers["Location"]))
    return response.status_code, accepted


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = collections.Counter()
        self.kinds = collections.Counter()
        self.latencies = collections.defaultdict(list)
        self.accepted = 0

    def add(self, kind, status, seconds, accepted=False):
        with self.lock:
            self.statuses[status] += 1
            self.kinds[kind] += 1
            self.latencies[kind].append(seconds)
            self.accepted += accepted


def read_paths(base, limit=80):
    """Public pages from the sitemap (following a sitemap index), in both languages."""

    def locs(url):
        text = requests.get(url, timeout=120).text
        found = [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)", text)]
        return text, found

    text, found = locs(f"{base}/sitemap.xml")
    if "<sitemapindex" in text:
        found = [path for child in found for path in locs(base + child)[1]]
    paths = [path for path in found if path.startswith(("/ar/", "/en/"))]
    # A spread over every section rather than the first one only.
    step = max(1, len(paths) // limit)
    return paths[::step][:limit] or ["/ar/", "/en/"]


def run_load(base, seconds, readers, joiners, tag):
    """Readers and joiners hammer ``base`` until ``seconds`` have passed; returns the Tally."""
    tally = Tally()
    paths = read_paths(base)
    # About one read in four is a search.
    paths += SEARCHES * max(1, len(paths) // (3 * len(SEARCHES)))
    started = time.monotonic()
    deadline = started + seconds

    def reader(index):
        session = requests.Session()
        n = index
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            n += 7
            started = time.monotonic()
            kind = "search" if "q=" in path else "page"
            try:
                status = session.get(base + path, timeout=60).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            tally.add(kind, status, time.monotonic() - started)

    def joiner(index):
        session = requests.Session()
        n = 0
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                status, accepted = submit_join(session, base, tag, f"{index}-{n}")
            except requests.RequestException as error:
                status, accepted = type(error).__name__, False
            tally.add("join", status, time.monotonic() - started, accepted)
            n += 1

    threads = [threading.Thread(target=reader, args=(i,)) for i in range(readers)]
    threads += [threading.Thread(target=joiner, args=(i,)) for i in range(joiners)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Requests under way at the deadline are waited for: the run lasts a little longer.
    tally.elapsed = time.monotonic() - started
    return tally


STORED = (
    "import json; from cities.models import MembershipApplication as M; "
    "rows = M.objects.filter(authority_name__startswith='Load test municipality {tag} '); "
    "refs = list(rows.values_list('reference', flat=True)); "
    "print(json.dumps([len(refs), len(set(refs))]))"
)


def stored(env, tag):
    result = subprocess.run(  # noqa: S603
        [str(BIN / "python"), "manage.py", "shell", "-c", STORED.format(tag=tag)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * fraction))] if values else 0


def report(tally, rows, unique, label):
    total = sum(tally.statuses.values())
    errors = {
        status: count
        for status, count in tally.statuses.items()
        if not (isinstance(status, int) and status < 400)
    }
    seconds = tally.elapsed
    print(f"\n== load test: {label}, {seconds:.0f} s")
    print(
        f"requests: {total} ({total / seconds:.0f}/s) "
        + ", ".join(f"{kind} {count}" for kind, count in sorted(tally.kinds.items()))
    )
    print("status: " + ", ".join(f"{s}: {c}" for s, c in sorted(tally.statuses.items(), key=str)))
    print(f"errors by status: {errors or 'none'}")
    for kind, values in sorted(tally.latencies.items()):
        print(
            f"latency {kind}: median {percentile(values, 0.5) * 1000:.0f} ms, "
            f"p95 {percentile(values, 0.95) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"
        )
    same = tally.accepted == rows == unique
    print(
        f"applications: accepted {tally.accepted}, stored {rows}, unique references {unique}: "
        f"accepted = stored {'yes' if same else 'NO'}"
    )
    return not errors and same


def postgres_database(work):
    """A throwaway PostgreSQL database next to LOADTEST_DATABASE_URL's; returns (url, drop)."""
    import psycopg

    admin_url = os.environ.get(
        "LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"
    )
    name = f"portal_loadtest_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return admin_url.rsplit("/", 1)[0] + f"/{name}", drop


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--readers", type=int, default=64)
    parser.add_argument("--joiners", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--redis", default=os.environ.get("LOADTEST_REDIS_URL", ""))
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="portal-loadtest-"))
    drop = None
    if options.db == "postgres":
        database_url, drop = postgres_database(work)
        redis = options.redis or "redis://127.0.0.1:6379/11"
    else:
        database_url, redis = f"sqlite:///{work / 'db.sqlite3'}", options.redis
    extra = {"STATIC_ROOT": str(work / "static"), "MEDIA_ROOT": str(work / "media")}
    if redis:
        extra.update(REDIS_URL=redis, CACHE_KEY_PREFIX=f"loadtest-{uuid.uuid4().hex[:8]}")
    env = production_env(database_url, **extra)
    label = (
        f"{options.db}{' + Redis' if redis else ''}, gunicorn {options.workers} workers x "
        f"{options.threads} threads, {options.readers} readers + {options.joiners} joiners"
    )
    try:
        print(f"Preparing {database_url} in {work} …", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_seed_content", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        server = Server(env, options.workers, options.threads, log=str(work / "gunicorn.log"))
        try:
            server.wait()
            tag = uuid.uuid4().hex[:8]
            tally = run_load(server.url, options.seconds, options.readers, options.joiners, tag)
        finally:
            server.stop()
        rows, unique = stored(env, tag)
        ok = report(tally, rows, unique, label)
        errors = [line for line in server.errors().splitlines() if "Traceback" in line]
        if errors:
            print(f"server tracebacks: {len(errors)} (see {server.log})")
            ok = False
    finally:
        if drop:
            drop()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
