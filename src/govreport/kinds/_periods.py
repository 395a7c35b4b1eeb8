"""The period rules both kinds share: years in titles and headings, and the publication deadline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

import attrs

from .._finding import Finding, Severity
from .._messages import N_
from .._outline import Placed, outline
from .._report import Report
from .._text import Text
from ._sections import Part, check_deadline, deadline_date, section_years, text_years, within

__all__ = ["Deadline", "period_findings"]

_PLAN_WORDS: Final = re.compile("安排|计划|打算|下一步|下步|思路|目标|重点|展望")


def period_findings(
    report: Report, parts: tuple[Part, ...], found: dict[str, Placed | None]
) -> Iterator[Finding]:
    """``period-mismatch`` findings for the sections *found* as *parts* (shared by the kinds)."""
    year = report.year
    for other in text_years(report.title, year):
        if other != year:
            yield Finding(
                code="period-mismatch",
                severity="error",
                location="",
                template=N_("the title names {other}, but the report is about {year}"),
                facts={"other": other, "year": year},
                metrics=(),
            )
    dated = [(p, found[p.key]) for p in parts if p.offset is not None and found[p.key]]
    for placed in outline(report):
        holders = [(part, at) for part, at in dated if at is not None and within(placed, at)]
        offsets = {part.offset for part, _ in holders if part.offset is not None}
        section = placed.section
        heads = [at for _, at in holders if at.chain == placed.chain]
        if not heads and section.title is not None:
            yield from _heading_years(placed, section.title, year, plan=1 in offsets)
        if not holders:
            continue
        names = tuple(part.name for part, _ in holders)
        if heads and section.title is not None:
            for other in text_years(section.title, year):
                if other - year not in offsets:
                    expected = tuple(year + o for o in sorted(offsets))
                    yield Finding(
                        code="period-mismatch",
                        severity="error",
                        location=placed.location,
                        template=N_(
                            "the heading of “{names:”/“}” names {other}; it should be {expected:、}"
                        ),
                        facts={"names": names, "other": other, "expected": expected},
                        metrics=(),
                    )
        for other in dict.fromkeys(section_years(section.blocks, year)):
            if all(_off_period(other, year, o) for o in offsets):
                yield Finding(
                    code="period-mismatch",
                    severity="warning",
                    location=placed.location,
                    template=N_("“{names:”/“}” mentions {other}, after the report year {year}")
                    if offsets == {0}
                    else N_("“{names:”/“}” mentions {other}, but the plan is about {plan_year}"),
                    facts={
                        "names": names,
                        "other": other,
                        "year": year,
                        "plan_year": year + max(offsets),
                    },
                    metrics=(),
                )


def _heading_years(placed: Placed, title: Text, year: int, *, plan: bool) -> Iterator[Finding]:
    """Any heading naming a year other than the report year (the next one in a plan)."""
    for other in dict.fromkeys(text_years(title, year)):
        if other == year or (other == year + 1 and (plan or _PLAN_WORDS.search(title.plain()))):
            continue
        yield Finding(
            code="period-mismatch",
            severity="warning",
            location=placed.location,
            template=N_("the heading names {other}, but the report is about {year}"),
            facts={"other": other, "year": year},
            metrics=(),
        )


def _off_period(other: int, year: int, offset: int) -> bool:
    # Looking back is normal in results and looking further ahead is normal in plans.
    return other > year if offset == 0 else other < year + offset


@attrs.frozen
class Deadline:
    """``deadline``: the report was published by (month, day) of the year after the report year."""

    deadline: tuple[int, int] = attrs.field(converter=check_deadline)
    severity: Severity = "error"

    def __call__(self, report: Report) -> Iterator[Finding]:
        if report.published is None:
            return
        due = deadline_date(report.year, self.deadline)
        if report.published > due:
            yield Finding(
                code="deadline",
                severity=self.severity,
                location="",
                template=N_(
                    "published on {published}, after the deadline {due} for a report about {year}"
                ),
                facts={"published": report.published, "due": due, "year": report.year},
                metrics=(),
            )
