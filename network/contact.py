"""Contact messages: saving one and e-mailing staff about it (the services of the contact form).

Kept apart from the view so the e-mail can be routed through a task queue without touching
the form handling: ``submit`` saves, and ``notify_staff`` runs after the commit.
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from network.models import ContactMessage

logger = logging.getLogger(__name__)
MAIL_ERRORS = (SMTPException, OSError)


def submit(form, language):
    """Save the message; staff are e-mailed once the transaction has committed."""
    with transaction.atomic():
        message = form.save(commit=False)
        message.language = language
        message.save()
        transaction.on_commit(lambda: notify_staff(message))
    return message


def notify_staff(message):
    """E-mail staff; a failure is logged and the message stays saved (flag left empty)."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "message": message,
            "admin_url": settings.SITE_URL
            + reverse("admin:network_contactmessage_change", args=[message.pk]),
        }
        subject = _("Contact form: message from %(name)s") % {"name": message.name}
        text = render_to_string("network/contact_email.txt", context)
    email = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        settings.STAFF_NOTIFICATION_EMAILS,
        reply_to=[message.email],
    )
    try:
        email.send()
    except MAIL_ERRORS:
        logger.exception("Could not e-mail staff about contact message %s", message.pk)
        return False
    message.staff_notified_at = timezone.now()
    ContactMessage.objects.filter(pk=message.pk).update(staff_notified_at=message.staff_notified_at)
    return True
