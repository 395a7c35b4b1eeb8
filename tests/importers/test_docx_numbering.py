"""Word's list numbering as Word shows it: counters, restarts, level texts and formats."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


def test_counters_restart_continue_and_start_over(word: SimpleNamespace) -> None:
    """Deeper levels restart under a new parent; a second list of one definition continues it;
    a list with its own start begins again."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{word.GBT}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    order = [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 0)]
    styles = word.numbering(numbering)
    shown = [styles.advance(str(num), ilvl) for num, ilvl in order]
    assert shown == ["一、", "（一）", "（二）", "二、", "（一）", "三、", "（一）", "一、", "二、"]


def test_level_texts_and_formats(word: SimpleNamespace) -> None:
    """%n is word.level n's number in its format; a legal word.level writes them all in digits."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + word.level(0, "ideographTraditional", "第%1部分")
        + word.level(1, "decimalEnclosedCircle", "%2")
        + word.level(2, "upperRoman", "%1.%3", '<w:isLgl/><w:start w:val="4"/>')
        + word.level(3, "bullet", "\uf0b7")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="20"/></w:lvlOverride></w:num>'
    )
    styles = word.numbering(numbering)
    order = [0, 0, 0, 1, 1, 2, 3]
    assert [styles.advance("1", ilvl) for ilvl in order] == [
        "第甲部分", "第乙部分", "第丙部分", "⑳", "21", "3.1", ""
    ]  # fmt: skip


def test_list_numbers_past_what_numerals_write_are_digits(word: SimpleNamespace) -> None:
    """A start value too large for Chinese numerals (over 100 digits) is written in digits."""
    huge = "1" + "0" * 120
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + word.level(0, "chineseCounting", "%1、").replace('w:val="1"', f'w:val="{huge}"', 1)
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    styles = word.numbering(numbering)
    assert styles.advance("1", 0) == huge + "、"


def test_heading_styles_by_name_or_id() -> None:
    """heading 1 (as Word stores it), 标题 2, a style id Heading3; a loop of basedOn ends."""
    from govreport.importers._docx_numbering import Styles

    parse_xml = pytest.importorskip("docx.oxml").parse_xml
    styles = parse_xml(
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:styleId="1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:styleId="a2"><w:name w:val="标题 2"/></w:style>'
        '<w:style w:styleId="Heading3"><w:name w:val="My heading"/></w:style>'
        '<w:style w:styleId="x"><w:name w:val="Body"/><w:basedOn w:val="y"/></w:style>'
        '<w:style w:styleId="y"><w:name w:val="Other"/><w:basedOn w:val="x"/></w:style>'
        "</w:styles>"
    )
    found = Styles(styles, None)
    assert [found.heading_level(s) for s in ("1", "a2", "Heading3", "x", None)] == [
        1, 2, 3, None, None
    ]  # fmt: skip
    assert (found.name("a2"), found.name("missing"), found.numbering(None)) == ("标题 2", "", None)
