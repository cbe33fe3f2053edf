"""The subscribe form and the preferences form: what to follow, in which language, how often."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from cities.models import City
from follow.models import Subscriber
from hubs.models import Hub
from kernel.forms import HoneypotMixin
from library.models import Topic

# A preferences link or a page's form names a handful of cities; more is not a person.
MAX_CITIES = 50
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,200}$")


class SlugChoiceField(forms.ModelMultipleChoiceField):
    def __init__(self, queryset, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(queryset, to_field_name="slug", **kwargs)

    def _check_values(self, value):
        # What is not a slug is no choice, said the same way on every database (PostgreSQL
        # would otherwise refuse a NUL character before Django could).
        for slug in value:
            if not SLUG.match(str(slug)):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": slug},
                )
        return super()._check_values(value)


class FollowChoicesForm(forms.Form):
    whole_network = forms.BooleanField(label=_("Everything the network publishes"), required=False)
    hubs = SlugChoiceField(Hub.objects.published(), label=_("Regional hubs"))
    # Cities are offered as checkboxes only when named (from a city's page or one's
    # preferences): a list of every city would be too long to read.
    cities = SlugChoiceField(City.objects.published(), label=_("Cities"))
    topics = SlugChoiceField(Topic.objects.all(), label=_("Topics"))
    language = forms.ChoiceField(label=_("Language of the e-mails"), widget=forms.RadioSelect)
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Each language named in itself, so everyone finds their own.
        self.fields["language"].choices = [
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ]
        cities = self.fields["cities"]
        named = self._named_cities()
        cities.widget.choices = [(city.slug, city.name) for city in named]
        if not named:
            cities.widget = forms.MultipleHiddenInput()

    def _named_cities(self):
        if self.is_bound:
            slugs = self.data.getlist(self.add_prefix("cities"))
        else:
            initial = self.initial.get("cities") or []
            slugs = [getattr(city, "slug", city) for city in initial]
        # Only what could be a slug reaches the query (PostgreSQL refuses NUL characters).
        slugs = [slug for slug in slugs if isinstance(slug, str) and SLUG.match(slug)]
        slugs = slugs[:MAX_CITIES]
        return list(City.objects.published().filter(slug__in=slugs).order_by("name", "pk"))

    def clean_cities(self):
        cities = self.cleaned_data["cities"]
        if len(cities) > MAX_CITIES:
            raise forms.ValidationError(
                _("Follow at most %(max)d cities at once."), params={"max": MAX_CITIES}
            )
        return cities

    def clean(self):
        cleaned = super().clean()
        chosen = cleaned.get("whole_network") or any(
            cleaned.get(name) for name in ("hubs", "cities", "topics")
        )
        if not self.errors and not chosen:
            raise forms.ValidationError(
                _("Choose what to follow: the whole network, or at least one hub, city or topic."),
                code="nothing_chosen",
            )
        return cleaned


class SubscribeForm(HoneypotMixin, FollowChoicesForm):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    field_order = ["email", "whole_network", "hubs", "cities", "topics", "language", "frequency"]
