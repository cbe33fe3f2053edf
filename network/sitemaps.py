"""sitemap.xml: an index of per-section sitemaps, each paginated, listing every public page in
both languages with hreflang alternates.

Django's i18n sitemaps pair every item with every language in a list before paginating, which
loads the whole table for each page; here pages are cut from the queryset in the database
(``LanguagePairs``), so a page costs the same at 5,000 cities as at 17.
"""

from collections.abc import Sequence
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.core.paginator import Paginator
from django.db.models import Max, QuerySet
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property

from cities.models import City
from hubs.models import Event, Hub
from pages.models import Page
from spotlights.models import Spotlight


class LanguagePairs(Sequence):
    """``(item, language)`` for every item of a queryset and every language, read lazily:
    a slice fetches only the items it covers."""

    def __init__(self, items, languages):
        self.items, self.languages = items, list(languages)

    @cached_property
    def _count(self):
        return self.items.count() if isinstance(self.items, QuerySet) else len(self.items)

    def __len__(self):
        return self._count * len(self.languages)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop, _step = index.indices(len(self))
        per_item = len(self.languages)
        first, last = start // per_item, -(-stop // per_item)
        pairs = [(item, language) for item in self.items[first:last] for language in self.languages]
        return pairs[start - first * per_item : stop - first * per_item]


class BilingualSitemap(Sitemap):
    """Absolute links on ``SITE_URL`` (not the request's host), in every language."""

    i18n = True
    alternates = True
    x_default = True
    # URLs per page: 200 items in two languages. Each URL carries its hreflang alternates, so a
    # page of 1,000 was 450 KB and 0.4 s to render; 400 stay under 200 KB and 100 ms.
    limit = 400

    @property
    def paginator(self):
        return Paginator(LanguagePairs(self.items(), self._languages()), self.limit)

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


# The standing pages (about, contact…) answer 404 until staff publish them.
STANDING_PAGES = {
    Page.Slug.ABOUT: "page_about",
    Page.Slug.CONTACT: "page_contact",
    Page.Slug.PRIVACY: "page_privacy",
    Page.Slug.ACCESSIBILITY: "page_accessibility",
}


class StaticPagesSitemap(BilingualSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        published = set(Page.objects.published().values_list("slug", flat=True))
        return [
            "home",
            "hubs:list",
            "cities:list",
            "cities:councils",
            "spotlights:list",
            "hubs:event_list",
            "testimonials:list",
            "resources",
            "numbers",
            "api_docs:index",
            "cities:join",
            *(name for slug, name in STANDING_PAGES.items() if slug in published),
        ]

    def location(self, item):
        return reverse(item)


class PublishedSitemap(BilingualSitemap):
    changefreq = "monthly"

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        """For the index: the newest change of the section, from the database (1 query)."""
        return self.items().aggregate(latest=Max("updated_at"))["latest"]


class HubSitemap(PublishedSitemap):
    priority = 0.7

    def items(self):
        return Hub.objects.published().only("slug", "updated_at").order_by("pk")


class CitySitemap(PublishedSitemap):
    priority = 0.6

    def items(self):
        return City.objects.published().only("slug", "updated_at").order_by("pk")


class SpotlightSitemap(PublishedSitemap):
    priority = 0.6

    def items(self):
        return Spotlight.objects.published().only("slug", "updated_at").order_by("pk")


class EventSitemap(PublishedSitemap):
    priority = 0.5

    def items(self):
        return Event.objects.published().only("slug", "updated_at").order_by("pk")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "hubs": HubSitemap,
    "cities": CitySitemap,
    "spotlights": SpotlightSitemap,
    "events": EventSitemap,
}


@x_robots_tag
def index(request, sitemaps, section_url_name):
    """The sitemap index: every page of every section, on ``SITE_URL`` like the sitemaps."""
    items = []
    for section, sitemap_class in sitemaps.items():
        sitemap = sitemap_class()
        location = settings.SITE_URL + reverse(section_url_name, kwargs={"section": section})
        lastmod = sitemap.get_latest_lastmod()
        items.append(SitemapIndexItem(location, lastmod))
        items += [
            SitemapIndexItem(f"{location}?p={page}", lastmod)
            for page in range(2, sitemap.paginator.num_pages + 1)
        ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": items}, content_type="application/xml"
    )
