# Topic, Partner and Resource moved to the library app (issue 22). Only the migration state
# changes here: the tables, their rows and their content types stay
# (library/migrations/0001_initial.py); the apps linking to topics name library.Topic first.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0012_pages_move_to_pages"),
        ("library", "0001_initial"),
        ("spotlights", "0007_topics_move_to_library"),
        ("cities", "0015_topics_move_to_library"),
        ("follow", "0002_topics_move_to_library"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Resource"),
                migrations.DeleteModel(name="Partner"),
                migrations.DeleteModel(name="Topic"),
            ],
        ),
    ]
