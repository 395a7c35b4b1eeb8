r"""CommonMark, with GFM tables; user text can never create structure.

Layout:

- the issuing authority (and the report's document number) as paragraphs, then
  the title as the one level-1 heading ``# …``;
- each titled section as a heading one level down per depth: 一、 is ``##``,
  （一） ``###``, 1. ``####``, （1） ``#####``, deeper levels ``######``; the
  derived marker and the title's ending are part of the heading text;
- a run-in title as a bold lead-in of the first paragraph,
  ``**（一）贯彻落实…情况**。一是…``; the closing ``**`` goes before trailing
  punctuation, because CommonMark does not let ``**`` close after punctuation
  when a letter follows (``**…情况。**一是`` stays literal);
- an untitled section writes its marker before its first block;
- points run on in one paragraph, or make one paragraph each (``layout="lines"``);
- tables as GFM tables when they have exactly one header row and no spans,
  otherwise as an HTML ``<table>`` block; a caption is a paragraph above;
- the signature and the date as paragraphs.

Escaping, in two steps applied to all user text: :func:`escape` backslash-escapes
``\ ` * _ [ ] < & | ~ #`` wherever they occur; :func:`line` then works on each
whole line (paragraph, heading, table cell): runs of ASCII whitespace, line
breaks included, collapse to one space and the ends are stripped; other
whitespace left at either end (U+3000, U+00A0), which parsers would strip too,
becomes a character reference (``&#12288;``); a line starting with
``- + > =`` gets a backslash, and so does the ``.`` or ``)`` after 1-9 leading
digits when a space or the end of the line follows (``1\. 不是列表``).
U+0000 cannot be carried (CommonMark replaces it) and raises
:class:`~govreport.exceptions.ValidationError`. In the HTML table fallback,
cell text goes through :func:`html.escape` instead, with whitespace collapsed
so that no blank line can end the HTML block early.

>>> import govreport as gr
>>> from govreport.renderers import render
>>> report = gr.Report(title="2023年度报告", authority="某乡人民政府", year=2023, sections=[
...     gr.Section(title="主要举措", run_in=True, blocks=[gr.Paragraph(text="# 不是*标题*")])])
>>> print(render(report, "markdown"), end="")
某乡人民政府
<BLANKLINE>
# 2023年度报告
<BLANKLINE>
**一、主要举措**。\# 不是\*标题\*
"""

from __future__ import annotations

import unicodedata
from typing import Final

from .._blocks import Cell, Paragraph, Points, Table
from .._report import Closing, Report
from .._text import Text
from ._base import BaseRenderer, Node
from ._escaping import collapse, escape_html, refuse_unsafe

__all__ = ["MarkdownRenderer", "escape", "line"]

_META: Final = "\\`*_[]<&|~#"  # the backslash first, so later escapes are not doubled
_LINE_START: Final = frozenset("-+>=")


def escape(value: str) -> str:
    r"""Backslash-escape the Markdown metacharacters in *value*.

    Whitespace and line-start rules apply to whole lines (:func:`line`).

    >>> print(escape("a*b* [c](d) <e> & f|g #h"))
    a\*b\* \[c\](d) \<e> \& f\|g \#h
    """
    if not value.isprintable():
        # CommonMark reads U+0000, and references to controls, back as U+FFFD.
        refuse_unsafe(value, where="text", format="Markdown")
    for char in _META:  # str.replace per present character beats str.translate on CJK text
        if char in value:
            value = value.replace(char, "\\" + char)
    return value


def line(value: str) -> str:
    r"""Collapse whitespace in *value* and escape what would open a block at a line start.

    Parsers strip every kind of whitespace from the ends of a paragraph, a heading
    and a table cell, so other whitespace left at the ends (U+3000, U+00A0) is
    written as a character reference.

    >>> print(line(" -1 "), line("1.5万"), line("12) 条"), line("3.\n"), line("+"), line("\u3000甲"))
    \-1 1.5万 12\) 条 3\. \+ &#12288;甲
    """
    value = collapse(value)
    if not value:
        return value
    if value[0].isspace() or value[-1].isspace():
        start, end = 0, len(value)
        while start < end and value[start].isspace():
            start += 1
        while end > start and value[end - 1].isspace():
            end -= 1
        value = _references(value[:start]) + value[start:end] + _references(value[end:])
    if value[0] in _LINE_START:
        return "\\" + value
    end = 0
    while end < len(value) and "0" <= value[end] <= "9":
        end += 1
    # A list item needs 1-9 digits, "." or ")", then a space or the end of the line.
    if (
        0 < end <= 9
        and value[end : end + 1] in (".", ")")
        and value[end + 1 : end + 2] in ("", " ")
    ):
        return value[:end] + "\\" + value[end:]
    return value


def _references(value: str) -> str:
    return "".join(f"&#{ord(char)};" for char in value)


def _split_trailing(value: str) -> tuple[str, str]:
    """Split off trailing punctuation, symbols and spaces (where ``**`` could not close)."""
    end = len(value)
    while end and (value[end - 1].isspace() or unicodedata.category(value[end - 1])[0] in "PS"):
        end -= 1
    return value[:end], value[end:]


