"""examples/qingxi_market_2024.py: a report written with figures as written, one planted slip."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import govreport as gr

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "qingxi_market_2024.py"


@pytest.fixture(scope="module")
def report() -> gr.Report:
    """The example's module-level report."""
    found = runpy.run_path(str(EXAMPLE))["report"]
    assert isinstance(found, gr.Report)
    return found


def test_check_finds_exactly_the_planted_slip(report: gr.Report) -> None:
    """1205 of 1236 is 97.5%, not 98.5%; the optional fifth part is only noted (info)."""
    found = sorted((f.severity, f.code, f.location, f.metrics) for f in gr.check(report))
    assert found == [
        ("error", "ratio-mismatch", "一（四）", ("closing_rate", "closed", "complaints")),
        ("info", "missing-part", "", ()),
    ]


def test_it_has_what_the_issue_asks_for(report: gr.Report) -> None:
    """Four parts, points, ≥20 figures of the required kinds, a rate, a total of five, a plan."""
    assert len(report.sections) == 4
    metrics = report.metrics()
    assert len(metrics) >= 20
    quantities = [m.quantity for m in metrics.values()]
    assert {"件", "次", "人次"} <= {q.unit for q in quantities}
    assert any(q.unit == "元" and q.scale == "万" for q in quantities)
    assert gr.Quantity(value=300, unit="人次", approx="余") in quantities
    total, rate, _ = report.relations
    assert isinstance(total, gr.Total)
    assert len(total.parts) == 5
    assert isinstance(rate, gr.Rate)
    (reference,) = report.references()
    assert str(reference.number) == "清府办发〔2024〕12号"
    assert report.closing is not None
    text = gr.render(report, "text")
    assert "一是" in text
    assert "二是" in text
    assert "对全年查处的186件违法案件" in text  # the total, cited again


def test_figures_without_ids_got_them_from_their_place(report: gr.Report) -> None:
    """Only relation and citation figures have ids given; the others are derived."""
    derived = [id_ for id_ in report.metrics() if ".f" in id_]
    assert len(derived) >= 15
    assert all(id_.startswith(("s", "p")) for id_ in derived)


def test_json_round_trip(report: gr.Report) -> None:
    """The JSON form loads back to an equal report, the citation included."""
    assert gr.from_json(gr.to_json(report)) == report


def test_under_a_hundred_lines() -> None:
    """The whole example, formatted, is under 100 lines of Python."""
    assert len(EXAMPLE.read_text(encoding="utf-8").splitlines()) < 100


def test_running_it_prints_the_text_and_the_finding() -> None:
    """The script prints the report and the ratio finding."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("清溪县市场监督管理局\n2024年度法治政府建设情况报告\n")
    assert "ratio-mismatch" in done.stdout
