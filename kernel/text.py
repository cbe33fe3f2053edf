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
# The article ال and the one-letter words fused before it (و and, ف so, ب with, ك like, ل for;
# ل + ال is written لل), as they lead a written Arabic word. Stored text keeps the word as
# written; the words of a query, and PostgreSQL's full-text index beside the stored text
# (kernel.search_indexes), also hold it without them. A plain ASCII class so that Python and
# PostgreSQL read the pattern alike.
PROCLITICS = "(?:[وف]?[بكل]?ال|[وف]?لل)"
# A query word this long or longer also matches the stored words it begins; a shorter one ("a")
# only itself, or it would match nearly everything.
MIN_PREFIX = 2
# A word keeps its proclitics unless three letters or more remain ("الله" stays whole).
PROCLITIC_WORD = re.compile(rf"^{PROCLITICS}(\w{{3,}})$")


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


def without_proclitics(word):
    """``word`` without its leading article and the letters fused before it: "والشباب" and
    "للشباب" give "شباب"; a word left shorter than three letters stays whole."""
    match = PROCLITIC_WORD.match(word)
    return match.group(1) if match else word


def search_words(query):
    """The words of ``query`` as search matches them, normalised. An Arabic word loses its
    article ال and what is fused before it (see :data:`PROCLITICS`): stored text fuses them with
    prefixes that visitors leave out, so "التهديدات" must also find "للتهديدات", "والشباب" or
    "بالمدينة"."""
    return [without_proclitics(word) for word in normalise(query).split()]


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


def word_matches(word, stored):
    """Whether a query word matches a stored word as the full-text index has it
    (``kernel.fulltext``): the stored word begins with it, or for a word shorter than
    ``MIN_PREFIX`` letters, is it."""
    return stored.startswith(word) if len(word) >= MIN_PREFIX else stored == word


def ids_matching(rows, query):
    """Per normalised word of ``query``, the ids of ``rows`` with a word that it matches
    (:func:`word_matches`, on the word as written and without its proclitics).

    ``rows`` are ``(pk, text, text…)`` tuples of a short list (topics, countries, hubs) that
    is cheaper to fold here than to give a search column.
    """
    stored = []
    for pk, *texts in rows:
        written = normalise(" ".join(text for text in texts if text)).split()
        stored.append((pk, {*written, *map(without_proclitics, written)}))
    return {
        word: [pk for pk, words in stored if any(word_matches(word, each) for each in words)]
        for word in search_words(query)
    }


def ids_q(field, ids):
    """``field__in=ids``, or a condition that matches nothing when ``ids`` is empty."""
    return Q(**{f"{field}__in": ids}) if ids else Q(pk__in=[])
