"""Server-drawn SVG maps of member cities over simplified country outlines.

Outlines come from ``static/network/maps/countries.json`` (Natural Earth, public domain; see
SOURCE.md there), so a map loads nothing from other hosts and needs no JavaScript. Positions use
an equirectangular projection corrected for latitude (x scaled by cos of the middle latitude),
fitted to the cities' bounding box (and to the outlines of any countries given as the frame,
so a hub's map shows all of its countries) with padding: good enough at regional scale.

Each dot carries a number that keys it to the list under the map, so names are not only in
hover tooltips. Past ``MAX_MARKERS`` cities, one circle per country shows how many cities it has,
aggregated in the database (rows = countries), so the cost of drawing stays flat at 5,000 cities;
the full list of cities is then the page's own paginated list.
"""

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.db.models import Avg, Count, Q, QuerySet
from django.urls import reverse
from django.utils.html import format_html, format_html_join

OUTLINES = Path(__file__).resolve().parent / "static" / "network" / "maps" / "countries.json"

WIDTH = 640
MIN_SPAN_LAT = 5.0  # degrees: one city alone still shows its surroundings
PADDING = 0.2  # share of the span added on each side
MIN_RATIO, MAX_RATIO = 0.5, 0.8  # height / width
MAX_MARKERS = 30  # beyond this, one circle per country: numbered dots would overlap and blur

# ISO 3166-1 alpha-2 code → country name in countries.json (Natural Earth's short names).
OUTLINE_NAMES = {
    "AF": "Afghanistan",
    "AL": "Albania",
    "DZ": "Algeria",
    "AD": "Andorra",
    "AM": "Armenia",
    "AT": "Austria",
    "AZ": "Azerbaijan",
    "BH": "Bahrain",
    "BY": "Belarus",
    "BE": "Belgium",
    "BJ": "Benin",
    "BA": "Bosnia and Herz.",
    "BG": "Bulgaria",
    "BF": "Burkina Faso",
    "CV": "Cabo Verde",
    "CM": "Cameroon",
    "CF": "Central African Rep.",
    "TD": "Chad",
    "HR": "Croatia",
    "CY": "Cyprus",
    "CZ": "Czechia",
    "CI": "Côte d'Ivoire",
    "DK": "Denmark",
    "DJ": "Djibouti",
    "EG": "Egypt",
    "ER": "Eritrea",
    "EE": "Estonia",
    "ET": "Ethiopia",
    "FO": "Faeroe Is.",
    "FI": "Finland",
    "FR": "France",
    "GM": "Gambia",
    "GE": "Georgia",
    "DE": "Germany",
    "GH": "Ghana",
    "GR": "Greece",
    "GL": "Greenland",
    "GN": "Guinea",
    "GW": "Guinea-Bissau",
    "HU": "Hungary",
    "IS": "Iceland",
    "IR": "Iran",
    "IQ": "Iraq",
    "IE": "Ireland",
    "IM": "Isle of Man",
    "IL": "Israel",
    "IT": "Italy",
    "JE": "Jersey",
    "JO": "Jordan",
    "KZ": "Kazakhstan",
    "XK": "Kosovo",
    "KW": "Kuwait",
    "LV": "Latvia",
    "LB": "Lebanon",
    "LY": "Libya",
    "LI": "Liechtenstein",
    "LT": "Lithuania",
    "LU": "Luxembourg",
    "MK": "Macedonia",
    "ML": "Mali",
    "MT": "Malta",
    "MR": "Mauritania",
    "MD": "Moldova",
    "ME": "Montenegro",
    "MA": "Morocco",
    "NL": "Netherlands",
    "NE": "Niger",
    "NG": "Nigeria",
    "NO": "Norway",
    "OM": "Oman",
    "PK": "Pakistan",
    "PS": "Palestine",
    "PL": "Poland",
    "PT": "Portugal",
    "QA": "Qatar",
    "RO": "Romania",
    "RU": "Russia",
    "SS": "S. Sudan",
    "SM": "San Marino",
    "SA": "Saudi Arabia",
    "SN": "Senegal",
    "RS": "Serbia",
    "SK": "Slovakia",
    "SI": "Slovenia",
    "SO": "Somalia",
    "ES": "Spain",
    "SD": "Sudan",
    "SE": "Sweden",
    "CH": "Switzerland",
    "SY": "Syria",
    "TG": "Togo",
    "TN": "Tunisia",
    "TR": "Turkey",
    "TM": "Turkmenistan",
    "UA": "Ukraine",
    "AE": "United Arab Emirates",
    "GB": "United Kingdom",
    "UZ": "Uzbekistan",
    "EH": "W. Sahara",
    "YE": "Yemen",
    "AX": "Åland",
}


