"""Each city's peer cities, stored when content changes rather than scored on every page."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PeerList(models.Model):
    """That a city's peers were worked out (none may have been found), and when."""

    city = models.OneToOneField(
        "cities.City",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="peer_list",
        verbose_name=_("city"),
    )
    computed_at = models.DateTimeField(_("worked out"), auto_now=True)

    class Meta:
        ordering = ["computed_at"]
        verbose_name = _("peer city list")
        verbose_name_plural = _("peer city lists")

    def __str__(self):
        return str(self.city)


class PeerLink(models.Model):
    """One peer of a city, with what they share (``cities.peers.Match`` as data)."""

    owner = models.ForeignKey(
        PeerList, on_delete=models.CASCADE, related_name="links", verbose_name=_("list")
    )
    peer = models.ForeignKey(
        "cities.City", on_delete=models.CASCADE, related_name="+", verbose_name=_("peer city")
    )
    position = models.PositiveSmallIntegerField(_("position"))
    score = models.PositiveSmallIntegerField(_("score"))
    shared = models.JSONField(_("what they share"), default=dict)

    class Meta:
        ordering = ["owner", "position"]
        verbose_name = _("peer city")
        verbose_name_plural = _("peer cities")
        constraints = [
            models.UniqueConstraint(fields=["owner", "position"], name="peer_link_position")
        ]

    def __str__(self):
        return f"{self.owner} → {self.peer}"
