"""examples/info_disclosure_2023.py: a complete, consistent 政府信息公开 report of the 2021 format."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import attrs
import html5lib
import pytest

import govreport as gr
from govreport.checks import check, default_rules
from govreport.kinds import get_kind, info_disclosure
from govreport.renderers import render

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "info_disclosure_2023.py"
COLUMNS = ("natural_person", "commercial", "research", "public_interest", "legal_services", "other")
COLUMNS += ("total",)


@pytest.fixture(scope="module")
def report() -> gr.Report:
    """The example's module-level report."""
    found = runpy.run_path(str(EXAMPLE))["report"]
    assert isinstance(found, gr.Report)
    return found


def replace_table(report: gr.Report, table: gr.Table) -> gr.Report:
    """*report* with the table of the same id replaced."""
    sections = [
        attrs.evolve(
            s,
            blocks=[table if isinstance(b, gr.Table) and b.id == table.id else b for b in s.blocks],
        )
        for s in report.sections
    ]
    return attrs.evolve(report, sections=sections)


def test_example_is_complete(report: gr.Report) -> None:
    """Six parts with prose figures, and the three prescribed tables in parts 二–四."""
    assert report.kind == "info-disclosure"
    assert [s.title.plain() for s in report.sections if s.title] == [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况",
        "存在的主要问题及改进情况",
        "其他需要报告的事项",
    ]
    assert [b.id for s in report.sections[1:4] for b in s.blocks] == [
        "disclosure.proactive",
        "disclosure.applications",
        "disclosure.review_litigation",
    ]
    prose = [m for m in report.metrics() if not m.startswith("disclosure.")]
    assert len(prose) >= 15


def test_example_has_no_findings(report: gr.Report) -> None:
    """check() applies the kind's rules (by Report.kind) and finds nothing."""
    assert set(get_kind("info-disclosure").rules) <= set(default_rules(report))
    assert check(report) == []


def test_one_changed_cell_gives_exactly_its_findings(report: gr.Report) -> None:
    """自然人 new applications 86 → 87: T3-ROW on row 一 and T3-BAL on column 自然人, nothing else."""
    before = report.metrics()["disclosure.applications.received.natural_person"]
    assert before.quantity.value == 86
    (applications,) = [b for b in report.sections[2].blocks if isinstance(b, gr.Table)]
    rows = [list(r) for r in applications.rows]
    cell = rows[0][1]
    assert isinstance(cell.content, gr.Metric)
    quantity = attrs.evolve(cell.content.quantity, value=87)
    rows[0][1] = attrs.evolve(cell, content=attrs.evolve(cell.content, quantity=quantity))
    changed = replace_table(report, attrs.evolve(applications, rows=rows))
    assert [str(f) for f in check(changed)] == [
        "error table-identity at 三: T3-BAL: 表三 column “自然人”: 一、本年新收政府信息公开申请数量 + "
        "二、上年结转政府信息公开申请数量 = 87 + 4 = 91, but 三、本年度办理结果 （七）总计 + "
        "四、结转下年度继续办理 = 87 + 3 = 90",
        "error table-identity at 三: T3-ROW: 表三 row “一、本年新收政府信息公开申请数量”: 总计 = 102, "
        "but 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = "
        "87 + 12 + 0 + 1 + 3 + 0 = 103",
    ]
    found = check(changed)
    # Each names its cells in table order; check() sorts by the first cell in reading order.
    assert [f.metrics for f in found] == [
        (
            "disclosure.applications.received.natural_person",
            "disclosure.applications.brought_forward.natural_person",
            "disclosure.applications.results.total.natural_person",
            "disclosure.applications.carried_over.natural_person",
        ),
        (
            "disclosure.applications.received.total",
            *(f"disclosure.applications.received.{c}" for c in COLUMNS[:-1]),
        ),
    ]


def test_next_years_report_is_compared_by_id(report: gr.Report) -> None:
    """Given this report as last year's, a 2024 report's 上年结转 must be its 结转下年度."""
    nxt = attrs.evolve(report, year=2024, published=None, closing=None)
    found = [str(f) for rule in info_disclosure(previous=report).rules for f in rule(nxt)]
    # 2023 carried over 3, 2, 0, 0, 1, 0, 6; the copy brings forward 4, 1, 0, 0, 0, 0, 5.
    assert [f.split(": ")[1:3] for f in found if "T3-XYR" in f] == [
        ["T3-XYR", "表三 column “自然人”"],
        ["T3-XYR", "表三 column “商业企业”"],
        ["T3-XYR", "表三 column “法律服务机构”"],
        ["T3-XYR", "表三 column “总计”"],
    ]
    assert found
    assert all(f.startswith("warning ") for f in found)


def test_script_prints_its_findings() -> None:
    """Running the example prints its findings (there are none) and exits 0."""
    out = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=False
    )
    assert (out.returncode, out.stdout, out.stderr) == (0, "no findings\n", "")


def test_json_round_trip(report: gr.Report) -> None:
    """The tables, blanks included, survive JSON."""
    assert gr.from_json(gr.to_json(report)) == report


def _table_grid(html: str, data_id: str) -> dict[tuple[int, int], tuple[str, int, int]]:
    """Cells of the table with *data_id*, by the (row, column) where they start."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    table = next(t for t in tree.iter("table") if t.get("data-id") == data_id)
    found: dict[tuple[int, int], tuple[str, int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for r, tr in enumerate(table.iter("tr")):
        c = 0
        for cell in tr:
            while (r, c) in covered:
                c += 1
            rows, cols = int(cell.get("rowspan", 1)), int(cell.get("colspan", 1))
            found[(r, c)] = ("".join(cell.itertext()), rows, cols)
            covered |= {(r + i, c + j) for i in range(rows) for j in range(cols)}
            c += cols
    return found


def test_html_lays_out_the_format(report: gr.Report) -> None:
    """The HTML 表三 has the format's spans: 三 over 22 rows, （三） over 8, the note 3×3."""
    grid = _table_grid(render(report, "html"), "disclosure.applications")
    assert grid[(0, 0)][1:] == (3, 3)
    assert grid[(0, 3)] == ("申请人情况", 1, 7)
    assert grid[(5, 0)] == ("三、本年度办理结果", 22, 1)
    assert grid[(7, 1)] == ("（三）不予公开", 8, 1)
    assert grid[(23, 1)] == ("（六）其他处理", 3, 1)
    assert grid[(27, 0)] == ("四、结转下年度继续办理", 1, 3)
    assert grid[(27, 9)][0] == "6"
    review = _table_grid(render(report, "html"), "disclosure.review_litigation")
    assert review[(0, 5)] == ("行政诉讼", 1, 10)
    assert review[(1, 0)] == ("结果维持", 2, 1)


def test_markdown_falls_back_to_html_for_spans(report: gr.Report) -> None:
    """Markdown cannot span cells, so the tables are written as HTML with the same spans."""
    markdown = render(report, "markdown")
    assert markdown.count('rowspan="22"') == 1
    assert 'colspan="10"' in markdown


def test_text_keeps_every_label_and_figure(report: gr.Report) -> None:
    """The plain text puts each 表三 row label on the line with its seven figures."""
    text = render(report, "text")
    assert "\t（七）总计\t\t87\t11\t0\t1\t2\t0\t101" in text
    assert "四、结转下年度继续办理\t\t\t3\t2\t0\t0\t1\t0\t6" in text
