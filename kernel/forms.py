"""What the public forms share: the honeypot field and the rate-limited POST handling."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from infra import ratelimit

# Characters that change how text around them is shown without being seen themselves: the
# bidirectional embeddings, overrides and isolates (a name could read backwards in the admin
# or an e-mail). The marks (U+200E/F) and joiners Arabic and Persian text use are allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\r\n")


def hidden_characters(text, multiline):
    """The control characters in ``text`` that a form must refuse (line breaks allowed in
    multi-line text only)."""
    allowed = LINE_BREAKS | {"\t"} if multiline else frozenset()
    return {
        ch
        for ch in text
        if ch not in allowed
        and (ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029")
    }


class PlainTextMixin(forms.Form):
    """Every text field of a public form refuses control and bidi-override characters, and a
    one-line field refuses line breaks (which would also break an e-mail header built from it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and not isinstance(
                field.widget, forms.HiddenInput
            ):
                field.validators.append(_refuse_hidden(isinstance(field.widget, forms.Textarea)))


def _refuse_hidden(multiline):
    def validate(value):
        found = hidden_characters(str(value), multiline)
        if not found:
            return
        if found <= LINE_BREAKS:
            raise ValidationError(_("Please write this on one line."), code="line_break")
        raise ValidationError(
            _("Please remove the invisible control characters from this text."),
            code="control_character",
        )

    return validate


class HoneypotMixin(forms.Form):
    """A field people never see; bots that fill every input give themselves away."""

    nickname = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def is_spam(self):
        return bool(self.data.get(self.add_prefix("nickname")))


# What a 64-bit integer column holds; SQLite cannot even bind a number beyond it (OverflowError).
INTEGER_RANGE = range(-(2**63), 2**63)


class BoundedModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of objects by id that refuses ids no integer column can hold, as invalid."""

    def _check_values(self, value):
        for pk in value:
            try:
                number = int(str(pk).strip())
            except ValueError:
                continue  # not a number at all: Django's own check refuses it
            if number not in INTEGER_RANGE:
                raise ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)


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
        # Counted before saving: of simultaneous submissions only those within the limit pass.
        if not ratelimit.count_submission(self.rate_scope, request):
            return ratelimit.too_many_requests(request)
        return self.form_valid(form)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)
