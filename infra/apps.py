from django.apps import AppConfig


class InfraConfig(AppConfig):
    """Caching, rate limits, the mail queue, storage and the security headers."""

    name = "infra"
