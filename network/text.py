"""Text normalisation for search, shared by every searchable model and every search form.

Visitors type names the way their keyboard allows: Arabic without diacritics, with أ/إ/آ/ا,
ة/ه and ى/ي used interchangeably; Balkan names without č, š, ë or đ. Both the stored
``search_text`` and the query go through :func:`normalise`, so they meet in the middle.
"""

import re
import unicodedata

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


# Each Arabic letter a search term may hold, and the stored spellings it stands for.
LETTER_CLASSES = {
    "ا": "اأإآٱ",
    "ه": "هة",
    "ي": "يىئ",
    "و": "وؤ",
}
MARKS = "[\u064b-\u0652\u0670\u0640]*"  # harakat, dagger alef and tatweel between letters


def folding_regex(term):
    """A case-insensitive regular expression matching ``term`` in stored text whatever its
    hamza forms, ta marbuta, alef maqsura, harakat or tatweel.

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
