"""Each staff role's daily task, walked in a real browser in both admin languages (issue 12).

A hub editor edits a spotlight that also names another hub's city; a membership reviewer
approves an application and completes the city it created; a network editor restores a seeded
item's first version (a restore opened before someone else saved is refused, not applied over
their work); and the "needs attention" home lists each kind of item for the right role and
empties as the work is done. Links, buttons and fields are found by their visible, translated
text or label, as staff find them.

The live server and the seed content are shared by the module. Every walk leaves the content as
complete as it found it, so the next one (and the home's list) starts clean whichever database
keeps the walks' saves.
"""

import pytest
from django.utils import translation

from tests.browser.conftest import PHONE
from tests.browser.staff import WIDE, field, make_user

# What staff read on the pages, in each admin language.
TEXT = {
    "en": {
        "spotlights": "Spotlights",
        "save": "Save",
        "save and continue": "Save and continue editing",
        "history": "History",
        "home": "Home",
        "compare": "Compare",
        "show all fields": "Show all fields",
        "other cities": "Other cities",
        "summary (English)": "Summary (English)",
        "initial version": "Initial version",
        "compare the versions": "Compare the versions",
        "status": "Status:",
        "approved": "Approved",
        "under review": "Under review",
        "declined": "Declined",
        "published": "Published",
        "resolved": "Resolved",
        "reason for declining": "Reason for declining:",
        "logo": "Logo:",
        "today": "Today",
        "now": "Now",
        "nothing to do": "Nothing needs your attention right now.",
        "someone else": "Someone else",
        "new applications": "New membership applications",
        "stalled applications": "Applications still undecided after 4 weeks",
        "open reports": "Open translation error reports",
        "draft cities": "Draft cities created by approved applications",
        "untranslated cities": "Missing a translation: member cities",
        "untranslated topics": "Missing a translation: topics",
        "scheduled events": "Scheduled for later publication: events",
        "partners without alt": "Images without a text alternative: partners",
        "failed partner images": "Images that could not be processed: partners",
    },
    "ar": {
        "spotlights": "أضواء على المدن",
        "save": "احفظ",
        "save and continue": "احفظ واستمر بالتعديل",
        "history": "السجل",
        "home": "الرئيسية",
        "compare": "قارن",
        "show all fields": "عرض جميع الحقول",
        "other cities": "مدن أخرى",
        "summary (English)": "الملخص (الإنجليزية)",
        "initial version": "النسخة الأولى",
        "compare the versions": "قارن بين النسختين",
        "status": "الحالة:",
        "approved": "مقبول",
        "under review": "قيد المراجعة",
        "declined": "مرفوض",
        "published": "منشور",
        "resolved": "تمت المعالجة",
        "reason for declining": "سبب الرفض:",
        "logo": "الشعار:",
        "today": "اليوم",
        "now": "الآن",
        "nothing to do": "لا شيء يحتاج إلى انتباهك الآن.",
        "someone else": "حفظ شخص آخر",
        "new applications": "طلبات عضوية جديدة",
        "stalled applications": "طلبات لم يُبتّ فيها بعد 4 أسابيع",
        "open reports": "بلاغات أخطاء ترجمة مفتوحة",
        "draft cities": "مدن بصيغة مسودة أنشأتها طلبات مقبولة",
        "untranslated cities": "ترجمة ناقصة: المدن الأعضاء",
        "untranslated topics": "ترجمة ناقصة: المواضيع",
        "scheduled events": "مجدولة للنشر لاحقًا: الفعاليات",
        "partners without alt": "صور بلا نص بديل: الشركاء",
        "failed partner images": "صور تعذّرت معالجتها: الشركاء",
    },
}


