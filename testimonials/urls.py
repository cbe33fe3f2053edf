from django.urls import path

from testimonials import views

app_name = "testimonials"
urlpatterns = [
    path("testimonials/", views.TestimonialListView.as_view(), name="list"),
]
