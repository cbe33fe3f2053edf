"""Every admin page a network editor uses answers, in both languages, with local assets only."""

import re

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from staff.roles import CONTENT_APPS, PERSONAL_DATA_MODELS
from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, make_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    return client


def expected_status(model, view, user):
    """200, except the add page of admins that take no additions (reports, applications)."""
    if view != "add":
        return 200
    request = RequestFactory().get("/")
    request.user = user
    return 200 if admin.site._registry[model].has_add_permission(request) else 403


def admin_url(model, view, *args, language="ar"):
    with translation.override(language):
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_changelist_and_add_page_answers(editor_client, language):
    factories.SpotlightSectionFactory()
    factories.CouncilSeatFactory()
    factories.EventFactory()
    factories.TestimonialFactory()
    factories.PartnerFactory()
    factories.ResourceFactory()
    factories.HubContactFactory()
    failures = []
    # Applications hold personal data: reviewers see them, editors do not (test_admin_roles).
    content_models = [
        m
        for m in admin.site._registry
        if m._meta.app_label in CONTENT_APPS and m._meta.label not in PERSONAL_DATA_MODELS
    ]
    assert len(content_models) >= 11
    for model in content_models:
        for view in ("changelist", "add"):
            url = admin_url(model, view, language=language)
            response = editor_client.get(url)
            if response.status_code != expected_status(model, view, response.wsgi_request.user):
                failures.append((url, response.status_code))
    assert failures == []


def test_every_registered_admin_answers_for_a_superuser(admin_client):
    for model in admin.site._registry:
        for view in ("changelist", "add"):
            url = admin_url(model, view)
            response = admin_client.get(url)
            assert response.status_code == expected_status(model, view, response.wsgi_request.user)


def test_change_pages_answer_for_every_content_model(editor_client):
    objects = [
        factories.SpotlightSectionFactory().spotlight,
        factories.CouncilSeatFactory().council,
        factories.EventFactory(),
        factories.TestimonialFactory(),
        factories.PartnerFactory(),
        factories.ResourceFactory(),
        factories.HubContactFactory().hub,
        factories.CityFactory(),
        factories.CountryFactory(),
        factories.TopicFactory(),
    ]
    for obj in objects:
        response = editor_client.get(admin_url(type(obj), "change", obj.pk))
        assert response.status_code == 200, type(obj)


def test_change_form_has_tabs_editor_and_directions_with_local_assets_only(editor_client):
    hub = factories.HubFactory()
    response = editor_client.get(admin_url(type(hub), "change", hub.pk))
    html = response.content.decode()

    # jQuery UI (the language tabs) comes from our own static files, nothing from a CDN.
    assert "/static/network/vendor/jquery-ui/jquery-ui.min.js" in html
    assert "modeltranslation/js/tabbed_translation_fields.js" in html
    external = re.findall(r'(?:src|href)="(https?:)?//[^"]+"', html)
    assert external == []

    # The rich-text editor is there for both languages of every rich-text field.
    assert "django_prose_editor/editor.js" in html
    for name in ("introduction_ar", "introduction_en", "about_ar", "about_en"):
        tag = re.search(rf'<textarea[^>]*name="{name}"[^>]*>', html).group(0)
        assert "data-django-prose-editor" in tag
    # Arabic boxes right-to-left, English boxes left-to-right.
    assert re.search(r'<input[^>]*name="name_ar"[^>]*dir="rtl"|dir="rtl"[^>]*name="name_ar"', html)
    assert re.search(r'<input[^>]*name="name_en"[^>]*dir="ltr"|dir="ltr"[^>]*name="name_en"', html)


def test_arabic_admin_stays_right_to_left(editor_client):
    response = editor_client.get(admin_url(factories.HubFactory._meta.model, "changelist"))
    assert re.search(r'<html[^>]*dir="rtl"', response.content.decode())
    response = editor_client.get(
        admin_url(factories.HubFactory._meta.model, "changelist", language="en")
    )
    assert not re.search(r'<html[^>]*dir="rtl"', response.content.decode())


def test_changelist_queries_do_not_grow_with_rows(editor_client, django_assert_max_num_queries):
    from cities.models import City

    factories.CityFactory.create_batch(3)
    url = admin_url(City, "changelist")
    editor_client.get(url)  # warm caches (content types, permissions)
    with django_assert_max_num_queries(20) as few:
        editor_client.get(url)
    factories.CityFactory.create_batch(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(url)


def test_admin_policy_allows_exactly_the_editor_import_map(editor_client):
    import base64
    import hashlib

    hub = factories.HubFactory()
    response = editor_client.get(admin_url(type(hub), "change", hub.pk))
    importmap = re.search(
        r'<script type="importmap"[^>]*>(.*?)</script>', response.content.decode(), re.DOTALL
    ).group(1)
    digest = base64.b64encode(hashlib.sha256(importmap.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"script-src 'self' 'sha256-{digest}'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
