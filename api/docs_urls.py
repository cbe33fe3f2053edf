"""The API's documentation page, under each language prefix (/ar/api/, /en/api/)."""

from django.urls import path

from api.docs import ApiDocsView

app_name = "api_docs"
urlpatterns = [path("api/", ApiDocsView.as_view(), name="index")]
