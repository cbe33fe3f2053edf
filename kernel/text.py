"""Text normalisation for search, shared by every searchable model and every search form.

Visitors type names the way their keyboard allows: Arabic without diacritics, with أ/إ/آ/ا,
ة/ه and ى/ي used interchangeably; Balkan names without č, š, ë or đ. Both the stored
``search_text`` and the query go through :func:`normalise`, so they meet in the middle.
"""

import html
import re
import unicodedata

from django.db.models import Q

TATWEEL = "\u0640"
# Letters that NFKD leaves whole but people type as something simpler.
FOLDS = str.maketrans(
    {
        "ة": "ه",
        "ى": "ي",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "đ": "d",
        "Đ": "d",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "ı": "i",
    }
)
NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
TAG = re.compile(r"<[^>]*>")
ARTICLE = "ال"


def without_markup(text):
    """Rich text as words: tags become spaces (so "<p>a</p><p>b</p>" stays two words and
    "p" or "strong" match nothing) and entities become their characters."""
    return html.unescape(TAG.sub(" ", text))


def normalise(text):
    """Fold case, accents, harakat, tatweel and Arabic letter variants; collapse spaces.

    NFKD splits أ إ آ into ا plus a combining hamza or madda, and č into c plus a caron;
    dropping every combining mark (which also removes the harakat) folds them all.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text).replace(TATWEEL, ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(FOLDS)
    return NON_WORD.sub(" ", text).strip()


def search_words(query):
    """The words of ``query`` as search matches them, normalised. An Arabic word loses its
    article ال (when three letters or more remain): stored text fuses it with prefixes that
    visitors leave out, so "التهديدات" must also find "للتهديدات", "والشباب" or "بالمدينة"."""
    words = []
    for word in normalise(query).split():
        if word.startswith(ARTICLE) and len(word) >= len(ARTICLE) + 3:
            word = word[len(ARTICLE) :]
        words.append(word)
    return words


# Each Arabic letter a search term may hold, and the stored spellings it stands for.
LETTER_CLASSES = {
    "ا": "اأإآٱ",
    "ه": "هة",
    "ي": "يىئ",
    "و": "وؤ",
}
MARKS = "[\u064b-\u0652\u0670\u0640]*"  # harakat, dagger alef and tatweel between letters


def _latin_classes():
    """Each ASCII letter, and the accented Latin letters (either case) that fold to it."""
    classes = {}
    for code in [*range(ord("A"), ord("Z") + 1), *range(0xC0, 0x250)]:
        char = chr(code)
        folded = normalise(char)
        if len(folded) == 1 and "a" <= folded <= "z":
            classes.setdefault(folded, folded)
            classes[folded] += char
    return classes


LETTER_CLASSES.update(_latin_classes())


def folding_regex(term):
    """A case-insensitive regular expression matching ``term`` in stored text whatever its
    hamza forms, ta marbuta, alef maqsura, harakat, tatweel or Latin accents ("brcko" finds
    "Brčko").

    For searches over columns without a normalised copy (the admin's ``search_fields``):
    ``iregex`` runs on SQLite and PostgreSQL alike.
    """
    parts = []
    for char in normalise(term):
        if char in LETTER_CLASSES:
            parts.append(f"[{LETTER_CLASSES[char]}]")
        elif char == " ":
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
        parts.append(MARKS)
    return "".join(parts)


def ids_matching(rows, query):
    """Per normalised word of ``query``, the ids of ``rows`` whose texts contain it.

    ``rows`` are ``(pk, text, text…)`` tuples of a short list (topics, countries, hubs) that
    is cheaper to fold here than to give a search column.
    """
    texts = [(pk, normalise(" ".join(text for text in texts if text))) for pk, *texts in rows]
    return {word: [pk for pk, text in texts if word in text] for word in search_words(query)}


def ids_q(field, ids):
    """``field__in=ids``, or a condition that matches nothing when ``ids`` is empty."""
    return Q(**{f"{field}__in": ids}) if ids else Q(pk__in=[])
