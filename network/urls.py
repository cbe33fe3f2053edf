"""Root URLconf: every public page lives under /ar/ and /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from infra.pagecache import cache_response
from network import sitemaps, views
from network.admin import view_on_site
from network.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.language_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # An index of per-section sitemaps, each paginated; both kept under the content version.
    path(
        "sitemap.xml",
        cache_response(sitemaps.index),
        {"sitemaps": SITEMAPS, "section_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_response(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("api/", include("api.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("network.urls_public")),
    # Checked before the admin's own unchecked shortcut of the same path.
    path(
        "admin/r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="admin_view_on_site",
    ),
    path("admin/", admin.site.urls),
    prefix_default_language=True,
)

handler400 = "network.views.bad_request"
handler403 = "network.views.permission_denied"
handler404 = "network.views.page_not_found"
handler500 = "network.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
