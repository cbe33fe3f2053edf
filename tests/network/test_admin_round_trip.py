"""Every admin form round-trips (issue 19).

For every model admin registered on ``admin.site`` (so a new admin is covered without anyone
adding it here), for every role that can open it (superuser, network editor, hub editor,
membership reviewer), in both languages: the add and change forms are fetched and submitted
back as a browser would send them, read from the page's own markup (every input, select and
textarea, inlines and management forms included), once as they are and once with a file
chosen in every file input. The answer is a redirect or the same form with a message, never
a server error, and a change form sent back unchanged loses nothing already saved.
"""

import datetime
from io import BytesIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.forms.models import _get_foreign_key
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from django_q.models import OrmQ, Schedule, Task
from PIL import Image

from cities.models import ApplicationEvent
from pages.models import ContactMessage, Page
from reports.models import TranslationReport
from staff.admin_history import SKIPPED
from staff.roles import HUB_EDITORS, MEMBERSHIP_REVIEWERS, NETWORK_EDITORS
from tests import factories
from tests.network.admin_helpers import make_staff
from tests.network.html_forms import form_submission

pytestmark = pytest.mark.django_db

ROLES = ("superuser", "network editor", "hub editor", "membership reviewer")
LANGUAGES = ("ar", "en")


@pytest.fixture
def world():
    """One object of every registered model, most of them in the hub editor's hub, some
    linked to another hub as well (links a hub editor cannot see must survive their save)."""
    hub, other_hub = factories.HubFactory(), factories.HubFactory()
    factories.HubPriorityFactory(hub=hub)
    factories.HubContactFactory(hub=hub)
    city = factories.CityFactory(country__hub=hub)
    other_city = factories.CityFactory(country__hub=other_hub)
    factories.HubImpactFactory(hub=hub, city=city)
    factories.CouncilSeatFactory(council__city=city)
    factories.MilestoneFactory(city=city)
    event = factories.EventFactory(hub=hub, host_city=city)
    event.participating_cities.add(city, other_city)
    factories.TestimonialFactory(city=city)
    spotlight = factories.SpotlightFactory(city=city)
    spotlight.mentioned_cities.add(other_city)
    factories.SpotlightSectionFactory(spotlight=spotlight)
    factories.SpotlightAuthorFactory(spotlight=spotlight)
    factories.PartnerFactory().hubs.add(hub)
    factories.ResourceFactory().hubs.add(hub)
    factories.TopicFactory()
    Page.objects.create(slug=Page.Slug.values[0], title_en="About", title_ar="عن الشبكة")
    TranslationReport.objects.create(
        page_url=city.get_absolute_url(), language="en", description="A wrong word."
    )
    ContactMessage.objects.create(
        name="Arta", email="arta@example.org", message="Hello", language="en"
    )
    application = factories.MembershipApplicationFactory()
    ApplicationEvent.objects.create(application=application, to_status=application.status)
    AccessAttempt.objects.create(username="x", ip_address="127.0.0.1", failures_since_start=1)
    AccessLog.objects.create(username="x", ip_address="127.0.0.1")
    AccessFailureLog.objects.create(username="x", ip_address="127.0.0.1")
    Schedule.objects.create(func="math.floor", args="1")
    Task.objects.create(
        id="a" * 32,
        name="task",
        func="math.floor",
        started=timezone.now(),
        stopped=timezone.now(),
        success=True,
    )
    OrmQ.objects.create(key="default", payload="x", lock=timezone.now())
    users = {
        "superuser": get_user_model().objects.create_superuser("root", password="x"),
        "network editor": make_staff("network-editor", NETWORK_EDITORS),
        "hub editor": make_staff("hub-editor", HUB_EDITORS, hubs=[hub]),
        "membership reviewer": make_staff("reviewer", MEMBERSHIP_REVIEWERS),
    }
    return users


def png(name="photo.png"):
    buffer = BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def pdf(name="report.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")


def chosen_files(model, file_inputs):
    """A file for each file input: an image where the field takes images, else a PDF."""
    files = {}
    for name in file_inputs:
        try:
            field = model._meta.get_field(name)
        except Exception:  # an inline's prefixed input
            field = None
        files[name] = png() if isinstance(field, models.ImageField) else pdf()
    return files


def _comparable(value):
    """A saved value as the form can give it back: a file by its name, no text as "", a
    time to the second (the form's time input has no microseconds)."""
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0)
    if value is None:
        return ""
    return getattr(value, "name", value)


