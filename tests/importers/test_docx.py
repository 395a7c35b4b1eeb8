"""parse_docx: Word files built here (lists, merged cells, tracked changes, comments), files
that are not Word files, and round trips through the docx renderer."""

from __future__ import annotations

import io
import runpy
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies
from govreport.exceptions import ModelTypeError, ParseError, ValidationError
from govreport.importers import parse_docx, parse_text
from govreport.importers._docx_body import Body
from govreport.importers._docx_numbering import Styles
from govreport.importers._drafts import Grid, GridCell, Heading, Line
from govreport.renderers import render
from govreport.renderers.text import TextRenderer

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
W = nsdecls("w")
HEAD = ["某乡人民政府", "2023年度法治政府建设情况报告"]


# -- building Word files -------------------------------------------------------------------------


def p(text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A paragraph's XML: plain text in one run, a style, a list (numId, ilvl)."""
    props = "" if style is None else f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{run}</w:p>"


def level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/>{extra}</w:lvl>'
    )


# GB/T 9704's four levels as a Word list: 一、 （一） 1. （1）
GBT = (
    level(0, "chineseCounting", "%1、")
    + level(1, "chineseCounting", "（%2）")
    + level(2, "decimal", "%3.")
    + level(3, "decimal", "（%4）")
)


def build(
    *blocks: str, numbering: str | None = None, styles: str = "", document: Any = None
) -> bytes:
    """A .docx whose body is *blocks* (XML), with *numbering* as the whole of numbering.xml's
    content and *styles* added to styles.xml."""
    document = document if document is not None else docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for block in blocks:
        body.sectPr.addprevious(parse_xml(block.replace("<w:p>", f"<w:p {W}>", 1).replace(
            "<w:tbl>", f"<w:tbl {W}>", 1)))  # fmt: skip
    if numbering is not None:
        root = document.part.numbering_part.element
        for child in list(root):
            root.remove(child)
        for element in parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"):
            root.append(element)
    if styles:
        for element in parse_xml(f"<w:styles {W}>{styles}</w:styles>"):
            document.styles.element.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def typed(*lines: str) -> bytes:
    """A .docx with one plain paragraph per line."""
    return build(*(p(line) for line in lines))


# -- automatic numbering ----------------------------------------------------------------------


NUMBERED = [
    ("主要举措", 0),
    ("规范文件管理", 1),
    ("全年共计发文560件，其中委发76件，府发157件。", None),
    ("规范执法", 1),
    ("加强执法监督", 2),
    ("检查企业366家。", None),
    ("开展培训", 2),
    ("培训10余次", 3),
    ("宣传5次", 3),
    ("存在的不足", 0),
    ("培训不够。", None),
]
MARKERS = ["一、", "（一）", "", "（二）", "1.", "", "2.", "（1）", "（2）", "二、", ""]


def test_list_numbers_read_as_typed_markers() -> None:
    """A paragraph Word numbers 一、 reads exactly as one where 一、 is typed."""
    numbered = build(
        *(p(h) for h in HEAD),
        *(p(text, num=None if ilvl is None else (7, ilvl)) for text, ilvl in NUMBERED),
        numbering=f'<w:abstractNum w:abstractNumId="3">{GBT}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>',
    )
    lines = [*HEAD, *(m + text for m, (text, _) in zip(MARKERS, NUMBERED, strict=True))]
    report = parse_docx(numbered)
    assert report == parse_docx(typed(*lines)) == parse_text("\n".join(lines))
    one, _ = report.sections
    assert [s.title.plain() for s in one.children] == ["规范文件管理", "规范执法"]
    assert [len(s.children) for s in one.children[1].children] == [0, 2]
    assert "sum-mismatch" in [f.code for f in gr.check(report)]  # 560 is not 76 + 157


def test_headings_by_style_or_by_list_give_one_report() -> None:
    """Heading 1/2 styles without numbers, a Word list, and typed markers read the same."""
    styled = build(
        *(p(h) for h in HEAD),
        p("主要举措", style="Heading1"),
        p("规范执法", style="Heading2"),
        p("检查企业366家。"),
        p("存在的不足", style="Heading1"),
        p("培训不够。"),
    )
    lines = [
        *HEAD,
        "一、主要举措",
        "（一）规范执法",
        "检查企业366家。",
        "二、存在的不足",
        "培训不够。",
    ]
    assert parse_docx(styled) == parse_text("\n".join(lines))


