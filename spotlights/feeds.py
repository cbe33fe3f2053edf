"""Atom feed of the latest spotlights, one per language (/ar/spotlights/feed/, /en/…)."""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from spotlights.models import Spotlight

FEED_SIZE = 20


class LatestSpotlightsFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("City spotlights · Strong Cities Network")

    def subtitle(self):
        return _("Stories of how member cities prevent hate, extremism and polarisation.")

    def link(self):
        return reverse("spotlights:list")

    def items(self):
        return Spotlight.objects.published().for_listing()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        # Atom's <published> is a full timestamp: given only for an article dated to the day.
        dated = item.dated
        if dated and dated.is_day:
            return datetime.datetime.combine(dated.start, datetime.time(), tzinfo=datetime.UTC)
        return None

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]
