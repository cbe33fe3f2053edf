"""Admin for the cities app, one module per area."""

from cities.admin import (
    directory,  # noqa: F401
    membership,  # noqa: F401
)
