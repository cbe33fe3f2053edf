"""Full-text search on PostgreSQL: a generated tsvector column beside search_text, GIN-indexed
(see kernel.search_indexes). Nothing on other databases."""

from django.db import migrations

from kernel.search_indexes import search_vector_operations


class Migration(migrations.Migration):
    dependencies = [("network", "0010_content_change")]

    operations = search_vector_operations("network_resource")
