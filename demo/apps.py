from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: `manage.py load_demo_content` builds it, with generated pictures and PDFs."""

    name = "demo"
    verbose_name = "Demo content"
