"""An image saved through the admin in a real browser (issue 19), in both languages: without
its text alternative the form says so beside the field and asks for the file again; with it
the image is saved and the public page shows it with each language's alternative text."""

from io import BytesIO

import pytest

from tests.browser.staff import field, log_in, make_user

ALT = {"ar": "ساحة المدينة عند الغروب", "en": "The town square at sunset"}
MISSING_ALT = {"ar": "صِف الصورة لمن لا يستطيع رؤيتها", "en": "Describe the image"}
CHOOSE_AGAIN = {"ar": "يُرجى اختياره مرة أخرى", "en": "Please choose it again"}


@pytest.fixture(scope="module")
def editor(seeded_server, django_db_blocker):
    """A network editor and a seeded spotlight without an image, committed for the server."""
    from spotlights.models import Spotlight
    from staff.roles import NETWORK_EDITORS

    with django_db_blocker.unblock():
        make_user("image-editor", NETWORK_EDITORS, first_name="Lina")
        spotlight = Spotlight.objects.order_by("pk").first()
        Spotlight.objects.filter(pk=spotlight.pk).update(
            hero_image="", hero_alt_ar="", hero_alt_en=""
        )
        return {"pk": spotlight.pk, "slug": spotlight.slug}


def png_file():
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (1600, 900), "teal").save(buffer, "PNG")
    return {"name": "square.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def save(page):
    page.locator("input[name=_continue]").first.click()
    page.wait_for_load_state()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_an_image_is_saved_only_with_its_text_alternative(new_page, editor, lang):
    page = new_page()
    log_in(page, lang, "image-editor")
    page.goto(f"/{lang}/admin/spotlights/spotlight/{editor['pk']}/change/")

    # Without the text alternative: the same form, the message beside the fields, the file
    # asked for again, nothing saved.
    field(page, "#id_hero_alt_ar").fill("")
    field(page, "#id_hero_alt_en").fill("")
    page.locator("#id_hero_image").set_input_files(png_file())
    save(page)
    assert "/change/" in page.url
    assert page.locator(".errornote").count() == 1
    alt_errors = page.locator(".errorlist", has_text=MISSING_ALT[lang])
    assert alt_errors.count() >= 1
    image_row = page.locator(".field-hero_image")
    assert CHOOSE_AGAIN[lang] in image_row.inner_text()

    # With it: saved, and the public page shows the image with each language's text.
    page.locator("#id_hero_image").set_input_files(png_file())
    field(page, "#id_hero_alt_ar").fill(ALT["ar"])
    field(page, "#id_hero_alt_en").fill(ALT["en"])
    save(page)
    assert page.locator(".messagelist .success").count() == 1
    assert page.locator(".errornote").count() == 0
    assert page.console_log.csp_violations == []

    for language in ("ar", "en"):
        public = new_page()
        public.goto(f"/{language}/spotlights/{editor['slug']}/")
        image = public.locator("figure.card__media img").first
        assert image.get_attribute("alt") == ALT[language]
        assert "/renditions/" in (image.get_attribute("srcset") or "")
        public.close()
