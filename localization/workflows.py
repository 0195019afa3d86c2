"""Translator and approver groups per language, and the approval workflow of each language.

`setup_translation_workflow()` (the command `manage.py setup_translation_workflow`) makes,
for every configured language except the source language:

- "<Language> translators": may edit (never publish) the pages of that language's tree and
  its translatable snippets that go through approval, and submit them for approval;
- "<Language> approvers": may edit and publish that language's pages and snippets, and
  approve what translators submit;
- "<Language> translation approval": a workflow with one group-approval task for the
  approvers, assigned to that language's home page, so every page of the tree needs
  approval before a translator's change goes live. Translatable snippets that mix in
  `LanguageWorkflowMixin` follow the workflow of their language's tree.

Administrators then put people in these groups (Settings → Users, or Settings → Groups).
Running it again changes nothing that is already in place.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowMixin,
    WorkflowPage,
    WorkflowTask,
)

from alliance.languages import SITE_LANGUAGE_CATALOGUE
from core.models.language_workflow import LanguageWorkflowMixin
from localization.permissions import translatable_snippet_models

__all__ = ["LanguageTeam", "LanguageWorkflowMixin", "setup_language_team", "setup_translation_workflow"]

TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
APPROVER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def language_name(code):
    with translation.override("en"):
        return str(SITE_LANGUAGE_CATALOGUE.get(code, code))


def translators_group_name(code):
    return f"{language_name(code)} translators"


def approvers_group_name(code):
    return f"{language_name(code)} approvers"


def workflow_name(code):
    return f"{language_name(code)} translation approval"


@dataclass
class LanguageTeam:
    language_code: str
    translators: Group
    approvers: Group
    workflow: Workflow
    home_page: Page | None


def _model_permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return list(Permission.objects.filter(content_type=content_type, codename__in=codenames))


def _snippet_permissions(approver):
    permissions = []
    for model in translatable_snippet_models():
        needs_approval = issubclass(model, DraftStateMixin) and issubclass(model, WorkflowMixin)
        if approver:
            actions = ["view", "change", "publish"] if issubclass(model, DraftStateMixin) else ["view", "change"]
        else:
            # A translator's change goes live only through approval; snippets that cannot
            # hold a draft are left to the approvers.
            actions = ["view", "change"] if needs_approval else ["view"]
        permissions += _model_permissions(model, actions)
    return permissions


def _grant_collection_permissions(group):
    """Both roles may upload and choose pictures and documents (a brochure in their language)."""
    root = Collection.get_first_root_node()
    if root is None:
        return
    for model in (get_document_model(), get_image_model()):
        for permission in _model_permissions(model, ["add", "choose"]):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission)


def _grant_page_permissions(group, page, codenames):
    page_type = ContentType.objects.get_for_model(Page)
    for permission in Permission.objects.filter(content_type=page_type, codename__in=codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@transaction.atomic
def setup_language_team(language_code, log=lambda message: None):
    locale = Locale.objects.filter(language_code=language_code).first()
    home = Page.objects.filter(depth=2, locale=locale).order_by("path").first() if locale else None
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")

    translators, created = Group.objects.get_or_create(name=translators_group_name(language_code))
    if created:
        log(f"Created group {translators.name}")
    approvers, created = Group.objects.get_or_create(name=approvers_group_name(language_code))
    if created:
        log(f"Created group {approvers.name}")
    translators.permissions.add(access_admin, *_snippet_permissions(approver=False))
    approvers.permissions.add(access_admin, *_snippet_permissions(approver=True))
    for group in (translators, approvers):
        _grant_collection_permissions(group)

    workflow, created = Workflow.objects.get_or_create(name=workflow_name(language_code))
    if created:
        log(f"Created workflow {workflow.name}")
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.create(name=f"Approval by {approvers.name}")
        task.groups.set([approvers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    if home is None:
        log(f"No home page in {language_code} yet: page permissions and workflow wait for it (run again later)")
    else:
        _grant_page_permissions(translators, home, TRANSLATOR_PAGE_PERMISSIONS)
        _grant_page_permissions(approvers, home, APPROVER_PAGE_PERMISSIONS)
        # An administrator's own choice of workflow for the tree is kept.
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return LanguageTeam(language_code, translators, approvers, workflow, home)


def setup_translation_workflow(log=lambda message: None):
    """Groups and workflows for every configured language but the source language."""
    return [setup_language_team(code, log) for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
