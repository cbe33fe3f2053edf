"""Directory filters: everything lives in the query string so a filtered list can be shared."""

import django_filters
from django.db.models import Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cities.models import City, Council, Country
from cities.models.directory import AuthorityKind
from hubs.models import Hub
from kernel.filters import search_filter
from kernel.models import text_search
from kernel.text import ids_matching, ids_q
from network.filters import country_filter, hub_filter

YES_NO = [
    ("yes", pgettext_lazy("has a council", "Yes")),
    ("no", pgettext_lazy("has a council", "No")),
]

SORTS = {
    "name": ("name",),
    "-joined": (F("joined_year").desc(nulls_last=True), "name"),
    "joined": (F("joined_year").asc(nulls_last=True), "name"),
    "country": ("country__name", "name"),
}
SORT_CHOICES = [
    ("name", _("Name (A–Z)")),
    ("-joined", _("Newest members first")),
    ("joined", _("Founding members first")),
    ("country", _("Country")),
]


def search_cities(queryset, query, any_word=False):
    """Match a city's names, spellings and mayor, its country's name and its hub's name, in
    either language: "Bosnia" and "البوسنة" find the cities of Bosnia and Herzegovina.

    On PostgreSQL a name mistyped still finds its city (see ``text_search``)."""
    countries = ids_matching(Country.objects.values_list("pk", "name_ar", "name_en"), query)
    hubs = ids_matching(Hub.objects.published().values_list("pk", "name_ar", "name_en"), query)

    def place_q(word):
        return ids_q("country_id", countries.get(word)) | ids_q("hub_id", hubs.get(word))

    return text_search(queryset, query, word_q=place_q, any_word=any_word, fuzzy=True)


class CityFilter(django_filters.FilterSet):
    """The member-city directory's filters, search and sort order."""

    q = search_filter(_("Name, country or mayor"), search=search_cities)
    hub = hub_filter()
    country = country_filter()
    status = django_filters.ChoiceFilter(
        label=_("Status in the network"),
        field_name="membership_status",
        choices=[
            (City.MembershipStatus.MEMBER, City.MembershipStatus.MEMBER.label),
            (City.MembershipStatus.ENGAGED, City.MembershipStatus.ENGAGED.label),
        ],
        empty_label=_("Members and engaged cities"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of authority"), choices=AuthorityKind.choices, empty_label=_("All kinds")
    )
    year = django_filters.NumberFilter(
        label=_("Year joined"), field_name="joined_year", min_value=2000, max_value=2100
    )
    council = django_filters.ChoiceFilter(
        label=_("Has a council or prevention body"),
        choices=YES_NO,
        method="filter_council",
        empty_label=_("Either"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="sort_by", empty_label=None
    )

    class Meta:
        model = City
        fields = []

    def filter_council(self, queryset, name, value):
        return queryset.filter(has_council=(value == "yes"))

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS["name"]))


COMPARISON_SORTS = {
    "name": ("name",),
    "founded": (F("first_founded").asc(nulls_last=True), "name"),
    "-founded": (F("first_founded").desc(nulls_last=True), "name"),
    "-sectors": ("-sector_count", "name"),
    "sectors": ("sector_count", "name"),
}
COMPARISON_SORT_CHOICES = [
    ("name", _("City (A–Z)")),
    ("founded", _("Oldest council first")),
    ("-founded", _("Newest council first")),
    ("-sectors", _("Most sectors first")),
    ("sectors", _("Fewest sectors first")),
]


class CouncilComparisonFilter(django_filters.FilterSet):
    """The council comparison's filters: the directory's status, hub and country, the kind of
    body, and its own sorts."""

    status = django_filters.ChoiceFilter(
        label=_("Status in the network"),
        field_name="membership_status",
        choices=[
            (City.MembershipStatus.MEMBER, City.MembershipStatus.MEMBER.label),
            (City.MembershipStatus.ENGAGED, City.MembershipStatus.ENGAGED.label),
        ],
        empty_label=_("Members and engaged cities"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind of body"),
        choices=Council.Kind.choices,
        method="filter_kind",
        empty_label=_("All kinds"),
    )
    hub = hub_filter()
    country = country_filter()
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=COMPARISON_SORT_CHOICES, method="sort_by", empty_label=None
    )

    class Meta:
        model = City
        fields = []

    def filter_kind(self, queryset, name, value):
        return queryset.filter(Exists(Council.objects.filter(city=OuterRef("pk"), kind=value)))

    def sort_by(self, queryset, name, value):
        return queryset.order_by(*COMPARISON_SORTS.get(value, COMPARISON_SORTS["name"]))
