"""Building a report from what the author wrote: figures become metrics where they stand.

When a :class:`~govreport.Report` is built, each :class:`~govreport.Figure`
becomes a :class:`~govreport.Metric`:

* its id is the one given, or one derived from its place and label:
  ``t`` (the title), ``p`` (the preamble) or ``s1.2.3`` (the section path),
  then ``f`` and six hex digits of a hash of the label
  (``s1.2.fa3c9e1``). The id does not change when figures are added or
  moved within a section, and it is the same on every run;
* its label is the one given, or the words of its clause before it
  (``开展专题学习达{10余次}`` → ``开展专题学习``), else after it;
* a figure (or metric) object placed a second time becomes a
  :class:`~govreport.Cite` of the first place: the same figure, cited again.

The importers number figures in reading order instead (``s1.2.m3`` is the
third figure of 一（二）, ``preamble.m1`` the first of the preamble; see
:func:`reading_order_id`): those ids move when a paragraph is added, so they
say nothing about which figure of last year's report is the same.

Years written in a title given as plain characters are typed
(``2022年度…`` → :class:`~govreport.Year`), as the text importer types them,
so the period checks read them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Final

import attrs

from ._blocks import Block, Cell, Commitment, Paragraph, Point, Points
from ._figure import Cite, Figure
from ._quantity import Metric
from ._reading import label_after, label_before, years
from ._text import DocumentReference, Inline, ReportYear, Text, Year
from ._written import written

__all__ = ["Placer", "is_reading_order_id", "reading_order_id", "typed_years", "year_of"]

_READING_ORDER: Final = re.compile(r"(?:preamble|s[0-9]+(?:[.][0-9]+)*)[.]m[0-9]+")


def reading_order_id(place: str, n: int) -> str:
    """The id an importer gives the *n*-th figure of *place* (``s1.2``, ``preamble``).

    >>> reading_order_id("s1.2", 3), is_reading_order_id("s1.2.m3"), is_reading_order_id("cases")
    ('s1.2.m3', True, False)
    """
    return f"{place}.m{n}"


def is_reading_order_id(id_: str) -> bool:
    """Whether *id_* has the form of an id given in reading order (see :func:`reading_order_id`)."""
    return _READING_ORDER.fullmatch(id_) is not None


def year_of(value: int, report_year: int) -> Year | ReportYear:
    """:class:`ReportYear` for the report year and the next, :class:`Year` for any other.

    >>> year_of(2024, 2023), year_of(2021, 2023)
    (ReportYear(offset=1), Year(value=2021))
    """
    offset = value - report_year
    return ReportYear(offset=offset) if offset in (0, 1) else Year(value=value)


def typed_years(s: str, report_year: int) -> list[str | Year | ReportYear]:
    """*s* with each year written ``2023年`` typed, everything else as it stands.

    >>> typed_years("2022年度报告", 2023)
    [Year(value=2022), '年度报告']
    """
    parts: list[str | Year | ReportYear] = []
    last = 0
    for start, value in years(s):
        parts += [s[last:start], year_of(value, report_year)]
        last = start + 4
    parts.append(s[last:])
    return [p for p in parts if p != ""]


class Placer:
    """Gives every figure of one report its metric, in reading order.

    *taken* are the ids the author gave (the report's survey has checked that
    each names one figure), so a derived id never takes one of them.
    """

    def __init__(self, taken: Iterable[str]) -> None:
        self._seen: dict[int, str] = {}
        self._taken = set(taken)

    def text(self, text: Text, place: str, *, fallback: str = "") -> Text:
        """*text* with its figures placed (the same object if nothing changed).

        A figure without a label takes the words of its clause, else *fallback*.
        """
        parts = text.parts
        new: list[Inline] = []
        for index, part in enumerate(parts):
            if isinstance(part, Metric | Figure):
                label = _label(parts, index) if isinstance(part, Figure) else ""
                new.append(self._place(part, place, label or fallback))
            elif isinstance(part, DocumentReference) and part.title is not None:
                title = self.text(part.title, place)
                new.append(part if title is part.title else attrs.evolve(part, title=title))
            else:
                new.append(part)
        if all(a is b for a, b in zip(new, parts, strict=True)):
            return text
        return Text(tuple(new))

    def blocks(self, blocks: tuple[Block, ...], place: str) -> tuple[Block, ...]:
        """*blocks* with their figures placed."""
        new = tuple(self._block(block, place) for block in blocks)
        return blocks if all(a is b for a, b in zip(new, blocks, strict=True)) else new

    def _block(self, block: Block, place: str) -> Block:
        if isinstance(block, Paragraph | Commitment):
            text = self.text(block.text, place)
            return block if text is block.text else attrs.evolve(block, text=text)
        if isinstance(block, Points):
            items = tuple(self._point(point, place) for point in block.items)
            same = all(a is b for a, b in zip(items, block.items, strict=True))
            return block if same else attrs.evolve(block, items=items)
        caption = None if block.caption is None else self.text(block.caption, place)
        header = tuple(self._row(row, place) for row in block.header)
        rows = tuple(self._row(row, place) for row in block.rows)
        if caption is block.caption and header == block.header and rows == block.rows:
            return block
        return attrs.evolve(block, caption=caption, header=header, rows=rows)

    def _point(self, point: Point, place: str) -> Point:
        lead = None if point.lead is None else self.text(point.lead, place)
        text = self.text(point.text, place)
        if lead is point.lead and text is point.text:
            return point
        return Point(text=text, lead=lead)

    def _row(self, row: tuple[Cell, ...], place: str) -> tuple[Cell, ...]:
        """A table row; a figure alone in a cell is labelled by the row's first text."""
        heading = next((c.content.plain() for c in row if isinstance(c.content, Text)), "")
        new = []
        for cell in row:
            content = cell.content
            placed: Text | Metric | None = content
            if isinstance(content, Metric):
                found = self._place(content, place, heading)
                placed = found if isinstance(found, Metric) else Text((found,))
            elif isinstance(content, Text):
                placed = self.text(content, place, fallback=heading)
                alone = content.parts[0] if len(content.parts) == 1 else None
                if isinstance(alone, Figure) and isinstance(placed.parts[0], Metric):
                    placed = placed.parts[0]
            new.append(cell if placed is content else attrs.evolve(cell, content=placed))
        return tuple(new)

    def _place(self, figure: Metric | Figure, place: str, label: str) -> Metric | Cite:
        key = id(figure)
        if key in self._seen:
            return Cite(id=self._seen[key])
        if isinstance(figure, Metric):
            self._seen[key] = figure.id
            return figure
        name = figure.label or label or written(figure.quantity)
        found = Metric(
            id=figure.id or self._derive(place, name), label=name, quantity=figure.quantity
        )
        self._seen[key] = found.id
        return found

    def _derive(self, place: str, label: str) -> str:
        digest = hashlib.blake2b(label.encode(), digest_size=3).hexdigest()
        base = found = f"{place}.f{digest}"
        n = 1
        while found in self._taken:
            n += 1
            found = f"{base}_{n}"
        self._taken.add(found)
        return found


def _label(parts: tuple[Inline, ...], index: int) -> str:
    before = parts[index - 1] if index else None
    if isinstance(before, str) and (found := label_before(before)):
        return found
    after = parts[index + 1] if index + 1 < len(parts) else None
    return label_after(after) if isinstance(after, str) else ""
