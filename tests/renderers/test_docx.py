"""The docx renderer: the text renderer's text, GB/T 9704 layout in the XML, Word-ready tables."""

from __future__ import annotations

import datetime as dt
import io
import runpy
import subprocess
import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import govreport as gr
from govreport.exceptions import ValidationError
from govreport.renderers import get_renderer, render
from govreport.renderers.docx import DocxOptions, DocxRenderer, Fonts

docx = pytest.importorskip("docx")
from docx.oxml.ns import qn  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def example(name: str) -> gr.Report:
    found = runpy.run_path(str(ROOT / "examples" / f"{name}.py"))["report"]
    assert isinstance(found, gr.Report)
    return found


@pytest.fixture(scope="module")
def info_report() -> gr.Report:
    return example("info_disclosure_2023")


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def row_text(tr: Any) -> str:
    """A table row as the text renderer writes it: cells tab-separated on the full grid."""
    fields: list[str] = []
    for tc in tr.iter(qn("w:tc")):
        paragraphs = [docx.text.paragraph.Paragraph(p, None).text for p in tc.iter(qn("w:p"))]
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        fields += ["\n".join(paragraphs)] + [""] * (
            int(span.get(qn("w:val"))) - 1 if span is not None else 0
        )
    return "\t".join(fields)


def document_text(data: bytes) -> str:
    """Every body paragraph, and every table row, one per line, as python-docx reads them."""
    lines = []
    for item in open_docx(data).iter_inner_content():
        if isinstance(item, docx.table.Table):
            lines += [row_text(tr) for tr in item._tbl.iter(qn("w:tr"))]
        else:
            lines.append(item.text)
    return "".join(line + "\n" for line in lines)


def xml(data: bytes, part: str = "word/document.xml") -> Any:
    from lxml import etree

    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(part))


# -- text fidelity ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lutang_2023", "info_disclosure_2023"])
def test_examples_read_back_as_the_text_renderer_writes_them(name: str) -> None:
    report = example(name)
    assert document_text(render(report, "docx")) == render(report, "text")


def test_every_model_element_reads_back_as_text(full_report: gr.Report) -> None:
    data = render(full_report, "docx", numerals="chinese")
    assert document_text(data) == render(full_report, "text", numerals="chinese")


def test_hostile_reports_read_back_as_text(helpers: SimpleNamespace) -> None:
    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(report=helpers.hostile_reports())
    def check(report: gr.Report) -> None:
        assert document_text(render(report, "docx")) == render(report, "text")

    check()


def test_characters_word_cannot_carry_are_refused() -> None:
    report = gr.Report(title="报告", authority="某乡\r人民政府", year=2023)
    with pytest.raises(ValidationError, match="U\\+000D"):
        render(report, "docx")


# -- layout, read from the XML ------------------------------------------------------------------


