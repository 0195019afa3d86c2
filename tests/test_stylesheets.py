"""Every stylesheet the project ships parses the way a browser reads it.

A browser drops a whole rule whose selector is invalid (a leftover merge marker in front of a
selector, for instance) and every declaration it can't read, without a word. tinycss2 splits
the sheet as CSS Syntax Level 3 says, and cssselect2 checks each rule's selector, so a
stylesheet that would lose a rule in the browser fails here.
"""

from pathlib import Path

import cssselect2
import pytest
import tinycss2
from django.apps import apps
from django.conf import settings

ROOT = Path(settings.BASE_DIR).resolve()
# At-rules whose block holds rules, and those whose block holds declarations.
RULE_BLOCK_AT_RULES = {"media", "supports", "layer", "container", "document", "scope", "starting-style"}
DECLARATION_BLOCK_AT_RULES = {"font-face", "page", "property", "counter-style", "font-palette-values"}
STATEMENT_AT_RULES = {"import", "charset", "namespace", "layer"}


def project_static_dirs():
    """The static folders of the project's own apps and settings, not those of installed packages."""
    candidates = [Path(config.path) / "static" for config in apps.get_app_configs()]
    candidates += [Path(entry[1] if isinstance(entry, tuple) else entry) for entry in settings.STATICFILES_DIRS]
    virtualenv = (ROOT / ".venv").resolve()
    for folder in candidates:
        folder = folder.resolve()
        if folder.is_dir() and folder.is_relative_to(ROOT) and not folder.is_relative_to(virtualenv):
            yield folder


def project_stylesheets():
    return sorted({path for folder in project_static_dirs() for path in folder.rglob("*.css")})


def _where(node):
    return f"line {node.source_line}, column {node.source_column}"


def declaration_errors(content):
    errors = []
    for node in tinycss2.parse_blocks_contents(content, skip_comments=True, skip_whitespace=True):
        if node.type == "error":
            errors.append(f"{_where(node)}: unreadable declaration ({node.message})")
        elif node.type == "declaration" and not node.value:
            errors.append(f"{_where(node)}: declaration {node.name!r} has no value")
        elif node.type == "qualified-rule":
            # Nested rules (CSS Nesting) are rules like any other.
            errors.extend(rule_errors(node))
    return errors


def rule_errors(rule):
    prelude = tinycss2.serialize(rule.prelude).strip()
    try:
        list(cssselect2.parser.parse(rule.prelude))
    except cssselect2.parser.SelectorError as error:
        return [f"{_where(rule)}: the browser drops the rule {prelude!r}: invalid selector ({error})"]
    return declaration_errors(rule.content)


def rule_list_errors(nodes, *, top_level):
    errors = []
    for node in nodes:
        if node.type == "error":
            errors.append(f"{_where(node)}: {node.message}")
        elif node.type == "qualified-rule":
            errors.extend(rule_errors(node))
        elif node.type == "at-rule":
            errors.extend(at_rule_errors(node, top_level=top_level))
    return errors


def at_rule_errors(rule, *, top_level):
    keyword = rule.lower_at_keyword
    if rule.content is None:
        if keyword in STATEMENT_AT_RULES and top_level:
            return []
        return [f"{_where(rule)}: @{keyword} without a block"]
    if keyword in RULE_BLOCK_AT_RULES:
        return rule_list_errors(
            tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True), top_level=False
        )
    if keyword in DECLARATION_BLOCK_AT_RULES:
        return declaration_errors(rule.content)
    if keyword.endswith("keyframes"):
        errors = []
        for frame in tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True):
            selectors = [token for token in frame.prelude if token.type not in ("whitespace", "comment")]
            valid = frame.type == "qualified-rule" and all(
                token == ","
                or (token.type == "ident" and token.lower_value in ("from", "to"))
                or token.type == "percentage"
                for token in selectors
            )
            if not valid:
                errors.append(f"{_where(frame)}: invalid keyframe selector")
            else:
                errors.extend(declaration_errors(frame.content))
        return errors
    return [f"{_where(rule)}: unknown at-rule @{keyword}"]


def stylesheet_errors(text):
    """What a browser would drop from this stylesheet, one message per lost rule or declaration."""
    nodes = tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True)
    return rule_list_errors(nodes, top_level=True)


def test_the_project_ships_stylesheets():
    names = {path.relative_to(ROOT).as_posix() for path in project_stylesheets()}

    assert "alliance/static/css/site.css" in names
    assert "applications/static/applications/css/forms.css" in names


@pytest.mark.parametrize("path", project_stylesheets(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_stylesheet_parses_without_dropping_a_rule(path):
    assert stylesheet_errors(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "broken",
    [
        ".a { color: red; }\n=======\n.notice { margin: 0; }",
        ".a { color: red; }\n<<<<<<< HEAD\n.notice { margin: 0; }",
        ".a { color red; }",
        "@media (min-width: 40rem) { =======\n.a { color: red; } }",
        ".a { color: red; } }",
    ],
)
def test_a_rule_the_browser_would_drop_is_reported(broken):
    assert stylesheet_errors(broken) != []


def test_valid_modern_css_is_accepted():
    sheet = """
    @charset "utf-8";
    :root { --space: 1rem; }
    .a:focus-visible, .b::before, .c:not(.d) > e + f ~ g, [lang|="fr"] { margin: var(--space) 0; }
    .h:is(.i, .j):where(.k) { color: rgb(0 0 0 / 50%); }
    @media (prefers-reduced-motion: reduce) { * { animation: none !important; } }
    @supports (display: grid) { .l { display: grid; } }
    @keyframes spin { from { rotate: 0deg; } 50%, to { rotate: 1turn; } }
    @font-face { font-family: x; src: url(x.woff2); }
    """
    assert stylesheet_errors(sheet) == []
