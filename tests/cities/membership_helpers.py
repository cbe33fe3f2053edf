"""Shared data and helpers for the membership application tests."""

from smtplib import SMTPException

from django.core.mail.backends.locmem import EmailBackend

MOTIVATION = (
    "Our municipality set up a local safety council in 2016 and wants to learn from other "
    "cities how to prevent polarisation among young people."
)


def valid_data(**overrides):
    data = {
        "authority_name": "Municipality of Elbasan",
        "kind": "municipality",
        "country": "AL",
        "population": "141714",
        "website": "https://elbasani.gov.al",
        "contact_name": "Arta Hoxha",
        "contact_position": "Deputy mayor",
        "email": "arta@example.org",
        "phone": "+355 54 123 456",
        "preferred_language": "en",
        "prevention_structure": "safety_council",
        "prevention_other": "",
        "motivation": MOTIVATION,
        "consent": "on",
        "nickname": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


class FailingBackend(EmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise SMTPException("mail server down")
