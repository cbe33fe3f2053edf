"""`make bench`: the portal served by gunicorn in production mode, page type by page type.

For each size (the seed content, then 5,000 generated cities) it builds a throwaway database,
serves it with gunicorn (DEBUG off, a generated SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, two sync
workers) and loads every page type with wrk:

- cold: the page cache off (PAGE_CACHE_SECONDS=0), every request renders;
- warm: the page cache on, after one request filled it;
- floor: the same bytes served as a static file by a trivial WSGI app under the same gunicorn
  settings, in the same run; page/floor is the page's requests per second over the floor's;
- p99 latency (warm and cold), bytes transferred with and without gzip, the query count of a
  render (Django test client, page cache off), and errors at 64 connections (warm).

`make bench DB=postgres` uses PostgreSQL (BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/portal_bench, dropped and recreated) and Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/15, flushed). A benchmark, not a test: it needs
wrk (`apt-get install wrk`) and prints a table; figures move ±10–15 % between runs, ratios less.

At 50,000 cities (on PostgreSQL by default, with the 100,000 events of two per city) the table
adds what issue 21 asked for: a single cold request's time (median of three), the search
queries, the downloads and feeds (streamed: time to first byte and to the end, measured once,
not loaded with wrk), and each worker's memory after every page type was served.

Environment: BENCH_SIZES ("seed 5000", "seed 5000 50000" with DB=postgres), BENCH_SECONDS (5
per measurement), BENCH_CONNECTIONS (16), BENCH_PORT (8190; the floor uses the next port),
BENCH_KEEP (keep the databases).
"""

import gzip
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
PORT = int(os.environ.get("BENCH_PORT", "8190"))
POSTGRES = os.environ.get("DB", "sqlite").startswith("postgres")
SIZES = os.environ.get("BENCH_SIZES", "seed 5000 50000" if POSTGRES else "seed 5000").split()

# (page type, path): one of each kind of public page, the directory's deepest page included.
PAGES = [
    ("home", "/ar/"),
    ("home (en)", "/en/"),
    ("hubs", "/ar/hubs/"),
    ("hub", "/ar/hubs/western-balkans/"),
    ("directory", "/ar/cities/"),
    ("directory, last page", "/ar/cities/?page=last"),
    ("directory, has a council", "/ar/cities/?council=yes"),
    ("city", "/ar/cities/elbasan/"),
    ("councils", "/ar/councils/"),
    ("spotlights", "/ar/spotlights/"),
    ("spotlight", "/ar/spotlights/city-spotlight-elbasan-albania/"),
    ("events", "/ar/events/"),
    ("events, last page", "/ar/events/?page=last"),
    ("testimonials", "/ar/testimonials/"),
    ("site search", "/ar/search/?q=elbasan"),
    ("site search (en)", "/en/search/?q=bosnia"),
    # Issue 21's queries: a common Arabic word, one letter, a word in many city names, a name.
    ("site search, common word", "/ar/search/?q=%D8%A7%D9%84%D8%B4%D8%A8%D8%A7%D8%A8"),
    ("site search, one letter", "/ar/search/?q=a"),
    ("site search, governorate", "/ar/search/?q=%D9%85%D8%AD%D8%A7%D9%81%D8%B8%D8%A9"),
    ("site search, a city's name", "/en/search/?q=Sample+city+04242"),
    ("numbers", "/ar/numbers/"),
    ("sitemap index", "/sitemap.xml"),
    ("sitemap, cities", "/sitemap-cities.xml"),
    # The open-data API is not language-prefixed; its list pages hold 50 items.
    ("api cities", "/api/v1/cities/"),
    ("api city", "/api/v1/cities/elbasan/"),
    ("api events", "/api/v1/events/"),
]
# Streamed downloads and feeds: first byte and whole time of one request each.
DOWNLOADS = [
    ("directory CSV", "/ar/cities/csv/"),
    ("councils CSV", "/ar/councils/csv/"),
    ("calendar, all events", "/ar/events/calendar.ics"),
    ("calendar, one hub", "/ar/hubs/western-balkans/calendar.ics"),
    ("sitemap, events", "/sitemap-events.xml"),
]


def log(message):
    print(message, file=sys.stderr, flush=True)


def base_env(database_url, redis_url, static_root):
    env = dict(os.environ)
    for name in ("TESTING", "DEBUG", "DJANGO_SETTINGS_MODULE", "REDIS_URL"):
        env.pop(name, None)
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        STATIC_ROOT=str(static_root),
        LOG_LEVEL="WARNING",
        # The bench asks the API far more often than its per-address rate limit allows.
        API_RATE_LIMIT="1000000/minute",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def fresh_database(kind, size):
    """A new empty database for ``size``; returns its URL."""
    if kind == "sqlite":
        return f"sqlite:///{Path(tempfile.mkdtemp(prefix='bench-')) / f'{size}.sqlite3'}"
    import psycopg

    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return url


