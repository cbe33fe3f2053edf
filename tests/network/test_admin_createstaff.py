"""createstaff: a local staff account with no shipped password, refused in production."""

import subprocess

import pytest
from django.conf import settings as settings_module
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from staff.roles import HUB_EDITORS, MEMBERSHIP_REVIEWERS, NETWORK_EDITORS
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a-Long-local-passphrase-42"
WHO = {"name": "Alice Martin", "email": "a@example.org", "role": "network-editor"}


def test_refuses_when_debug_is_off(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("createstaff", username="alice", password_from_env="STAFF_PW", **WHO)
    assert not get_user_model().objects.filter(username="alice").exists()


def test_force_runs_with_debug_off(settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command("createstaff", username="alice", password_from_env="STAFF_PW", force=True, **WHO)
    assert get_user_model().objects.get(username="alice").check_password(PASSWORD)


def test_password_from_env_creates_a_network_editor(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command("createstaff", username="alice", password_from_env="STAFF_PW", **WHO)
    user = get_user_model().objects.get(username="alice")
    assert user.is_staff and not user.is_superuser  # a superuser would see applicants' data
    assert (user.get_full_name(), user.email) == ("Alice Martin", "a@example.org")
    assert user.check_password(PASSWORD)
    assert user.groups.filter(name=NETWORK_EDITORS).exists()


def test_asks_for_the_password_twice(settings, monkeypatch):
    settings.DEBUG = True
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    answers_in = iter(["bob", "Bob Lee", "b@example.org", "reviewer"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers_in))
    call_command("createstaff")
    assert get_user_model().objects.get(username="bob").check_password(PASSWORD)


def test_mismatched_passwords_are_refused(settings, monkeypatch):
    settings.DEBUG = True
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="do not match"):
        call_command("createstaff", username="bob", **WHO)
    assert not get_user_model().objects.filter(username="bob").exists()


@pytest.mark.parametrize("weak", ["", "password", "12345678"])
def test_weak_or_empty_passwords_are_refused(settings, monkeypatch, weak):
    settings.DEBUG = True
    monkeypatch.setenv("STAFF_PW", weak)
    with pytest.raises(CommandError):
        call_command("createstaff", username="carol", password_from_env="STAFF_PW", **WHO)
    assert not get_user_model().objects.filter(username="carol").exists()


def test_existing_user_is_not_overwritten(settings, monkeypatch):
    settings.DEBUG = True
    get_user_model().objects.create_user("dave", password="old-Secret-9876")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    with pytest.raises(CommandError, match="already exists"):
        call_command("createstaff", username="dave", password_from_env="STAFF_PW", **WHO)
    assert get_user_model().objects.get(username="dave").check_password("old-Secret-9876")


def test_hub_option_creates_a_hub_editor(settings, monkeypatch):
    settings.DEBUG = True
    hub = factories.HubFactory(slug="western-balkans")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    call_command(
        "createstaff",
        username="erin",
        password_from_env="STAFF_PW",
        hub=["western-balkans"],
        name="Erin K",
        email="e@example.org",
    )
    user = get_user_model().objects.get(username="erin")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name=HUB_EDITORS).exists()
    assert list(user.edited_hubs.all()) == [hub]
    with pytest.raises(CommandError, match="No hub"):
        call_command(
            "createstaff",
            username="frank",
            password_from_env="STAFF_PW",
            hub=["nope"],
            name="F",
            email="f@example.org",
        )


def test_reviewer_role_and_superuser_only_on_request(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    who = {**WHO, "role": "reviewer"}
    call_command("createstaff", username="rita", password_from_env="STAFF_PW", **who)
    rita = get_user_model().objects.get(username="rita")
    assert not rita.is_superuser
    assert [group.name for group in rita.groups.all()] == [MEMBERSHIP_REVIEWERS]
    assert rita.has_perm("cities.change_membershipapplication")
    call_command(
        "createstaff", username="root", password_from_env="STAFF_PW", superuser=True, **WHO
    )
    assert get_user_model().objects.get(username="root").is_superuser


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"email": "not-an-address"}, "not a valid e-mail"),
        ({"role": "hub-editor"}, "at least one hub"),
        ({"hub": ["western-balkans"], "role": "reviewer"}, "for hub editors only"),
    ],
)
def test_bad_options_are_refused(settings, monkeypatch, options, message):
    settings.DEBUG = True
    factories.HubFactory(slug="western-balkans")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    monkeypatch.setattr("builtins.input", lambda prompt="": "")
    with pytest.raises(CommandError, match=message):
        call_command(
            "createstaff", username="x", password_from_env="STAFF_PW", **{**WHO, **options}
        )
    assert not get_user_model().objects.filter(username="x").exists()


def test_make_passes_hub_and_role_through():
    dry_run = subprocess.run(
        ["make", "-n", "createstaff", "ROLE=hub-editor", "HUB=western-balkans mena"],
        cwd=settings_module.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "createstaff --role hub-editor --hub western-balkans --hub mena" in dry_run


def test_an_unknown_hub_slug_is_answered_with_the_valid_ones(settings, monkeypatch):
    settings.DEBUG = True
    factories.HubFactory(slug="western-balkans")
    factories.HubFactory(slug="middle-east-north-africa")
    monkeypatch.setenv("STAFF_PW", PASSWORD)
    with pytest.raises(CommandError) as error:
        call_command(
            "createstaff",
            username="frank",
            password_from_env="STAFF_PW",
            hub=["mena"],
            name="Frank",
            email="f@example.org",
        )
    assert "No hub with the slug: mena" in str(error.value)
    assert "Hub slugs: middle-east-north-africa, western-balkans." in str(error.value)


def test_setup_roles_names_all_three_groups():
    from io import StringIO

    out = StringIO()
    call_command("setup_roles", stdout=out)
    for name in (NETWORK_EDITORS, HUB_EDITORS, MEMBERSHIP_REVIEWERS):
        assert f"{name}: " in out.getvalue()
