"""Shared steps of the e-mail update tests."""

import re

from django.core import mail

from follow.models import Subscriber

LINK = re.compile(r"https?://[^\s\"<>]+")


def links_in(message):
    return LINK.findall(message.body)


def link_to(message, part):
    """The first link in the text part whose path contains ``part``."""
    return next(url for url in links_in(message) if part in url)


def path_of(url):
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def subscribe(client, language="en", email="reader@example.org", **choices):
    data = {
        "email": email,
        "language": language,
        "frequency": Subscriber.Frequency.ON_PUBLISH,
        "nickname": "",
        **choices,
    }
    return client.post(f"/{language}/follow/", data)


def confirm_last(client):
    """Open the confirmation link of the last e-mail and press its button."""
    path = path_of(link_to(mail.outbox[-1], "/follow/confirm/"))
    assert client.get(path).status_code == 200
    return client.post(path)