def wait_port(port, timeout=30):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing answers on port {port}")


class Gunicorn:
    """gunicorn with two sync workers, as in production; stopped on exit."""

    def __init__(self, app, port, env, cwd=ROOT):
        self.port = port
        command = [str(BIN / "gunicorn"), app, "-b", f"127.0.0.1:{port}", "-w", "2"]
        command += ["--access-logfile", "/dev/null", "--no-control-socket"]
        self.process = subprocess.Popen(command, cwd=cwd, env=env, start_new_session=True)

    def __enter__(self):
        wait_port(self.port)
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def fetch(port, path, encoding=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if encoding:
        request.add_header("Accept-Encoding", encoding)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.read(), dict(response.headers)


def wrk(port, path, connections=CONNECTIONS, seconds=SECONDS):
    """Requests per second, p99 in ms and errors (socket errors plus non-2xx answers)."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    output = subprocess.run(
        [*command, f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", output)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, p99_ms, errors + (int(non_2xx.group(1)) if non_2xx else 0)


FLOOR_APP = """
import json, os
_DIR = os.environ["FLOOR_DIR"]
_INDEX = json.load(open(os.path.join(_DIR, "index.json")))

def application(environ, start_response):
    path = environ["PATH_INFO"] + ("?" + environ["QUERY_STRING"] if environ["QUERY_STRING"] else "")
    name, content_type = _INDEX[path]
    filename = os.path.join(_DIR, name)
    start_response("200 OK", [("Content-Type", content_type),
                              ("Content-Length", str(os.path.getsize(filename)))])
    return environ["wsgi.file_wrapper"](open(filename, "rb"), 65536)
"""


def floor_rps(bodies):
    """Requests per second for each page's bytes served as a static file (sendfile)."""
    import json

    folder = Path(tempfile.mkdtemp(prefix="bench-floor-"))
    (folder / "floor_app.py").write_text(FLOOR_APP)
    index = {}
    for number, (path, (body, content_type)) in enumerate(bodies.items()):
        (folder / f"{number}.html").write_bytes(body)
        index[path] = (f"{number}.html", content_type)
    (folder / "index.json").write_text(json.dumps(index))
    env = dict(os.environ, FLOOR_DIR=str(folder))
    try:
        with Gunicorn("floor_app:application", PORT + 1, env, cwd=folder):
            return {path: wrk(PORT + 1, path)[0] for path in bodies}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def query_counts(env):
    """Queries per page, rendered by the Django test client with the page cache off."""
    script = (
        "import json, django; django.setup()\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.core.cache import cache\n"
        "client, counts = Client(), {}\n"
        f"for path in {[path for _name, path in PAGES]!r}:\n"
        "    cache.clear()\n"
        "    queries = []\n"
        "    with connection.execute_wrapper(lambda run, sql, *rest: queries.append(sql) or run(sql, *rest)):\n"  # noqa: E501
        "        client.get(path)\n"
        "    counts[path] = len(queries)\n"
        "print('COUNTS' + json.dumps(counts))\n"
    )
    env = dict(env, PAGE_CACHE_SECONDS="0", DJANGO_SETTINGS_MODULE="network.settings.base")
    output = subprocess.run(
        [PYTHON, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    import json

    return json.loads(output.split("COUNTS", 1)[1])


def measure(kind, size, static_root, redis_url):
    log(f"== {kind}, {size}: building the database")
    database_url = fresh_database(kind, size)
    env = base_env(database_url, redis_url, static_root)
    if redis_url:
        subprocess.run(["redis-cli", "-u", redis_url, "FLUSHDB"], check=True, capture_output=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_seed_content", "-v0")
    if size != "seed":
        per_city = "2" if int(size) >= 50000 else "1"  # the 100,000 events at 50,000
        manage(env, "generate_network", "--cities", size, "--events-per-city", per_city, "--force")
    counts = query_counts(env)
    rows = {}
    # Cold: every request renders (fragments kept under the content version still count).
    with Gunicorn("network.wsgi:application", PORT, dict(env, PAGE_CACHE_SECONDS="0")) as server:
        for name, path in PAGES:
            status, body, headers = fetch(PORT, path)
            _status, zipped, zheaders = fetch(PORT, path, "gzip")
            if zheaders.get("Content-Encoding") != "gzip":
                zipped = gzip.compress(body)  # what a compressing proxy would send
            rows[path] = {
                "name": name,
                "status": status,
                "bytes": len(body),
                "gzip": len(zipped),
                "body": body,
                "type": headers.get("Content-Type", "text/html"),
                "queries": counts.get(path),
            }
            rows[path]["cold_ms"] = statistics.median(timed(PORT, path)[1] for _ in range(3))
            wrk(PORT, path, seconds=1)  # warm-up: imports, templates, fragments
            rows[path]["cold"], rows[path]["cold_p99"], rows[path]["cold_err"] = wrk(PORT, path)
            log(f"   cold {name}: {rows[path]['cold']:.0f} rps")
        downloads = {name: timed(PORT, path) for name, path in DOWNLOADS}
        rss = worker_rss(server)
    with Gunicorn("network.wsgi:application", PORT, env):
        for name, path in PAGES:
            fetch(PORT, path)  # fills the page cache
            rows[path]["warm"], rows[path]["warm_p99"], rows[path]["warm_err"] = wrk(PORT, path)
            _rps, _p99, rows[path]["err64"] = wrk(PORT, path, connections=64, seconds=3)
            log(f"   warm {name}: {rows[path]['warm']:.0f} rps")
    floors = floor_rps({path: (row["body"], row["type"]) for path, row in rows.items()})
    for path, row in rows.items():
        row["floor"] = floors[path]
    if kind == "postgres" and not os.environ.get("BENCH_KEEP"):
        fresh_database(kind, size)  # leave it empty
    return rows, downloads, rss


def timed(port, path):
    """``(first byte ms, whole ms, bytes)`` of one request."""
    start = time.monotonic()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=300) as response:
        first = response.read(1)
        first_byte = (time.monotonic() - start) * 1000
        size = len(first) + len(response.read())
    return first_byte, (time.monotonic() - start) * 1000, size


def worker_rss(server):
    """The largest resident memory of the server's workers, in MB."""
    output = subprocess.run(
        ["ps", "--ppid", str(server.process.pid), "-o", "rss="], capture_output=True, text=True
    ).stdout.split()
    return max((int(kb) for kb in output), default=0) // 1024


def table(kind, size, measured):
    rows, downloads, rss = measured
    lines = [
        f"\n### {kind}, {size} cities"
        + (" (seed content)" if size == "seed" else "")
        + f": wrk {CONNECTIONS} connections, {SECONDS} s, gunicorn -w 2 sync\n",
        "| page | cold ms | cold rps | cold/floor | cold p99 ms | warm rps | warm/floor "
        "| warm p99 ms | floor rps | bytes | gzip bytes | queries | errors (64 conn.) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for path, row in rows.items():
        errors = row["cold_err"] + row["warm_err"] + row["err64"]
        lines.append(
            f"| {row['name']} `{path}` | {row['cold_ms']:.0f} | {row['cold']:.0f} "
            f"| {row['cold'] / row['floor']:.3f} "
            f"| {row['cold_p99']:.0f} | {row['warm']:.0f} | {row['warm'] / row['floor']:.2f} "
            f"| {row['warm_p99']:.0f} | {row['floor']:.0f} | {row['bytes']:,} | {row['gzip']:,} "
            f"| {row['queries']} | {errors} ({row['err64']}) |"
        )
    lines += ["", "| download (cold, one request) | first byte ms | whole ms | bytes |"]
    lines.append("|---|---|---|---|")
    for name, (first_byte, whole, size) in downloads.items():
        lines.append(f"| {name} | {first_byte:.0f} | {whole:.0f} | {size:,} |")
    lines.append(f"\nWorker memory after serving every page type once (cold pass): {rss} MB")
    return "\n".join(lines)


def flat_cost(kind, sizes):
    """Seed against the largest size: how much longer a cold render takes (cold requests per
    second at seed over those at scale: at 16 connections on two workers the time per request
    is their inverse), and whether the query count moved. Target: 1.5 at most, same count."""
    (small, (small_rows, *_)), (large, (large_rows, *_)) = sizes[0], sizes[-1]
    lines = [
        f"\n### {kind}, flat cost: {small} -> {large} cities (target: time x1.5 at most, "
        "same queries)\n",
        "| page | cold rps | time ratio | queries | holds |",
        "|---|---|---|---|---|",
    ]
    for path, row in large_rows.items():
        before = small_rows[path]
        ratio = before["cold"] / row["cold"]
        holds = ratio <= 1.5 and before["queries"] == row["queries"]
        lines.append(
            f"| {row['name']} | {before['cold']:.0f} -> {row['cold']:.0f} | {ratio:.2f} "
            f"| {before['queries']} -> {row['queries']} | {'yes' if holds else 'NO'} |"
        )
    return "\n".join(lines)


def main():
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk: apt-get install wrk")
    kind = "postgres" if POSTGRES else "sqlite"
    redis_url = (
        os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15") if kind == "postgres" else ""
    )
    static_root = Path(tempfile.mkdtemp(prefix="bench-static-"))
    env = base_env("sqlite:///:memory:", "", static_root)
    manage(env, "collectstatic", "--noinput", "-v0")
    print(f"# make bench: {kind}" + (" + Redis" if redis_url else ""), flush=True)
    measured = []
    for size in SIZES:
        measured.append((size, measure(kind, size, static_root, redis_url)))
        print(table(kind, *measured[-1]), flush=True)
    if len(measured) > 1:
        print(flat_cost(kind, measured), flush=True)
    shutil.rmtree(static_root, ignore_errors=True)


if __name__ == "__main__":
    main()
