from django.apps import AppConfig


class StaffConfig(AppConfig):
    """The admin toolkit: base admin classes, history, needs attention and staff roles."""

    name = "staff"
