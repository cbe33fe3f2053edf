"""What happens to a membership application: submission, e-mails, review and approval."""

import datetime
import logging
import re
from smtplib import SMTPException

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_countries import countries

from cities.membership import emails
from cities.models import (
    ApplicationEvent,
    City,
    Country,
    MembershipApplication,
    ReferenceCounter,
)
from infra import mailqueue
from infra.pagecache import bump_content_version
from kernel.dates import DatePrecision
from kernel.slugs import unique_slug
from kernel.text import normalise

logger = logging.getLogger(__name__)

Status = MembershipApplication.Status
DUPLICATE_WINDOW = datetime.timedelta(hours=24)
MAIL_ERRORS = (SMTPException, OSError)
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


# Submission ----------------------------------------------------------------------------------


def find_duplicate(authority_name, email):
    """An application from the same address for the same authority in the last 24 hours."""
    since = timezone.now() - DUPLICATE_WINDOW
    wanted = normalise(authority_name)
    recent = MembershipApplication.objects.filter(email__iexact=email, submitted_at__gte=since)
    for application in recent.only("pk", "reference", "token", "authority_name"):
        if normalise(application.authority_name) == wanted:
            return application
    return None


def next_reference(year):
    """APP-<year>-<5 digits> from the year's counter row, locked until the transaction ends.

    Concurrent submissions wait for each other here (row lock on PostgreSQL, the write lock of
    an IMMEDIATE transaction on SQLite), so two can never take the same number.
    """
    with transaction.atomic():
        counter = lock_reference_counter(year)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"APP-{year}-{counter.last:05d}"


def lock_reference_counter(year):
    """The year's counter row, locked until the transaction ends (made when missing)."""
    counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(
        year=year, defaults={"last": _highest_number(f"APP-{year}-")}
    )
    return counter


def _highest_number(prefix):
    # Applications stored before the counter existed keep their numbers.
    last = (
        MembershipApplication.objects.filter(reference__startswith=prefix)
        .order_by("-reference")
        .values_list("reference", flat=True)
        .first()
    )
    return int(last.removeprefix(prefix)) if last else 0


def submit(form, language):
    """Save a valid application with a fresh reference; e-mail only once it is committed.

    Returns the stored application: the new one, or the one this form's key already stored (a
    double submit). Returns None for a second application from the same address for the same
    authority within 24 hours; its reference is not shown to whoever typed those two details.
    """
    key = form.cleaned_data.get("submission_key")
    earlier = _by_key(key)
    if earlier:
        return earlier
    application = form.save(commit=False)
    application.submission_key = key
    application.language = language
    application.consent_at = timezone.now()
    if application.hub_id is None:
        # The hub is suggested from the country when the directory knows it.
        country = Country.objects.filter(iso_code=application.country.code).first()
        application.hub_id = country.hub_id if country else None
    try:
        with transaction.atomic():
            # Simultaneous submits queue on the year's counter until each commits, so the
            # duplicate check after the lock sees the one before.
            year = timezone.now().year
            lock_reference_counter(year)
            if find_duplicate(application.authority_name, application.email):
                return None
            application.reference = next_reference(year)
            application.save()
            form.save_m2m()
            ApplicationEvent.objects.create(application=application, to_status=Status.NEW)
            queue_notifications(application)
    except IntegrityError:
        # The same key committed by a simultaneous submit of the same form.
        earlier = _by_key(key)
        if earlier is None:
            raise
        return earlier
    return application


def _by_key(key):
    if key is None:
        return None
    return MembershipApplication.objects.filter(submission_key=key).only("token").first()


# E-mails -------------------------------------------------------------------------------------


def queue_notifications(application):
    """Queue the application's missing e-mails for the worker (infra.mailqueue)."""
    mailqueue.queue("cities.membership.services.deliver", application.pk)


def deliver(pk):
    """The queued task: send the missing e-mails, raising the first mail error if any failed."""
    application = MembershipApplication.objects.select_related("hub").filter(pk=pk).first()
    if application is None:
        return
    errors = notify(application)
    if errors:
        raise errors[0]


def notify(application):
    """Send whichever e-mails have not gone out; returns the mail errors (empty: all sent).

    Each flag is set only once the mail server has taken that message.
    """
    errors = []
    if application.applicant_notified_at is None:
        _send(application, "applicant_notified_at", emails.send_applicant_confirmation, errors)
    if application.staff_notified_at is None:
        _send(application, "staff_notified_at", emails.send_staff_notification, errors)
    if application.is_decided and application.decision_notified_at is None:
        _send(application, "decision_notified_at", emails.send_decision, errors)
    return errors


