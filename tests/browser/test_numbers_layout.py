"""Charts and tables that stay readable on a phone: drawn text never under 12 px, notes that
do not run off the side of the screen."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

# Rendered size of every visible text in the charts' drawings, in CSS pixels.
CHART_TEXT_SIZES = """() => [...document.querySelectorAll(".chart__svg text")]
    .filter(text => text.getClientRects().length > 0)
    .map(text => parseFloat(text.getAttribute("font-size")) * text.getScreenCTM().a)"""

TABLES_SHOWN = "() => document.querySelectorAll('.chart .data-table').length"


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize(
    ("viewport", "drawn"),
    [(PHONE, False), ({"width": 641, "height": 900}, True), (DESKTOP, True)],
)
def test_chart_text_is_at_least_12px_wherever_the_chart_is_drawn(
    site, new_page, lang, viewport, drawn
):
    page = new_page(viewport=viewport)
    for path in ("/", site["hub"]):
        page.goto(f"/{lang}{path}")
        sizes = page.evaluate(CHART_TEXT_SIZES)
        assert page.evaluate(TABLES_SHOWN) >= 1, path  # the data is always there as a table
        assert bool(sizes) is drawn, (path, viewport)
        assert all(size >= 12 for size in sizes), (path, viewport, min(sizes))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_council_comparison_notes_fit_a_phone_screen(site, new_page, lang):
    page = new_page(viewport=PHONE)
    page.goto(f"/{lang}{site['councils']}")
    notes = page.locator("#table-notes").bounding_box()
    assert notes and notes["x"] >= 0 and notes["x"] + notes["width"] <= PHONE["width"]
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
