"""法治政府建设年度报告: the annual report on building a law-based government.

《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) prescribes five
content items and publication by 4月1日 (第二十四条); provinces set earlier
dates for some reporters (3月1日 for the departments of a county-level or higher
government in one provincial guideline), so the deadline is configuration.

Checks (findings by code):

``missing-part``
    a statutory item has no section. The four substantive items are errors;
    ``其他需要报告的情况`` is ``info``, because the item exists for matters
    beyond the other four and reports with nothing further to report leave it
    out (the 六塘乡 seed does).
``period-mismatch``
    the report covers year Y and its plan is about Y+1. A section heading that
    names another year than its item's is an error; in the body, a plan that
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
from .._outline import Placed
from .._report import Report
from ._kind import Kind
from ._periods import Deadline, period_findings
from ._sections import Part, match_parts

__all__ = ["LEVELS", "NAME", "PARTS", "rule_of_law"]

NAME: Final = "rule-of-law"

PARTS: Final = (
    Part(
        "measures_and_results",
        "推进法治政府建设的主要举措和成效",
        ("举措", "成效", "成绩", "做法", "开展情况", "主要工作"),
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
        ("不足", "存在的问题", "存在问题", "短板", "差距"),
        "error",
        0,
    ),
    Part(
        "next_year_plan",
        "下一年度推进法治政府建设的主要安排",
        ("下一年度", "下一步", "安排", "计划", "打算", "思路"),
        "error",
        1,
    ),
    Part("other_matters", "其他需要报告的情况", ("其他需要报告", "其他事项", "其他情况"), "info"),
)
"""The five statutory items with their keywords, missing-part severities and year offsets."""

LEVELS: Final = (1, 2)
"""Section levels searched for the items: 一、 first, then （一） (an item is
sometimes a subsection, e.g. the 第一责任人 item under 一、)."""


def _missing(report: Report, found: dict[str, Placed | None]) -> Iterator[Finding]:
    for part in PARTS:
        if found[part.key] is None:
            yield Finding(
                code="missing-part",
                severity=part.severity,
                location="",
                template=N_("no section on “{part}” (looked for a heading with {keywords:、})"),
                facts={"part": part.name, "keywords": tuple(part.keywords)},
                metrics=(),
            )


@attrs.frozen
class _Parts:
    """``missing-part``: each of the five items has a section."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        return _missing(report, match_parts(report, PARTS, levels=LEVELS))


@attrs.frozen
class _Period:
    """``period-mismatch``: headings and text name the years their items are about."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        return period_findings(report, PARTS, match_parts(report, PARTS, levels=LEVELS))


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
