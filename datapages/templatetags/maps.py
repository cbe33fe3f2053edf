"""Template tags for the server-drawn map and membership chart.

{% load maps %}
{% city_map cities %}                       map + list of the cities shown
{% city_map cities list=False label=... %}  the list of cities visually hidden (the numbered
                                            key, or the countries at scale, stay visible)
{% city_map cities frame=country_codes %}   framed on these countries (ISO codes), tinted
{% city_map cities key=map_key %}           the map kept under the content version: ``key``
                                            names what ``cities`` holds (a queryset's SQL
                                            carries "now", so it cannot be the key itself)
{% membership_chart chart %}                a datapages.charts.MembershipChart
{% membership_chart chart key=chart_key %}  drawn once per content version: ``key`` names the
                                            chart (hub, page) as ``map_key`` does for maps
"""

import hashlib
import itertools

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from datapages import maps
from infra.pagecache import cached_fragment

register = template.Library()
_ids = itertools.count(1)


def kept(name, key, parts, render):
    """``render(uid)`` once per content version for ``key`` and ``parts``, else every time.

    A kept drawing gets the same ids every time, so the page's bytes (and ETag) stay the same.
    """
    if not key:
        return render(f"{name}-{next(_ids)}")
    parts = (repr(key), *parts, get_language())
    uid = f"{name}-" + hashlib.sha256(repr(parts).encode()).hexdigest()[:8]
    return cached_fragment(f"drawn-{name}", lambda: render(uid), *parts)


@register.simple_tag
def city_map(cities, label="", list=True, frame=(), key=None):  # noqa: A002 -- reads well
    return kept(
        "map",
        key,
        (str(label), list, tuple(frame)),
        lambda uid: draw(cities, label, list, frame, uid),
    )


def draw(cities, label, show_list, frame, uid):
    """The map and its list of cities or countries, as HTML."""
    city_map_ = maps.city_map(cities, frame=frame)
    svg = maps.svg(city_map_, f"{uid}-title", f"{uid}-list") if city_map_.viewport else ""
    context = {"map": city_map_, "svg": svg, "uid": uid, "label": label, "show_list": show_list}
    return render_to_string("includes/map.html", context)


@register.simple_tag
def membership_chart(chart, title="", caption="", key=None, note=None):
    """The chart's SVG and table (building the SVG is most of a home page's render).

    ``note`` replaces the caption's sentence about member cities' joining years, for charts
    that count something else ("" for none)."""

    def render(uid):
        context = {"chart": chart, "title": title, "caption": caption, "uid": uid, "note": note}
        return render_to_string("includes/membership_chart.html", context)

    return kept("chart", key, (str(title), str(caption), str(note)), render)
