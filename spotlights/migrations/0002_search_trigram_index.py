"""Trigram search on PostgreSQL for spotlights (nothing on SQLite)."""

from django.db import migrations

from kernel.search_indexes import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("spotlights", "0001_initial")]

    operations = trigram_index_operations("spotlights_spotlight")
