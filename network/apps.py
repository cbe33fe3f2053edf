from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network")

    def ready(self):
        from django.conf import settings
        from PIL import Image

        # Pillow refuses to open anything beyond twice this (a decompression bomb).
        Image.MAX_IMAGE_PIXELS = settings.IMAGE_MAX_PIXELS

        from infra.pagecache import connect_signals
        from network import checks  # noqa: F401 - registers the deploy checks

        connect_signals()