@pytest.fixture(scope="module")
def staff(seeded_server, django_db_blocker):
    """One account per role, and the seeded items the walks work on, committed for the server."""
    from django.contrib.contenttypes.models import ContentType

    from cities.models import City
    from hubs.models import Hub
    from spotlights.models import Spotlight
    from staff.roles import HUB_EDITORS, MEMBERSHIP_REVIEWERS, NETWORK_EDITORS
    from tests.factories import CityFactory

    with django_db_blocker.unblock():
        balkans = Hub.objects.get(slug="western-balkans")
        users = [
            make_user("hub-editor", HUB_EDITORS, hubs=[balkans], first_name="Dritan"),
            make_user("reviewer", MEMBERSHIP_REVIEWERS, first_name="Leila"),
            make_user("editor-one", NETWORK_EDITORS, first_name="Besa"),
            make_user("editor-two", NETWORK_EDITORS, first_name="Arta"),
        ]
        # A Western Balkans spotlight that also names a city of another hub (the seed's Kumanovo
        # story names Tripoli); should the seed stop doing so, the walk sets such a link up.
        elsewhere = City.objects.exclude(hub=balkans).filter(hub__isnull=False)
        spotlight = (
            Spotlight.objects.filter(city__hub=balkans, mentioned_cities__in=elsewhere)
            .order_by("pk")
            .first()
        )
        if spotlight is None:
            spotlight = Spotlight.objects.filter(city__hub=balkans).order_by("pk").first()
            spotlight.mentioned_cities.add(elsewhere.order_by("pk").first())
        other_hubs_city = spotlight.mentioned_cities.filter(pk__in=elsewhere).first()
        elbasan = Spotlight.objects.get(city__name_en__icontains="Elbasan")
        # Drafts for the preview walk, complete in both languages (nothing for the home to list).
        mena = Hub.objects.get(slug="middle-east-north-africa")
        draft = {"status": "draft", "name_en": "Draft town", "name_ar": "بلدة مسودة"}
        mine = CityFactory(
            hub=balkans, country=balkans.countries.first(), slug="draft-mine", **draft
        )
        theirs = CityFactory(hub=mena, country=mena.countries.first(), slug="draft-theirs", **draft)
        return {
            "draft in my hub": mine,
            "draft in another hub": theirs,
            "city type": ContentType.objects.get_for_model(City).pk,
            "usernames": [user.username for user in users],
            "linked spotlight": spotlight,
            "other hub's city": other_hubs_city,
            "elbasan spotlight": elbasan,
        }


@pytest.fixture(scope="module")
def signed_in(staff, seeded_server, django_db_blocker):
    """Each account's browser state, signed in (the login form has its own tests): every walk
    starts on the admin home, as staff do every morning."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    host = urlsplit(seeded_server[0]).hostname
    states = {}
    with django_db_blocker.unblock():
        for user in get_user_model().objects.filter(username__in=staff["usernames"]):
            client = Client()
            client.force_login(user)
            cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
            session = {"name": settings.SESSION_COOKIE_NAME, "value": cookie}
            states[user.username] = {"cookies": [{**session, "domain": host, "path": "/"}]}
    return states


def admin_home(new_page, signed_in, username, lang, viewport=WIDE):
    """A signed-in staff member's browser, on the admin home in ``lang``."""
    page = new_page(viewport=viewport, storage_state=signed_in[username])
    page.set_default_timeout(30_000)  # admin change forms are heavy on a busy machine
    page.goto(f"/{lang}/admin/")
    assert page.locator(".needs-attention").count() == 1
    return page


def click_link(page, name, within=None):
    """Follow the link whose visible text is ``name``, waiting for the next page."""
    (within or page).get_by_role("link", name=name, exact=True).first.click()
    page.wait_for_load_state()


def save(page, lang, button="save and continue"):
    page.get_by_role("button", name=TEXT[lang][button], exact=True).first.click()
    page.wait_for_load_state()


def success(page):
    return page.locator(".messagelist .success")


def finish(*pages):
    """Nothing the strict policy blocked, and no request left in flight when the pages close."""
    for page in pages:
        assert page.console_log.csp_violations == []
        page.wait_for_load_state("networkidle")


# --- 1. A hub editor edits a spotlight linked to another hub's city -----------------------


