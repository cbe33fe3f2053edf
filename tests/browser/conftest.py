"""Playwright harness: one Chromium and one live server per test module, one page per test.

The seed content is loaded once per module and committed, and the module's tests only read it
through the browser (a join submission adds rows nobody else counts); the tables are flushed
when the module ends, so the rest of the suite starts from an empty database again.

Chromium comes from the system (Debian's package, never `playwright install`). Without it the
browser tests skip, except under REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
"""

import os
import shutil
import threading
from pathlib import Path

import pytest
from django.db.backends.signals import connection_created

from tests.browser.sample_site import load_site

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_URL = "/__test-only__/axe.min.js"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def chromium_path():
    """The system Chromium binary, or None."""
    candidates = [os.environ.get("CHROMIUM_PATH"), "/usr/lib/chromium/chromium"]
    candidates += [shutil.which(name) for name in ("chromium", "chromium-browser")]
    return next((path for path in candidates if path and os.access(path, os.X_OK)), None)


def pytest_collection_modifyitems(items):
    # Every test in this folder drives a browser against the live server.
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            # Asks pytest-django for the test database; the rows come from ``seeded_server``.
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        reason = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(f"{reason}; REQUIRE_BROWSER=1 makes this a failure.", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the ORM calls made by
    # fixtures and the live server's flush would otherwise refuse to run next to it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(
                executable_path=path, args=CHROMIUM_ARGS, headless=True
            )
            yield instance
            instance.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


class ConsoleLog:
    """Console errors and page errors seen by one page, CSP violations among them."""

    def __init__(self, page):
        self.errors = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _on_console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    @property
    def csp_violations(self):
        return [text for text in self.errors if "Content Security Policy" in text]


@pytest.fixture(scope="module")
def seeded_server(django_db_setup, django_db_blocker):
    """A live server over the seed content, shared by one module's tests.

    pytest-django's ``live_server`` makes every test transactional, which would flush and
    reload the whole seed for each test; here the module keeps database access open for the
    server thread and cleans up once at the end.
    """
    from django.core.management import call_command
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        paths = load_site()
        name_server_sessions.tests_thread = threading.current_thread()
        connection_created.connect(name_server_sessions)
        server = LiveServer("localhost")
        try:
            yield server.url, paths
        finally:
            server.stop()
            connection_created.disconnect(name_server_sessions)
            close_server_connections()
            call_command("flush", interactive=False, verbosity=0)


SERVER_SESSION = "browser-tests-live-server"


def name_server_sessions(sender, connection, **kwargs):
    """Label the PostgreSQL sessions the live server's threads open, so that the teardown can
    end exactly those. Ending "every session but this one" also ended sessions the tests
    themselves had opened (a test's connection is not always the teardown's), and the next
    test on that worker failed with "terminating connection due to administrator command"."""
    if (
        connection.vendor == "postgresql"
        and threading.current_thread() is not name_server_sessions.tests_thread
    ):
        with connection.cursor() as cursor:
            cursor.execute("SET application_name = %s", [SERVER_SESSION])


def close_server_connections():
    """End the database sessions the server's request threads may still hold open.

    On PostgreSQL a lingering session would stop pytest from dropping the test database.
    """
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND application_name = %s",
                [SERVER_SESSION],
            )


@pytest.fixture
def site(seeded_server):
    """``{page type: path without language prefix}`` for the loaded content."""
    return seeded_server[1]


@pytest.fixture
def live_url(seeded_server):
    return seeded_server[0]


@pytest.fixture
def new_page(browser, live_url):
    """Factory: ``new_page(width=390)`` opens a page on the live server (one context each)."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=live_url,
            viewport=viewport,
            reduced_motion="reduce",
            **options,
        )
        context.set_default_timeout(10_000)
        # axe-core is served to the test browser only, from the page's own origin, so the
        # strict CSP (script-src 'self') stays on while it runs.
        context.route(f"**{AXE_URL}", lambda route: route.fulfill(path=AXE_JS))
        contexts.append(context)
        page = context.new_page()
        page.console_log = ConsoleLog(page)
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


def run_axe(page):
    """Load axe-core (test-only, never served by the portal); return WCAG A/AA violations."""
    page.add_script_tag(url=AXE_URL)
    return page.evaluate(
        """async () => {
            const result = await axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                                                  "wcag22aa", "best-practice"]},
                resultTypes: ["violations"],
            });
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: n.failureSummary,
                                          html: n.html.slice(0, 200)})),
            }));
        }"""
    )


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    at {node['target']}\n      {node['html']}")
            lines.append("      " + (node["summary"] or "").replace("\n", "\n      "))
    return "\n".join(lines)
