"""Resized copies ("renditions") of uploaded images for ``srcset``.

Each rendition is written once to ``MEDIA_ROOT/renditions/<original name>-<width>.webp`` and
reused afterwards; what was made (URLs and sizes) is remembered in the cache so a page view
does not even open the original. An unreadable or corrupt upload yields no renditions.
"""

import hashlib
import logging
from io import BytesIO
from pathlib import PurePosixPath

from django.core.cache import cache
from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

DEFAULT_WIDTHS = (480, 960, 1440)
WEBP_QUALITY = 80
CACHE_SECONDS = 60 * 60 * 24 * 30


def rendition_name(name, width):
    path = PurePosixPath(name)
    return str(PurePosixPath("renditions") / path.parent / f"{path.stem}-{width}.webp")


def _cache_key(name, widths):
    digest = hashlib.sha256(f"{name}|{','.join(map(str, widths))}".encode()).hexdigest()
    return f"renditions:{digest}"


def renditions(field_file, widths=DEFAULT_WIDTHS):
    """``{"width", "height", "sources": [(url, width), …]}`` for an image, or None if unusable."""
    if not field_file:
        return None
    widths = tuple(sorted({int(width) for width in widths if int(width) > 0}))
    key = _cache_key(field_file.name, widths)
    found = cache.get(key)
    if found is None:
        found = _make(field_file, widths) or {}
        cache.set(key, found, CACHE_SECONDS)
    return found or None


def _make(field_file, widths):
    storage = field_file.storage
    try:
        with storage.open(field_file.name, "rb") as handle:
            original = Image.open(handle)
            original.load()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        logger.warning("Cannot read image %s; no renditions made.", field_file.name)
        return None
    original = ImageOps.exif_transpose(original)
    width, height = original.size
    # Never enlarge: widths beyond the original collapse into the original's own width.
    targets = sorted({min(target, width) for target in widths}) or [width]
    sources = []
    for target in targets:
        name = rendition_name(field_file.name, target)
        if not storage.exists(name):
            resized = original.copy()
            resized.thumbnail((target, round(height * target / width)), Image.Resampling.LANCZOS)
            if resized.mode not in ("RGB", "RGBA"):
                resized = resized.convert("RGBA" if "A" in resized.getbands() else "RGB")
            buffer = BytesIO()
            resized.save(buffer, "WEBP", quality=WEBP_QUALITY)
            storage.save(name, ContentFile(buffer.getvalue()))
        sources.append((storage.url(name), target))
    return {"width": width, "height": height, "sources": sources}
