# TranslationReport comes from network/ (issue 22): the model enters this app's state on its
# existing table, and its content type is relabelled in place so that permissions, admin log
# entries and version history follow it.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from kernel.moves import REVERSION_DEPENDENCY, rename_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0008_trigram_similarity_cost"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        REVERSION_DEPENDENCY,
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="TranslationReport",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("page_url", models.CharField(max_length=500, verbose_name="page")),
                        ("language", models.CharField(choices=[("ar", "Arabic"), ("en", "English")], max_length=5, verbose_name="language")),
                        ("object_id", models.PositiveBigIntegerField(blank=True, null=True, verbose_name="object id")),
                        ("description", models.TextField(verbose_name="what is wrong")),
                        ("suggestion", models.TextField(blank=True, verbose_name="suggested translation")),
                        ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
                        ("status", models.CharField(choices=[("new", "New"), ("resolved", "Resolved")], db_index=True, default="new", max_length=10, verbose_name="status")),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="reported")),
                        ("resolved_at", models.DateTimeField(blank=True, null=True, verbose_name="resolved")),
                        ("staff_notified_at", models.DateTimeField(blank=True, null=True, verbose_name="staff e-mailed")),
                        ("content_type", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="contenttypes.contenttype", verbose_name="kind of content")),
                        ("resolved_by", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="resolved by")),
                    ],
                    options={
                        "verbose_name": "translation report",
                        "verbose_name_plural": "translation reports",
                        "ordering": ["-created_at", "-pk"],
                        "db_table": "network_translationreport",
                    },
                ),
            ],
        ),
        rename_content_types("network", "reports", ["translationreport"]),
    ]
