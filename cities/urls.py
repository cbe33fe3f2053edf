from django.urls import path

from cities import views
from cities.membership import views as membership_views

app_name = "cities"
urlpatterns = [
    path("cities/", views.CityListView.as_view(), name="list"),
    path("cities/csv/", views.CityCSVView.as_view(), name="list_csv"),
    path("councils/", views.CouncilComparisonView.as_view(), name="councils"),
    path("councils/csv/", views.CouncilComparisonCSVView.as_view(), name="councils_csv"),
    path("cities/<slug:slug>/", views.CityDetailView.as_view(), name="detail"),
    path("join/", membership_views.JoinView.as_view(), name="join"),
    path("join/received/", membership_views.JoinReceivedView.as_view(), name="join_received"),
    path(
        "join/thanks/<slug:token>/",
        membership_views.JoinThanksView.as_view(),
        name="join_thanks",
    ),
]
