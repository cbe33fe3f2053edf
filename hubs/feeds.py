"""iCalendar (RFC 5545) feeds of published events, all hubs' or one hub's: the upcoming ones
and those of the last year (``EventQuerySet.for_calendar``), so a feed stays small however long the
history grows; older events are on the event pages. Feeds stream (the first
bytes leave before the last events are read) and are kept under the content version once
written whole. The all-hubs feed points to the hubs' own feeds.

Written by hand because the format is small: all-day events (``VALUE=DATE``, exclusive
``DTEND``), text escaping (backslash, comma, semicolon, newline), lines folded at 75 octets
without splitting a UTF-8 character, and CRLF line ends.

Only events known to the day are in the feeds: a calendar entry needs a day, and an event
known only to its month or year would appear as a whole month or year of all-day event (or
on an invented day). Those events stay on the site's pages, at their precision.
"""

import datetime

from django.conf import settings
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from hubs.models import Event, Hub
from infra.pagecache import cache_response
from kernel.dates import DatePrecision

CRLF = "\r\n"
MAX_OCTETS = 75
CHUNK = 1000  # events read from the database at a time


def escape_text(value):
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    value = str(value or "")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Split a content line into chunks of at most 75 octets; continuations start with a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= MAX_OCTETS:
        return line
    chunks, current, limit = [], b"", MAX_OCTETS
    for char in line:
        octets = char.encode("utf-8")
        if len(current) + len(octets) > limit:
            chunks.append(current.decode("utf-8"))
            current, limit = b"", MAX_OCTETS - 1  # the leading space counts
        current += octets
    chunks.append(current.decode("utf-8"))
    return (CRLF + " ").join(chunks)


def ical_date(day):
    return day.strftime("%Y%m%d")


def event_lines(event, stamp, host):
    end = (event.end_date or event.start_date) + datetime.timedelta(days=1)
    url = settings.SITE_URL + event.get_absolute_url()
    place = ", ".join(str(part) for part in (event.host_city, event.location) if part)
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{host}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{ical_date(event.start_date)}",
        f"DTEND;VALUE=DATE:{ical_date(end)}",
        f"SUMMARY:{escape_text(event.title)}",
    ]
    if event.summary:
        lines.append(f"DESCRIPTION:{escape_text(event.summary)}")
    if place:
        lines.append(f"LOCATION:{escape_text(place)}")
    lines += [f"URL:{url}", f"CATEGORIES:{escape_text(event.get_kind_display())}", "END:VEVENT"]
    return lines


def calendar_chunks(events, name, description=""):
    """The VCALENDAR document with CRLF line ends, an event at a time (``events`` are read
    from the database in chunks as they are written)."""
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "localhost"
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Strong Cities Network//Events//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    if description:
        lines.append(f"X-WR-CALDESC:{escape_text(description)}")
    yield CRLF.join(fold(line) for line in lines) + CRLF
    for event in events.iterator(chunk_size=CHUNK) if hasattr(events, "iterator") else events:
        yield CRLF.join(fold(line) for line in event_lines(event, stamp, host)) + CRLF
    yield "END:VCALENDAR" + CRLF


def calendar(events, name, description=""):
    """The whole VCALENDAR document as a string with CRLF line ends."""
    return "".join(calendar_chunks(events, name, description))


def ics_response(events, name, filename, description=""):
    """The feed, streamed: its first bytes leave before the last events are read."""
    response = StreamingHttpResponse(
        calendar_chunks(events, name, description), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Content-Language"] = get_language()
    return response


def _events():
    return (
        Event.objects.published()
        .for_calendar()
        .filter(date_precision=DatePrecision.DAY)
        .select_related("host_city")
        .timeline()
    )


@require_safe
@cache_response
def all_events(request):
    description = _(
        "Strong Cities Network events of the past year and all upcoming ones. Each regional "
        "hub also has a calendar of its own events: %(url)s"
    ) % {"url": settings.SITE_URL + reverse("hubs:list")}
    return ics_response(
        _events(), _("Strong Cities Network events"), "events.ics", description=description
    )


@require_safe
@cache_response
def hub_events(request, slug):
    hub = get_object_or_404(Hub.objects.published(), slug=slug)
    name = _("%(hub)s — Strong Cities Network events") % {"hub": hub}
    return ics_response(_events().in_hub(hub), name, f"{hub.slug}.ics")
