"""Subscription links for a calendar feed: ``webcal:``, Google Calendar and Outlook.

A subscription (unlike a one-off import of the ``.ics`` file) keeps the calendar in step:
the calendar app fetches the feed again by itself, so new events appear without a visit.
"""

from urllib.parse import quote, urlencode

from django import template
from django.conf import settings

register = template.Library()


def subscription_links(path, name):
    """The feed at ``path`` (site-relative) as each calendar app wants it."""
    https = settings.SITE_URL.rstrip("/") + path
    webcal = "webcal://" + https.split("://", 1)[-1]
    outlook = urlencode({"url": https, "name": name})
    return {
        "feed": https,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe=""),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?" + outlook,
        "office": "https://outlook.office.com/calendar/0/addfromweb?" + outlook,
    }


@register.inclusion_tag("includes/calendar_links.html")
def calendar_links(path, name, box_id="calendar"):
    return {"links": subscription_links(path, str(name)), "box_id": box_id}
