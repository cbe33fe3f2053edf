"""Moving a model to another app without losing anything (issue 22).

The table keeps its name (``db_table``) and the move is state-only; the content type row is
renamed in place, so everything that points at it by id follows: permissions (and so the staff
groups), admin log entries, django-reversion versions, generic relations. The versions'
serialised copies name the model by its label too, and are relabelled so History can still
show and restore them.
"""

import json

from django.db import migrations

# Migrations using rename_content_types depend on this, so that Version is in their state.
REVERSION_DEPENDENCY = ("reversion", "0002_add_index_on_version_for_content_type_and_db")


def rename_content_types(old_app, new_app, models):
    """A reversible migration operation relabelling ``models`` from old_app to new_app."""

    def relabel(source, target):
        def run(apps, schema_editor):
            ContentType = apps.get_model("contenttypes", "ContentType")
            Version = apps.get_model("reversion", "Version")
            for model in models:
                old = ContentType.objects.filter(app_label=source, model=model)
                if not old.exists():
                    continue  # a fresh database: post_migrate makes the row later
                # A row under the new label exists only if post_migrate already made one for
                # the new layout (nothing points at it yet): the old row, with its history, wins.
                ContentType.objects.filter(app_label=target, model=model).delete()
                old.update(app_label=target)
                versions = Version.objects.filter(
                    content_type__app_label=target, content_type__model=model, format="json"
                )
                for version in versions.iterator():
                    copies = json.loads(version.serialized_data)
                    for copy in copies:
                        copy["model"] = f"{target}.{model}"
                    version.serialized_data = json.dumps(copies)
                    version.save(update_fields=["serialized_data"])

        return run

    return migrations.RunPython(relabel(old_app, new_app), relabel(new_app, old_app))


# Models that changed app, by their old label: links made before the move (the "report a
# translation error" link names its object's model, in pages a visitor may have kept) still
# find them.
MOVED_MODELS = {
    "network.translationreport": "reports.translationreport",
    "network.page": "pages.page",
    "network.contactmessage": "pages.contactmessage",
    "network.topic": "library.topic",
    "network.partner": "library.partner",
    "network.resource": "library.resource",
}


def current_label(label):
    """The label a model has now, given the one it may have had before it moved."""
    return MOVED_MODELS.get(label.lower(), label)
