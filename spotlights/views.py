"""Public pages of city spotlights and stories."""

from django.views.generic import DetailView

from infra.pagecache import KeptPageMixin
from kernel.listing import FilteredListView
from kernel.preview import previewer
from spotlights.filters import SpotlightFilter
from spotlights.models import Spotlight

RELATED_COUNT = 3


class SpotlightListView(FilteredListView):
    template_name = "spotlights/spotlight_list.html"
    paginate_by = 12
    filterset_class = SpotlightFilter

    def get_base_queryset(self):
        return Spotlight.objects.published().for_listing()

    def get_context_data(self, **kwargs):
        # Filtered by one topic, the list is that topic's page: it offers to follow it.
        topic = None
        if self.filters_valid and self.filterset.is_bound:
            topic = self.filterset.form.cleaned_data.get("topic")
        return super().get_context_data(followed_topic=topic, **kwargs)


class SpotlightDetailView(KeptPageMixin, DetailView):
    template_name = "spotlights/spotlight_detail.html"
    context_object_name = "spotlight"

    def get_queryset(self):
        # Staff may preview a draft; everyone else sees published spotlights only.
        return Spotlight.objects.visible_to(previewer(self.request)).for_page()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        spotlight = self.object
        topic_ids = [topic.pk for topic in spotlight.topics.all()]
        context["related"] = list(
            Spotlight.objects.published()
            .related_to(spotlight, topic_ids)
            .for_listing()[:RELATED_COUNT]
        )
        return context