def test_a_heading_style_with_a_typed_marker_or_a_title_is_read_as_typed() -> None:
    """A heading-styled 一、… is read by its marker; a heading-styled title stays the title."""
    data = build(
        p(HEAD[0]), p(HEAD[1], style="Heading1"), p("一、主要举措", style="Heading1"), p("甲。")
    )
    report = parse_docx(data)
    assert report.title.plain() == "年度法治政府建设情况报告"
    assert [s.title.plain() for s in report.sections] == ["主要举措"]


def test_counters_restart_continue_and_start_over() -> None:
    """Deeper levels restart under a new parent; a second list of one definition continues it;
    a list with its own start begins again."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{GBT}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    order = [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 0)]
    styles = Styles(None, parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"))
    shown = [styles.advance(str(num), ilvl) for num, ilvl in order]
    assert shown == ["一、", "（一）", "（二）", "二、", "（一）", "三、", "（一）", "一、", "二、"]


def test_level_texts_and_formats() -> None:
    """%n is level n's number in its format; a legal level writes them all in digits."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "ideographTraditional", "第%1部分")
        + level(1, "decimalEnclosedCircle", "%2")
        + level(2, "upperRoman", "%1.%3", '<w:isLgl/><w:start w:val="4"/>')
        + level(3, "bullet", "\uf0b7")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="20"/></w:lvlOverride></w:num>'
    )
    styles = Styles(None, parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"))
    order = [0, 0, 0, 1, 1, 2, 3]
    assert [styles.advance("1", ilvl) for ilvl in order] == [
        "第甲部分", "第乙部分", "第丙部分", "⑳", "21", "3.1", ""
    ]  # fmt: skip


def test_numbering_inherited_from_the_style() -> None:
    """A paragraph style carrying a list numbers its paragraphs; numId 0 turns it off."""
    style = (
        '<w:style w:type="paragraph" w:styleId="GRLevel1"><w:name w:val="GR Level 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "chineseCountingThousand", "%1、", '<w:pStyle w:val="GRLevel1"/>')
        + '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    )
    off = '<w:p><w:pPr><w:pStyle w:val="GRLevel1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号。</w:t></w:r></w:p>'
    data = build(
        *(p(h) for h in HEAD),
        p("甲", style="GRLevel1"),
        p("正文。"),
        off,
        p("乙", style="GRLevel1"),
        numbering=numbering,
        styles=style,
    )
    report = parse_docx(data)
    assert [s.title.plain() for s in report.sections] == ["甲", "乙"]
    assert [b.text.plain() for b in report.sections[0].blocks] == ["正文。", "不编号。"]


# -- tables ---------------------------------------------------------------------------------------


def tc(text: str = "", props: str = "") -> str:
    run = f"<w:r><w:t>{text}</w:t></w:r>" if text else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run}</w:p></w:tc>"


def tr(*cells: str, header: bool = False) -> str:
    return (
        "<w:tr>"
        + ("<w:trPr><w:tblHeader/></w:trPr>" if header else "")
        + "".join(cells)
        + "</w:tr>"
    )


def _numbering(document: Any) -> Any:
    return document.part.numbering_part.element


def drafts(data: bytes) -> Body:
    document = docx.Document(io.BytesIO(data))
    body = Body(Styles(document.styles.element, _numbering(document)), {})
    body.read(document.element.body)
    return body


MERGE = '<w:vMerge w:val="restart"/>'
GO_ON = "<w:vMerge/>"
SPAN2 = '<w:gridSpan w:val="2"/>'


def test_merged_cells_become_spans() -> None:
    """gridSpan is a colspan; a vMerge restart and its continuations one cell with a rowspan;
    blank cells are None, / is text (as written); tblHeader rows are the header."""
    table = (
        "<w:tbl>"
        + tr(tc("项目", MERGE), tc("申请人情况", SPAN2), header=True)
        + tr(tc("", GO_ON), tc("自然人"), tc("法人"), header=True)
        + tr(tc("新收申请"), tc("12"), tc("/"))
        + tr(tc("结转"), tc(), tc("3 "))
        + "</w:tbl>"
    )
    body = drafts(build(p("表一"), table, p("后文。")))
    line, grid, after = body.source
    # Cells' paragraphs count: 11 in the table.
    assert (line, after) == (Line(text="表一", number=1), Line(text="后文。", number=13))
    assert grid == Grid(
        rows=(
            (GridCell(text="项目", rowspan=2, header=True),
             GridCell(text="申请人情况", colspan=2, header=True)),
            (GridCell(text="自然人", header=True), GridCell(text="法人", header=True)),
            (GridCell(text="新收申请"), GridCell(text="12"), GridCell(text="/")),
            (GridCell(text="结转"), GridCell(text=None), GridCell(text="3 ")),
        ),
        number=2,
        header_rows=2,
    )  # fmt: skip


def test_cell_paragraphs_join_with_line_breaks_and_a_caption_is_the_caption() -> None:
    """A cell's paragraphs are lines of its text; a Caption paragraph above is the caption."""
    cell = (
        "<w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc>"
    )
    body = drafts(build(p("表1 情况", style="Caption"), "<w:tbl>" + tr(cell) + "</w:tbl>"))
    (grid,) = body.source
    assert isinstance(grid, Grid)
    assert (grid.caption, grid.rows[0][0].text, grid.number) == ("表1 情况", "甲\n\n乙", 2)


def test_tables_are_read_into_the_report() -> None:
    """A table in a section is a Table block there."""
    table = (
        "<w:tbl>" + tr(tc("类别"), tc("件数"), header=True) + tr(tc("规章"), tc("2件")) + "</w:tbl>"
    )
    report = parse_docx(build(*(p(h) for h in HEAD), p("一、情况"), table))
    (block,) = report.sections[0].blocks
    assert isinstance(block, gr.Table)
    assert [c.header for c in block.header[0]] == [True, True]
    assert isinstance(block.rows[0][1].content, gr.Metric)


# -- tracked changes, comments, fields -------------------------------------------------------------

INS = '<w:ins w:id="1" w:author="甲" w:date="2024-01-02T00:00:00Z">'
DEL = '<w:del w:id="2" w:author="甲" w:date="2024-01-02T00:00:00Z">'


def test_tracked_changes_read_as_accepted() -> None:
    """Insertions and moves' new places are text; deletions and old places are set aside."""
    changed = (
        "<w:p><w:r><w:t>检查企业</w:t></w:r>"
        f"{INS}<w:r><w:t>366</w:t></w:r></w:ins>"
        f"{DEL}<w:r><w:delText>300</w:delText></w:r></w:del>"
        "<w:r><w:t>家，</w:t></w:r>"
        '<w:moveFrom w:id="3" w:author="甲"><w:r><w:t>开展</w:t></w:r></w:moveFrom>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>处罚</w:t></w:r></w:hyperlink>'
        '<w:moveTo w:id="4" w:author="甲"><w:r><w:t>0.9万元</w:t></w:r></w:moveTo>'
        "<w:r><w:t>。</w:t></w:r></w:p>"
    )
    report = parse_docx(build(*(p(h) for h in HEAD), p("一、执法"), changed))
    assert report.sections[0].blocks[0].text.plain() == "检查企业，处罚。"  # figures aside
    assert [str(m.quantity.value) for m in report.metrics().values()] == ["366", "0.9"]
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (4, "300", "tracked deletion"), (4, "开展", "tracked move")
    ]  # fmt: skip


