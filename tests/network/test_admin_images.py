"""Images saved through the admin (issue 19): a missing text alternative is a message, not a 500."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image

from tests import factories
from tests.network.admin_helpers import NETWORK_EDITORS, change_form_data, make_staff

pytestmark = pytest.mark.django_db

# (factory, image field, text-alternative field) of every model with a checked image.
IMAGE_MODELS = [
    (factories.SpotlightFactory, "hero_image", "hero_alt"),
    (factories.CityFactory, "image", "image_alt"),
    (factories.HubFactory, "hero_image", "hero_image_alt"),
    (factories.PartnerFactory, "logo", "logo_alt"),
]


def png_upload(name="photo.png"):
    buffer = BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def change_url(obj, language):
    opts = obj._meta
    with translation.override(language):
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


@pytest.fixture
def editor_client(client):
    client.force_login(make_staff("network-editor", NETWORK_EDITORS))
    return client


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize(("factory", "image", "alt"), IMAGE_MODELS)
def test_an_image_without_its_text_alternative_is_refused_beside_the_field(
    editor_client, factory, image, alt, language
):
    obj = factory()
    url = change_url(obj, language)
    data = change_form_data(editor_client.get(url))
    data.update({f"{alt}_ar": "", f"{alt}_en": "", image: png_upload()})

    response = editor_client.post(url, data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert set(form.errors) & {f"{alt}_ar", f"{alt}_en"}, form.errors
    expected = {"ar": "صِف الصورة لمن لا يستطيع رؤيتها", "en": "Describe the image"}[language]
    assert expected in response.content.decode()
    # The upload is not silently dropped: the editor is asked to choose it again.
    assert image in form.errors
    obj.refresh_from_db()
    assert not getattr(obj, image)


@pytest.mark.parametrize(("factory", "image", "alt"), IMAGE_MODELS)
def test_an_image_with_a_text_alternative_in_one_language_is_saved(
    editor_client, factory, image, alt
):
    obj = factory()
    url = change_url(obj, "en")
    data = change_form_data(editor_client.get(url))
    data.update({f"{alt}_ar": "", f"{alt}_en": "The town square", image: png_upload()})

    response = editor_client.post(url, data)

    assert response.status_code == 302
    obj.refresh_from_db()
    assert getattr(obj, image) and getattr(obj, f"{alt}_en") == "The town square"
