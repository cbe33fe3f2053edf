"""The admin home lists what needs the signed-in user's attention, per role (issue 12)."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from cities.membership import services
from cities.models import City, MembershipApplication
from reports.models import TranslationReport
from spotlights.models import Spotlight
from tests import factories
from tests.network.admin_helpers import HUB_EDITORS, NETWORK_EDITORS, make_staff
from tests.network.test_uploads import jpeg_bytes, upload

pytestmark = pytest.mark.django_db

REVIEWERS = "Membership reviewers"


def home(client, language="en"):
    with translation.override(language):
        response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return response


LINE = re.compile(
    r'data-line="([^"]+)">\s*<a href="([^"]+)">[^<]+</a>\s*'
    r'<span class="needs-attention__count">(\d+)</span>'
)


def lines(response):
    """``{key: (count, url)}`` of the panel's lines, read from the page."""
    html = response.content.decode()
    return {key: (int(count), unescape(url)) for key, url, count in LINE.findall(html)}


def listed_pks(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {obj.pk for obj in response.context["cl"].result_list}


@pytest.fixture
def world():
    mine = factories.HubFactory(slug="mine")
    theirs = factories.HubFactory(slug="theirs")
    data = {"mine": mine, "theirs": theirs}
    # Missing English in one spotlight of each hub; one section missing Arabic in mine.
    data["mine_untranslated"] = factories.SpotlightFactory(city__hub=mine, summary_en="")
    data["theirs_untranslated"] = factories.SpotlightFactory(city__hub=theirs, title_en="")
    data["mine_section"] = factories.SpotlightSectionFactory(
        spotlight__city__hub=mine, heading_ar=""
    )
    data["complete"] = factories.SpotlightFactory(city__hub=mine)
    # Scheduled: published with a date to come.
    data["scheduled"] = factories.EventFactory(
        hub=mine, published_at=timezone.now() + datetime.timedelta(days=3)
    )
    # An image without any text alternative (saved past the form's validation).
    data["no_alt"] = factories.CityFactory(hub=mine, image=upload(jpeg_bytes()))
    data["broken"] = factories.CityFactory(hub=mine, image_alt_en="Broken", image_alt_ar="معطوبة")
    data["broken"].image.save(
        "broken.jpg", SimpleUploadedFile("broken.jpg", b"not an image"), save=True
    )
    # Applications: one new, one stalled under review, one approved with its draft city.
    data["new_application"] = factories.MembershipApplicationFactory()
    stalled = factories.MembershipApplicationFactory(status="under_review")
    MembershipApplication.objects.filter(pk=stalled.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(weeks=5)
    )
    data["stalled"] = stalled
    approved = factories.MembershipApplicationFactory(hub=theirs)
    services.change_status(approved, "approved")
    approved.refresh_from_db()
    data["approved"] = approved
    data["report"] = TranslationReport.objects.create(
        page_url="/en/spotlights/x/", language="en", description="Wrong word"
    )
    TranslationReport.objects.create(
        page_url="/en/", language="en", description="Fixed", status="resolved"
    )
    return data


def test_network_editor_sees_content_lines_but_no_applications(client, world):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    found = lines(home(client))

    assert "applications-new" not in found  # applicants' data is the reviewers' alone
    assert found["reports-open"][0] == 1
    assert listed_pks(client, found["reports-open"][1]) == {world["report"].pk}

    count, url = found["translation:spotlights.spotlight"]
    expected = {
        world["mine_untranslated"].pk,
        world["theirs_untranslated"].pk,
        world["mine_section"].spotlight_id,
    }
    assert count == 3
    assert listed_pks(client, url) == expected

    count, url = found["scheduled:hubs.event"]
    assert count == 1 and listed_pks(client, url) == {world["scheduled"].pk}

    count, url = found["no-alt:cities.city"]
    assert count == 1 and listed_pks(client, url) == {world["no_alt"].pk}

    count, url = found["failed-image:cities.city"]
    assert count == 1 and listed_pks(client, url) == {world["broken"].pk}

    count, url = found["cities-from-applications"]
    assert count == 1 and listed_pks(client, url) == {world["approved"].city_id}


def test_hub_editor_sees_only_their_hubs_items(client, world):
    client.force_login(make_staff("hubby", HUB_EDITORS, hubs=[world["mine"]]))
    found = lines(home(client))

    assert "reports-open" not in found
    assert "applications-new" not in found
    assert "cities-from-applications" not in found  # the approval's city is in another hub
    count, url = found["translation:spotlights.spotlight"]
    expected = {world["mine_untranslated"].pk, world["mine_section"].spotlight_id}
    assert count == 2 and listed_pks(client, url) == expected
    assert "scheduled:hubs.event" in found
    assert not any(key.startswith("translation:cities.country") for key in found)


def test_reviewer_sees_applications_and_the_cities_their_approvals_made(client, world):
    client.force_login(make_staff("reviewer", REVIEWERS))
    found = lines(home(client))

    count, url = found["applications-new"]
    assert count == 1 and listed_pks(client, url) == {world["new_application"].pk}
    count, url = found["applications-stalled"]
    assert count == 1 and listed_pks(client, url) == {world["stalled"].pk}
    count, url = found["cities-from-applications"]
    assert count == 1 and listed_pks(client, url) == {world["approved"].city_id}
    assert "reports-open" not in found
    assert "translation:spotlights.spotlight" not in found


def test_superuser_sees_every_kind_of_line(client, world):
    user = get_user_model().objects.create_superuser("root", password="x")
    client.force_login(user)
    found = lines(home(client))
    for key in (
        "applications-new",
        "applications-stalled",
        "reports-open",
        "cities-from-applications",
        "translation:spotlights.spotlight",
        "scheduled:hubs.event",
        "no-alt:cities.city",
        "failed-image:cities.city",
    ):
        assert key in found, key


def test_lines_clear_when_the_items_are_dealt_with(client, world):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    Spotlight.objects.filter(pk=world["mine_untranslated"].pk).update(summary_en="Summary")
    Spotlight.objects.filter(pk=world["theirs_untranslated"].pk).update(title_en="Title")
    world["mine_section"].heading_ar = "عنوان"
    world["mine_section"].save()
    TranslationReport.objects.update(status="resolved")
    City.objects.filter(pk=world["approved"].city_id).update(status="published")
    found = lines(home(client))
    for key in ("translation:spotlights.spotlight", "reports-open", "cities-from-applications"):
        assert key not in found, key


def test_nothing_to_do_says_so_in_both_languages(client):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    assert "Nothing needs your attention right now." in home(client, "en").content.decode()
    arabic = home(client, "ar").content.decode()
    assert "لا شيء يحتاج إلى انتباهك الآن." in arabic


def test_arabic_home_shows_arabic_lines(client, world):
    client.force_login(make_staff("editor", NETWORK_EDITORS))
    html = home(client, "ar").content.decode()
    assert "يحتاج إلى انتباهك" in html
    assert "ترجمة ناقصة" in html


def test_query_count_does_not_grow_with_content(client, world):
    client.force_login(get_user_model().objects.create_superuser("root", password="x"))
    home(client)  # warm the permission and content-type caches
    with CaptureQueriesContext(connection) as before:
        home(client)
    for _ in range(5):
        factories.SpotlightFactory(summary_en="")
        factories.EventFactory(published_at=timezone.now() + datetime.timedelta(days=1))
        factories.CityFactory(image=upload(jpeg_bytes()))
        factories.MembershipApplicationFactory()
    with CaptureQueriesContext(connection) as after:
        home(client)
    assert len(after) == len(before)
    assert len(after) <= 15