def test_page_margins_and_grid(full_report: gr.Report) -> None:
    sect = xml(render(full_report, "docx")).find(f"{W}body/{W}sectPr")
    size, margins, grid = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar"), sect.find(f"{W}docGrid")
    mm = {
        side: int(margins.get(f"{W}{side}")) * 25.4 / 1440
        for side in ("top", "bottom", "left", "right")
    }
    assert (int(size.get(f"{W}w")), int(size.get(f"{W}h"))) == (11906, 16838)  # A4
    assert {side: round(value, 1) for side, value in mm.items()} == {
        "top": 37.0, "bottom": 35.0, "left": 28.0, "right": 26.0
    }  # fmt: skip
    pitch = int(grid.get(f"{W}linePitch"))
    body = 16838 - int(margins.get(f"{W}top")) - int(margins.get(f"{W}bottom"))
    assert body // pitch == 22
    assert grid.get(f"{W}type") == "lines"
    width = 11906 - int(margins.get(f"{W}left")) - int(margins.get(f"{W}right"))
    char = 16 + int(grid.get(f"{W}charSpace")) / 4096  # points
    assert int(width / 20 // char) == 28


def style(data: bytes, style_id: str) -> Any:
    found = xml(data, "word/styles.xml").find(f"{W}style[@{W}styleId='{style_id}']")
    assert found is not None, style_id
    return found


def fonts_of(element: Any) -> tuple[str | None, str | None, str | None]:
    fonts = element.find(f"{W}rPr/{W}rFonts")
    return fonts.get(f"{W}eastAsia"), fonts.get(f"{W}ascii"), fonts.get(f"{W}hAnsi")


def size_of(element: Any) -> float:
    return int(element.find(f"{W}rPr/{W}sz").get(f"{W}val")) / 2


def test_fonts_and_sizes_per_level(full_report: gr.Report) -> None:
    data = render(full_report, "docx")
    western = "Times New Roman"
    assert fonts_of(style(data, "Normal")) == ("仿宋_GB2312", western, western)
    assert size_of(style(data, "Normal")) == 16
    assert fonts_of(style(data, "Title")) == ("方正小标宋简体", western, western)
    assert size_of(style(data, "Title")) == 22
    expected = {1: "黑体", 2: "楷体_GB2312", 3: "仿宋_GB2312", 4: "仿宋_GB2312"}
    for level, font in expected.items():
        for style_id in (f"Heading{level}", f"Heading{level}Char"):
            assert fonts_of(style(data, style_id)) == (font, western, western)
    # 28 characters of 16 pt, drawn 0.25 pt closer, fill the 156 mm measure.
    spacing = int(style(data, "Normal").find(f"{W}rPr/{W}spacing").get(f"{W}val")) / 20
    assert 28 * (16 + spacing) <= 156 / 25.4 * 72 < 29 * (16 + spacing)
    indent = style(data, "Normal").find(f"{W}pPr/{W}ind")
    assert indent.get(f"{W}firstLineChars") == "200"


def test_headings_own_lines_and_run_in_titles(full_report: gr.Report) -> None:
    paragraphs = open_docx(render(full_report, "docx")).paragraphs
    by_text = {p.text: p for p in paragraphs}
    assert by_text["一、法治政府建设的主要举措和成效"].style.name == "Heading 1"
    assert by_text["（二）工作任务推进情况："].style.name == "Heading 2"
    run_in = next(p for p in paragraphs if p.text.startswith("（一）贯彻落实习近平法治思想情况。"))
    assert run_in.style.name == "Normal"
    assert run_in.runs[0].text == "（一）贯彻落实习近平法治思想情况。"
    assert run_in.runs[0].style.name == "Heading 2 Char"
    assert run_in.runs[1].style.name == "Default Paragraph Font"
    untitled = next(p for p in paragraphs if p.text.startswith("（1）全面加快"))
    assert untitled.runs[0].text == "（1）"
    assert untitled.runs[0].style.name == "Heading 4 Char"


def test_title_lines_break_where_the_title_does() -> None:
    report = gr.Report(
        title="某县人民政府关于\n2023年度法治政府建设情况的报告", authority="某县", year=2023
    )
    title = open_docx(render(report, "docx")).paragraphs[1]
    assert title.style.name == "Title"
    assert title.text == "某县人民政府关于\n2023年度法治政府建设情况的报告"
    assert (
        open_docx(render(report, "docx")).core_properties.title
        == "某县人民政府关于2023年度法治政府建设情况的报告"
    )


def test_footer_page_numbers_at_the_outside_corner(full_report: gr.Report) -> None:
    data = render(full_report, "docx")
    settings_ = xml(data, "word/settings.xml")
    assert settings_.find(f"{W}evenAndOddHeaders") is not None
    sect = xml(data).find(f"{W}body/{W}sectPr")
    refs = {r.get(f"{W}type"): r for r in sect.findall(f"{W}footerReference")}
    assert set(refs) == {"default", "even"}
    rels = {r.get("Id"): r.get("Target") for r in xml(data, "word/_rels/document.xml.rels")}
    r_id = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    for kind, side in (("default", "right"), ("even", "left")):
        footer = xml(data, "word/" + rels[refs[kind].get(r_id)])
        paragraph = footer.find(f"{W}p")
        assert paragraph.find(f"{W}pPr/{W}jc").get(f"{W}val") == side
        text = "".join(t.text for t in paragraph.iter(f"{W}t", f"{W}instrText"))
        assert text == "—  PAGE 1 —"
        assert [f.get(f"{W}fldCharType") for f in paragraph.iter(f"{W}fldChar")] == [
            "begin", "separate", "end"
        ]  # fmt: skip
    footer_style = style(data, "Footer")
    assert fonts_of(footer_style) == ("宋体", "宋体", "宋体")
    assert size_of(footer_style) == 14


def test_closing_right_aligned_with_unpadded_arabic_date(full_report: gr.Report) -> None:
    data = render(full_report, "docx")
    paragraphs = open_docx(data).paragraphs
    signature, date = paragraphs[-2], paragraphs[-1]
    assert (signature.style.name, signature.text) == ("Signature", "石柱土家族自治县六塘乡人民政府")
    assert (date.style.name, date.text) == ("Date", "2024年1月15日")
    for style_id in ("Signature", "Date"):
        assert style(data, style_id).find(f"{W}pPr/{W}jc").get(f"{W}val") == "right"
    number = next(p for p in paragraphs if p.style.name == "GR Document Number")
    assert number.text == "六塘府发〔2024〕3号"


def test_core_properties_and_deterministic_bytes(full_report: gr.Report) -> None:
    data = render(full_report, "docx")
    assert render(full_report, "docx") == data
    core = open_docx(data).core_properties
    assert core.title == "2023年度法治政府建设情况报告"
    assert core.author == "石柱土家族自治县六塘乡人民政府"
    assert core.created == dt.datetime(2024, 1, 15, tzinfo=dt.UTC)
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)


