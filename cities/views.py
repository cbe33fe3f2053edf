from django.views.generic import DetailView, ListView, TemplateView

from cities.models import City


class CityListView(ListView):
    template_name = "cities/city_list.html"
    paginate_by = 24

    def get_queryset(self):
        return City.objects.members().select_related("country", "hub")


class CityDetailView(DetailView):
    template_name = "cities/city_detail.html"

    def get_queryset(self):
        return City.objects.published().select_related("country", "hub")


class JoinView(TemplateView):
    template_name = "cities/join.html"
