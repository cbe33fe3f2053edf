"""Spotlight search and filters: by city name or topic, hub, country, topic and kind."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kernel.filters import search_filter
from kernel.models import text_search
from kernel.text import ids_matching, ids_q
from library.filters import topic_filter
from library.models import Topic
from network.filters import country_filter, hub_filter
from spotlights.models import Spotlight


def search_spotlights(queryset, query, any_word=False):
    """Match everything a spotlight's search text holds (title, summary, quote, sections,
    authors), the city's names and spellings, and topic names."""
    topics = Topic.objects.values_list("pk", "name_ar", "name_en")
    by_word = ids_matching(topics, query)
    through = Spotlight.topics.through.objects

    def topic_q(word):
        return Q(pk__in=through.filter(ids_q("topic_id", by_word.get(word))).values("spotlight_id"))

    return text_search(
        queryset,
        query,
        fields=("search_text", "city__search_text"),
        word_q=topic_q,
        any_word=any_word,
    )


class SpotlightFilter(django_filters.FilterSet):
    """Search spotlights by city name or topic, and filter by hub, country, topic and kind."""

    q = search_filter(_("City name or topic"), search=search_spotlights)
    hub = hub_filter(field_name="city__hub")
    country = country_filter(field_name="city__country")
    topic = topic_filter()
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Spotlight.Kind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Spotlight
        fields = []
