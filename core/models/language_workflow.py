from wagtail.models import Page


class LanguageWorkflowMixin:
    """For translatable snippets with workflows: follow the workflow of the snippet's language.

    Wagtail assigns snippet workflows per model; this gives a French footer text the
    approval workflow of the French page tree (and so its approvers), like a French page.
    Without a workflow on that tree, the model's own workflow (if any) applies.
    """

    def get_workflow(self):
        if "_language_workflow" in self.__dict__:
            return self.__dict__["_language_workflow"]
        home = (
            Page.objects.filter(depth=2, locale_id=self.locale_id, workflowpage__workflow__active=True)
            .select_related("workflowpage__workflow")
            .order_by("path")
            .first()
        )
        workflow = home.workflowpage.workflow if home is not None else super().get_workflow()
        self.__dict__["_language_workflow"] = workflow
        return workflow
