"""The API keeps the word of its OpenAPI description, as schema-driven clients read it.

schemathesis derives requests (valid and invalid) and their expected answers from the live
description and runs all its checks against the live API, the Django app over WSGI, holding the
seed content: statuses, bodies and headers as documented, valid requests accepted, invalid ones
refused. Derandomized (a fixed seed) with a bounded number of examples per operation, so a
failure reproduces and the run stays short.
"""

import pytest
import schemathesis
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from rest_framework.throttling import AnonRateThrottle

EXAMPLES_PER_OPERATION = 20


@pytest.fixture
def live_api(db, settings, monkeypatch):
    """The description as served, bound to the app, with the seed content and no page cache
    or rate limit in the way (the 429 is documented, but every answer would be one)."""
    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "1000000/minute"})
    call_command("load_seed_content", verbosity=0)
    # Requests reach the app outside Django's test client, so the start and end of each one
    # would close the test's database connection, transaction and all (the client avoids it).
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


@pytest.fixture(autouse=True)
def node_id_for_schemathesis(request):
    """schemathesis 4.32 names each operation's subtest through ``Node._nodeid``, which
    pytest 9 no longer has: give it one."""
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid


schema = schemathesis.pytest.from_fixture("live_api")


@schema.parametrize()
@hypothesis_settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_keeps_to_the_description(case):
    # The WSGI client does not decompress; the API compresses for clients that ask.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