@pytest.mark.parametrize(
    "lang,viewport",
    [("ar", WIDE), ("en", WIDE), ("ar", PHONE)],
    ids=["ar-1366", "en-1366", "ar-390"],
)
def test_hub_editor_edits_a_spotlight_linked_to_another_hubs_city(
    new_page, signed_in, staff, lang, viewport
):
    from spotlights.models import Spotlight

    spotlight = Spotlight.objects.get(pk=staff["linked spotlight"].pk)
    elsewhere = staff["other hub's city"]
    text = TEXT[lang]
    # One character changed: the summary's last one.
    replacement = "!" if not spotlight.summary_en.endswith("!") else "."
    expected = spotlight.summary_en[:-1] + replacement

    page = admin_home(new_page, signed_in, "hub-editor", lang, viewport)
    click_link(page, text["spotlights"], within=page.locator("#content-main th[scope=row]"))
    click_link(page, getattr(spotlight, f"title_{lang}"), within=page.locator("#result_list"))
    summary = field(page, "#id_summary_en")
    summary.press("Control+End")
    summary.press("Backspace")
    summary.type(replacement)
    save(page, lang)
    assert success(page).count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()

    spotlight.refresh_from_db()
    assert spotlight.summary_en == expected
    assert spotlight.mentioned_cities.filter(pk=elsewhere.pk).exists()

    # The history keeps the link too: the latest version still names the other hub's city.
    click_link(page, text["history"])
    page.get_by_role("button", name=text["compare"], exact=True).click()
    page.wait_for_load_state()
    rows = page.locator(".compare__table tr.compare__row")
    assert rows.filter(has_text=text["summary (English)"]).count() == 1
    click_link(page, text["show all fields"])
    other_cities = page.locator(".compare__table tr").filter(has_text=text["other cities"]).first
    before, after = other_cities.locator("td").all_inner_texts()
    name = getattr(elsewhere, f"name_{lang}") or elsewhere.name_en
    assert name in before and name in after
    assert "compare__row--changed" not in (other_cities.get_attribute("class") or "")
    if viewport == PHONE:
        # Nothing on the comparison runs off a phone's screen.
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, overflow
    finish(page)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_hub_editor_previews_own_hubs_drafts_only(new_page, signed_in, staff, lang):
    """'View on site' opens a draft of the editor's own hub, marked as a preview; another
    hub's draft is as invisible to them as to any visitor, by its page or the shortcut."""
    mine, theirs = staff["draft in my hub"], staff["draft in another hub"]
    page = admin_home(new_page, signed_in, "hub-editor", lang)
    page.goto(f"/{lang}/admin/cities/city/{mine.pk}/change/")
    page.locator("a.viewsitelink").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{lang}/cities/{mine.slug}/")
    notice = {"en": "Draft — preview", "ar": "مسودة — معاينة"}[lang]
    assert notice in page.locator("main .notice").first.inner_text()

    shortcut = f"/{lang}/admin/r/{staff['city type']}/{theirs.pk}/"
    for address in (f"/{lang}/cities/{theirs.slug}/", shortcut):
        response = page.goto(address)
        assert response.status == 404, address
        assert getattr(theirs, f"name_{lang}") not in page.content()
    finish(page)


# --- 2. A membership reviewer approves an application and completes its city ---------------


def apply_to_join(page, lang, authority):
    """The public join form, filled in as a local authority would; returns the reference."""
    page.goto(f"/{lang}/join/")
    form = page.locator("main form.form")
    for name, value in (
        ("authority_name", authority),
        ("contact_name", "Arta Hoxha"),
        ("contact_position", "Deputy Mayor"),
        ("email", f"walk-{lang}@example.org"),
        (
            "motivation",
            "Our municipality wants to learn from other cities how to prevent hate and "
            "polarisation among young people, and to share what our local council does.",
        ),
    ):
        form.locator(f"[name={name}]").fill(value)
    form.locator("[name=kind]").select_option("municipality")
    form.locator("[name=country]").select_option("AL")
    form.locator(f"[name=preferred_language][value={lang}]").check()
    form.locator("[name=prevention_structure]").first.check()
    form.locator("[name=consent]").check()
    form.locator("[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").count() == 0
    return page.locator("main .facts dd").first.inner_text().strip()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_reviewer_approves_an_application_and_completes_its_city(new_page, signed_in, lang):
    from cities.models import City, MembershipApplication

    text = TEXT[lang]
    authority = {"ar": "Municipality of Pogradec", "en": "Municipality of Lezhë"}[lang]
    arabic_name = {"ar": "بلدية بوغراديتس", "en": "بلدية ليجا"}[lang]
    applicant = new_page()
    reference = apply_to_join(applicant, lang, authority)

    page = admin_home(new_page, signed_in, "reviewer", lang)
    click_link(page, text["new applications"], within=page.locator(".needs-attention"))
    click_link(page, reference, within=page.locator("#result_list"))
    page.get_by_label(text["status"], exact=True).select_option(label=text["approved"])
    save(page, lang)
    assert success(page).count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()
    application = MembershipApplication.objects.get(reference=reference)
    assert application.status == "approved" and application.city is not None

    # The approval's draft city, linked from the application, completed and published.
    click_link(page, authority, within=page.locator(".field-city_link"))
    assert f"/admin/cities/city/{application.city_id}/change/" in page.url
    field(page, "#id_name_ar").fill(arabic_name)
    page.get_by_label(text["status"], exact=True).select_option(label=text["published"])
    save(page, lang)
    assert success(page).count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()
    city = City.objects.get(pk=application.city_id)
    assert (city.name_ar, city.name_en, city.status) == (arabic_name, authority, "published")

    # Visitors reach it, under its name in their language.
    visitor = new_page()
    with translation.override(lang):
        response = visitor.goto(city.get_absolute_url())
    assert response.status == 200
    expected = arabic_name if lang == "ar" else authority
    assert visitor.locator("h1").inner_text().strip() == expected
    finish(applicant, page, visitor)


