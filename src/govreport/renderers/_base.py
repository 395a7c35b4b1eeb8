"""The walk every renderer shares: options, numbering, dispatch by node type, figure formatting.

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
import html
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, Final, Literal

import attrs

from .._blocks import Block, Cell, Commitment, Paragraph, Points, Table
from .._outline import Numbering, Placed, location, outline
from .._quantity import Metric, Quantity
from .._report import Closing, Report, Section
from .._text import DocumentReference, Inline, ReportYear, Terms, Text, Year
from ..dates import format_date
from ..exceptions import ModelTypeError, ValidationError
from ..numerals import digits, to_chinese
from ..quantities import format_quantity

__all__ = [
    "BaseRenderer",
    "Node",
    "Options",
    "collapse",
    "escape_html",
    "html_unsafe",
    "make_options",
]


def _one_of(*allowed: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in allowed:
            raise ValidationError(
                f"option {attribute.name!r} must be one of "
                f"{', '.join(map(repr, allowed))} (got {value!r})",
                field=attribute.name,
                value=value,
            )

    return check


def _instance_of(kind: type) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise ValidationError(
                f"option {attribute.name!r} must be a {kind.__name__} (got {value!r})",
                field=attribute.name,
                value=value,
            )

    return check


_PROBE: Final = dt.date(2023, 12, 31)
_LOCALE: Final = re.compile(r"[A-Za-z]{2,8}(?:[_-][A-Za-z0-9]{1,8})*")
_ASCII_SPACE: Final = str.maketrans(dict.fromkeys("\t\n\r\f\v", " "))


def collapse(value: str) -> str:
    r"""Runs of ASCII whitespace (line breaks included) become one space; ends are stripped.

    Other spaces, such as the ideographic space U+3000, are text and stay.

    >>> collapse(" a\n\n b\t c\u3000 ")
    'a b c\u3000'
    """
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value  # fast path: no whitespace but single inner spaces
    return " ".join(word for word in value.translate(_ASCII_SPACE).split(" ") if word)


def html_unsafe(value: str) -> str | None:
    r"""The first character HTML cannot carry in text or attributes, or ``None``.

    HTML forbids U+0000, control characters other than ASCII whitespace,
    surrogates and noncharacters (parse errors even as character references).

    >>> html_unsafe("正文 <b>&amp;"), html_unsafe("a\x07b")
    (None, '\x07')
    """
    if value.isprintable():  # fast path: no control, format, surrogate or unassigned code point
        return None
    for char in value:
        code = ord(char)
        if (
            (code < 0x20 and char not in "\t\n\f\r")
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or 0xFDD0 <= code <= 0xFDEF
            or code & 0xFFFE == 0xFFFE
        ):
            return char
    return None


def escape_html(value: str, *, where: str = "text") -> str:
    """``html.escape(value, quote=True)``, refusing what HTML cannot carry rather than dropping it.

    >>> escape_html('</p><p onclick="x">&amp;')
    '&lt;/p&gt;&lt;p onclick=&quot;x&quot;&gt;&amp;amp;'
    """
    bad = html_unsafe(value)
    if bad is not None:
        raise ValidationError(
            f"{where} contains U+{ord(bad):04X}, which HTML cannot carry: {value!r}",
            field="text",
            value=value,
        )
    return html.escape(value, quote=True)


@attrs.frozen(kw_only=True)
class Options:
    """Options every renderer takes.

    Args:
        numerals: ``"arabic"`` (the default: statistics are written in Arabic
            digits, GB/T 15835 §4.1) or ``"chinese"`` (一千四百六十四, 二〇二三).
            A quantity's own ``numerals`` field overrides it.
        date_style: the closing date's style for ``govreport.dates.format_date``
            (``"arabic"`` 2024年1月15日, ``"chinese"`` 二〇二四年一月十五日, or a
            CLDR pattern); ``None`` (the default) follows *numerals*, so figures
            and dates use the same form (GB/T 15835 同类别同形式).
        numbering: ``"restart"`` numbers level-3 items from 1. under each
            （一）; ``"continuous"`` runs them on through the level-1 section.
        locale: passed to ``govreport.dates.format_date``; the HTML
            renderer also derives ``lang`` from it (``zh_CN`` → ``zh-CN``).

    >>> Options().numerals
    'arabic'
    >>> Options(numbering="runon")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: option 'numbering' must be one of 'restart', 'continuous' (got 'runon')
    """

    numerals: Literal["arabic", "chinese"] = attrs.field(
        default="arabic", validator=_one_of("arabic", "chinese")
    )
    date_style: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(_instance_of(str))
    )
    numbering: Numbering = attrs.field(
        default="restart", validator=_one_of("restart", "continuous")
    )
    locale: str = attrs.field(default="zh_CN", validator=_instance_of(str))

    @locale.validator
    def _check_locale(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _LOCALE.fullmatch(value):
            raise ValidationError(
                f"option 'locale' must be a locale name such as 'zh_CN' (got {value!r})",
                field="locale",
                value=value,
            )

    def __attrs_post_init__(self) -> None:
        # Ask the date formatter now, so a bad style or locale fails at construction.
        try:
            format_date(_PROBE, style=self.resolved_date_style, locale=self.locale)
        except Exception as exc:  # babel's UnknownLocaleError is no ValueError
            raise ValidationError(
                f"option 'date_style' {self.date_style!r} with locale {self.locale!r} "
                f"cannot format a date: {exc}",
                field="date_style",
                value=self.date_style,
            ) from exc

    @property
    def resolved_date_style(self) -> str:
        """The date style in effect, which is :attr:`date_style` or else the numerals' own."""
        return self.numerals if self.date_style is None else self.date_style


