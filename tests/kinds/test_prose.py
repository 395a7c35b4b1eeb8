"""table-mismatch: which prose figures restate a table figure, and when they disagree."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport.kinds._prose import prose_findings

from .conftest import disclosure_report, small_applications, small_review


def findings(overview: str) -> list[str]:
    base = disclosure_report()
    report = gr.parse_text(gr.render(base, "text").replace("……", overview, 1))
    return [f"{f.location} {f.message}" for f in prose_findings(report, report.metrics())]


def totals(key: str) -> int:
    return int(small_applications()[key][-1])  # type: ignore[arg-type]


def test_small_tables_are_what_the_tests_assume() -> None:
    assert (totals("received"), totals("results.disclosed"), small_review()["review"]) == (
        4,
        3,
        [1, 0, 0, 1, 2],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "本年度共受理政府信息公开申请4件。",
        "本年度新收政府信息公开申请数量为4件，予以公开3件。",
        "收到申请约4件。",
        "行政复议2件。",
        "结转下年度继续办理1件。",
    ],
)
def test_agreeing_figures_are_not_reported(sentence: str) -> None:
    assert findings(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "本年度共受理政府信息公开申请2件。",
            "一 the text says 收到申请 2件, but the table has "
            "一、本年新收政府信息公开申请数量：总计 = 4",
        ),
        (
            "予以公开及部分公开5件。",
            "一 the text says 予以公开及部分公开 5件, but the table has 三、本年度办理结果 "
            "（一）予以公开：总计 + 三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，"
            "不计其他情形）：总计 = 3",
        ),
        (
            "行政复议2件，均获维持。",
            "一 the text says 行政复议（均维持） 2件, but the table has 行政复议：结果维持 = 1",
        ),
    ],
)
def test_disjoint_figures_are_errors(sentence: str, expected: str) -> None:
    assert findings(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "2022年收到申请9件。",  # another year
        "与上年相比，收到申请9件。",  # another period named before the cue
        "收到自然人申请9件。",  # a part of the total, not the total
    ],
)
def test_figures_about_something_else_are_not_compared(sentence: str) -> None:
    assert findings(sentence) == []


def test_received_may_count_the_applications_carried_over() -> None:
    """受理 5件 may be 本年新收 4 + 上年结转 1; 新收 5件 may not."""
    assert findings("本年度共受理政府信息公开申请5件。") == []
    assert len(findings("本年新收政府信息公开申请5件。")) == 1


def test_approximate_figures_are_intervals() -> None:
    """近5件 may be 4; 10余件 (between 10 and 20) cannot."""
    assert findings("收到申请近5件。") == []
    assert len(findings("收到申请10余件。")) == 1


def test_without_the_table_nothing_is_compared() -> None:
    report = gr.parse_text("某县某局\n2023年政府信息公开工作年度报告\n一、总体情况\n收到申请2件。")
    assert list(prose_findings(report, report.metrics())) == []
