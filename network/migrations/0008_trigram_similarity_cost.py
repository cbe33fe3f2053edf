"""Tell PostgreSQL's planner what pg_trgm's word-similarity test costs.

pg_trgm declares ``%>`` as cheap as ``=``; on long texts (a spotlight's article) it takes tens
of microseconds a row, so the planner scanned a few hundred rows sequentially rather than ask
the trigram index, and a site search grew with the content (50 ms for 590 spotlights where
the index answers in 0.2 ms). A realistic cost lets it choose the index.

Only the extension's owner may change it: without that right the migration leaves the cost as
it is (searches still work, only slower at scale). An ``ALTER EXTENSION pg_trgm UPDATE`` or a
restored dump may reset it; running this migration's SQL again restores it.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import DatabaseError, migrations, transaction

FUNCTION = "word_similarity_commutator_op(text, text)"  # the ``%>`` operator
COST = 1000  # the default is 1: one cpu_operator_cost


def set_cost(cost):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        try:
            with transaction.atomic(using=schema_editor.connection.alias):
                schema_editor.execute(f"ALTER FUNCTION {FUNCTION} COST {cost}")
        except DatabaseError:
            pass  # not the extension's owner: see above

    return run


class Migration(migrations.Migration):
    dependencies = [("network", "0007_initial_version_comment_source_text")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(set_cost(COST), set_cost(1), elidable=False),
    ]