@dataclass(frozen=True)
class Marker:
    city: object
    x: float
    y: float
    number: int = 0  # its place in the key under the map


@dataclass(frozen=True)
class Cluster:
    """All the placed cities of one country, drawn as one circle at their mean position."""

    country: object
    count: int
    x: float
    y: float

    @property
    def radius(self):
        return min(8 + 2.5 * math.sqrt(self.count), 28)

    def get_absolute_url(self):
        return reverse("cities:list") + f"?country={self.country.iso_code}"


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


ENGAGED_FILL = "#0072B2"  # Okabe–Ito blue: apart from the members' red for colour-blind readers


@dataclass
class CityMap:
    viewport: Viewport | None
    markers: list
    unplaced: list  # cities without coordinates: listed, not drawn
    clusters: list = field(default_factory=list)  # at scale, instead of markers
    unplaced_count: int = 0  # at scale, only counted
    highlight: frozenset = frozenset()  # outline names of the framed countries

    @property
    def cities(self):
        return [marker.city for marker in self.markers] + self.unplaced

    @property
    def clustered(self):
        return bool(self.clusters)

    def outlines(self):
        return country_paths(self.viewport, self.highlight) if self.viewport else ""

    def marker_svg(self):
        dots = format_html_join(
            "",
            '<a href="{}" class="map__link" tabindex="-1"><title>{}</title>'
            '<circle class="map__marker{}" cx="{}" cy="{}" r="9" fill="{}" stroke="#fff" '
            'stroke-width="1.5"/><text class="map__number" x="{}" y="{}" dy="0.35em" '
            'text-anchor="middle">{}</text></a>',
            (
                (
                    m.city.get_absolute_url(),
                    f"{m.number}. {m.city}",
                    # Engaged cities (not members) in another colour, named as such in the key.
                    "" if m.city.is_member else " map__marker--engaged",
                    fmt(m.x),
                    fmt(m.y),
                    "#c0392b" if m.city.is_member else ENGAGED_FILL,
                    fmt(m.x),
                    fmt(m.y),
                    m.number,
                )
                for m in self.markers
            ),
        )
        circles = format_html_join(
            "",
            '<a href="{}" class="map__link" tabindex="-1"><title>{}: {}</title>'
            '<circle class="map__marker map__marker--cluster" cx="{}" cy="{}" r="{}" '
            'fill="#c0392b" stroke="#fff" stroke-width="1.5"/><text class="map__number" '
            'x="{}" y="{}" dy="0.35em" text-anchor="middle">{}</text></a>',
            (
                (
                    c.get_absolute_url(),
                    str(c.country),
                    c.count,
                    fmt(c.x),
                    fmt(c.y),
                    fmt(c.radius),
                    fmt(c.x),
                    fmt(c.y),
                    c.count,
                )
                for c in self.clusters
            ),
        )
        return dots + circles