def test_no_timestamp_without_a_date() -> None:
    report = gr.Report(title="报告", authority="某乡人民政府", year=2023)
    core = xml(render(report, "docx"), "docProps/core.xml")
    assert not [e for e in core if e.tag.startswith("{http://purl.org/dc/terms/}")]
    published = gr.Report(title="报告", authority="某乡", year=2023, published=dt.date(2024, 3, 1))
    assert open_docx(render(published, "docx")).core_properties.created == dt.datetime(
        2024, 3, 1, tzinfo=dt.UTC
    )


# -- tables -------------------------------------------------------------------------------------


def applications_table(data: bytes) -> Any:
    tables = [
        t for t in xml(data).iter(f"{W}tbl") if len(t.findall(f"{W}tblGrid/{W}gridCol")) == 10
    ]
    assert len(tables) == 1
    return tables[0]


def test_table_three_merges_and_repeats_its_header(info_report: gr.Report) -> None:
    table = applications_table(render(info_report, "docx"))
    rows = table.findall(f"{W}tr")
    headers = [r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows]
    assert headers == [True] * 3 + [False] * (len(rows) - 3)
    assert len(rows) == 3 + 25  # 一、 二、 the 22 rows of 三、 and 四、
    first_cells = [r.find(f"{W}tc") for r in rows]
    label = "".join(first_cells[5].itertext())
    assert label == "三、本年度办理结果"
    merge = [c.find(f"{W}tcPr/{W}vMerge") for c in first_cells[5:27]]
    assert merge[0].get(f"{W}val") == "restart"
    assert all(m is not None and m.get(f"{W}val") is None for m in merge[1:])  # 21 continue
    assert first_cells[27].find(f"{W}tcPr/{W}vMerge") is None
    spans = [c.find(f"{W}tcPr/{W}gridSpan") for c in first_cells]
    assert spans[0].get(f"{W}val") == "3"  # the note over three label columns
    assert spans[3].get(f"{W}val") == "3"  # 一、本年新收…
    borders = table.find(f"{W}tblPr/{W}tblBorders")
    assert {b.tag.removeprefix(W) for b in borders} == {
        "top", "left", "bottom", "right", "insideH", "insideV"
    }  # fmt: skip
    assert all(b.get(f"{W}val") == "single" for b in borders)


