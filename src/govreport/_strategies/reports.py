"""Strategies for whole reports: consistent ones, and ones with one injected problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final, Literal, TypeAlias

import attrs
from hypothesis import strategies as st

from .._blocks import Block, Cell, Commitment, Paragraph, Point, Points, Table
from .._figure import Figure
from .._outline import location
from .._quantity import Metric
from .._report import Closing, Report, Section
from .._text import Inline, ReportYear, Terms, Text
from ..exceptions import ValidationError
from .basic import (
    closed_dates,
    document_numbers,
    labels,
    quantities,
    strings,
    texts,
    unmarked,
)
from .related import (
    Related,
    declared_counts,
    inconsistent_counts,
    inconsistent_rates,
    inconsistent_totals,
    rates,
    totals,
)

__all__ = ["Injected", "inconsistent_reports", "reports", "sections", "tables"]

Chain: TypeAlias = tuple[int, ...]
Nodes: TypeAlias = list["Nodes"]
"""A section tree's shape: each node is the list of its subsections."""
Problem = Literal[
    "sum-mismatch", "ratio-mismatch", "percent-range", "count-mismatch", "period-mismatch"
]
PROBLEMS: Final[tuple[Problem, ...]] = (
    "sum-mismatch",
    "ratio-mismatch",
    "percent-range",
    "count-mismatch",
    "period-mismatch",
)


@attrs.frozen
class Injected:
    """A report with exactly one known problem, and where it is.

    Args:
        report: the report.
        code: the code of the one finding :func:`~govreport.checks.check` must report.
        location: where that finding stands (``""``: the report as a whole).
        metrics: the metric ids it names.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(inconsistent_reports(codes=["period-mismatch"]))
    ... def test(case):
    ...     assert (case.code, case.location, case.metrics) == ("period-mismatch", "", ())
    >>> test()
    """

    report: Report
    code: str
    location: str
    metrics: tuple[str, ...]


def _shape(draw: st.DrawFn, level: int, max_depth: int) -> Nodes:
    """The subsections of a section at *level* - 1, as nested lists."""
    if level > max_depth:
        return []
    count = draw(st.integers(0, 3 if level == 2 else 2))
    return [_shape(draw, level + 1, max_depth) for _ in range(count)]


def _chains(nodes: Nodes, prefix: Chain = ()) -> list[Chain]:
    found: list[Chain] = []
    for n, node in enumerate(nodes, start=1):
        here = (*prefix, n)
        found.append(here)
        found.extend(_chains(node, here))
    return found


def _children(nodes: Nodes, chain: Chain) -> Nodes:
    for n in chain:
        nodes = nodes[n - 1]
    return nodes


def _paragraph(draw: st.DrawFn, inlines: Sequence[Inline], hostile: bool) -> Paragraph:
    parts: list[Inline] = [draw(strings(hostile=hostile, max_size=10))]
    for inline in inlines:
        parts.extend((inline, draw(strings(hostile=hostile, max_size=10))))
    return Paragraph(text=Text(tuple(parts)))


class _Layout:
    """Where the drawn content goes: blocks per section chain, extra subsections."""

    def __init__(self, top: Nodes) -> None:
        self.top = top
        self.chains = _chains(top)
        self.blocks: dict[Chain, list[Block]] = {(): [], **{c: [] for c in self.chains}}
        self.extra: dict[Chain, list[Section]] = {(): [], **{c: [] for c in self.chains}}

    def place(self, draw: st.DrawFn, case: Related, hostile: bool) -> str:
        """Put *case* in some section (or the preamble) and return its location."""
        item = case.item
        if isinstance(item, Section):
            host = draw(st.sampled_from([(), *(c for c in self.chains if len(c) <= 2)]))
            siblings = self.top if host == () else _children(self.top, host)
            self.extra[host].append(item)
            return location((*host, len(siblings) + len(self.extra[host])))
        host = draw(st.sampled_from([(), *self.chains]))
        inlines: list[Inline] = list(case.metrics)
        if isinstance(item, Terms):
            inlines.append(item)
        self.blocks[host].append(_paragraph(draw, inlines, hostile))
        if isinstance(item, Points | Table):
            self.blocks[host].append(item)
        return location(host)

    def section(self, draw: st.DrawFn, chain: Chain, hostile: bool, year: int) -> Section:
        blocks = draw(st.permutations(self.blocks[chain]))
        children = [
            self.section(draw, (*chain, n), hostile, year)
            for n in range(1, len(_children(self.top, chain)) + 1)
        ]
        run_in = bool(blocks) and draw(st.booleans())
        return Section(
            title=unmarked(draw(texts(hostile=hostile, max_parts=2, max_year=year))),
            run_in=run_in,
            blocks=tuple(blocks),
            children=(*children, *self.extra[chain]),
        )


