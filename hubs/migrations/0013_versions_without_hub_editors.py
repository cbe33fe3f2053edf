"""Stored versions of hubs forget their "Hub editors".

Who may edit a hub is access control, not content: the hub admin now keeps ``editors`` out
of new versions (``history_exclude``). Versions saved before still list the editors of their
day (none, for a seeded hub's "Initial version"), and restoring one would put that list back
and lock today's editors out; this drops the field from them.
"""

import json

from django.db import migrations


def drop_editors_from_versions(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    hub_type = ContentType.objects.filter(app_label="hubs", model="hub").first()
    if hub_type is None:
        return
    for version in Version.objects.filter(content_type=hub_type, format="json").iterator():
        data = json.loads(version.serialized_data)
        changed = False
        for item in data:
            changed |= item.get("fields", {}).pop("editors", None) is not None
        if changed:
            version.serialized_data = json.dumps(data)
            version.save(update_fields=["serialized_data"])


class Migration(migrations.Migration):
    dependencies = [
        ("hubs", "0012_event_timeline_index_covers_filters"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(drop_editors_from_versions, migrations.RunPython.noop)]
