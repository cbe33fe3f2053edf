"""sitemap.xml: every public page in both languages, with hreflang alternates."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cities.models import City
from hubs.models import Event, Hub
from spotlights.models import Spotlight


class BilingualSitemap(Sitemap):
    """Absolute links on ``SITE_URL`` (not the request's host), in every language."""

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme or "https"

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        # Django points x-default at the URL without its language prefix; only the home page
        # exists there (it redirects by browser language). Elsewhere use the default language.
        for url in urls:
            for alternate in url["alternates"]:
                if alternate["lang_code"] != "x-default":
                    continue
                path = urlsplit(alternate["location"]).path
                if path != "/":
                    default = next(
                        a for a in url["alternates"] if a["lang_code"] == settings.LANGUAGE_CODE
                    )
                    alternate["location"] = default["location"]
        return urls


class StaticPagesSitemap(BilingualSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return [
            "home",
            "hubs:list",
            "cities:list",
            "spotlights:list",
            "hubs:event_list",
            "testimonials:list",
            "cities:join",
        ]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(BilingualSitemap):
    changefreq = "monthly"

    def lastmod(self, item):
        return item.updated_at


class HubSitemap(PublishedSitemap):
    priority = 0.7

    def items(self):
        return Hub.objects.published().only("slug", "updated_at")


class CitySitemap(PublishedSitemap):
    priority = 0.6

    def items(self):
        return City.objects.published().only("slug", "updated_at")


class SpotlightSitemap(PublishedSitemap):
    priority = 0.6

    def items(self):
        return Spotlight.objects.published().only("slug", "updated_at")


class EventSitemap(PublishedSitemap):
    priority = 0.5

    def items(self):
        return Event.objects.published().only("slug", "updated_at")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "hubs": HubSitemap,
    "cities": CitySitemap,
    "spotlights": SpotlightSitemap,
    "events": EventSitemap,
}
