"""Helpers for driving the Django admin through the test client."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.forms import CheckboxInput, FileInput, MultiWidget

from staff.roles import HUB_EDITORS, NETWORK_EDITORS, setup_roles


def _put(data, bound_field):
    """Write one field's current value into POST data the way a browser would send it."""
    widget = bound_field.field.widget
    name = bound_field.html_name
    value = bound_field.value()
    if isinstance(widget, FileInput):
        return
    if isinstance(widget, CheckboxInput):
        if value:
            data[name] = "on"
        return
    if isinstance(widget, MultiWidget):
        parts = value if isinstance(value, list | tuple) else widget.decompress(value)
        for index, part in enumerate(parts):
            data[f"{name}_{index}"] = "" if part is None else str(part)
        return
    if isinstance(value, list | tuple):
        data[name] = [str(item) for item in value]
        return
    data[name] = "" if value is None else str(value)


def change_form_data(response):
    """POST data equivalent to submitting the change form in ``response`` unchanged."""
    data = {}
    form = response.context["adminform"].form
    for name in form.fields:
        _put(data, form[name])
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            bound = formset.management_form[name]
            data[bound.html_name] = bound.value()
        for subform in formset.forms:
            for name in subform.fields:
                _put(data, subform[name])
    return data


def make_staff(username, group_name, hubs=()):
    setup_roles()
    user = get_user_model().objects.create_user(username, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    if hubs:
        user.edited_hubs.add(*hubs)
    return user


__all__ = ["HUB_EDITORS", "NETWORK_EDITORS", "change_form_data", "make_staff"]
