"""法治政府建设年度报告: the annual report on building a law-based government.

《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) prescribes five
content items and publication by 4月1日 (第二十四条); provinces set earlier
dates for some reporters (3月1日 for the departments of a county-level or higher
government in one provincial guideline), so the deadline is configuration.

Checks (findings by code):

``missing-part``
    a statutory item is nowhere to be found. The four substantive items are
    errors; ``其他需要报告的情况`` is ``info``, because the item exists for
    matters beyond the other four and reports with nothing further to report
    leave it out (the 六塘乡 seed does). An item is found by a heading at level
    1 or 2 holding one of its keywords (in simplified or traditional
    characters); the 第一责任人 item also by a heading at level 3 or 4
    (``2.落实第一责任人职责``) or a point that opens with it (``二是扛牢…第一责任人职责``);
    the plan also by a level-1 heading naming the next year.
``uncertain-part``
    (``info``) no heading names the item, but the report seems to hold it: the
    举措和成效 item as level-1 sections headed by themes
    (``一、强化组织保障，夯实法治建设根基``) that no other item claims, or any item
    named in a section's prose. The message says what was looked for. A part
    that is there is never reported missing.
``period-mismatch``
    the report covers year Y and its plan is about Y+1. A section heading that
    names another year than its item's is an error; any other heading that
    names a year other than Y (Y+1 in the plan) is a warning; in the body, a plan that
    mentions a year before Y+1 or a report-on-the-year section that mentions a
    year after Y is a warning (a plan may well say "在2023年基础上"). Earlier
    years in the results (comparisons, "2021年以来") and later years in the
    plan (targets such as "到2025年") are normal and not flagged. Years in
    cited documents' titles and numbers are never read. A report title naming
    another year than Y is an error.
``deadline``
    ``Report.published`` is after the deadline (default 4月1日 of Y+1).
    Without a publication date nothing is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import attrs

from .._finding import Finding
from .._messages import N_
from .._outline import Placed, outline
from .._report import Report
from ._kind import Kind
from ._periods import Deadline, period_findings
from ._sections import Part, in_points, match_parts, mentioned, text_years

__all__ = ["LEVELS", "NAME", "PARTS", "Located", "locate", "rule_of_law"]

NAME: Final = "rule-of-law"

PARTS: Final = (
    Part(
        "measures_and_results",
        "推进法治政府建设的主要举措和成效",
        (
            "举措",
            "成效",
            "成绩",
            "做法",
            "开展情况",
            "主要工作",
            "基本情况",
            "建设情况",
            "推进情况",
            "工作情况",
            "总体情况",
            "进展情况",
        ),
        "error",
        0,
    ),
    Part(
        "first_responsible_person",
        "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
        ("第一责任人", "主要负责人", "述法"),
        "error",
        0,
    ),
    Part(
        "shortcomings_and_causes",
        "推进法治政府建设存在的不足和原因",
        ("不足", "存在的问题", "存在问题", "短板", "差距", "薄弱"),
        "error",
        0,
    ),
    Part(
        "next_year_plan",
        "下一年度推进法治政府建设的主要安排",
        ("下一年度", "下一步", "下步", "安排", "计划", "打算", "思路", "展望"),
        "error",
        1,
    ),
    Part("other_matters", "其他需要报告的情况", ("其他需要报告", "其他事项", "其他情况"), "info"),
)
"""The five statutory items with their keywords, missing-part severities and year offsets."""

LEVELS: Final = (1, 2)
"""Section levels searched for the items: 一、 first, then （一） (an item is
sometimes a subsection, e.g. the 第一责任人 item under 一、)."""


Located = tuple[Placed | None, str]
"""Where an item is, and how it was found: ``"heading"``, ``"point"``, ``"theme"``,
``"mention"``, or ``""`` when it was not."""


def locate(report: Report) -> dict[str, Located]:
    """Where each of the five items is, by part key (see the module's ``missing-part``)."""
    found = match_parts(report, PARTS, levels=LEVELS)
    claimed = {p.chain for p in found.values() if p is not None}
    located: dict[str, Located] = {}
    for part in PARTS:
        placed = found[part.key]
        how = "heading"
        if placed is None and part.key == "first_responsible_person":
            placed = match_parts(report, (part,), levels=(3, 4))[part.key]
            if placed is None:
                placed, how = in_points(report, part), "point"
        if placed is None and part.key == "next_year_plan":
            placed = _naming_next_year(report)
        if placed is None and part.key == "measures_and_results":
            placed, how = _themes(report, claimed), "theme"
        if placed is None:
            placed, how = mentioned(report, part), "mention"
        located[part.key] = (placed, how if placed is not None else "")
    return located


def _naming_next_year(report: Report) -> Placed | None:
    for placed in outline(report):
        title = placed.section.title
        if (
            placed.level == 1
            and title is not None
            and report.year + 1 in text_years(title, report.year)
        ):
            return placed
    return None


def _themes(report: Report, claimed: set[tuple[int, ...]]) -> Placed | None:
    """The first level-1 section no item's heading claims: headings that name themes."""
    return next(
        (p for p in outline(report) if p.level == 1 and p.chain not in claimed),
        None,
    )


def _part_findings(report: Report, located: dict[str, Located]) -> Iterator[Finding]:
    for part in PARTS:
        placed, how = located[part.key]
        if placed is None:
            yield Finding(
                code="missing-part",
                severity=part.severity,
                location="",
                template=N_("no section on “{part}” (looked for a heading with {keywords:、})"),
                facts={"part": part.name, "keywords": tuple(part.keywords)},
                metrics=(),
            )
        elif how in ("theme", "mention"):
            yield Finding(
                code="uncertain-part",
                severity="info",
                location=placed.location,
                template=N_(
                    "no heading names “{part}” (looked for a heading with {keywords:、}); "
                    "taken to be here, because its sections have headings that name themes"
                )
                if how == "theme"
                else N_(
                    "no heading names “{part}” (looked for a heading with {keywords:、}); "
                    "taken to be here, because its prose mentions the item"
                ),
                facts={"part": part.name, "keywords": tuple(part.keywords)},
                metrics=(),
            )


@attrs.frozen
class _Parts:
    """``missing-part`` and ``uncertain-part``: each of the five items is there."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        return _part_findings(report, locate(report))


@attrs.frozen
class _Period:
    """``period-mismatch``: headings and text name the years their items are about."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        certain = {
            key: (placed if how in ("heading", "point") else None)
            for key, (placed, how) in locate(report).items()
        }
        return period_findings(report, PARTS, certain)


def rule_of_law(*, deadline: tuple[int, int] = (4, 1)) -> Kind:
    """The 法治政府建设年度报告 kind, with its publication deadline as (month, day) of Y+1.

    Args:
        deadline: the latest publication date in the year after the report
            year; 第二十四条 sets 4月1日, provinces may set earlier dates.

    >>> kind = rule_of_law(deadline=(3, 1))
    >>> kind.name, kind.title
    ('rule-of-law', '法治政府建设年度报告')
    >>> rule_of_law() == rule_of_law(deadline=(4, 1))
    True
    >>> rule_of_law(deadline=(2, 30))
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'deadline' must be a (month, day) that exists every year (got (2, 30))
    """
    return Kind(
        name=NAME,
        title="法治政府建设年度报告",
        rules=(_Parts(), _Period(), Deadline(deadline)),
        description="the five statutory items, the report and plan years, the publication deadline",
    )
