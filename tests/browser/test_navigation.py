"""The phone header folds its menu and opens it without JavaScript; long pages keep their
contents list in reach and end with a way back to the top."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE


def menu(page, lang):
    return page.locator(".site-menu__toggle"), page.locator(f".site-nav a[href='/{lang}/cities/']")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_phone_menu_is_folded_and_opens_by_keyboard(site, new_page, lang, javascript):
    page = new_page(viewport=PHONE, java_script_enabled=javascript)
    page.goto(f"/{lang}/")
    toggle, cities = menu(page, lang)
    assert toggle.is_visible() and not cities.is_visible()
    assert page.locator(".site-header").bounding_box()["height"] < 140, "header is one or two rows"
    toggle.focus()
    page.keyboard.press("Enter")
    assert cities.is_visible()
    assert page.locator(".site-menu").get_attribute("open") is not None
    # The open menu drops down over the page: full-width links, no sideways scrolling.
    for link in page.locator(".site-nav a").all():
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] > PHONE["width"] / 2, link.inner_text()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    if javascript:  # the enhancement: Escape closes it and gives focus back to the button
        page.keyboard.press("Tab")
        page.keyboard.press("Escape")
        assert not cities.is_visible()
        assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    else:
        page.keyboard.press("Enter")
        assert not cities.is_visible()
    assert page.console_log.csp_violations == []


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_desktop_navigation_is_a_plain_bar(site, new_page, javascript):
    page = new_page(viewport=DESKTOP, java_script_enabled=javascript)
    page.goto("/en/")
    toggle, cities = menu(page, "en")
    assert cities.is_visible() and not toggle.is_visible()


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page_type", ["hub", "city", "spotlight"])
def test_long_pages_keep_contents_and_top_in_reach(site, new_page, lang, page_type):
    # Phone: the contents list sits under the title; "Back to top" follows the reader.
    page = new_page(viewport=PHONE)
    page.goto(f"/{lang}{site[page_type]}")
    assert page.locator("#contents a").count() >= 2
    back = page.locator(".back-to-top a")
    assert not back.is_visible(), "at the top it would only cover the title"
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    back.wait_for(state="visible")
    box = back.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], box
    back.click()
    page.wait_for_function("window.scrollY < 200")
    # Desktop: the contents list sticks to the top of the window.
    page = new_page(viewport=DESKTOP)
    page.goto(f"/{lang}{site[page_type]}")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
    box = page.locator("#contents").bounding_box()
    assert -1 <= box["y"] <= 1, box
    # A contents link lands its heading below the sticky list, not under it.
    first = page.locator("#contents a").first
    target = first.get_attribute("href")
    first.click()
    heading = page.locator(target).bounding_box()
    assert heading["y"] >= box["height"] - 1, (heading, box)
    assert page.console_log.csp_violations == []
