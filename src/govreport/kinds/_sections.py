"""Shared machinery of the kinds: parts matched to sections by keywords, years, locations.

Real reports word their headings freely (``一、主要举措和工作成效``,
``一、2024年法治政府建设主要举措及成效``, or thematic headings instead of the
statutory item names), so a
statutory part is recognised by keywords in a section title, never by the
exact title. The first section at the shallowest searched level whose title
holds one of a part's keywords is that part; one section may serve two parts
(``三、存在的问题和下一步打算``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from .._blocks import Block, Points, Table
from .._finding import Severity
from .._hanzi import simplified
from .._outline import Placed, outline
from .._report import Report, Section
from .._text import ReportYear, Text, Year
from .._walk import texts
from ..exceptions import ModelTypeError, ValidationError

__all__ = [
    "Part",
    "check_deadline",
    "deadline_date",
    "in_points",
    "match_parts",
    "mentioned",
    "section_years",
    "table_locations",
    "text_years",
    "within",
]


@attrs.frozen
class Part:
    """A statutory part of a report kind.

    Args:
        key: a stable ASCII key (``"next_year_plan"``).
        name: the part as the statute words it, for messages.
        keywords: a section whose title holds any of these is this part.
        severity: the severity of the ``missing-part`` finding when absent.
        offset: the year the part is about, as an offset from the report
            year (0 for Y, 1 for the plan year Y+1), or ``None`` when the
            part is not about one year.
    """

    key: str
    name: str
    keywords: tuple[str, ...]
    severity: Severity = "error"
    offset: int | None = None

    def matches(self, title: str) -> bool:
        """Whether a section title (or any text) names this part, in either script."""
        key = simplified(title)
        return any(word in key for word in self.keywords)


def match_parts(
    report: Report, parts: Iterable[Part], *, levels: tuple[int, ...] = (1,)
) -> dict[str, Placed | None]:
    """The section of *report* that is each part (``None`` when absent), by part key.

    Sections at the first level in *levels* are tried first, then the next.
    """
    placed = [p for p in outline(report) if p.level in levels and p.section.title is not None]
    placed.sort(key=lambda p: levels.index(p.level))  # stable: reading order within a level
    found: dict[str, Placed | None] = {}
    for part in parts:
        found[part.key] = next(
            (p for p in placed if part.matches(_title(p.section))),
            None,
        )
    return found


def in_points(report: Report, part: Part) -> Placed | None:
    """The first section with a 一是…二是… point that opens naming *part*
    (``二是扛牢法治建设第一责任人职责``): its lead, or the first 30 characters of its text."""
    for placed in outline(report):
        for block in placed.section.blocks:
            if isinstance(block, Points):
                for point in block.items:
                    opening = (point.lead or point.text).plain()[:_OPENING]
                    if part.matches(opening):
                        return placed
    return None


def mentioned(report: Report, part: Part) -> Placed | None:
    """The first section whose prose names *part* anywhere (a weaker sign than a heading)."""
    for placed in outline(report):
        for block in placed.section.blocks:
            if any(part.matches(t.plain()) for t in texts(block, cells=False)):
                return placed
    return None


_OPENING = 30


def _title(section: Section) -> str:
    return section.title.plain() if section.title is not None else ""


def within(inner: Placed, outer: Placed) -> bool:
    """Whether *inner* is *outer* or one of its descendants."""
    return inner.chain[: len(outer.chain)] == outer.chain


def text_years(text: Text, report_year: int) -> Iterator[int]:
    """The years *text* states as :class:`Year` or :class:`ReportYear` parts.

    Years inside cited documents (their titles and numbers) belong to those
    documents, not to the report, and are not returned.
    """
    for part in text.parts:
        if isinstance(part, Year):
            yield part.value
        elif isinstance(part, ReportYear):
            yield part.resolve(report_year)


def section_years(blocks: Iterable[Block], report_year: int) -> Iterator[int]:
    """The years stated in the prose of *blocks* (tables are figures, not prose)."""
    for block in blocks:
        for text in texts(block, cells=False):
            yield from text_years(text, report_year)


def table_locations(report: Report) -> dict[str, tuple[Table, str]]:
    """Each table with an item id, and the location of the section holding it, by id.

    Tables in the preamble have the location ``""``.
    """
    found = {b.id: (b, "") for b in report.preamble if isinstance(b, Table) and b.id}
    for placed in outline(report):
        for block in placed.section.blocks:
            if isinstance(block, Table) and block.id:
                found[block.id] = (block, placed.location)
    return found


def check_deadline(value: Any) -> tuple[int, int]:
    """Validate a ``(month, day)`` deadline that exists in every year."""
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise ModelTypeError(
            f"'deadline' must be a (month, day) tuple of ints (got {value!r})",
            field="deadline",
            value=value,
        )
    month, day = value
    try:
        dt.date(2001, month, day)  # a common year: 2月29日 does not come every year
    except ValueError:
        raise ValidationError(
            f"'deadline' must be a (month, day) that exists every year (got {value!r})",
            field="deadline",
            value=value,
        ) from None
    return month, day


def deadline_date(report_year: int, deadline: tuple[int, int]) -> dt.date:
    """The deadline for a report about *report_year*: (month, day) of the next year."""
    return dt.date(report_year + 1, *deadline)
