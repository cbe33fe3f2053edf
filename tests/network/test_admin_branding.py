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
