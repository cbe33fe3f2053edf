"""Direction, mirrored header, language switching and the skip link, in a real browser."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_page_direction_follows_language(site, page, lang, direction):
    page.goto(f"/{lang}/")
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator("html").get_attribute("lang") == lang
    computed = page.evaluate("getComputedStyle(document.body).direction")
    assert computed == direction
    assert page.console_log.csp_violations == []


def header_boxes(page):
    brand = page.locator(".site-header__brand").bounding_box()
    nav = page.locator(".site-nav").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    return brand, nav, switcher


def test_header_is_mirrored_between_arabic_and_english(site, page):
    page.goto("/en/")
    brand_en, nav_en, switcher_en = header_boxes(page)
    page.goto("/ar/")
    brand_ar, nav_ar, switcher_ar = header_boxes(page)
    width = DESKTOP["width"]
    # English: brand at the left edge, language switcher at the right; Arabic: the reverse.
    assert brand_en["x"] < nav_en["x"] < switcher_en["x"]
    assert brand_ar["x"] > nav_ar["x"] > switcher_ar["x"]
    # Mirror images of each other (within a few pixels of font differences).
    assert abs(brand_en["x"] - (width - brand_ar["x"] - brand_ar["width"])) < 4
    assert abs(switcher_ar["x"] - (width - switcher_en["x"] - switcher_en["width"])) < 4


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_phone_layout_has_no_horizontal_scroll(site, new_page, lang):
    page = new_page(viewport=PHONE)
    for path in ("/", "/hubs/", "/cities/", "/join/"):
        page.goto(f"/{lang}{path}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 390px"
        # Every header link, the folded menu's too once opened, is visible and at least 24px
        # tall (WCAG 2.5.8 target size).
        page.locator(".site-menu__toggle").click()
        for link in page.locator(".site-header a").all():
            box = link.bounding_box()
            assert box and box["height"] >= 24 and box["width"] >= 24, link.inner_text()


@pytest.mark.parametrize(("start", "target"), [("ar", "en"), ("en", "ar")])
def test_language_switch_keeps_the_page(site, page, start, target):
    page.goto(f"/{start}/cities/")
    page.locator(f".language-switcher a[hreflang='{target}']").click()
    page.wait_for_url(f"**/{target}/cities/")
    assert page.locator("html").get_attribute("lang") == target
    expected = "rtl" if target == "ar" else "ltr"
    assert page.locator("html").get_attribute("dir") == expected
