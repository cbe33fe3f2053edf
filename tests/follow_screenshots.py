"""Screenshots of following by e-mail: the forms, the pages and the e-mails, in both languages.

    make screenshots-follow     # or: .venv/bin/python -m tests.follow_screenshots [--port N]

Serves a throwaway SQLite copy of the seed content, subscribes through the pages as a visitor
would, and renders the e-mails' HTML in Chromium. PNGs go to screenshots/follow-*.png.
"""

import argparse
import datetime
import os
import re
import sys
import tempfile
import threading
from pathlib import Path
from wsgiref.simple_server import make_server

from tests.screenshots import OUT, ROOT, QuietHandler, ThreadingServer, prepare_database

PHONE, DESKTOP = 390, 1280


def email_html(page, message):
    """Show an e-mail's HTML as a mail client would: in a blank page, not under the site's CSP."""
    page.goto("about:blank")
    page.set_content(message.alternatives[0][0])


def shoot(base_url, paths):
    from django.core import mail
    from django.utils import timezone
    from playwright.sync_api import sync_playwright

    from follow import digest
    from follow.models import Batch, Subscriber
    from spotlights.models import Spotlight
    from testimonials.models import Testimonial
    from tests.browser.conftest import CHROMIUM_ARGS, chromium_path

    OUT.mkdir(exist_ok=True)
    saved = []

    def snap(page, name):
        target = OUT / f"follow-{name}.png"
        page.screenshot(path=str(target), full_page=True)
        saved.append(target)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for lang in ("ar", "en"):
            viewport = {"width": DESKTOP, "height": 900}
            context = browser.new_context(base_url=base_url, viewport=viewport)
            page = context.new_page()
            page.goto(f"/{lang}{paths['hub']}#hub-follow-title")
            page.locator("#hub-follow-title").scroll_into_view_if_needed()
            box = page.locator("main form.follow-box")
            box.screenshot(path=str(OUT / f"follow-hub-box-{lang}.png"))
            saved.append(OUT / f"follow-hub-box-{lang}.png")
            box.locator("input[type=email]").fill(f"reader-{lang}@example.org")
            with page.expect_navigation():
                page.locator("main form.follow-box button").click()
            snap(page, f"subscribe-{lang}")
            with page.expect_navigation():
                page.locator("main form.form button[type=submit]").click()
            snap(page, f"check-inbox-{lang}")
            link = re.search(r"https?://\S+/follow/confirm/\S+/", mail.outbox[-1].body).group(0)
            email_html(page, mail.outbox[-1])
            snap(page, f"email-confirm-{lang}")
            page.goto("/" + link.split("://", 1)[1].split("/", 1)[1])
            snap(page, f"confirm-{lang}")
            with page.expect_navigation():
                page.locator("main form button").click()
            snap(page, f"confirmed-{lang}")
            context.close()

        # Something new since they confirmed: the next round's e-mail, in each language.
        now = timezone.now()
        Subscriber.objects.update(whole_network=True, confirmed_at=now - datetime.timedelta(days=1))
        Spotlight.objects.filter(pk__in=Spotlight.objects.published().values("pk")[:2]).update(
            published_at=now
        )
        Testimonial.objects.filter(pk__in=Testimonial.objects.published().values("pk")[:1]).update(
            published_at=now
        )
        batch = Batch.objects.create()
        Subscriber.objects.update(batch=batch)
        mail.outbox.clear()
        digest.deliver_batch(batch.pk)
        for width in (PHONE, DESKTOP):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            for message in mail.outbox:
                lang = "ar" if "-ar@" in message.to[0] else "en"
                email_html(page, message)
                snap(page, f"email-digest-{lang}-{width}")
                (OUT / f"follow-email-digest-{lang}.txt").write_text(message.body)
            context.close()
        browser.close()
    return saved


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    # Mail is sent in-process into a list, so the pages' e-mails can be rendered here.
    os.environ.update(
        MAIL_QUEUE_SYNC="1",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        # Playwright's sync API runs an event loop in this thread, beside the ORM calls.
        DJANGO_ALLOW_ASYNC_UNSAFE="true",
    )
    with tempfile.TemporaryDirectory(prefix="portal-follow-") as tmp:
        paths = prepare_database(Path(tmp) / "screens.sqlite3")
        from django.core import mail
        from django.core.wsgi import get_wsgi_application

        mail.outbox = []
        application = get_wsgi_application()
        server = make_server(
            "127.0.0.1", args.port, application, ThreadingServer, handler_class=QuietHandler
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.server_address[:2]
        try:
            saved = shoot(f"http://{host}:{port}", paths)
        finally:
            server.shutdown()
    print(f"{len(saved)} screenshots in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
