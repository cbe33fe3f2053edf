"""The search box the list pages share, in the query string."""

import django_filters
from django import forms

from kernel.models import text_search


def search_filter(label, search=text_search):
    """A search box; ``search(queryset, query)`` matches the words of the normalised query."""

    def by_words(queryset, name, value):
        return search(queryset, value)

    return django_filters.CharFilter(
        label=label,
        method=by_words,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
