"""The standing pages (about, contact, privacy, accessibility) and the contact form."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from kernel.forms import HoneypotMixin, PlainTextMixin, PublicFormMixin, SeeOther
from kernel.preview import previewer
from pages import contact
from pages.models import ContactMessage, Page


def get_page(request, slug):
    page = Page.objects.visible_to(previewer(request)).filter(slug=slug).first()
    if page is None:
        raise Http404
    return page


class PageView(TemplateView):
    """One standing page; ``slug`` comes from the URLconf."""

    template_name = "network/page.html"
    slug = None

    def get_context_data(self, **kwargs):
        page = get_page(self.request, self.slug)
        return super().get_context_data(
            page=page,
            object=page,
            retention_months=settings.APPLICATION_RETENTION_MONTHS,
            unconfirmed_days=settings.FOLLOW_UNCONFIRMED_DAYS,
            message_retention_months=settings.MESSAGE_RETENTION_MONTHS,
            data_controller=settings.DATA_CONTROLLER,
            contact_email=settings.CONTACT_EMAIL,
            **kwargs,
        )


class ContactForm(HoneypotMixin, PlainTextMixin, forms.ModelForm):
    class Meta:
        model = ContactMessage
        fields = ["name", "email", "organisation", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail"),
            "organisation": _("Your city or organisation"),
            "message": _("Your message"),
        }
        help_texts = {"organisation": _("Optional.")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 6, "maxlength": 5000}),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_message(self):
        text = self.cleaned_data["message"].strip()
        if not text:
            raise ValidationError(_("Please write your message."))
        if len(text) > 5000:
            raise ValidationError(_("Please keep to 5,000 characters."))
        return text


@method_decorator(never_cache, name="dispatch")
class ContactView(PublicFormMixin, FormView):
    template_name = "network/contact.html"
    form_class = ContactForm
    rate_scope = "contact"
    received_url_name = "contact_thanks"

    def get_context_data(self, **kwargs):
        page = get_page(self.request, Page.Slug.CONTACT)
        return super().get_context_data(
            page=page,
            object=page,
            staff_email=settings.CONTACT_EMAIL,
            **kwargs,
        )

    def form_valid(self, form):
        contact.submit(form, get_language())
        return SeeOther(reverse("contact_thanks"))


class ContactThanksView(TemplateView):
    template_name = "network/contact_thanks.html"
