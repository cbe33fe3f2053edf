from django.urls import path

from hubs import feeds, views

app_name = "hubs"
urlpatterns = [
    path("hubs/", views.HubListView.as_view(), name="list"),
    path("hubs/<slug:slug>/", views.HubDetailView.as_view(), name="detail"),
    path("hubs/<slug:slug>/calendar.ics", feeds.hub_events, name="hub_calendar"),
    path("events/", views.EventListView.as_view(), name="event_list"),
    path("events/calendar.ics", feeds.all_events, name="calendar"),
    path("events/<slug:slug>/", views.EventDetailView.as_view(), name="event_detail"),
    path("events/<slug:slug>/report/", views.event_report, name="event_report"),
]
