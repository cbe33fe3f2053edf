"""Resized copies ("renditions") of uploaded images for ``srcset``.

Each rendition is written once, beside the uploads in the default storage (local disk or the
bucket), as ``renditions/<original name>-<width>.webp``, and reused afterwards, by every app
server; what was made (URLs and sizes) is remembered in the cache so a page view does not even
open the original. Everything goes through the storage API (open, exists, save, url), never a
local path. An unreadable or corrupt upload yields no renditions.
"""

import hashlib
import logging
import math
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
    # The storage's settings are part of the key: after a move (disk to bucket, a CDN domain)
    # no cached entry hands out URLs of the old place.
    from django.conf import settings

    where = f"{settings.STORAGES['default']!r}|{settings.MEDIA_URL}"
    digest = hashlib.sha256(f"{where}|{name}|{','.join(map(str, widths))}".encode()).hexdigest()
    return f"renditions:{digest}"


def _normalised(widths):
    return tuple(sorted({int(width) for width in widths if int(width) > 0}))


def renditions(field_file, widths=DEFAULT_WIDTHS):
    """``{"width", "height", "sources": [(url, width), …]}`` for an image, or None if unusable."""
    if not field_file:
        return None
    widths = _normalised(widths)
    key = _cache_key(field_file.name, widths)
    found = cache.get(key)
    if found is None:
        found = _make(field_file, widths, _read(field_file)) or {}
        cache.set(key, found, CACHE_SECONDS)
    return found or None


def _read(field_file):
    """The original, decoded and upright, or None if it cannot be read."""
    try:
        with field_file.storage.open(field_file.name, "rb") as handle:
            original = Image.open(handle)
            original.load()
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        logger.warning("Cannot read image %s; no renditions made.", field_file.name)
        return None
    return ImageOps.exif_transpose(original)


def _make(field_file, widths, original, stored=None):
    """Write the missing renditions of ``original``; ``stored`` names those known to exist."""
    if original is None:
        return None
    storage = field_file.storage
    stored = set() if stored is None else stored
    width, height = original.size
    # Never enlarge: widths beyond the original collapse into the original's own width.
    targets = sorted({min(target, width) for target in widths}) or [width]
    sources = []
    for target in targets:
        name = rendition_name(field_file.name, target)
        if name not in stored and not storage.exists(name):
            # A new image, shrunk by whole factors first (cheap) and finished with Lanczos:
            # no full-size copy of the original per width.
            size = (target, max(1, round(height * target / width)))
            resized = original.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
            if resized.mode not in ("RGB", "RGBA"):
                resized = resized.convert("RGBA" if "A" in resized.getbands() else "RGB")
            buffer = BytesIO()
            resized.save(buffer, "WEBP", quality=WEBP_QUALITY)
            storage.save(name, ContentFile(buffer.getvalue()))
        stored.add(name)
        sources.append((storage.url(name), target))
    return {"width": width, "height": height, "sources": sources}


# Widths made as soon as an image is saved: the page widths, the sharing card's and the
# admin thumbnail's, so no public view or admin list ever has to read the original.
ADMIN_THUMBNAIL_WIDTH = 160
SAVE_WIDTH_SETS = (DEFAULT_WIDTHS, (480, 960), (1200,), (ADMIN_THUMBNAIL_WIDTH,))
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def make_all_renditions(field_file):
    """Make (or find) every rendition a page or the admin asks for, at save time.

    The original is fetched and decoded once for all of them (from a bucket, that is one
    download, not one per set of widths), and each rendition is looked for once.
    """
    original = _read(field_file)
    stored = set()
    for widths in SAVE_WIDTH_SETS:
        widths = _normalised(widths)
        found = _make(field_file, widths, original, stored) or {}
        cache.set(_cache_key(field_file.name, widths), found, CACHE_SECONDS)


def thumbnail_url(field_file):
    """The admin thumbnail's URL (made at save time), or "" if the image is unusable."""
    found = renditions(field_file, (ADMIN_THUMBNAIL_WIDTH,))
    return found["sources"][0][0] if found else ""


def failed_images():
    """``[(object, field name)]`` of saved images that could not be read (for staff to fix).

    Reads the cached rendition results, so it is cheap once images have been processed.
    """
    from django.apps import apps

    failed = []
    for model in apps.get_models():
        fields = [f for f in model._meta.concrete_fields if isinstance(f, ImageFieldMarker)]
        for field in fields:
            for obj in model._default_manager.exclude(**{field.name: ""}):
                if renditions(getattr(obj, field.name), (ADMIN_THUMBNAIL_WIDTH,)) is None:
                    failed.append((obj, field.name))
    return failed


def image_fields(model):
    """``[(image field name, text-alternative field name or None)]`` of a model's checked images."""
    return [
        (field.name, getattr(field, "alt_field", None))
        for field in model._meta.concrete_fields
        if isinstance(field, ImageFieldMarker)
    ]


