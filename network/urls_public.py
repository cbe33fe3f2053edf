"""Public pages, mounted once per language by the root URLconf."""

from django.urls import include, path

from library import views as resources
from network import numbers, views
from pages import views as pages
from pages.models import Page
from reports import views as reports
from search.views import SiteSearchView

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("search/", SiteSearchView.as_view(), name="search"),
    path("numbers/", numbers.NumbersView.as_view(), name="numbers"),
    path("", include("hubs.urls")),
    path("", include("cities.urls")),
    path("", include("spotlights.urls")),
    path("", include("testimonials.urls")),
    path("", include("api.docs_urls")),
    path("", include("follow.urls")),
    path("resources/", resources.ResourceListView.as_view(), name="resources"),
    path("resources/<slug:slug>/file/", resources.resource_file, name="resource_file"),
    path("about/", pages.PageView.as_view(slug=Page.Slug.ABOUT), name="page_about"),
    path("privacy/", pages.PageView.as_view(slug=Page.Slug.PRIVACY), name="page_privacy"),
    path(
        "accessibility/",
        pages.PageView.as_view(slug=Page.Slug.ACCESSIBILITY),
        name="page_accessibility",
    ),
    path("contact/", pages.ContactView.as_view(), name="page_contact"),
    path("contact/thanks/", pages.ContactThanksView.as_view(), name="contact_thanks"),
    path("report-translation/", reports.ReportTranslationView.as_view(), name="report_translation"),
    path(
        "report-translation/thanks/",
        reports.ReportTranslationThanksView.as_view(),
        name="report_translation_thanks",
    ),
]
