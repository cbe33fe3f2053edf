"""Template tags for the server-drawn map and membership chart.

{% load maps %}
{% city_map cities %}                       map + list of the cities shown
{% city_map cities list=False label=... %}  the list of cities visually hidden (the numbered
                                            key, or the countries at scale, stay visible)
{% city_map cities frame=country_codes %}   framed on these countries (ISO codes), tinted
{% membership_chart chart %}                a network.charts.MembershipChart
"""

import itertools

from django import template

from network import maps

register = template.Library()
_ids = itertools.count(1)


@register.inclusion_tag("includes/map.html")
def city_map(cities, label="", list=True, frame=()):  # noqa: A002 -- reads well in templates
    city_map_ = maps.city_map(cities, frame=frame)
    uid = f"map-{next(_ids)}"
    return {
        "map": city_map_,
        "svg": maps.svg(city_map_, f"{uid}-title", f"{uid}-list") if city_map_.viewport else "",
        "uid": uid,
        "label": label,
        "show_list": list,
    }


@register.inclusion_tag("includes/membership_chart.html")
def membership_chart(chart, title="", caption=""):
    return {"chart": chart, "title": title, "caption": caption, "uid": f"chart-{next(_ids)}"}