def test_table_cells_fill_the_measure_and_rows_do_not_break(info_report: gr.Report) -> None:
    data = render(info_report, "docx")
    for table in xml(data).iter(f"{W}tbl"):
        widths = [int(c.get(f"{W}w")) for c in table.findall(f"{W}tblGrid/{W}gridCol")]
        assert sum(widths) == 11906 - 1587 - 1474
        for row in table.findall(f"{W}tr"):
            assert row.find(f"{W}trPr/{W}cantSplit") is not None
            cells = [int(c.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for c in row.findall(f"{W}tc")]
            assert sum(cells) == sum(widths)


# -- options ------------------------------------------------------------------------------------


def test_bold_levels_fonts_and_closing_indent(full_report: gr.Report) -> None:
    plain = render(full_report, "docx")
    assert style(plain, "Heading2").find(f"{W}rPr/{W}b") is None
    styled = render(
        full_report,
        "docx",
        bold_levels=[2, 3],
        fonts=Fonts(title="华文中宋", heading2="楷体"),
        closing_indent=2,
    )
    assert style(styled, "Heading2").find(f"{W}rPr/{W}b") is not None
    assert style(styled, "Heading3Char").find(f"{W}rPr/{W}b") is not None
    assert style(styled, "Heading1").find(f"{W}rPr/{W}b") is None
    assert fonts_of(style(styled, "Title"))[0] == "华文中宋"
    assert fonts_of(style(styled, "Heading2"))[0] == "楷体"
    indent = style(styled, "Date").find(f"{W}pPr/{W}ind")
    assert indent.get(f"{W}rightChars") == "200"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"bold_levels": 2}, "collection of heading levels"),
        ({"bold_levels": [0]}, "heading levels 1-6"),
        ({"fonts": {"title": "宋体"}}, "must be a govreport.renderers.docx.Fonts"),
        ({"closing_indent": -1}, "0-14 characters"),
        ({"fragment": True}, "unknown option 'fragment'"),
    ],
)
def test_bad_options_are_refused(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        get_renderer("docx", **options)


def test_fonts_refuse_empty_names() -> None:
    with pytest.raises(ValidationError, match="'western' must be a non-empty font name"):
        Fonts(western=" ")


def test_renderer_attributes() -> None:
    assert (DocxRenderer.name, DocxRenderer.suffix, DocxRenderer.binary) == ("docx", ".docx", True)
    assert DocxOptions().closing_indent == 4


# -- as a person would see it: LibreOffice turns the file into pages -----------------------------


@pytest.mark.libreoffice
@pytest.mark.poppler
def test_libreoffice_lays_out_a4_pages_like_the_pdf_renderer(
    soffice: str, poppler: SimpleNamespace, tmp_path: Path
) -> None:
    pytest.importorskip("weasyprint")
    reports = {name: example(name) for name in ("lutang_2023", "info_disclosure_2023")}
    for name, report in reports.items():
        (tmp_path / f"{name}.docx").write_bytes(render(report, "docx"))
        (tmp_path / f"{name}-weasy.pdf").write_bytes(render(report, "pdf"))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *(str(tmp_path / f"{name}.docx") for name in reports),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    for name, report in reports.items():
        converted = tmp_path / f"{name}.pdf"
        info = poppler.info(converted)
        assert info["Page size"].endswith("(A4)")
        text = "".join(poppler.text(converted).split())
        lines = [line for line in render(report, "text").splitlines() if line.strip()]
        title = open_docx(render(report, "docx")).core_properties.title
        assert title in text
        assert "".join(lines[-1].split()) in text
        pages = int(info["Pages"])
        assert abs(pages - int(poppler.info(tmp_path / f"{name}-weasy.pdf")["Pages"])) <= 1
        assert "—1—" in "".join(poppler.text(converted, page=1).split())
