"""Subscribe -> confirm -> receive -> change preferences -> unsubscribe, in both languages."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from follow import digest
from follow.models import SentItem, Subscriber
from tests import factories
from tests.follow.helpers import confirm_last, link_to, path_of, subscribe

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]

TEXTS = {
    "en": {
        "confirm": "Confirm your e-mail updates",
        "button": "Yes, send me updates",
        "subscribed": "You are subscribed",
        "digest": "Strong Cities Network: 1 new item",
        "unsubscribed": "You are unsubscribed",
    },
    "ar": {
        "confirm": "أكّد",
        "button": "نعم، أرسلوا إليّ",
        "subscribed": "أنتم مشتركون",
        "digest": "شبكة المدن القوية",
        "unsubscribed": "ألغيتم اشتراككم",
    },
}


def run_round(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return digest.start_round()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_subscribe_confirm_receive_change_and_leave(
    client, language, django_capture_on_commit_callbacks
):
    texts = TEXTS[language]
    hub = factories.HubFactory()
    city = factories.CityFactory(country__hub=hub)
    topic = factories.TopicFactory()

    # The hub page's form opens the subscribe page with the hub ticked.
    page = client.get(f"/{language}/follow/", {"hub": hub.slug, "email": "reader@example.org"})
    assert page.status_code == 200
    assert f'value="{hub.slug}"' in page.content.decode()

    response = subscribe(client, language, hubs=[hub.slug])
    assert response.status_code == 303 and response["Location"].endswith(
        "/follow/check-your-inbox/"
    )
    subscriber = Subscriber.objects.get()
    assert not subscriber.is_confirmed
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert texts["confirm"] in confirmation.subject
    assert confirmation.to == ["reader@example.org"]

    # Nothing but the confirmation until the link is opened and confirmed.
    factories.SpotlightFactory(city=city)
    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    path = path_of(link_to(confirmation, "/follow/confirm/"))
    assert path.startswith(f"/{language}/")
    page = client.get(path)
    assert texts["button"] in page.content.decode()
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed  # opening the link (a mail scanner) confirms nothing
    page = confirm_last(client)
    assert texts["subscribed"] in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_confirmed

    # Receive: a spotlight about a city of the hub, published after confirming.
    spotlight = factories.SpotlightFactory(city=city, published_at=timezone.now())
    run_round(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    update = mail.outbox[1]
    assert texts["digest"] in update.subject
    title = spotlight.title_ar if language == "ar" else spotlight.title_en
    assert title in update.body
    html = update.alternatives[0][0]
    assert title in html
    assert f'lang="{language}"' in html and ('dir="rtl"' in html) == (language == "ar")
    assert "<img" not in html and "<script" not in html
    assert update.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = update.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe_url == link_to(update, "/follow/unsubscribe/")
    assert SentItem.objects.filter(subscriber=subscriber, item=f"spotlight:{spotlight.pk}").exists()

    # Change preferences: follow the topic instead of the hub, weekly, in the other language.
    other = "en" if language == "ar" else "ar"
    preferences = path_of(link_to(update, "/follow/preferences/"))
    assert client.get(preferences).status_code == 200
    response = client.post(
        preferences, {"topics": [topic.slug], "language": other, "frequency": "weekly"}
    )
    assert response.status_code == 303
    subscriber.refresh_from_db()
    assert list(subscriber.topics.all()) == [topic] and not subscriber.hubs.exists()
    assert subscriber.language == other and subscriber.frequency == "weekly"

    # One-click unsubscribe, as a mail client does it (RFC 8058): no cookie, no CSRF token.
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        path_of(unsubscribe_url),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert texts["unsubscribed"] in response.content.decode()
    assert not Subscriber.objects.exists() and not SentItem.objects.exists()
