"""A Word document's body as source drafts: tables and their merges, text as Word shows it
with tracked changes accepted, what is set aside, heading styles."""

from __future__ import annotations

from types import SimpleNamespace

import govreport as gr
from govreport.importers._drafts import Grid, GridCell, Heading, Line


def test_merged_cells_become_spans(word: SimpleNamespace) -> None:
    """gridSpan is a colspan; a vMerge restart and its continuations one cell with a rowspan;
    blank cells are None, / is text (as written); tblHeader rows are the header."""
    table = (
        "<w:tbl>"
        + word.tr(word.tc("项目", word.MERGE), word.tc("申请人情况", word.SPAN2), header=True)
        + word.tr(word.tc("", word.GO_ON), word.tc("自然人"), word.tc("法人"), header=True)
        + word.tr(word.tc("新收申请"), word.tc("12"), word.tc("/"))
        + word.tr(word.tc("结转"), word.tc(), word.tc("3 "))
        + "</w:tbl>"
    )
    body = word.drafts(word.build(word.p("表一"), table, word.p("后文。")))
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


def test_cell_paragraphs_join_with_line_breaks_and_a_caption_is_the_caption(
    word: SimpleNamespace,
) -> None:
    """A cell's paragraphs are lines of its text; a Caption paragraph above is the caption."""
    cell = (
        "<w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc>"
    )
    body = word.drafts(
        word.build(word.p("表1 情况", style="Caption"), "<w:tbl>" + word.tr(cell) + "</w:tbl>")
    )
    (grid,) = body.source
    assert isinstance(grid, Grid)
    assert (grid.caption, grid.rows[0][0].text, grid.number) == ("表1 情况", "甲\n\n乙", 2)


def test_field_codes_are_not_text_and_breaks_are(word: SimpleNamespace) -> None:
    """An instrText is the field's code; its result, tabs and line breaks are text."""
    field = (
        '<w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:tab/><w:t>页</w:t><w:br/><w:t>次行</w:t><w:br w:type="page"/></w:r></w:p>'
    )
    (line,) = word.drafts(word.build(field)).source
    assert line == Line(text="见3\t页\n次行", number=1)


def test_hidden_text_is_set_aside(word: SimpleNamespace) -> None:
    """Text formatted hidden is not shown by Word: it is set aside, not read."""
    hidden = (
        "<w:p><w:r><w:t>检查</w:t></w:r>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>（内部）</w:t></w:r>"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>企业</w:t></w:r></w:p>'
    )
    body = word.drafts(word.build(hidden))
    assert body.source == [Line(text="检查企业", number=1)]
    assert body.set_aside == [gr.SetAside(line=1, text="（内部）", reason="hidden text")]


def test_a_deleted_mark_takes_the_next_paragraphs_list_number(word: SimpleNamespace) -> None:
    """Once the deletion is accepted, the joined paragraph is the second one, numbered."""
    numbering = (
        f'<w:abstractNum w:abstractNumId="0">{word.GBT}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    gone = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        f"<w:rPr>{word.DEL}</w:del></w:rPr></w:pPr><w:r><w:t>主要</w:t></w:r></w:p>"
    )
    body = word.drafts(
        word.build(word.p("甲", num=(1, 0)), gone, word.p("举措", num=(1, 0)), numbering=numbering)
    )
    assert [(d.number, d.text) for d in body.source if isinstance(d, Line)] == [
        (1, "一、甲"),
        (2, "二、主要举措"),
    ]


def test_heading_styles_give_heading_drafts(word: SimpleNamespace) -> None:
    """Heading N without a number is a Heading of word.level N; its text has no marker."""
    body = word.drafts(
        word.build(word.p("甲", style="Heading1"), word.p("乙", style="Heading2"), word.p("丙"))
    )
    assert body.source == [
        Heading(text="甲", level=1, number=1),
        Heading(text="乙", level=2, number=2),
        Line(text="丙", number=3),
    ]


def test_deleted_rows_are_set_aside(word: SimpleNamespace) -> None:
    """A table row deleted with tracked changes is not in the table; its text is set aside."""
    deleted = (
        f'<w:tr><w:trPr><w:del w:id="9" w:author="甲"/></w:trPr>'
        f"<w:tc><w:p>{word.DEL}<w:r><w:delText>旧行</w:delText></w:r></w:del></w:p></w:tc>"
        f"<w:tc><w:p>{word.DEL}<w:r><w:delText>1件</w:delText></w:r></w:del></w:p></w:tc></w:tr>"
    )
    table = (
        "<w:tbl>"
        + word.tr(word.tc("类别"), word.tc("件数"))
        + deleted
        + word.tr(word.tc("规章"), word.tc("2件"))
        + "</w:tbl>"
    )
    body = word.drafts(word.build(table))
    (grid,) = body.source
    assert isinstance(grid, Grid)
    assert [[c.text for c in row] for row in grid.rows] == [["类别", "件数"], ["规章", "2件"]]
    assert [(a.line, a.text, a.reason) for a in body.set_aside] == [
        (3, "旧行\t1件", "tracked deletion")
    ]


def test_short_rows_and_broken_merges_still_make_a_grid(word: SimpleNamespace) -> None:
    """A row stopping short of the grid is filled with a blank cell; a continuation as wide as
    no cell above it stands on its own; the table is then one the model accepts."""
    tc, tr = word.tc, word.tr
    table = (
        "<w:tbl>"
        + tr(tc("甲", word.MERGE), tc("乙"), tc("丙"))
        + tr(tc("", word.GO_ON + word.SPAN2), tc("丁"))
        + tr(tc("戊"))
        + "</w:tbl>"
    )
    (grid,) = word.drafts(word.build(table)).source
    assert [[(c.text, c.rowspan, c.colspan) for c in row] for row in grid.rows] == [
        [("甲", 1, 1), ("乙", 1, 1), ("丙", 1, 1)],
        [(None, 1, 2), ("丁", 1, 1)],
        [("戊", 1, 1), (None, 1, 2)],
    ]
    report = gr.parse_docx(word.build(*(word.p(h) for h in word.HEAD), word.p("一、甲"), table))
    assert isinstance(report.sections[0].blocks[0], gr.Table)
