from django.views.generic import DetailView, ListView

from hubs.models import Event, Hub


class HubListView(ListView):
    template_name = "hubs/hub_list.html"

    def get_queryset(self):
        return Hub.objects.published()


class HubDetailView(DetailView):
    template_name = "hubs/hub_detail.html"

    def get_queryset(self):
        return Hub.objects.published()


class EventListView(ListView):
    template_name = "hubs/event_list.html"
    paginate_by = 20

    def get_queryset(self):
        return Event.objects.published().select_related("hub")


class EventDetailView(DetailView):
    template_name = "hubs/event_detail.html"

    def get_queryset(self):
        return Event.objects.published().select_related("hub", "host_city")
