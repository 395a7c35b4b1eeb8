"""parse_docx: Word files built here (lists, heading styles, tables, tracked changes, comments),
files that are not Word files, and round trips through the docx renderer."""

from __future__ import annotations

import io
import runpy
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies
from govreport.exceptions import MissingExtraError, ModelTypeError, ParseError, ValidationError
from govreport.importers import parse_docx, parse_text
from govreport.renderers import render
from govreport.renderers.text import TextRenderer

ROOT = Path(__file__).resolve().parents[2]

docx = pytest.importorskip("docx")


ROOT = Path(__file__).resolve().parents[2]


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


def test_list_numbers_read_as_typed_markers(word: SimpleNamespace) -> None:
    """A paragraph Word numbers 一、 reads exactly as one where 一、 is typed."""
    numbered = word.build(
        *(word.p(h) for h in word.HEAD),
        *(word.p(text, num=None if ilvl is None else (7, ilvl)) for text, ilvl in NUMBERED),
        numbering=f'<w:abstractNum w:abstractNumId="3">{word.GBT}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>',
    )
    lines = [*word.HEAD, *(m + text for m, (text, _) in zip(MARKERS, NUMBERED, strict=True))]
    report = parse_docx(numbered)
    assert report == parse_docx(word.typed(*lines)) == parse_text("\n".join(lines))
    one, _ = report.sections
    assert [s.title.plain() for s in one.children] == ["规范文件管理", "规范执法"]
    assert [len(s.children) for s in one.children[1].children] == [0, 2]
    assert "sum-mismatch" in [f.code for f in gr.check(report)]  # 560 is not 76 + 157


def test_headings_by_style_or_by_list_give_one_report(word: SimpleNamespace) -> None:
    """Heading 1/2 styles without numbers, a Word list, and word.typed markers read the same."""
    styled = word.build(
        *(word.p(h) for h in word.HEAD),
        word.p("主要举措", style="Heading1"),
        word.p("规范执法", style="Heading2"),
        word.p("检查企业366家。"),
        word.p("存在的不足", style="Heading1"),
        word.p("培训不够。"),
    )
    lines = [
        *word.HEAD,
        "一、主要举措",
        "（一）规范执法",
        "检查企业366家。",
        "二、存在的不足",
        "培训不够。",
    ]
    assert parse_docx(styled) == parse_text("\n".join(lines))


def test_a_heading_style_with_a_typed_marker_or_a_title_is_read_as_typed(
    word: SimpleNamespace,
) -> None:
    """A heading-styled 一、… is read by its marker; a heading-styled title stays the title."""
    data = word.build(
        word.p(word.HEAD[0]),
        word.p(word.HEAD[1], style="Heading1"),
        word.p("一、主要举措", style="Heading1"),
        word.p("甲。"),
    )
    report = parse_docx(data)
    assert report.title.plain() == "年度法治政府建设情况报告"
    assert [s.title.plain() for s in report.sections] == ["主要举措"]


def test_a_heading_numbered_as_the_text_reader_would_not_is_a_heading(
    word: SimpleNamespace,
) -> None:
    """A heading style numbered 第一章 is a heading: its title is the text, its number goes
    (the model numbers sections); a plain paragraph numbered so is prose, as if typed."""
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + word.level(0, "chineseCounting", "第%1章")
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    data = word.build(
        *(word.p(h) for h in word.HEAD),
        word.p("总体情况", style="Heading1", num=(1, 0)),
        word.p("检查企业3家。"),
        word.p("存在问题", num=(1, 0)),
        numbering=numbering,
    )
    (section,) = parse_docx(data).sections
    assert section.title is not None
    assert section.title.plain() == "总体情况"
    assert [b.text.plain() for b in section.blocks] == ["检查企业。", "第二章存在问题"]
    # Text that itself starts with a marker (0、) makes no title: the line reads as typed.
    data = word.build(
        *(word.p(h) for h in word.HEAD),
        word.p("0、甲", style="Heading1", num=(1, 0)),
        numbering=numbering,
    )
    assert parse_docx(data).preamble[0].text.plain() == "第一章0、甲"


