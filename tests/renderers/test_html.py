"""The HTML renderer: valid HTML5, the model's text, figures tagged, no markup from user text."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport.exceptions import ValidationError
from govreport.renderers import render
from govreport.renderers.html import STYLESHEET, HTMLRenderer, escape

TAGS = {
    "html", "head", "meta", "title", "style", "body", "article", "header", "footer", "section",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "ol", "li", "b", "span", "data", "time", "cite",
    "table", "caption", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {
    "lang", "charset", "name", "content", "class", "value", "title", "datetime", "scope",
    "rowspan", "colspan", "data-metric", "data-unit", "data-scale", "data-approx",
    "data-interval", "data-deadline", "data-target", "data-id",
}  # fmt: skip
CLASSES = {
    "govreport", "authority", "document-number", "run-in", "marker", "point", "points",
    "commitment", "closing", "signature", "date",
} | {f"level-{n}" for n in range(1, 7)}  # fmt: skip
LINE_ELEMENTS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li"}


def element_text(element: Any) -> str:
    return "".join(element.itertext())


def table_lines(table: Any) -> list[str]:
    """Caption, then each row tab-separated on the full grid (as the text renderer lays it out)."""
    out = []
    caption = table.find("caption")
    if caption is not None:
        out.append(element_text(caption))
    covered: dict[int, int] = {}
    width = None
    for tr in table.iter("tr"):
        fields: list[str] = []
        column = 0
        for cell in tr:
            while covered.get(column, 0):
                fields.append("")
                column += 1
            colspan, rowspan = int(cell.get("colspan", "1")), int(cell.get("rowspan", "1"))
            fields += [element_text(cell)] + [""] * (colspan - 1)
            for spanned in range(column, column + colspan):
                covered[spanned] = rowspan
            column += colspan
        width = width or column
        fields += [""] * (width - len(fields))
        out.append("\t".join(fields))
        covered = {c: left - 1 for c, left in covered.items() if left > 1}
    return out


def dom_lines(root: Any) -> list[str]:
    """One line per block element: headings, paragraphs, list items, captions, table rows."""
    out: list[str] = []

    def walk(element: Any) -> None:
        if element.tag in LINE_ELEMENTS:
            out.append(element_text(element))
        elif element.tag == "table":
            out.extend(table_lines(element))
        else:
            for child in element:
                walk(child)

    walk(root)
    return out


def text_lines(report: gr.Report) -> list[str]:
    return [line for line in render(report, "text").splitlines() if line]


def check_document(
    document: str, report: gr.Report, helpers: SimpleNamespace, *, exact: bool
) -> None:
    """html5lib finds no parse error, only allowlisted markup, and the model's text."""
    tree, errors = helpers.parse_html(document)
    assert errors == []
    elements = list(tree.iter())
    assert {e.tag for e in elements} <= TAGS
    assert {a for e in elements for a in e.attrib} <= ATTRIBUTES
    assert {c for e in elements for c in e.get("class", "").split()} <= CLASSES
    got = dom_lines(tree.find("body"))
    want = text_lines(report)
    if exact:
        assert got == want
    else:  # text may hold line breaks: compare with every whitespace run as one space
        assert helpers.collapse("\n".join(got)) == helpers.collapse("\n".join(want))


def test_full_report_is_valid_and_reads_as_the_text(
    full_report: gr.Report, helpers: SimpleNamespace
) -> None:
    """The fixture document parses cleanly, uses only allowlisted markup, and its lines are the text's."""
    document = render(full_report, "html")
    assert document.startswith(
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
    )
    assert "<title>石柱土家族自治县六塘乡人民政府2023年度法治政府建设情况报告</title>" in document
    check_document(document, full_report, helpers, exact=True)


@settings(max_examples=settings.default.max_examples * 2)
@given(data=st.data())
def test_hostile_reports(data: st.DataObject, helpers: SimpleNamespace) -> None:
    """Hostile text never becomes markup: clean parse, allowlisted tags, the model's text."""
    report = data.draw(helpers.hostile_reports())
    check_document(render(report, "html"), report, helpers, exact=False)
    fragment = render(report, "html", fragment=True)
    tree, errors = helpers.parse_html(fragment, fragment=True)
    assert errors == []
    assert next(e.tag for e in tree) == "article"


