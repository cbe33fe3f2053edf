"""Contact messages: saving one and e-mailing staff about it (the services of the contact form).

``submit`` saves the message and queues its e-mail in the same transaction; the worker runs
``deliver`` (infra.mailqueue), which retries until the mail server has taken it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from infra import mailqueue
from pages.models import ContactMessage


def submit(form, language):
    """Save the message and queue the staff e-mail with it."""
    with transaction.atomic():
        message = form.save(commit=False)
        message.language = language
        message.save()
        mailqueue.queue("pages.contact.deliver", message.pk)
    return message


def deliver(pk):
    """The queued task: e-mail staff unless done already (a mail error propagates)."""
    message = ContactMessage.objects.filter(pk=pk, staff_notified_at__isnull=True).first()
    if message is not None:
        notify_staff(message)


def notify_staff(message):
    """E-mail staff; ``staff_notified_at`` is set once the mail server has taken the message."""
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "message": message,
            "admin_url": settings.SITE_URL
            + reverse("admin:pages_contactmessage_change", args=[message.pk]),
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
    email.send()
    message.staff_notified_at = timezone.now()
    ContactMessage.objects.filter(pk=message.pk).update(staff_notified_at=message.staff_notified_at)
