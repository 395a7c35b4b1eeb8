"""The public namespace: curated, documented and light to import."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govreport as gr

ROOT = Path(__file__).resolve().parents[1]


def _ruff_order(name: str) -> tuple[int, str]:
    # RUF022's "isort-style" order: CONSTANTS, then Classes, then functions.
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def test_all_is_sorted_and_unique() -> None:
    """__all__ is sorted (constants, classes, functions, as ruff sorts it) without duplicates."""
    assert list(gr.__all__) == sorted(set(gr.__all__), key=_ruff_order)


def test_every_public_name_resolves_and_is_documented() -> None:
    """Every name in __all__ exists and has a docstring of its own."""
    for name in gr.__all__:
        value = getattr(gr, name)
        if inspect.isclass(value) or inspect.isfunction(value) or inspect.ismodule(value):
            assert inspect.getdoc(value), f"{name} has no docstring"


def test_dir_shows_exactly_the_public_names() -> None:
    """dir() lists __all__ and govreport.strategies: no imported helper, no private module."""
    gr.render  # noqa: B018  # loads the renderers and their private modules
    assert dir(gr) == sorted({*gr.__all__, "strategies"})


def test_all_lists_the_documented_modules() -> None:
    """Every public module the API reference documents is in __all__, and only those.

    govreport.strategies is the exception: it needs hypothesis, an optional extra.
    """
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = {
        name
        for name in re.findall(r"govreport\.([a-z]\w*)", api)
        if inspect.ismodule(getattr(gr, name))
    }
    modules = {name for name in gr.__all__ if inspect.ismodule(getattr(gr, name))}
    assert {"exceptions", "units", "validators"} <= documented
    assert documented - {"strategies"} == modules


def test_unknown_attribute() -> None:
    """A missing name raises AttributeError naming it."""
    with pytest.raises(AttributeError, match="'nope'"):
        gr.nope  # type: ignore[attr-defined]  # noqa: B018


def test_import_is_light() -> None:
    """import govreport loads neither hypothesis, babel.dates, cattrs nor the renderers."""
    code = (
        "import sys, govreport; "
        "heavy = [m for m in ('hypothesis', 'babel.dates', 'cattrs', 'govreport.renderers.html') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
