"""Every public page's HTML obeys the strict CSP: no style attributes, no inline scripts."""

from html.parser import HTMLParser

import pytest

from tests.browser.sample_site import load_site

pytestmark = pytest.mark.django_db

# Data blocks are not executed, so the CSP does not apply to them.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


class InlineFinder(HTMLParser):
    def __init__(self):
        super().__init__()
        self.problems = []
        self._inline_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        if "style" in attributes:
            self.problems.append(f"line {line}: style attribute on <{tag}>")
        handlers = sorted(name for name in attributes if name.startswith("on"))
        if handlers:
            self.problems.append(f"line {line}: event handler {handlers} on <{tag}>")
        for name in ("href", "src", "action"):
            if (attributes.get(name) or "").strip().lower().startswith("javascript:"):
                self.problems.append(f"line {line}: javascript: URL in <{tag} {name}>")
        if tag == "style":
            self.problems.append(f"line {line}: inline <style>")
        if tag == "script":
            kind = (attributes.get("type") or "").lower()
            self._inline_script = "src" not in attributes and kind not in DATA_SCRIPT_TYPES
            if "src" in attributes and "//" in attributes["src"].split("?")[0][:8]:
                self.problems.append(f"line {line}: script from another host")

    def handle_data(self, data):
        if self._inline_script and data.strip():
            self.problems.append(f"line {self.getpos()[0]}: inline <script>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._inline_script = False


@pytest.fixture
def paths():
    return {name: path for name, path in load_site().items() if path}


def test_public_pages_have_no_inline_styles_or_scripts(client, paths):
    report = []
    for lang in ("ar", "en"):
        for name, path in paths.items():
            response = client.get(f"/{lang}{path}")
            expected = 404 if name == "404" else 200
            assert response.status_code == expected, f"{lang}{path}"
            finder = InlineFinder()
            finder.feed(response.content.decode())
            report += [f"/{lang}{path} {problem}" for problem in finder.problems]
            assert "Content-Security-Policy" in response, f"{lang}{path}"
    assert report == [], "\n".join(report)


def test_reading_pages_set_no_cookie(client, paths):
    for lang in ("ar", "en"):
        for name, path in paths.items():
            if name in ("join", "contact"):  # forms that post, so they carry a CSRF cookie
                continue
            response = client.get(f"/{lang}{path}")
            assert not response.cookies, f"/{lang}{path} sets {list(response.cookies)}"


def test_error_page_500_is_self_contained(client, settings):
    """The 500 page is rendered without context processors and still obeys the CSP."""
    from django.template.loader import render_to_string

    html = render_to_string("500.html", {"LANGUAGE_CODE": "en"})
    finder = InlineFinder()
    finder.feed(html)
    assert finder.problems == []
    assert 'dir="ltr"' in html and '<main id="main"' in html
