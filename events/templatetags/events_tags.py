from django import template

from events.structured_data import event_json_ld as build_event_json_ld

register = template.Library()

# The picture in structured data: a JPEG wide enough for search engines' previews.
STRUCTURED_DATA_PICTURE = "width-1200|format-jpeg"


@register.simple_tag(takes_context=True)
def event_json_ld(context, event):
    """The schema.org Event of an event page, as JSON-LD (already escaped for <script>)."""
    image_url = None
    if event.picture is not None:
        image_url = event.picture.get_rendition(STRUCTURED_DATA_PICTURE).url
    return build_event_json_ld(event, context["request"], image_url)
