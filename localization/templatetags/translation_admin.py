from django import template
from django.urls import reverse
from wagtail.models import Page, WorkflowMixin, WorkflowState

from localization.operations import pending_string_count
from localization.permissions import user_can_edit_translated_object, user_can_publish_translated_object

register = template.Library()


def workflow_action_url(instance, action, task_state):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:workflow_action", args=[instance.pk, action, task_state.pk])
    name = type(instance).snippet_viewset.get_url_name("workflow_action")
    return reverse(name, args=[instance.pk, action, task_state.pk])


@register.inclusion_tag("localization/approval_panel.html", takes_context=True)
def translation_approval_panel(context, translation, instance):
    """The approval box under wagtail-localize's translation editor.

    wagtail-localize's editor offers publishing only. Here people who may not publish
    submit the translation to their language's approval workflow, and the approvers of
    that language approve it or ask for changes.
    """
    request = context["request"]
    user = request.user
    shown = isinstance(instance, WorkflowMixin) and user_can_edit_translated_object(user, instance)
    if not shown:
        return {"shown": False}
    workflow = instance.get_workflow()
    state = instance.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    actions = []
    if task_state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        seen = set()
        for name, label, _needs_form in task_state.task.specific.get_actions(instance, user):
            if name not in seen:
                seen.add(name)
                actions.append({"name": name, "label": label, "url": workflow_action_url(instance, name, task_state)})
    return {
        "shown": True,
        "request": request,
        "translation": translation,
        "workflow": workflow,
        "state": state,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "task": task_state.task if task_state is not None else None,
        "actions": actions,
        "can_publish": user_can_publish_translated_object(user, instance),
        "pending_strings": pending_string_count(translation),
        "csrf_token": context.get("csrf_token"),
    }
