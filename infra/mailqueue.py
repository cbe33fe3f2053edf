"""E-mail off the request path: deliveries queued for the django-q2 worker, retried with backoff.

A *delivery* is the dotted path of a function taking a primary key, e.g.
``"pages.contact.deliver"`` and 12. The function sends whatever has not gone out yet, sets the
object's ``*_notified_at`` field once the mail server has accepted a message, and raises when
something is still unsent. Before each attempt the next one is scheduled (Django Q's *Scheduled
tasks* in the admin) and it is removed when the attempt succeeds, so even a worker killed in the
middle of a send leaves a retry behind. A failed attempt is recorded under *Failed tasks*.

The queue lives in the database (the ORM broker), and a delivery is queued inside the
transaction that stores the object: both are committed or neither is. With ``MAIL_QUEUE_SYNC``
(the tests, or a setup without a worker) the first attempt runs in-process after the commit
instead, and its outcome is recorded the same way; it never raises into the request.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.brokers import get_broker
from django_q.humanhash import uuid
from django_q.models import Schedule
from django_q.monitor import save_task
from django_q.tasks import async_task

logger = logging.getLogger(__name__)

TASK = "infra.mailqueue.deliver"
GROUP = "mail"
# Seconds to wait after attempt n fails before attempt n + 1: about two days in all, then the
# object stays flagged as not e-mailed for staff to resend.
# Deliveries whose function moved to another module (issue 22): mail queued, or a retry
# scheduled, before the move still names the old path.
MOVED_DELIVERIES = {
    "network.reports.deliver": "reports.views.deliver",
    "network.contact.deliver": "pages.contact.deliver",
}
RETRY_DELAYS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


class NotSent(Exception):
    """Some mail of a delivery did not go out; the next attempt is already scheduled."""


def queue(path, pk):
    """Queue ``path(pk)`` for the worker as part of the current transaction.

    In sync mode the delivery instead runs in-process once the transaction has committed (never
    inside it: mail must not go out for data that is then rolled back).
    """
    if settings.MAIL_QUEUE_SYNC:
        transaction.on_commit(lambda: run_in_process(path, pk, 1))
    else:
        _enqueue(path, pk, 1)


def _name(path, pk, attempt):
    return f"{path.rsplit('.', 2)[-2]}:{pk}:attempt-{attempt}"


def _enqueue(path, pk, attempt):
    async_task(TASK, path, pk, attempt, task_name=_name(path, pk, attempt), group=GROUP)


def run_in_process(path, pk, attempt):
    """One attempt here and now, recorded like the worker's (Successful or Failed tasks)."""
    started = timezone.now()
    try:
        result, success = deliver(path, pk, attempt), True
    except Exception as error:  # recorded below, never raised into the request
        result, success = repr(error), False
    task = {
        "id": uuid()[1],
        "name": _name(path, pk, attempt),
        "func": TASK,
        "args": (path, pk, attempt),
        "kwargs": {},
        "group": GROUP,
        "started": started,
        "stopped": timezone.now(),
        "result": result,
        "success": success,
        "sync": True,  # save_task leaves the request's database connection alone
    }
    save_task(task, get_broker())
    return success


def deliver(path, pk, attempt=1):
    """The worker's task: one attempt at ``path(pk)``, the next one scheduled beforehand."""
    retry = None
    if attempt < MAX_ATTEMPTS:
        retry = Schedule.objects.create(
            name=f"{_name(path, pk, attempt + 1)}:{timezone.now():%Y%m%d%H%M%S%f}",
            func=TASK,
            args=repr((path, pk, attempt + 1)),
            schedule_type=Schedule.ONCE,
            repeats=-1,  # a ONCE schedule with negative repeats deletes itself when it runs
            next_run=timezone.now() + datetime.timedelta(seconds=RETRY_DELAYS[attempt - 1]),
        )
    try:
        import_string(MOVED_DELIVERIES.get(path, path))(pk)
    except Exception as error:
        when = f"next attempt at {retry.next_run:%Y-%m-%d %H:%M} UTC" if retry else "no more"
        logger.warning("Mail %s(%s) attempt %d failed (%s): %s", path, pk, attempt, when, error)
        raise NotSent(
            f"{path}({pk}), attempt {attempt} of {MAX_ATTEMPTS}: {error!r}; {when}"
        ) from error
    if retry is not None:
        retry.delete()
    return f"sent (attempt {attempt})"
