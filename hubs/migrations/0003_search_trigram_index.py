# Trigram search on PostgreSQL: the pg_trgm extension and GIN indexes on search_text, which
# serve both the LIKE '%word%' filters and the trigram word-similarity fallback.
# On SQLite both operations do nothing (CreateExtension skips other databases itself).

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

TABLES = ["hubs_hub", "hubs_event"]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm "
            f"ON {table} USING gin (search_text gin_trgm_ops)"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")


class Migration(migrations.Migration):
    dependencies = [("hubs", "0002_hub_editors")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
