"""Staff in a real browser (issue 12): a stale save is refused with a link to compare, and
leaving a form with unsaved edits asks first."""

import pytest

from tests.browser.conftest import PHONE
from tests.browser.staff import PASSWORD, field, log_in


@pytest.fixture(scope="module")
def staff(seeded_server, django_db_blocker):
    """Two network editors and a seeded spotlight, committed for the live server to see."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from spotlights.models import Spotlight
    from staff.roles import NETWORK_EDITORS, setup_roles

    with django_db_blocker.unblock():
        setup_roles()
        users = []
        for username, first_name in (("editor-one", "Besa"), ("editor-two", "Arta")):
            user = get_user_model().objects.create_user(
                username, password=PASSWORD, is_staff=True, first_name=first_name
            )
            user.groups.add(Group.objects.get(name=NETWORK_EDITORS))
            users.append(username)
        spotlight = Spotlight.objects.order_by("pk").first()
        return {"users": users, "spotlight": spotlight.pk}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_stale_save_is_refused_with_a_link_to_compare(new_page, staff, lang):
    one, two = new_page(), new_page()
    log_in(one, lang, "editor-one")
    log_in(two, lang, "editor-two")
    change = f"/{lang}/admin/spotlights/spotlight/{staff['spotlight']}/change/"
    one.goto(change)
    two.goto(change)

    # The English tab's summary, whatever the admin's language.
    field(two, "#id_summary_en").fill(f"Summary saved first ({lang}).")
    two.locator("input[name=_continue]").first.click()
    two.wait_for_load_state()
    assert two.locator(".messagelist .success").count() == 1

    field(one, "#id_summary_en").fill(f"Summary that would overwrite it ({lang}).")
    one.locator("input[name=_continue]").first.click()
    one.wait_for_load_state()
    error = one.locator(".errorlist.nonfield").first
    text = error.inner_text()
    assert "Arta" in text
    assert ("Someone else" in text) if lang == "en" else ("حفظ شخص آخر" in text)

    # The link shows the two versions side by side, the other editor's text marked.
    error.locator("a").first.click()
    one.wait_for_load_state()
    assert "/history/compare/" in one.url
    assert "Summary saved first" in one.locator(".compare__table").first.inner_text()
    assert one.console_log.csp_violations == []
    assert two.console_log.csp_violations == []
    one.wait_for_load_state("networkidle")  # no request left in flight when the page closes


@pytest.mark.parametrize("viewport", [None, PHONE])
def test_leaving_a_form_with_unsaved_edits_asks_first(new_page, staff, viewport):
    page = new_page(viewport=viewport) if viewport else new_page()
    log_in(page, "en", "editor-one")
    change = f"/en/admin/spotlights/spotlight/{staff['spotlight']}/change/"

    # Untouched: leaving asks nothing.
    page.goto(change)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.type), dialog.dismiss()))
    page.locator(".breadcrumbs a").first.click()
    page.wait_for_load_state()
    assert dialogs == []
    assert page.url.endswith("/en/admin/")

    # Edited: leaving asks; staying keeps the edit on the page.
    page.goto(change)
    field(page, "#id_summary_en").press_sequentially(" More.")
    page.locator(".breadcrumbs a").first.click()
    page.wait_for_timeout(500)
    assert dialogs == ["beforeunload"]
    assert page.url.endswith("/change/")
    assert " More." in page.locator("#id_summary_en").input_value()
    page.wait_for_load_state("networkidle")  # no request left in flight when the page closes
