"""Site-wide views: language entry point, health check, robots, home, error pages."""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from datapages.charts import membership_from_rows
from datapages.figures import key_figures, members_per_year
from hubs.models import Event, Hub
from infra.pagecache import cached_fragment
from spotlights.models import Spotlight
from testimonials.models import Testimonial


@require_safe
def language_redirect(request):
    """Send a visitor at / to the home page in the language their browser prefers."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not (for load balancers).

    The probe opens a connection of its own: a query on a warm persistent connection to a
    server that has hung would wait for ever (nothing bounds waiting for an answer), while
    opening one gives up after ``DATABASE_CONNECT_TIMEOUT``.
    """
    probe = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with probe.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    finally:
        probe.close()
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /ar/admin/",
        "Disallow: /en/admin/",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class HomeView(TemplateView):
    """What the network is, its hubs, spotlights, events, a testimonial and key figures."""

    template_name = "network/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Everything here follows content (and the date, when events become past ones, which
        # also starts a new content version): kept under the content version.
        context.update(cached_fragment("home", home_content, translation.get_language()))
        return context


def home_content():
    hubs = cached_fragment("hub-cards", lambda: list(Hub.objects.published().for_cards()))
    events = Event.objects.published().for_listing()
    return {
        "hubs": hubs,
        "spotlights": list(Spotlight.objects.published().for_listing()[:3]),
        "upcoming_events": list(events.upcoming().timeline()[:3]),
        "recent_events": list(events.past()[:3]),
        "testimonial": Testimonial.objects.published().featured().for_listing().first(),
        # Aggregates over every city.
        "figures": cached_fragment("key-figures", key_figures),
        "chart": cached_fragment(
            "home-chart",
            lambda: membership_from_rows(members_per_year(), hubs),
            translation.get_language(),
        ),
    }


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request context: the database may be what failed.
    context = {
        "LANGUAGE_CODE": translation.get_language(),
        "errors_reported": settings.ERRORS_REPORTED,
    }
    return render(None, "500.html", context, status=500)
