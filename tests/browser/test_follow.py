"""Following a hub by e-mail from its page, in a real browser, then confirming the address."""

import re

import pytest
from django.core import mail

from tests.browser.conftest import PHONE

HEADINGS = {
    "en": ("Check your inbox", "Confirm your subscription", "You are subscribed"),
    "ar": ("تفقدوا بريدكم الوارد", "أكّدوا اشتراككم", "أنتم مشتركون الآن"),
}


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_subscribe_from_a_hub_page_and_confirm(site, new_page, lang):
    # Only the browser touches the database: a read from this thread would hold SQLite's
    # shared-cache table lock for the whole test.
    page = new_page(viewport=PHONE)
    page.goto(f"/{lang}{site['hub']}")
    box = page.locator("main form.follow-box")
    assert box.count() == 1
    email = f"follower-{lang}@example.org"
    box.locator("input[type=email]").fill(email)
    with page.expect_navigation():
        box.locator("button[type=submit]").click()

    # The subscribe page opens with the address filled in and this hub ticked.
    assert re.search(rf"/{lang}/follow/\?", page.url)
    form = page.locator("main form.form")
    assert form.locator("input[name=email]").input_value() == email
    hub_slug = site["hub"].strip("/").split("/")[-1]
    assert form.locator(f"input[name=hubs][value={hub_slug}]").is_checked()
    assert form.locator(f"input[name=language][value={lang}]").is_checked()
    form.locator("input[name=frequency][value=publish]").check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    inbox, confirm, subscribed = HEADINGS[lang]
    assert page.locator("h1").inner_text().strip() == inbox

    message = next(m for m in reversed(mail.outbox) if m.to == [email])
    link = re.search(r"https?://\S+/follow/confirm/\S+/", message.body).group(0)
    page.goto("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert page.locator("h1").inner_text().strip() == confirm
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    assert page.locator("h1").inner_text().strip() == subscribed
    # The preferences it links to hold the hub chosen on the hub's page.
    with page.expect_navigation():
        page.locator("main a.button").click()
    assert page.locator(f"input[name=hubs][value={hub_slug}]").is_checked()
    assert page.locator(f"input[name=language][value={lang}]").is_checked()
    assert page.console_log.csp_violations == []
