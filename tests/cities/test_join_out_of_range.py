"""Numbers beyond any database column posted to the join form: a 400 with the form, never a 500
(SQLite cannot even bind an integer above 2**63 - 1)."""

import pytest

from cities.models import MembershipApplication
from tests import factories
from tests.cities.membership_helpers import valid_data

pytestmark = pytest.mark.django_db

HUGE = [str(2**63), str(2**70), str(-(2**63) - 1), "9" * 40]


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("field", ["topics", "hub", "population"])
def test_out_of_range_numbers_are_refused_with_400(client, field, value):
    factories.TopicFactory()
    response = client.post("/en/join/", valid_data(**{field: value}))
    assert response.status_code in {303, 400}, response.status_code
    if response.status_code == 400:
        assert 'class="error-summary"' in response.content.decode()
    else:
        # An optional field that is ignored rather than refused must not store the number.
        application = MembershipApplication.objects.get()
        assert str(getattr(application, f"{field}_id", None) or "") != value
