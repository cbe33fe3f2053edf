"""Admin login throttling with django-axes (issue 13): per account and per address."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import call_command

pytestmark = pytest.mark.django_db

LOGIN = "/en/admin/login/"


@pytest.fixture
def staff():
    return User.objects.create_user("editor", password="right-password-123", is_staff=True)


def attempt(client, username, password, address="203.0.113.5", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/en/admin/"},
        REMOTE_ADDR=address,
        **extra,
    )


def test_the_account_is_locked_after_repeated_failures(client, settings, staff):
    statuses = [
        # Each failure from a new address: the account lock, not the address lock, trips.
        attempt(client, "editor", "wrong", address=f"198.51.100.{number}").status_code
        for number in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    response = attempt(client, "editor", "right-password-123", address="192.0.2.77")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    # The documented unlock command lets the right password in again.
    call_command("axes_reset_username", "editor")
    assert attempt(client, "editor", "right-password-123").status_code == 302


def test_an_address_is_locked_across_accounts(client, settings, staff):
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"nobody{number}", "wrong")
    assert attempt(client, "editor", "right-password-123").status_code == 429
    assert attempt(client, "editor", "right-password-123", address="192.0.2.8").status_code == 302


def test_lockout_message_is_in_arabic_on_the_arabic_admin(client, settings, staff):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/ar/admin/login/", {"username": "editor", "password": "wrong"})
    response = client.post("/ar/admin/login/", {"username": "editor", "password": "x"})
    assert response.status_code == 429
    assert "محاولات تسجيل دخول فاشلة كثيرة" in response.content.decode()


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, settings, staff):
    settings.RATE_LIMIT_TRUSTED_PROXIES = ["203.0.113.5"]  # attempt()'s REMOTE_ADDR
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"x{number}", "wrong", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert AccessAttempt.objects.filter(ip_address="203.0.113.9").exists()
    # Same proxy, another visitor: not locked out.
    response = attempt(client, "editor", "right-password-123", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert response.status_code == 302


def test_a_successful_login_is_not_throttled(client, staff):
    assert attempt(client, "editor", "right-password-123").status_code == 302
