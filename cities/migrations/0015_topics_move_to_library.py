# Topic moved to the library app (issue 22): the many-to-many now names library.Topic. Only
# the migration state changes; the link table and its rows stay as they are.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0014_journey_year_order_and_status_source"),
        ("library", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="membershipapplication",
                    name="topics",
                    field=models.ManyToManyField(blank=True, related_name="membership_applications", to="library.topic", verbose_name="topics of interest"),
                ),
            ],
        ),
    ]
