"""Words of the site kept in the site-wide catalog (alliance/locale)."""

from django.utils.translation import gettext_noop

# The site's name: the demo content fills each language's site texts from its
# translations, and a language without a name of its own reads it from the catalog
# (see core.site_name). The 500 page, which never reads the database, writes it too.
SITE_NAME_MSGID = gettext_noop("European Alliance of Cities and Regions for Roma Inclusion")
