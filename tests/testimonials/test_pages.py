import pytest

from tests.factories import CityFactory, HubFactory, TestimonialFactory
from tests.hubs.test_pages import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def testimonials():
    balkans, mena = HubFactory(slug="western-balkans"), HubFactory(slug="mena")
    elbasan = CityFactory(hub=balkans, name_en="Elbasan")
    irbid = CityFactory(hub=mena, name_en="Irbid")
    return {
        "elbasan": TestimonialFactory(city=elbasan, person_en="Gledian Llatja", role_en="Mayor"),
        "irbid": TestimonialFactory(city=irbid, person_en="Irbid mayor"),
        "draft": TestimonialFactory(city=irbid, person_en="Draft person", status="draft"),
    }


@pytest.mark.parametrize("language", ["ar", "en"])
def test_lists_published_testimonials_with_person_role_and_city_link(
    client, testimonials, language
):
    response = client.get(url("testimonials:list", language))
    assert response.status_code == 200
    html = response.content.decode()
    elbasan = testimonials["elbasan"]
    assert str(elbasan.person) in html
    assert str(elbasan.role) in html
    assert f'href="{elbasan.city.get_absolute_url()}"' in html
    assert f'id="testimonial-{elbasan.pk}"' in html
    assert "Draft person" not in html
    assert html.count("<h1") == 1
    assert not response.cookies


def test_filter_by_hub(client, testimonials):
    response = client.get(url("testimonials:list", "en"), {"hub": "mena"})
    assert response.status_code == 200
    assert [t.person_en for t in response.context["object_list"]] == ["Irbid mayor"]


def test_unknown_hub_is_a_400_with_a_message(client, testimonials):
    response = client.get(url("testimonials:list", "en"), {"hub": "atlantis"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_hub_without_testimonials_shows_an_empty_state(client, testimonials):
    HubFactory(slug="empty")
    response = client.get(url("testimonials:list", "en"), {"hub": "empty"})
    html = response.content.decode()
    assert "No testimonials match these filters." in html
    assert "Clear the filters" in html


def test_bad_page_is_404(client, testimonials):
    assert client.get(url("testimonials:list", "en"), {"page": "x"}).status_code == 404


@pytest.mark.parametrize("page", ["testimonials:list", "home"])
def test_attribution_has_no_stray_punctuation(client, testimonials, page):
    """Person and role sit on their own lines: no comma left alone between them."""
    import re

    elbasan = testimonials["elbasan"]
    type(elbasan).objects.filter(pk=elbasan.pk).update(featured=True)  # the home page's quote
    html = client.get(url(page, "en")).content.decode()
    captions = re.findall(r'<figure class="quote".*?<figcaption>(.*?)</figcaption>', html, re.S)
    assert captions
    for caption in captions:
        between = re.search(r'class="quote__person">.*?</span>(.*?)<span', caption, re.S)
        assert between.group(1).strip() == "", caption
        role = re.search(r'<span class="quote__role">(.*?)</span>', caption, re.S).group(1)
        assert re.fullmatch(r'[^,<]+, <a href="[^"]+">[^<]+</a>', role), role
