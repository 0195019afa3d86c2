"""The admin dashboard tells reviewers about new applications."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.utils import timezone

from applications.models import ApplicationStatus, ApplicationSubmission
from demo.applications import REVIEWERS_GROUP

pytestmark = pytest.mark.django_db


def client_for(username, *groups, permissions=()):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(*(Group.objects.get(name=name) for name in groups))
    user.user_permissions.add(*(Permission.objects.get(codename=codename) for codename in permissions))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reviewer_client():
    return client_for("dashboard-reviewer", REVIEWERS_GROUP)


def make_applications(join_en, count, status=ApplicationStatus.NEW, start=None):
    start = start or timezone.now() - datetime.timedelta(days=30)
    made = []
    for number in range(count):
        submission = ApplicationSubmission.objects.create(
            page=join_en,
            form_data={},
            form_translation_key=join_en.translation_key,
            form_title=join_en.title,
            form_purpose=join_en.purpose,
            language="fr" if number % 2 else "en",
            applicant_name=f"Applicant {status} {number:02d}",
            status=status,
        )
        # submit_time is set when saved: date them one day apart, oldest first.
        ApplicationSubmission.objects.filter(pk=submission.pk).update(
            submit_time=start + datetime.timedelta(days=number)
        )
        made.append(submission)
    return made


def panel_of(response):
    html = BeautifulSoup(response.content, "html.parser")
    return html.select_one("#new-applications-section")


def test_reviewers_see_the_count_and_the_five_newest(reviewer_client, join_en):
    ApplicationSubmission.objects.all().delete()
    new = make_applications(join_en, 7)
    make_applications(join_en, 3, status=ApplicationStatus.IN_REVIEW)

    response = reviewer_client.get("/admin/")

    panel = panel_of(response)
    assert panel is not None
    text = panel.get_text(" ", strip=True)
    assert "7 applications are waiting for review." in text
    rows = panel.select("tbody tr")
    assert [row.select_one("a").get_text(strip=True) for row in rows] == [
        f"Applicant new {number:02d}" for number in (6, 5, 4, 3, 2)
    ]
    assert rows[0].select_one("a")["href"] == f"/admin/applications/edit/{new[6].pk}/"
    assert "Join the Alliance" in rows[0].get_text()
    assert "French" in rows[1].get_text() or "English" in rows[1].get_text()
    inbox = panel.select_one("a[href^='/admin/applications/?']")
    assert inbox["href"] == "/admin/applications/?status=new"


def test_the_panel_says_when_nothing_waits(reviewer_client, join_en):
    ApplicationSubmission.objects.all().delete()
    make_applications(join_en, 2, status=ApplicationStatus.ACCEPTED)

    panel = panel_of(reviewer_client.get("/admin/"))

    assert "No application is waiting for review." in panel.get_text(" ", strip=True)
    assert panel.select("tbody tr") == []


def test_one_application_is_counted_in_the_singular(reviewer_client, join_en):
    ApplicationSubmission.objects.all().delete()
    make_applications(join_en, 1)

    panel = panel_of(reviewer_client.get("/admin/"))

    assert "1 application is waiting for review." in panel.get_text(" ", strip=True)


def test_editors_without_the_permission_do_not_see_it(join_en):
    make_applications(join_en, 2)
    editor = client_for("dashboard-editor", "Editors")

    response = editor.get("/admin/")

    assert response.status_code == 200
    assert panel_of(response) is None
    assert "waiting for review" not in response.content.decode()


def test_staff_who_may_only_read_open_the_details(join_en):
    ApplicationSubmission.objects.all().delete()
    (application,) = make_applications(join_en, 1)
    reader = client_for("dashboard-reader", permissions=["access_admin", "view_applicationsubmission"])

    panel = panel_of(reader.get("/admin/"))

    assert panel.select_one("tbody a")["href"] == f"/admin/applications/inspect/{application.pk}/"


def test_the_panel_costs_the_same_with_many_applications(reviewer_client, join_en):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    ApplicationSubmission.objects.all().delete()
    make_applications(join_en, 2)
    # The first visit fills the caches (the site's name, the menu): count the second.
    reviewer_client.get("/admin/")
    with CaptureQueriesContext(connection) as few:
        reviewer_client.get("/admin/")
    make_applications(join_en, 40, start=timezone.now() - datetime.timedelta(days=90))
    with CaptureQueriesContext(connection) as many:
        reviewer_client.get("/admin/")

    assert len(many) == len(few)
    assert len([query for query in many if "applications_applicationsubmission" in query["sql"]]) == 2


def test_the_panel_speaks_the_reviewers_language(reviewer_client, join_en):
    ApplicationSubmission.objects.all().delete()
    make_applications(join_en, 3)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(User.objects.get(username="dashboard-reviewer"))
    profile.preferred_language = "fr"
    profile.save()

    panel = panel_of(reviewer_client.get("/admin/"))

    assert "3 demandes attendent" in panel.get_text(" ", strip=True)
