"""The database waits for locks and gives up on a hung server instead of hanging a worker."""

import os
import socket
import subprocess
import sys
import threading

from tests.network.test_settings import ROOT, run_manage

SHOW_OPTIONS = "from django.db import connection; print(connection.settings_dict['OPTIONS'])"


def test_sqlite_queues_concurrent_writers_by_default(tmp_path):
    db = tmp_path / "db.sqlite3"
    result = run_manage("shell", "-c", SHOW_OPTIONS, DEBUG="1", DATABASE_URL=f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    assert "'transaction_mode': 'IMMEDIATE'" in result.stdout
    assert "journal_mode=WAL" in result.stdout
    assert "'timeout': 20" in result.stdout
    wal = run_manage(
        "shell",
        "-c",
        "from django.db import connection; c = connection.cursor(); "
        "print(c.execute('PRAGMA journal_mode').fetchone()[0])",
        DEBUG="1",
        DATABASE_URL=f"sqlite:///{db}",
    )
    assert wal.stdout.split()[-1] == "wal"


def hung_server():
    """A TCP server that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return listener


def test_healthz_answers_503_when_postgresql_hangs():
    listener = hung_server()
    port = listener.getsockname()[1]
    try:
        result = run_manage(
            "shell",
            "-c",
            "from django.test import Client; r = Client(HTTP_HOST='localhost').get('/healthz'); "
            "print(r.status_code, r.content.decode())",
            DEBUG="1",
            DATABASE_URL=f"postgres://nobody@127.0.0.1:{port}/nothing",
            DATABASE_CONNECT_TIMEOUT="1",
        )
    finally:
        listener.close()
    assert result.returncode == 0, result.stderr
    assert "503 " in result.stdout, result.stdout
    assert "unavailable" in result.stdout


class FreezableProxy:
    """A TCP relay to the real PostgreSQL that can stop relaying, as a hung server (or a
    network that drops everything) would: connections stay open, nothing answers."""

    def __init__(self, port=5432):
        self.target = ("127.0.0.1", port)
        self.frozen = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client = self.listener.accept()[0]
            except OSError:
                return
            server = socket.create_connection(self.target)
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._relay, args=(source, sink), daemon=True).start()

    def _relay(self, source, sink):
        while data := source.recv(65536):
            if self.frozen.is_set():
                continue  # swallowed: the other side waits for ever
            sink.sendall(data)

    def close(self):
        self.listener.close()


HEALTHZ_TWICE = """
import sys, time
from django.test import Client
client = Client(HTTP_HOST="localhost")
print(client.get("/healthz").status_code, flush=True)  # warms the persistent connection
sys.stdin.readline()
started = time.monotonic()
print(client.get("/healthz").status_code, round(time.monotonic() - started, 1), flush=True)
"""


def test_healthz_answers_503_within_seconds_when_postgresql_hangs_on_a_warm_connection():
    proxy = FreezableProxy()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TESTING", "DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DEBUG="1",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{proxy.port}/postgres",
        DATABASE_CONNECT_TIMEOUT="2",
        CONN_MAX_AGE="600",
    )
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", HEALTHZ_TWICE],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(20, process.kill)  # a hang fails the test, not the run
    watchdog.start()
    try:
        assert process.stdout.readline().split() == ["200"]
        proxy.frozen.set()
        process.stdin.write("go\n")
        process.stdin.flush()
        status, seconds = process.stdout.readline().split()
    finally:
        watchdog.cancel()
        process.kill()
        process.wait()
        proxy.close()
    assert status == "503"
    assert float(seconds) < 5
