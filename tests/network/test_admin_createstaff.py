"""createstaff: a local staff account with no shipped password, refused in production."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from network.roles import HUB_EDITORS, NETWORK_EDITORS
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-local-passphrase-42"


def test_refuses_when_debug_is_off(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("createstaff", username="alice", password_from_env="STAFF_PW")
    assert not get_user_model().objects.filter(username="alice").exists()


def test_force_runs_with_debug_off(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command("createstaff", username="alice", password_from_env="STAFF_PW", force=True)
    assert get_user_model().objects.get(username="alice").check_password(PASSWORD)


def test_password_from_env_creates_a_network_editor(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command(
        "createstaff", username="alice", email="a@example.org", password_from_env="STAFF_PW"
    )
    user = get_user_model().objects.get(username="alice")
    assert user.is_staff and user.is_superuser
    assert user.check_password(PASSWORD)
    assert user.groups.filter(name=NETWORK_EDITORS).exists()


def test_asks_for_the_password_twice(settings, monkeypatch):
    settings.DEBUG = True
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    monkeypatch.setattr("builtins.input", lambda prompt="": "bob")
    call_command("createstaff")
    assert get_user_model().objects.get(username="bob").check_password(PASSWORD)


def test_mismatched_passwords_are_refused(settings, monkeypatch):
    settings.DEBUG = True
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="do not match"):
        call_command("createstaff", username="bob")
    assert not get_user_model().objects.filter(username="bob").exists()


@pytest.mark.parametrize("weak", ["", "password", "12345678"])
def test_weak_or_empty_passwords_are_refused(settings, monkeypatch, weak):
    settings.DEBUG = True
    monkeypatch.setenv("STAFF_PW", weak)
    with pytest.raises(CommandError):
        call_command("createstaff", username="carol", password_from_env="STAFF_PW")
    assert not get_user_model().objects.filter(username="carol").exists()


def test_existing_user_is_not_overwritten(settings, monkeypatch):
    settings.DEBUG = True
    get_user_model().objects.create_user("dave", password="old-Secret-9876")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    with pytest.raises(CommandError, match="already exists"):
        call_command("createstaff", username="dave", password_from_env="STAFF_PW")
    assert get_user_model().objects.get(username="dave").check_password("old-Secret-9876")


def test_hub_option_creates_a_hub_editor(settings, monkeypatch):
    settings.DEBUG = True
    hub = factories.HubFactory(slug="western-balkans")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command(
        "createstaff", username="erin", password_from_env="STAFF_PW", hub=["western-balkans"]
    )
    user = get_user_model().objects.get(username="erin")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name=HUB_EDITORS).exists()
    assert list(user.edited_hubs.all()) == [hub]
    with pytest.raises(CommandError, match="No hub"):
        call_command("createstaff", username="frank", password_from_env="STAFF_PW", hub=["nope"])
