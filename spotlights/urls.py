from django.urls import path

from spotlights import views

app_name = "spotlights"
urlpatterns = [
    path("spotlights/", views.SpotlightListView.as_view(), name="list"),
    path("spotlights/<slug:slug>/", views.SpotlightDetailView.as_view(), name="detail"),
]
