"""The plain-text renderer: the official layout, figures, references, tables and options."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport.renderers import render
from govreport.renderers.text import TextRenderer

# The whole seed is reproduced by examples/lutang_2023.py (tests/test_example_lutang.py);
# these tests pin each layout rule on its own.


def test_head_and_closing_layout() -> None:
    """Authority, document number and title lines, a blank line, body; closing after a blank line."""
    report = gr.Report(
        title="报告",
        authority="某乡人民政府",
        number="某府发〔2024〕3号",
        year=2023,
        preamble=[gr.Paragraph(text="正文。")],
        closing=gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15)),
    )
    assert render(report, "text") == (
        "某乡人民政府\n某府发〔2024〕3号\n报告\n\n正文。\n\n某乡人民政府\n2024年1月15日\n"
    )


def _one_section(*blocks: gr.Block, **section: object) -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[gr.Section(blocks=list(blocks), **section)],
    )


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            gr.DocumentReference(title="某某办法", number="某发〔2023〕1号"),
            "《某某办法》（某发〔2023〕1号）",
        ),
        (gr.DocumentReference(title="某某办法"), "《某某办法》"),
        (gr.DocumentReference(number="某发〔2023〕1号"), "某发〔2023〕1号"),
    ],
)
def test_document_references(reference: gr.DocumentReference, expected: str) -> None:
    """A reference renders 《title》（number）, 《title》 or the number alone."""
    report = _one_section(gr.Paragraph(text=gr.text("按照{r}", r=reference)))
    assert render(report, "text").splitlines()[-1] == f"一、按照{expected}"


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (gr.Terms(items=("自治", "法治", "德治")), "自治、法治、德治"),
        (gr.Terms(items=("自治", "法治", "德治"), last_sep="和"), "自治、法治和德治"),
        (gr.Terms(items=("甲", "乙"), sep="，", last_sep="以及"), "甲以及乙"),
        (gr.Terms(items=("甲",), last_sep="和"), "甲"),
    ],
)
def test_terms(terms: gr.Terms, expected: str) -> None:
    """Terms join with sep, and last_sep before the last item."""
    report = _one_section(gr.Paragraph(text=gr.text("{t}", t=terms)))
    assert render(report, "text").splitlines()[-1] == "一、" + expected


def test_years_and_figures_in_chinese_numerals() -> None:
    """numerals="chinese" writes years digit by digit and figures in words; dates follow."""
    report = gr.Report(
        title=gr.text("{y}年度报告", y=gr.ReportYear()),
        authority="某乡",
        year=2023,
        preamble=[
            gr.Paragraph(
                text=gr.text(
                    "{p}检查企业{n}，{old}年以来。",
                    p=gr.ReportYear(offset=1),
                    n=gr.metric("firms", 366, "家", label="企业"),
                    old=gr.Year(value=2000),
                )
            )
        ],
        closing=gr.Closing(signature="某乡", date=dt.date(2024, 1, 15)),
    )
    arabic = render(report, "text").splitlines()
    chinese = render(report, "text", numerals="chinese").splitlines()
    assert arabic[1] == "2023年度报告"
    assert arabic[3] == "2024检查企业366家，2000年以来。"
    assert chinese[1] == "二〇二三年度报告"
    assert chinese[3] == "二〇二四检查企业三百六十六家，二〇〇〇年以来。"
    assert chinese[-1] == "二〇二四年一月十五日"
    assert (
        render(report, "text", numerals="chinese", date_style="arabic").splitlines()[-1]
        == "2024年1月15日"
    )


def test_quantity_numerals_override_the_option() -> None:
    """A quantity's own numerals field wins over the renderer option."""
    four = gr.metric("aspects", 4, "个", numerals="chinese", label="方面")
    five = gr.metric("times", 5, "次", numerals="arabic", label="次数")
    report = _one_section(gr.Paragraph(text=gr.text("{a}方面，{b}", a=four, b=five)))
    assert render(report, "text").splitlines()[-1] == "一、四个方面，5次"
    assert render(report, "text", numerals="chinese").splitlines()[-1] == "一、四个方面，5次"


def test_section_forms() -> None:
    """Own-line titles, run-in titles, title_end and untitled markers lay out as the seed does."""
    p = gr.Paragraph
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[
            gr.Section(
                title="甲",
                blocks=[p(text="甲正文。"), p(text="甲续。")],
                children=[
                    gr.Section(
                        title="乙", run_in=True, blocks=[p(text="乙正文。"), p(text="乙续。")]
                    ),
                    gr.Section(title="丙", title_end="：", blocks=[p(text="丙正文。")]),
                    gr.Section(blocks=[p(text="无题正文。")]),
                    gr.Section(children=[gr.Section(title="丁")]),
                ],
            )
        ],
    )
    assert render(report, "text").splitlines()[3:] == [
        "一、甲",
        "甲正文。",
        "甲续。",
        "（一）乙。乙正文。",
        "乙续。",
        "（二）丙：",
        "丙正文。",
        "（三）无题正文。",
        "（四）",
        "1.丁",
    ]


