"""/api/: the versioned open-data API and its OpenAPI schema (not language-prefixed)."""

from django.urls import include, path, re_path
from rest_framework.routers import SimpleRouter

from api import views

app_name = "api"

router = SimpleRouter()
router.register("hubs", views.HubViewSet, basename="hubs")
router.register("countries", views.CountryViewSet, basename="countries")
router.register("cities", views.CityViewSet, basename="cities")
router.register("events", views.EventViewSet, basename="events")
router.register("spotlights", views.SpotlightViewSet, basename="spotlights")
router.register("testimonials", views.TestimonialViewSet, basename="testimonials")
router.register("resources", views.ResourceViewSet, basename="resources")

urlpatterns = [
    path("v1/", views.root, name="root"),
    path("v1/schema/", views.SchemaView.as_view(), name="schema"),
    path("v1/", include(router.urls)),
    # Any other path, line breaks included (a plain ".*" stops at "\n").
    re_path(r"^[\s\S]*$", views.NotFoundView.as_view(), name="not_found"),
]