def test_hostile_strings_are_escaped() -> None:
    """Tags, attribute breakers and entity look-alikes come out as text."""
    hostile = '</p><p onclick="alert(1)">&amp;&lt;\'<script>'
    report = gr.Report(
        title=hostile, authority="某乡", year=2023, preamble=[gr.Paragraph(text=hostile)]
    )
    document = render(report, "html")
    assert "<script>" not in document
    assert 'onclick="' not in document
    assert (
        "<p>&lt;/p&gt;&lt;p onclick=&quot;alert(1)&quot;&gt;&amp;amp;&amp;lt;&#x27;&lt;script&gt;</p>"
        in document
    )


def test_figures_are_tagged(full_report: gr.Report) -> None:
    """Every figure is a <data> with the unscaled value, id, unit, approximation and interval."""
    document = render(full_report, "html")
    assert (
        '<data value="560" data-metric="docs.total" data-unit="件" title="共计发文">560件</data>'
        in document
    )
    assert (
        '<data value="9000" data-metric="enforcement.fines" data-unit="元" data-scale="万" '
        'data-interval="[8500, 9500]" title="经济处罚">0.9万元</data>'
    ) in document
    assert (
        '<data value="10" data-metric="study.sessions" data-unit="次" data-approx="余" '
        'data-interval="(10, 20)" title="专题学习">10余次</data>'
    ) in document
    assert document.count("<data ") == len(full_report.metrics())


def test_years_and_dates_are_time_elements(full_report: gr.Report) -> None:
    """Years and the closing date are <time> with a machine-readable datetime."""
    document = render(full_report, "html")
    assert '<h1><time datetime="2023">2023</time>年度法治政府建设情况报告</h1>' in document
    assert '<time datetime="2024-01-15">2024年1月15日</time>' in document
    chinese = render(full_report, "html", numerals="chinese")
    assert '<time datetime="2024-01-15">二〇二四年一月十五日</time>' in chinese


def test_heading_ranks_never_skip(full_report: gr.Report) -> None:
    """Under a run-in or untitled section the next heading is one rank down, not more."""
    ranks = [int(n) for n in re.findall(r"<h([1-6])>", render(full_report, "html"))]
    assert all(b <= a + 1 for a, b in itertools.pairwise(ranks))
    report = gr.Report(
        title="t",
        authority="a",
        year=2023,
        sections=[
            gr.Section(
                title="一",
                run_in=True,
                blocks=[gr.Paragraph(text="正文")],
                children=[gr.Section(title="二", children=[gr.Section(title="三")])],
            )
        ],
    )
    assert re.findall(r"<h([1-6])>", render(report, "html")) == ["1", "2", "3"]


def test_fragment_and_locale(full_report: gr.Report) -> None:
    """fragment=True gives the bare <article>; the locale sets lang."""
    fragment = render(full_report, "html", fragment=True)
    assert fragment.startswith('<article class="govreport">')
    assert fragment.endswith("</article>\n")
    assert "<style>" not in fragment
    assert '<html lang="zh-TW">' in render(full_report, "html", locale="zh_TW")


def test_spans_and_blank_cells(full_report: gr.Report) -> None:
    """Header cells keep scope and spans; blank cells stay empty <td>."""
    document = render(full_report, "html")
    assert '<th scope="col" rowspan="2" colspan="2">项目</th>' in document
    assert '<th scope="row" rowspan="2">办理结果</th>' in document
    assert "<td></td>" in document


def test_commitment_attributes(full_report: gr.Report) -> None:
    """A commitment carries its target metric and its deadline."""
    assert (
        '<p class="commitment" data-target="plan.trainings" data-deadline="2024-12-31">'
        in render(full_report, "html")
    )


