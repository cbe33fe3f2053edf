"""The starting content, cleaned from the five seed pages (``/work/shared/seeds``).

Plain data, one module per source, read by ``manage.py load_seed_content``. A value written
as ``{"ar": …, "en": …}`` fills the translated columns ``<field>_ar`` and ``<field>_en``.
The Arabic comes from the seeds with machine-translation glitches and site chrome removed;
the English is written from it. Dates are written at the precision their source gives
("2017-09-12", "2019-09", "2017"), each with a ``*_source`` note: the seed number and the
sentence it rests on ("none" where the source gives no date); the loader stores them as a
date plus its precision (``kernel.dates``).
"""
