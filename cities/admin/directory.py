"""Admin for countries, member cities and councils."""

from django.contrib import admin  # noqa: F401
