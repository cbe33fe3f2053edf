"""Server-drawn SVG maps of member cities over simplified country outlines.

Outlines come from ``static/network/maps/countries.json`` (Natural Earth, public domain; see
SOURCE.md there), so a map loads nothing from other hosts and needs no JavaScript. Positions use
an equirectangular projection corrected for latitude (x scaled by cos of the middle latitude),
fitted to the cities' bounding box with padding: good enough at regional scale.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils.html import format_html, format_html_join

OUTLINES = Path(__file__).resolve().parent / "static" / "network" / "maps" / "countries.json"

WIDTH = 640
MIN_SPAN_LAT = 5.0  # degrees: one city alone still shows its surroundings
PADDING = 0.2  # share of the span added on each side
MIN_RATIO, MAX_RATIO = 0.5, 0.8  # height / width


@dataclass(frozen=True)
class Marker:
    city: object
    x: float
    y: float


@dataclass(frozen=True)
class Viewport:
    west: float
    south: float
    east: float
    north: float
    width: int
    height: int

    @property
    def kx(self):
        return math.cos(math.radians((self.south + self.north) / 2))

    def project(self, lon, lat):
        x = (lon - self.west) * self.kx * self.width / ((self.east - self.west) * self.kx)
        y = (self.north - lat) * self.height / (self.north - self.south)
        return x, y


@dataclass
class CityMap:
    viewport: Viewport | None
    markers: list
    unplaced: list  # cities without coordinates: listed, not drawn

    @property
    def cities(self):
        return [marker.city for marker in self.markers] + self.unplaced

    def outlines(self):
        return country_paths(self.viewport) if self.viewport else ""

    def marker_svg(self):
        return format_html_join(
            "",
            '<a href="{}" class="map__link" tabindex="-1"><circle class="map__marker" cx="{}" '
            'cy="{}" r="6" fill="#c0392b" stroke="#fff" stroke-width="2"><title>{}</title>'
            "</circle></a>",
            (
                (marker.city.get_absolute_url(), fmt(marker.x), fmt(marker.y), str(marker.city))
                for marker in self.markers
            ),
        )


def city_map(cities, width=WIDTH):
    """Place ``cities`` (with ``latitude``/``longitude``) on a map fitted around them."""
    placed, unplaced = [], []
    for city in cities:
        if city.latitude is None or city.longitude is None:
            unplaced.append(city)
        else:
            placed.append((city, float(city.longitude), float(city.latitude)))
    if not placed:
        return CityMap(None, [], unplaced)
    viewport = fit([(lon, lat) for _city, lon, lat in placed], width)
    markers = [Marker(city, *viewport.project(lon, lat)) for city, lon, lat in placed]
    return CityMap(viewport, markers, unplaced)


def fit(points, width=WIDTH):
    """A viewport around ``points`` with padding, a minimum span and a sane aspect ratio."""
    lons = [lon for lon, _lat in points]
    lats = [lat for _lon, lat in points]
    span_lat = max(max(lats) - min(lats), MIN_SPAN_LAT)
    mid_lat = (max(lats) + min(lats)) / 2
    kx = math.cos(math.radians(mid_lat))
    span_lon = max(max(lons) - min(lons), MIN_SPAN_LAT / kx)
    mid_lon = (max(lons) + min(lons)) / 2
    span_lat *= 1 + 2 * PADDING
    span_lon *= 1 + 2 * PADDING
    # Widen the narrower dimension so the drawing keeps a height/width ratio in bounds.
    ratio = span_lat / (span_lon * kx)
    if ratio > MAX_RATIO:
        span_lon = span_lat / (MAX_RATIO * kx)
    elif ratio < MIN_RATIO:
        span_lat = span_lon * kx * MIN_RATIO
    height = round(width * span_lat / (span_lon * kx))
    return Viewport(
        west=round(mid_lon - span_lon / 2, 3),
        south=round(mid_lat - span_lat / 2, 3),
        east=round(mid_lon + span_lon / 2, 3),
        north=round(mid_lat + span_lat / 2, 3),
        width=width,
        height=height,
    )


@lru_cache(maxsize=1)
def load_outlines():
    """Country rings as lists of (lon, lat), with each ring's bounding box."""
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    countries = []
    for country in data["countries"]:
        rings = []
        for ring in country["rings"]:
            lons = [p[0] for p in ring]
            lats = [p[1] for p in ring]
            rings.append(((min(lons), min(lats), max(lons), max(lats)), ring))
        countries.append((country["name"], rings))
    return countries


@lru_cache(maxsize=64)
def country_paths(viewport):
    """``<path>`` elements for the country outlines that reach into ``viewport``."""
    paths = []
    for name, rings in load_outlines():
        parts = []
        for (west, south, east, north), ring in rings:
            if (
                east < viewport.west
                or west > viewport.east
                or north < viewport.south
                or south > viewport.north
            ):
                continue
            points = [viewport.project(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{fmt(x)} {fmt(y)}" for x, y in points) + "Z")
        if parts:
            paths.append((name, "".join(parts)))
    return format_html_join(
        "",
        '<path class="map__country" d="{}" fill="#e8e4da" stroke="#fff" stroke-width="1"/>',
        ((d,) for _name, d in paths),
    )


def fmt(number):
    return f"{number:.1f}".rstrip("0").rstrip(".")


def svg(city_map_, title_id, desc_id):
    """The whole ``<svg>`` element; the caller provides the title and description ids."""
    viewport = city_map_.viewport
    return format_html(
        '<svg class="map__svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-labelledby="{title} {desc}" focusable="false" overflow="hidden">'
        '<clipPath id="{title}-clip"><rect width="{w}" height="{h}"/></clipPath>'
        '<g clip-path="url(#{title}-clip)">'
        '<rect class="map__sea" width="{w}" height="{h}" fill="#dbe9f2"/>{outlines}</g>'
        "{markers}</svg>",
        w=viewport.width,
        h=viewport.height,
        title=title_id,
        desc=desc_id,
        outlines=city_map_.outlines(),
        markers=city_map_.marker_svg(),
    )
