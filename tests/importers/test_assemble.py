"""The shared core: source drafts of any format into a report."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport.importers._assemble import assemble, kind_of
from govreport.importers._drafts import Grid, GridCell, Heading, Line, Source


def build(*source: Source) -> gr.Report:
    return assemble(source, kind=None, numbering="restart", markers="standard")


def head() -> list[Source]:
    return [
        Line(text="某乡人民政府", number=1),
        Line(text="2023年度法治政府建设情况报告", number=2),
    ]


def test_headings_from_structure_open_sections_at_their_level() -> None:
    """A Heading needs no marker; a level deeper than one below the open ones is clamped."""
    report = build(
        *head(),
        Heading(text="主要举措", level=1, number=3),
        Heading(text="规范执法。", level=3, number=4),
        Line(text="检查企业366家。", number=5),
        Heading(text="下一步安排", level=1, number=6),
    )
    first, second = report.sections
    assert first.title is not None
    assert first.title.plain() == "主要举措"
    assert [c.title.plain() for c in first.children if c.title] == ["规范执法。"]
    assert list(report.metrics()) == ["s1.1.m1"]
    assert second.title is not None
    assert second.title.plain() == "下一步安排"


def test_marker_lines_and_structural_headings_mix() -> None:
    """A paragraph typed as 一、… is a heading too, numbered after the structural ones."""
    report = build(*head(), Heading(text="甲", level=1, number=3), Line(text="二、乙", number=4))
    assert [s.title.plain() for s in report.sections if s.title] == ["甲", "乙"]


def test_grid_becomes_a_table_with_blank_slash_and_figures_apart() -> None:
    """Blank cells stay blank, ``/`` stays text, a lone figure is a metric; spans are kept."""
    grid = Grid(
        rows=(
            (
                GridCell(text="项目", header=True, rowspan=2),
                GridCell(text="数量", header=True, colspan=2),
            ),
            (GridCell(text="本年", header=True), GridCell(text="上年", header=True)),
            (GridCell(text="收到申请"), GridCell(text="12件"), GridCell(text=None)),
            (GridCell(text="办结"), GridCell(text="/"), GridCell(text="3件")),
        ),
        header_rows=2,
        caption="表1 申请情况",
        number=4,
    )
    report = build(*head(), Line(text="一、公开情况", number=3), grid)
    (table,) = report.sections[0].blocks
    assert isinstance(table, gr.Table)
    assert table.width == 3
    assert len(table.header) == 2
    assert len(table.rows) == 2
    assert table.header[0][0].rowspan == 2
    assert table.header[0][1].colspan == 2
    applied, blank = table.rows[0][1].content, table.rows[0][2].content
    assert isinstance(applied, gr.Metric)
    assert str(applied.quantity.value) == "12"
    assert blank is None
    slash = table.rows[1][1].content
    assert isinstance(slash, gr.Text)
    assert slash.plain() == "/"
    assert table.caption is not None
    assert table.caption.plain() == "表1 申请情况"
    assert list(report.metrics()) == ["s1.m1", "s1.m2"]


def test_what_is_not_a_report() -> None:
    """Headings alone name no year; nothing at all is nothing report-like."""
    with pytest.raises(gr.ParseError, match="line 1, column 1: no report year"):
        build(Heading(text="甲", level=1, number=1))
    with pytest.raises(gr.ParseError, match="nothing report-like"):
        build()


def test_kind_of_reads_the_title() -> None:
    assert kind_of(gr.Text(("2023年政府信息公开工作年度报告",))) == "info-disclosure"
    assert kind_of(gr.Text(("2023年法治政府建设情况报告",))) == "rule-of-law"
    assert kind_of(gr.Text(("2023年工作总结",))) is None


def test_page_lines_with_pipes_are_set_aside_not_read_as_a_table() -> None:
    """Tables are looked for in the body only, after the web page's lines are set aside."""
    report = gr.parse_text(
        "首页 | 新闻 |\n无障碍 | 简体 | 繁体 |\n某乡人民政府\n2023年度工作报告\n一、总体情况\n甲。"
    )
    assert (report.authority, report.year) == ("某乡人民政府", 2023)
    assert [a.line for a in report.set_aside] == [1, 2]
    assert not any(isinstance(b, gr.Table) for s in report.sections for b in s.blocks)
