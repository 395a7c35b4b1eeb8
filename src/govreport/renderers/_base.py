"""The walk every renderer shares: numbering, dispatch by node type, figure formatting.

A renderer subclasses :class:`BaseRenderer` and overrides one method per node
type (``render_report``, ``render_section``, ``render_paragraph``,
``render_points``, ``render_commitment``, ``render_table``, ``render_closing``
and the inline ``render_string``, ``render_metric``, ``render_year``,
``render_terms``, ``render_reference``). The base class dispatches on the exact
type of each node, numbers the sections with :func:`govreport._outline.outline`,
and formats figures, years and dates with the formatting modules, so no
renderer spells a numeral itself.

Every string of user text reaches the output through :meth:`BaseRenderer.escape`,
the one escaping choke point of each format.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from .._blocks import Block, Cell, Commitment, Paragraph, Points, Table
from .._figure import Cite
from .._outline import Numbering, Placed, location, outline
from .._quantity import Metric, Quantity
from .._report import Closing, Report, Section
from .._text import DocumentReference, Inline, ReportYear, Terms, Text, Year
from .._written import written
from ..dates import format_date
from ..exceptions import ModelTypeError, ValidationError
from ..numerals import digits, to_chinese
from ._escaping import refuse_lone_surrogates
from ._options import Options, make_options

__all__ = ["BaseRenderer", "Node", "Output", "require_report"]

Output = TypeVar("Output", str, bytes)
"""What a renderer returns: ``str`` for a text format, ``bytes`` for a binary one."""


def require_report(report: object) -> Report:
    """*report*, if it is a :class:`~govreport.Report`; else a :class:`~govreport.exceptions.ModelTypeError`.

    >>> require_report("报告")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: render() needs a Report (got str)
    """
    if not isinstance(report, Report):
        raise ModelTypeError(
            f"render() needs a Report (got {type(report).__name__})",
            field="report",
            value=report,
        )
    return report


@attrs.frozen(kw_only=True)
class Node:
    """A section in place, numbered by the outline, with its child nodes.

    ``section`` is the section; ``level`` is 1 for 一、, 2 for （一）, and so on;
    ``marker`` is the derived heading marker (``一、``, ``（二）``, ``3.``,
    ``（4）``); ``chain`` holds the displayed number at each level;
    ``children`` are the child sections as nodes.

    >>> import govreport as gr
    >>> Node(section=gr.Section(title="甲"), level=2, marker="（二）", chain=(1, 2), children=()).location
    '一（二）'
    """

    section: Section
    level: int
    marker: str
    chain: tuple[int, ...]
    children: tuple[Node, ...]

    @property
    def location(self) -> str:
        """The heading chain a reader cites, e.g. ``一（二）3.``."""
        return location(self.chain)

    @classmethod
    def tree(cls, report: Report, *, numbering: Numbering = "restart") -> tuple[Node, ...]:
        """*report*'s top-level sections as numbered nodes, each holding its children.

        >>> import govreport as gr
        >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023,
        ...     sections=[gr.Section(title="甲", children=[gr.Section(title="乙")])])
        >>> [(n.marker, [c.location for c in n.children]) for n in Node.tree(r)]
        [('一、', ['一（一）'])]
        """
        return _tree(report, numbering)


def _tree(report: Report, numbering: Numbering) -> tuple[Node, ...]:
    """Nest the outline's reading-order list back into a tree of nodes."""
    roots: list[Node] = []
    stack: list[tuple[Placed, list[Node]]] = []

    def close() -> None:
        placed, kids = stack.pop()
        node = Node(
            section=placed.section,
            level=placed.level,
            marker=placed.marker,
            chain=placed.chain,
            children=tuple(kids),
        )
        (stack[-1][1] if stack else roots).append(node)

    for placed in outline(report, numbering=numbering):
        while stack and stack[-1][0].level >= placed.level:
            close()
        stack.append((placed, []))
    while stack:
        close()
    return tuple(roots)


