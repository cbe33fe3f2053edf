"""The e-mails of an application: the applicant's confirmation, the staff alert, and the
decision (approved with next steps, or declined with the reason) in the applicant's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def _send(template, subject_template, context, to, language):
    """Render subject, text and HTML in ``language`` and send them as one message."""
    with translation.override(language):
        context = {**context, "SITE_URL": settings.SITE_URL, "LANGUAGE_CODE": language}
        subject = " ".join(render_to_string(subject_template, context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    message.send()


def send_applicant_confirmation(application):
    language = application.preferred_language or settings.LANGUAGE_CODE
    _send(
        "cities/emails/application_received",
        "cities/emails/application_received_subject.txt",
        {"application": application, "review_weeks": settings.APPLICATION_REVIEW_WEEKS},
        [application.email],
        language,
    )


def send_staff_notification(application):
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        admin_url = settings.SITE_URL + reverse(
            "admin:cities_membershipapplication_change", args=[application.pk]
        )
    _send(
        "cities/emails/application_staff",
        "cities/emails/application_staff_subject.txt",
        {"application": application, "admin_url": admin_url},
        settings.STAFF_NOTIFICATION_EMAILS,
        language,
    )


def send_decision(application):
    language = application.preferred_language or settings.LANGUAGE_CODE
    _send(
        "cities/emails/application_decision",
        "cities/emails/application_decision_subject.txt",
        {"application": application, "approved": application.status == "approved"},
        [application.email],
        language,
    )
