"""The e-mails of following: the confirmation, "already subscribed", and the updates.

Every message is text plus HTML in the subscriber's language, with no remote image or tracker,
and carries the one-click unsubscribe of RFC 8058 (``List-Unsubscribe`` with
``List-Unsubscribe-Post``) beside the links in its footer.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from follow import services
from follow.models import Subscriber


def absolute(url_name, language, token):
    with translation.override(language):
        return settings.SITE_URL + reverse(url_name, args=[token])


def links(subscriber):
    token = services.token_for(subscriber)
    return {
        "preferences_url": absolute("follow:preferences", subscriber.language, token),
        "unsubscribe_url": absolute("follow:unsubscribe", subscriber.language, token),
    }


def message(subscriber, template, context, connection=None):
    """One ready-to-send message in the subscriber's language."""
    language = subscriber.language
    context = {
        **context,
        **links(subscriber),
        "subscriber": subscriber,
        "SITE_URL": settings.SITE_URL,
        "LANGUAGE_CODE": language,
        "LANGUAGE_BIDI": translation.get_language_info(language)["bidi"],
    }
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    mail = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [subscriber.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    mail.attach_alternative(html, "text/html")
    return mail


def deliver_notice(pk):
    """The queued task: send the subscriber's pending notice; raises if the server refused."""
    subscriber = Subscriber.objects.filter(pk=pk).exclude(pending_notice="").first()
    if subscriber is None:
        return  # sent already, or the address is gone
    notice = subscriber.pending_notice
    if notice == services.CONFIRM:
        token = services.token_for(subscriber, services.CONFIRM_SALT)
        context = {
            "confirm_url": absolute("follow:confirm", subscriber.language, token),
            "days": settings.FOLLOW_UNCONFIRMED_DAYS,
        }
        message(subscriber, "follow/emails/confirm", context).send()
    else:
        message(subscriber, "follow/emails/already", {}).send()
    # Only the notice just sent is cleared: a newer request queued meanwhile still goes out.
    Subscriber.objects.filter(pk=pk, pending_notice=notice).update(pending_notice="")
