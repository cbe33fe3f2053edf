"""The public membership application form."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from cities.models import MembershipApplication
from kernel.forms import BoundedModelMultipleChoiceField, HoneypotMixin, PlainTextMixin
from library.models import Topic

PHONE_CHARACTERS = re.compile(r"^[0-9+\-() ]+$")
MOTIVATION_MIN = 50
MOTIVATION_MAX = 3000


# ISO 3166 places with no local authority that could apply (uninhabited, or a military base
# alone): Antarctica, Bouvet Island, the British Indian Ocean Territory, the French Southern
# Territories, Heard and McDonald Islands, South Georgia, the US Minor Outlying Islands.
WITHOUT_LOCAL_AUTHORITIES = frozenset({"AQ", "BV", "IO", "TF", "HM", "GS", "UM"})


class SubmissionKeyField(forms.UUIDField):
    """The hidden one-time key; a missing or mangled one only loses the double-submit guard."""

    widget = forms.HiddenInput

    def to_python(self, value):
        try:
            return super().to_python(value)
        except forms.ValidationError:
            return None


class MembershipApplicationForm(HoneypotMixin, PlainTextMixin, forms.ModelForm):
    topics = BoundedModelMultipleChoiceField(
        label=_("Topics of interest"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        help_text=_("Optional. The authority's official website."),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    submission_key = SubmissionKeyField(required=False)
    consent = forms.BooleanField(
        label=_("I agree that the network processes these details to review the application."),
        help_text=_(
            "We use your details only to review this application and to contact you about it."
        ),
        error_messages={
            "required": _("Please agree to the processing of your details so we can review it.")
        },
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "authority_name",
            "kind",
            "country",
            "population",
            "website",
            "contact_name",
            "contact_position",
            "email",
            "phone",
            "preferred_language",
            "prevention_structure",
            "prevention_other",
            "topics",
            "motivation",
        ]
        labels = {
            "authority_name": _("Name of the local authority"),
            "contact_name": _("Contact person"),
            "contact_position": _("Their position"),
            "prevention_structure": _("Prevention structures the authority already has"),
            "prevention_other": _("Describe the other structure"),
            "motivation": _("Why does your authority want to join?"),
        }
        help_texts = {
            "authority_name": _("For example: Municipality of Elbasan."),
            "population": _("Optional. Approximate number of residents."),
            "phone": _("Optional. Include the country code, e.g. +355 54 123 456."),
            "prevention_other": _("Required if you chose “Other”."),
            "motivation": _("Between 50 and 3,000 characters."),
        }
        widgets = {
            "prevention_structure": forms.RadioSelect,
            "motivation": forms.Textarea(attrs={"rows": 8, "maxlength": MOTIVATION_MAX}),
            "prevention_other": forms.Textarea(attrs={"rows": 3}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country"))] + [
            choice
            for choice in self.fields["country"].choices
            if choice[0] and choice[0] not in WITHOUT_LOCAL_AUTHORITIES
        ]
        self.fields["kind"].choices = [("", _("Choose a kind"))] + [
            choice for choice in self.fields["kind"].choices if choice[0]
        ]
        # Each language named in itself, so everyone finds their own.
        language = self.fields["preferred_language"]
        language.widget = forms.RadioSelect()
        language.choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]
        self.fields["population"].widget.attrs["min"] = 1

    def clean_motivation(self):
        # Browsers send line breaks as \r\n; count them as one character, as people do.
        text = self.cleaned_data["motivation"].replace("\r\n", "\n").strip()
        length = len(text)
        if length < MOTIVATION_MIN:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Please write at least %(min)d characters (you wrote %(count)d).",
                    "Please write at least %(min)d characters (you wrote %(count)d).",
                    "count",
                ),
                params={"min": MOTIVATION_MIN, "count": length},
                code="min_length",
            )
        if length > MOTIVATION_MAX:
            raise forms.ValidationError(
                ngettext_lazy(
                    "Please keep to %(max)d characters (you wrote %(count)d).",
                    "Please keep to %(max)d characters (you wrote %(count)d).",
                    "count",
                ),
                params={"max": MOTIVATION_MAX, "count": length},
                code="max_length",
            )
        return text

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if not phone:
            return phone
        digits = sum(ch.isdigit() for ch in phone)
        if not PHONE_CHARACTERS.match(phone) or not 6 <= digits <= 20:
            raise forms.ValidationError(
                _("Enter a phone number of 6 to 20 digits; only spaces, +, - and () may be added."),
                code="invalid",
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        other = MembershipApplication.PreventionStructure.OTHER
        if (
            cleaned.get("prevention_structure") == other
            and not cleaned.get("prevention_other", "").strip()
        ):
            self.add_error(
                "prevention_other", _("Please describe the structure your authority has.")
            )
        return cleaned
