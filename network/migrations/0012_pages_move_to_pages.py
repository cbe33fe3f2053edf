# Page and ContactMessage moved to the pages app (issue 22). Only the migration state changes
# here: the tables, their rows and their content types stay (pages/migrations/0001_initial.py).

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0011_search_vector"),
        ("pages", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ContactMessage"),
                migrations.DeleteModel(name="Page"),
            ],
        ),
    ]
