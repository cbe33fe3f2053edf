"""Public pages, mounted once per language by the root URLconf."""

from django.urls import include, path

from network import views

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("", include("hubs.urls")),
    path("", include("cities.urls")),
    path("", include("spotlights.urls")),
    path("", include("testimonials.urls")),
]
