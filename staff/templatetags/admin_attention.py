"""The "needs attention" panel of the admin home."""

from django import template

from staff.attention import needs_attention

register = template.Library()


@register.inclusion_tag("admin/includes/needs_attention.html", takes_context=True)
def needs_attention_panel(context):
    return {"lines": needs_attention(context["request"].user)}