class BaseRenderer(Generic[Output]):
    """Base class of the built-in renderers, and a starting point for plug-ins.

    The type parameter is what :meth:`render` returns: a text format subclasses
    ``BaseRenderer[str]``; a binary one subclasses ``BaseRenderer[bytes]``, sets
    :attr:`binary` to ``True`` and builds its document in :meth:`render_report`,
    using the numbering and formatting methods below.

    Subclasses set :attr:`name` and :attr:`suffix`, override the ``render_*``
    methods for their format and :meth:`escape`, and may widen
    :attr:`options_type`. The validated options are ``self.options``.
    :meth:`render` works on a shallow copy of the renderer that holds the
    report being rendered as ``self.report``, so one instance can render
    several reports, also concurrently.

    >>> import govreport as gr
    >>> from govreport.renderers.text import TextRenderer
    >>> class Bracketed(TextRenderer):
    ...     name = "bracketed"
    ...     def render_metric(self, metric: gr.Metric) -> str:
    ...         return "[" + super().render_metric(metric) + "]"
    >>> report = gr.Report(title="报告", authority="某乡", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("检查企业{n}。", n=gr.metric("firms", 366, "家", label="检查企业")))])
    >>> print(Bracketed().render(report).strip())
    某乡
    报告
    <BLANKLINE>
    检查企业[366家]。
    """

    name: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
    binary: ClassVar[bool] = False
    options_type: ClassVar[type[Options]] = Options

    _BLOCKS: ClassVar[dict[type, str]] = {
        Paragraph: "render_paragraph",
        Points: "render_points",
        Commitment: "render_commitment",
        Table: "render_table",
    }
    _INLINES: ClassVar[dict[type, str]] = {
        str: "render_string",
        Metric: "render_metric",
        Cite: "render_cite",
        Year: "render_year",
        ReportYear: "render_year",
        Terms: "render_terms",
        DocumentReference: "render_reference",
    }

    options: Options
    report: Report
    _inline: Mapping[type, Callable[[Any], str]] = MappingProxyType({})
    _metrics: dict[str, Metric]

    def __init__(self, **options: Any) -> None:
        self.options = make_options(self.options_type, options, renderer=self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"

    def render(self, report: Report) -> Output:
        """The whole report in this renderer's format."""
        run = copy.copy(self)
        run.report = require_report(report)
        run._metrics = {}
        # Bound methods by exact type, looked up once per call rather than once per part.
        run._inline = {cls: getattr(run, name) for cls, name in run._INLINES.items()}
        output = run.render_report(report)
        if isinstance(output, str):  # the same error from every text renderer, before any I/O
            refuse_lone_surrogates(output)
        return output

    # -- the walk ------------------------------------------------------------------------------

    def sections(self) -> tuple[Node, ...]:
        """The report's top-level sections as numbered nodes."""
        return _tree(self.report, self.options.numbering)

    def render_block(self, block: Block, *, lead: str = "") -> str:
        """Dispatch *block* to its ``render_*`` method; *lead* opens its first line."""
        method: Callable[..., str] = getattr(self, _lookup(self._BLOCKS, block))
        return method(block, lead=lead)

    def render_blocks(self, blocks: Iterable[Block]) -> str:
        """Every block in turn, joined."""
        return "".join(self.render_block(block) for block in blocks)

    def render_text(self, text: Text) -> str:
        """A text with its figures, escaped for the format."""
        methods = self._inline
        out = []
        for part in text.parts:
            method = methods.get(type(part))
            if method is None:  # a subclass of a known type
                method = getattr(self, _lookup(self._INLINES, part))
            out.append(method(part))
        return "".join(out)

    # -- overridable per node type ----------------------------------------------------------

    def escape(self, value: str) -> str:
        """The escaping choke point: every string of user text passes here once."""
        raise NotImplementedError

    def render_report(self, report: Report) -> Output:
        """The whole document."""
        raise NotImplementedError

    def render_section(self, node: Node) -> str:
        """One section with its blocks and children."""
        raise NotImplementedError

    def render_paragraph(self, block: Paragraph, *, lead: str = "") -> str:
        """A paragraph; *lead* (a run-in title or a marker) opens it."""
        raise NotImplementedError

    def render_points(self, block: Points, *, lead: str = "") -> str:
        """A 一是…二是… enumeration."""
        raise NotImplementedError

    def render_commitment(self, block: Commitment, *, lead: str = "") -> str:
        """A plan item; by default written like a paragraph."""
        return self.render_paragraph(Paragraph(text=block.text), lead=lead)

    def render_table(self, block: Table, *, lead: str = "") -> str:
        """A table."""
        raise NotImplementedError

    def render_closing(self, closing: Closing) -> str:
        """The signature and date."""
        raise NotImplementedError

    def render_string(self, value: str) -> str:
        """Plain prose: escaped."""
        return self.escape(value)

    def cell_text(self, cell: Cell) -> str:
        """A table cell's content as rendered inline text; ``""`` for a blank cell."""
        if cell.content is None:
            return ""
        if isinstance(cell.content, Metric):
            return self.render_metric(cell.content)
        return self.render_text(cell.content)

    def render_metric(self, metric: Metric) -> str:
        """A figure."""
        return self.escape(self.format_quantity(metric.quantity))

    def render_cite(self, cite: Cite) -> str:
        """A figure cited again: rendered as the metric it names."""
        return self.render_metric(self.cited(cite))

    def cited(self, cite: Cite) -> Metric:
        """The metric *cite* names in the report being rendered."""
        metrics = self._metrics
        if not metrics:
            metrics = self._metrics = self.report.metrics()
        return metrics[cite.id]

    def render_year(self, year: Year | ReportYear) -> str:
        """A calendar year, a :class:`~govreport.ReportYear` resolved against the report."""
        return self.escape(self.format_year(self.resolve_year(year)))

    def render_terms(self, terms: Terms) -> str:
        """Terms joined by their separators."""
        return self.escape(self.format_terms(terms))

    def render_reference(self, reference: DocumentReference) -> str:
        """《title》（number）, 《title》 or the number alone."""
        out = []
        if reference.title is not None:
            out.append(self.escape("《") + self.render_text(reference.title) + self.escape("》"))
        if reference.number is not None:
            number = self.escape(str(reference.number))
            out.append(self.escape("（") + number + self.escape("）") if out else number)
        return "".join(out)

    # -- formatting, shared by every format ----------------------------------------------------

    def plain(self, text: Text) -> str:
        """*text* as plain characters (figures formatted), without escaping or markup."""
        out = []
        for part in text.parts:
            if type(part) is str:
                out.append(part)
            elif isinstance(part, Metric):
                out.append(self.format_quantity(part.quantity))
            elif isinstance(part, Cite):
                out.append(self.format_quantity(self.cited(part).quantity))
            elif isinstance(part, Year | ReportYear):
                out.append(self.format_year(self.resolve_year(part)))
            elif isinstance(part, Terms):
                out.append(self.format_terms(part))
            else:
                assert isinstance(part, DocumentReference)
                title = None if part.title is None else f"《{self.plain(part.title)}》"
                number = None if part.number is None else str(part.number)
                out.append(f"{title}（{number}）" if title and number else title or number or "")
        return "".join(out)

    def point_texts(self, block: Points) -> list[str]:
        """Each point rendered with its marker and lead: ``一是{lead}{text}``."""
        return [
            self.point_marker(n)
            + ("" if point.lead is None else self.render_text(point.lead))
            + self.render_text(point.text)
            for n, point in enumerate(block.items, start=1)
        ]

    def format_quantity(self, quantity: Quantity) -> str:
        """A quantity as written (``10余次``, ``0.9万元``), in the report's numerals."""
        return written(quantity, numerals=self.options.numerals)

    def resolve_year(self, year: Year | ReportYear) -> int:
        """The calendar year a :class:`~govreport.Year` or :class:`~govreport.ReportYear` stands for."""
        return year.value if isinstance(year, Year) else year.resolve(self.report.year)

    def format_year(self, year: int) -> str:
        """``2023``, or ``二〇二三`` with ``numerals="chinese"``."""
        return digits(year) if self.options.numerals == "chinese" else str(year)

    def format_date(self, date: dt.date) -> str:
        """A date in the chosen style and locale (成文日期: ``2024年1月15日``)."""
        return format_date(date, style=self.options.resolved_date_style, locale=self.options.locale)

    def format_terms(self, terms: Terms) -> str:
        """``a、b和c``: items joined by ``sep``, with ``last_sep`` before the last."""
        items = terms.items
        if len(items) == 1:
            return items[0]
        last = terms.sep if terms.last_sep is None else terms.last_sep
        return terms.sep.join(items[:-1]) + last + items[-1]

    @staticmethod
    def point_marker(n: int) -> str:
        """一是, 二是, … 十一是: the derived marker of the *n*-th point."""
        return to_chinese(n) + "是"


def _lookup(table: dict[type, str], node: Inline | Block) -> str:
    name = table.get(type(node))
    if name is None:
        for cls in type(node).__mro__:
            if cls in table:
                return table[cls]
        raise ValidationError(
            f"cannot render a {type(node).__name__} ({node!r})", field="node", value=node
        )
    return name
