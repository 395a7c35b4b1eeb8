"""A standalone HTML5 document (or a fragment) with every figure tagged for machines.

Structure: ``<article class="govreport">`` holds a ``<header>`` (authority,
document number, ``<h1>`` title), the preamble, one ``<section class="level-N">``
per section with its heading ``<h2>``–``<h6>`` (ranked by the headed
sections above it: level 1 is ``<h2>``, and a heading never skips a rank, as
the Nu checker requires), and a ``<footer>`` with the signature and ``<time>``. A run-in title is a
``<b class="run-in">`` lead-in of the first paragraph; points run on as
``<span class="point">`` in one ``<p>``, or as ``<li>`` of an
``<ol class="points">``; tables keep their spans, with ``<th scope>`` for
header cells. Each block element holds exactly one line of the text renderer's
output, so the document's text is the plain text.

Figures are ``<data>`` elements: ``value`` is the unscaled number (0.9万元 →
``9000``), ``data-metric`` the id, ``data-unit``, ``data-scale`` and
``data-approx`` the parts of the quantity, ``data-interval`` the interval of
true values when it is not a single number; years and dates are ``<time>``.

Escaping: every string that comes from the report, in text or in an attribute,
passes through :func:`escape` (:func:`html.escape` with ``quote=True``); tag
and attribute names are constants. Characters HTML cannot carry (U+0000,
control characters other than whitespace, surrogates, noncharacters) raise
:class:`~govreport.exceptions.ValidationError` instead of being dropped.

>>> import govreport as gr
>>> from govreport.renderers import render
>>> fine = gr.metric("fines", "0.9", "元", scale="万", label="经济处罚")
>>> report = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
...     gr.Paragraph(text=gr.text("<b>罚款</b>{fine}。", fine=fine))])
>>> print(render(report, "html", fragment=True))
<article class="govreport">
<header>
<p class="authority">某乡人民政府</p>
<h1>报告</h1>
</header>
<p>&lt;b&gt;罚款&lt;/b&gt;<data value="9000" data-metric="fines" data-unit="元" data-scale="万" data-interval="[8500, 9500]" title="经济处罚">0.9万元</data>。</p>
</article>
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

import attrs

from .._blocks import Cell, Commitment, Paragraph, Points, Table
from .._quantity import Metric
from .._report import Closing, Report
from .._text import DocumentReference, ReportYear, Year
from ..exceptions import ValidationError
from ._base import BaseRenderer, Node
from ._escaping import escape_html
from ._html_style import STYLESHEET
from ._options import Options

__all__ = ["STYLESHEET", "HTMLOptions", "HTMLRenderer", "escape"]


def escape(value: str) -> str:
    """The one escaping choke point: ``html.escape(value, quote=True)``, refusing what HTML cannot carry.

    >>> escape('</p><p onclick="x">&amp;')
    '&lt;/p&gt;&lt;p onclick=&quot;x&quot;&gt;&amp;amp;'
    """
    return escape_html(value)


@attrs.frozen(kw_only=True)
class HTMLOptions(Options):
    """The common options, plus ``fragment=True`` for a bare ``<article>`` to embed in a page.

    >>> HTMLOptions(fragment=True).fragment
    True
    """

    fragment: bool = attrs.field(default=False)

    @fragment.validator
    def _check_fragment(self, attribute: attrs.Attribute[bool], value: bool) -> None:
        if not isinstance(value, bool):
            raise ValidationError(
                f"option 'fragment' must be a bool (got {value!r})", field="fragment", value=value
            )


def _number(value: Decimal) -> str:
    """A Decimal as plain digits, without exponent or trailing zeros."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


