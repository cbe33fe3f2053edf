"""The admin keeps Django's layout, reads right-to-left in Arabic and carries the portal's name."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("en", "ltr")])
def test_admin_login_direction_and_branding(client, lang, direction):
    html = client.get(f"/{lang}/admin/login/").content.decode()
    assert f'dir="{direction}"' in html
    assert 'id="site-name"' in html
    if lang == "en":
        assert "Strong Cities Network administration" in html


@pytest.mark.parametrize(
    ("path", "other"),
    [
        ("/en/admin/", '<a href="/ar/admin/" lang="ar" hreflang="ar" dir="rtl">العربيّة</a>'),
        ("/ar/admin/hubs/hub/", '<a href="/en/admin/hubs/hub/" lang="en" hreflang="en" dir="ltr">'),
    ],
)
def test_admin_header_switches_to_the_same_page_in_the_other_language(admin_client, path, other):
    html = admin_client.get(path).content.decode()
    assert other in html
