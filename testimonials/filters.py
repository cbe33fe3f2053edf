"""Filter testimonials by the hub of the speaker's city (GET, values in the URL)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from hubs.models import Hub
from testimonials.models import Testimonial


class TestimonialFilter(django_filters.FilterSet):
    hub = django_filters.ModelChoiceFilter(
        label=_("Hub"),
        field_name="city__hub",
        queryset=Hub.objects.published(),
        to_field_name="slug",
        empty_label=_("All hubs"),
    )

    class Meta:
        model = Testimonial
        fields = ["hub"]
