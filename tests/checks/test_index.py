"""The shared index of a report: built once per report object, and locate()."""

from __future__ import annotations

from collections.abc import Callable

import govreport as gr
from govreport.checks import locate
from govreport.checks._index import index

MakeReport = Callable[..., gr.Report]
MakeMetric = Callable[..., gr.Metric]

YEAR = 2023


def test_index_is_built_once_per_report(report: MakeReport, m: MakeMetric) -> None:
    """The rules of one check share one index of the report."""
    r = report(m("x.a", 1))
    assert index(r) is index(r)
    assert index(report(m("x.a", 1))) is not index(r)


def test_locate(m: MakeMetric) -> None:
    """locate() finds metrics in the title, preamble and sections, and counted items."""
    title_metric = m("t.n", 3, "个")
    r = gr.Report(
        title=gr.text("报告{n}", n=title_metric),
        authority="某乡人民政府",
        year=YEAR,
        sections=[
            gr.Section(
                title="甲",
                children=[
                    gr.Section(title="子", id="kid", blocks=[gr.Points(items=["一"], id="pts")])
                ],
            )
        ],
    )
    assert [locate(r, i) for i in ("t.n", "kid", "pts")] == ["", "一（一）", "一（一）"]
