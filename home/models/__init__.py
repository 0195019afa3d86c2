from .images import SiteImage, SiteRendition
from .mixins import BasePage, LatestItem, LatestItemMixin
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings
from .snippets import FooterText

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "LatestItem",
    "LatestItemMixin",
    "SiteImage",
    "SiteRendition",
    "SiteSettings",
    "StandardPage",
]