def test_a_deleted_paragraph_mark_joins_the_next_paragraph() -> None:
    """With the mark of a paragraph deleted, it and the next are one paragraph."""
    joined = f"<w:p><w:pPr><w:rPr>{DEL}</w:del></w:rPr></w:pPr><w:r><w:t>检查企业</w:t></w:r></w:p>"
    report = parse_docx(build(*(p(h) for h in HEAD), p("一、执法"), joined, p("366家。")))
    (paragraph,) = report.sections[0].blocks
    assert isinstance(paragraph, gr.Paragraph)
    assert paragraph.text.plain() == "检查企业。"


def test_field_codes_are_not_text_and_breaks_are() -> None:
    """An instrText is the field's code; its result, tabs and line breaks are text."""
    field = (
        '<w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:tab/><w:t>页</w:t><w:br/><w:t>次行</w:t><w:br w:type="page"/></w:r></w:p>'
    )
    (line,) = drafts(build(field)).source
    assert line == Line(text="见3\t页\n次行", number=1)


def test_hidden_text_is_set_aside() -> None:
    """Text formatted hidden is not shown by Word: it is set aside, not read."""
    hidden = (
        "<w:p><w:r><w:t>检查</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部）</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>企业</w:t></w:r></w:p>'
    )
    body = drafts(build(hidden))
    assert body.source == [Line(text="检查企业", number=1)]
    assert body.set_aside == [gr.SetAside(line=1, text="（内部）", reason="hidden text")]


