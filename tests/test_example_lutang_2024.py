"""examples/lutang_2024.py: the following year of the seed township, compared with 2023."""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path

import html5lib
import pytest

import govreport as gr
from govreport.importers import parse_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lutang_2024.py"
SEED = (Path(__file__).parent / "data" / "lutang_2023.txt").read_text(encoding="utf-8")
WRONG = ("enforcement.vehicles_deployed", "enforcement.vehicles_deployed.change")


@pytest.fixture(scope="module")
def report() -> gr.Report:
    """The example's module-level report."""
    found = runpy.run_path(str(EXAMPLE))["report"]
    assert isinstance(found, gr.Report)
    return found


@pytest.fixture(scope="module")
def last_year() -> gr.Report:
    """The 2023 report of examples/lutang_2023.py."""
    found = runpy.run_path(str(ROOT / "examples" / "lutang_2023.py"))["report"]
    assert isinstance(found, gr.Report)
    return found


def test_reuses_last_years_ids(report: gr.Report, last_year: gr.Report) -> None:
    """Every figure but the stated changes has an id of the 2023 report."""
    before = last_year.metrics()
    new = [id_ for id_ in report.metrics() if id_ not in before]
    assert new
    assert all(id_.endswith(".change") for id_ in new)


def test_states_changes_that_are_open(report: gr.Report) -> None:
    """The changes are Change relations whose previous value is last year's."""
    changes = [r for r in report.relations if isinstance(r, gr.Change)]
    assert len(changes) >= 5
    assert {c.form for c in changes} == {"rate", "difference", "multiple"}
    assert all(c.is_open for c in changes)


def test_the_report_alone_has_no_error(report: gr.Report) -> None:
    """On its own the report is consistent: open changes are left to compare()."""
    assert [f for f in gr.check(report) if f.severity == "error"] == []


def test_exactly_one_change_is_wrong(report: gr.Report, last_year: gr.Report) -> None:
    """Compared with 2023, one stated change cannot hold: 480次 → 420次 is −12.5%, not −15%."""
    result = gr.compare(last_year, report)
    assert [(f.code, f.location, f.metrics) for f in result.findings] == [
        ("change-mismatch", "一（二）2.", WRONG)
    ]
    (finding,) = result.findings
    assert "12.5%" in finding.message
    assert "15%" in finding.message
    holds = {c.relation.current: c.holds for c in result.changes}
    assert holds.pop(WRONG[0]) is False
    assert set(holds.values()) == {True}


def test_the_imported_texts_find_the_same(report: gr.Report) -> None:
    """Imported from text (the seed and the rendered 2024 report), compare finds the same error."""
    old, new = parse_text(SEED), parse_text(gr.render(report, "text"))
    findings = gr.compare(old, new).findings
    assert [(f.code, f.location, f.message) for f in findings] == [
        (
            "change-mismatch",
            "一（二）2.",
            "the change 同比下降15% does not match 出动车辆480次 → 出动车辆420次, "
            "which is a decrease of 12.5%",
        )
    ]


def test_main_writes_the_comparison(tmp_path: Path) -> None:
    """The script writes the comparison as text and well-formed HTML and prints the finding."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    text = (tmp_path / "lutang_2023_2024.txt").read_text(encoding="utf-8")
    html = (tmp_path / "lutang_2023_2024.html").read_text(encoding="utf-8")
    assert text.startswith("2023 → 2024: ")
    assert "WRONG  enforcement.vehicles_deployed" in text
    html5lib.HTMLParser(strict=True).parse(html)
    assert html.count('<li class="wrong">') == 1
    assert str(tmp_path) in done.stdout
    assert "1 finding(s):" in done.stdout
    assert "[change-mismatch] at 一（二）2." in done.stdout