@pytest.mark.parametrize(
    "char", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\ufdd0", "\uffff", "\ud800"]
)
def test_characters_html_cannot_carry_are_refused(char: str) -> None:
    """Control characters, surrogates and noncharacters raise instead of vanishing."""
    report = gr.Report(
        title="t", authority="a", year=2023, preamble=[gr.Paragraph(text=f"a{char}b")]
    )
    with pytest.raises(ValidationError, match=f"U\\+{ord(char):04X}"):
        render(report, "html")


def test_escape_is_html_escape_with_quotes() -> None:
    """The choke point escapes & < > " ' and leaves other text alone."""
    assert escape("a&b<c>d\"e'f　g") == "a&amp;b&lt;c&gt;d&quot;e&#x27;f　g"


def test_unknown_option_and_bad_fragment() -> None:
    """Options are validated by name and type."""
    with pytest.raises(ValidationError, match="'fragmnt'"):
        HTMLRenderer(fragmnt=True)
    with pytest.raises(ValidationError, match="'fragment' must be a bool"):
        HTMLRenderer(fragment="yes")


def test_stylesheet_sets_the_gbt9704_grid() -> None:
    """A4 with the standard margins, 3号 body on a 28 × 22 grid, 2号 title."""
    assert "@page { size: A4; margin: 37mm 26mm 35mm 28mm; }" in STYLESHEET
    for rule in (
        "font-size: 16pt;",
        "line-height: calc(225mm / 22);",
        "letter-spacing: calc(156mm / 28 - 16pt);",
        "font-size: 22pt;",
    ):
        assert rule in STYLESHEET
    assert "serif" in STYLESHEET
    assert "sans-serif" in STYLESHEET
    assert "Noto Serif CJK SC" in STYLESHEET


def test_deterministic(full_report: gr.Report) -> None:
    """Same report, same bytes."""
    assert render(full_report, "html").encode() == render(full_report, "html").encode()


@pytest.mark.vnu
def test_nu_html_checker_finds_no_error(
    full_report: gr.Report, helpers: SimpleNamespace, vnu: Any, tmp_path: Path
) -> None:
    """The fixture report and hostile generated reports pass the Nu Html Checker without error."""
    documents = [render(full_report, "html"), render(full_report, "html", numerals="chinese")]

    @settings(max_examples=settings.default.max_examples * 2 // 5, database=None)
    @given(report=helpers.hostile_reports())
    def collect(report: gr.Report) -> None:
        documents.append(render(report, "html"))

    collect()
    paths = []
    for number, document in enumerate(documents):
        path = tmp_path / f"report-{number}.html"
        path.write_text(document, encoding="utf-8")
        paths.append(path)
    assert vnu(paths) == []


@pytest.mark.browser
def test_chromium_prints_a4_with_extractable_title(
    full_report: gr.Report, chromium: str, tmp_path: Path
) -> None:
    """Headless Chromium prints the report on A4 pages, and the title can be extracted from the PDF."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("needs pdftotext (Debian package poppler-utils)")
    page = tmp_path / "report.html"
    page.write_text(render(full_report, "html"), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            "--no-pdf-header-footer",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    boxes = re.findall(
        rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes()
    )
    assert boxes, "no /MediaBox in the PDF"
    for x0, y0, x1, y1 in boxes:
        assert abs(float(x1) - float(x0) - 595) <= 1
        assert abs(float(y1) - float(y0) - 842) <= 1
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2023年度法治政府建设情况报告" in "".join(text.split())
    assert "石柱土家族自治县六塘乡人民政府" in text


def test_date_element_for_closing() -> None:
    """The closing is a footer with signature and date."""
    report = gr.Report(
        title="t",
        authority="a",
        year=2023,
        closing=gr.Closing(signature="某乡", date=dt.date(2024, 3, 1)),
    )
    assert (
        '<footer class="closing">\n<p class="signature">某乡</p>\n'
        '<p class="date"><time datetime="2024-03-01">2024年3月1日</time></p>\n</footer>\n'
    ) in render(report, "html")
