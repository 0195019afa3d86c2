"""`{% cached_region "name" [variant] %}…{% endcached_region %}`: a part of a page kept
between renders (core.render_cache)."""

from django import template
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from core.render_cache import prepare_render, render_region, request_may_use_regions

register = template.Library()


class CachedRegionNode(template.Node):
    def __init__(self, nodelist, name, variant):
        self.nodelist = nodelist
        self.name = name
        self.variant = variant

    def render(self, context):
        request = context.get("request")
        if not request_may_use_regions(request, context.get("page")):
            prepare_render(context)
            return self.nodelist.render(context)
        variant = self.variant.resolve(context) if self.variant is not None else ""

        def render(watch_token):
            prepare_render(context)
            token = context.get("csrf_token")
            if token is None:
                return self.nodelist.render(context)

            def token_asked_for():
                watch_token()
                return token

            with context.push(csrf_token=SimpleLazyObject(token_asked_for)):
                return self.nodelist.render(context)

        return mark_safe(render_region(request, self.name.resolve(context), variant, render))


@register.tag
def cached_region(parser, token):
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and, optionally, a variant")
    nodelist = parser.parse(("endcached_region",))
    parser.delete_first_token()
    name = parser.compile_filter(bits[1])
    variant = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return CachedRegionNode(nodelist, name, variant)
