from django.apps import AppConfig


class KernelConfig(AppConfig):
    """Publishing building blocks every content app shares; imports no content app."""

    name = "kernel"
