# Topic, Partner and Resource come from network/ (issue 22): the models enter this app's state
# on their existing tables (their many-to-many tables keep their names too, being named after
# db_table), and their content types are relabelled in place so that permissions, admin log
# entries and version history follow them.

import django.utils.timezone
from django.db import migrations, models

import kernel.uploads
from kernel.moves import REVERSION_DEPENDENCY, rename_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("hubs", "0012_event_timeline_index_covers_filters"),
        ("network", "0012_pages_move_to_pages"),
        REVERSION_DEPENDENCY,
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        ("name_ar", models.CharField(max_length=120, null=True, verbose_name="name")),
                        ("name_en", models.CharField(max_length=120, null=True, verbose_name="name")),
                        ("slug", models.SlugField(max_length=120, unique=True, verbose_name="slug")),
                        ("order", models.PositiveSmallIntegerField(default=0, verbose_name="order")),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "db_table": "network_topic",
                        "ordering": ["order", "slug"],
                    },
                ),
                migrations.CreateModel(
                    name="Partner",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("status", models.CharField(choices=[("draft", "Draft"), ("published", "Published")], db_index=True, default="draft", max_length=10, verbose_name="status")),
                        ("published_at", models.DateTimeField(default=django.utils.timezone.now, help_text="Visitors see the item from this moment on, once it is published.", verbose_name="publication date")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("name_ar", models.CharField(max_length=200, null=True, verbose_name="name")),
                        ("name_en", models.CharField(max_length=200, null=True, verbose_name="name")),
                        ("slug", models.SlugField(max_length=200, unique=True, verbose_name="slug")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        ("description_ar", models.TextField(blank=True, null=True, verbose_name="description")),
                        ("description_en", models.TextField(blank=True, null=True, verbose_name="description")),
                        ("url", models.URLField(blank=True, verbose_name="website")),
                        ("logo", models.ImageField(blank=True, upload_to="partners/", verbose_name="logo")),
                        ("logo_alt", models.CharField(blank=True, max_length=200, verbose_name="logo text alternative")),
                        ("logo_alt_ar", models.CharField(blank=True, max_length=200, null=True, verbose_name="logo text alternative")),
                        ("logo_alt_en", models.CharField(blank=True, max_length=200, null=True, verbose_name="logo text alternative")),
                        ("order", models.PositiveSmallIntegerField(default=0, verbose_name="order")),
                        ("hubs", models.ManyToManyField(blank=True, related_name="partners", to="hubs.hub", verbose_name="hubs")),
                    ],
                    options={
                        "verbose_name": "partner",
                        "verbose_name_plural": "partners",
                        "db_table": "network_partner",
                        "ordering": ["order", "slug"],
                    },
                ),
                migrations.CreateModel(
                    name="Resource",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("status", models.CharField(choices=[("draft", "Draft"), ("published", "Published")], db_index=True, default="draft", max_length=10, verbose_name="status")),
                        ("published_at", models.DateTimeField(default=django.utils.timezone.now, help_text="Visitors see the item from this moment on, once it is published.", verbose_name="publication date")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        ("search_text", models.TextField(blank=True, editable=False, verbose_name="search text")),
                        ("title", models.CharField(max_length=250, verbose_name="title")),
                        ("title_ar", models.CharField(max_length=250, null=True, verbose_name="title")),
                        ("title_en", models.CharField(max_length=250, null=True, verbose_name="title")),
                        ("slug", models.SlugField(max_length=200, unique=True, verbose_name="slug")),
                        ("kind", models.CharField(choices=[("report", "Report"), ("case_study", "Case study"), ("guide", "Guide")], default="report", max_length=20, verbose_name="kind")),
                        ("language", models.CharField(blank=True, choices=[("ar", "Arabic"), ("en", "English"), ("ar_en", "Arabic and English"), ("other", "Other language")], help_text="Leave empty when the sources do not say.", max_length=10, verbose_name="language of the document")),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        ("summary_ar", models.TextField(blank=True, null=True, verbose_name="summary")),
                        ("summary_en", models.TextField(blank=True, null=True, verbose_name="summary")),
                        ("file", models.FileField(blank=True, help_text="PDF, Word, Excel, PowerPoint, OpenDocument, CSV, plain text, JPEG, PNG or WebP.", upload_to="resources/", validators=[kernel.uploads.validate_document], verbose_name="file")),
                        ("url", models.URLField(blank=True, verbose_name="link")),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        ("date_precision", models.PositiveSmallIntegerField(choices=[(1, "Year only"), (2, "Month and year"), (3, "Exact day")], default=3, help_text="How much of the date the source gives: the exact day, only the month, or only the year. A month is stored as its 1st day and a year as 1 January; visitors see only what is known.", verbose_name="date known to")),
                        ("hubs", models.ManyToManyField(blank=True, related_name="resources", to="hubs.hub", verbose_name="hubs")),
                        ("topics", models.ManyToManyField(blank=True, related_name="resources", to="library.topic", verbose_name="topics")),
                    ],
                    options={
                        "verbose_name": "resource",
                        "verbose_name_plural": "resources",
                        "db_table": "network_resource",
                        "ordering": [models.OrderBy(models.F("date"), descending=True, nulls_last=True), "-date_precision", "slug"],
                    },
                ),
            ],
        ),
        rename_content_types("network", "library", ["topic", "partner", "resource"]),
    ]