def snapshot(model_admin, obj):
    """What is saved of ``obj``: its columns, many-to-many links and inline rows."""

    def row(instance):
        values = {}
        for field in instance._meta.concrete_fields:
            if field.name in SKIPPED or getattr(field, "auto_now", False):
                continue
            values[field.name] = _comparable(field.value_from_object(instance))
        return values

    obj = type(obj)._default_manager.get(pk=obj.pk)
    with translation.override("ar"):  # a translated field reads the same column each time
        saved = row(obj)
    for field in obj._meta.many_to_many:
        saved[field.name] = sorted(field.value_from_object(obj), key=lambda item: item.pk)
    for inline in model_admin.inlines:
        link = _get_foreign_key(type(obj), inline.model, fk_name=inline.fk_name)
        children = inline.model._default_manager.filter(**{link.name: obj}).order_by("pk")
        with translation.override("ar"):
            saved[f"inline:{inline.model._meta.label}"] = [row(child) for child in children]
    return saved


def admin_url(model, view, language, *args):
    opts = model._meta
    with translation.override(language):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def answered_well(response):
    """A redirect, or the same form again with a message saying what to fix."""
    if response.status_code == 302:
        return True
    content = response.content.decode()
    return response.status_code == 200 and ("errornote" in content or "errorlist" in content)


class Driver:
    """Drives one role's client through the forms and collects what went wrong."""

    def __init__(self, client, language):
        self.client = client
        self.language = language
        self.failures = []
        self.forms = 0

    def submit(self, model, url, label, with_files=False, expect_redirect=False, view_only=False):
        page = self.client.get(url)
        if page.status_code != 200:
            self.failures.append(f"{label}: GET {url} answered {page.status_code}")
            return None
        data, file_inputs = form_submission(page.content.decode(), f"{model._meta.model_name}_form")
        if with_files:
            data.update(chosen_files(model, file_inputs))
        self.forms += 1
        try:
            response = self.client.post(url, data)
        except Exception as error:  # the test client re-raises what would be a 500
            self.failures.append(f"{label}: POST {url} raised {error!r}")
            return None
        if expect_redirect and response.status_code != 302:
            errors = _form_errors(response)
            self.failures.append(
                f"{label}: POST {url} unchanged answered {response.status_code} {errors}"
            )
        elif not answered_well(response) and not (
            response.status_code == 403 and not expect_redirect and view_only
        ):
            self.failures.append(f"{label}: POST {url} answered {response.status_code}")
        return response


def _form_errors(response):
    context = getattr(response, "context", None)
    if not context or "adminform" not in context:
        return ""
    errors = dict(context["adminform"].form.errors)
    for formset in context.get("inline_admin_formsets", ()):
        errors.update({formset.formset.prefix: formset.formset.errors})
    return errors


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_every_admin_form_round_trips(client, world, role, language):
    user = world[role]
    client.force_login(user)
    request = RequestFactory().get("/")
    request.user = user
    driver = Driver(client, language)
    opened = 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_module_permission(request) and not model_admin.has_view_permission(
            request
        ):
            continue
        file_fields = [
            f.name for f in model._meta.concrete_fields if isinstance(f, models.FileField)
        ]
        label = f"{role}/{language}/{model._meta.label}"
        if model_admin.has_add_permission(request):
            opened += 1
            url = admin_url(model, "add", language)
            driver.submit(model, url, f"{label} add")
            if file_fields:
                driver.submit(model, url, f"{label} add+file", with_files=True)
        obj = model_admin.get_queryset(request).order_by("pk").first()
        if obj is None or not model_admin.has_view_permission(request, obj):
            continue
        opened += 1
        url = admin_url(model, "change", language, obj.pk)
        may_change = model_admin.has_change_permission(request, obj)
        before = snapshot(model_admin, obj)
        response = driver.submit(
            model, url, f"{label} change", expect_redirect=may_change, view_only=not may_change
        )
        after = snapshot(model_admin, obj)
        if response is not None and after != before:
            changed = {k: (before[k], after.get(k)) for k in before if before[k] != after.get(k)}
            driver.failures.append(f"{label} change: saving it unchanged altered {changed}")
        if file_fields and may_change:
            before = snapshot(model_admin, obj)
            response = driver.submit(model, url, f"{label} change+file", with_files=True)
            after = snapshot(model_admin, obj)
            if response is not None and response.status_code != 302 and after != before:
                driver.failures.append(f"{label} change+file: a refused form changed {obj!r}")
    print(f"{role}/{language}: {opened} forms opened, {driver.forms} submitted")
    assert opened >= 4, f"{role} opened only {opened} admin pages"
    assert not driver.failures, "\n".join(driver.failures)
