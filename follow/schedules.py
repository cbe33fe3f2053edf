"""The worker's schedules for e-mail updates: a round every few minutes, a daily clean-up.

Created by ``manage.py schedule_updates`` (``make run`` runs it; production runs it once per
release, like ``migrate``) rather than by a migration, so the queue holds no standing schedule
until a site wants updates sent.
"""

from django.conf import settings
from django_q.models import Schedule

ROUND = "follow.digest.start_round"
CLEANUP = "follow.services.forget_unconfirmed"


def ensure():
    """Create or refresh both schedules; idempotent."""
    Schedule.objects.update_or_create(
        func=ROUND,
        defaults={
            "name": "E-mail updates: send a round",
            "schedule_type": Schedule.MINUTES,
            "minutes": settings.FOLLOW_ROUND_MINUTES,
            "repeats": -1,
        },
    )
    Schedule.objects.update_or_create(
        func=CLEANUP,
        defaults={
            "name": "E-mail updates: forget unconfirmed addresses",
            "schedule_type": Schedule.DAILY,
            "repeats": -1,
        },
    )


def missing():
    return Schedule.objects.filter(func__in=[ROUND, CLEANUP]).count() < 2
