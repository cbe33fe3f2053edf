"""Admin login throttling with django-axes (issues 13, 18): per address, not by user name."""

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


def test_an_account_cannot_be_locked_by_its_name_from_elsewhere(client, settings, staff):
    """Failures from one address lock that address only: the owner logs in from theirs."""
    statuses = [
        attempt(client, "editor", "wrong").status_code for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    response = attempt(client, "editor", "right-password-123")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert attempt(client, "editor", "right-password-123", address="192.0.2.77").status_code == 302
    # The documented unlock command lets the right password in again from the locked address.
    call_command("axes_reset_ip", "203.0.113.5")
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
