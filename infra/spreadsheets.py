"""CSV downloads that spreadsheet programs open safely: one place for the BOM and formula rules."""

import csv
import re

from django.http import HttpResponse
from django.utils import timezone

# A phone number (+44 20 …, -style extensions) is data, not a formula: keep it as typed.
PHONE_CHARACTERS = re.compile(r"^[0-9+\-() ]+$")


def defuse(value):
    """Spreadsheets run cells starting with = + - @ as formulas; public input must not."""
    value = "" if value is None else str(value)
    if value[:1] in ("=", "@", "\t", "\r") or (
        value[:1] in ("+", "-") and not PHONE_CHARACTERS.match(value)
    ):
        return "'" + value
    return value


def csv_response(name, header, rows):
    """A dated CSV attachment in UTF-8 with a byte-order mark, so Excel reads the Arabic."""
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([defuse(label) for label in header])
    for row in rows:
        writer.writerow([defuse(cell) for cell in row])
    return response
