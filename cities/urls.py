from django.urls import path

from cities import views

app_name = "cities"
urlpatterns = [
    path("cities/", views.CityListView.as_view(), name="list"),
    path("cities/<slug:slug>/", views.CityDetailView.as_view(), name="detail"),
    path("join/", views.JoinView.as_view(), name="join"),
]
