"""The join form and its confirmation page."""

import uuid

from django.conf import settings
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, TemplateView

from cities.membership import services
from cities.membership.forms import MembershipApplicationForm
from cities.models import MembershipApplication
from kernel.forms import PublicFormMixin, SeeOther


@method_decorator(never_cache, name="dispatch")
class JoinView(PublicFormMixin, FormView):
    template_name = "cities/join.html"
    form_class = MembershipApplicationForm
    rate_scope = "join"
    received_url_name = "cities:join_received"

    def get_initial(self):
        # A fresh key per form shown; submitting the same form twice sends the same key.
        return {"preferred_language": get_language(), "submission_key": uuid.uuid4()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            review_weeks=settings.APPLICATION_REVIEW_WEEKS,
            retention_months=settings.APPLICATION_RETENTION_MONTHS,
            **kwargs,
        )

    def form_valid(self, form):
        application = services.submit(form, get_language())
        if application is None:
            return SeeOther(reverse("cities:join_received") + "?duplicate=1")
        return SeeOther(application.get_absolute_url())


@method_decorator(never_cache, name="dispatch")
class JoinThanksView(DetailView):
    """Shown only to whoever holds the unguessable token from the redirect."""

    template_name = "cities/join_thanks.html"
    context_object_name = "application"
    slug_field = "token"
    slug_url_kwarg = "token"

    def get_queryset(self):
        return MembershipApplication.objects.only(
            "reference", "token", "authority_name", "preferred_language"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(review_weeks=settings.APPLICATION_REVIEW_WEEKS, **kwargs)


class JoinReceivedView(TemplateView):
    """The confirmation without details: for bots, and for a repeat application (neutral)."""

    template_name = "cities/join_thanks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            duplicate="duplicate" in self.request.GET,
            review_weeks=settings.APPLICATION_REVIEW_WEEKS,
            **kwargs,
        )
