"""The API's language rule: translated fields in both languages, or in one with ``?lang=``.

Without ``lang`` every translated field is an object ``{"ar": …, "en": …}`` holding what staff
wrote in each language (``null`` where nothing is written yet). With ``lang=ar`` or ``lang=en``
it is a plain string in that language, falling back to the other one as the site's pages do.
What a response contains depends on its URL only, so shared caches may keep it.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework.exceptions import ValidationError

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def requested_language(request):
    """The ``lang`` query parameter (``None`` for both languages); 400 for anything else."""
    value = request.query_params.get("lang")
    if value is None:
        return None
    if value not in LANGUAGE_CODES:
        raise ValidationError(
            {"lang": [_("Choose “ar” or “en”, or leave it out for both languages.")]}
        )
    return value


def translated(obj, field, lang):
    """One translated field of ``obj``: a string for ``lang``, or one per language."""
    if lang:
        with translation.override(lang):
            return getattr(obj, field) or ""
    return {code: getattr(obj, f"{field}_{code}", None) or None for code in LANGUAGE_CODES}


def page_url(request, obj, lang):
    """The absolute address of ``obj``'s public page, in ``lang`` or in each language."""

    def one(code):
        with translation.override(code):
            return request.build_absolute_uri(obj.get_absolute_url())

    if lang:
        return one(lang)
    return {code: one(code) for code in LANGUAGE_CODES}
