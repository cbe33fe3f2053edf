from django.urls import path

from spotlights import feeds, views

app_name = "spotlights"
urlpatterns = [
    path("spotlights/", views.SpotlightListView.as_view(), name="list"),
    # Before the detail route, which would otherwise read "feed" as a slug.
    path("spotlights/feed/", feeds.LatestSpotlightsFeed(), name="feed"),
    path("spotlights/<slug:slug>/", views.SpotlightDetailView.as_view(), name="detail"),
]
