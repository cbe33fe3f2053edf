"""Arabic date formats Django leaves undefined, so that they fall back to the American
month-first defaults ("12/08/2026" for 8 December, "ديسمبر 8, 2026" beside it). Day first,
as Django's own Arabic ``SHORT_DATE_FORMAT`` and ``DATE_FORMAT`` already are; the others come
from Django's Arabic module through ``FORMAT_MODULE_PATH``'s fallback."""

# The right-to-left marks (U+200F) keep the numbers in day/month/year order in Arabic text.
DATETIME_FORMAT = "j F، Y، g:i A"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y g:i A"
