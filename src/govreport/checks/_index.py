"""Where each metric, counted item and reference stands in a report, found in one walk.

Checks name the place of a finding by the heading chain a reader cites
(``一（二）3.（4）``). Every rule needs the same lookups, so :func:`index`
walks the report once and caches the result for the few most recent reports,
keyed by identity: reports are immutable, so the index of one object never
goes stale, and keying by identity avoids hashing a large tree on every call.
"""

from __future__ import annotations

import functools
from collections.abc import Hashable, Iterable
from typing import Any

import attrs

from .._blocks import Block, Commitment
from .._interval import Interval
from .._outline import outline
from .._quantity import Metric
from .._report import Item, Report
from .._text import DocumentReference, Terms, Text
from .._walk import counted, texts
from ..exceptions import ValidationError

__all__ = ["ReportIndex", "index", "locate"]


@attrs.frozen(eq=False)
class ReportIndex:
    """Lookups shared by the rules of one :func:`~govreport.checks.check` call.

    Attributes:
        metrics: every metric by id, in reading order.
        metric_locations: metric id → location of the section whose title or
            body holds it (``""`` for the title and the preamble).
        items: counted items (sections, points, terms, tables) by id.
        item_locations: item id → location (for a section, its own).
        locations: every location in reading order, ``""`` first.
        references: every document reference with its location.
        commitments: every commitment with its location.
        shared: results several rules need (a rate's verdict), computed once.
    """

    metrics: dict[str, Metric]
    metric_locations: dict[str, str]
    items: dict[str, Item]
    item_locations: dict[str, str]
    locations: dict[str, int]
    references: tuple[tuple[DocumentReference, str], ...]
    commitments: tuple[tuple[Commitment, str], ...]
    shared: dict[Hashable, Any] = attrs.field(factory=dict, init=False, repr=False)
    _intervals: dict[str, Interval] = attrs.field(factory=dict, init=False, repr=False)

    def position(self, id_: str) -> int:
        """The position of metric *id_* in reading order (after every metric if unknown)."""
        positions = self.shared.get("positions")
        if positions is None:  # needed only to sort findings, so built on first use
            positions = self.shared["positions"] = {m: n for n, m in enumerate(self.metrics)}
        found: int = positions.get(id_, len(positions))
        return found

    def interval(self, id_: str) -> Interval:
        """The interval metric *id_* denotes, computed once per report."""
        found = self._intervals.get(id_)
        if found is None:
            found = self._intervals[id_] = self.metrics[id_].quantity.interval()
        return found


class _Walk:
    """Collects what :class:`ReportIndex` holds while walking the report once."""

    def __init__(self) -> None:
        self.metrics: dict[str, Metric] = {}
        self.metric_locations: dict[str, str] = {}
        self.items: dict[str, Item] = {}
        self.item_locations: dict[str, str] = {}
        self.references: list[tuple[DocumentReference, str]] = []
        self.commitments: list[tuple[Commitment, str]] = []

    def item(self, id_: str | None, item: Item, location: str) -> None:
        if id_ is not None:
            self.items[id_] = item
            self.item_locations[id_] = location

    def text(self, text: Text, location: str) -> None:
        for part in text.parts:
            if part.__class__ is str:  # most parts; skips the isinstance chain below
                continue
            if isinstance(part, Metric):
                self.metrics[part.id] = part
                self.metric_locations[part.id] = location
            elif isinstance(part, Terms):
                self.item(part.id, part, location)
            elif isinstance(part, DocumentReference):
                self.references.append((part, location))
                if part.title is not None:
                    self.text(part.title, location)

    def blocks(self, blocks: Iterable[Block], location: str) -> None:
        for block in blocks:
            if isinstance(block, Commitment):
                self.commitments.append((block, location))
            item = counted(block)
            if item is not None:
                self.item(item.id, item, location)
            for own in texts(block):
                self.text(own, location)


def build_index(report: Report) -> ReportIndex:
    """Walk *report* once, in the reading order of :meth:`Report.metrics`.

    Locations use ``numbering="restart"`` (1. restarts under each （一）).
    """
    walk = _Walk()
    locations = {"": 0}
    walk.text(report.title, "")
    walk.blocks(report.preamble, "")
    for placed in outline(report):
        section = placed.section
        here = placed.location
        locations[here] = len(locations)
        walk.item(section.id, section, here)
        if section.title is not None:
            walk.text(section.title, here)
        walk.blocks(section.blocks, here)
    return ReportIndex(
        metrics=walk.metrics,
        metric_locations=walk.metric_locations,
        items=walk.items,
        item_locations=walk.item_locations,
        locations=locations,
        references=tuple(walk.references),
        commitments=tuple(walk.commitments),
    )


class _Same:
    """A cache key that matches only the very same report object."""

    __slots__ = ("report",)

    def __init__(self, report: Report) -> None:
        self.report = report

    def __hash__(self) -> int:
        return id(self.report)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.report is self.report


@functools.lru_cache(maxsize=4)
def _cached(key: _Same) -> ReportIndex:
    # The key holds the report, so its id cannot be reused while cached.
    return build_index(key.report)


def index(report: Report) -> ReportIndex:
    """The :class:`ReportIndex` of *report*, built once and shared by every rule."""
    return _cached(_Same(report))


def locate(report: Report, id_: str) -> str:
    """The location of the metric or counted item *id_* (``""``: title or preamble).

    >>> import govreport as gr
    >>> n = gr.metric("docs.total", 560, "件", label="共计发文")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, sections=[
    ...     gr.Section(title="甲"),
    ...     gr.Section(title="乙", children=[gr.Section(title="子", blocks=[
    ...         gr.Paragraph(text=gr.text("共计发文{n}。", n=n))])])])
    >>> locate(r, "docs.total")
    '二（一）'
    >>> locate(r, "nope")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: no metric or counted item has the id 'nope'
    """
    found = index(report)
    if id_ in found.metric_locations:
        return found.metric_locations[id_]
    if id_ in found.item_locations:
        return found.item_locations[id_]
    raise ValidationError(f"no metric or counted item has the id {id_!r}", field="id", value=id_)
