"""Full-page screenshots of every page type, both languages, phone and desktop widths.

    make screenshots            # or: .venv/bin/python -m tests.screenshots [--only home,city]

Builds a throwaway SQLite database with the seed content, serves the portal from a thread and
saves PNGs as screenshots/<page>-<lang>-<width>.png (the folder is git-ignored).
"""

import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
WIDTHS = (390, 1280)


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def prepare_database(db_path):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="network.settings.base",
        DEBUG="1",
        DATABASE_URL=f"sqlite:///{db_path}",
        MEDIA_ROOT=str(Path(db_path).parent / "media"),
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from django.core.management import call_command

    from tests.browser.sample_site import load_site

    call_command("migrate", verbosity=0, interactive=False)
    return load_site()


def serve():
    from django.core.wsgi import get_wsgi_application

    server = make_server(
        "127.0.0.1", 0, get_wsgi_application(), ThreadingServer, handler_class=QuietHandler
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def shoot(base_url, paths, only=None, dark=False):
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_ARGS, chromium_path

    executable = chromium_path()
    if executable is None:
        sys.exit("Chromium is not installed (apt-get install chromium).")
    OUT.mkdir(exist_ok=True)
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        for width in WIDTHS:
            context = browser.new_context(
                base_url=base_url,
                viewport={"width": width, "height": 900},
                color_scheme="dark" if dark else "light",
            )
            page = context.new_page()
            for name, path in paths.items():
                if path is None or (only and name not in only):
                    continue
                for lang in ("ar", "en"):
                    page.goto(f"/{lang}{path}")
                    page.wait_for_load_state("networkidle")
                    suffix = "-dark" if dark else ""
                    target = OUT / f"{name}-{lang}-{width}{suffix}.png"
                    page.screenshot(path=str(target), full_page=True)
                    saved.append(target)
            context.close()
        browser.close()
    return saved


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated page types, e.g. home,city")
    parser.add_argument("--dark", action="store_true", help="use the dark colour scheme")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="portal-screens-") as tmp:
        paths = prepare_database(Path(tmp) / "screens.sqlite3")
        server = serve()
        host, port = server.server_address[:2]
        only = set(args.only.split(",")) if args.only else None
        try:
            saved = shoot(f"http://{host}:{port}", paths, only=only, dark=args.dark)
        finally:
            server.shutdown()
    print(f"{len(saved)} screenshots in {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
