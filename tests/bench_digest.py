"""A benchmark, not a test: one round of e-mail updates to 10,000 subscribers through the queue.

    make bench-digest          # or: .venv/bin/python -m tests.bench_digest [--subscribers N]

On a fresh PostgreSQL database (``BENCH_DATABASE_URL``, default .../follow_bench) it loads a
little fresh content and N confirmed subscribers (a quarter following the whole network, the
rest a hub, a topic or a city; half in Arabic), starts a small SMTP sink on ``--smtp-port`` and
``manage.py qcluster`` in production mode, queues one round (``follow.digest.start_round``)
and waits until every batch is finished. It prints the wall time, messages per second, the
queries per message (one batch of 100 measured in-process beforehand) and the worker
processes' peak resident memory.
"""

import argparse
import asyncio
import datetime
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")


def log(message):
    print(message, file=sys.stderr, flush=True)


class SmtpSink:
    """Accepts every message and counts them: just enough SMTP for Django's backend."""

    def __init__(self, port):
        self.port, self.messages, self.loop = port, 0, asyncio.new_event_loop()
        self.ready = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()
        self.ready.wait(10)

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(asyncio.start_server(self._session, "127.0.0.1", self.port))
        self.ready.set()
        self.loop.run_forever()

    async def _session(self, reader, writer):
        writer.write(b"220 sink ESMTP\r\n")
        while line := await reader.readline():
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-sink\r\n250 8BITMIME\r\n")
            elif verb == b"DATA":
                writer.write(b"354 go on\r\n")
                await writer.drain()
                while (await reader.readline()) != b".\r\n":
                    pass
                self.messages += 1
                writer.write(b"250 queued\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 bye\r\n")
                await writer.drain()
                break
            else:  # MAIL, RCPT, RSET, NOOP
                writer.write(b"250 ok\r\n")
            await writer.drain()
        writer.close()


def fresh_database(url):
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def rss_kib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def process_tree(root):
    """``root`` and every descendant, from /proc."""
    children = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def load_content_and_subscribers(count):
    from django.utils import timezone

    from cities.models import City
    from follow.models import Subscriber
    from hubs.models import Event, Hub
    from library.models import Topic
    from spotlights.models import Spotlight
    from testimonials.models import Testimonial
    from tests import factories

    now = timezone.now()
    fresh = now - datetime.timedelta(minutes=1)
    hubs = [factories.HubFactory(slug=f"hub-{n}") for n in range(3)]
    topics = [factories.TopicFactory(slug=f"topic-{n}") for n in range(5)]
    cities = [factories.CityFactory(country__hub=hubs[n % 3]) for n in range(30)]
    for n in range(12):
        spotlight = factories.SpotlightFactory(city=cities[n], published_at=fresh)
        spotlight.topics.add(topics[n % 5])
    for n in range(6):
        factories.EventFactory(
            hub=hubs[n % 3],
            host_city=cities[n],
            start_date=timezone.localdate() + datetime.timedelta(days=30 + n),
            published_at=fresh,
        )
    for n in range(6):
        factories.TestimonialFactory(city=cities[n], published_at=fresh)
    for n in range(4):
        factories.ResourceFactory(published_at=fresh).topics.add(topics[n])

    confirmed = now - datetime.timedelta(days=1)
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.org",
            language="ar" if n % 2 else "en",
            frequency=Subscriber.Frequency.ON_PUBLISH,
            whole_network=n % 4 == 0,
            confirmed_at=confirmed,
            last_round_at=confirmed,
        )
        for n in range(count)
    )
    pks = list(Subscriber.objects.order_by("pk").values_list("pk", flat=True))
    through = {
        relation: Subscriber._meta.get_field(relation).remote_field.through
        for relation in ("hubs", "topics", "cities")
    }
    rows = {"hubs": [], "topics": [], "cities": []}
    for n, pk in enumerate(pks):
        if n % 4 == 1:
            rows["hubs"].append(through["hubs"](subscriber_id=pk, hub_id=hubs[n % 3].pk))
        elif n % 4 == 2:
            rows["topics"].append(through["topics"](subscriber_id=pk, topic_id=topics[n % 5].pk))
        elif n % 4 == 3:
            rows["cities"].append(through["cities"](subscriber_id=pk, city_id=cities[n % 30].pk))
    for relation, objects in rows.items():
        through[relation].objects.bulk_create(objects, batch_size=2000)
    assert Hub.objects.count() and Topic.objects.count() and City.objects.count()
    assert Spotlight.objects.count() and Event.objects.count() and Testimonial.objects.count()
    return pks


def queries_per_message(pks):
    """Send one batch of 100 in-process and count its queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from follow import digest
    from follow.models import Batch, Subscriber

    batch = Batch.objects.create()
    Subscriber.objects.filter(pk__in=pks[:100]).update(batch=batch)
    with CaptureQueriesContext(connection) as queries:
        digest.deliver_batch(batch.pk)
    sent = Batch.objects.get(pk=batch.pk).sent
    return len(queries), sent


def stop(worker):
    """SIGTERM to the cluster, then SIGKILL: its own shutdown can hang (django-q2 #66, #346)."""
    os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--smtp-port", type=int, default=23025)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    url = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/follow_bench")
    fresh_database(url)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("TESTING", "REDIS_URL")},
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": url,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(args.smtp_port),
        "QUEUE_WORKERS": str(args.workers),
        "MAIL_QUEUE_SYNC": "0",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "network.settings"
    sys.path.insert(0, str(ROOT))
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    import django

    django.setup()
    from follow import digest
    from follow.models import Batch

    sink = SmtpSink(args.smtp_port)
    log(f"loading content and {args.subscribers:,} subscribers (+100 for the query count)…")
    pks = load_content_and_subscribers(args.subscribers + 100)
    queries, measured = queries_per_message(pks)
    log(f"one batch in-process: {queries} queries for {measured} messages")

    worker = subprocess.Popen(
        [PYTHON, "manage.py", "qcluster"], cwd=ROOT, env=env, start_new_session=True
    )
    try:
        time.sleep(3)  # the cluster's processes start
        sink.messages = 0
        started = time.perf_counter()
        summary = digest.start_round()
        batches = Batch.objects.filter(finished_at__isnull=True).count()
        log(f"round queued: {summary}")
        peak = {}
        while Batch.objects.filter(finished_at__isnull=True).exists():
            for pid in process_tree(worker.pid):
                peak[pid] = max(peak.get(pid, 0), rss_kib(pid))
            if time.perf_counter() - started > 1800:
                raise SystemExit("gave up after 30 minutes")
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
    finally:
        stop(worker)
    sent = sink.messages
    print(f"subscribers in the round   {args.subscribers:,} in {batches} batches")
    print(f"messages taken by the sink {sent:,}")
    print(
        f"wall time                  {elapsed:.1f} s ({sent / elapsed:.0f} messages/s, "
        f"{args.workers} workers)"
    )
    print(
        f"queries per message        {queries / max(measured, 1):.2f} "
        f"({queries} for a batch of {measured})"
    )
    biggest = max(peak.values(), default=0)
    print(
        f"worker memory (peak RSS)   largest process {biggest / 1024:.0f} MiB; "
        f"all {len(peak)} cluster processes {sum(peak.values()) / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
