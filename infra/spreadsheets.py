"""CSV downloads that spreadsheet programs open safely: one place for the BOM and formula rules.

Downloads stream: rows are written as the database hands them over (``iterator`` reads them
in chunks, through a server-side cursor on PostgreSQL), so the first bytes leave at once and a
worker never holds a whole table, however many cities there are.
"""

import csv
import re

from django.http import StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify

# A phone number (+44 20 …, -style extensions) is data, not a formula: keep it as typed.
PHONE_CHARACTERS = re.compile(r"^[0-9+\-() ]+$")
# Rows read from the database at a time.
CHUNK = 2000


def defuse(value):
    """Spreadsheets run cells starting with = + - @ as formulas; public input must not."""
    value = "" if value is None else str(value)
    if value[:1] in ("=", "@", "\t", "\r") or (
        value[:1] in ("+", "-") and not PHONE_CHARACTERS.match(value)
    ):
        return "'" + value
    return value


class _Line:
    """A file-like object whose ``write`` returns what it is given: csv.writer then yields
    one encoded line per row."""

    def write(self, value):
        return value


def filter_suffix(filterset):
    """The filters in force as part of a file name ("hub-western-balkans-council-yes"), so that
    two downloads of different filters do not overwrite each other."""
    if not filterset.is_bound or not filterset.is_valid():
        return ""
    parts = []
    for name, value in filterset.form.cleaned_data.items():
        if value in (None, "", [], ()) or name == "sort":
            continue
        value = getattr(value, "slug", None) or getattr(value, "iso_code", None) or value
        parts.append(slugify(f"{name}-{value}", allow_unicode=False) or name)
    return "-".join(parts)[:80].strip("-")


def csv_response(name, header, rows, suffix=""):
    """A dated CSV attachment in UTF-8 with a byte-order mark, so Excel reads the Arabic,
    streamed row by row."""
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    filename = "-".join(part for part in (name, suffix, stamp) if part)
    writer = csv.writer(_Line())

    def lines():
        yield "\ufeff" + writer.writerow([defuse(label) for label in header])
        for row in rows:
            yield writer.writerow([defuse(cell) for cell in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
