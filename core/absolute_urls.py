"""Absolute addresses on the host and port the visitor used.

Wagtail writes a page's full address from its `Site` record (host name and port), which
is right for a site with one public address but wrong on a developer's machine that runs
on another port, behind a second host name, or before the Site record was updated. Where
there is a request for the page's own site, the address is built from the request
(`request.build_absolute_uri`: the scheme, and the host that `ALLOWED_HOSTS` accepted);
without a request (a background task, a management command) it falls back on the Site.
"""

from django.http import HttpRequest


def _request_site_id(request):
    from wagtail.models import Site

    site = Site.find_for_request(request)  # cached on the request by Wagtail
    return site.pk if site is not None else None


def absolute_url(request, url):
    """`url` (a path such as "/fr/" or already absolute) as an absolute address."""
    if url is None:
        return None
    if isinstance(request, HttpRequest):
        return request.build_absolute_uri(url)  # an absolute `url` comes back unchanged
    if url.startswith("/"):
        from wagtail.models import Site

        site = Site.objects.filter(is_default_site=True).first()
        if site is not None:
            return site.root_url + url
    return url


def page_full_url(page, request=None):
    """The full address of any page (plain `Page` or specific), or None if it is not routable."""
    parts = page.get_url_parts(request=request)
    if parts is None or (parts[1] is None and parts[2] is None):
        return None
    site_id, root_url, page_path = parts
    if isinstance(request, HttpRequest) and site_id == _request_site_id(request):
        return request.build_absolute_uri(page_path)
    return root_url + page_path
