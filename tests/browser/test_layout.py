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


# Collects the page's layout shifts from the start of loading (buffered), as Lighthouse's CLS does.
LAYOUT_SHIFTS = """() => new Promise(resolve => {
  const shifts = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push(entry.value);
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(shifts), 500);
})"""


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("page_type", ["home", "events", "spotlight", "city", "hub"])
def test_every_font_is_preloaded_and_nothing_shifts(site, new_page, lang, page_type):
    """A face first asked for at layout arrives after the first paint and its swap re-wraps
    lines (Arabic text takes its spaces from the Latin face): the fonts a page uses are the
    ones it preloads, and its layout does not move while it loads (CLS well under 0.02)."""
    page = new_page(viewport=PHONE)
    requested = []
    page.on("request", lambda r: requested.append(r.url) if r.url.endswith(".woff2") else None)
    page.goto(f"/{lang}{site[page_type]}", wait_until="load")
    page.evaluate("document.fonts.ready.then(() => true)")
    preloaded = page.eval_on_selector_all(
        "link[rel=preload][as=font]", "links => links.map(link => link.href)"
    )
    # English pages may fetch the Arabic face late, for the language switcher's one word.
    late = [url for url in requested if url not in preloaded and "arabic" not in url]
    assert late == [], f"fonts used but not preloaded: {late}"
    assert sum(page.evaluate(LAYOUT_SHIFTS)) < 0.005
