"""The site-wide table: the record of content changes the page cache reads (infra.pagecache)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContentChange(models.Model):
    """One change of public content, as a row every process sees (infra.pagecache).

    The page cache's content version is read from these rows rather than from a cache, so
    that app processes without a shared cache, or after a cache outage, agree on it. Each
    transaction adds a row of its own (concurrent writers never wait on one another); old
    ones are pruned.
    """

    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    # When pages rendered after this change may go out of date without any write: the next
    # scheduled publication or midnight (upcoming events become past ones).
    stale_at = models.DateTimeField(_("stale at"), null=True)
    # A transaction records one row and counts its further changes here.
    revisions = models.PositiveIntegerField(_("revisions"), default=1)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("content change")
        verbose_name_plural = _("content changes")

    def __str__(self):
        return f"{self.changed_at:%Y-%m-%d %H:%M:%S}"
