"""WSGI entry point for production servers (gunicorn alliance.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "alliance.settings.production")

application = get_wsgi_application()

# The compiled catalogs are built, not kept in the repository: a server started without
# them would show English words on every page and not know Romani at all.
from core.i18n.catalogs import require_compiled_catalogs  # noqa: E402 (needs Django set up)

require_compiled_catalogs()
