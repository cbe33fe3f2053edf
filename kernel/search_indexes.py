"""What goes into a ``search_text`` column, and the migration operations that build it.

The pg_trgm extension and GIN indexes on search_text serve both the LIKE '%word%' filters and
the trigram word-similarity fallback. On other databases than PostgreSQL the index operations
do nothing (CreateExtension skips them itself).
"""

from functools import partial

from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from kernel.text import PROCLITICS, normalise, without_markup


def translated_values(obj, fields):
    """The non-empty values of ``fields`` on ``obj``, every language of a translated field."""
    languages = [code for code, _name in settings.LANGUAGES]
    parts = []
    for field in fields:
        values = [getattr(obj, f"{field}_{code}", None) for code in languages]
        if not any(hasattr(obj, f"{field}_{code}") for code in languages):
            values = [getattr(obj, field, None)]
        parts.extend(str(value) for value in values if value)
    return parts


def searchable_text(obj, fields, related=()):
    """The normalised text of ``fields`` in both languages, plus the ``fields`` of related rows
    given as ``(related_name, fields)`` pairs (an unsaved object has none). Rich text loses its
    markup first.

    Shared by the models and the migrations that fill the column, so both index alike.
    """
    parts = translated_values(obj, fields)
    if obj.pk is not None:
        for related_name, related_fields in related:
            for row in getattr(obj, related_name).all():
                parts.extend(translated_values(row, related_fields))
    return normalise(without_markup(" ".join(parts)))


def fill_search_text(apps, schema_editor, model, fields, related=()):
    """Rebuild ``search_text`` of every row of ``model`` ("app.Model") from these fields."""
    Model = apps.get_model(model)
    rows = list(Model._base_manager.using(schema_editor.connection.alias).all())
    for row in rows:
        row.search_text = searchable_text(row, fields, related)
    Model._base_manager.using(schema_editor.connection.alias).bulk_update(
        rows, ["search_text"], batch_size=500
    )


def fill_search_text_operation(model, fields, related=()):
    """A migration operation filling ``search_text`` as :func:`searchable_text` builds it.

    ``fields`` are those of the model at the migration, copied there rather than read from the
    current model, as migrations should be.
    """
    return migrations.RunPython(
        partial(fill_search_text, model=model, fields=fields, related=related),
        migrations.RunPython.noop,
        elidable=True,
    )


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


# PostgreSQL's full-text index: beside ``search_text``, the database keeps ``search_vector``, the
# text's words as a tsvector (the 'simple' configuration: no stemming, no stop words, since the
# text is already folded by kernel.text.normalise), plus each Arabic word without its article
# and the letters fused before it, so "شباب" finds "والشباب". A generated column: every write of
# search_text (save, bulk_create, update) refreshes it, with no Python involved. The models do
# not declare it (SQLite has none); kernel.fulltext.StoredSearchVector reads it.
VECTOR_SQL = (
    "to_tsvector('simple'::regconfig, search_text || ' ' || "
    rf"regexp_replace(search_text, '(^| ){PROCLITICS}(\w{{3,}})', '\1\2', 'g'))"
)


def vector_index_name(table):
    """The name of the full-text GIN index on a table's search_vector column."""
    return f"{table}_search_fts"


def add_search_vectors(apps, schema_editor, tables):
    """Add the generated ``search_vector`` column and its GIN index, on PostgreSQL only."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in tables:
        schema_editor.execute(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS search_vector tsvector "
            f"GENERATED ALWAYS AS ({VECTOR_SQL}) STORED"
        )
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {vector_index_name(table)} "
            f"ON {table} USING gin (search_vector)"
        )


def drop_search_vectors(apps, schema_editor, tables):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in tables:
        schema_editor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_vector")


def search_vector_operations(*tables):
    """The operations for a migration that gives these tables a full-text search vector."""
    tables = list(tables)
    return [
        migrations.RunPython(
            partial(add_search_vectors, tables=tables),
            partial(drop_search_vectors, tables=tables),
            elidable=False,
        )
    ]
