"""Shared builders for the kinds tests: small reports of each kind, and running a kind's rules."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pytest

import govreport as gr
from govreport.kinds import (
    Kind,
    application_table,
    proactive_table,
    review_litigation_table,
    table_rows,
)

SIX_PARTS = (
    "总体情况",
    "主动公开政府信息情况",
    "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况",
    "存在的主要问题及改进情况",
    "其他需要报告的事项",
)


def zero_values(id_: str, *, format: str = "2021") -> dict[str, list[Any]]:
    """Every row of a prescribed table, all zeros."""
    return {key: [0] * len(cols) for key, (_, cols) in table_rows(id_, format=format).items()}


def small_applications() -> dict[str, list[Any]]:
    """A small consistent 表三: 4 new and 1 brought forward; 4 settled, 1 carried over."""
    values = zero_values("disclosure.applications")
    values["received"] = [3, 1, 0, 0, 0, 0, 4]
    values["brought_forward"] = [1, 0, 0, 0, 0, 0, 1]
    values["results.disclosed"] = [2, 1, 0, 0, 0, 0, 3]
    values["results.unavailable.not_held"] = [1, 0, 0, 0, 0, 0, 1]
    values["results.total"] = [3, 1, 0, 0, 0, 0, 4]
    values["carried_over"] = [1, 0, 0, 0, 0, 0, 1]
    return values


def small_proactive() -> dict[str, list[Any]]:
    """表二 of a county bureau: no 规章 (blank), a few 规范性文件."""
    return {
        "rules": [None, None, None],
        "normative_documents": [2, 1, 16],
        "licensing": [120],
        "penalties": [8],
        "coercion": [0],
        "fees": ["3.5"],
    }


def small_review() -> dict[str, list[Any]]:
    """表四 with one 行政复议 upheld and one pending."""
    return {"review": [1, 0, 0, 1, 2], "direct_suit": [0] * 5, "suit_after_review": [0] * 5}


def disclosure_report(
    *,
    year: int = 2023,
    proactive: gr.Table | None = None,
    applications: gr.Table | None = None,
    review: gr.Table | None = None,
    titles: Iterable[str] = SIX_PARTS,
    **fields: Any,
) -> gr.Report:
    """A 政府信息公开 report with six parts, tables in parts 二–四 (default: the small ones)."""
    tables = {
        1: proactive or proactive_table(small_proactive()),
        2: applications or application_table(small_applications()),
        3: review or review_litigation_table(small_review()),
    }
    sections = [
        gr.Section(
            title=title,
            blocks=[tables[index]] if index in tables else [gr.Paragraph(text="……")],
        )
        for index, title in enumerate(titles)
    ]
    return gr.Report(
        kind="info-disclosure",
        title=gr.text("某县某局{y}年政府信息公开工作年度报告", y=gr.ReportYear()),
        authority="某县某局",
        year=year,
        sections=sections,
        **fields,
    )


def run(kind: Kind, report: gr.Report) -> list[str]:
    """The findings of *kind*'s rules on *report*, as strings, in rule order."""
    return [str(f) for rule in kind.rules for f in rule(report)]


@pytest.fixture(scope="session")
def make_disclosure() -> Callable[..., gr.Report]:
    """Build a small 政府信息公开 report (see :func:`disclosure_report`)."""
    return disclosure_report


@pytest.fixture(scope="session")
def run_kind() -> Callable[[Kind, gr.Report], list[str]]:
    """Run a kind's rules and return the findings as strings."""
    return run


@pytest.fixture(scope="session")
def values() -> dict[str, Callable[[], dict[str, list[Any]]]]:
    """Fresh value mappings for the three small tables."""
    return {
        "applications": small_applications,
        "proactive": small_proactive,
        "review": small_review,
    }
