"""Spotlight search and filters: by city name or topic, hub, country, topic and kind."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from network.filters import country_filter, hub_filter, search_filter
from network.models import Topic, text_search
from network.text import normalise
from spotlights.models import Spotlight


def topic_ids_matching(query):
    """Per normalised word of ``query``, the ids of topics whose name (either language) has it.

    Topics are few, so they are normalised here rather than given a search column.
    """
    topics = [
        (topic.pk, normalise(f"{topic.name_ar or ''} {topic.name_en or ''}"))
        for topic in Topic.objects.only("pk", "name_ar", "name_en")
    ]
    return {word: [pk for pk, text in topics if word in text] for word in normalise(query).split()}


def search_spotlights(queryset, query):
    """Match title and summary, the city's names and spellings, and topic names."""
    by_word = topic_ids_matching(query)
    through = Spotlight.topics.through.objects

    def topic_q(word):
        ids = by_word.get(word)
        if not ids:
            return Q(pk__in=[])
        return Q(pk__in=through.filter(topic_id__in=ids).values("spotlight_id"))

    return text_search(queryset, query, fields=("search_text", "city__search_text"), word_q=topic_q)


class SpotlightFilter(django_filters.FilterSet):
    """Search spotlights by city name or topic, and filter by hub, country, topic and kind."""

    q = search_filter(_("City name or topic"), search=search_spotlights)
    hub = hub_filter(field_name="city__hub")
    country = country_filter(field_name="city__country")
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Spotlight.Kind.choices, empty_label=_("All kinds")
    )

    class Meta:
        model = Spotlight
        fields = []
