# Topic moved to the library app (issue 22): the many-to-many now names library.Topic. Only
# the migration state changes; the link table and its rows stay as they are.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("spotlights", "0006_search_vector"),
        ("library", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="spotlight",
                    name="topics",
                    field=models.ManyToManyField(blank=True, related_name="spotlights", to="library.topic", verbose_name="topics"),
                ),
            ],
        ),
    ]