class MarkdownRenderer(BaseRenderer[str]):
    """Renders CommonMark with GFM tables (``to="markdown"``, suffix ``.md``).

    Takes the common options only (see :class:`govreport.renderers.Options`).
    """

    name = "markdown"
    suffix = ".md"

    def escape(self, value: str) -> str:
        """See :func:`escape`."""
        return escape(value)

    def render_report(self, report: Report) -> str:
        """Authority, number, ``# title``, body and closing, blocks separated by blank lines."""
        out = [self.paragraph(self.escape(report.authority))]
        if report.number is not None:
            out.append(self.paragraph(self.escape(str(report.number))))
        out.append("# " + line(self.render_text(report.title)) + "\n\n")
        out.append(self.render_blocks(report.preamble))
        out += [self.render_section(node) for node in self.sections()]
        if report.closing is not None:
            out.append(self.render_closing(report.closing))
        return "".join(out)[:-1]

    def paragraph(self, inline: str) -> str:
        """One paragraph from already-escaped inline Markdown."""
        return line(inline) + "\n\n"

    def render_section(self, node: Node) -> str:
        """Heading (or bold lead-in, or bare marker), blocks, then children."""
        section = node.section
        blocks = section.blocks
        marker = self.escape(node.marker)
        out = []
        if section.title is None:
            if blocks:
                out.append(self.render_block(blocks[0], lead=marker))
                blocks = blocks[1:]
            else:
                out.append(self.paragraph(marker))
        else:
            title = marker + self.render_text(section.title) + self.escape(section.heading_end)
            if section.run_in and not isinstance(blocks[0], Table):
                core, tail = _split_trailing(collapse(title))
                if title[-1:] in " \t\n\r\f\v" and not tail.endswith(" "):
                    tail += " "  # the space before the body, which collapse() dropped
                out.append(self.render_block(blocks[0], lead=f"**{core}**{tail}"))
                blocks = blocks[1:]
            else:
                out.append("#" * min(node.level + 1, 6) + " " + line(title) + "\n\n")
        out.append(self.render_blocks(blocks))
        out += [self.render_section(child) for child in node.children]
        return "".join(out)

    def render_paragraph(self, block: Paragraph, *, lead: str = "") -> str:
        """One paragraph."""
        return self.paragraph(lead + self.render_text(block.text))

    def render_points(self, block: Points, *, lead: str = "") -> str:
        """One paragraph, or one paragraph per point."""
        items = self.point_texts(block)
        if block.layout == "inline":
            return self.paragraph(lead + "".join(items))
        items[0] = lead + items[0]
        return "".join(map(self.paragraph, items))

    def render_table(self, block: Table, *, lead: str = "") -> str:
        """A GFM table, or an HTML table where the grid needs spans or several header rows."""
        out = [self.paragraph(lead)] if lead else []
        if block.caption is not None:
            out.append(self.paragraph(self.render_text(block.caption)))
        rows = block.header + block.rows
        if len(block.header) != 1 or any(c.rowspan > 1 or c.colspan > 1 for r in rows for c in r):
            out.append(self.html_table(block))
            return "".join(out)
        for number, row in enumerate(rows):
            cells = (line(self.cell_text(cell)) for cell in row)
            out.append("| " + " | ".join(cells) + " |\n")
            if number == 0:
                out.append("|" + " --- |" * len(row) + "\n")
        out.append("\n")
        return "".join(out)

    def html_table(self, block: Table) -> str:
        """The HTML fallback: one block with no blank line inside, text through html.escape."""
        out = ["<table>\n"]
        groups = (("thead", block.header), ("tbody", block.rows))
        for group, rows in groups:
            if not rows:
                continue
            out.append(f"<{group}>\n")
            for row in rows:
                out.append("<tr>")
                for cell in row:
                    head = cell.content is not None and (cell.header or group == "thead")
                    tag = "th" if head else "td"
                    attrs = ""
                    if tag == "th":
                        attrs += ' scope="col"' if group == "thead" else ' scope="row"'
                    if cell.rowspan > 1:
                        attrs += f' rowspan="{cell.rowspan}"'
                    if cell.colspan > 1:
                        attrs += f' colspan="{cell.colspan}"'
                    out.append(f"<{tag}{attrs}>{self.html_cell(cell)}</{tag}>")
                out.append("</tr>\n")
            out.append(f"</{group}>\n")
        out.append("</table>\n\n")
        return "".join(out)

    def html_cell(self, cell: Cell) -> str:
        """A cell's text for the HTML fallback, whitespace collapsed so no blank line ends it."""
        if cell.content is None:
            return ""
        text = cell.content if isinstance(cell.content, Text) else Text((cell.content,))
        return escape_html(collapse(self.plain(text)), where="table cell")

    def render_closing(self, closing: Closing) -> str:
        """Signature and date, one paragraph each."""
        return self.paragraph(self.escape(closing.signature)) + self.paragraph(
            self.escape(self.format_date(closing.date))
        )