def test_numbering_inherited_from_the_style(word: SimpleNamespace) -> None:
    """A paragraph style carrying a list numbers its paragraphs; numId 0 turns it off."""
    style = (
        '<w:style w:type="paragraph" w:styleId="GRLevel1"><w:name w:val="GR Level 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + word.level(0, "chineseCountingThousand", "%1、", '<w:pStyle w:val="GRLevel1"/>')
        + '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    )
    off = '<w:p><w:pPr><w:pStyle w:val="GRLevel1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号。</w:t></w:r></w:p>'
    data = word.build(
        *(word.p(h) for h in word.HEAD),
        word.p("甲", style="GRLevel1"),
        word.p("正文。"),
        off,
        word.p("乙", style="GRLevel1"),
        numbering=numbering,
        styles=style,
    )
    report = parse_docx(data)
    assert [s.title.plain() for s in report.sections] == ["甲", "乙"]
    assert [b.text.plain() for b in report.sections[0].blocks] == ["正文。", "不编号。"]


def test_tables_are_read_into_the_report(word: SimpleNamespace) -> None:
    """A table in a section is a Table block there."""
    table = (
        "<w:tbl>"
        + word.tr(word.tc("类别"), word.tc("件数"), header=True)
        + word.tr(word.tc("规章"), word.tc("2件"))
        + "</w:tbl>"
    )
    report = parse_docx(word.build(*(word.p(h) for h in word.HEAD), word.p("一、情况"), table))
    (block,) = report.sections[0].blocks
    assert isinstance(block, gr.Table)
    assert [c.header for c in block.header[0]] == [True, True]
    assert isinstance(block.rows[0][1].content, gr.Metric)


def test_tracked_changes_read_as_accepted(word: SimpleNamespace) -> None:
    """Insertions and moves' new places are text; deletions and old places are set aside."""
    changed = (
        "<w:p><w:r><w:t>检查企业</w:t></w:r>"
        f"{word.INS}<w:r><w:t>366</w:t></w:r></w:ins>"
        f"{word.DEL}<w:r><w:delText>300</w:delText></w:r></w:del>"
        "<w:r><w:t>家，</w:t></w:r>"
        '<w:moveFrom w:id="3" w:author="甲"><w:r><w:t>开展</w:t></w:r></w:moveFrom>'
        '<w:hyperlink w:anchor="x"><w:r><w:t>处罚</w:t></w:r></w:hyperlink>'
        '<w:moveTo w:id="4" w:author="甲"><w:r><w:t>0.9万元</w:t></w:r></w:moveTo>'
        "<w:r><w:t>。</w:t></w:r></w:p>"
    )
    report = parse_docx(word.build(*(word.p(h) for h in word.HEAD), word.p("一、执法"), changed))
    assert report.sections[0].blocks[0].text.plain() == "检查企业，处罚。"  # figures aside
    assert [str(m.quantity.value) for m in report.metrics().values()] == ["366", "0.9"]
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (4, "300", "tracked deletion"), (4, "开展", "tracked move")
    ]  # fmt: skip


def test_a_deleted_paragraph_mark_joins_the_next_paragraph(word: SimpleNamespace) -> None:
    """With the mark of a paragraph deleted, it and the next are one paragraph."""
    joined = (
        f"<w:p><w:pPr><w:rPr>{word.DEL}</w:del></w:rPr></w:pPr><w:r><w:t>检查企业</w:t></w:r></w:p>"
    )
    report = parse_docx(
        word.build(*(word.p(h) for h in word.HEAD), word.p("一、执法"), joined, word.p("366家。"))
    )
    (paragraph,) = report.sections[0].blocks
    assert isinstance(paragraph, gr.Paragraph)
    assert paragraph.text.plain() == "检查企业。"


def test_a_comment_is_set_aside(word: SimpleNamespace) -> None:
    """A comment's text is set aside at its paragraph, the commented text kept."""
    pytest.importorskip("docx", minversion="1.2")  # Document.add_comment
    document = docx.Document()
    for h in word.HEAD:
        document.add_paragraph(h)
    document.add_paragraph("一、执法")
    paragraph = document.add_paragraph("检查企业366家。")
    document.add_comment(paragraph.runs, text="数字待核实", author="乙")
    out = io.BytesIO()
    document.save(out)
    report = parse_docx(out.getvalue())
    assert report.sections[0].blocks[0].text.plain() == "检查企业。"
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [(4, "数字待核实", "comment")]


