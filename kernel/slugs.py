"""Slugs: the one place where the portal makes and checks them.

A slug is ASCII and shared by both languages (so switching language keeps the page). It is
made from the English title or name when there is one, otherwise from the Arabic one written
in Latin letters by the small table below, and made unique with -2, -3…. An existing slug is
never remade: URLs stay stable.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

# One Latin spelling per Arabic letter, chosen to be readable rather than a scholarly
# transliteration ("إلباسان" → "ilbasan", "طرابلس" → "trabls": short vowels are not written).
# Waw and ya are vowels or consonants depending on their place; see WEAK_LETTERS.
ARABIC_TO_LATIN = {
    "ء": "",
    "آ": "a",
    "أ": "a",
    "إ": "i",
    "ا": "a",
    "ٱ": "a",
    "ؤ": "u",
    "ئ": "i",
    "ب": "b",
    "ة": "a",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "a",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ى": "a",
    # Letters Persian keyboards type in Arabic text, and the Maghreb's v.
    "ک": "k",
    "پ": "p",
    "چ": "ch",
    "ژ": "zh",
    "گ": "g",
    "ڤ": "v",
}
# Waw and ya are consonants (w, y) at the start of a word or after a vowel letter, and long
# vowels (u, i) elsewhere: "وادي" → "wadi", "بيروت" → "birut", "صيدا" → "sida".
WEAK_LETTERS = {"و": ("w", "u"), "ي": ("y", "i"), "ی": ("y", "i")}
VOWEL_LETTERS = set("اآأإىة") | set(WEAK_LETTERS)
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# Harakat, shadda, sukun, the dagger alef and tatweel carry no letter of their own.
SILENT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

SLUG_CHARACTERS = re.compile(r"^[-a-zA-Z0-9_]+\Z")
INVALID_SLUG_MESSAGE = _(
    "Use only Latin letters (a–z), digits and hyphens, with no spaces, for example "
    "“elbasan-workshop-2023”. Or leave it empty: one is made from the English title or name, "
    "or from the Arabic one in Latin letters."
)
NO_SLUG_MESSAGE = _(
    "No slug could be made from the title or name. Please write one: Latin letters (a–z), "
    "digits and hyphens, for example “elbasan-workshop-2023”."
)
SLUG_HELP_TEXT = _(
    "The part of the page's address shared by both languages: Latin letters (a–z), digits and "
    "hyphens. Leave it empty to make one from the English title or name (or from the Arabic "
    "one in Latin letters). Once saved it does not change when the title does, so links keep "
    "working."
)


def transliterate(text):
    """Arabic letters in ``text`` written in Latin letters; everything else kept as it is."""
    text = SILENT.sub("", unicodedata.normalize("NFKC", text)).translate(ARABIC_DIGITS)
    latin, previous = [], " "
    for char in text:
        if char in WEAK_LETTERS:
            consonant, vowel = WEAK_LETTERS[char]
            starts_word = not previous.isalpha()
            latin.append(consonant if starts_word or previous in VOWEL_LETTERS else vowel)
        else:
            latin.append(ARABIC_TO_LATIN.get(char, char))
        previous = char
    return "".join(latin)


def slug_base(*texts, max_length=50):
    """The slug of the first text that gives one: English is used as it is, other text is
    first transliterated. "" if none does (a name in a script the table does not know)."""
    for text in texts:
        base = slugify(transliterate(str(text or "")))[:max_length].strip("-_")
        if base:
            return base
    return ""


def unique_slug(model, *texts, exclude_pk=None, field="slug"):
    """A slug for ``model`` made from the first usable text of ``texts``, with -2, -3… added
    while another object has it; "" when no text gives a slug."""
    max_length = model._meta.get_field(field).max_length
    # Room for a suffix, so a long title still has one to add.
    base = slug_base(*texts, max_length=max_length - 4)
    if not base:
        return ""
    others = model._default_manager.filter(**{f"{field}__startswith": base})
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    taken = set(others.values_list(field, flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def source_fields(prepopulated):
    """The form fields a slug is made from, English before Arabic: ``("title_en",)`` gives
    ``["title_en", "title_ar"]``."""
    names = []
    for name in prepopulated:
        stem = name.rsplit("_", 1)[0] if name.endswith(("_en", "_ar")) else name
        candidates = [f"{stem}_en", f"{stem}_ar"] if stem != name else [name]
        names += [candidate for candidate in candidates if candidate not in names]
    return names


def validate_slug(value):
    """An editor's slug: ASCII letters, digits, hyphens and underscores, in words they read."""
    if not SLUG_CHARACTERS.match(value or ""):
        raise ValidationError(INVALID_SLUG_MESSAGE, code="invalid_slug")
