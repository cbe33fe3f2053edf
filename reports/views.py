"""Translation-error reports: the visitor's form, its thank-you page and the staff e-mail."""

from django import forms
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from modeltranslation.translator import translator

from infra import mailqueue
from kernel.forms import HoneypotMixin, PlainTextMixin, PublicFormMixin, SeeOther
from kernel.models import Publishable
from kernel.moves import current_label
from kernel.preview import previewer
from reports.models import TranslationReport


def is_reportable_model(model):
    """Published content with translated fields: the only kind a visitor may report on."""
    return issubclass(model, Publishable) and model in translator.get_registered_models(
        abstract=False
    )


def is_translatable(obj):
    return is_reportable_model(type(obj))


def content_key(obj):
    return f"{obj._meta.app_label}.{obj._meta.model_name}"


def resolve_target(page, key="", object_id="", user=None):
    """Check the reported page (a path on this site) and object; return (path, language, obj).

    The object must be one ``user`` may see on the public site (published only for
    anonymous visitors): a draft's name must not leak through the form.
    """
    page = (page or "").strip()
    if (
        not page.startswith("/")
        or page.startswith("//")
        or "\\" in page
        or len(page) > 500
        # Control characters (CR/LF, NUL) have no place in a path; they would break the
        # staff e-mail's subject line and PostgreSQL text.
        or any(ord(char) < 32 or ord(char) == 127 for char in page)
        or not url_has_allowed_host_and_scheme(page, allowed_hosts=None)
    ):
        raise ValidationError(
            _("The link to the page is not valid. Please use the link on the page.")
        )
    prefix = page.split("/")[1]
    language = prefix if prefix in dict(settings.LANGUAGES) else get_language()
    obj = None
    if key or object_id:
        obj = _object_for(key, object_id, user or AnonymousUser())
    return page, language, obj


def _object_for(key, object_id, user):
    invalid = ValidationError(_("The content this link refers to does not exist."))
    if "\x00" in f"{key}{object_id}":  # PostgreSQL refuses NUL in a query parameter
        raise invalid
    app_label, _dot, model_name = current_label(key or "").partition(".")
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
        model = content_type.model_class()
        if model is None or not is_reportable_model(model):
            raise invalid
        # A draft answers exactly like a missing object, so its existence does not leak either.
        return model._default_manager.all().visible_to(user).get(pk=int(object_id))
    except (ObjectDoesNotExist, ValueError, TypeError, OverflowError):
        raise invalid from None


class TranslationReportForm(HoneypotMixin, PlainTextMixin, forms.ModelForm):
    page = forms.CharField(widget=forms.HiddenInput, max_length=500)
    ct = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)
    id = forms.CharField(widget=forms.HiddenInput, required=False, max_length=20)

    class Meta:
        model = TranslationReport
        fields = ["description", "suggestion", "email"]
        labels = {
            "description": _("What is wrong?"),
            "suggestion": _("Your suggested wording"),
            "email": _("Your e-mail"),
        }
        help_texts = {
            "description": _("Quote the words that are wrong and say what they should mean."),
            "suggestion": _("Optional."),
            "email": _("Optional. Only if you would like us to reply."),
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
            "suggestion": forms.Textarea(attrs={"rows": 3, "maxlength": 2000}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_description(self):
        text = self.cleaned_data["description"].strip()
        if len(text) > 2000:
            raise ValidationError(_("Please keep to 2,000 characters."))
        return text

    def clean_suggestion(self):
        text = self.cleaned_data["suggestion"].strip()
        if len(text) > 2000:
            raise ValidationError(_("Please keep to 2,000 characters."))
        return text

    def clean(self):
        cleaned = super().clean()
        try:
            page, language, obj = resolve_target(
                cleaned.get("page"), cleaned.get("ct"), cleaned.get("id"), self.user
            )
        except ValidationError as error:
            self.add_error(None, error)
            return cleaned
        self.instance.page_url = page
        self.instance.language = language
        if obj is not None:
            self.instance.content_type = ContentType.objects.get_for_model(obj)
            self.instance.object_id = obj.pk
        return cleaned


@method_decorator(never_cache, name="dispatch")
class ReportTranslationView(PublicFormMixin, FormView):
    template_name = "network/report_translation.html"
    form_class = TranslationReportForm
    rate_scope = "report-translation"
    received_url_name = "report_translation_thanks"

    def get(self, request, *args, **kwargs):
        params = request.GET
        try:
            page, _language, obj = resolve_target(
                params.get("page"), params.get("ct", ""), params.get("id", ""), previewer(request)
            )
        except ValidationError as error:
            context = {"error": error.messages[0]}
            return self.response_class(
                request, "network/report_translation_invalid.html", context, status=400
            )
        form = self.get_form_class()(
            user=previewer(request),
            initial={"page": page, "ct": params.get("ct", ""), "id": params.get("id", "")},
        )
        return self.render_to_response(self.get_context_data(form=form, page=page, target=obj))

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": previewer(self.request)}

    def form_invalid(self, form):
        context = self.get_context_data(form=form, page=form.data.get("page", ""))
        return self.render_to_response(context, status=400)

    def form_valid(self, form):
        with transaction.atomic():
            report = form.save()
            mailqueue.queue("reports.views.deliver", report.pk)
        return SeeOther(reverse("report_translation_thanks"))


class ReportTranslationThanksView(TemplateView):
    template_name = "network/report_translation_thanks.html"


def deliver(pk):
    """The queued task: e-mail staff about a report unless done already (errors propagate)."""
    report = TranslationReport.objects.filter(pk=pk, staff_notified_at__isnull=True).first()
    if report is not None:
        notify_staff(report)


def notify_staff(report):
    """E-mail staff about a report; ``staff_notified_at`` is set once the server has taken it."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        admin_url = settings.SITE_URL + reverse(
            "admin:reports_translationreport_change", args=[report.pk]
        )
        context = {
            "report": report,
            "admin_url": admin_url,
            "SITE_URL": settings.SITE_URL,
            "LANGUAGE_CODE": language,
        }
        subject = str(_("Translation error reported on %(page)s") % {"page": report.page_url})
        text = render_to_string("network/report_translation_email.txt", context)
        html = render_to_string("network/report_translation_email.html", context)
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, settings.STAFF_NOTIFICATION_EMAILS
    )
    message.attach_alternative(html, "text/html")
    message.send()
    report.staff_notified_at = timezone.now()
    TranslationReport.objects.filter(pk=report.pk).update(
        staff_notified_at=report.staff_notified_at
    )


def deliver_reply(pk):
    """The queued task: e-mail the reporter the staff's reply unless sent already."""
    report = TranslationReport.objects.filter(pk=pk, reply_sent_at__isnull=True).first()
    if report is None or not report.email or not report.reply.strip():
        return
    with translation.override(report.language):
        context = {"report": report, "SITE_URL": settings.SITE_URL}
        subject = str(_("Your report of a translation error"))
        text = render_to_string("network/report_translation_reply_email.txt", context)
    EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [report.email]).send()
    TranslationReport.objects.filter(pk=report.pk).update(reply_sent_at=timezone.now())
