"""The public namespace: curated, documented and light to import."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import govreport as gr


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


def test_dir_lists_lazy_names() -> None:
    """dir() shows the lazily imported names too."""
    assert set(gr.__all__) <= set(dir(gr))


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
