"""The join form and its confirmation page."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, TemplateView

from cities.membership import services
from cities.membership.forms import MembershipApplicationForm
from cities.models import MembershipApplication
from network import ratelimit

RATE_SCOPE = "join"


class SeeOther(HttpResponseRedirect):
    """POST → GET redirect, so reloading the confirmation never re-submits."""

    status_code = 303


@method_decorator(never_cache, name="dispatch")
class JoinView(FormView):
    template_name = "cities/join.html"
    form_class = MembershipApplicationForm

    def get_initial(self):
        return {"preferred_language": get_language()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            review_weeks=settings.APPLICATION_REVIEW_WEEKS,
            retention_months=settings.APPLICATION_RETENTION_MONTHS,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if ratelimit.is_limited(RATE_SCOPE, request):
            return ratelimit.too_many_requests(request)
        form = self.get_form()
        if form.is_spam():
            # Tell the bot it worked; nothing is saved or sent.
            ratelimit.count_submission(RATE_SCOPE, request)
            return SeeOther(reverse("cities:join_received"))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        ratelimit.count_submission(RATE_SCOPE, request)
        existing = services.find_duplicate(
            form.cleaned_data["authority_name"], form.cleaned_data["email"]
        )
        if existing:
            return SeeOther(existing.get_absolute_url() + "?duplicate=1")
        application = services.submit(form, get_language())
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
        return super().get_context_data(
            duplicate="duplicate" in self.request.GET,
            review_weeks=settings.APPLICATION_REVIEW_WEEKS,
            **kwargs,
        )


class JoinReceivedView(TemplateView):
    """The confirmation without details, for submissions that were not saved."""

    template_name = "cities/join_thanks.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(review_weeks=settings.APPLICATION_REVIEW_WEEKS, **kwargs)
