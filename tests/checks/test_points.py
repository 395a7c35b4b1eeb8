"""The single-point rule."""

from __future__ import annotations

import govreport as gr
from govreport.checks import single_points


def _report(*blocks: gr.Block, preamble: tuple[gr.Block, ...] = ()) -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=2023,
        preamble=preamble,
        sections=[gr.Section(title="甲", children=[gr.Section(title="乙", blocks=blocks)])],
    )


def test_one_point_is_a_warning_where_it_stands() -> None:
    """A lone 一是 is reported at its section; the renderer keeps it as written."""
    report = _report(gr.Points(items=["加强学习。"]))
    (finding,) = single_points(report)
    assert (finding.code, finding.severity, finding.location) == (
        "single-point",
        "warning",
        "一（一）",
    )
    assert "一是加强学习。" in gr.render(report, "text")


def test_two_points_and_paragraphs_are_fine() -> None:
    """Only one-item enumerations are flagged, in the preamble as in sections."""
    report = _report(gr.Points(items=["甲。", "乙。"]), gr.Paragraph(text="丙。"))
    assert list(single_points(report)) == []
    lone = _report(preamble=(gr.Points(items=["甲。"]),))
    assert [f.location for f in single_points(lone)] == [""]


def test_check_runs_it_by_default() -> None:
    """check() includes the rule."""
    assert [f.code for f in gr.check(_report(gr.Points(items=["甲。"])))] == ["single-point"]