def test_paths_files_and_bytes_read_the_same(tmp_path: Path, word: SimpleNamespace) -> None:
    data = word.typed(*word.HEAD, "一、甲", "检查企业3家。")
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
    with pytest.raises(ParseError, match=r"^a zip without word/document.xml \(an Excel"):
        parse_docx(out.getvalue())


def test_a_document_with_no_report_names_the_file_and_paragraph(word: SimpleNamespace) -> None:
    named = io.BytesIO(word.typed("某乡人民政府", "年度工作总结"))
    named.name = "总结.docx"
    with pytest.raises(ParseError, match=r"^总结.docx: paragraph 2: no report year") as info:
        parse_docx(named)
    assert (info.value.file, info.value.line) == ("总结.docx", 2)
    with pytest.raises(ParseError, match="nothing report-like"):
        parse_docx(word.build(word.p(), word.p()))


def test_a_table_wider_than_a_report_may_hold(word: SimpleNamespace) -> None:
    """The model's limits hold for a Word file too: a ParseError naming the file."""
    wide = "<w:tbl>" + word.tr(*[word.tc("甲", '<w:gridSpan w:val="100"/>')] * 3) + "</w:tbl>"
    data = word.build(*(word.p(h) for h in word.HEAD), word.p("一、甲"), wide)
    with pytest.raises(ParseError, match=r"^the document holds what no report can: .*100"):
        parse_docx(data)


def test_wrong_arguments() -> None:
    with pytest.raises(ModelTypeError, match="binary mode"):
        parse_docx(io.StringIO("某乡"))  # type: ignore[arg-type]
    with pytest.raises(ModelTypeError, match="got int"):
        parse_docx(3)  # type: ignore[arg-type]


def test_without_the_extra(monkeypatch: pytest.MonkeyPatch, word: SimpleNamespace) -> None:
    """Without python-docx the error says what to install."""
    data = word.typed(*word.HEAD)
    monkeypatch.setitem(sys.modules, "docx", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'govreport\[docx\]'"):
        parse_docx(data)


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


BOX = (
    '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    "<mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>"
    "</w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内文字</w:t>"
    "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def test_text_boxes_and_contents_are_set_aside(word: SimpleNamespace) -> None:
    """A text box's text (once, not again from its fallback) and a table of contents are set
    aside; the paragraph around the box keeps its own text."""
    toc = '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
    data = word.build(
        word.p(word.HEAD[0]),
        word.p(word.HEAD[1]),
        word.p("一、主要举措\t3", style="TOC1"),
        word.p("一、主要举措"),
        f"<w:p><w:r><w:t>检查企业3家。</w:t></w:r>{BOX}</w:p>",
        styles=toc,
    )
    report = parse_docx(data)
    assert [s.title.plain() for s in report.sections] == ["主要举措"]
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (3, "一、主要举措\t3", "table of contents"),
        (5, "框内文字", "text box"),
    ]


PICTURE = (
    '<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
    'wordprocessingDrawing"><wp:docPr id="1" name="图片 1" descr="表三 收到和处理申请情况"/>'
    "</wp:inline></w:drawing></w:r>"
)


def test_pictures_are_set_aside_by_their_description(word: SimpleNamespace) -> None:
    """A picture is not read but said: a table published as a picture has no text."""
    data = word.build(
        word.p(word.HEAD[0]),
        word.p(word.HEAD[1]),
        word.p("一、主要举措"),
        f"<w:p><w:r><w:t>情况如下：</w:t></w:r>{PICTURE}</w:p>",
    )
    report = parse_docx(data)
    assert report.sections[0].blocks[0].text.plain() == "情况如下："  # type: ignore[union-attr]
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (4, "表三 收到和处理申请情况", "image")
    ]