class HTMLRenderer(BaseRenderer[str]):
    """Renders HTML5 (``to="html"``, suffix ``.html``); options: :class:`HTMLOptions`."""

    name = "html"
    suffix = ".html"
    options_type: ClassVar[type[Options]] = HTMLOptions
    options: HTMLOptions

    # Bound straight to the module function: prose is most of a report, so one call per string.
    escape = staticmethod(escape)
    render_string = staticmethod(escape)

    def render_report(self, report: Report) -> str:
        """The document: head with title and stylesheet, and the article."""
        out = ['<article class="govreport">\n<header>\n<p class="authority">']
        out += [self.escape(report.authority), "</p>\n"]
        if report.number is not None:
            out += ['<p class="document-number">', self.escape(str(report.number)), "</p>\n"]
        out += ["<h1>", self.render_text(report.title), "</h1>\n</header>\n"]
        out.append(self.render_blocks(report.preamble))
        out += [self.render_section(node) for node in self.sections()]
        if report.closing is not None:
            out.append(self.render_closing(report.closing))
        out.append("</article>\n")
        article = "".join(out)
        if self.options.fragment:
            return article
        title = self.plain(report.title)
        if not title.startswith(report.authority):
            title = report.authority + title
        return (
            f'<!DOCTYPE html>\n<html lang="{self.escape(self.options.locale.replace("_", "-"))}">\n'
            '<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="govreport">\n'
            f"<title>{self.escape(title)}</title>\n<style>\n{STYLESHEET}</style>\n</head>\n"
            f"<body>\n{article}</body>\n</html>\n"
        )

    def render_section(self, node: Node, *, rank: int = 2) -> str:
        """``<section>`` with a heading, a run-in lead-in, or a bare marker.

        *rank* is the heading element to use (2 for ``<h2>``): one below the
        nearest ancestor that has a heading, so ranks never skip, even under a
        run-in or untitled section; deeper than ``<h6>`` stays ``<h6>``.
        """
        section = node.section
        blocks = section.blocks
        out = [f'<section class="level-{node.level}">\n']
        marker = self.escape(node.marker)
        child_rank = rank
        if section.title is None:
            if blocks:
                out.append(self.render_block(blocks[0], lead=f'<b class="marker">{marker}</b>'))
                blocks = blocks[1:]
            else:
                out.append(f'<p><b class="marker">{marker}</b></p>\n')
        else:
            title = marker + self.render_text(section.title) + self.escape(section.heading_end)
            if section.run_in and not isinstance(blocks[0], Table):
                out.append(self.render_block(blocks[0], lead=f'<b class="run-in">{title}</b>'))
                blocks = blocks[1:]
            else:
                tag = f"h{min(rank, 6)}"
                out.append(f"<{tag}>{title}</{tag}>\n")
                child_rank = rank + 1
        out.append(self.render_blocks(blocks))
        out += [self.render_section(child, rank=child_rank) for child in node.children]
        out.append("</section>\n")
        return "".join(out)

    def render_paragraph(self, block: Paragraph, *, lead: str = "") -> str:
        """``<p>``."""
        return f"<p>{lead}{self.render_text(block.text)}</p>\n"

    def render_commitment(self, block: Commitment, *, lead: str = "") -> str:
        """``<p class="commitment">`` with ``data-target`` and ``data-deadline`` when given."""
        attrs_ = ""
        if block.target is not None:
            attrs_ += f' data-target="{self.escape(block.target)}"'
        if block.deadline is not None:
            attrs_ += f' data-deadline="{block.deadline.isoformat()}"'
        return f'<p class="commitment"{attrs_}>{lead}{self.render_text(block.text)}</p>\n'

    def render_points(self, block: Points, *, lead: str = "") -> str:
        """Spans in one ``<p>``, or an ``<ol class="points">``."""
        items = [
            self.escape(self.point_marker(n))
            + ("" if point.lead is None else self.render_text(point.lead))
            + self.render_text(point.text)
            for n, point in enumerate(block.items, start=1)
        ]
        data_id = "" if block.id is None else f' data-id="{self.escape(block.id)}"'
        if block.layout == "inline":
            spans = "".join(f'<span class="point">{item}</span>' for item in items)
            return f"<p{data_id}>{lead}{spans}</p>\n"
        items[0] = lead + items[0]
        lis = "".join(f"<li>{item}</li>\n" for item in items)
        return f'<ol class="points"{data_id}>\n{lis}</ol>\n'

    def render_table(self, block: Table, *, lead: str = "") -> str:
        """``<table>`` with ``<caption>``, ``<thead>`` and ``<tbody>``, spans kept."""
        out = [f"<p>{lead}</p>\n"] if lead else []
        data_id = "" if block.id is None else f' data-id="{self.escape(block.id)}"'
        out.append(f"<table{data_id}>\n")
        if block.caption is not None:
            out += ["<caption>", self.render_text(block.caption), "</caption>\n"]
        for group, rows in (("thead", block.header), ("tbody", block.rows)):
            if not rows:
                continue
            out.append(f"<{group}>\n")
            for row in rows:
                out.append("<tr>")
                out += [self.render_cell(cell, head=group == "thead") for cell in row]
                out.append("</tr>\n")
            out.append(f"</{group}>\n")
        out.append("</table>\n")
        return "".join(out)

    def render_cell(self, cell: Cell, *, head: bool) -> str:
        """``<th scope>`` for a header cell with content, ``<td>`` otherwise."""
        if cell.content is None:
            content = ""
        elif isinstance(cell.content, Metric):
            content = self.render_metric(cell.content)
        else:
            content = self.render_text(cell.content)
        if cell.content is not None and (head or cell.header):
            tag, attrs_ = "th", ' scope="col"' if head else ' scope="row"'
        else:
            tag, attrs_ = "td", ""
        if cell.rowspan > 1:
            attrs_ += f' rowspan="{cell.rowspan}"'
        if cell.colspan > 1:
            attrs_ += f' colspan="{cell.colspan}"'
        return f"<{tag}{attrs_}>{content}</{tag}>"

    def render_metric(self, metric: Metric) -> str:
        """``<data value=… data-metric=… …>560件</data>``."""
        q = metric.quantity
        esc = escape
        value = q.value if q.scale is None else q.value * q.multiplier
        out = [f'<data value="{_number(value)}" data-metric="{esc(metric.id)}"']
        if q.unit:
            out.append(f' data-unit="{esc(q.unit)}"')
        if q.scale is not None:
            out.append(f' data-scale="{esc(q.scale)}"')
        if q.approx is not None:
            out.append(f' data-approx="{esc(q.approx)}"')
        if q.approx is not None or q.is_rounded:  # otherwise the interval is the value itself
            interval = q.interval()
            if not interval.is_point:
                out.append(f' data-interval="{esc(str(interval))}"')
        out += [f' title="{esc(metric.label)}">', esc(self.format_quantity(q)), "</data>"]
        return "".join(out)

    def render_year(self, year: Year | ReportYear) -> str:
        """``<time datetime="2023">2023</time>``."""
        value = self.resolve_year(year)
        shown = self.escape(self.format_year(value))
        if not 1 <= value <= 9999:
            return shown
        return f'<time datetime="{value:04d}">{shown}</time>'

    def render_reference(self, reference: DocumentReference) -> str:
        """``《<cite>title</cite>》（<span class="document-number">number</span>）``."""
        out = []
        if reference.title is not None:
            out.append(f"《<cite>{self.render_text(reference.title)}</cite>》")
        if reference.number is not None:
            number = f'<span class="document-number">{self.escape(str(reference.number))}</span>'
            out.append(f"（{number}）" if out else number)
        return "".join(out)

    def render_closing(self, closing: Closing) -> str:
        """``<footer>`` with the signature and the date as ``<time>``."""
        return (
            f'<footer class="closing">\n<p class="signature">{self.escape(closing.signature)}</p>\n'
            f'<p class="date">{self.render_date(closing.date)}</p>\n</footer>\n'
        )

    def render_date(self, date: dt.date) -> str:
        """``<time datetime="2024-01-15">2024年1月15日</time>``."""
        return f'<time datetime="{date.isoformat()}">{self.escape(self.format_date(date))}</time>'
