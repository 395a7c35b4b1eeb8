"""The plain official text, laid out line by line as a report is typed in Word.

Layout (one paragraph per line, as in the seed report ``lutang_2023.txt``):

- the issuing authority, the report's own document number if it has one, the
  title, then one blank line;
- the preamble, one line per block;
- each section: a title on its own line (``一、…``, ``（二）工作任务推进情况：``,
  ``3.全面履行政府职能。``) followed by its blocks; a run-in title opens the
  first line of its body (``（一）贯彻落实…情况。一是…``); an untitled section
  writes its marker before its first block (``（1）全面加快推动…``);
- points run on in one line (``layout="inline"``) or start a line each
  (``layout="lines"``), each as ``一是{lead}{text}``;
- tables one row per line, cells separated by a tab; a cell spanning columns is
  followed by empty fields and a cell spanning rows leaves empty fields below
  it, so every row has the table's width; a blank cell is an empty field;
- a blank line, then the signature and the date, each on its own line.

Text is written as it is: nothing is escaped, and a line break inside a text
breaks the line.

>>> import govreport as gr
>>> from govreport.renderers import render
>>> report = gr.Report(title="2023年度报告", authority="某乡人民政府", year=2023, sections=[
...     gr.Section(title="主要举措", run_in=True, blocks=[gr.Points(items=["学习。", "宣传。"])])])
>>> print(render(report, "text"), end="")
某乡人民政府
2023年度报告
<BLANKLINE>
一、主要举措。一是学习。二是宣传。
"""

from __future__ import annotations

from .._blocks import Paragraph, Points, Table
from .._report import Closing, Report
from .._walk import grid
from ._base import BaseRenderer, Node

__all__ = ["TextRenderer"]


class TextRenderer(BaseRenderer[str]):
    """Renders the plain official text (``to="text"``, suffix ``.txt``).

    Takes the common options only (see :class:`govreport.renderers.Options`).
    """

    name = "text"
    suffix = ".txt"

    def escape(self, value: str) -> str:
        """Plain text needs no escaping: the identity."""
        return value

    def render_string(self, value: str) -> str:
        """Prose as it is."""
        return value

    def render_report(self, report: Report) -> str:
        """Authority, number, title, blank line, body, blank line, closing."""
        out = [report.authority, "\n"]
        if report.number is not None:
            out += [str(report.number), "\n"]
        out += [self.render_text(report.title), "\n\n"]
        out.append(self.render_blocks(report.preamble))
        out += [self.render_section(node) for node in self.sections()]
        if report.closing is not None:
            out += ["\n", self.render_closing(report.closing)]
        return "".join(out)

    def render_section(self, node: Node) -> str:
        """Title line (or run-in lead, or bare marker), blocks, then children."""
        section = node.section
        blocks = section.blocks
        out = []
        if section.title is None:
            lead = node.marker
        else:
            lead = node.marker + self.render_text(section.title) + section.heading_end
        if blocks and (section.title is None or section.run_in):
            out.append(self.render_block(blocks[0], lead=lead))
            blocks = blocks[1:]
        else:
            out += [lead, "\n"]
        out.append(self.render_blocks(blocks))
        out += [self.render_section(child) for child in node.children]
        return "".join(out)

    def render_paragraph(self, block: Paragraph, *, lead: str = "") -> str:
        """One line."""
        return lead + self.render_text(block.text) + "\n"

    def render_points(self, block: Points, *, lead: str = "") -> str:
        """``一是…二是…`` on one line, or one line per point."""
        items = self.point_texts(block)
        if block.layout == "inline":
            return lead + "".join(items) + "\n"
        return lead + "\n".join(items) + "\n"

    def render_table(self, block: Table, *, lead: str = "") -> str:
        """Caption line, then one tab-separated line per row on the full grid."""
        out = [lead + "\n"] if lead else []
        if block.caption is not None:
            out += [self.render_text(block.caption), "\n"]
        for row in grid(block):
            out += ["\t".join("" if cell is None else self.cell_text(cell) for cell in row), "\n"]
        return "".join(out)

    def render_closing(self, closing: Closing) -> str:
        """Signature line, date line."""
        return f"{closing.signature}\n{self.format_date(closing.date)}\n"
