from django.urls import path

from follow import views

app_name = "follow"
urlpatterns = [
    path("follow/", views.SubscribeView.as_view(), name="subscribe"),
    path("follow/check-your-inbox/", views.CheckInboxView.as_view(), name="check_inbox"),
    path("follow/confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("follow/preferences/<str:token>/", views.PreferencesView.as_view(), name="preferences"),
    path("follow/unsubscribe/<str:token>/", views.UnsubscribeView.as_view(), name="unsubscribe"),
]
