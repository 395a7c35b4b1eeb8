"""Whitespace folding and HTML escaping shared by the renderers."""

from __future__ import annotations

import pytest

from govreport.exceptions import ValidationError
from govreport.renderers._escaping import (
    collapse,
    escape_html,
    html_unsafe,
    refuse_lone_surrogates,
)


def test_collapse_and_html_unsafe() -> None:
    """collapse folds ASCII whitespace only; html_unsafe finds what HTML cannot carry."""
    assert collapse("\t a \r\n b\u3000") == "a b\u3000"
    assert html_unsafe("正文\n\t\f\r") is None
    assert [html_unsafe(c) for c in "\x00\x08\x0b\x7f\x9f\ufffe"] == list(
        "\x00\x08\x0b\x7f\x9f\ufffe"
    )
    assert html_unsafe("\u200b\ufeff\u3000") is None


def test_escape_html_escapes_markup_and_quotes() -> None:
    """Every markup character and both quotes are escaped; text stays otherwise as is."""
    assert escape_html("<script>\"'&amp;正文") == "&lt;script&gt;&quot;&#x27;&amp;amp;正文"


def test_escape_html_refuses_what_html_cannot_carry() -> None:
    """A NUL is refused with a message naming the code point and where it was."""
    with pytest.raises(ValidationError, match=r"table cell contains U\+0000"):
        escape_html("a\x00b", where="table cell")


def test_escape_html_writes_carriage_returns_as_references() -> None:
    """A raw CR would reach the reader as LF; &#13; reaches it as CR."""
    assert escape_html("甲\r乙\r\n") == "甲&#13;乙&#13;\n"


def test_lone_surrogates_are_refused_in_one_wording() -> None:
    """The refusal names the code point and shows where it stands."""
    with pytest.raises(ValidationError) as err:
        refuse_lone_surrogates("前文" * 10 + "\udc80后文")
    assert (
        str(err.value)
        == "the report contains U+DC80, a lone surrogate, which no encoding can write"
    )
    refuse_lone_surrogates("正文 \U0001f600 \u2028")  # paired and other characters pass
