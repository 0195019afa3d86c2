"""Wagtail's front-end addresses, pages served by `core.serving`.

The same patterns and names as `wagtail.urls` (Wagtail writes page addresses by reversing
"wagtail_serve"), with Wagtail's password and login views.
"""

from django.urls import re_path
from wagtail.urls import serve_pattern
from wagtail.urls import urlpatterns as wagtail_urlpatterns

from core import serving

urlpatterns = [
    *(pattern for pattern in wagtail_urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"),
    re_path(serve_pattern, serving.serve, name="wagtail_serve"),
]