def city_map(cities, frame=(), width=WIDTH):
    """Place ``cities`` (with ``latitude``/``longitude``) on a map fitted around them and around
    the countries of ``frame`` (ISO codes). A queryset of many cities is aggregated per country
    in the database; a list is aggregated in Python."""
    highlight = frozenset(OUTLINE_NAMES[code] for code in frame if code in OUTLINE_NAMES)
    frame_points = outline_corners(highlight)
    if isinstance(cities, QuerySet):
        groups = country_groups(cities)
        if sum(group["placed"] for group in groups) > MAX_MARKERS:
            return clustered_map(with_countries(groups), frame_points, highlight, width)
        # Few enough to draw one by one; the unplaced ones are in the page's list, counted here.
        unplaced_count = sum(group["unplaced"] for group in groups)
        cities = cities.filter(latitude__isnull=False, longitude__isnull=False)
    else:
        unplaced_count = 0
    placed, unplaced = [], []
    for city in cities:
        if city.latitude is None or city.longitude is None:
            unplaced.append(city)
        else:
            placed.append((city, float(city.longitude), float(city.latitude)))
    if len(placed) > MAX_MARKERS:
        return clustered_map(groups_of(placed, unplaced), frame_points, highlight, width)
    if not placed and not frame_points:
        return CityMap(None, [], unplaced, unplaced_count=unplaced_count)
    viewport = fit([(lon, lat) for _city, lon, lat in placed] + frame_points, width)
    markers = [
        Marker(city, *viewport.project(lon, lat), number=number)
        for number, (city, lon, lat) in enumerate(placed, start=1)
    ]
    return CityMap(viewport, markers, unplaced, unplaced_count=unplaced_count, highlight=highlight)


def country_groups(cities):
    """Per country id: how many cities are placed, unplaced, and where they are on average."""
    placed = Q(latitude__isnull=False, longitude__isnull=False)
    return list(
        cities.order_by()
        .values("country")
        .annotate(
            placed=Count("pk", filter=placed),
            unplaced=Count("pk", filter=~placed),
            lat=Avg("latitude", filter=placed),
            lon=Avg("longitude", filter=placed),
        )
    )


def with_countries(groups):
    """Replace the country ids of ``groups`` with the countries, in one query."""
    from cities.models import Country  # the kernel draws maps; the directory app owns countries

    countries = Country.objects.in_bulk([g["country"] for g in groups if g["country"]])
    return [{**g, "country": countries.get(g["country"])} for g in groups]


def groups_of(placed, unplaced):
    by_country = {}
    for city, lon, lat in placed:
        group = by_country.setdefault(
            city.country_id, {"country": city.country, "placed": 0, "lon": 0.0, "lat": 0.0}
        )
        group["placed"] += 1
        group["lon"] += lon
        group["lat"] += lat
    for group in by_country.values():
        group["lon"] /= group["placed"]
        group["lat"] /= group["placed"]
        group["unplaced"] = 0
    groups = list(by_country.values())
    if unplaced:
        groups.append({"country": None, "placed": 0, "unplaced": len(unplaced)})
    return groups


def clustered_map(groups, frame_points, highlight, width):
    drawn = [g for g in groups if g["placed"] and g["country"] is not None]
    unplaced_count = sum(g["unplaced"] for g in groups) + sum(
        g["placed"] for g in groups if g["country"] is None
    )
    points = [(float(g["lon"]), float(g["lat"])) for g in drawn]
    viewport = fit(points + frame_points, width)
    clusters = sorted(
        (
            Cluster(g["country"], g["placed"], *viewport.project(float(g["lon"]), float(g["lat"])))
            for g in drawn
        ),
        key=lambda cluster: (-cluster.count, str(cluster.country)),
    )
    return CityMap(viewport, [], [], clusters, unplaced_count, highlight)


def outline_corners(names):
    """The corners of the bounding boxes of these countries' outlines, to frame a map on them."""
    corners = []
    for name, rings in load_outlines():
        if name in names:
            for (west, south, east, north), _ring in rings:
                corners += [(west, south), (east, north)]
    return corners


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
def country_paths(viewport, highlight=frozenset()):
    """``<path>`` elements for the country outlines that reach into ``viewport``; the countries
    named in ``highlight`` (a hub's) are tinted."""
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
        '<path class="{}" d="{}" fill="#e8e4da" stroke="#fff" stroke-width="1"/>',
        (
            ("map__country map__country--member" if name in highlight else "map__country", d)
            for name, d in paths
        ),
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
