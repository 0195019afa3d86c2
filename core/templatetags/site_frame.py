import base64

from django import template
from django.template.loader import render_to_string

from core.frame import get_site_frame

register = template.Library()


@register.simple_tag(takes_context=True)
def site_frame(context):
    """The frame (menu, language links, alternates, footer) of the page being shown."""
    return get_site_frame(context.get("request"), context.get("page"))


def encode_email(address):
    """Reverse and base64-encode an address; static/js/site.js undoes it."""
    return base64.b64encode(address[::-1].encode()).decode()


@register.simple_tag
def protected_email(address):
    """Show an e-mail address that people can read and use but harvesters can't collect.

    The HTML never holds the address: the "@" and the dots between domain labels are
    drawn by CSS, so a sighted reader and a screen reader get the whole address even
    without JavaScript, while the markup holds only separate words. With JavaScript,
    site.js turns it into a mailto: link from the encoded data attribute.
    """
    if not address or "@" not in address:
        return ""
    user, domain = address.rsplit("@", 1)
    return render_to_string(
        "components/protected_email.html",
        {"user": user, "domain_labels": domain.split("."), "encoded": encode_email(address)},
    )