def make_options(options_type: type[Options], options: dict[str, Any], *, renderer: str) -> Options:
    """Build *options_type* from keywords, naming any option the renderer does not know.

    >>> make_options(Options, {"numeral": "chinese"}, renderer="text")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: unknown option 'numeral' for the 'text' renderer; it takes date_style, locale, numbering, numerals
    """
    known = {a.name for a in attrs.fields(options_type)}
    for name in options:
        if name not in known:
            raise ValidationError(
                f"unknown option {name!r} for the {renderer!r} renderer; "
                f"it takes {', '.join(sorted(known))}",
                field=name,
                value=options[name],
            )
    return options_type(**options)


@attrs.frozen(kw_only=True)
class Node:
    """A section in place, numbered by the outline, with its child nodes.

    ``section`` is the section; ``level`` is 1 for 一、, 2 for （一）, and so on;
    ``marker`` is the derived heading marker (``一、``, ``（二）``, ``3.``,
    ``（4）``); ``chain`` holds the displayed number at each level;
    ``children`` are the child sections as nodes.
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


class BaseRenderer:
    """Base class of the built-in renderers, and a starting point for plug-ins.

    Subclasses set :attr:`name` and :attr:`suffix`, override the ``render_*``
    methods for their format and :meth:`escape`, and may widen
    :attr:`options_type`. The validated options are ``self.options``.
    :meth:`render` works on a shallow copy of the renderer that holds the
    report being rendered as ``self.report``, so one instance can render
    several reports, also concurrently.
    """

    name: ClassVar[str] = ""
    suffix: ClassVar[str] = ""
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
        Year: "render_year",
        ReportYear: "render_year",
        Terms: "render_terms",
        DocumentReference: "render_reference",
    }

    options: Options
    report: Report
    _inline: Mapping[type, Callable[[Any], str]] = MappingProxyType({})

    def __init__(self, **options: Any) -> None:
        self.options = make_options(self.options_type, options, renderer=self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"

    def render(self, report: Report) -> str:
        """The whole report in this renderer's format."""
        if not isinstance(report, Report):
            raise ModelTypeError(
                f"render() needs a Report (got {type(report).__name__})",
                field="report",
                value=report,
            )
        run = copy.copy(self)
        run.report = report
        # Bound methods by exact type, looked up once per call rather than once per part.
        run._inline = {cls: getattr(run, name) for cls, name in run._INLINES.items()}
        return run.render_report(report)

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

    def render_report(self, report: Report) -> str:
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

    def format_quantity(self, quantity: Quantity) -> str:
        """A quantity as written (``10余次``, ``0.9万元``), in the report's numerals."""
        return format_quantity(
            quantity.value,
            quantity.unit,
            approx=quantity.approx,
            scale=quantity.scale,
            numerals=quantity.numerals or self.options.numerals,
            approx_after_scale=quantity.approx_after_scale,
        )

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