def _filler(draw: st.DrawFn, n: int, hostile: bool, year: int) -> Block:
    """A block with no relation: prose, points, a plan item or a small table."""
    kind = draw(st.sampled_from(("paragraph", "points", "commitment", "table")))
    figure = Metric(id=f"fill.m{n}", label=draw(labels()), quantity=draw(quantities()))
    if kind == "paragraph":
        # A metric; a figure without id or label (the report derives them); or a metric
        # placed twice, which the report turns into a metric and a citation.
        written = draw(st.sampled_from(("metric", "figure", "cited")))
        placed = Figure(quantity=figure.quantity) if written == "figure" else figure
        again = ("，", figure) if written == "cited" else ()
        return Paragraph(
            text=Text((*draw(texts(hostile=hostile, max_year=year)).parts, placed, *again))
        )
    if kind == "points":
        items = draw(st.lists(texts(hostile=hostile, max_year=year), min_size=2, max_size=4))
        lead = draw(st.none() | texts(hostile=hostile, figures=False, max_parts=1))
        return Points(
            items=[Point(text=items[0], lead=lead), *items[1:]],
            layout=draw(st.sampled_from(("inline", "lines"))),
        )
    if kind == "commitment":
        due = draw(st.none() | st.dates(dt.date(year + 1, 1, 1), dt.date(year + 1, 12, 31)))
        target = draw(st.booleans())
        body = (*draw(texts(hostile=hostile, max_year=year)).parts, figure) if target else None
        return Commitment(
            text=Text(body) if body else draw(texts(hostile=hostile, max_year=year)),
            target=figure.id if target else None,
            deadline=due,
        )
    return draw(tables(hostile=hostile, figure=figure))


@st.composite
def tables(draw: st.DrawFn, *, hostile: bool = True, figure: Metric | None = None) -> Table:
    """Small tables: a header row (possibly one cell spanning all columns) and body rows.

    Cells hold text, nothing, or (once) *figure*.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(tables(hostile=False))
    ... def test(case):
    ...     assert case.width >= 1 and case.rows
    >>> test()
    """
    width = draw(st.integers(1, 4))
    cell = st.one_of(st.none(), texts(hostile=hostile, figures=False, max_parts=1))
    if draw(st.booleans()):
        header = [[Cell(content=draw(strings(hostile=hostile)), colspan=width, header=True)]]
    else:
        header = [[Cell(content=draw(cell), header=True) for _ in range(width)]]
    rows = [
        [Cell(content=draw(cell)) for _ in range(width)] for _ in range(draw(st.integers(1, 4)))
    ]
    if figure is not None:
        rows[0][0] = Cell(content=figure)
    caption = draw(st.none() | texts(hostile=hostile, figures=False, max_parts=1))
    return Table(header=header, rows=rows, caption=caption)


@st.composite
def _assembled(
    draw: st.DrawFn,
    cases: Sequence[Related],
    *,
    hostile: bool,
    max_sections: int,
    max_depth: int,
    year: int | None,
) -> tuple[Report, list[str]]:
    """A report holding *cases*, and the location of each case."""
    y = year if year is not None else draw(st.integers(2005, 2030))
    top = [_shape(draw, 2, max_depth) for _ in range(draw(st.integers(1, max_sections)))]
    layout = _Layout(top)
    where = [layout.place(draw, case, hostile) for case in cases]
    for n in range(draw(st.integers(0, 6))):
        layout.blocks[draw(st.sampled_from([(), *layout.chains]))].append(
            _filler(draw, n, hostile, y)
        )
    signed = draw(closed_dates(y))
    report = Report(
        title=Text((draw(strings(hostile=hostile, max_size=8)), ReportYear(), "年度工作报告")),
        authority=draw(strings(hostile=hostile, max_size=12)),
        year=y,
        preamble=tuple(layout.blocks[()]),
        sections=[
            *(layout.section(draw, (n,), hostile, y) for n in range(1, len(top) + 1)),
            *layout.extra[()],
        ],
        relations=tuple(case.relation for case in cases),
        number=draw(st.none() | document_numbers(min_year=y, max_year=y + 1)),
        closing=Closing(signature=draw(strings(hostile=hostile, max_size=12)), date=signed),
        published=draw(st.none() | st.dates(signed, signed + dt.timedelta(days=60))),
    )
    return report, where


def _cases(draw: st.DrawFn, max_relations: int) -> list[Related]:
    kinds = st.sampled_from(("total", "rate", "count"))
    found: list[Related] = []
    for n, kind in enumerate(draw(st.lists(kinds, max_size=max_relations))):
        prefix = f"r{n}"
        if kind == "total":
            found.append(draw(totals(prefix=prefix)))
        elif kind == "rate":
            found.append(draw(rates(unit=draw(st.sampled_from(("%", "‰"))), prefix=prefix)))
        else:
            found.append(draw(declared_counts(prefix=prefix)))
    return found


