"""Uploaded images (issues 12, 13): decoded in full, bounded, stripped, renditions on save."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from kernel import images
from kernel.fields import CheckedImageFormField
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db


def jpeg_bytes(width=400, height=300, exif=True):
    image = Image.new("RGB", (width, height), "teal")
    buffer = BytesIO()
    options = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SpyCam"  # Make
        data[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS
        options["exif"] = data.tobytes()
    image.save(buffer, "JPEG", **options)
    return buffer.getvalue()


def upload(content, name="photo.jpg"):
    return SimpleUploadedFile(name, content, content_type="image/jpeg")


def clean(content, name="photo.jpg", language="en"):
    with translation.override(language):
        return CheckedImageFormField().clean(upload(content, name))


def huge_png(width, height):
    """A valid PNG header of ``width`` × ``height`` with a tiny compressed body (a "bomb")."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\x00" * width  # greyscale, one byte per pixel
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(50)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


def test_a_truncated_jpeg_is_refused_with_a_clear_message():
    content = jpeg_bytes()
    with pytest.raises(ValidationError) as error:
        clean(content[: len(content) // 2])
    assert "damaged or incomplete" in str(error.value)
    with pytest.raises(ValidationError) as error:
        clean(content[: len(content) // 2], language="ar")
    assert "تالفة أو غير مكتملة" in str(error.value)  # in the editor's language


def test_too_many_bytes_is_refused(settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    with pytest.raises(ValidationError) as error:
        clean(jpeg_bytes())
    assert "images may be at most" in str(error.value)


@pytest.mark.parametrize(("width", "height"), [(13_000, 13_000), (8000, 8000)])
def test_too_many_pixels_is_refused_before_decoding(width, height):
    content = huge_png(width, height)
    assert len(content) < 2_000_000
    with pytest.raises(ValidationError) as error:
        clean(content, "bomb.png")
    assert "megapixels" in str(error.value)


def test_pillow_decompression_bomb_limit_is_set(settings):
    assert Image.MAX_IMAGE_PIXELS == settings.IMAGE_MAX_PIXELS


def test_only_photo_formats_are_accepted():
    buffer = BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    with pytest.raises(ValidationError):
        clean(buffer.getvalue(), "a.gif")


def test_metadata_is_stripped():
    assert Image.open(BytesIO(jpeg_bytes())).getexif()  # the fixture really has EXIF
    cleaned = clean(jpeg_bytes())
    cleaned.seek(0)
    image = Image.open(cleaned)
    assert not image.getexif()
    assert image.size == (400, 300)


def test_renditions_are_made_when_the_image_is_saved(settings, tmp_path):
    city = CityFactory(image=upload(jpeg_bytes(2000, 1000)), image_alt="A street")
    storage = city.image.storage
    for width in (160, 480, 960, 1440, 1200):
        assert storage.exists(images.rendition_name(city.image.name, width)), width


def test_admin_thumbnail_uses_the_small_rendition():
    from staff.admin_base import image_preview

    city = CityFactory(image=upload(jpeg_bytes(2000, 1000)), image_alt="A street")
    html = image_preview(city.image)
    assert "-160.webp" in html and city.image.url not in html


def test_unreadable_saved_images_are_listed_for_staff():
    good = CityFactory(image=upload(jpeg_bytes()), image_alt="A street")
    bad = CityFactory(image_alt="Broken")
    bad.image.save("broken.jpg", SimpleUploadedFile("broken.jpg", b"not an image"), save=True)
    failed = images.failed_images()
    assert (bad, "image") in [(obj, name) for obj, name in failed]
    assert good not in [obj for obj, _name in failed]


def test_an_image_needs_a_text_alternative():
    city = CityFactory.build(image="cities/x.jpg", image_alt_ar="", image_alt_en="")
    with pytest.raises(ValidationError) as error:
        city.clean()
    # Named after the columns a bilingual form has, beside which the message is shown.
    assert set(error.value.message_dict) == {"image_alt_ar", "image_alt_en"}
    city.image_alt = "A street"
    city.clean()


def png_bytes(width, height, mode="RGB"):
    image = Image.new(mode, (width, height))
    if mode == "P":
        image.putpalette([0, 128, 128] * 256)
    buffer = BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


COLOURS = ((0, 0, 0), (0, 128, 128))  # a new RGB image, and "teal"


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (png_bytes(1300, 900), "wide.png"),
        (png_bytes(900, 1300, "P"), "palette.png"),
        (jpeg_bytes(1300, 900, exif=False), "wide.jpg"),
    ],
)
def test_large_images_are_stored_bounded_so_renditions_stay_cheap(settings, content, name):
    # Issue 19: a 6300 × 6300 PNG took 3 s of CPU and 370 MB to save; stored at most
    # IMAGE_MAX_SIDE pixels, every later rendition reads a small original.
    settings.IMAGE_MAX_SIDE = 500
    cleaned = clean(content, name)
    cleaned.seek(0)
    stored = Image.open(cleaned)
    assert max(stored.size) <= 500
    assert (
        abs(
            stored.width / stored.height
            - Image.open(BytesIO(content)).width / Image.open(BytesIO(content)).height
        )
        < 0.02
    )
    # At least half the bound (the widest rendition is half of it), colours kept.
    assert max(stored.size) >= 250
    pixel = stored.convert("RGB").getpixel((10, 10))
    assert (
        min(sum(abs(a - b) for a, b in zip(pixel, colour, strict=True)) for colour in COLOURS) < 12
    )


def test_images_within_the_bound_keep_their_size(settings):
    settings.IMAGE_MAX_SIDE = 500
    cleaned = clean(png_bytes(500, 300), "fits.png")
    cleaned.seek(0)
    assert Image.open(cleaned).size == (500, 300)


def test_a_big_jpeg_is_decoded_at_a_reduced_scale(settings, monkeypatch):
    settings.IMAGE_MAX_SIDE = 500
    drafts = []
    from PIL.JpegImagePlugin import JpegImageFile

    original_draft = JpegImageFile.draft

    def spy(self, mode, size):
        drafts.append(size)
        return original_draft(self, mode, size)

    monkeypatch.setattr(JpegImageFile, "draft", spy)
    cleaned = clean(jpeg_bytes(2400, 1200, exif=False), "big.jpg")
    cleaned.seek(0)
    assert drafts == [(500, 250)]
    assert max(Image.open(cleaned).size) <= 500


@pytest.mark.parametrize(
    ("content", "name"),
    [
        (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "logo.svg"),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', "logo.png"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", "page.html"),
        (b"  <html><script>alert(1)</script></html>", "photo.jpg"),
    ],
)
@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Files of this kind cannot be uploaded"), ("ar", "لا يمكن رفع")],
)
def test_svg_and_html_are_refused_as_a_kind_not_as_a_damaged_image(
    content, name, language, expected
):
    with pytest.raises(ValidationError) as error:
        clean(content, name, language=language)
    assert error.value.code == "image_kind"
    assert expected in str(error.value)
