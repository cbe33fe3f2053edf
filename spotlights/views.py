from django.views.generic import DetailView, ListView

from spotlights.models import Spotlight


class SpotlightListView(ListView):
    template_name = "spotlights/spotlight_list.html"
    paginate_by = 12

    def get_queryset(self):
        return Spotlight.objects.published().for_listing()


class SpotlightDetailView(DetailView):
    template_name = "spotlights/spotlight_detail.html"

    def get_queryset(self):
        return Spotlight.objects.published().select_related("city")
