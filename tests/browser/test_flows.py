"""What visitors do: filter the directory, search spotlights, apply to join, all by keyboard too."""

import re

import pytest

from tests.browser.conftest import PHONE


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_filter_city_directory_and_open_a_city(site, page, lang):
    page.goto(f"/{lang}/cities/")
    form = page.locator("main form.filters")
    search = form.locator("input[type=search], input[type=text]").first
    search.fill("Elbasan")
    form.locator("[type=submit]").click()
    page.wait_for_load_state()
    assert "Elbasan" in page.url or "q=" in page.url or "?" in page.url
    cards = page.locator("main .card__title a")
    assert cards.count() >= 1
    name = cards.first.inner_text()
    cards.first.click()
    page.wait_for_load_state()
    assert re.search(rf"/{lang}/cities/[\w-]+/$", page.url)
    assert page.locator("h1").inner_text().strip() == name.strip()
    assert page.console_log.csp_violations == []


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("query", ["الباسان", "Elbasan"])
def test_search_spotlights_by_arabic_or_latin_city_name(site, page, lang, query):
    page.goto(f"/{lang}/spotlights/")
    form = page.locator("main form.filters")
    form.locator("input[type=search], input[type=text]").first.fill(query)
    form.locator("[type=submit]").click()
    page.wait_for_load_state()
    titles = page.locator("main .card__title").all_inner_texts()
    # Without hamza, with hamza, or in Latin letters: the Elbasan spotlight is found.
    assert any("Elbasan" in title or "إلباسان" in title for title in titles), titles


def tab_until(page, predicate, limit=80):
    """Press Tab until ``predicate(active element info)`` holds; return the path walked."""
    walked = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement;
                return {tag: el.tagName.toLowerCase(), cls: el.className || "",
                        href: el.getAttribute("href") || "", id: el.id || "",
                        name: el.getAttribute("name") || "", text: (el.innerText || "").trim(),
                        type: el.getAttribute("type") || "",
                        inForm: !!el.closest("main form.form"),
                        outline: getComputedStyle(el).outlineStyle}; }"""
        )
        walked.append(info)
        if predicate(info):
            return walked
    raise AssertionError(
        f"never reached; walked {[(w['tag'], w['href'] or w['name']) for w in walked]}"
    )


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_keyboard_reaches_skip_link_nav_and_language_switcher(site, page, lang):
    page.goto(f"/{lang}/")
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    assert first == "#main", "the skip link is the first tab stop"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0, "skip link visible on focus"
    walked = tab_until(page, lambda el: "site-nav__cta" in el["cls"])
    hrefs = [el["href"] for el in walked]
    for section in ("/hubs/", "/cities/", "/spotlights/", "/events/"):
        assert f"/{lang}{section}" in hrefs
    assert all(el["outline"] != "none" for el in walked), "focus is always visible"
    other = "en" if lang == "ar" else "ar"
    tab_until(page, lambda el: el["href"].startswith(f"/{other}/"))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{other}/")
    # The skip link moves focus into <main>.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_join_form_errors_then_success_by_keyboard(site, new_page, lang):
    page = new_page(viewport=PHONE)
    page.goto(f"/{lang}/join/")
    # Submit the empty form with the keyboard alone.
    tab_until(page, lambda el: el["inForm"] and el["type"] == "submit", limit=120)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert summary.count() == 1
    # site.js moves focus to the summary; every error there links to a field.
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    invalid = page.locator("main [aria-invalid=true]")
    assert invalid.count() >= 3
    for field in invalid.all()[:5]:
        described = field.get_attribute("aria-describedby") or ""
        assert "error" in described, "each invalid field points to its error message"
    page.locator(".error-summary a").first.click()
    assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"

    # Fix the errors, moving between fields with the keyboard.
    form = page.locator("main form.form")
    for name, value in (
        ("authority_name", "Municipality of Durrës"),
        ("contact_name", "Arta Hoxha"),
        ("contact_position", "Deputy Mayor"),
        # One address per language: a repeat within 24 hours gets a neutral answer instead.
        ("email", f"arta-{lang}@example.org"),
        (
            "motivation",
            "Our municipality wants to learn from other cities how to prevent hate and "
            "polarisation among young people, and to share what our local council does.",
        ),
    ):
        field = form.locator(f"[name={name}]")
        if field.count():
            field.fill(value)
    for select in form.locator("select").all():
        options = select.locator("option").all()
        values = [option.get_attribute("value") for option in options]
        if len(values) > 1 and not select.input_value():
            select.select_option(next(v for v in values if v))
    for group in form.locator("input[type=radio]").all():
        name = group.get_attribute("name")
        if not form.locator(f"input[name={name}]:checked").count():
            group.check()
    form.locator("[name=consent]").check()
    form.locator("[name=consent]").focus()
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()
    reference = page.locator("main .facts dd").first.inner_text().strip()
    assert re.search(r"[A-Z0-9-]{6,}", reference), reference
    assert page.console_log.csp_violations == []
