"""Full-text search on PostgreSQL: a generated tsvector column beside search_text, GIN-indexed
(see kernel.search_indexes). Nothing on other databases."""

from django.db import migrations

from kernel.search_indexes import search_vector_operations


class Migration(migrations.Migration):
    dependencies = [("cities", "0011_city_journey_milestones")]

    operations = search_vector_operations("cities_city", "cities_council")