def test_points_layouts() -> None:
    """Inline points share one line; lines points take one each; a run-in title opens the first."""
    items = [gr.Point(lead="提高认识。", text="加强培训。"), gr.Point(text="抓住关键。")]
    inline = _one_section(gr.Points(items=items), title="思想上重视", run_in=True)
    lines = _one_section(gr.Points(items=items, layout="lines"), title="思想上重视", run_in=True)
    assert render(inline, "text").splitlines()[3:] == [
        "一、思想上重视。一是提高认识。加强培训。二是抓住关键。"
    ]
    assert render(lines, "text").splitlines()[3:] == [
        "一、思想上重视。一是提高认识。加强培训。",
        "二是抓住关键。",
    ]


def test_eleven_points_are_numbered_in_words() -> None:
    """The eleventh point is 十一是."""
    report = _one_section(gr.Points(items=[f"第{i}点。" for i in range(1, 12)], layout="lines"))
    assert render(report, "text").splitlines()[-1] == "十一是第11点。"


def test_numbering_restart_and_continuous() -> None:
    """Level-3 items restart under each （一） or run on through the level-1 section."""
    three = [gr.Section(title="x"), gr.Section(title="y")]
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[gr.Section(title="甲", children=[gr.Section(title="乙", children=three)] * 2)],
    )
    restart = [line[:2] for line in render(report, "text").splitlines()[4:]]
    run_on = [line[:2] for line in render(report, "text", numbering="continuous").splitlines()[4:]]
    assert restart == ["（一", "1.", "2.", "（二", "1.", "2."]
    assert run_on == ["（一", "1.", "2.", "（二", "3.", "4."]


def test_table_is_a_tab_separated_grid() -> None:
    """Rows are tab-separated on the full grid: spans leave empty fields, blank cells are empty."""
    table = gr.Table(
        caption="表一",
        header=[
            [gr.Cell(content="项目", rowspan=2), gr.Cell(content="数量", colspan=2)],
            ["甲", "乙"],
        ],
        rows=[["发文", gr.metric("n", 5, "件", label="发文"), None]],
    )
    assert render(_one_section(table), "text").splitlines()[3:] == [
        "一、",
        "表一",
        "项目\t数量\t",
        "\t甲\t乙",
        "发文\t5件\t",
    ]


def test_text_is_written_as_is() -> None:
    """Nothing is escaped in plain text."""
    report = _one_section(gr.Paragraph(text="<b>&amp; **x** # y"))
    assert render(report, "text").splitlines()[-1] == "一、<b>&amp; **x** # y"


def test_renderer_attributes() -> None:
    """The text renderer is registered as "text" with suffix .txt."""
    assert (TextRenderer.name, TextRenderer.suffix) == ("text", ".txt")


def _strings(report: gr.Report) -> Iterator[str]:
    """Every string the report's author typed, in reading order."""

    def text(value: gr.Text | None) -> Iterator[str]:
        yield from (part for part in (value.parts if value else ()) if isinstance(part, str))

    def blocks(values: Sequence[gr.Block]) -> Iterator[str]:
        for block in values:
            if isinstance(block, gr.Points):
                for point in block.items:
                    yield from text(point.lead)
                    yield from text(point.text)
            elif isinstance(block, gr.Table):
                yield from text(block.caption)
                for row in block.header + block.rows:
                    for cell in row:
                        yield from text(cell.content if isinstance(cell.content, gr.Text) else None)
            else:
                yield from text(block.text)

    def section(value: gr.Section) -> Iterator[str]:
        yield from text(value.title)
        yield from blocks(value.blocks)
        for child in value.children:
            yield from section(child)

    yield report.authority
    yield from text(report.title)
    yield from blocks(report.preamble)
    for top in report.sections:
        yield from section(top)
    if report.closing is not None:
        yield report.closing.signature


@settings(max_examples=settings.default.max_examples // 2)
@given(data=st.data())
def test_every_string_is_written_as_is_in_order(
    data: st.DataObject, helpers: SimpleNamespace
) -> None:
    """Hostile strings come out unescaped, none dropped, in reading order; the text ends a line."""
    report = data.draw(helpers.hostile_reports(max_depth=3))
    output = render(report, "text")
    position = 0
    for string in _strings(report):
        found = output.find(string, position)
        assert found >= 0, f"{string!r} missing after position {position}"
        position = found + len(string)
    assert output.endswith("\n")
