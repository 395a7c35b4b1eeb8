"""The exception hierarchy: one base, and the builtin each behaves like."""

from __future__ import annotations

import contextlib
import inspect
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import ResolutionFailed

import govreport as gr
from govreport import exceptions as ex
from govreport import strategies


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        (ex.ValidationError, ValueError),
        (ex.ModelTypeError, TypeError),
        (ex.NumeralError, ValueError),
        (ex.StructureError, ValueError),
        (ex.ParseError, ValueError),
        (ex.UnknownRendererError, LookupError),
    ],
)
def test_hierarchy(cls: type[Exception], builtin: type[Exception]) -> None:
    """Each error is a GovReportError and the builtin it behaves like."""
    assert issubclass(cls, ex.GovReportError)
    assert issubclass(cls, builtin)


def test_structure_error_lists_every_problem() -> None:
    """StructureError keeps each problem and prints them all."""
    err = ex.StructureError(["a @ $.x", "b @ $.y"])
    assert err.errors == ("a @ $.x", "b @ $.y")
    assert str(err) == "invalid report data:\n  a @ $.x\n  b @ $.y"


def test_numeral_error_position() -> None:
    """NumeralError carries the position of the first bad character."""
    err = ex.NumeralError("unexpected '十'", text="十十", position=1)
    assert (err.text, err.position, str(err)) == (
        "十十",
        1,
        "unexpected '十' at position 1 in '十十'",
    )


def test_unknown_renderer_lists_names() -> None:
    """The error names what is available."""
    err = ex.UnknownRendererError("pdf", available=["html", "text"])
    assert (err.name, err.available) == ("pdf", ("html", "text"))
    assert str(err) == "no renderer named 'pdf'; available: html, text"


def test_unknown_renderer_names_a_missing_extra() -> None:
    """A built-in behind an extra says what to install, and keeps the extra's name."""
    err = ex.UnknownRendererError(
        "docx", available=["text"], extra="docx", reason="no module named 'docx'"
    )
    assert err.extra == "docx"
    assert str(err) == (
        "the 'docx' renderer is not installed (no module named 'docx'): "
        "pip install 'govreport[docx]'"
    )


def test_unknown_renderer_that_cannot_be_loaded() -> None:
    """A registered renderer that fails to import says why, not that it does not exist."""
    err = ex.UnknownRendererError("x", available=[], reason="pkg:X: No module named 'pkg'")
    assert str(err) == "the 'x' renderer cannot be loaded: pkg:X: No module named 'pkg'"


def test_numeral_error_quotes_a_long_text_around_the_position() -> None:
    """A megabyte of numeral text still makes a one-line message, quoting where it fails."""
    text = "一" + "亿" * 1_000_000
    err = ex.NumeralError("too long", text=text, position=13)
    assert str(err) == f"too long at position 13 in '{text[:33]}…'"
    assert err.text == text
    assert str(ex.NumeralError("x", text="十" * 40, position=39)).endswith(f" in '{'十' * 40}'")


# -- the contract: bad values for any public class raise GovReportError, and nothing else ------


def _public_classes() -> list[type[Any]]:
    """Every attrs class in govreport.__all__ and in the __all__ of its public modules."""
    modules = [gr, strategies]
    modules += [getattr(gr, name) for name in gr.__all__ if inspect.ismodule(getattr(gr, name))]
    found = {
        value
        for module in modules
        for value in map(module.__getattribute__, module.__all__)
        if inspect.isclass(value) and attrs.has(value)
    }
    return sorted(found, key=lambda cls: cls.__qualname__)


PUBLIC_CLASSES = _public_classes()

# Values of the wrong type, of the right type but out of range, and odd objects.
_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.decimals(),
    st.text(max_size=4),
    st.sampled_from(["", " ", "\n", "a.b", "x", "万", "约", "%"]),
    st.binary(max_size=2),
    st.dates(),
    st.lists(st.text(max_size=2) | st.integers(), max_size=3),
    st.tuples(st.none()),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.builds(object),
)


@st.composite
def _of_type(draw: st.DrawFn, annotation: Any) -> Any:
    """A value of *annotation*, or junk where hypothesis cannot build one without refusals.

    A class with no registered strategy is built from arbitrary field values, which
    govreport may rightly refuse while the value is being drawn.
    """
    try:
        return draw(st.from_type(annotation))
    except (gr.GovReportError, ResolutionFailed):
        return draw(_JUNK)


def _arguments(cls: type[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for *cls*: each field drawn from its own type, or junk."""
    with contextlib.suppress(NameError):  # names only imported for type checking: junk only
        attrs.resolve_types(cls)
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        typed = field.type is not None and not isinstance(field.type, str)
        values = _of_type(field.type) | _JUNK if typed else _JUNK
        target = required if field.default is attrs.NOTHING else optional
        target[field.alias] = values
    return st.fixed_dictionaries(required, optional=optional)


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda cls: cls.__qualname__)
def test_bad_values_raise_only_govreport_errors(cls: type[Any]) -> None:
    """Any public class built from arbitrary values for its fields succeeds or raises a
    GovReportError."""

    @settings(max_examples=settings.default.max_examples)
    @given(_arguments(cls))
    def build(arguments: dict[str, Any]) -> None:
        with contextlib.suppress(gr.GovReportError):
            cls(**arguments)

    build()