# --- 3. A network editor restores a seeded item's first version -----------------------------


def open_first_version(page, lang):
    """From the item's history, the restore form of its first (seeded) version."""
    first = page.locator("#change-history tbody tr").filter(has_text=TEXT[lang]["initial version"])
    assert first.count() == 1
    first.get_by_role("link").first.click()
    page.wait_for_load_state()
    assert "/history/" in page.url


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_editor_restores_the_seeded_version_and_a_stale_restore_is_refused(
    new_page, signed_in, staff, lang
):
    from spotlights.models import Spotlight

    text = TEXT[lang]
    seeded = staff["elbasan spotlight"]
    seeded_summary = getattr(seeded, f"summary_{lang}")
    summary_field = f"#id_summary_{lang}"

    page = admin_home(new_page, signed_in, "editor-one", lang)
    click_link(page, text["spotlights"], within=page.locator("#content-main th[scope=row]"))
    click_link(page, getattr(seeded, f"title_{lang}"), within=page.locator("#result_list"))
    change_url = page.url
    field(page, summary_field).fill(f"A summary edited by the walk ({lang}).")
    save(page, lang)
    assert success(page).count() == 1
    click_link(page, text["history"])
    open_first_version(page, lang)
    assert page.locator(summary_field).input_value() == seeded_summary

    # Another editor saves while the restore form is open: restoring now would overwrite
    # their work unseen, so the restore is refused as a stale change form is.
    other = admin_home(new_page, signed_in, "editor-two", lang)
    other.goto(change_url)
    field(other, summary_field).fill(f"Saved in between by another editor ({lang}).")
    save(other, lang)
    assert success(other).count() == 1
    save(page, lang, "save")
    refusal = page.locator(".errorlist.nonfield").first
    assert text["someone else"] in refusal.inner_text() and "Arta" in refusal.inner_text()
    spotlight = Spotlight.objects.get(pk=seeded.pk)
    assert getattr(spotlight, f"summary_{lang}") == f"Saved in between by another editor ({lang})."
    click_link(page, text["compare the versions"], within=refusal)
    assert "Saved in between by another editor" in page.locator(".compare__table").inner_text()

    # Having read it, the editor restores the first version all the same.
    click_link(page, text["history"], within=page.locator(".breadcrumbs"))
    open_first_version(page, lang)
    save(page, lang, "save")
    assert success(page).count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()
    spotlight.refresh_from_db()
    assert getattr(spotlight, f"summary_{lang}") == seeded_summary

    visitor = new_page()
    with translation.override(lang):
        visitor.goto(spotlight.get_absolute_url())
    assert visitor.locator("main .lead").inner_text().strip() == seeded_summary.strip()
    finish(page, other, visitor)


# --- 4. The "needs attention" home lists each kind of item and empties as work is done ------


@pytest.fixture(scope="module")
def media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("media")


@pytest.fixture
def shared_media(settings, media_root):
    """The module's uploads folder, where the items made before the test keep their images."""
    settings.MEDIA_ROOT = media_root
    return media_root


