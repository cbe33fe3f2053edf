from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpotlightsConfig(AppConfig):
    name = "spotlights"
    verbose_name = _("Spotlights")
