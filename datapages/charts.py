"""Server-drawn SVG charts: no JavaScript, nothing from other hosts, readable without CSS.

Shapes carry classes (``chart__bar--1``…) for the stylesheet, plus a ``fill`` presentation
attribute as a fallback (CSP governs style attributes, not presentation attributes).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

# Distinguishable in colour and for colour-blind readers (Okabe–Ito), used in turn per series.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

WIDTH, HEIGHT = 640, 300
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_START, MARGIN_END = 16, 36, 40, 8
# In viewBox units: 12 px or more wherever the stylesheet shows the chart (40em and wider);
# narrower screens get the data table alone.
FONT_SIZE = 14


@dataclass
class Series:
    key: object
    label: str
    index: int  # 1-based, for the ``--n`` class modifiers

    @property
    def colour(self):
        return PALETTE[(self.index - 1) % len(PALETTE)]


@dataclass
class MembershipChart:
    """Cities that joined per year, stacked by series (usually hubs), with its data table."""

    series: list[Series]
    years: list[int]
    counts: dict = field(default_factory=dict)  # (series key, year) -> cities
    members: int = 0  # every member city of the series, joining year known or not

    def count(self, series, year):
        return self.counts.get((series.key, year), 0)

    @property
    def rows(self):
        """For the table: (year, [count per series], total)."""
        result = []
        for year in self.years:
            values = [self.count(series, year) for series in self.series]
            result.append((year, values, sum(values)))
        return result

    @property
    def series_totals(self):
        return [sum(self.count(series, year) for year in self.years) for series in self.series]

    @property
    def total(self):
        """Cities counted in the chart: those whose joining year is known."""
        return sum(self.counts.values())

    @property
    def unknown(self):
        """Member cities left out of the chart because their joining year is not known."""
        return self.members - self.total

    def __bool__(self):
        return bool(self.years)

    def svg(self):
        """The bars, axes and year labels as inline SVG (decorative: the table carries data)."""
        if not self.years:
            return ""
        totals = [total for _year, _values, total in self.rows]
        top = nice_ceiling(max(totals))
        plot_w = WIDTH - MARGIN_START - MARGIN_END
        plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
        slot = plot_w / len(self.years)
        bar_w = max(min(slot * 0.7, 48), 2)
        base_y = MARGIN_TOP + plot_h
        parts = []
        for tick in ticks(top):
            y = base_y - plot_h * tick / top
            parts.append(
                format_html(
                    '<line class="chart__grid" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#ccc"/>'
                    '<text class="chart__tick" x="{}" y="{}" text-anchor="end" font-size="{}">'
                    "{}</text>",
                    MARGIN_START,
                    WIDTH - MARGIN_END,
                    fmt(y),
                    fmt(y),
                    MARGIN_START - 6,
                    fmt(y + 5),
                    FONT_SIZE,
                    tick,
                )
            )
        for position, (year, values, _total) in enumerate(self.rows):
            x = MARGIN_START + slot * position + (slot - bar_w) / 2
            y = base_y
            for series, value in zip(self.series, values, strict=True):
                if not value:
                    continue
                h = plot_h * value / top
                y -= h
                parts.append(
                    format_html(
                        '<rect class="chart__bar chart__bar--{}" x="{}" y="{}" width="{}" '
                        'height="{}" fill="{}"><title>{}: {} ({})</title></rect>',
                        series.index,
                        fmt(x),
                        fmt(y),
                        fmt(bar_w),
                        fmt(h),
                        series.colour,
                        series.label,
                        value,
                        year,
                    )
                )
            # Label every year when they fit, otherwise every other one.
            if len(self.years) <= 12 or position % 2 == 0:
                parts.append(
                    format_html(
                        '<text class="chart__label" x="{}" y="{}" text-anchor="middle" '
                        'font-size="{}">{}</text>',
                        fmt(x + bar_w / 2),
                        base_y + 20,
                        FONT_SIZE,
                        year,
                    )
                )
        parts.append(
            format_html(
                '<line class="chart__axis" x1="{}" x2="{}" y1="{}" y2="{}" stroke="#333"/>',
                MARGIN_START,
                WIDTH - MARGIN_END,
                base_y,
                base_y,
            )
        )
        return format_html(
            '<svg class="chart__svg" viewBox="0 0 {} {}" width="{}" height="{}" '
            'aria-hidden="true" focusable="false" direction="ltr">{}</svg>',
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            mark_safe("".join(parts)),  # noqa: S308 -- every part went through format_html
        )

    def legend(self):
        return format_html_join(
            "",
            '<li><svg class="chart__swatch" width="12" height="12" aria-hidden="true" '
            'focusable="false"><rect class="chart__bar--{}" width="12" height="12" fill="{}"/>'
            "</svg> {}</li>",
            ((series.index, series.colour, series.label) for series in self.series),
        )


def membership_by_year(pairs, series=None):
    """Build the chart from ``(series key object, joined year)`` pairs.

    The key objects (hubs) label the series; ``series`` fixes their order and lets empty
    ones appear in the legend. Cities without a year joined are left out of the bars and
    counted in ``members``, so the caption can say how many the chart shows.
    """
    counts = Counter((key.pk if key else None, year) for key, year in pairs)
    keys = list(series) if series is not None else []
    for key, _year in pairs:
        if key is not None and key not in keys:
            keys.append(key)
    return _build(counts, [(key.pk, str(key)) for key in keys])


def membership_from_rows(rows, hubs):
    """Build the chart from rows ``{"hub": id, "joined_year": year or None, "cities": n}``."""
    counts = Counter()
    for row in rows:
        counts[(row["hub"], row["joined_year"])] += row["cities"]
    return _build(counts, [(hub.pk, str(hub)) for hub in hubs])


def counts_by_year(counts, label):
    """A one-series chart from ``{year: count}``; a ``None`` year (not known) is left out of
    the bars and counted in ``members``, so ``unknown`` says how many the chart leaves out."""
    return _build({(None, year): n for year, n in counts.items()}, [(None, label)])


def _build(counts, keyed_labels):
    known = {key for key, _label in keyed_labels}
    counts = {k: v for k, v in counts.items() if k[0] in known and v}
    members = sum(counts.values())
    counts = {k: v for k, v in counts.items() if k[1] is not None}
    years = sorted({year for _key, year in counts})
    if years:
        years = list(range(years[0], years[-1] + 1))
    series = [Series(key, label, i) for i, (key, label) in enumerate(keyed_labels, start=1)]
    return MembershipChart(series=series, years=years, counts=counts, members=members)


def nice_ceiling(value):
    """A round top for the y axis: 1, 2, 5, 10, 20, 50…"""
    value = max(value, 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def ticks(top):
    """Up to five evenly spaced whole-number ticks from 0 to ``top``."""
    step = max(top // 5, 1) if top > 5 else 1
    return list(range(0, top + 1, step))


def fmt(number):
    return f"{number:.1f}".rstrip("0").rstrip(".")