def test_a_deleted_mark_takes_the_next_paragraphs_list_number() -> None:
    """Once the deletion is accepted, the joined paragraph is the second one, numbered."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{GBT}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    gone = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        f"<w:rPr>{DEL}</w:del></w:rPr></w:pPr><w:r><w:t>主要</w:t></w:r></w:p>"
    )
    body = drafts(build(p("甲", num=(1, 0)), gone, p("举措", num=(1, 0)), numbering=numbering))
    assert [(d.number, d.text) for d in body.source if isinstance(d, Line)] == [
        (1, "一、甲"),
        (2, "二、主要举措"),
    ]


def test_a_comment_is_set_aside() -> None:
    """A comment's text is set aside at its paragraph, the commented text kept."""
    document = docx.Document()
    for h in HEAD:
        document.add_paragraph(h)
    document.add_paragraph("一、执法")
    paragraph = document.add_paragraph("检查企业366家。")
    document.add_comment(paragraph.runs, text="数字待核实", author="乙")
    out = io.BytesIO()
    document.save(out)
    report = parse_docx(out.getvalue())
    assert report.sections[0].blocks[0].text.plain() == "检查企业。"
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [(4, "数字待核实", "comment")]


def test_heading_styles_give_heading_drafts() -> None:
    """Heading N without a number is a Heading of level N; its text has no marker."""
    body = drafts(build(p("甲", style="Heading1"), p("乙", style="Heading2"), p("丙")))
    assert body.source == [
        Heading(text="甲", level=1, number=1),
        Heading(text="乙", level=2, number=2),
        Line(text="丙", number=3),
    ]


# -- input and errors ---------------------------------------------------------------------------


def test_paths_files_and_bytes_read_the_same(tmp_path: Path) -> None:
    data = typed(*HEAD, "一、甲", "检查企业3家。")
    path = tmp_path / "报告.docx"
    path.write_bytes(data)
    expected = parse_docx(data)
    with path.open("rb") as file:
        assert parse_docx(file) == parse_docx(path) == parse_docx(str(path)) == expected


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"plain text, renamed", "a .docx that is not a zip"),
        (b"%PDF-1.7\n...", "a PDF renamed .docx"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "legacy Word .doc or an encrypted"),
        (b"", "the file is empty"),
        (b"PK\x03\x04 broken", "a .docx that is not a zip"),
    ],
)
def test_files_that_are_not_word_files(tmp_path: Path, content: bytes, words: str) -> None:
    """Each is a ParseError naming the file and saying what it is."""
    path = tmp_path / "报告.docx"
    path.write_bytes(content)
    with pytest.raises(ParseError, match=words) as info:
        parse_docx(path)
    assert info.value.file == str(path)
    assert str(info.value).startswith(f"{path}: ")


def test_a_zip_without_a_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ParseError, match=r"^<bytes>: a zip without word/document.xml \(an Excel"):
        parse_docx(out.getvalue())


def test_a_document_with_no_report_names_the_file_and_paragraph() -> None:
    named = io.BytesIO(typed("某乡人民政府", "年度工作总结"))
    named.name = "总结.docx"
    with pytest.raises(ParseError, match=r"^总结.docx: paragraph 2: no report year") as info:
        parse_docx(named)
    assert (info.value.file, info.value.line) == ("总结.docx", 2)
    with pytest.raises(ParseError, match="nothing report-like"):
        parse_docx(build(p(), p()))


def test_wrong_arguments() -> None:
    with pytest.raises(ModelTypeError, match="binary mode"):
        parse_docx(io.StringIO("某乡"))  # type: ignore[arg-type]
    with pytest.raises(ModelTypeError, match="got int"):
        parse_docx(3)  # type: ignore[arg-type]


