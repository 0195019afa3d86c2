"""The two wagtail-localize admin templates the project overrides are pinned to the
upstream files they extend.

wagtail-localize offers no hook, panel or setting to put the approval box below its
translation editor, nor to point an alias page's "Translate this page" button at
another view: the project's templates extend the upstream ones of the same name and
replace one block each. When an upgrade changes an upstream template, its hash here
no longer matches: read the new upstream file, check the override's block still fits
(block names, the markup it copies), then update the hash.
"""

import hashlib
from pathlib import Path

import pytest
import wagtail_localize

from localization.apps import LocalizationConfig

UPSTREAM_TEMPLATES = Path(wagtail_localize.__file__).parent / "templates"
PROJECT_TEMPLATES = Path(__file__).resolve().parents[2] / LocalizationConfig.name / "templates"

PINNED_UPSTREAM_SHA256 = {
    # Block "content" gets the approval panel after it; "extra_css" the panel's styles.
    "wagtail_localize/admin/edit_translation.html": "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7",
    # Block "form" is copied, with the project's translate action behind the button.
    "wagtail_localize/admin/edit_translatable_alias.html": (
        "b9cfd17470d0e1c1eb556b948b8f8b118b5a0d10807e4d2d3fe6367b75a2b192"
    ),
}


@pytest.mark.parametrize("template_name", sorted(PINNED_UPSTREAM_SHA256))
def test_the_upstream_template_an_override_extends_is_the_one_it_was_written_for(template_name):
    upstream = UPSTREAM_TEMPLATES / template_name
    digest = hashlib.sha256(upstream.read_bytes()).hexdigest()
    assert digest == PINNED_UPSTREAM_SHA256[template_name], (
        f"wagtail-localize changed {template_name}: re-check the override in "
        f"{PROJECT_TEMPLATES / template_name} against the new upstream file, then update its hash here."
    )


def test_every_override_of_a_wagtail_localize_template_is_pinned():
    overrides = {
        str(path.relative_to(PROJECT_TEMPLATES)) for path in (PROJECT_TEMPLATES / "wagtail_localize").rglob("*.html")
    }
    assert overrides == set(PINNED_UPSTREAM_SHA256)


@pytest.mark.parametrize("template_name", sorted(PINNED_UPSTREAM_SHA256))
def test_each_override_extends_the_upstream_template_of_its_name(template_name):
    first_line = (PROJECT_TEMPLATES / template_name).read_text().splitlines()[0]
    assert first_line == f'{{% extends "{template_name}" %}}'
