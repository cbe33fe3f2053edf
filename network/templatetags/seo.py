"""Search-engine and social metadata: canonical link, Open Graph and JSON-LD.

JSON-LD goes out as ``<script type="application/ld+json">``: data the browser never runs,
so the strict CSP allows it. ``<``, ``>`` and ``&`` are escaped as JSON unicode escapes so
no text from the database can close the element early.
"""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kernel.images import renditions

register = template.Library()

OG_LOCALES = {"ar": "ar_AR", "en": "en_GB"}
JSON_ESCAPES = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})
OG_IMAGE_WIDTH = 1200


def absolute(path):
    return f"{settings.SITE_URL}{path}" if path.startswith("/") else path


def plain(text, length=160):
    """Rich text or long text reduced to a one-line description."""
    return Truncator(" ".join(strip_tags(str(text or "")).split())).chars(length)


def image_url(image):
    """An absolute URL of a rendition suited to link previews, or None."""
    found = renditions(image, [OG_IMAGE_WIDTH]) if image else None
    return absolute(found["sources"][-1][0]) if found else None


def organisation():
    return {
        "@type": "Organization",
        "name": _("Strong Cities Network"),
        "url": f"{settings.SITE_URL}/",
        "logo": absolute(static("network/img/favicon.svg")),
    }


def jsonld(data):
    data = {"@context": "https://schema.org", **data}
    text = json.dumps(data, ensure_ascii=False, default=str).translate(JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.inclusion_tag("includes/seo.html", takes_context=True)
def seo(context, title, description="", image=None, image_alt="", og_type="website"):
    """Canonical link and Open Graph tags for the current page."""
    request = context.get("request")
    language = get_language() or settings.LANGUAGE_CODE
    canonical = absolute(request.path) if request else settings.SITE_URL
    page = request.GET.get("page", "") if request else ""
    if page.isdigit() and page != "1":
        canonical += f"?page={page}"
    return {
        "title": title,
        "description": plain(description),
        "canonical": canonical,
        "og_type": og_type,
        "og_locale": OG_LOCALES.get(language, language),
        "og_alternates": [value for key, value in OG_LOCALES.items() if key != language],
        "image_url": image_url(image),
        "image_alt": image_alt,
        "site_name": _("Strong Cities Network"),
    }


@register.simple_tag
def jsonld_organization():
    return jsonld(
        {
            **organisation(),
            "description": _(
                "A global network of cities and local governments working together to "
                "prevent hate, extremism and polarisation."
            ),
        }
    )


@register.simple_tag
def jsonld_event(event):
    location = event.host_city.name if event.host_city_id else event.location
    data = {
        "@type": "Event",
        "name": event.title,
        "description": plain(event.summary or event.body, 300),
        # ISO 8601 at its precision ("2019-09", "2017"): no invented day.
        "startDate": event.when.iso,
        "url": absolute(event.get_absolute_url()),
        "inLanguage": get_language(),
        "organizer": organisation(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    if event.end_date:
        data["endDate"] = event.when.end_iso
    if location:
        data["location"] = {"@type": "Place", "name": location}
    return jsonld(data)


@register.simple_tag
def jsonld_article(spotlight):
    data = {
        "@type": "Article",
        "headline": spotlight.title,
        "description": plain(spotlight.summary, 300),
        "dateModified": spotlight.updated_at.isoformat(),
        "url": absolute(spotlight.get_absolute_url()),
        "mainEntityOfPage": absolute(spotlight.get_absolute_url()),
        "inLanguage": get_language(),
        "publisher": organisation(),
        "about": {"@type": "Place", "name": spotlight.city.name},
    }
    if spotlight.dated:  # an article whose source gives no date claims none
        data["datePublished"] = spotlight.dated.iso
    authors = [{"@type": "Person", "name": a.name} for a in spotlight.authors.all()]
    data["author"] = authors or organisation()
    picture = image_url(spotlight.hero_image)
    if picture:
        data["image"] = picture
    return jsonld(data)


@register.simple_tag
def jsonld_city(city):
    place = {"@type": "City", "name": city.name, "address": {"@type": "PostalAddress"}}
    place["address"]["addressCountry"] = city.country.iso_code
    if city.latitude is not None and city.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(city.latitude),
            "longitude": float(city.longitude),
        }
    data = {
        "@type": "GovernmentOrganization",
        "name": city.name,
        "url": absolute(city.get_absolute_url()),
        "description": plain(city.profile, 300),
        "areaServed": place,
        "memberOf": organisation(),
    }
    picture = image_url(city.image)
    if picture:
        data["image"] = picture
    return jsonld(data)
