"""Full-text search on PostgreSQL: a generated tsvector column beside search_text, GIN-indexed
(see kernel.search_indexes). Nothing on other databases."""

from django.db import migrations

from kernel.search_indexes import search_vector_operations


class Migration(migrations.Migration):
    dependencies = [("hubs", "0013_versions_without_hub_editors")]

    operations = search_vector_operations("hubs_hub", "hubs_hubcontact", "hubs_event")
