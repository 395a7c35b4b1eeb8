"""Word documents (.docx) in the official layout of GB/T 9704-2012, built with python-docx.

Needs the extra: ``pip install 'govreport[docx]'``.

The page is A4 with margins of 37 mm (top), 35 mm (bottom), 28 mm (left, 订口)
and 26 mm (right), and a document grid of 22 lines × 28 characters; body text is
3号 (16 pt) 仿宋_GB2312 with a two-character first-line indent; the title is 2号
方正小标宋简体, centred; headings are 黑体 (一、), 楷体_GB2312 (（一）) and
仿宋_GB2312 (1. and （1）); Western letters and digits are Times New Roman. Page
numbers ``— 1 —`` stand in 4号 宋体 at the outside corner: right on odd pages,
left on even ones. The signature and the date stand right-aligned at the end.

Each line of the text renderer's output is one paragraph here (a table row is a
table row), so the text python-docx reads back is the plain text:

- the authority, the document number (centred) and the title (a line break in
  the title breaks the title's line), then an empty paragraph;
- a heading of its own is a paragraph in the style ``Heading1``–``Heading6``;
  a run-in title, or the bare marker of an untitled section, is a run in the
  character style ``Heading1Char``… opening the first paragraph;
- points run on in one paragraph or make one paragraph each;
- tables have full borders, merged cells and header rows repeated on every page;
- an empty paragraph, then the signature and the date (styles ``Signature``
  and ``Date``).

The core properties carry the title, the authority (author) and the date of the
closing (or else of publication); a report without a date gives a document
without a timestamp, and the same report gives the same bytes every time.

>>> import io, datetime
>>> import docx
>>> import govreport as gr
>>> from govreport.renderers import render
>>> report = gr.Report(title="2023年度报告", authority="某乡人民政府", year=2023,
...     sections=[gr.Section(title="主要举措", blocks=[gr.Paragraph(text="开展学法活动6次。")])],
...     closing=gr.Closing(signature="某乡人民政府", date=datetime.date(2024, 1, 15)))
>>> document = docx.Document(io.BytesIO(render(report, "docx")))
>>> [(p.style.name, p.text) for p in document.paragraphs][2:5]
[('Normal', ''), ('Heading 1', '一、主要举措'), ('Normal', '开展学法活动6次。')]
>>> document.core_properties.author, document.core_properties.created.date()
('某乡人民政府', datetime.date(2024, 1, 15))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import attrs

from .._blocks import Paragraph, Points, Table
from .._report import Closing, Report
from ..exceptions import ValidationError
from ._base import BaseRenderer, Node
from ._docx_layout import Fonts, escape, styles_xml
from ._docx_package import Metadata, package
from ._docx_table import table_xml
from ._options import Options

__all__ = ["DocxOptions", "DocxRenderer", "Fonts", "escape"]


def _levels(value: Iterable[int]) -> tuple[int, ...]:
    if isinstance(value, int | str):
        raise ValidationError(
            f"option 'bold_levels' must be a collection of heading levels (got {value!r})",
            field="bold_levels",
            value=value,
        )
    levels = tuple(sorted(set(value)))
    for level in levels:
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 6:
            raise ValidationError(
                f"option 'bold_levels' holds heading levels 1-6 (got {level!r})",
                field="bold_levels",
                value=level,
            )
    return levels


def _check_fonts(inst: object, attribute: attrs.Attribute[Fonts], value: Fonts) -> None:
    if not isinstance(value, Fonts):
        raise ValidationError(
            f"option 'fonts' must be a govreport.renderers.docx.Fonts (got {value!r})",
            field="fonts",
            value=value,
        )


def _check_indent(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 14:
        raise ValidationError(
            f"option 'closing_indent' must be 0-14 characters (got {value!r})",
            field="closing_indent",
            value=value,
        )


@attrs.frozen(kw_only=True)
class DocxOptions(Options):
    """The common options, plus the typefaces and two points of local house style.

    Args:
        fonts: the :class:`Fonts` by role (title, body, level-1 and level-2
            headings, page numbers, Western text).
        bold_levels: heading levels set in bold. GB/T 9704 bolds none (the
            default); many local style sheets bold level 2 or 3 (楷体加粗).
        closing_indent: characters of space right of the signature and the
            date (default 4, 右空四字; 2 where a document is not sealed).

    >>> DocxOptions(bold_levels=[3, 2]).bold_levels
    (2, 3)
    >>> DocxOptions(bold_levels=[7])
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: option 'bold_levels' holds heading levels 1-6 (got 7)
    """

    fonts: Fonts = attrs.field(factory=Fonts, validator=_check_fonts)
    bold_levels: tuple[int, ...] = attrs.field(default=(), converter=_levels)
    closing_indent: int = attrs.field(default=4, validator=_check_indent)


def _run(text: str, style: str | None = None) -> str:
    """One run of escaped *text*, East Asian fonts for ambiguous characters (“ ” — …)."""
    if not text:
        return ""
    rstyle = "" if style is None else f'<w:rStyle w:val="{style}"/>'
    return (
        f'<w:r><w:rPr>{rstyle}<w:rFonts w:hint="eastAsia"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def _paragraph(runs: str, style: str | None = None) -> str:
    if style is None:
        return f"<w:p>{runs}</w:p>"
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>'


class DocxRenderer(BaseRenderer[bytes]):
    """Renders a Word document (``to="docx"``, suffix ``.docx``); options: :class:`DocxOptions`.

    ``render(report)`` returns the bytes of the file.
    """

    name = "docx"
    suffix = ".docx"
    binary: ClassVar[bool] = True
    options_type: ClassVar[type[Options]] = DocxOptions
    options: DocxOptions

    escape = staticmethod(escape)
    render_string = staticmethod(escape)

    def render_report(self, report: Report) -> bytes:
        """The .docx file: the body in the package, with the styles and metadata."""
        date = report.closing.date if report.closing is not None else report.published
        metadata = Metadata(
            title=self.plain(report.title).replace("\n", ""), author=report.authority, created=date
        )
        options = self.options
        styles = styles_xml(
            options.fonts, bold_levels=options.bold_levels, closing_indent=options.closing_indent
        )
        return package(self.body(report), styles=styles, fonts=options.fonts, metadata=metadata)

    def body(self, report: Report) -> str:
        """The body's XML: authority, number, title, empty line, preamble, sections, closing."""
        out = [_paragraph(_run(self.escape(report.authority)), "GRAuthority")]
        if report.number is not None:
            out.append(_paragraph(_run(self.escape(str(report.number))), "GRDocumentNumber"))
        out += [_paragraph(_run(self.render_text(report.title)), "Title"), "<w:p/>"]
        out.append(self.render_blocks(report.preamble))
        out += [self.render_section(node) for node in self.sections()]
        if report.closing is not None:
            out += ["<w:p/>", self.render_closing(report.closing)]
        return "".join(out)

    def render_section(self, node: Node) -> str:
        """A heading paragraph, or a run-in title (or bare marker) opening the first block."""
        section = node.section
        blocks = section.blocks
        style = f"Heading{node.level}"
        out = []
        marker = self.escape(node.marker)
        if section.title is None:
            if blocks:
                out.append(self.render_block(blocks[0], lead=_run(marker, style + "Char")))
                blocks = blocks[1:]
            else:
                out.append(_paragraph(_run(marker), style))
        else:
            title = marker + self.render_text(section.title) + self.escape(section.heading_end)
            if section.run_in and not isinstance(blocks[0], Table):
                out.append(self.render_block(blocks[0], lead=_run(title, style + "Char")))
                blocks = blocks[1:]
            else:
                out.append(_paragraph(_run(title), style))
        out.append(self.render_blocks(blocks))
        out += [self.render_section(child) for child in node.children]
        return "".join(out)

    def render_paragraph(self, block: Paragraph, *, lead: str = "") -> str:
        """A body paragraph; *lead* is the run of a run-in title or marker."""
        return _paragraph(lead + _run(self.render_text(block.text)))

    def render_points(self, block: Points, *, lead: str = "") -> str:
        """``一是…二是…`` in one paragraph, or one paragraph per point."""
        items = self.point_texts(block)
        if block.layout == "inline":
            return _paragraph(lead + _run("".join(items)))
        return _paragraph(lead + _run(items[0])) + "".join(_paragraph(_run(i)) for i in items[1:])

    def render_table(self, block: Table, *, lead: str = "") -> str:
        """The lead and caption paragraphs, then the table."""
        out = [_paragraph(lead)] if lead else []
        if block.caption is not None:
            out.append(_paragraph(_run(self.render_text(block.caption)), "Caption"))
        out.append(table_xml(block, cell_text=self.cell_text, run=_run))
        return "".join(out)

    def render_closing(self, closing: Closing) -> str:
        """The signature and the date, right-aligned."""
        return _paragraph(_run(self.escape(closing.signature)), "Signature") + _paragraph(
            _run(self.escape(self.format_date(closing.date))), "Date"
        )
