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