@pytest.fixture(scope="module", params=["ar", "en"])
def attention(request, staff, django_db_blocker, media_root):
    """One item of each kind the home lists, made for one language's walk and removed after it
    (whether or not the walk's own saves were kept)."""
    import datetime

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import override_settings
    from django.utils import timezone

    from cities.membership import services
    from cities.models import City, MembershipApplication
    from hubs.models import Event, Hub
    from library.models import Partner, Topic
    from reports.models import TranslationReport
    from tests import factories
    from tests.network.test_uploads import jpeg_bytes, upload

    lang = request.param
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        balkans = Hub.objects.get(slug="western-balkans")
        items = {"lang": lang}
        items["new"] = factories.MembershipApplicationFactory(authority_name=f"Korçë ({lang})")
        items["stalled"] = factories.MembershipApplicationFactory(
            authority_name=f"Berat ({lang})", status="under_review"
        )
        MembershipApplication.objects.filter(pk=items["stalled"].pk).update(
            submitted_at=timezone.now() - datetime.timedelta(weeks=5)
        )
        approved = factories.MembershipApplicationFactory(authority_name=f"Shkodër ({lang})")
        services.change_status(approved, "approved")
        items["approved"] = approved
        items["report"] = TranslationReport.objects.create(
            page_url=f"/{lang}/spotlights/", language=lang, description="A wrong word."
        )
        items["topic"] = factories.TopicFactory(name_en="", name_ar=f"السلامة الرقمية ({lang})")
        items["event"] = factories.EventFactory(
            hub=balkans,
            title_en=f"Youth forum ({lang})",
            title_ar=f"منتدى الشباب ({lang})",
            published_at=timezone.now() + datetime.timedelta(days=3),
        )
        items["no alt"] = factories.PartnerFactory(
            name_en=f"Logo without words ({lang})", logo=upload(jpeg_bytes())
        )
        broken = factories.PartnerFactory(
            name_en=f"Unreadable logo ({lang})", logo_alt_en="A logo", logo_alt_ar="شعار"
        )
        broken.logo.save("broken.jpg", SimpleUploadedFile("broken.jpg", b"not an image"))
        items["broken"] = broken
    yield items
    with django_db_blocker.unblock():
        applications = [items[key].pk for key in ("new", "stalled", "approved")]
        MembershipApplication.objects.filter(pk__in=applications).delete()
        City.objects.filter(pk=approved.city_id).delete()
        TranslationReport.objects.filter(pk=items["report"].pk).delete()
        Topic.objects.filter(pk=items["topic"].pk).delete()
        Event.objects.filter(pk=items["event"].pk).delete()
        Partner.objects.filter(pk__in=[items["no alt"].pk, broken.pk]).delete()


LINES = {
    "applications-new": "new applications",
    "applications-stalled": "stalled applications",
    "reports-open": "open reports",
    "cities-from-applications": "draft cities",
    "translation:cities.city": "untranslated cities",
    "translation:library.topic": "untranslated topics",
    "scheduled:hubs.event": "scheduled events",
    "no-alt:library.partner": "partners without alt",
    "failed-image:library.partner": "failed partner images",
}


def go_home(page, lang, reload=True):
    if page.url.endswith("/admin/"):
        if reload:  # someone's work since may have changed it
            page.reload()
    else:
        click_link(page, TEXT[lang]["home"], within=page.locator(".breadcrumbs"))


def home_lines(page, lang, reload=True):
    """``{line key: (label, count)}`` of the home's "needs attention" list."""
    go_home(page, lang, reload)
    lines = {}
    for item in page.locator(".needs-attention__item").all():
        label = item.get_by_role("link").inner_text().strip()
        count = int(item.locator(".needs-attention__count").inner_text())
        lines[item.get_attribute("data-line")] = (label, count)
    return lines


def expect_lines(page, lang, keys, reload=True):
    lines = home_lines(page, lang, reload)
    assert lines == {key: (TEXT[lang][LINES[key]], 1) for key in keys}
    if not keys:
        assert page.locator(".needs-attention__empty").inner_text() == TEXT[lang]["nothing to do"]


def open_the_one_item(page, lang, line, name=None):
    """From the home, follow a line to its filtered list, which holds the one item; open it."""
    click_link(page, TEXT[lang][LINES[line]], within=page.locator(".needs-attention"))
    assert "?" in page.url  # the list filtered to what the line counts
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1, rows.all_inner_texts()
    if name:
        click_link(page, name, within=rows)
    else:
        rows.first.locator("th a").first.click()
        page.wait_for_load_state()


