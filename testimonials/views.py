from django.views.generic import ListView

from testimonials.models import Testimonial


class TestimonialListView(ListView):
    template_name = "testimonials/testimonial_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Testimonial.objects.published().select_related("city", "city__hub")