def test_without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without python-docx the error says what to install."""
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(ImportError, match=r"pip install 'govreport\[docx\]'"):
        parse_docx(typed(*HEAD))


# -- round trips through the renderer -----------------------------------------------------------


def example(name: str) -> gr.Report:
    found = runpy.run_path(str(ROOT / "examples" / f"{name}.py"))["report"]
    assert isinstance(found, gr.Report)
    return found


class _Tables(TextRenderer):
    """Records each table as the text renderer writes its cells, with spans and header flags."""

    found: list[Any]

    def render_table(self, block: gr.Table, *, lead: str = "") -> str:
        self.found.append(
            (
                None if block.caption is None else self.render_text(block.caption),
                len(block.header),
                [
                    [(self.cell_text(c), c.rowspan, c.colspan, c.header) for c in row]
                    for row in (*block.header, *block.rows)
                ],
            )
        )
        return super().render_table(block, lead=lead)


def tables(report: gr.Report) -> list[Any]:
    renderer = _Tables()
    renderer.found = []
    renderer.render(report)
    return renderer.found


def test_the_examples_come_back() -> None:
    """The seed example comes back as its text does; the tables of the info-disclosure one
    come back as they were, and its text as it was."""
    lutang = example("lutang_2023")
    assert parse_docx(render(lutang, "docx")) == parse_text(render(lutang, "text"))
    info = example("info_disclosure_2023")
    imported = parse_docx(render(info, "docx"))
    assert tables(imported) == tables(info)
    assert render(imported, "text") == render(info, "text")


def docx_of(report: gr.Report) -> bytes:
    """The rendered file; a report with characters Word cannot carry (U+000D…) is not drawn."""
    try:
        data = render(report, "docx")
    except ValidationError:
        assume(False)
    assert isinstance(data, bytes)
    return data


def _strings(value: object) -> Iterator[str]:
    """Every string a model value holds, however deep."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _strings(getattr(value, field.name))


def _without_tables(sections: tuple[gr.Section, ...]) -> list[gr.Section]:
    out = []
    for s in sections:
        blocks = tuple(b for b in s.blocks if not isinstance(b, gr.Table))
        out.append(
            attrs.evolve(
                s,
                blocks=blocks,
                run_in=s.run_in and bool(blocks),
                children=_without_tables(s.children),
            )
        )
    return out


@settings(
    max_examples=max(5, settings.default.max_examples // 4),  # a .docx is slow to write
    suppress_health_check=[HealthCheck.filter_too_much],
)
@given(strategies.reports(hostile=False))
def test_rendered_reports_read_as_their_text(report: gr.Report) -> None:
    """Without tables, a rendered report reads exactly as its rendered text does."""
    try:
        report = attrs.evolve(
            report,
            preamble=[b for b in report.preamble if not isinstance(b, gr.Table)],
            sections=_without_tables(report.sections),
            relations=(),
        )
    except ValidationError:  # a relation or a count needed a table
        assume(False)
    # A line break in a text is a paragraph's line break in Word, two lines in the text.
    assume(not any("\n" in s for s in _strings(report)))
    try:
        expected: gr.Report | str = parse_text(render(report, "text"))
    except ParseError as exc:  # no year or authority to be found: the same error
        expected = exc.reason
    try:
        imported: gr.Report | str = parse_docx(docx_of(report))
    except ParseError as exc:
        imported = exc.reason
    assert imported == expected


@settings(
    max_examples=max(5, settings.default.max_examples // 4),  # a .docx is slow to write
    suppress_health_check=[HealthCheck.filter_too_much],
)
@given(strategies.reports(hostile=False))
def test_rendered_tables_come_back(report: gr.Report) -> None:
    """Every table of a rendered report comes back: caption, header, cells, spans, labels."""
    # A drawn title may hide its year ("0" before "2005年度"): the year and authority are given.
    imported = parse_docx(docx_of(report), year=report.year, authority=report.authority)
    assert tables(imported) == tables(report)


# -- what else a Word file holds ------------------------------------------------------------------

BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    "<mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>"
    "</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内文字</w:t>"
    "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_boxes_and_contents_are_set_aside() -> None:
    """A text box's text (once, not again from its fallback) and a table of contents are set
    aside; the paragraph around the box keeps its own text."""
    toc = '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    data = build(
        p(HEAD[0]),
        p(HEAD[1]),
        p("一、主要举措\t3", style="TOC1"),
        p("一、主要举措"),
        f"<w:p><w:r><w:t>检查企业3家。</w:t></w:r>{BOX}</w:p>",
        styles=toc,
    )
    report = parse_docx(data)
    assert [s.title.plain() for s in report.sections] == ["主要举措"]
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (3, "一、主要举措\t3", "table of contents"),
        (5, "框内文字", "text box"),
    ]


