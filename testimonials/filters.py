"""Filter testimonials by the hub of the speaker's city (GET, values in the URL)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from network.filters import hub_filter
from testimonials.models import Testimonial


class TestimonialFilter(django_filters.FilterSet):
    """Testimonials by the hub of the speaker's city."""

    hub = hub_filter(label=_("Hub"), field_name="city__hub")

    class Meta:
        model = Testimonial
        fields = ["hub"]
