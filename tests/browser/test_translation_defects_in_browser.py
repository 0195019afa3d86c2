"""The coverage dashboard as an editor sees it: a source page not published yet."""

import uuid

from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from core.models import HomePage, StandardPage
from tests.browser.accessibility import assert_no_axe_violations

PASSWORD = "browser-test-password-43"


def test_a_draft_source_reads_source_not_published_on_the_dashboard(site, page):
    name = uuid.uuid4().hex[:8]
    title = f"Plan in the making {name}"
    home = HomePage.objects.get(locale__language_code="en")
    draft = home.add_child(instance=StandardPage(title=title, slug=f"plan-{name}", live=False, introduction="Soon."))
    draft.save_revision()
    get_user_model().objects.create_superuser(f"editor-{name}", f"editor-{name}@example.org", PASSWORD)

    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", f"editor-{name}")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site.url}/admin/")
    page.goto(f"{site.url}/admin/translation/?status=not_published&language=de")

    row = page.locator("table.translation-matrix tbody tr", has=page.locator(f"th:has-text('{title}')"))
    cells = row.locator("td.translation-cell--not_published")
    expect(cells).to_have_count(11)
    expect(cells.first).to_have_text("French: Source not published")
    expect(row.locator("td a")).to_have_count(0)
    assert_no_axe_violations(page)
