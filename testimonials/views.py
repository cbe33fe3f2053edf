from kernel.listing import FilteredListView
from testimonials.filters import TestimonialFilter
from testimonials.models import Testimonial


class TestimonialListView(FilteredListView):
    """Every published testimonial ("hear from the cities"), filterable by hub."""

    template_name = "testimonials/testimonial_list.html"
    filterset_class = TestimonialFilter
    paginate_by = 20

    def get_base_queryset(self):
        return Testimonial.objects.published().for_listing()
