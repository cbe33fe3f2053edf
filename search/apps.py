from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site-wide search over every kind of public content."""

    name = "search"
