"""The stylesheet: logical properties only, self-hosted fonts, and readable colour pairs."""

import re
from pathlib import Path

import pytest

CSS_DIR = Path(__file__).resolve().parents[2] / "network" / "static" / "network" / "css"
STYLESHEETS = sorted(CSS_DIR.glob("*.css"))


def without_comments(css):
    return re.sub(r"/\*.*?\*/", "", css, flags=re.S)


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda p: p.name)
def test_no_physical_left_or_right(path):
    """RTL and LTR share one sheet, so margin-left, float: right, left: 0… are all bugs."""
    css = without_comments(path.read_text())
    hits = [
        f"line {css[: m.start()].count(chr(10)) + 1}: {m.group(0)}"
        for m in re.finditer(r"[\w-]*\b(?:left|right)\b[\w-]*", css)
    ]
    assert hits == [], "use logical properties (inline-start/end) instead of: " + ", ".join(hits)


@pytest.mark.parametrize("path", STYLESHEETS, ids=lambda p: p.name)
def test_nothing_loaded_from_other_hosts(path):
    css = without_comments(path.read_text())
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", css)
    assert "@import" not in css


def test_font_files_exist_and_swap():
    css = (CSS_DIR / "site.css").read_text()
    urls = re.findall(r"url\(\"\.\./fonts/([^\"]+)\"\)", css)
    assert urls, "no @font-face sources found"
    for name in urls:
        assert (CSS_DIR.parent / "fonts" / name).is_file(), name
    faces = re.findall(r"@font-face\s*{[^}]*}", css)
    assert faces and all("font-display: swap" in face for face in faces)
    assert all("unicode-range" in face for face in faces)
    for licence in ("LICENSE-ibm-plex-sans-arabic.txt", "LICENSE-source-sans-3.txt"):
        assert (CSS_DIR.parent / "fonts" / licence).is_file()


def tokens(block):
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", block))


def palettes():
    css = without_comments((CSS_DIR / "site.css").read_text())
    light = tokens(re.search(r":root\s*{(.*?)}", css, re.S).group(1))
    dark_block = re.search(
        r"@media \(prefers-color-scheme: dark\)\s*{\s*:root\s*{(.*?)}", css, re.S
    ).group(1)
    return {"light": light, "dark": {**light, **tokens(dark_block)}}


def luminance(hex_colour):
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# (text, background) pairs the components actually use; 4.5:1 for text, 3:1 for UI edges.
TEXT_PAIRS = [
    ("color-ink", "color-bg"),
    ("color-ink", "color-surface"),
    ("color-muted", "color-bg"),
    ("color-muted", "color-surface"),
    ("color-brand", "color-bg"),
    ("color-brand", "color-surface"),
    ("color-brand-ink", "color-brand"),
    ("color-accent-ink", "color-accent"),
    ("color-accent-text", "color-bg"),
    ("color-accent-text", "color-accent-tint"),
    ("color-danger", "color-danger-tint"),
    ("color-danger", "color-bg"),
    ("color-success", "color-success-tint"),
    ("color-ink", "color-accent-tint"),
    ("color-ink", "color-danger-tint"),
    ("color-ink", "color-surface-2"),
    ("color-muted", "color-accent-tint"),
]
UI_PAIRS = [
    ("color-control", "color-bg"),
    ("color-focus", "color-bg"),
    ("color-brand", "color-brand-tint"),
] + [(f"color-series-{n}", "color-surface") for n in range(1, 7)]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colour_pairs_meet_wcag_aa(scheme):
    palette = palettes()[scheme]
    failures = []
    for pairs, minimum in ((TEXT_PAIRS, 4.5), (UI_PAIRS, 3.0)):
        for fg, bg in pairs:
            ratio = contrast(palette[fg], palette[bg])
            if ratio < minimum:
                failures.append(f"{fg} on {bg}: {ratio:.2f} < {minimum}")
    # The header is white text on its own colour in both schemes.
    if contrast("#ffffff", palette["color-header"]) < 4.5:
        failures.append("white on color-header")
    assert failures == []
