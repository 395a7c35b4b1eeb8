"""The strategy ``st.from_type`` uses for each public model class."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from .._blocks import Cell, Commitment, Paragraph, Point, Points, Table
from .._interval import Interval
from .._quantity import Metric, Quantity
from .._relations import DeclaredCount, Rate, Relation, Share, Total
from .._report import Closing, Report, Section, SetAside
from .._text import DocumentNumber, DocumentReference, ReportYear, Terms, Text, Year
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
from .related import declared_counts, rates, totals
from .reports import reports, sections, tables

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


def by_type() -> dict[type[Any], st.SearchStrategy[Any]]:
    """A strategy for every public model class."""
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
    }
