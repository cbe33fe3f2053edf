"""Mail off the request path: queued with the data, sent by the worker, retried with backoff,
and failures visible in the admin; a slow or dead mail server never holds up a form."""

import datetime
import socket
import threading
import time

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone
from django_q.models import Failure, OrmQ, Schedule, Success

from cities.membership import services
from cities.models import MembershipApplication
from infra import mailqueue
from pages.models import ContactMessage
from reports.models import TranslationReport
from tests import factories
from tests.cities.membership_helpers import valid_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("posts_run_on_commit")]

FAILING = "tests.cities.membership_helpers.FailingBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def report_data():
    return {
        "page": "/en/hubs/",
        "description": "The word 'hub' is left in English.",
        "nickname": "",
    }


def contact_data():
    return {
        "name": "Amina Hadžić",
        "email": "amina@example.org",
        "organisation": "",
        "message": "Could someone tell us about the hub?",
        "nickname": "",
    }


def make_due(delay):
    """Move every pending retry ``delay`` seconds closer, as if that much time had passed."""
    for retry in Schedule.objects.all():
        retry.next_run -= datetime.timedelta(seconds=delay)
        retry.save()


# The worker sends later --------------------------------------------------------------------


def test_join_answers_without_sending_and_the_worker_sends_later(client, mail_worker):
    response = client.post("/en/join/", valid_data())
    assert response.status_code == 303
    application = MembershipApplication.objects.get()
    # Stored and queued in the same transaction; nothing sent yet, and no flag claims so.
    assert mail.outbox == []
    assert application.applicant_notified_at is None and application.staff_notified_at is None
    assert OrmQ.objects.count() == 1
    assert application.reference in client.get(response["Location"]).content.decode()

    assert mail_worker() == 1
    assert sorted(m.to[0] for m in mail.outbox) == ["arta@example.org", "network@localhost"]
    application.refresh_from_db()
    assert application.applicant_notified_at and application.staff_notified_at
    assert OrmQ.objects.count() == 0
    assert Success.objects.get().name == f"services:{application.pk}:attempt-1"
    # The retry scheduled before the attempt went away with its success.
    assert not Schedule.objects.exists()
    # Nothing is sent twice, even if the task ran again.
    mailqueue.deliver("cities.membership.services.deliver", application.pk)
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("url", "data", "model"),
    [
        ("/en/report-translation/", report_data(), TranslationReport),
        ("/ar/contact/", contact_data(), ContactMessage),
    ],
)
def test_report_and_contact_mail_is_queued_too(client, mail_worker, url, data, model, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["staff@example.org"]
    assert client.post(url, data).status_code == 303
    stored = model.objects.get()
    assert mail.outbox == [] and stored.staff_notified_at is None
    mail_worker()
    (message,) = mail.outbox
    assert message.to == ["staff@example.org"]
    stored.refresh_from_db()
    assert stored.staff_notified_at


def test_decision_email_is_queued_with_the_decision(
    mail_worker, django_capture_on_commit_callbacks
):
    application = factories.MembershipApplicationFactory()
    with django_capture_on_commit_callbacks(execute=True):
        services.decline(application, reason="Not a sub-national authority.")
    assert mail.outbox == []
    mail_worker()
    (refusal,) = mail.outbox
    assert "Not a sub-national authority." in refusal.body
    application.refresh_from_db()
    assert application.decision_notified_at


def test_nothing_is_queued_when_the_submission_rolls_back(mail_worker, settings):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        message = ContactMessage.objects.create(name="A", email="a@example.org", message="Hi")
        mailqueue.queue("pages.contact.deliver", message.pk)
        raise RuntimeError
    assert OrmQ.objects.count() == 0


# Failures: visible, retried with growing delays ---------------------------------------------


def test_failed_send_is_recorded_retried_with_backoff_and_visible(client, mail_worker, settings):
    settings.EMAIL_BACKEND = FAILING
    client.post("/en/join/", valid_data())
    application = MembershipApplication.objects.get()

    before = timezone.now()
    mail_worker()
    failure = Failure.objects.get()
    assert "attempt 1 of 9" in failure.result and "mail server down" in failure.result
    retry = Schedule.objects.get()
    assert retry.func == mailqueue.TASK
    assert 55 <= (retry.next_run - before).total_seconds() <= 65
    application.refresh_from_db()
    assert application.applicant_notified_at is None and application.staff_notified_at is None

    # Not due yet: the worker leaves it alone.
    assert mail_worker() == 0
    # A minute later the second attempt fails too, and the third waits five minutes.
    make_due(61)
    before = timezone.now()
    assert mail_worker() == 1
    assert Failure.objects.count() == 2
    retry = Schedule.objects.get()
    assert 295 <= (retry.next_run - before).total_seconds() <= 305

    # Staff see the failures and the pending retry in the admin.
    admin = User.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    failed_page = client.get("/en/admin/django_q/failure/").content.decode()
    assert f"services:{application.pk}:attempt-2" in failed_page
    scheduled_page = client.get("/en/admin/django_q/schedule/").content.decode()
    assert f"services:{application.pk}:attempt-3" in scheduled_page

    # The mail server is back: the next attempt sends both e-mails and sets the flags.
    settings.EMAIL_BACKEND = LOCMEM
    make_due(301)
    assert mail_worker() == 1
    assert len(mail.outbox) == 2
    application.refresh_from_db()
    assert application.is_notified
    assert not Schedule.objects.exists()


def test_attempts_stop_after_the_last_delay(mail_worker, settings):
    settings.EMAIL_BACKEND = FAILING
    message = ContactMessage.objects.create(name="A", email="a@example.org", message="Hi")
    last = mailqueue.MAX_ATTEMPTS
    with pytest.raises(mailqueue.NotSent, match=f"attempt {last} of {last}.*no more"):
        mailqueue.deliver("pages.contact.deliver", message.pk, attempt=last)
    assert not Schedule.objects.exists()


def test_mail_queued_before_its_delivery_moved_app_is_still_sent(mail_worker, settings):
    # Queued tasks and scheduled retries keep the dotted path they were queued with.
    settings.EMAIL_BACKEND = LOCMEM
    report = TranslationReport.objects.create(page_url="/en/", language="en", description="x")
    assert mailqueue.deliver("network.reports.deliver", report.pk) == "sent (attempt 1)"
    report.refresh_from_db()
    assert report.staff_notified_at is not None
    assert len(mail.outbox) == 1


def test_a_contact_message_queued_before_the_pages_app_is_still_sent(mail_worker, settings):
    settings.EMAIL_BACKEND = LOCMEM
    message = ContactMessage.objects.create(name="A", email="a@example.org", message="Hi")
    assert mailqueue.deliver("network.contact.deliver", message.pk) == "sent (attempt 1)"
    message.refresh_from_db()
    assert message.staff_notified_at is not None
    assert f"/admin/pages/contactmessage/{message.pk}/change/" in mail.outbox[0].body


def test_a_deleted_object_needs_no_more_attempts(mail_worker):
    assert mailqueue.deliver("pages.contact.deliver", 999) == "sent (attempt 1)"
    assert not Schedule.objects.exists()


def test_in_process_mode_records_a_failure_without_raising(client, settings):
    # MAIL_QUEUE_SYNC (on in the tests): no worker, the attempt runs after the commit.
    settings.EMAIL_BACKEND = FAILING
    response = client.post("/en/report-translation/", report_data())
    assert response.status_code == 303
    assert TranslationReport.objects.get().staff_notified_at is None
    assert "attempt 1 of 9" in Failure.objects.get().result
    assert Schedule.objects.count() == 1


# A real mail server that hangs or is down ----------------------------------------------------


@pytest.fixture
def hanging_smtp():
    """A server that accepts connections and never says a word (an overloaded mail server)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted = []
    stop = threading.Event()

    def serve():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()


@pytest.fixture
def closed_port():
    """A port nobody listens on: the mail server is down and connections are refused."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 1


@pytest.mark.parametrize("server", ["hanging_smtp", "closed_port"])
def test_join_answers_at_once_whatever_the_mail_server_does(
    client, mail_worker, settings, server, request
):
    use_smtp(settings, request.getfixturevalue(server))
    started = time.monotonic()
    response = client.post("/en/join/", valid_data())
    assert time.monotonic() - started < 2
    assert response.status_code == 303
    application = MembershipApplication.objects.get()
    assert application.reference in client.get(response["Location"]).content.decode()

    # The worker's attempt gives up within the timeout, records it and schedules the next one.
    started = time.monotonic()
    mail_worker()
    assert time.monotonic() - started < 5
    assert Failure.objects.count() == 1 and Schedule.objects.count() == 1
    application.refresh_from_db()
    assert application.applicant_notified_at is None

    # Later, with the mail server back, nothing has been lost.
    settings.EMAIL_BACKEND = LOCMEM
    make_due(61)
    mail_worker()
    application.refresh_from_db()
    assert application.is_notified and len(mail.outbox) == 2


def test_without_a_worker_a_hanging_mail_server_costs_seconds_not_a_500(
    client, settings, hanging_smtp
):
    # MAIL_QUEUE_SYNC: sent in-process after the commit, bounded by EMAIL_TIMEOUT per message.
    use_smtp(settings, hanging_smtp)
    started = time.monotonic()
    response = client.post("/en/join/", valid_data())
    assert time.monotonic() - started < 5
    assert response.status_code == 303
    assert MembershipApplication.objects.get().applicant_notified_at is None
    assert Failure.objects.count() == 1 and Schedule.objects.count() == 1
