from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from applications.admin_views import ApplicationViewSet
from applications.dashboard import NewApplicationsPanel, may_see_applications


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("register_log_actions")
def register_application_log_actions(actions):
    actions.register_action("applications.accept_application", _("Accept application"), _("Application accepted"))
    actions.register_action("applications.decline_application", _("Decline application"), _("Application declined"))


@hooks.register("construct_main_menu")
def hide_per_page_form_submissions(request, menu_items):
    # Wagtail's "Forms" menu lists submissions page by page, so each language version
    # of a form has its own list. Applications has them all in one inbox instead.
    menu_items[:] = [item for item in menu_items if item.name != "forms"]


@hooks.register("construct_homepage_panels")
def add_new_applications_panel(request, panels):
    if may_see_applications(request.user):
        panels.append(NewApplicationsPanel(request.user))
