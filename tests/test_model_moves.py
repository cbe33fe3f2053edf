"""Models that moved out of network/ (issue 22) take their rows, content type, permissions,
admin log and version history with them: a database in the old layout is migrated forward."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from reversion.models import Version

from staff.roles import HUB_EDITORS

# The apps that received models from network/, and the models each received.
MOVES = {
    "reports": ["translationreport"],
    "pages": ["page", "contactmessage"],
    "library": ["topic", "partner", "resource"],
}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    executor = MigrationExecutor(connection)
    return executor._create_project_state(with_applied_migrations=True).apps


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def old_layout_rows(apps):
    """Rows in the old layout, made with the historical models, as the site had them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    User = apps.get_model("auth", "User")
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    LogEntry = apps.get_model("admin", "LogEntry")

    report = apps.get_model("network", "TranslationReport").objects.create(
        page_url="/en/cities/elbasan/", language="en", description="The title is English."
    )
    page = apps.get_model("network", "Page").objects.create(
        slug="about", title_en="About", title_ar="عن الشبكة", body_en="<p>About.</p>"
    )
    message = apps.get_model("network", "ContactMessage").objects.create(
        name="A visitor", email="visitor@example.org", message="Hello.", language="en"
    )
    topic = apps.get_model("network", "Topic").objects.create(
        slug="youth", name_en="Youth", name_ar="الشباب"
    )
    partner = apps.get_model("network", "Partner").objects.create(
        slug="a-partner", name_en="A partner", name_ar="شريك", status="published"
    )
    resource = apps.get_model("network", "Resource").objects.create(
        slug="a-guide", title_en="A guide", title_ar="دليل", kind="guide", status="published"
    )
    resource.topics.add(topic)
    rows = {
        "translationreport": report,
        "page": page,
        "contactmessage": message,
        "topic": topic,
        "partner": partner,
        "resource": resource,
    }

    author = User.objects.create(username="author", is_staff=True)
    editor = User.objects.create(username="hub-editor", is_staff=True)
    group, _ = Group.objects.get_or_create(name=HUB_EDITORS)
    editor.groups.add(group)
    revision = Revision.objects.create(date_created=timezone.now(), user=author, comment="")
    for model, row in rows.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="network", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"change_{model}",
            defaults={"name": f"Can change {model}"},
        )
        group.permissions.add(permission)
        Version.objects.create(
            revision=revision,
            object_id=str(row.pk),
            content_type=content_type,
            db="default",
            format="json",
            serialized_data=serializers.serialize("json", [row]),
            object_repr=str(row.pk),
        )
        LogEntry.objects.create(
            action_time=timezone.now(),
            user=author,
            content_type=content_type,
            object_id=str(row.pk),
            object_repr=str(row.pk),
            action_flag=2,
            change_message="[]",
        )
    return {model: row.pk for model, row in rows.items()}, editor.pk


@pytest.mark.django_db(transaction=True)
def test_moved_models_keep_rows_history_and_permissions():
    try:
        pks, editor_pk = old_layout_rows(migrate([(app, None) for app in MOVES]))
    finally:
        migrate(latest())  # the other tests need the current layout, whatever happened
    ContentType.objects.clear_cache()

    editor = get_user_model().objects.get(pk=editor_pk)
    for app, models in MOVES.items():
        for model in models:
            content_type = ContentType.objects.get(app_label=app, model=model)
            row = content_type.model_class().objects.get(pk=pks[model])

            version = Version.objects.get(content_type=content_type, object_id=str(row.pk))
            assert version.object == row
            # History shows and restores from the serialised copy, which names the new label.
            copy = next(serializers.deserialize(version.format, version.serialized_data))
            assert copy.object == row
            entry = LogEntry.objects.get(content_type=content_type, object_id=str(row.pk))
            assert entry.get_edited_object() == row
            assert editor.has_perm(f"{app}.change_{model}")
    resource = ContentType.objects.get(app_label="library", model="resource").model_class()
    assert [topic.pk for topic in resource.objects.get(pk=pks["resource"]).topics.all()] == [
        pks["topic"]
    ]
    leftovers = ContentType.objects.filter(
        app_label="network", model__in=[model for models in MOVES.values() for model in models]
    )
    assert list(leftovers) == []