def _send(application, flag, sender, errors):
    try:
        sender(application)
    except MAIL_ERRORS as error:
        logger.warning(
            "Could not e-mail %s for application %s: %r", flag, application.reference, error
        )
        errors.append(error)
        return
    setattr(application, flag, timezone.now())
    MembershipApplication.objects.filter(pk=application.pk).update(
        **{flag: getattr(application, flag)}
    )


def resend_pending(queryset=None):
    """Send the e-mails of every application still missing one now; returns (tried, succeeded)."""
    queryset = MembershipApplication.objects.all() if queryset is None else queryset
    pending = list(queryset.not_notified().select_related("hub"))
    succeeded = sum(1 for application in pending if not notify(application))
    return len(pending), succeeded


def queue_pending(queryset):
    """Queue the missing e-mails of the applications in ``queryset``; returns how many."""
    pks = list(queryset.not_notified().values_list("pk", flat=True))
    with transaction.atomic():
        for pk in pks:
            mailqueue.queue("cities.membership.services.deliver", pk)
    return len(pks)


# Review --------------------------------------------------------------------------------------


# How far along the workflow each status is; a step back needs a note saying why.
PROGRESS = {Status.NEW: 0, Status.UNDER_REVIEW: 1, Status.APPROVED: 2, Status.DECLINED: 2}


@transaction.atomic
def change_status(application, to_status, user=None, note=""):
    """Move an application to another status and record who did it, when and why."""
    from_status = application.status
    if from_status == to_status:
        return application
    if PROGRESS[to_status] <= PROGRESS[from_status] and not note.strip():
        raise ValidationError(
            _("Moving an application back to an earlier status needs a note saying why.")
        )
    if to_status == Status.DECLINED:
        reason = note.strip() or application.decline_reason.strip()
        if not reason:
            raise ValidationError(_("Give a reason for declining the application."))
        application.decline_reason = reason
        note = reason
    if to_status == Status.APPROVED:
        create_city(application)
    application.status = to_status
    if to_status in (Status.APPROVED, Status.DECLINED):
        application.decided_at = timezone.now()
    application.save()
    if application.city_id:
        # The city's journey shows an approval: cached pages must not keep an old decision.
        bump_content_version()
    ApplicationEvent.objects.create(
        application=application, from_status=from_status, to_status=to_status, user=user, note=note
    )
    if application.is_decided:
        # A changed decision (declined after all…) is e-mailed again.
        application.decision_notified_at = None
        application.save(update_fields=["decision_notified_at"])
        queue_notifications(application)
    return application


def approve(application, user=None, note=""):
    return change_status(application, Status.APPROVED, user, note)


def decline(application, user=None, reason=""):
    return change_status(application, Status.DECLINED, user, reason)


def create_city(application):
    """The member city as a draft in the directory, once per application."""
    if application.city_id:
        return application.city
    country = _country_for(application.country.code)
    name = application.authority_name
    # The name as the applicant wrote it goes into its own language only; the other stays
    # empty, so the translation check flags the city until an editor translates it.
    language = "ar" if ARABIC_LETTER.search(name) else "en"
    city = City.objects.create(
        **{f"name_{language}": name},
        # An Arabic name is written in Latin letters; the reference if nothing else gives one.
        slug=unique_slug(City, name, application.reference),
        kind=application.kind,
        country=country,
        hub=application.hub or country.hub,
        population=application.population,
        membership_status=City.MembershipStatus.MEMBER,
        joined_on=timezone.localdate(),  # approved today: the day is known
        joined_precision=DatePrecision.DAY,
        status=City.Status.DRAFT,
    )
    application.city = city
    return city


def _country_for(code):
    country = Country.objects.filter(iso_code=code).first()
    if country:
        return country
    names = {}
    for language in ("ar", "en"):
        with translation.override(language):
            names[f"name_{language}"] = str(countries.name(code)) or code
    return Country.objects.create(iso_code=code, **names)


# Retention -----------------------------------------------------------------------------------


def declined_before(months):
    cutoff = timezone.now() - datetime.timedelta(days=round(months * 30.44))
    return MembershipApplication.objects.filter(
        status=Status.DECLINED, decided_at__lt=cutoff, personal_data_erased_at__isnull=True
    )


def erase_personal_data(queryset):
    """Blank the personal fields; reference, status, country, kind and dates stay."""
    pks = list(queryset.values_list("pk", flat=True))
    erased = dict.fromkeys(MembershipApplication.PERSONAL_FIELDS, "")
    MembershipApplication.objects.filter(pk__in=pks).update(
        **erased, personal_data_erased_at=timezone.now()
    )
    return len(pks)
