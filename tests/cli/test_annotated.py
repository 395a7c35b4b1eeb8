"""The annotated report: figures highlighted where they stand, messages beside them, a summary."""

from __future__ import annotations

import re
import runpy
import struct
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import govreport as gr
from govreport._cli._annotated import annotated_html, line, summary
from govreport.renderers.html import escape

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "lutang_2023.py"


@pytest.fixture(scope="module")
def township() -> gr.Report:
    report = runpy.run_path(str(EXAMPLE))["report"]
    assert isinstance(report, gr.Report)
    return report


def _asides(page: str) -> list[tuple[str, str, str]]:
    """(severity, id, text) of each aside, in page order."""
    return re.findall(
        r'<aside class="finding (\w+)" id="([\w-]+)" lang="[\w-]+"><p>(.*?)</p></aside>', page
    )


@pytest.mark.parametrize("locale", ["zh_Hans_CN", "en"])
def test_every_finding_is_linked_from_the_summary_to_its_aside(
    township: gr.Report, locale: str
) -> None:
    findings = gr.check(township)
    page = annotated_html(township, findings, locale=locale)
    links = re.findall(r'<li class="(\w+)"><a href="#([\w-]+)">(.*?)</a></li>', page)
    asides = _asides(page)
    assert sorted(links, key=lambda t: t[1]) == sorted(asides, key=lambda t: t[1])
    assert [text for _, _, text in links] == [escape(line(f, locale)) for f in findings]
    assert f"{summary(findings, locale)}" in page[: page.index("<article")]


def test_the_sum_stands_beside_its_paragraph_with_its_figures_highlighted(
    township: gr.Report,
) -> None:
    (error,) = [f for f in gr.check(township) if f.severity == "error"]
    page = annotated_html(township, [error], locale="zh_Hans_CN")
    flagged = re.findall(
        r'<data [^>]*data-metric="([\w.]+)" class="flagged"[^>]*>([^<]*)</data>', page
    )
    assert sorted(id_ for id_, _ in flagged) == sorted(error.metrics)
    assert {shown for _, shown in flagged} >= {"560件", "76件", "206件"}
    assert page.count('class="flagged"') == len(error.metrics)
    aside_end = page.index("</aside>\n") + len("</aside>\n")
    block = page[aside_end : page.index("</p>", aside_end)]
    assert block.startswith("<p>")
    assert 'data-metric="documents.total" class="flagged"' in block
    assert (
        "各分项（委发76件、委文48件、府发157件、府文58件、府函206件）合计545件" in page[:aside_end]
    )


def test_a_finding_without_figures_stands_under_the_header(township: gr.Report) -> None:
    finding = gr.Finding(code="my-rule", severity="warning", message="整篇报告需要复核")
    page = annotated_html(township, [finding], locale="zh_Hans_CN")
    after_header = page[page.index("</header>\n") + len("</header>\n") :]
    assert after_header.startswith(
        '<aside class="finding warning" id="finding-1" lang="zh-Hans-CN">'
        "<p>（全文）：警告［my-rule］整篇报告需要复核</p></aside>\n"
    )
    assert 'class="flagged"' not in page


def test_no_findings_gives_the_rendering_with_an_empty_summary(township: gr.Report) -> None:
    page = annotated_html(township, [], locale="en")
    assert "Findings: 0 error(s), 0 warning(s), 0 info" in page
    assert "<aside" not in page
    plain = gr.render(township, "html")
    assert page[page.index("<article") :] == plain[plain.index("<article") :]


def test_escaping(township: gr.Report) -> None:
    finding = gr.Finding(code="my-rule", severity="info", message="<b>&</b>")
    page = annotated_html(township, [finding], locale="en")
    assert "(report): info [my-rule] &lt;b&gt;&amp;&lt;/b&gt;" in page
    assert "<b>&</b>" not in page


@pytest.mark.vnu
def test_nu_html_checker_finds_no_error(
    township: gr.Report, vnu: Callable[[Sequence[Path]], list[dict[str, Any]]], tmp_path: Path
) -> None:
    findings = [*gr.check(township), gr.Finding(code="x", severity="warning", message="m")]
    paths = []
    for locale in ("zh_Hans_CN", "en"):
        path = tmp_path / f"{locale}.html"
        path.write_text(annotated_html(township, findings, locale=locale), encoding="utf-8")
        paths.append(path)
    assert vnu(paths) == []


def _chromium(chromium: str, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            *argv,
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )


@pytest.mark.browser
def test_chromium_shows_the_annotated_township_report(
    township: gr.Report, chromium: str, tmp_path: Path
) -> None:
    """Chromium lays the page out (a screenshot of the window) and keeps every aside and link."""
    page = tmp_path / "annotated.html"
    findings = gr.check(township, locale="zh_Hans_CN")
    page.write_text(annotated_html(township, findings, locale="zh_Hans_CN"), encoding="utf-8")
    shot = tmp_path / "annotated.png"
    _chromium(chromium, tmp_path, "--window-size=1400,3600", f"--screenshot={shot}", page.as_uri())
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1400, 3600)
    dom = _chromium(chromium, tmp_path, "--dump-dom", page.as_uri()).stdout.decode()
    ids = re.findall(r'<aside class="finding \w+" id="([\w-]+)"', dom)
    assert ids == [f"finding-{n}" for n in range(1, len(findings) + 1)]
    assert re.findall(r'<a href="#([\w-]+)">', dom) == ids
    assert dom.count('class="flagged"') == sum(len(f.metrics) for f in findings)
