"""Building blocks for `manage.py load_demo_content`.

Each app that has demo content provides a `demo_content` module with an `ORDER` number
and a `load(builder)` function; the command runs them in order with one `DemoBuilder`.
Demo text is written for this project from the public record of the site.
"""

from .builder import DemoBuilder

__all__ = ["DemoBuilder"]
