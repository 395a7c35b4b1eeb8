"""The GB/T 9704-2012 page in WordprocessingML units, and the styles part built from it.

Units: Word measures pages and indents in twentieths of a point (twips), font
sizes in half points and the character grid in 4096ths of a point.

- Page: A4 (210 mm × 297 mm); margins 37 mm top (天头), 35 mm bottom, 28 mm
  left (订口) and 26 mm right, which leaves the 156 mm × 225 mm 版心.
- Grid: 22 lines of 28 characters of 3号 (16 pt) type. The line pitch is the
  版心 height over 22, rounded down so 22 lines fit (579 twips), and body lines
  have exactly that height, so a page holds 22 lines whatever fonts the reader
  has. The character pitch is the 版心 width over 28 (15.79 pt). The grid is a
  line grid (``w:type="lines"``) that records the character pitch in
  ``w:charSpace`` (−842/4096 pt against the 16 pt body size, as Word's 公文
  templates carry it), and the body's characters are set 0.25 pt closer
  (``w:spacing w:val="-5"``) so that 28 of them fill a line: a character grid
  (``linesAndChars``) with a negative ``charSpace`` is laid out by LibreOffice
  (7.4) at half the density, 14 characters a line.
- Page number: ``— 1 —`` in 4号 (14 pt), its top 7 mm below the 版心, one
  character in from the outside edge (odd pages right, even pages left).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Final

import attrs

from ..exceptions import ValidationError
from ._escaping import html_unsafe

__all__ = ["Fonts", "Page", "escape", "styles_xml"]

TWIPS_PER_MM: Final = 1440 / 25.4
BODY_SIZE: Final = 32  # half points: 3号, 16 pt
TITLE_SIZE: Final = 44  # 2号, 22 pt
PAGE_NUMBER_SIZE: Final = 28  # 4号, 14 pt
TABLE_SIZE: Final = 21  # 五号, 10.5 pt
CAPTION_SIZE: Final = 28  # 4号

W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def twips(mm: float) -> int:
    """*mm* millimetres in twips, rounded to the nearest."""
    return round(mm * TWIPS_PER_MM)


@attrs.frozen
class Page:
    """The A4 page, margins and grid of GB/T 9704-2012, in twips."""

    width: int = twips(210)
    height: int = twips(297)
    top: int = twips(37)
    bottom: int = twips(35)
    left: int = twips(28)
    right: int = twips(26)
    lines: int = 22
    chars: int = 28
    number_gap: int = twips(7)  # 一字线 top 7 mm below the 版心

    @property
    def line_pitch(self) -> int:
        """Twips per grid line, rounded down so the lines fit."""
        return (self.height - self.top - self.bottom) // self.lines

    @property
    def char_pitch(self) -> float:
        """Twips per grid character."""
        return (self.width - self.left - self.right) / self.chars

    @property
    def letter_spacing(self) -> int:
        """Twips between body characters so that 28 fit a line: the pitch less 16 pt, rounded down."""
        return math.floor(self.char_pitch - BODY_SIZE * 10)

    @property
    def char_space(self) -> int:
        """``w:docGrid/@w:charSpace``: 4096ths of a point added to the 16 pt default character."""
        return int((self.char_pitch / 20 - BODY_SIZE / 2) * 4096 // 1)

    def indent(self, chars: int) -> int:
        """*chars* grid characters in twips."""
        return round(chars * self.char_pitch)

    @property
    def footer(self) -> int:
        """``w:pgMar/@w:footer``: from the page's bottom edge to the page number's baseline box."""
        return self.bottom - self.number_gap - PAGE_NUMBER_SIZE * 10


PAGE: Final = Page()


@attrs.frozen(kw_only=True)
class Fonts:
    """The typefaces of the official look, by role; pass your own to use others.

    East Asian text is set in the role's font (``w:eastAsia``); Western
    letters and digits in :attr:`western`. Defaults follow GB/T 9704-2012:
    title 方正小标宋简体 (the usual 小标宋体), body and headings of levels 3
    and deeper 仿宋_GB2312, level 1 黑体, level 2 楷体_GB2312, page numbers 宋体.

    >>> Fonts().heading2
    '楷体_GB2312'
    >>> Fonts(title="华文中宋").title
    '华文中宋'
    >>> Fonts(body="")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: font 'body' must be a non-empty font name (got '')
    """

    title: str = "方正小标宋简体"
    body: str = "仿宋_GB2312"
    heading1: str = "黑体"
    heading2: str = "楷体_GB2312"
    page_number: str = "宋体"
    western: str = "Times New Roman"

    def __attrs_post_init__(self) -> None:
        for field in attrs.fields(Fonts):
            value = getattr(self, field.name)
            if not isinstance(value, str) or not value.strip() or html_unsafe(value):
                raise ValidationError(
                    f"font {field.name!r} must be a non-empty font name (got {value!r})",
                    field=field.name,
                    value=value,
                )

    def heading(self, level: int) -> str:
        """The East Asian font of a level-*level* heading: 黑体, 楷体, then the body's."""
        return {1: self.heading1, 2: self.heading2}.get(level, self.body)


_BREAK: Final = '</w:t><w:br/><w:t xml:space="preserve">'
_TAB: Final = '</w:t><w:tab/><w:t xml:space="preserve">'


