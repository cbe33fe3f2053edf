"""Partial dates: a day, a month or only a year, stored as a date plus its precision.

A date known only to its month is stored as the 1st of that month, one known only to its
year as 1 January, next to a precision field; pages, feeds and structured data show and
claim only what is known ("12 September 2017", "September 2019", "2017"). Within the same
stored date a coarser item sorts first, so a month or year sorts at the start of its period,
before the dated items in it.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db import migrations, models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _


class DatePrecision(models.IntegerChoices):
    YEAR = 1, _("Year only")
    MONTH = 2, _("Month and year")
    DAY = 3, _("Exact day")


# One format per language for the whole site: the month names come from the active locale.
FORMATS = {DatePrecision.DAY: "j F Y", DatePrecision.MONTH: "F Y", DatePrecision.YEAR: "Y"}

PRECISION_HELP = _(
    "How much of the date the source gives: the exact day, only the month, or only the year. "
    "A month is stored as its 1st day and a year as 1 January; visitors see only what is known."
)


PRECISION_LABEL = _("date known to")


def precision_field(verbose_name=PRECISION_LABEL, default=DatePrecision.DAY):
    """The precision column that goes next to a DateField."""
    return models.PositiveSmallIntegerField(
        verbose_name, choices=DatePrecision.choices, default=default, help_text=PRECISION_HELP
    )


def year_order_field():
    """Where an item goes among the other steps of its year in a city's journey.

    The sources often give only the year of a step while saying what it followed; this lets
    staff put it in place. 0 (the default) leaves it to the dates: dated steps first, then
    the steps known only to the year.
    """
    return models.PositiveSmallIntegerField(
        _("order within its year"),
        default=0,
        help_text=_(
            "In a city's journey, steps of the same year are shown by this number (lowest "
            "first), then by date. Leave 0 to go by date; a step known only to its year then "
            "comes after the dated ones."
        ),
    )


def truncate(day, precision):
    """The stored form of ``day`` at ``precision``: the 1st of its month, or 1 January."""
    if day is None:
        return None
    if precision == DatePrecision.YEAR:
        return day.replace(month=1, day=1)
    if precision == DatePrecision.MONTH:
        return day.replace(day=1)
    return day


def infer_precision(day):
    """For a date whose precision nobody recorded: never a day that may be a placeholder.

    The 1st of a month may stand for the month, 1 January for the year; any other day was
    written on purpose.
    """
    if day.day != 1:
        return DatePrecision.DAY
    if day.month != 1:
        return DatePrecision.MONTH
    return DatePrecision.YEAR


def inferred_precision_migration(app_label, model_name, date="date", precision="date_precision"):
    """A data migration's step: each stored ``date`` gets the precision it can claim."""

    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        for item in model.objects.exclude(**{date: None}):
            setattr(item, precision, infer_precision(getattr(item, date)))
            item.save(update_fields=[precision])

    return migrations.RunPython(forwards, migrations.RunPython.noop)


def period_end(day, precision):
    """The last day the partial date may mean (31 December for a year)."""
    if precision == DatePrecision.YEAR:
        return day.replace(month=12, day=31)
    if precision == DatePrecision.MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day


def iso(day, precision):
    """ISO 8601 at its precision: ``2017``, ``2019-09`` or ``2017-09-12`` (valid in HTML
    ``<time datetime>`` and in schema.org dates)."""
    if precision == DatePrecision.YEAR:
        return f"{day.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def format_partial(start, precision, end=None):
    """The localised text of a partial date or range, in the site's one format per language."""
    precision = DatePrecision(precision)
    if not end or end == start:
        return date_format(start, FORMATS[precision])
    if precision == DatePrecision.YEAR:
        return f"{start.year}–{end.year}"
    if precision == DatePrecision.MONTH:
        if start.year == end.year:
            return f"{date_format(start, 'F')} – {date_format(end, 'F Y')}"
        return f"{date_format(start, 'F Y')} – {date_format(end, 'F Y')}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_format(end, 'j F Y')}"
    if start.year == end.year:
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F Y')}"
    return f"{date_format(start, 'j F Y')} – {date_format(end, 'j F Y')}"


@dataclass(frozen=True)
class PartialDate:
    """A date (or range) with its precision; ``str()`` is its localised text."""

    start: datetime.date
    precision: int = DatePrecision.DAY
    end: datetime.date | None = None

    @classmethod
    def of(cls, day, precision=DatePrecision.DAY, end=None):
        """None when ``day`` is unknown; a datetime counts as its local day."""
        if day is None:
            return None
        if isinstance(day, datetime.datetime):
            day = timezone.localtime(day).date() if timezone.is_aware(day) else day.date()
        return cls(day, DatePrecision(precision), end)

    @classmethod
    def parse(cls, text):
        """``"2017"``, ``"2019-09"`` or ``"2017-09-12"``: the precision is what is written."""
        parts = [int(part) for part in text.split("-")]
        precision = (DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY)[len(parts) - 1]
        return cls(datetime.date(*parts, *[1] * (3 - len(parts))), precision)

    def __str__(self):
        return format_partial(self.start, self.precision, self.end)

    @property
    def iso(self):
        return iso(self.start, self.precision)

    @property
    def end_iso(self):
        return iso(self.end, self.precision) if self.end else ""

    @property
    def year(self):
        return self.start.year

    @property
    def last_day(self):
        """The last day the date or range may mean: whether it is over is judged on this."""
        return period_end(self.end or self.start, self.precision)

    @property
    def is_day(self):
        return self.precision == DatePrecision.DAY


class PartialDateModel(models.Model):
    """Keeps each listed DateField in its stored form for the precision beside it.

    Subclasses map date fields to their precision fields in ``partial_date_fields``, and
    may keep a year column in step for filters and charts in ``partial_date_years``
    (``{"joined_on": "joined_year"}``): code that sets only the year gets a year-precision
    date.
    """

    partial_date_fields: dict[str, str] = {}
    partial_date_years: dict[str, str] = {}

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.normalise_partial_dates()
        super().save(*args, **kwargs)

    def normalise_partial_dates(self):
        for field in self.partial_date_fields:
            # Dates given as ISO text (fixtures, shells) become dates before any arithmetic.
            setattr(self, field, self._meta.get_field(field).to_python(getattr(self, field)))
        for field, year_field in self.partial_date_years.items():
            day, year = getattr(self, field), getattr(self, year_field)
            precision_name = self.partial_date_fields[field]
            year_only = day is None or getattr(self, precision_name) == DatePrecision.YEAR
            if year and year_only and (day is None or day.year != year):
                # Code that sets only the year (forms go through clean() and set the date).
                setattr(self, field, datetime.date(year, 1, 1))
                setattr(self, precision_name, DatePrecision.YEAR)
            elif day is not None:
                setattr(self, year_field, day.year)
        for field, precision_field_name in self.partial_date_fields.items():
            value = getattr(self, field)
            if value is not None:
                setattr(self, field, truncate(value, getattr(self, precision_field_name)))

    def clean(self):
        super().clean()
        # Forms edit the date; the year (not on the form) follows it, emptied with it.
        for field, year_field in self.partial_date_years.items():
            day = getattr(self, field)
            setattr(self, year_field, day.year if day else None)
        self.normalise_partial_dates()

    def partial(self, field, end_field=None):
        """The PartialDate of ``field`` (and an end field sharing its precision), or None."""
        precision = getattr(self, self.partial_date_fields[field])
        end = getattr(self, end_field) if end_field else None
        return PartialDate.of(getattr(self, field), precision, end)
