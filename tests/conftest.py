"""Shared fixtures for the whole suite."""

import pytest


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    """Uploads made by a test land in a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def posts_run_on_commit(client, django_capture_on_commit_callbacks, monkeypatch):
    """The test client's POSTs run their on_commit callbacks, as a committed request would."""
    original = client.post

    def post(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(*args, **kwargs)

    monkeypatch.setattr(client, "post", post)


@pytest.fixture
def mail_worker(settings, monkeypatch):
    """Mail is queued, not sent in-process; calling the fixture runs what a worker would.

    ``mail_worker()`` creates the tasks of due schedules (the retries), then takes every queued
    task off the database broker and runs it through django-q2's own worker and monitor, as
    ``manage.py qcluster`` does, in this thread and inside the test's transaction.
    """
    from multiprocessing import Value
    from queue import Queue

    import django_q.monitor
    import django_q.worker
    from django_q.brokers import get_broker
    from django_q.scheduler import scheduler
    from django_q.signing import SignedPackage

    settings.MAIL_QUEUE_SYNC = False
    # The cluster closes stale connections between tasks; here that would be the test's own.
    for module in (django_q.worker, django_q.monitor):
        monkeypatch.setattr(module, "close_old_django_connections", lambda: None)
    monkeypatch.setattr("django_q.scheduler.close_old_django_connections", lambda: None)

    def run():
        broker = get_broker()
        scheduler(broker)
        done = 0
        while broker.queue_size():
            for ack_id, package in broker.dequeue() or []:
                task = SignedPackage.loads(package)
                task["ack_id"] = ack_id
                tasks, results = Queue(), Queue()
                tasks.put(task)
                tasks.put("STOP")
                django_q.worker.worker(tasks, results, Value("f", -1), timeout=-1)
                results.put("STOP")
                django_q.monitor.monitor(results, broker)
                done += 1
        return done

    return run