def escape(value: str) -> str:
    r"""The escaping choke point of the docx renderer: text as the content of a ``<w:t>``.

    ``& < > "`` become entities; a line break becomes ``<w:br/>`` and a tab
    ``<w:tab/>`` (python-docx reads them back as ``\n`` and ``\t``). Characters a
    Word document cannot carry (controls, surrogates, noncharacters; also
    ``\f`` and ``\r``, which XML would drop or fold) raise
    :class:`~govreport.exceptions.ValidationError`.

    >>> escape('<b>"甲"&乙</b>')
    '&lt;b&gt;&quot;甲&quot;&amp;乙&lt;/b&gt;'
    >>> escape("甲\n乙")
    '甲</w:t><w:br/><w:t xml:space="preserve">乙'
    >>> escape("甲\r乙")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: text contains U+000D, which a Word document cannot carry: '甲\r乙'
    """
    bad = html_unsafe(value)
    if bad is None and ("\r" in value or "\f" in value):
        bad = "\r" if "\r" in value else "\f"
    if bad is not None:
        raise ValidationError(
            f"text contains U+{ord(bad):04X}, which a Word document cannot carry: {value!r}",
            field="text",
            value=value,
        )
    out = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = out.replace('"', "&quot;")
    if "\n" in out:
        out = out.replace("\n", _BREAK)
    if "\t" in out:
        out = out.replace("\t", _TAB)
    return out


def _fonts(east_asian: str, western: str) -> str:
    east_asian, western = escape(east_asian), escape(western)
    return (
        f'<w:rFonts w:ascii="{western}" w:hAnsi="{western}" w:cs="{western}" '
        f'w:eastAsia="{east_asian}"/>'
    )


_NO_SPACING: Final = '<w:spacing w:val="0"/>'


def _size(half_points: int) -> str:
    return f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'


def _paragraph_style(
    style_id: str,
    name: str,
    *,
    ppr: str = "",
    rpr: str = "",
    based_on: str = "Normal",
    extra: str = "",
) -> str:
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="{based_on}"/>{extra}<w:qFormat/>'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def styles_xml(fonts: Fonts, *, bold_levels: Iterable[int], closing_indent: int) -> str:
    """The styles part: document defaults, body, title, headings 1-6, closing, tables, footer.

    Style ids are Word's built-in ones where Word has the concept (``Title``,
    ``Heading1``…, ``Signature``, ``Date``, ``Caption``, ``Footer``), so the
    navigation pane and outline view work; the others are named ``GR…``.
    """
    bold = frozenset(bold_levels)
    body_rfonts = _fonts(fonts.body, fonts.western)
    no_indent = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'
    right = PAGE.indent(closing_indent)
    table_ppr = (
        '<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>'
        f'{no_indent}<w:jc w:val="center"/>'
    )
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W_NS}">'
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"{body_rfonts}{_size(BODY_SIZE)}"
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>",
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:qFormat/><w:pPr><w:widowControl w:val="0"/>'
        f'<w:spacing w:line="{PAGE.line_pitch}" w:lineRule="exact"/>'
        f'<w:ind w:firstLineChars="200" w:firstLine="{PAGE.indent(2)}"/><w:jc w:val="both"/>'
        f'</w:pPr><w:rPr>{body_rfonts}<w:spacing w:val="{PAGE.letter_spacing}"/>'
        f"{_size(BODY_SIZE)}</w:rPr></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
        _paragraph_style(
            "Title",
            "Title",
            ppr=f'<w:keepNext/>{no_indent}<w:jc w:val="center"/>',
            rpr=_fonts(fonts.title, fonts.western) + _NO_SPACING + _size(TITLE_SIZE),
        ),
        _paragraph_style("GRAuthority", "GR Authority", based_on="Title"),
        _paragraph_style(
            "GRDocumentNumber",
            "GR Document Number",
            ppr=f'<w:keepNext/>{no_indent}<w:jc w:val="center"/>',
        ),
    ]
    for level in range(1, 7):
        font = _fonts(fonts.heading(level), fonts.western)
        weight = "<w:b/><w:bCs/>" if level in bold else ""
        out.append(
            _paragraph_style(
                f"Heading{level}",
                f"heading {level}",
                ppr=f'<w:keepNext/><w:outlineLvl w:val="{level - 1}"/>',
                rpr=font + weight,
                extra=f'<w:next w:val="Normal"/><w:link w:val="Heading{level}Char"/>',
            )
        )
        out.append(
            f'<w:style w:type="character" w:styleId="Heading{level}Char">'
            f'<w:name w:val="Heading {level} Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
            f'<w:link w:val="Heading{level}"/><w:rPr>{font}{weight}</w:rPr></w:style>'
        )
    closing_ppr = f'<w:ind w:rightChars="{closing_indent * 100}" w:right="{right}" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>'
    out += [
        _paragraph_style("Signature", "Signature", ppr=closing_ppr),
        _paragraph_style("Date", "Date", ppr=closing_ppr),
        _paragraph_style(
            "Caption",
            "caption",
            ppr=f'<w:keepNext/>{no_indent}<w:jc w:val="center"/>',
            rpr=_fonts(fonts.heading1, fonts.western) + _NO_SPACING + _size(CAPTION_SIZE),
        ),
        _paragraph_style(
            "GRTableText", "GR Table Text", ppr=table_ppr, rpr=_NO_SPACING + _size(TABLE_SIZE)
        ),
        _paragraph_style(
            "GRTableHeading",
            "GR Table Heading",
            based_on="GRTableText",
            rpr=_fonts(fonts.heading1, fonts.western),
        ),
        _paragraph_style(
            "GRTableLabel", "GR Table Label", based_on="GRTableText", ppr='<w:jc w:val="left"/>'
        ),
        _paragraph_style(
            "Footer",
            "footer",
            ppr=f'<w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/>{no_indent}',
            rpr=_fonts(fonts.page_number, fonts.page_number)
            + _NO_SPACING
            + _size(PAGE_NUMBER_SIZE),
        ),
        "</w:styles>",
    ]
    return "".join(out)
