"""Trigram search on PostgreSQL for cities (nothing on SQLite)."""

from django.db import migrations

from kernel.search_indexes import trigram_index_operations


class Migration(migrations.Migration):
    dependencies = [("cities", "0003_membershipapplication_applicationevent")]

    operations = trigram_index_operations("cities_city")
