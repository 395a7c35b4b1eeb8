"""The strategy ``st.from_type`` uses for each public model class."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from .. import kinds
from .._blocks import Cell, Commitment, Paragraph, Point, Points, Table
from .._figure import Cite, Figure
from .._interval import Interval
from .._quantity import Metric, Quantity
from .._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from .._report import Closing, Report, Section, SetAside
from .._text import DocumentNumber, DocumentReference, ReportYear, Terms, Text, Year
from ..checks import SEVERITIES, Finding
from ..kinds import Kind
from ..renderers import Node, Options
from ..renderers.html import HTMLOptions
from ..renderers.json import JSONOptions
from .basic import (
    document_numbers,
    document_references,
    ids,
    intervals,
    metrics,
    quantities,
    strings,
    terms,
    texts,
)
from .related import Related, declared_counts, rates, totals
from .reports import Injected, inconsistent_reports, reports, sections, tables

__all__ = ["by_type"]


def _points() -> st.SearchStrategy[Points]:
    point = st.builds(Point, text=texts(), lead=st.none() | texts(figures=False, max_parts=1))
    return st.builds(
        Points,
        items=st.lists(point, min_size=1, max_size=5),
        layout=st.sampled_from(("inline", "lines")),
        id=st.none() | ids(),
    )


def _share(rate: Relation) -> Share:
    """A rate's figures read as a part's share of its whole."""
    assert isinstance(rate, Rate)
    return Share(share=rate.rate, part=rate.numerator, whole=rate.denominator)


def _findings() -> st.SearchStrategy[Finding]:
    return st.builds(
        Finding,
        code=st.from_regex(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", fullmatch=True),
        severity=st.sampled_from(SEVERITIES),
        location=st.just("") | st.sampled_from(("一", "一（二）", "一（二）3.（4）", "表3")),
        message=strings(),
        metrics=st.lists(ids(), max_size=3).map(tuple),
    )


def _changes() -> st.SearchStrategy[Change]:
    """Stated changes between three different figures (the previous one may be left open)."""
    return st.builds(
        lambda names, form, direction, open_: Change(
            current=names[0],
            stated=names[1],
            form=form,
            direction=direction,
            previous=None if open_ else names[2],
        ),
        st.lists(ids(), min_size=3, max_size=3, unique=True),
        st.sampled_from(("rate", "difference", "multiple")),
        st.sampled_from(("increase", "decrease")),
        st.booleans(),
    )


def _kinds() -> st.SearchStrategy[Kind]:
    built_in = (kinds.rule_of_law(), kinds.info_disclosure())
    rules = [rule for kind in built_in for rule in kind.rules]
    return st.sampled_from(built_in) | st.builds(
        Kind,
        name=st.from_regex(r"[a-z][a-z0-9-]*", fullmatch=True),
        title=strings(hostile=False),
        rules=st.lists(st.sampled_from(rules), max_size=4, unique=True).map(tuple),
        description=st.just("") | strings(hostile=False),
    )


def _nodes() -> st.SearchStrategy[Node]:
    """Numbered sections as renderers see them, from a consistent report."""
    return st.builds(
        lambda report, numbering: Node.tree(report, numbering=numbering)[0],
        reports(max_sections=3).filter(lambda report: bool(report.sections)),
        st.sampled_from(("restart", "continuous")),
    )


def _options(cls: type[Options]) -> st.SearchStrategy[Any]:
    """Renderer options that format: known styles and locales (the option's own checks decide)."""
    extra = {"fragment": st.booleans()} if cls is HTMLOptions else {}
    return st.builds(
        cls,
        numerals=st.sampled_from(("arabic", "chinese")),
        date_style=st.sampled_from((None, "arabic", "chinese", "yyyy年M月d日")),
        numbering=st.sampled_from(("restart", "continuous")),
        locale=st.sampled_from(("zh_CN", "zh_Hans_CN", "zh_TW", "en_US")),
        **extra,
    )


def by_type() -> dict[type[Any], st.SearchStrategy[Any]]:
    """A strategy for every public attrs class (model, findings, kinds, render nodes, cases)."""
    return {
        Report: reports(),
        Section: sections(),
        Paragraph: st.builds(Paragraph, text=texts()),
        Points: _points(),
        Point: st.builds(Point, text=texts(), lead=st.none() | texts(max_parts=1)),
        Commitment: st.builds(Commitment, text=texts(), deadline=st.none() | st.dates()),
        Table: tables(),
        Cell: st.builds(Cell, content=st.none() | texts() | metrics(), header=st.booleans()),
        Quantity: quantities(),
        Metric: metrics(),
        Figure: st.builds(
            Figure, quantity=quantities(), id=st.none() | ids(), label=st.none() | strings()
        ),
        Cite: st.builds(Cite, id=ids()),
        Text: texts(),
        Year: st.builds(Year, value=st.integers(1949, 2100)),
        ReportYear: st.builds(ReportYear, offset=st.integers(-3, 3)),
        Terms: terms(),
        DocumentNumber: document_numbers(),
        DocumentReference: document_references(),
        Total: totals().map(lambda case: case.relation),
        Rate: rates().map(lambda case: case.relation),
        Share: rates().map(lambda case: _share(case.relation)),
        SetAside: st.builds(
            SetAside,
            line=st.integers(1, 10**6),
            text=strings(),
            reason=st.sampled_from(["web page", "watermark", "repeated title", "before the title"]),
        ),
        DeclaredCount: declared_counts().map(lambda case: case.relation),
        Closing: st.builds(
            Closing,
            signature=strings(),
            date=st.dates(dt.date(1949, 1, 1), dt.date(2100, 12, 31)),
        ),
        Interval: intervals(),
        Change: _changes(),
        Finding: _findings(),
        Kind: _kinds(),
        Node: _nodes(),
        Related: totals() | rates() | declared_counts(),
        Injected: inconsistent_reports(),
        JSONOptions: st.builds(JSONOptions, indent=st.none() | st.integers(0, 8)),
        Options: _options(Options),
        HTMLOptions: _options(HTMLOptions),
    }
