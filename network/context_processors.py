"""Template context shared by every page."""

import re

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from infra.pagecache import read_query


def site(request):
    """Site identity and, for the language switcher, this page in each language."""
    query = read_query(request)
    path = f"{request.path}?{query}" if query else request.path
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "bidi": info["bidi"],
                "url": _path_in_language(path, code),
            }
        )
    return {"SITE_URL": settings.SITE_URL, "language_alternates": alternates}


def _path_in_language(path, code):
    """The same page under another language prefix, even where the URL does not resolve.

    Built from the path alone: leading slashes and backslashes are collapsed, so a request
    for ``//evil.example/en/`` never yields a protocol-relative link to another host.
    """
    path = "/" + path.lstrip("/\\")
    translated = translate_url(path, code)
    if translated == path:
        prefix_codes = "|".join(c for c, _ in settings.LANGUAGES)
        translated, replaced = re.subn(rf"^/({prefix_codes})/", f"/{code}/", path, count=1)
        if not replaced:  # /fr/…, /xyz: no page of ours to translate; offer the home page
            translated = f"/{code}/"
    return translated
