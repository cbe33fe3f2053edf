"""Migration operations for trigram search: the pg_trgm extension and GIN indexes on search_text.

The indexes serve both the LIKE '%word%' filters and the trigram word-similarity fallback.
On other databases than PostgreSQL the operations do nothing (CreateExtension skips them itself).
"""

from functools import partial

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def index_name(table):
    """The name of the trigram index on a table's search_text column."""
    return f"{table}_search_trgm"


def create_trigram_indexes(apps, schema_editor, tables):
    """Create a GIN trigram index on search_text for each table, on PostgreSQL only."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in tables:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(table)} "
            f"ON {table} USING gin (search_text gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor, tables):
    """Drop the trigram indexes of the tables, on PostgreSQL only."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in tables:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(table)}")


def trigram_index_operations(*tables):
    """The operations for a migration that adds trigram search indexes to these tables."""
    tables = list(tables)
    return [
        TrigramExtension(),
        migrations.RunPython(
            partial(create_trigram_indexes, tables=tables),
            partial(drop_trigram_indexes, tables=tables),
            elidable=False,
        ),
    ]
