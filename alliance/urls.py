from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from alliance import health, views
from core import urls as page_urls
from core.sitemaps import MultilingualSitemap

# Language-neutral addresses: the admin, documents, the sitemap, robots.txt and health.
urlpatterns = [
    path("healthz/", health.healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language: /en/…, /fr/…. A request for "/" is sent to
# the visitor's best language (Accept-Language, then English) by LocaleMiddleware.
# Pages are served by core.serving: Wagtail's serve view in a fixed number of queries.
urlpatterns += i18n_patterns(
    path("", include(page_urls)),
    prefix_default_language=True,
)

handler404 = "alliance.views.page_not_found"
handler500 = "alliance.views.server_error"
