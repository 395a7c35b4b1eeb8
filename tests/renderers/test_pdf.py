"""The PDF renderer: A4 pages from the print stylesheet, text that can be extracted, fixed bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import runpy
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import govreport as gr
from govreport.renderers import get_renderer, render

try:
    import weasyprint  # noqa: F401
except (ImportError, OSError) as exc:  # not installed, or Pango missing
    pytest.skip(f"needs WeasyPrint and Pango: {exc}", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def lutang() -> gr.Report:
    found = runpy.run_path(str(ROOT / "examples" / "lutang_2023.py"))["report"]
    assert isinstance(found, gr.Report)
    return found


@pytest.fixture(scope="module")
def lutang_pdf(lutang: gr.Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "lutang.pdf"
    path.write_bytes(render(lutang, "pdf"))
    return path


def test_the_same_bytes_every_time(full_report: gr.Report) -> None:
    data = render(full_report, "pdf")
    assert data.startswith(b"%PDF-")
    assert render(full_report, "pdf") == data


@pytest.mark.poppler
def test_metadata_come_from_the_report(
    full_report: gr.Report, poppler: SimpleNamespace, tmp_path: Path
) -> None:
    path = tmp_path / "full.pdf"
    path.write_bytes(render(full_report, "pdf"))
    info = poppler.info(path)
    assert info["Page size"].endswith("(A4)")
    assert info["Title"] == "石柱土家族自治县六塘乡人民政府2023年度法治政府建设情况报告"
    assert info["Author"] == "石柱土家族自治县六塘乡人民政府"
    assert info["Creator"] == "govreport"
    assert info["CreationDate"].startswith("2024-01-15")
    undated = tmp_path / "undated.pdf"
    undated.write_bytes(render(gr.Report(title="报告", authority="某乡", year=2023), "pdf"))
    assert "CreationDate" not in poppler.info(undated)


@pytest.mark.poppler
def test_title_and_every_figure_can_be_extracted(
    lutang: gr.Report, lutang_pdf: Path, poppler: SimpleNamespace
) -> None:
    text = "".join(poppler.text(lutang_pdf).split())
    assert "2023年度法治政府建设情况报告" in text
    written = get_renderer("text")
    for metric in lutang.metrics().values():
        figure = written.format_quantity(metric.quantity)  # type: ignore[attr-defined]
        assert figure in text, metric.id


@pytest.mark.poppler
def test_page_numbers_at_the_outside_corner(lutang_pdf: Path, poppler: SimpleNamespace) -> None:
    """``— 1 —`` right on odd pages and ``— 2 —`` left on even ones, below the text."""
    assert int(poppler.info(lutang_pdf)["Pages"]) >= 2
    half = 595 / 2
    for page in (1, 2):
        words = poppler.words(lutang_pdf, page=page)
        number = [w for w in words if "".join(w[0].split()) in (f"—{page}—", str(page))]
        assert number, words[-3:]
        _, left, right = number[-1]
        assert "".join(w[0] for w in words[-3:]).endswith(f"{page}—")
        if page % 2:
            assert left > half
        else:
            assert right < half


def test_the_same_bytes_in_another_process(full_report: gr.Report) -> None:
    """Nothing of the process (time, hash seed, font subset tags) reaches the files."""
    script = (
        "import hashlib, sys, datetime as dt, govreport as gr\n"
        "from govreport.renderers import render\n"
        "r = gr.Report(title='报告', authority='某乡', year=2023,"
        " closing=gr.Closing(signature='某乡', date=dt.date(2024, 1, 5)))\n"
        "print(*(hashlib.sha256(render(r, f)).hexdigest() for f in ('pdf', 'docx')))\n"
    )
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        closing=gr.Closing(signature="某乡", date=dt.date(2024, 1, 5)),
    )
    here = " ".join(hashlib.sha256(render(report, f)).hexdigest() for f in ("pdf", "docx"))
    there = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    ).stdout.strip()
    assert there == here