@st.composite
def reports(
    draw: st.DrawFn,
    *,
    hostile: bool = True,
    max_sections: int = 4,
    max_depth: int = 4,
    max_relations: int = 4,
    year: int | None = None,
) -> Report:
    """Consistent reports: :func:`~govreport.checks.check` finds no error in them.

    They hold totals, rates and declared counts whose figures agree (exactly
    or within their rounding and markers), standalone figures, points, plan
    items, tables, document references, a signature date early in the next
    year and sometimes a publication date after it. Text is drawn by
    :func:`~govreport.strategies.strings`, with *hostile* characters by default. Sections nest up to
    *max_depth* levels (4 is （1）).

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(reports(max_relations=2))
    ... def test(case):
    ...     assert not [f for f in gr.check(case) if f.severity == "error"]
    >>> test()
    """
    cases = _cases(draw, max_relations)
    report, _ = draw(
        _assembled(
            cases, hostile=hostile, max_sections=max_sections, max_depth=max_depth, year=year
        )
    )
    return report


def sections(*, hostile: bool = True, max_depth: int = 4) -> st.SearchStrategy[Section]:
    """Sections (with subsections, figures, points and tables), as :func:`~govreport.strategies.reports` writes them.

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(sections(max_depth=2))
    ... def test(section):
    ...     assert isinstance(section, gr.Section) and section.title is not None
    >>> test()
    """
    return reports(hostile=hostile, max_depth=max_depth, max_sections=1).map(
        lambda report: report.sections[0]
    )


def inconsistent_reports(
    *,
    codes: Sequence[Problem] = PROBLEMS,
    hostile: bool = True,
    max_relations: int = 3,
) -> st.SearchStrategy[Injected]:
    """Reports with exactly one problem, whose finding code, location and metrics are known.

    *codes* limits the problems drawn: ``sum-mismatch`` (from
    :func:`~govreport.strategies.inconsistent_totals`), ``ratio-mismatch`` and ``percent-range``
    (from :func:`~govreport.strategies.inconsistent_rates`), ``count-mismatch`` (from
    :func:`~govreport.strategies.inconsistent_counts`) and ``period-mismatch`` (signed before the
    report year began, published before signing, or numbered in an earlier
    year). Everything else in the report is consistent.

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(inconsistent_reports(codes=["sum-mismatch", "count-mismatch"]))
    ... def test(case):
    ...     assert [(f.code, f.location) for f in gr.check(case.report)] == [(case.code, case.location)]
    >>> test()
    """
    unknown = [code for code in codes if code not in PROBLEMS]
    if unknown or not codes:
        raise ValidationError(
            f"'codes' must be some of {', '.join(PROBLEMS)} (got {list(codes)!r})",
            field="codes",
            value=codes,
        )
    return _inconsistent_reports(codes=tuple(codes), hostile=hostile, max_relations=max_relations)


@st.composite
def _inconsistent_reports(
    draw: st.DrawFn,
    *,
    codes: Sequence[Problem] = PROBLEMS,
    hostile: bool = True,
    max_relations: int = 3,
) -> Injected:
    code = draw(st.sampled_from(tuple(codes)))
    cases = _cases(draw, max_relations)
    bad: Related | None = None
    if code == "sum-mismatch":
        bad = draw(inconsistent_totals(prefix="bad"))
    elif code == "ratio-mismatch":
        bad = draw(inconsistent_rates(problem="ratio", prefix="bad"))
    elif code == "percent-range":
        bad = draw(
            inconsistent_rates(problem=draw(st.sampled_from(("range", "marker"))), prefix="bad")
        )
    elif code == "count-mismatch":
        bad = draw(inconsistent_counts(prefix="bad"))
    at = draw(st.integers(0, len(cases)))
    if bad is not None:
        cases.insert(at, bad)
    report, where = draw(_assembled(cases, hostile=hostile, max_sections=3, max_depth=4, year=None))
    if bad is not None:
        return Injected(report=report, code=code, location=where[at], metrics=bad.involved)
    return Injected(report=_misdated(draw, report), code=code, location="", metrics=())


def _misdated(draw: st.DrawFn, report: Report) -> Report:
    """*report* with one date or year out of its period."""
    y = report.year
    faults = ["published-early", "old-number"]
    if all(ref.number is None or ref.number.year < y for ref in report.references()):
        faults.append("signed-early")  # else the citations would postdate the signature too
    fault = draw(st.sampled_from(faults))
    if fault == "old-number":
        return attrs.evolve(report, number=draw(document_numbers(min_year=y - 5, max_year=y - 1)))
    assert report.closing is not None
    if fault == "signed-early":
        early = draw(st.dates(dt.date(y - 1, 1, 1), dt.date(y - 1, 12, 31)))
        return attrs.evolve(
            report, closing=attrs.evolve(report.closing, date=early), published=None
        )
    signed = report.closing.date
    return attrs.evolve(report, published=signed - dt.timedelta(days=draw(st.integers(1, 30))))
