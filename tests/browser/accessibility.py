"""An axe-core check usable from any browser test."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_A_AND_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_axe = Axe()


def axe_violations(page, context=None):
    """The WCAG 2.1 A and AA violations axe finds on the page as it is now."""
    results = _axe.run(
        page,
        context=context,
        options={"runOnly": {"type": "tag", "values": WCAG_21_A_AND_AA}, "resultTypes": ["violations"]},
    )
    return results.response["violations"]


def assert_no_axe_violations(page, context=None):
    violations = axe_violations(page, context)
    details = "\n".join(
        f"{violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"])
        for violation in violations
    )
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{details}"
