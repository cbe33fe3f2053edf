"""The site's one way to show a date: ``{{ event.when|partial_date }}``.

Takes a :class:`kernel.dates.PartialDate` (``event.when``, ``city.joined``,
``council.founded``, ``spotlight.dated``…) or a plain date/datetime (a known day) and prints
it at its precision in the active language: "12–13 September 2017", "September 2019", "2017".
"""

import datetime

from django import template

from kernel.dates import PartialDate

register = template.Library()


@register.filter
def partial_date(value):
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.date):
        value = PartialDate.of(value)
    return str(value)
