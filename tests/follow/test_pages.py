"""The public side: no enumeration, rate limit, bad links and input as 4xx in the visitor's
language, cacheable pages with the follow forms, and the calendar subscription links."""

import pytest
from django.core import mail

from follow.models import Subscriber
from hubs.templatetags.calendar_links import subscription_links
from tests import factories
from tests.follow.helpers import confirm_last, subscribe

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]


def test_the_answer_is_the_same_whether_or_not_the_address_follows(client):
    hub = factories.HubFactory()
    first = subscribe(client, hubs=[hub.slug])
    confirm_last(client)
    pending = subscribe(client, email="pending@example.org", hubs=[hub.slug])
    again = subscribe(client, hubs=[hub.slug], whole_network="on")
    again_pending = subscribe(client, email="pending@example.org", hubs=[hub.slug])
    answers = {(r.status_code, r["Location"]) for r in (first, pending, again, again_pending)}
    assert answers == {(303, "/en/follow/check-your-inbox/")}
    page = client.get("/en/follow/check-your-inbox/").content.decode()
    assert "reader@example.org" not in page
    # The owner of a confirmed address is told by e-mail; their choices are not changed.
    assert "already receive" in mail.outbox[-2].subject
    assert not Subscriber.objects.get(email="reader@example.org").whole_network
    # A pending address simply gets a new confirmation link.
    assert "Confirm" in mail.outbox[-1].subject


def test_the_form_is_rate_limited_like_the_other_forms(client, settings):
    settings.FORM_RATE_LIMIT = 2
    hub = factories.HubFactory()
    for n in range(2):
        assert subscribe(client, email=f"r{n}@example.org", hubs=[hub.slug]).status_code == 303
    response = subscribe(client, email="r3@example.org", hubs=[hub.slug])
    assert response.status_code == 429
    assert Subscriber.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not-an-address"}, "Enter a valid email address."),
        ({"hubs": ["no-such-hub"]}, "Select a valid choice."),
        ({"frequency": "hourly"}, "Select a valid choice."),
        ({"hubs": []}, "Choose what to follow"),
        ({"cities": ["x" * 300]}, "Select a valid choice."),
        ({"cities": ["nul\x00city"]}, "Select a valid choice."),
        ({"topics": ["nul\x00topic"]}, "Select a valid choice."),
    ],
)
def test_bad_input_is_a_400_with_a_message(client, data, message):
    factories.HubFactory(slug="balkans")
    response = subscribe(client, **{"hubs": ["balkans"], **data})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Subscriber.objects.exists()


@pytest.mark.parametrize("query", ["city=%00", "hub=%00&topic=%00&email=%00", "city=" + "x" * 500])
def test_odd_addresses_of_the_subscribe_page_still_show_the_form(client, query):
    assert client.get(f"/en/follow/?{query}").status_code == 200


def test_bad_input_is_answered_in_arabic_on_arabic_pages(client):
    response = subscribe(client, language="ar", hubs=[])
    assert response.status_code == 400
    assert "اختاروا ما تريدون متابعته" in response.content.decode()


