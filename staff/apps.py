from django.apps import AppConfig


class StaffConfig(AppConfig):
    """The admin toolkit: base admin classes, history, needs attention and staff roles."""

    name = "staff"

    def ready(self):
        from kernel import models
        from staff import roles

        # Staff previews show the drafts one's role may change (a hub editor: their hubs').
        models.drafts_editable_by = roles.editable_by
