"""The exception hierarchy: one base, and the builtin each behaves like."""

from __future__ import annotations

import pytest

from govreport import exceptions as ex


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
