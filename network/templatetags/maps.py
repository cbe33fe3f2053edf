"""Template tags for the server-drawn map and membership chart.

{% load maps %}
{% city_map cities %}                       map + list of the cities shown
{% city_map cities list=False label=... %}  the list of cities visually hidden (the numbered
                                            key, or the countries at scale, stay visible)
{% city_map cities frame=country_codes %}   framed on these countries (ISO codes), tinted
{% city_map cities key=map_key %}           the map kept under the content version: ``key``
                                            names what ``cities`` holds (a queryset's SQL
                                            carries "now", so it cannot be the key itself)
{% membership_chart chart %}                a network.charts.MembershipChart
"""

import hashlib
import itertools

from django import template
from django.template.loader import render_to_string
from django.utils.translation import get_language

from network import maps
from network.pagecache import cached_fragment

register = template.Library()
_ids = itertools.count(1)


@register.simple_tag
def city_map(cities, label="", list=True, frame=(), key=None):  # noqa: A002 -- reads well
    if not key:
        return draw(cities, label, list, frame, f"map-{next(_ids)}")
    parts = (repr(key), label, list, tuple(frame), get_language())
    # The same map gets the same ids, so the page's bytes (and ETag) stay the same.
    uid = "map-" + hashlib.sha256(repr(parts).encode()).hexdigest()[:8]
    return cached_fragment("city-map", lambda: draw(cities, label, list, frame, uid), *parts)


def draw(cities, label, show_list, frame, uid):
    """The map and its list of cities or countries, as HTML."""
    city_map_ = maps.city_map(cities, frame=frame)
    svg = maps.svg(city_map_, f"{uid}-title", f"{uid}-list") if city_map_.viewport else ""
    context = {"map": city_map_, "svg": svg, "uid": uid, "label": label, "show_list": show_list}
    return render_to_string("includes/map.html", context)


@register.inclusion_tag("includes/membership_chart.html")
def membership_chart(chart, title="", caption=""):
    return {"chart": chart, "title": title, "caption": caption, "uid": f"chart-{next(_ids)}"}
