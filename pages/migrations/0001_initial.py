# Page and ContactMessage come from network/ (issue 22): the models enter this app's state on
# their existing tables, and their content types are relabelled in place so that permissions,
# admin log entries and version history follow them.

import django.utils.timezone
from django.db import migrations, models

import kernel.fields
from kernel.moves import REVERSION_DEPENDENCY, rename_content_types


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0011_search_vector"),
        REVERSION_DEPENDENCY,
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ContactMessage",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("email", models.EmailField(max_length=254, verbose_name="e-mail")),
                        ("organisation", models.CharField(blank=True, max_length=200, verbose_name="organisation")),
                        ("message", models.TextField(verbose_name="message")),
                        ("language", models.CharField(choices=[("ar", "Arabic"), ("en", "English")], max_length=5, verbose_name="language")),
                        ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received")),
                        ("staff_notified_at", models.DateTimeField(blank=True, null=True, verbose_name="staff e-mailed")),
                    ],
                    options={
                        "verbose_name": "contact message",
                        "verbose_name_plural": "contact messages",
                        "db_table": "network_contactmessage",
                        "ordering": ["-created_at", "-pk"],
                    },
                ),
                migrations.CreateModel(
                    name="Page",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("status", models.CharField(choices=[("draft", "Draft"), ("published", "Published")], db_index=True, default="draft", max_length=10, verbose_name="status")),
                        ("published_at", models.DateTimeField(default=django.utils.timezone.now, help_text="Visitors see the item from this moment on, once it is published.", verbose_name="publication date")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        ("slug", models.SlugField(choices=[("about", "About the network"), ("contact", "Contact us"), ("privacy", "Privacy notice"), ("accessibility", "Accessibility statement")], max_length=40, unique=True, verbose_name="slug")),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        ("title_ar", models.CharField(max_length=200, null=True, verbose_name="title")),
                        ("title_en", models.CharField(max_length=200, null=True, verbose_name="title")),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        ("summary_ar", models.TextField(blank=True, null=True, verbose_name="summary")),
                        ("summary_en", models.TextField(blank=True, null=True, verbose_name="summary")),
                        ("body", kernel.fields.RichTextField(blank=True, verbose_name="body")),
                        ("body_ar", kernel.fields.RichTextField(blank=True, null=True, verbose_name="body")),
                        ("body_en", kernel.fields.RichTextField(blank=True, null=True, verbose_name="body")),
                    ],
                    options={
                        "verbose_name": "page",
                        "verbose_name_plural": "pages",
                        "db_table": "network_page",
                        "ordering": ["slug"],
                    },
                ),
            ],
        ),
        rename_content_types("network", "pages", ["page", "contactmessage"]),
    ]
