"""What the public forms share: the honeypot field and the rate-limited POST handling."""

from django import forms
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from network import ratelimit


class HoneypotMixin(forms.Form):
    """A field people never see; bots that fill every input give themselves away."""

    nickname = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self):
        return bool(self.data.get(self.add_prefix("nickname")))


class SeeOther(HttpResponseRedirect):
    """POST → GET redirect, so reloading the confirmation never re-submits."""

    status_code = 303


class PublicFormMixin:
    """POST for a public FormView: 429 when rate-limited, fake success for bots, 400 on errors."""

    rate_scope = None
    received_url_name = None  # the confirmation a bot is sent to; nothing is saved

    def post(self, request, *args, **kwargs):
        if ratelimit.is_limited(self.rate_scope, request):
            return ratelimit.too_many_requests(request)
        form = self.get_form()
        if form.is_spam():
            # Tell the bot it worked; nothing is saved or sent.
            ratelimit.count_submission(self.rate_scope, request)
            return SeeOther(reverse(self.received_url_name))
        if not form.is_valid():
            return self.form_invalid(form)
        ratelimit.count_submission(self.rate_scope, request)
        return self.form_valid(form)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