def test_footnotes_are_set_aside(word: SimpleNamespace) -> None:
    """A footnote's text is set aside at the paragraph that refers to it."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    notes = (
        f'<w:footnotes {word.W}><w:footnote w:id="1"><w:p><w:r><w:t>数据截至12月31日。</w:t></w:r>'
        "</w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, notes, document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    noted = (
        '<w:p><w:r><w:t>检查企业3家。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    report = parse_docx(
        word.build(*(word.p(h) for h in word.HEAD), word.p("一、甲"), noted, document=document)
    )
    assert [(a.line, a.text, a.reason) for a in report.set_aside] == [
        (4, "数据截至12月31日。", "footnote")
    ]


@settings(max_examples=settings.default.max_examples)
@given(st.data())
def test_damaged_files_fail_with_a_parse_error(word: SimpleNamespace, data: st.DataObject) -> None:
    """Whatever bytes of a Word file are changed or cut, the result is a report or a ParseError."""
    good = bytearray(word.typed(*word.HEAD, "一、甲", "检查企业3家。"))
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
    assert failed is None or failed.file is None  # bytes have no name


@pytest.mark.libreoffice
def test_a_file_libreoffice_saved_reads_the_same(
    soffice: str, tmp_path: Path, word: SimpleNamespace
) -> None:
    """LibreOffice rewrites the lists (chineseCounting becomes taiwaneseCountingThousand), the
    merged cells and the styles in its own way; the report read is the same."""
    table = (
        "<w:tbl>"
        + word.tr(word.tc("项目", word.MERGE), word.tc("申请人情况", word.SPAN2), header=True)
        + word.tr(word.tc("", word.GO_ON), word.tc("自然人"), word.tc("法人"), header=True)
        + word.tr(word.tc("新收申请"), word.tc("12件"), word.tc("/"))
        + "</w:tbl>"
    )
    data = word.build(
        *(word.p(h) for h in word.HEAD),
        *(word.p(text, num=None if ilvl is None else (7, ilvl)) for text, ilvl in NUMBERED),
        word.p("其他事项", style="Heading1"),
        table,
        numbering=f'<w:abstractNum w:abstractNumId="3">{word.GBT}</w:abstractNum>'
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


_WORDS = st.text(alphabet="一二、（）1.甲乙。是366家件%年2023 ", max_size=12)


@st.composite
def _paragraphs(draw: st.DrawFn, word: SimpleNamespace) -> str:
    style = draw(st.sampled_from([None, "Heading1", "Heading2", "Heading5", "Caption"]))
    num = draw(st.none() | st.tuples(st.sampled_from([7, 8]), st.integers(0, 4)))
    paragraph = word.p(draw(_WORDS), style=style, num=num)
    if draw(st.integers(0, 5)) == 0:  # a deleted paragraph mark
        paragraph = paragraph.replace("</w:pPr>", f"<w:rPr>{word.DEL}</w:del></w:rPr></w:pPr>", 1)
    return str(paragraph)


@st.composite
def _tables(draw: st.DrawFn, word: SimpleNamespace) -> str:
    merges = st.sampled_from(["", word.MERGE, word.GO_ON])
    rows = []
    for _ in range(draw(st.integers(0, 4))):
        cells = [
            word.tc(draw(_WORDS), draw(merges) + draw(st.sampled_from(["", word.SPAN2])))
            for _ in range(draw(st.integers(0, 4)))
        ]
        rows.append(word.tr(*cells, header=draw(st.booleans())))
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


@settings(max_examples=max(10, settings.default.max_examples // 2))
@given(st.data())
def test_any_body_under_a_title_reads_as_a_report(
    word: SimpleNamespace, data: st.DataObject
) -> None:
    """Paragraphs in any styles and lists, tracked deletions, tables with any merges, under a
    title: always a report (the model accepts every table read)."""
    blocks = data.draw(st.lists(_paragraphs(word) | _tables(word), max_size=12))
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{word.GBT}</w:abstractNum>'
        '<w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="8"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'
    )
    file = word.build(*(word.p(h) for h in word.HEAD), *blocks, numbering=numbering)
    report = parse_docx(file, year=2023, authority="某乡人民政府")
    assert report.authority == "某乡人民政府"