def saved(page, lang):
    save(page, lang)
    assert success(page).count() == 1, page.locator(".errornote, .errorlist").all_inner_texts()


def test_needs_attention_lists_each_kind_for_its_role_and_empties(
    new_page, signed_in, attention, shared_media, tmp_path
):
    from tests.network.test_uploads import jpeg_bytes

    lang = attention["lang"]
    text = TEXT[lang]
    reviewer = admin_home(new_page, signed_in, "reviewer", lang)
    editor = admin_home(new_page, signed_in, "editor-one", lang)
    hub_editor = admin_home(new_page, signed_in, "hub-editor", lang)
    city_lines = {"cities-from-applications", "translation:cities.city"}
    expect_lines(
        reviewer, lang, {"applications-new", "applications-stalled", *city_lines}, reload=False
    )
    editor_lines = {
        "reports-open",
        "translation:library.topic",
        "scheduled:hubs.event",
        "no-alt:library.partner",
        "failed-image:library.partner",
    }
    expect_lines(editor, lang, editor_lines | city_lines, reload=False)
    # The new city and the event are in the hub editor's hub; the rest is not theirs.
    expect_lines(hub_editor, lang, {"scheduled:hubs.event", *city_lines}, reload=False)

    # The reviewer: a new application taken up, a stalled one decided, the city completed.
    page = reviewer
    open_the_one_item(page, lang, "applications-new", attention["new"].reference)
    page.get_by_label(text["status"], exact=True).select_option(label=text["under review"])
    saved(page, lang)
    expect_lines(page, lang, {"applications-stalled", *city_lines})
    open_the_one_item(page, lang, "applications-stalled", attention["stalled"].reference)
    page.get_by_label(text["status"], exact=True).select_option(label=text["declined"])
    page.get_by_label(text["reason for declining"], exact=True).fill("Outside the network.")
    saved(page, lang)
    expect_lines(page, lang, city_lines)
    city = attention["approved"].authority_name
    open_the_one_item(page, lang, "cities-from-applications", city)
    field(page, "#id_name_ar").fill("شكودر")
    page.get_by_label(text["status"], exact=True).select_option(label=text["published"])
    saved(page, lang)
    expect_lines(page, lang, set())

    # The network editor: the report resolved, the topic translated, the event published
    # now, the logo described, the unreadable logo replaced.
    page = editor
    expect_lines(page, lang, editor_lines)
    open_the_one_item(page, lang, "reports-open")
    page.get_by_label(text["status"], exact=True).select_option(label=text["resolved"])
    saved(page, lang)
    expect_lines(page, lang, editor_lines - {"reports-open"})
    open_the_one_item(page, lang, "translation:library.topic", attention["topic"].name_ar)
    field(page, "#id_name_en").fill(f"Digital safety ({lang})")
    saved(page, lang)
    images = {"no-alt:library.partner", "failed-image:library.partner"}
    expect_lines(page, lang, {"scheduled:hubs.event", *images})
    event = attention["event"]
    open_the_one_item(page, lang, "scheduled:hubs.event", getattr(event, f"title_{lang}"))
    when = page.locator(".field-published_at")
    when.get_by_role("link", name=text["today"], exact=True).click()
    when.get_by_role("link", name=text["now"], exact=True).click()
    saved(page, lang)
    expect_lines(page, lang, images)
    no_alt = attention["no alt"]
    open_the_one_item(page, lang, "no-alt:library.partner", getattr(no_alt, f"name_{lang}"))
    field(page, "#id_logo_alt_ar").fill("شعار الشريك")
    field(page, "#id_logo_alt_en").fill("The partner's logo")
    saved(page, lang)
    expect_lines(page, lang, {"failed-image:library.partner"})
    broken = attention["broken"]
    open_the_one_item(page, lang, "failed-image:library.partner", getattr(broken, f"name_{lang}"))
    logo = tmp_path / "logo.jpg"
    logo.write_bytes(jpeg_bytes())
    page.get_by_label(text["logo"], exact=True).set_input_files(logo)
    saved(page, lang)
    expect_lines(page, lang, set())
    expect_lines(hub_editor, lang, set())
    finish(reviewer, editor, hub_editor)