@pytest.mark.parametrize("kind", ["confirm", "preferences", "unsubscribe"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_forged_or_mangled_links_are_a_400(client, kind, language):
    for token in ("nonsense", "WzEsImFiYyJd:1abc:forged", "%00"):
        response = client.get(f"/{language}/follow/{kind}/{token}/")
        assert response.status_code == 400, token
        text = "This link does not work" if language == "en" else "هذا الرابط لا يعمل"
        assert text in response.content.decode()
    assert client.post(f"/{language}/follow/{kind}/nonsense/").status_code == 400


def test_an_expired_confirmation_link_does_not_confirm(client, settings):
    from django.core import signing

    from follow import services

    subscribe(client, hubs=[factories.HubFactory().slug])
    subscriber = Subscriber.objects.get()
    settings.FOLLOW_UNCONFIRMED_DAYS = 0  # every link is already older than its lifetime
    token = services.token_for(subscriber, services.CONFIRM_SALT)
    assert signing.loads(token, salt=services.CONFIRM_SALT)
    assert client.post(f"/en/follow/confirm/{token}/").status_code == 400
    subscriber.refresh_from_db()
    assert not subscriber.is_confirmed


def test_a_link_stays_calm_after_the_address_left(client):
    subscribe(client, hubs=[factories.HubFactory().slug])
    confirm_last(client)
    from follow import services

    subscriber = Subscriber.objects.get()
    token = services.token_for(subscriber)
    services.leave(subscriber)
    assert client.post(f"/en/follow/unsubscribe/{token}/").status_code == 200
    assert client.get(f"/en/follow/preferences/{token}/").status_code == 400


def test_pages_with_follow_forms_stay_cacheable(client):
    hub = factories.HubFactory()
    city = factories.CityFactory(country__hub=hub)
    topic = factories.TopicFactory()
    pages = {
        "/en/": None,
        hub.get_absolute_url(): ("hub", hub.slug),
        city.get_absolute_url(): ("city", city.slug),
        f"/en/spotlights/?topic={topic.slug}": ("topic", topic.slug),
    }
    for url, hidden in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url  # no CSRF cookie: the page can be cached
        html = response.content.decode()
        assert 'class="follow-box" method="get" action="/' in html
        assert "csrfmiddlewaretoken" not in html
        if hidden:
            assert f'<input type="hidden" name="{hidden[0]}" value="{hidden[1]}">' in html, url


def test_calendar_feeds_are_offered_for_every_calendar(client, settings):
    settings.SITE_URL = "https://portal.example.org"
    hub = factories.HubFactory(slug="mena")
    links = subscription_links("/en/hubs/mena/calendar.ics", "MENA events")
    assert links["webcal"] == "webcal://portal.example.org/en/hubs/mena/calendar.ics"
    assert links["google"] == (
        "https://calendar.google.com/calendar/render?cid="
        "webcal%3A%2F%2Fportal.example.org%2Fen%2Fhubs%2Fmena%2Fcalendar.ics"
    )
    assert links["outlook"].startswith("https://outlook.live.com/calendar/0/addfromweb?url=https")
    for url, feed in (
        ("/en/events/", "/en/events/calendar.ics"),
        (hub.get_absolute_url(), "/en/hubs/mena/calendar.ics"),
    ):
        html = client.get(url).content.decode()
        assert f'href="webcal://portal.example.org{feed}"' in html
        assert "calendar.google.com" in html and "outlook.live.com" in html
        assert "Events whose day is not known yet" in html
        assert "How to subscribe" in html
    html = client.get("/ar/events/").content.decode()
    assert "إضافة إلى تقويم Google" in html and "لا تظهر في التقويم" in html


def test_privacy_notice_says_what_is_kept_why_and_how_long(client):
    from pages.models import Page

    Page.objects.create(slug="privacy", title_en="Privacy", title_ar="الخصوصية", status="published")
    html = client.get("/en/privacy/").content.decode()
    assert 'id="email-updates"' in html
    assert "deleted after 3 days" in html and "until you unsubscribe" in html
    assert "which items we have sent you" in html


def test_asking_again_restarts_the_grace_period_of_an_unconfirmed_address(client):
    import datetime

    from django.utils import timezone

    from follow import services

    hub = factories.HubFactory()
    subscribe(client, hubs=[hub.slug])
    two_days_ago = timezone.now() - datetime.timedelta(days=2)
    Subscriber.objects.update(created_at=two_days_ago)
    subscribe(client, hubs=[hub.slug])
    assert Subscriber.objects.get().created_at > two_days_ago
    Subscriber.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    services.forget_unconfirmed()
    assert Subscriber.objects.exists()  # the link just sent still works for three days
