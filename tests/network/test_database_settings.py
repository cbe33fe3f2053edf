"""The database waits for locks and gives up on a hung server instead of hanging a worker."""

import socket
import threading

from tests.network.test_settings import run_manage

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
