from django.apps import AppConfig, apps
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """The admin toolkit: base admin classes, history, needs attention and staff roles."""

    name = "staff"

    def ready(self):
        from kernel import models
        from staff import roles

        # Staff previews show the drafts one's role may change (a hub editor: their hubs').
        models.drafts_editable_by = roles.editable_by

        name_link_tables()
        name_groups_in_the_readers_language()


def name_groups_in_the_readers_language():
    """The staff groups are stored under English names ("Hub editors"); wherever a group is
    named (a user's groups, the group list, filters) it reads in the admin's language."""
    from django.contrib.auth.models import Group
    from django.utils.translation import gettext

    Group.__str__ = lambda group: gettext(group.name)


def name_link_tables():
    """Give the hidden tables behind many-to-many fields names staff can read.

    Django names them "Resource-topic relationship" and their rows "Resource_topics object
    (1)", which a delete page lists (half-translated in Arabic). A row is named after the two
    things it links, and the table after its field, in the reader's language. Nothing here
    is stored: migrations do not see these tables as models of their own.
    """
    from staff.roles import CONTENT_APPS

    for model in apps.get_models():
        if model._meta.app_label not in CONTENT_APPS:
            continue
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            if not through._meta.auto_created:
                continue
            through._meta.verbose_name = format_lazy(
                _("link between {model} and {field}"),
                model=model._meta.verbose_name,
                field=field.verbose_name,
            )
            through._meta.verbose_name_plural = format_lazy(
                _("links between {model} and {field}"),
                model=model._meta.verbose_name,
                field=field.verbose_name,
            )
            through.__str__ = _link_str


def _link_str(link):
    ends = [f for f in link._meta.concrete_fields if f.many_to_one]
    return " – ".join(str(getattr(link, end.name)) for end in ends)
