"""The admin dashboard's panel of new applications, for the staff who review them."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from applications.models import ApplicationStatus, ApplicationSubmission

VIEW_PERMISSION = "applications.view_applicationsubmission"
REVIEW_PERMISSION = "applications.change_applicationsubmission"


def may_see_applications(user):
    return user.has_perm(VIEW_PERMISSION) or user.has_perm(REVIEW_PERMISSION)


class NewApplicationsPanel(Component):
    """How many applications wait for review, the newest of them and the way to the inbox.

    Two queries whatever the number of applications: the count and the newest few.
    """

    name = "new_applications"
    template_name = "applications/admin/new_applications_panel.html"
    # Above Wagtail's own panels (moderation, recent edits, locked pages): a new
    # application is the Taskforce's first task of the day.
    order = 50
    newest_shown = 5

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        waiting = ApplicationSubmission.objects.filter(status=ApplicationStatus.NEW)
        count = waiting.count()
        newest = list(waiting.order_by("-submit_time", "-pk")[: self.newest_shown]) if count else []
        # Reviewers open the review page; staff who may only read open the details.
        view_name = "applications:edit" if self.user.has_perm(REVIEW_PERMISSION) else "applications:inspect"
        return {
            "count": count,
            "applications": [(submission, reverse(view_name, args=[submission.pk])) for submission in newest],
            "inbox_url": reverse("applications:index") + f"?status={ApplicationStatus.NEW}",
        }
