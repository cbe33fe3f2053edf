"""Seeded items' first versions were recorded with "Initial version" in the language active
when the seed was loaded (Arabic); store its source text, which the history translates for
each reader."""

from django.db import migrations

# Every translation the comment was stored in (the Arabic catalogue's, the only other one).
TRANSLATED = ("النسخة الأولى",)


def store_source_text(apps, schema_editor):
    Revision = apps.get_model("reversion", "Revision")
    Revision.objects.filter(comment__in=TRANSLATED).update(comment="Initial version")


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0006_resource_date_precision"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
    ]

    operations = [migrations.RunPython(store_source_text, migrations.RunPython.noop)]
