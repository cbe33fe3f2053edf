"""Responsive images: renditions made once with Pillow, srcset/sizes/width/height, no 500s."""

import re
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.template import Context, Template
from PIL import Image

from kernel import images
from tests.factories import CityFactory, SpotlightFactory

pytestmark = pytest.mark.django_db


def jpeg(width=2000, height=1000):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name="photo.jpg")


def render(image, **options):
    arguments = " ".join(f'{key}="{value}"' for key, value in options.items())
    template = Template(f"{{% load images %}}{{% responsive_image image 'A street' {arguments} %}}")
    return template.render(Context({"image": image}))


def test_img_has_srcset_sizes_dimensions_and_lazy_loading(settings):
    city = CityFactory(image=jpeg())
    html = render(city.image, sizes="50vw", widths="480 960 1440")
    assert html.startswith("<img ")
    srcset = re.search(r'srcset="([^"]*)"', html).group(1)
    assert [entry.split()[1] for entry in srcset.split(", ")] == ["480w", "960w", "1440w"]
    assert all(
        ".webp" in entry and "/media/renditions/cities/" in entry for entry in srcset.split(", ")
    )
    assert 'sizes="50vw"' in html
    assert 'width="1440" height="720"' in html
    assert 'alt="A street"' in html and 'loading="lazy"' in html and 'decoding="async"' in html
    for width in (480, 960, 1440):
        name = images.rendition_name(city.image.name, width)
        stored = settings.MEDIA_ROOT / name
        assert stored.exists()
        assert Image.open(stored).size == (width, width // 2)


def test_hero_is_eager_with_high_priority():
    spotlight = SpotlightFactory(hero_image=jpeg())
    html = render(spotlight.hero_image, loading="eager", fetchpriority="high")
    assert 'loading="eager"' in html and 'fetchpriority="high"' in html


def test_small_originals_are_not_enlarged():
    city = CityFactory(image=jpeg(600, 400))
    html = render(city.image, widths="480 960 1440")
    srcset = re.search(r'srcset="([^"]*)"', html).group(1)
    assert [entry.split()[1] for entry in srcset.split(", ")] == ["480w", "600w"]
    assert 'width="600" height="400"' in html


def test_renditions_are_made_once(monkeypatch):
    city = CityFactory(image=jpeg())
    render(city.image)
    calls = []
    monkeypatch.setattr(images, "_make", lambda *args: calls.append(args))
    render(city.image)
    assert calls == []


def test_existing_files_are_reused_after_the_cache_is_cleared(monkeypatch, settings):
    from django.core.cache import cache

    city = CityFactory(image=jpeg())
    render(city.image)
    cache.clear()
    saved = []
    original_save = city.image.storage.save
    monkeypatch.setattr(
        city.image.storage, "save", lambda *a, **k: saved.append(a) or original_save(*a, **k)
    )
    assert "srcset" in render(city.image)
    assert saved == []


def test_corrupt_upload_renders_no_image_and_no_error(client):
    city = CityFactory(slug="broken", image=ContentFile(b"not an image", name="broken.jpg"))
    assert render(city.image) == ""
    response = client.get("/en/cities/broken/")
    assert response.status_code == 200


def test_missing_file_renders_nothing():
    city = CityFactory(image="cities/gone.jpg")
    assert render(city.image) == ""


def test_pages_use_responsive_images(client, settings):
    settings.SITE_URL = "https://cities.example.org"
    spotlight = SpotlightFactory(
        slug="with-hero",
        hero_image=jpeg(),
        hero_alt_en="The town square",
        hero_caption_en="Elbasan, 2023",
    )
    html = client.get("/en/spotlights/with-hero/").content.decode()
    figure = re.search(r"<figure.*?</figure>", html, re.S).group(0)
    assert 'fetchpriority="high"' in figure and 'alt="The town square"' in figure
    assert "<figcaption>Elbasan, 2023</figcaption>" in figure
    assert '<meta property="og:image" content="https://cities.example.org/media/renditions/' in html
    listing = client.get("/en/spotlights/").content.decode()
    assert 'loading="lazy"' in listing and "srcset=" in listing
    assert spotlight.hero_image.name
