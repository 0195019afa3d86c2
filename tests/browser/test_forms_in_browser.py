"""An applicant fills in "Join the Alliance" in French with the keyboard alone; a staff
member then finds the application in the inbox and accepts it."""

import re
import uuid

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from applications.models import ApplicationStatus, ApplicationSubmission
from tests.applications.conftest import make_pdf
from tests.browser.accessibility import assert_no_axe_violations


@pytest.fixture
def letter(tmp_path):
    path = tmp_path / "lettre-adhesion.pdf"
    path.write_bytes(make_pdf("Lettre d'adhesion de la Ville de Kragujevac"))
    return path


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def keep_file_chooser_intercepted(page):
    """Subscribe to file choosers for the whole test, before any key opens one.

    Playwright turns Chromium's file chooser interception on when the first listener is
    added and off again when the last goes; subscribing only around the key press races
    with it, and a chooser that opens before interception is on never reaches the test.
    """
    page.on("filechooser", lambda chooser: None)


def choose_file_with_keyboard(page, letter):
    tab_to(page, "#id_letter_of_accession")
    with page.expect_file_chooser() as chooser:
        page.keyboard.press("Space")
    chooser.value.set_files(letter)


def test_an_applicant_applies_in_french_and_staff_accept_it(site, page, letter, settings):
    settings.APPLICATION_MIN_FILL_SECONDS = 0
    authority = f"Ville de Kragujevac {uuid.uuid4().hex[:6]}"
    staff = f"taskforce-{uuid.uuid4().hex[:8]}"
    keep_file_chooser_intercepted(page)
    page.goto(f"{site.url}/fr/adherer/")
    assert_no_axe_violations(page)

    tab_to(page, "#id_name_of_the_authority")
    page.keyboard.type(authority)
    page.keyboard.press("Tab")  # into the kinds of authority: arrows choose
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowUp")
    expect(page.locator("#id_kind_of_authority_0")).to_be_checked()
    tab_to(page, "#id_country")
    page.keyboard.type("Serbie")
    expect(page.locator("#id_country")).to_have_value("RS")
    tab_to(page, "#id_contact_person")
    page.keyboard.type("Veroljub Stevanovic")
    page.keyboard.press("Tab")
    page.keyboard.type("Maire")
    page.keyboard.press("Tab")
    page.keyboard.type("maire-kragujevac")  # forgot the @ and the domain
    choose_file_with_keyboard(page, letter)
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")

    # The summary of problems takes the focus and links to the field.
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Erreur"))
    assert_no_axe_violations(page)
    page.keyboard.press("Tab")
    expect(summary.locator("a[href='#id_e_mail_address']")).to_be_focused()
    page.keyboard.press("Enter")
    email = page.locator("#id_e_mail_address")
    expect(email).to_be_focused()
    expect(email).to_have_attribute("aria-invalid", "true")
    page.keyboard.press("Control+A")
    page.keyboard.type("maire@kragujevac.example.org")
    # The answers were kept, except the file, which is chosen again.
    expect(page.locator("#id_name_of_the_authority")).to_have_value(authority)
    choose_file_with_keyboard(page, letter)
    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")

    page.wait_for_url(f"{site.url}/fr/adherer/merci/")
    expect(page.locator(".confirmation__title")).to_contain_text("Merci")
    assert_no_axe_violations(page)
    submission = ApplicationSubmission.objects.get(applicant_name=authority)
    assert submission.language == "fr"
    assert submission.files.get().original_name == "lettre-adhesion.pdf"

    # A staff member finds it in the inbox and accepts it.
    User.objects.create_superuser(staff, f"{staff}@example.org", "a-long-password-for-tests")
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", staff)
    page.fill("#id_password", "a-long-password-for-tests")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}/admin/")
    page.goto(f"{site.url}/admin/applications/?language=fr")
    row = page.locator("table.listing tbody tr", has_text=authority)
    expect(row).to_contain_text("French")
    row.locator("a", has_text=authority).first.click()
    page.locator("main a.button", has_text="Accept").click()
    page.locator("form#w-editor-form button[type=submit]").click()

    expect(page.locator(".messages")).to_contain_text("accepted")
    submission.refresh_from_db()
    assert submission.status == ApplicationStatus.ACCEPTED
    assert submission.handler.username == staff
