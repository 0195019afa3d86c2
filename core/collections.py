"""The root collection of Wagtail's picture and document libraries."""

from wagtail.models import Collection


def root_collection():
    """The root collection, made when missing: Wagtail's migrations make it, but a database
    flushed between tests (live-server tests flush it) has none until it is made again."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")
