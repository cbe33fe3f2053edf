"""Subscribe, confirm, change preferences, unsubscribe: the public side of following.

The pages that link here (every page's footer, each hub, city and topic) are cached for
anonymous readers, so they hold no CSRF token: their small forms are GET forms that open
this never-cached subscribe page with the address and the choice filled in, as the join
link does. Links from e-mails carry a signed token (follow.services).
"""

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView, TemplateView

from follow import services
from follow.forms import MAX_CITIES, FollowChoicesForm, SubscribeForm
from kernel.forms import PublicFormMixin, SeeOther

# What the subscribe page reads from its address: ?email=…&hub=…&city=…&topic=…&all=1
PREFILL = {"hub": "hubs", "city": "cities", "topic": "topics"}


def invalid_link(request):
    context = {"unconfirmed_days": settings.FOLLOW_UNCONFIRMED_DAYS}
    return render(request, "follow/invalid_link.html", context, status=400)


@method_decorator(never_cache, name="dispatch")
class SubscribeView(PublicFormMixin, FormView):
    template_name = "follow/subscribe.html"
    form_class = SubscribeForm
    rate_scope = "follow"
    received_url_name = "follow:check_inbox"

    def get_initial(self):
        query = self.request.GET
        initial = {
            "email": query.get("email", "")[:254],
            "language": get_language(),
            "whole_network": query.get("all") == "1",
        }
        for parameter, field in PREFILL.items():
            initial[field] = [slug[:200] for slug in query.getlist(parameter)[:MAX_CITIES]]
        return initial

    def get_context_data(self, **kwargs):
        return super().get_context_data(unconfirmed_days=settings.FOLLOW_UNCONFIRMED_DAYS, **kwargs)

    def form_valid(self, form):
        services.subscribe(form.cleaned_data)
        return SeeOther(reverse(self.received_url_name))


class CheckInboxView(TemplateView):
    """The same answer for a new, a pending and a confirmed address."""

    template_name = "follow/check_inbox.html"


@method_decorator(never_cache, name="dispatch")
class ConfirmView(View):
    """Opening the link shows a button: a mail scanner that follows links confirms nothing."""

    def dispatch(self, request, token):
        subscriber = services.subscriber_for(
            token, services.CONFIRM_SALT, max_age=services.confirm_max_age()
        )
        if subscriber is None:
            return invalid_link(request)
        if request.method == "POST":
            services.confirm(subscriber)
        elif request.method not in ("GET", "HEAD"):
            return self.http_method_not_allowed(request)
        context = {
            "subscriber": subscriber,
            "preferences_url": reverse("follow:preferences", args=[services.token_for(subscriber)]),
        }
        return render(request, "follow/confirm.html", context)


@method_decorator(never_cache, name="dispatch")
class PreferencesView(FormView):
    template_name = "follow/preferences.html"
    form_class = FollowChoicesForm

    def dispatch(self, request, token):
        self.subscriber = services.subscriber_for(token)
        if self.subscriber is None or not self.subscriber.is_confirmed:
            return invalid_link(request)
        return super().dispatch(request, token=token)

    def get_initial(self):
        subscriber = self.subscriber
        return {
            "whole_network": subscriber.whole_network,
            "hubs": list(subscriber.hubs.values_list("slug", flat=True)),
            "cities": list(subscriber.cities.values_list("slug", flat=True)),
            "topics": list(subscriber.topics.values_list("slug", flat=True)),
            "language": subscriber.language,
            "frequency": subscriber.frequency,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            subscriber=self.subscriber, saved="saved" in self.request.GET, **kwargs
        )

    def post(self, request, *args, **kwargs):
        if "leave" in request.POST:
            services.leave(self.subscriber)
            return render(request, "follow/unsubscribed.html")
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def form_valid(self, form):
        services.change(self.subscriber, form.cleaned_data)
        return SeeOther(self.request.path + "?saved=1")


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class UnsubscribeView(View):
    """One click: a POST here (the e-mail's button, or the mail client's RFC 8058 request)
    ends the subscription. A GET only asks, since link scanners open every link."""

    def get(self, request, token):
        if services.subscriber_for(token) is None and not _well_signed(token):
            return invalid_link(request)
        return render(request, "follow/unsubscribe.html")

    def post(self, request, token):
        subscriber = services.subscriber_for(token)
        if subscriber is None and not _well_signed(token):
            return invalid_link(request)
        if subscriber is not None:
            services.leave(subscriber)
        return render(request, "follow/unsubscribed.html")


def _well_signed(token):
    """A genuine link whose subscriber is already gone still gets a calm answer."""
    try:
        signing.loads(token, salt=services.MANAGE_SALT)
    except signing.BadSignature:
        return False
    return True
