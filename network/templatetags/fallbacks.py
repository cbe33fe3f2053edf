"""Translated text that falls back to the other language, marked as such.

modeltranslation fills an empty field from the other language when it is read
(``MODELTRANSLATION_FALLBACK_LANGUAGES``). ``{% translated obj "field" %}`` shows the same
text, but when it is the other language's it carries that language's ``lang`` and ``dir``
(so screen readers pronounce it and Arabic runs right to left inside an English page) and
a small "not yet translated" note in the visitor's language.
"""

from django import template
from django.conf import settings
from django.template.defaultfilters import linebreaksbr
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

register = template.Library()

DIRECTIONS = {"ar": "rtl", "en": "ltr"}


def _source_language(obj, field):
    """The language whose text the visitor sees, or None when it is their own."""
    active = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    if getattr(obj, build_localized_fieldname(field, active), None):
        return None
    for code, _name in settings.LANGUAGES:
        if code != active and getattr(obj, build_localized_fieldname(field, code), None):
            return code
    return None


@register.simple_tag
def translated(obj, field, html=False, block=False, words=None, breaks=False):
    """``obj.field`` in the visitor's language, or the other language's text, marked.

    ``html`` for sanitised rich text (stored cleaned by ``RichTextField``); ``block`` wraps a
    fallback in a ``div`` rather than a ``span``. For plain text on cards: ``words`` keeps the
    first N words, ``breaks`` turns line breaks into ``<br>``.
    """
    value = getattr(obj, field, "") or ""
    if words:
        value = Truncator(value).words(int(words))
    if html:
        content = mark_safe(value)  # rich text is sanitised when saved
    elif breaks:
        content = linebreaksbr(value, autoescape=True)
    else:
        content = value
    source = _source_language(obj, field)
    if source is None:
        return format_html("{}", content)
    values = {
        "lang": source,
        "dir": DIRECTIONS.get(source, "auto"),
        "content": content,
        "note": _("(not yet translated)"),
    }
    if block or html:  # the note before a block of text, where a reader meets it first
        return format_html(
            '<p class="fallback__note">{note}</p>'
            '<div lang="{lang}" dir="{dir}" class="fallback">{content}</div>',
            **values,
        )
    return format_html(
        '<span lang="{lang}" dir="{dir}" class="fallback">{content}</span>'
        ' <span class="fallback__note">{note}</span>',
        **values,
    )
