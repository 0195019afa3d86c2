from .images import SiteImage, SiteRendition
from .mixins import BasePage, LatestItem, LatestItemMixin
from .pages import HomePage, StandardPage
from .publications import PublicationPage
from .site_settings import SiteSettings
from .snippets import FooterText
from .translation import SourceContentPage

__all__ = [
    "BasePage",
    "FooterText",
    "HomePage",
    "LatestItem",
    "LatestItemMixin",
    "PublicationPage",
    "SiteImage",
    "SiteRendition",
    "SiteSettings",
    "SourceContentPage",
    "StandardPage",
]
