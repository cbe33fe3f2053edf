from django.urls import path

from hubs import views

app_name = "hubs"
urlpatterns = [
    path("hubs/", views.HubListView.as_view(), name="list"),
    path("hubs/<slug:slug>/", views.HubDetailView.as_view(), name="detail"),
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event_detail"),
]
