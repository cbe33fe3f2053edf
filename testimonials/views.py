from django_filters.views import FilterView

from hubs.filters import StrictFilterMixin
from testimonials.filters import TestimonialFilter
from testimonials.models import Testimonial


class TestimonialListView(StrictFilterMixin, FilterView):
    """Every published testimonial ("hear from the cities"), filterable by hub."""

    template_name = "testimonials/testimonial_list.html"
    filterset_class = TestimonialFilter
    paginate_by = 20

    def get_queryset(self):
        return Testimonial.objects.published().for_listing()
