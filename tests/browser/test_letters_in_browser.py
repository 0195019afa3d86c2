"""A reviewer finds the newest application on the admin dashboard, with the keyboard."""

import uuid

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import expect

from applications.models import ApplicationSubmission, FormPage
from demo.applications import REVIEWERS_GROUP
from tests.browser.accessibility import assert_no_axe_violations


@pytest.fixture
def reviewer(site):
    name = f"reviewer-{uuid.uuid4().hex[:8]}"
    user = User.objects.create_user(name, f"{name}@example.org", "a-long-password-for-tests")
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


def test_a_reviewer_opens_the_newest_application_from_the_dashboard(site, page, reviewer):
    join = FormPage.objects.get(slug="join", locale__language_code="en")
    applicant = f"Town of Dashboard {uuid.uuid4().hex[:6]}"
    # Made now, this application is the newest one: the demo's are older.
    submission = ApplicationSubmission.objects.create(
        page=join,
        form_data={},
        form_translation_key=join.translation_key,
        form_title=join.title,
        form_purpose=join.purpose,
        language="en",
        applicant_name=applicant,
    )

    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", reviewer.username)
    page.fill("#id_password", "a-long-password-for-tests")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/admin/")

    panel = page.locator("#new-applications-section")
    expect(panel).to_contain_text("waiting for review")
    expect(panel.locator("tbody tr").first).to_contain_text(applicant)
    assert_no_axe_violations(page, context="#new-applications-section")

    link = panel.locator("tbody a", has_text=applicant)
    link.focus()
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/admin/applications/edit/{submission.pk}/")
    expect(page.locator("main")).to_contain_text(applicant)
