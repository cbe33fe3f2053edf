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


def font_faces(css):
    return re.findall(r"@font-face\s*{([^}]*)}", without_comments(css))


def test_font_files_exist_and_swap():
    css = (CSS_DIR / "site.css").read_text()
    urls = re.findall(r"url\(\"\.\./fonts/([^\"]+)\"\)", css)
    assert urls, "no @font-face sources found"
    for name in urls:
        assert (CSS_DIR.parent / "fonts" / name).is_file(), name
    web_faces = [face for face in font_faces(css) if "url(" in face]
    assert web_faces and all("font-display: swap" in face for face in web_faces)
    assert all("unicode-range" in face for face in web_faces)
    for licence in ("LICENSE-ibm-plex-sans-arabic.txt", "LICENSE-source-sans-3.txt"):
        assert (CSS_DIR.parent / "fonts" / licence).is_file()


def test_fonts_are_subset_one_woff2_per_script_and_weight():
    fonts = sorted((CSS_DIR.parent / "fonts").glob("*.woff2"))
    assert [f.name for f in fonts] == [
        "ibm-plex-sans-arabic-400.woff2",
        "ibm-plex-sans-arabic-700.woff2",
        "source-sans-3-400.woff2",
        "source-sans-3-700.woff2",
    ]
    # Subset to the two languages: both faces of a page's script stay well under 40 KB.
    assert all(f.stat().st_size < 20_000 for f in fonts), [
        (f.name, f.stat().st_size) for f in fonts
    ]
    assert all(f.read_bytes()[:4] == b"wOF2" for f in fonts)


def test_fonts_cover_the_letters_of_the_seed_content():
    from fontTools.ttLib import TTFont

    fonts_dir = CSS_DIR.parent / "fonts"
    latin = TTFont(fonts_dir / "source-sans-3-400.woff2").getBestCmap()
    arabic = TTFont(fonts_dir / "ibm-plex-sans-arabic-400.woff2").getBestCmap()
    for char in "AZaz09–—“”«»·…čČšćëçđĐșț":
        assert ord(char) in latin, char
    for char in "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى،؛؟ًٌَُِّ٠٩":
        assert ord(char) in arabic, char


def test_fallback_faces_match_the_web_font_metrics():
    """The swap moves nothing: each fallback's ascent/descent overrides equal the web font's
    OS/2 typo metrics divided by its size-adjust (computed from the WOFF2 files). A family may
    have one face per weight (the Arabic bold fallback is DejaVu Sans Bold with its own scale)."""
    from fontTools.ttLib import TTFont

    fonts_dir = CSS_DIR.parent / "fonts"
    web = {
        ("Plex Arabic Fallback", "400"): fonts_dir / "ibm-plex-sans-arabic-400.woff2",
        ("Plex Arabic Fallback", "700"): fonts_dir / "ibm-plex-sans-arabic-700.woff2",
        ("Source Sans Fallback Arial", "400"): fonts_dir / "source-sans-3-400.woff2",
        ("Source Sans Fallback DejaVu", "400"): fonts_dir / "source-sans-3-400.woff2",
    }
    css = (CSS_DIR / "site.css").read_text()
    faces = {}
    for f in font_faces(css):
        family = re.search(r'font-family: "([^"]+)"', f).group(1)
        weight = re.search(r"font-weight: (\d+)", f)
        key = (family, weight.group(1) if weight else "400")
        assert key not in faces, f"two faces for {key}"
        faces[key] = f
    for key, font_file in web.items():
        face = faces[key]
        assert "url(" not in face and "local(" in face
        value = {k: float(v) / 100 for k, v in re.findall(r"([a-z-]+): ([\d.]+)%", face)}
        font = TTFont(font_file)
        upm, os2 = font["head"].unitsPerEm, font["OS/2"]
        size = value["size-adjust"]
        assert value["ascent-override"] == pytest.approx(os2.sTypoAscender / upm / size, abs=0.001)
        assert value["descent-override"] == pytest.approx(
            -os2.sTypoDescender / upm / size, abs=0.001
        )
        assert value["line-gap-override"] == pytest.approx(os2.sTypoLineGap / upm / size, abs=0.001)
    for family, _ in web:
        assert f'"{family}"' in css.split("--font-ar:")[1].split(";")[0]


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
