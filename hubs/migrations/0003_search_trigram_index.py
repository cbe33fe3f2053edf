"""Trigram search on PostgreSQL for hubs and events (nothing on SQLite)."""

from django.db import migrations

from kernel.search_indexes import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("hubs", "0002_hub_editors")]

    operations = trigram_index_operations("hubs_hub", "hubs_event")
