"""System checks for production settings that Django's own ``check --deploy`` cannot know."""

from django.conf import settings
from django.core import checks


def _placeholder(address):
    return not address or address.rsplit("@", 1)[-1] in {"localhost", "example.com"}


@checks.register(checks.Tags.security, deploy=True)
def check_public_addresses(app_configs, **kwargs):
    """The contact page shows CONTACT_EMAIL to every visitor: never a placeholder in production."""
    warnings = []
    if _placeholder(settings.CONTACT_EMAIL):
        warnings.append(
            checks.Warning(
                f"CONTACT_EMAIL is {settings.CONTACT_EMAIL!r}, a placeholder shown on the contact "
                "page.",
                hint="Set CONTACT_EMAIL to the network's public address.",
                id="network.W001",
            )
        )
    if any(_placeholder(address) for address in settings.STAFF_NOTIFICATION_EMAILS):
        warnings.append(
            checks.Warning(
                "STAFF_NOTIFICATION_EMAILS holds a placeholder: nobody hears about applications "
                "and translation reports.",
                hint="Set STAFF_NOTIFICATION_EMAILS to the staff's addresses.",
                id="network.W002",
            )
        )
    return warnings
