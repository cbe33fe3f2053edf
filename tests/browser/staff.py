"""Staff in the browser: accounts made for a module's live server, logging in, tabbed fields."""

PASSWORD = "a-long-test-password-1"
WIDE = {"width": 1366, "height": 768}


def make_user(username, group_name, hubs=(), first_name=""):
    """A staff account in one role, with a password to type into the login form."""
    from tests.network.admin_helpers import make_staff

    user = make_staff(username, group_name, hubs=hubs)
    user.first_name = first_name
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(page, lang, username):
    page.set_default_timeout(30_000)  # admin change forms are heavy on a busy machine
    page.goto(f"/{lang}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert "/login/" not in page.url


def field(page, selector):
    """A translated field, its language's tab opened first (the tabs hide the others)."""
    panel = page.locator(selector).evaluate("el => el.closest('.ui-tabs-panel')?.id || ''")
    if panel:
        page.locator(f'a[href="#{panel}"]').first.click()
    return page.locator(selector)
