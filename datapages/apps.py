from django.apps import AppConfig


class DatapagesConfig(AppConfig):
    """Charts, maps and figures drawn from the directory's data."""

    name = "datapages"
