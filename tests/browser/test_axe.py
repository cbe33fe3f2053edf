"""axe-core on every page type, Arabic and English, phone and desktop: zero violations."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, format_violations, run_axe

PAGE_TYPES = [
    "home",
    "hubs",
    "hub",
    "cities",
    "city",
    "councils",
    "spotlights",
    "spotlight",
    "events",
    "event",
    "testimonials",
    "resources",
    "numbers",
    "api-docs",
    "about",
    "contact",
    "search",
    "join",
    "join-errors",
    "404",
]


def open_page_type(page, site, page_type, lang):
    if page_type == "join-errors":
        page.goto(f"/{lang}{site['join']}")
        page.locator("main form [type=submit]").last.click()
        page.wait_for_load_state()
        assert page.locator(".error-summary, .errorlist").count() > 0, "no errors shown"
        return
    path = site.get(page_type)
    assert path, f"the loaded content has no example of the {page_type!r} page"
    response = page.goto(f"/{lang}{path}")
    assert response.status == (404 if page_type == "404" else 200)


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_axe_violations(site, new_page, page_type, lang):
    failures = []
    for viewport in (PHONE, DESKTOP):
        page = new_page(viewport=viewport)
        open_page_type(page, site, page_type, lang)
        violations = run_axe(page)
        if violations:
            failures.append(
                f"--- {page.url} at {viewport['width']}px\n" + format_violations(violations)
            )
        assert page.console_log.csp_violations == [], page.console_log.csp_violations
        assert page.locator("h1").count() == 1
    assert not failures, "\n".join(failures)
