from django import template
from wagtail.models import WorkflowMixin, WorkflowState

from home.translation.operations import pending_string_count
from home.translation.permissions import user_can_edit_translated_object, user_can_publish_translated_object

register = template.Library()


@register.inclusion_tag("translation/approval_panel.html", takes_context=True)
def translation_approval_panel(context, translation, instance):
    """The "Submit for approval" box under wagtail-localize's translation editor.

    wagtail-localize's editor offers publishing only; people who may not publish submit
    the translation to their language's approval workflow here.
    """
    request = context["request"]
    user = request.user
    shown = isinstance(instance, WorkflowMixin) and user_can_edit_translated_object(user, instance)
    if not shown:
        return {"shown": False}
    workflow = instance.get_workflow()
    state = instance.current_workflow_state
    return {
        "shown": True,
        "request": request,
        "translation": translation,
        "workflow": workflow,
        "state": state,
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "task": state.current_task_state.task if state is not None and state.current_task_state else None,
        "can_publish": user_can_publish_translated_object(user, instance),
        "pending_strings": pending_string_count(translation),
        "csrf_token": context.get("csrf_token"),
    }
