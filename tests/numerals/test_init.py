"""govreport.numerals: the public names, and the layering of the package."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import govreport.numerals as numerals

_PACKAGE = Path(numerals.__file__).parent


def test_public_api_is_unchanged() -> None:
    """The package exports exactly the six functions the flat module did, each documented."""
    assert numerals.__all__ == [
        "digits",
        "from_chinese",
        "heading_marker",
        "ordinal",
        "rmb",
        "to_chinese",
    ]
    for name in numerals.__all__:
        function = getattr(numerals, name)
        assert inspect.isfunction(function)
        assert ">>> " in (function.__doc__ or ""), name


def _imports(path: Path) -> set[str]:
    """The modules *path* imports, relative ones written with their leading dots."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_numerals_import_no_model() -> None:
    """Formatting is a primitive layer: the package imports only the errors, the validators
    (which import nothing of govreport but the errors) and the coercion."""
    for path in _PACKAGE.glob("*.py"):
        outside = {m for m in _imports(path) if m.startswith(("..", "govreport"))}
        assert outside <= {"..exceptions", "..validators", ".._numbers"}, path.name
    validators = _PACKAGE.parent / "validators.py"
    assert {m for m in _imports(validators) if m.startswith((".", "govreport"))} == {".exceptions"}


def test_writing_never_imports_reading() -> None:
    """The writers (_groups, _format) do not depend on the parser."""
    for name in ("_groups.py", "_format.py"):
        assert not {m for m in _imports(_PACKAGE / name) if "parse" in m or "terms" in m}, name
