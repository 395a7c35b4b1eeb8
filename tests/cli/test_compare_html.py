"""The comparison as HTML: valid, escaped, grouped by heading, and read by headless Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest

import govreport as gr
from govreport._cli._compare_html import comparison_html


def _report(year: int, value: int, stated: str | None = None) -> gr.Report:
    inlines: list[gr.Inline] = ["受理", gr.metric("cases", value, "件", label="受理<x>")]
    relations: list[gr.Relation] = []
    if stated is not None:
        inlines += ["，增长", gr.metric("cases.rise", stated, "%", change=True, label="增长")]
        relations.append(gr.Change(current="cases", stated="cases.rise", form="rate"))
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=year,
        sections=[
            gr.Section(title="基本情况", blocks=[gr.Paragraph(text=gr.Text((*inlines, "。")))])
        ],
        relations=relations,
    )


def _page() -> str:
    return comparison_html(gr.compare(_report(2023, 50), _report(2024, 60, "25")))


def test_valid_escaped_and_grouped() -> None:
    page = _page()
    html5lib.HTMLParser(strict=True).parse(page)
    assert '<th colspan="6" scope="rowgroup">一、基本情况</th>' in page
    assert "<td>受理&lt;x&gt;</td><td>50件</td><td>60件</td><td>+10件</td><td>+20%</td>" in page
    assert '<li class="wrong">受理&lt;x&gt;60件：增长25% — 有误</li>' in page


def test_headless_chromium_reads_it(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("needs chromium (Debian package chromium)")
    page = tmp_path / "compare.html"
    page.write_text(_page(), encoding="utf-8")
    dom = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "<tbody><tr><th" in dom
    assert 'class="wrong"' in dom
    assert "某乡人民政府 2023—2024 对比" in dom