def failed_image_pks(queryset):
    """Primary keys of the objects in ``queryset`` with an image that could not be read.

    One query per image field, and one cache read for all of them; an image not yet in the
    cache is processed now (once), as a page view would.
    """
    pks = set()
    model = queryset.model
    widths = (ADMIN_THUMBNAIL_WIDTH,)
    for name, _alt in image_fields(model):
        field = model._meta.get_field(name)
        rows = list(
            queryset.exclude(**{f"{name}__isnull": True})
            .exclude(**{name: ""})
            .order_by()
            .values_list("pk", name)
        )
        cached = cache.get_many([_cache_key(file_name, widths) for _pk, file_name in rows])
        for pk, file_name in rows:
            found = cached.get(_cache_key(file_name, widths))
            if found is None:
                found = renditions(field.attr_class(None, field, file_name), widths) or {}
            if not found:
                pks.add(pk)
    return pks


def _bounded(image, max_side):
    """``image`` shrunk by a whole factor to at most ``max_side`` pixels on its longest side.

    The widest rendition is 1440 pixels, half the default bound, and a whole factor never
    takes an image below half the bound, so nothing a page shows is lost. Storing a
    6300-pixel-square PNG as it came made the save and every rendition work on 40 megapixels
    (3.0 s of CPU, peak 444 MB; now 1.1 s, 242 MB). A box reduction by a whole factor is fast
    and needs no second full-size buffer.
    """
    factor = math.ceil(max(image.size) / max_side)
    if factor <= 1:
        return image
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        # Palette indexes cannot be averaged; colours can.
        has_alpha = "A" in image.getbands() or "transparency" in image.info
        image = image.convert("RGBA" if has_alpha else "RGB")
    return image.reduce(factor)


class ImageFieldMarker:
    """Marks the portal's checked image fields (see kernel.fields.CheckedImageField)."""


MARKUP_EXTENSIONS = {"svg", "svgz", "html", "htm", "xhtml", "xml"}


def checked_upload(upload):
    """Decode ``upload`` fully within the byte and pixel bounds; return it without metadata.

    Raises ValidationError with a message for the editor. The copy returned is re-encoded
    in the same format, upright (EXIF orientation applied), without EXIF/GPS or comments, and
    at most ``IMAGE_MAX_SIDE`` pixels on its longest side.
    """
    import warnings

    from django.conf import settings
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.template.defaultfilters import filesizeformat
    from django.utils.translation import gettext as _

    from kernel.uploads import extension, looks_like_markup

    max_bytes = settings.IMAGE_UPLOAD_MAX_BYTES
    max_pixels = settings.IMAGE_MAX_PIXELS
    if upload.size > max_bytes:
        raise ValidationError(
            _("This image is %(size)s; images may be at most %(max)s.")
            % {"size": filesizeformat(upload.size), "max": filesizeformat(max_bytes)},
            code="image_too_large",
        )
    too_many_pixels = ValidationError(
        _("This image is too large in pixels; images may have at most %(megapixels)s megapixels.")
        % {"megapixels": max_pixels // 1_000_000},
        code="image_too_many_pixels",
    )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if looks_like_markup(head) or extension(upload.name or "") in MARKUP_EXTENSIONS:
        # SVG and HTML can carry scripts: refused as a kind, not mistaken for a broken image.
        raise ValidationError(
            _("Files of this kind cannot be uploaded as images. Allowed: JPEG, PNG and WebP."),
            code="image_kind",
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(upload)
        if image.width * image.height > max_pixels:
            raise too_many_pixels
        if image.format not in ACCEPTED_FORMATS:
            raise ValidationError(
                _("Please upload a JPEG, PNG or WebP image."), code="image_format"
            )
        image_format = image.format
        max_side = settings.IMAGE_MAX_SIDE
        if image_format == "JPEG" and max(image.size) > max_side:
            # Decode a JPEG at 1/2, 1/4 or 1/8 scale straight away, never smaller than needed.
            scale = max(image.size) / max_side
            image.draft(image.mode, (round(image.width / scale), round(image.height / scale)))
        image.load()  # the whole image, so a truncated file is caught now, not on a page
        icc_profile = image.info.get("icc_profile")
        image = _bounded(ImageOps.exif_transpose(image, in_place=True) or image, max_side)
    except Image.DecompressionBombError:
        raise too_many_pixels from None
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError):
        raise ValidationError(
            _("This image is damaged or incomplete and cannot be used. Please upload it again."),
            code="image_broken",
        ) from None
    buffer = BytesIO()
    options = {"icc_profile": icc_profile} if icc_profile else {}
    if image_format == "JPEG":
        if image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        options.update(quality=90, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=90)
    image.save(buffer, image_format, **options)
    stem = PurePosixPath(upload.name or "image").stem or "image"
    return SimpleUploadedFile(
        f"{stem}.{ACCEPTED_FORMATS[image_format]}",
        buffer.getvalue(),
        content_type=Image.MIME[image_format],
    )
