"""Public pages, mounted once per language by the root URLconf."""

from django.urls import include, path

from network import reports, views
from network.search import SiteSearchView

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", SiteSearchView.as_view(), name="search"),
    path("", include("hubs.urls")),
    path("", include("cities.urls")),
    path("", include("spotlights.urls")),
    path("", include("testimonials.urls")),
    path("report-translation/", reports.ReportTranslationView.as_view(), name="report_translation"),
    path(
        "report-translation/thanks/",
        reports.ReportTranslationThanksView.as_view(),
        name="report_translation_thanks",
    ),
]