def test_footnotes_are_set_aside() -> None:
    """A footnote's text is set aside at the paragraph that refers to it."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    notes = (
        f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>数据截至12月31日。</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, notes, document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    noted = (
        '<w:p><w:r><w:t>检查企业3家。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    report = parse_docx(build(*(p(h) for h in HEAD), p("一、甲"), noted, document=document))
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (4, "数据截至12月31日。", "footnote")
    ]


def test_deleted_rows_are_set_aside() -> None:
    """A table row deleted with tracked changes is not in the table; its text is set aside."""
    deleted = (
        f'<w:tr><w:trPr><w:del w:id="9" w:author="甲"/></w:trPr>'
        f"<w:tc><w:p>{DEL}<w:r><w:delText>旧行</w:delText></w:r></w:del></w:p></w:tc>"
        f"<w:tc><w:p>{DEL}<w:r><w:delText>1件</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
    )
    table = (
        "<w:tbl>" + tr(tc("类别"), tc("件数")) + deleted + tr(tc("规章"), tc("2件")) + "</w:tbl>"
    )
    body = drafts(build(table))
    (grid,) = body.source
    assert isinstance(grid, Grid)
    assert [[c.text for c in row] for row in grid.rows] == [["类别", "件数"], ["规章", "2件"]]
    assert [(a.line, a.text, a.reason) for a in body.set_aside] == [
        (3, "旧行\t1件", "tracked deletion")
    ]


@settings(max_examples=settings.default.max_examples)
@given(st.data())
def test_damaged_files_fail_with_a_parse_error(data: st.DataObject) -> None:
    """Whatever bytes of a Word file are changed or cut, the result is a report or a ParseError."""
    good = bytearray(typed(*HEAD, "一、甲", "检查企业3家。"))
    if data.draw(st.booleans()):
        at = data.draw(st.integers(0, len(good) - 1))
        good[at] = data.draw(st.integers(0, 255))
    else:
        del good[data.draw(st.integers(1, len(good))) :]
    try:
        parse_docx(bytes(good))
    except ParseError as exc:
        failed: ParseError | None = exc
    else:
        failed = None
    assert failed is None or failed.file == "<bytes>"


def test_list_numbers_past_what_numerals_write_are_digits() -> None:
    """A start value too large for Chinese numerals (over 100 digits) is written in digits."""
    huge = "1" + "0" * 120
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + level(0, "chineseCounting", "%1、").replace('w:val="1"', f'w:val="{huge}"', 1)
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    styles = Styles(None, parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"))
    assert styles.advance("1", 0) == huge + "、"


@pytest.mark.libreoffice
def test_a_file_libreoffice_saved_reads_the_same(soffice: str, tmp_path: Path) -> None:
    """LibreOffice rewrites the lists (chineseCounting becomes taiwaneseCountingThousand), the
    merged cells and the styles in its own way; the report read is the same."""
    table = (
        "<w:tbl>"
        + tr(tc("项目", MERGE), tc("申请人情况", SPAN2), header=True)
        + tr(tc("", GO_ON), tc("自然人"), tc("法人"), header=True)
        + tr(tc("新收申请"), tc("12件"), tc("/"))
        + "</w:tbl>"
    )
    data = build(
        *(p(h) for h in HEAD),
        *(p(text, num=None if ilvl is None else (7, ilvl)) for text, ilvl in NUMBERED),
        p("其他事项", style="Heading1"),
        table,
        numbering=f'<w:abstractNum w:abstractNumId="3">{GBT}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>',
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.docx").write_bytes(data)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "in" / "report.docx"),
        ],
        capture_output=True,
        timeout=300,
        check=True,
    )
    saved = (tmp_path / "report.docx").read_bytes()
    assert saved != data
    report = parse_docx(saved)
    assert report == parse_docx(data)
    assert [s.title.plain() for s in report.sections] == ["主要举措", "存在的不足", "其他事项"]
    (table_block,) = report.sections[2].blocks
    assert isinstance(table_block, gr.Table)
    assert (table_block.header[0][0].rowspan, table_block.header[0][1].colspan) == (2, 2)
