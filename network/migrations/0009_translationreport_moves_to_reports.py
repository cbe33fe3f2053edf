# TranslationReport moved to the reports app (issue 22). Only the migration state changes here:
# the table, its rows and its content type stay (reports/migrations/0001_initial.py).

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0008_trigram_similarity_cost"),
        ("reports", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="TranslationReport")],
        ),
    ]
