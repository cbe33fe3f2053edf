"""The starting content, cleaned from the five seed pages (``/work/shared/seeds``).

Plain data, one module per source, read by ``manage.py load_seed_content``. A value written
as ``{"ar": …, "en": …}`` fills the translated columns ``<field>_ar`` and ``<field>_en``.
The Arabic comes from the seeds with machine-translation glitches and site chrome removed;
the English is written from it. Dates the seeds give only as a month use the 1st of that
month, and dates given only as a year use 1 January; each such place says so.
"""
