"""Visitors submitting the join form at the same moment, against a real multi-process server
(gunicorn) on the database under test: every one gets an answer, every accepted application is
stored, and no two share a reference."""

import sqlite3
import threading

import pytest
import requests
from django.db import connection

from tests.loadtest import Server, production_env, submit_join

JOINERS = 16
EACH = 2


def server_database(tmp_path):
    """A database URL the server processes can open: the test database itself, or on SQLite
    (in memory, private to this process) a file copy of it."""
    if connection.vendor == "sqlite":
        path = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            connection.connection.backup(copy)
        return f"sqlite:///{path}"
    settings = connection.settings_dict
    credentials = settings["USER"] + (f":{settings['PASSWORD']}" if settings["PASSWORD"] else "")
    host = f"{settings['HOST'] or '127.0.0.1'}:{settings['PORT'] or 5432}"
    return f"postgres://{credentials}@{host}/{settings['NAME']}"


def stored_references(database_url):
    if connection.vendor == "sqlite":
        path = database_url.removeprefix("sqlite:///")
        with sqlite3.connect(path) as db:
            rows = db.execute("SELECT reference FROM cities_membershipapplication")
            return [row[0] for row in rows]
    # A connection of its own, as the server's are: the test's connection sat idle while the
    # server worked, and CI has seen such an idle PostgreSQL session ended under it.
    import psycopg

    with psycopg.connect(database_url) as db:
        rows = db.execute("SELECT reference FROM cities_membershipapplication")
        return [row[0] for row in rows]


@pytest.mark.django_db(transaction=True)
def test_simultaneous_joins_are_all_answered_and_all_stored(tmp_path):
    database_url = server_database(tmp_path)
    # DEBUG on spares collecting static files; the database options are production's
    # (SQLite: immediate transactions, busy timeout, WAL), since TESTING is not set.
    env = production_env(database_url, DEBUG="1", MEDIA_ROOT=str(tmp_path / "media"))
    connection.close()  # reopened by the test's teardown; not held idle while the server works
    server = Server(env, workers=3, threads=4, log=str(tmp_path / "gunicorn.log")).wait()
    statuses, accepted = [], []
    start = threading.Barrier(JOINERS)

    def joiner(index):
        session = requests.Session()
        start.wait()
        for number in range(EACH):
            status, ok = submit_join(session, server.url, "concurrency", f"{index}-{number}")
            statuses.append(status)
            accepted.append(ok)

    try:
        threads = [threading.Thread(target=joiner, args=(i,)) for i in range(JOINERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.stop()
    assert "Traceback" not in server.errors()
    assert sorted(set(statuses)) == [303], statuses
    references = stored_references(database_url)
    assert sum(accepted) == JOINERS * EACH == len(references)
    assert len(set(references)) == len(references)
