"""Production mode refuses to start without a real secret and passes check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TESTING", "DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_secret_key():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_weak_secret_key():
    result = run_manage("check", DEBUG="0", SECRET_KEY="short")
    assert result.returncode != 0
    assert "too weak" in result.stderr


def test_check_deploy_has_no_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x" * 20 + "-production-grade-secret-for-the-check-only-0123456789",
        ALLOWED_HOSTS="portal.example.org",
        CONTACT_EMAIL="contact@portal.example.org",
        STAFF_NOTIFICATION_EMAILS="team@portal.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_about_placeholder_addresses():
    result = run_manage(
        "check",
        "--deploy",
        DEBUG="0",
        SECRET_KEY="x" * 20 + "-production-grade-secret-for-the-check-only-0123456789",
        ALLOWED_HOSTS="portal.example.org",
    )
    assert "network.W001" in result.stderr + result.stdout
    assert "CONTACT_EMAIL is 'network@localhost'" in result.stderr + result.stdout
    assert "network.W002" in result.stderr + result.stdout
