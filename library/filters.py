"""The resource library's filters, and the topic choice the other list pages share."""

import django_filters
from django.utils.translation import gettext_lazy as _

from library.models import Resource, Topic
from network.filters import hub_filter


def topic_filter(field_name="topics"):
    """A choice of topic, by slug in the URL."""
    return django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name=field_name,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )


class ResourceFilter(django_filters.FilterSet):
    """Resources by kind, topic, hub and language."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Resource.Kind.choices, empty_label=_("All kinds")
    )
    topic = topic_filter()
    hub = hub_filter(field_name="hubs")
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=Resource.Language.choices, empty_label=_("All languages")
    )

    class Meta:
        model = Resource
        fields = ["kind", "topic", "hub", "language"]
