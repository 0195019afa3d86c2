from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Facts about the site that are the same in every language: links and contact.

    Words that differ by language (the footer text) are in the Footer text snippet.
    """

    facebook_url = models.URLField(_("Facebook page"), blank=True)
    twitter_url = models.URLField(_("X (Twitter) account"), blank=True)
    contact_email = models.EmailField(
        _("Taskforce e-mail address"),
        blank=True,
        help_text=_("Shown in the footer in a form that address harvesters cannot read."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("facebook_url"), FieldPanel("twitter_url")], heading=_("Social media")),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("site settings")
