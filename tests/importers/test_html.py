"""parse_html: pages as published (chrome, layout tables, charsets), errors, and round trips."""

from __future__ import annotations

import sys
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings

import govreport as gr
from govreport import strategies
from govreport.exceptions import MissingExtraError, ModelTypeError, ParseError
from govreport.importers import parse_html, parse_text
from govreport.importers._drafts import Grid
from govreport.importers._flat import PAGE_FORMS, TEXT_FORMS, with_tables
from govreport.importers._text import lines_of
from govreport.renderers import render

# A county office's page as such sites lay them out: a header and menu, a breadcrumb, a layout
# table with a side menu, the article with its info bar, the body, a 表三-like table, share
# and print links, 上一篇/下一篇 and a footer. All text is made up.
FOREIGN = """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>某县民政局2023年政府信息公开工作年度报告</title>
<style>.x{color:red}</style><script>var a = "一、不是标题";</script></head>
<body>
<div class="top">无障碍 | 简体 | 繁体</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<table width="1000"><tr>
<td class="side"><ul><li><a href="/a">通知公告</a></li><li><a href="/b">工作动态</a></li></ul></td>
<td class="main">
<div class="article">
<h1 class="title">某县民政局2023年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2024-01-20 来源：某县民政局 字号：<a href="#">大</a> <a href="#">中</a></div>
<div class="TRS_Editor">
<p style="text-indent:2em">本报告由某县民政局编制。</p>
<p><strong>一、总体情况</strong></p>
<p>2023年，我局主动公开政府信息<span>120条</span>。<br>
其中政策文件15条。</p>
<h3>（一）主动公开</h3>
<p>全年更新栏目<a href="/lm">36个</a>。</p>
<p>二、收到和处理政府信息公开申请情况</p>
<table border="1">
<caption>表三</caption>
<thead><tr><th colspan="2" rowspan="2">本列数据的勾稽关系</th><th colspan="2">申请人情况</th></tr>
<tr><th>自然人</th><th>法人</th></tr></thead>
<tbody>
<tr><td colspan="2">一、本年新收政府信息公开申请数量</td><td>12</td><td>3</td></tr>
<tr><td rowspan="2">三、本年度办理结果</td><td><p>（一）予以</p><p>公开</p></td><td>7</td><td>/</td></tr>
<tr><td>（二）部分公开</td><td>&nbsp;</td><td>1</td></tr>
</tbody></table>
<p>三、存在的主要问题及改进情况</p>
<p>一是公开内容不够全面。二是解读形式较为单一。</p>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="pages"><p>上一篇：<a href="/p">关于某事的通知</a></p><p>下一篇：<a href="/n">关于另一事的公告</a></p></div>
<div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>
</div>
</td></tr></table>
<div class="footer"><p>主办：某县人民政府办公室</p><p>网站标识码：0000000000</p></div>
</body></html>
"""


@pytest.fixture(scope="module")
def foreign() -> gr.Report:
    """The foreign page, as the GB2312 bytes it is served as."""
    return parse_html(FOREIGN.encode("gb18030"), url="https://example.gov.cn/a.html")


def line_of(fragment: str) -> int:
    """The source line of *fragment* in the foreign page."""
    return FOREIGN[: FOREIGN.index(fragment)].count("\n") + 1


def written(report: gr.Report) -> list[str]:
    """The report's lines as the text renderer writes them."""
    return render(report, "text").splitlines()


# -- a page as published ----------------------------------------------------------------------


def test_foreign_header(foreign: gr.Report) -> None:
    """The title comes from the <h1> beside the text; the authority from the title."""
    assert written(foreign)[1] == "某县民政局2023年政府信息公开工作年度报告"
    assert (foreign.authority, foreign.year, foreign.kind) == (
        "某县民政局",
        2023,
        "info-disclosure",
    )


def test_foreign_sections(foreign: gr.Report) -> None:
    """Markers in <p>, <strong> and <h3> open sections; <br> ends a line; links are text."""
    titles = [s.title.plain() if s.title else None for s in foreign.sections]
    assert titles == ["总体情况", "收到和处理政府信息公开申请情况", "存在的主要问题及改进情况"]
    first = foreign.sections[0]
    lines = written(foreign)
    assert lines[lines.index("一、总体情况") + 1 : lines.index("（一）主动公开")] == [
        "2023年，我局主动公开政府信息120条。",
        "其中政策文件15条。",
    ]
    assert len(first.blocks) == 2
    (sub,) = first.children
    assert sub.title is not None
    assert sub.title.plain() == "主动公开"
    assert [m.quantity.value for m in foreign.metrics().values()][:3] == [120, 15, 36]
    assert isinstance(foreign.sections[2].blocks[0], gr.Points)


def test_foreign_table(foreign: gr.Report) -> None:
    """The data table keeps its spans, header rows, blank cells and "/"."""
    (table,) = foreign.sections[1].blocks
    assert isinstance(table, gr.Table)
    assert table.caption is not None
    assert table.caption.plain() == "表三"
    assert len(table.header) == 2
    assert len(table.rows) == 3
    corner = table.header[0][0]
    assert (corner.rowspan, corner.colspan, corner.header) == (2, 2, True)
    label, joined, seven, slash = table.rows[1]
    assert label.rowspan == 2
    assert label.content is not None
    assert joined.content is not None
    assert joined.content.plain() == "（一）予以公开"
    assert seven.content is not None
    assert not seven.header
    assert slash.content is not None
    assert slash.content.plain() == "/"
    assert table.rows[2][1].content is None  # &nbsp; only: blank


def test_foreign_set_aside(foreign: gr.Report) -> None:
    """Everything around the report is set aside by source line, and nothing of it is read."""
    aside = {(a.line, a.text) for a in foreign.set_aside}
    for where, text in [
        ("无障碍", "无障碍 | 简体 | 繁体"),
        ('<ul class="nav">', "首页 政务公开 互动交流"),
        ("当前位置", "当前位置： 首页 > 政务公开"),
        ('<td class="side">', "通知公告 工作动态"),
        ("发布时间", "发布时间：2024-01-20 来源：某县民政局 字号：大 中"),
        ("上一篇", "上一篇：关于某事的通知"),
        ("上一篇", "下一篇：关于另一事的公告"),
        ("打印本页", "打印本页 关闭窗口"),
        ("主办", "主办：某县人民政府办公室 网站标识码：0000000000"),
    ]:
        assert (line_of(where), text) in aside
    assert {a.reason for a in foreign.set_aside} == {"web page"}
    assert all(a.line >= 1 for a in foreign.set_aside)
    assert [a.line for a in foreign.set_aside] == sorted(a.line for a in foreign.set_aside)
    everything = render(foreign, "text")
    assert "首页" not in everything
    assert "上一篇" not in everything
    assert "不是标题" not in everything


def test_str_and_bytes_agree(foreign: gr.Report) -> None:
    """The page as text and as its bytes give the same report."""
    assert parse_html(FOREIGN) == foreign


@pytest.mark.parametrize("sep", ["<br>", "<br>\n", "</p>\n<p>"])
def test_set_aside_by_source_line(sep: str) -> None:
    """What the core sets aside is numbered by source line, however many lines share one."""
    lines = ["某乡人民政府", "2023年度工作报告", "来源：某乡党政办", "一、甲", "检查企业3家。"]
    report = parse_html("<html><body>\n<p>" + sep.join(lines) + "</p></body></html>")
    (aside,) = report.set_aside
    assert (aside.line, aside.text) == (2 if sep == "<br>" else 4, "来源：某乡党政办")
    assert len(report.metrics()) == 1


def test_title_in_another_row() -> None:
    """A title cell named ``bt`` in a row above a ``<br>``-lined text is the title."""
    lines = ["2023年，我局主动公开信息120条。", "一、总体情况", "全年更新栏目36个。"]
    page = (
        '<div class="head"><a href="/">首页</a></div><table width="100%">'
        '<tr><td class="bt">某县民政局2023年政府信息公开工作年度报告</td></tr>'
        "<tr><td>发布日期：2024-01-10</td></tr>"
        '<tr><td><div id="zoom">' + "<br>".join(lines * 3) + "</div></td></tr></table>"
    )
    report = parse_html(page)
    assert (report.authority, report.year, report.kind) == ("某县民政局", 2023, "info-disclosure")
    assert [(a.text, a.reason) for a in report.set_aside] == [
        ("首页", "web page"),
        ("发布日期：2024-01-10", "web page"),
    ]


def test_text_without_structure() -> None:
    """A page that is one block of <br> lines, with no title element, is read whole."""
    page = "<body><p>某乡人民政府<br>2023年度工作报告<br>一、甲<br>检查企业3家。</p></body>"
    report = parse_html(page)
    assert (report.authority, report.year, len(report.metrics())) == ("某乡人民政府", 2023, 1)


# -- charsets and bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="gb2312">', "gb18030"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', "gb18030"),
        ("<meta charset='GB18030'>", "gb18030"),
        ("", "utf-8"),
    ],
)
def test_charsets(head: str, encoding: str) -> None:
    """The page's stated charset decodes it; GB2312 and GBK as GB18030; UTF-8 by default."""
    page = (
        f"<html><head>{head}</head><body><p>某乡人民政府</p><p>2023年度工作報告</p></body></html>"
    )
    assert parse_html(page.encode(encoding)).authority == "某乡人民政府"


def test_byte_order_mark() -> None:
    """A byte order mark wins over <meta>."""
    page = '<meta charset="gb2312"><p>某乡人民政府</p><p>2023年度工作报告</p>'
    assert parse_html(page.encode("utf-16")).year == 2023
    assert parse_html(b"\xef\xbb\xbf" + page.encode()).year == 2023


@pytest.mark.parametrize(
    ("data", "reason", "line"),
    [
        (
            b"%PDF-1.7\n...",
            "https://x.cn/a is a PDF file (it starts with %PDF-), not a web page",
            1,
        ),
        (b"PK\x03\x04rest", "https://x.cn/a is a zip archive", 1),
        (
            b"<p>\xe6\x9f\x90</p>\n<p>\xff</p>",
            "https://x.cn/a: the bytes are not utf-8 (no charset stated): byte offset 14 (FF)",
            2,
        ),
        (
            b'<meta charset="gb2312">\n<p>\x80</p>',
            "https://x.cn/a: the bytes are not gb18030 (the page states gb2312): byte offset 27",
            2,
        ),
        (b'<meta charset="klingon"><p>x</p>', "states charset 'klingon'", 1),
        (b"  \n ", "https://x.cn/a: the page is empty", 1),
        ("<nav><a href='/'>首页</a></nav>".encode(), "https://x.cn/a: nothing report-like", 1),
        ("<p>某乡人民政府</p>\n<p>工作报告</p>".encode(), "https://x.cn/a: no report year", 2),
    ],
)
def test_bad_input(data: bytes, reason: str, line: int) -> None:
    """Every failure is a ParseError naming the page, what was wrong and where."""
    with pytest.raises(ParseError) as info:
        parse_html(data, url="https://x.cn/a")
    assert reason in info.value.reason
    assert info.value.line == line


def test_too_deep() -> None:
    """A page nested deeper than the parser reads is refused, not read in part."""
    page = "<div>" * 300 + "<p>某乡人民政府</p><p>2023年度工作报告</p>" + "</div>" * 300
    with pytest.raises(ParseError, match="the HTML parser stopped reading: Excessive depth"):
        parse_html(page)
    assert parse_html(page.replace("<div>" * 300, "<div>" * 200)).year == 2023


def test_bad_arguments() -> None:
    """The page must be str or bytes; a str cannot hold a lone surrogate."""
    with pytest.raises(ModelTypeError):
        parse_html(["<p>"])  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="the page: the text holds a lone surrogate"):
        parse_html("<p>\ud800</p>")
    with pytest.raises(
        ParseError, match=r"^line 2, column 2: the page: a NUL character at character 6"
    ):
        parse_html("<p>a\nb\x00</p>")
    with pytest.raises(ParseError, match=r"^line 1, column 1: the page is a PDF"):
        parse_html("  %PDF-1.4")


def test_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without lxml, the error names the extra that installs it."""
    monkeypatch.setitem(sys.modules, "lxml", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'govreport\[html\]'") as info:
        parse_html("<p>x</p>")
    assert info.value.extra == "html"


# -- round trips --------------------------------------------------------------------------------


def test_table_with_spans_round_trip() -> None:
    """A report with a spanning table, metric ids and labels comes back equal."""
    table = gr.Table(
        caption="表三 收到和处理政府信息公开申请情况",
        id="t3",
        header=[
            [
                gr.Cell(content="本列数据的勾稽关系", colspan=2, header=True),
                gr.Cell(content="自然人", header=True),
            ]
        ],
        rows=[
            [
                gr.Cell(content="一、本年新收政府信息公开申请数量", colspan=2, header=True),
                gr.metric("t3.r1", 12, "件", label="本年新收"),
            ],
            [
                gr.Cell(content="二、本年度办理结果", rowspan=2, header=True),
                gr.Cell(content="（一）予以公开", header=True),
                gr.metric("t3.r2", 7, "件", label="予以公开"),
            ],
            [gr.Cell(content="（二）部分公开", header=True), gr.Cell(content=None)],
        ],
    )
    report = gr.Report(
        title=gr.text("{y}年度政府信息公开工作年度报告", y=gr.ReportYear()),
        authority="某县人民政府办公室",
        year=2023,
        kind="info-disclosure",
        preamble=[gr.text("本年共受理申请{a}。", a=gr.metric("apps", 12, "件", label="受理申请"))],
        sections=[gr.Section(title="收到和处理政府信息公开申请情况", blocks=[table])],
    )
    assert parse_html(render(report, "html")) == report
    assert parse_html(render(report, "html", fragment=True)) == report


def normalised(report: gr.Report) -> dict[str, Any]:
    """The report as data without what only the markup carries: metric ids and labels become
    their place in reading order, item ids too, set-aside lines keep text and reason only."""
    data = gr.to_dict(report)
    ids: dict[str, str] = {}

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            if value.get("type") == "metric":
                ids.setdefault(value["id"], f"m{len(ids)}")
                return {**value, "id": ids[value["id"]], "label": ""}
            if "id" in value:  # a section's, points' or table's: named by its place too
                ids.setdefault(value["id"], f"i{len(ids)}")
            # A plan's target names a metric of its text, which comes before it.
            return {
                k: ids.get(v, v) if k == "target" else walk(v)
                for k, v in value.items()
                if k != "id"
            }
        if isinstance(value, list):
            return [walk(v) for v in value]
        return value

    body = walk({k: v for k, v in data.items() if k not in ("relations", "set_aside")})
    relations = [
        {
            k: [ids.get(x, x) for x in v] if isinstance(v, list) else ids.get(v, v)
            for k, v in r.items()
        }
        for r in data.get("relations", [])
    ]
    aside = [(a.text, a.reason) for a in report.set_aside]
    return {"body": body, "relations": relations, "set_aside": aside}


def tables_in(report: gr.Report) -> list[gr.Table]:
    """Every table of the report."""
    found: list[gr.Table] = []

    def blocks(items: tuple[gr.Block, ...]) -> None:
        found.extend(b for b in items if isinstance(b, gr.Table))

    def sections(items: tuple[gr.Section, ...]) -> None:
        for s in items:
            blocks(s.blocks)
            sections(s.children)

    blocks(report.preamble)
    sections(report.sections)
    return found


def stated(metric: gr.Metric) -> tuple[Any, ...]:
    """What a page states of a metric: id, label, value, unit, scale and marker (not how its
    numerals are written or whether it was rounded)."""
    q = metric.quantity
    return metric.id, metric.label, q.value, q.unit, q.scale, q.approx


def layout(table: gr.Table) -> tuple[Any, ...]:
    """A table's id, whether it has a caption, and each cell's spans, header flag and blankness."""
    cells = tuple(
        tuple((c.rowspan, c.colspan, c.header, c.content is None) for c in row)
        for row in (*table.header, *table.rows)
    )
    return table.id, table.caption is None, len(table.header), cells


ROUND_TRIPS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIPS
@given(strategies.reports())
def test_page_reads_as_the_text_does(report: gr.Report) -> None:
    """parse_html(render(r, "html")) is parse_text(render(r, "text")) in all the text importer
    recovers, whenever the text importer accepts the text: the same header, tree, blocks,
    figures, relations and set-aside text.

    Not compared: metric ids and labels and item ids (the page's markup states them, the text
    importer derives them), set-aside line numbers (source lines of the page, lines of the
    text), and reports with tables (the text importer reads a table's tab-separated rows as
    paragraphs).
    """
    assume(not tables_in(report))
    text = render(report, "text")
    # A run of prose lines in a table's form reads as a table in plain text (and in fewer
    # forms on a page: spaced figures and stacked cells only).
    assume(not any(isinstance(x, Grid) for x in with_tables(lines_of(text), TEXT_FORMS)))
    try:
        from_text = parse_text(text)
    except ParseError:
        with pytest.raises(ParseError):
            parse_html(render(report, "html"))
        return
    from_page = parse_html(render(report, "html"))
    assert normalised(from_page) == normalised(from_text)


@ROUND_TRIPS
@given(strategies.reports())
def test_page_gives_back_the_report(report: gr.Report) -> None:
    """parse_html(render(r, "html")) gives back r's tables (ids, captions, spans, header and
    blank cells) always; every metric that comes back under one of r's ids is r's metric
    (label, value, unit, scale and marker: what the page states); and all r's metrics and tables come back exactly whenever its
    wording reads back to r's header and figures.

    The exact limit: the page's text is read with the text importer's rules, so what they do
    not read back (a year run into other digits, a figure in words they take for prose)
    comes back as they read it, and a figure that does not come back keeps a derived id.
    Relations are found again from the wording, and the publication date is not in the
    page; everything else the page holds is compared. Paragraphs that read as a table's
    rows flattened into a page (spaced figures, stacked cells) are read as one.
    """
    lines = lines_of(render(report, "text"))
    assume(not any(isinstance(x, Grid) for x in with_tables(lines, PAGE_FORMS)))
    page = render(report, "html")
    try:
        back = parse_html(page)
    except ParseError:
        return
    assert [layout(t) for t in tables_in(back)] == [layout(t) for t in tables_in(report)]
    theirs, ours = report.metrics(), back.metrics()
    common = [i for i in ours if i in theirs]
    assert [stated(ours[i]) for i in common] == [stated(theirs[i]) for i in common]
    assume([m.quantity for m in ours.values()] == [m.quantity for m in theirs.values()])
    assume(page.count(" data-metric=") == len(theirs))  # each figure placed once, no citation
    header = (report.title, report.year, report.authority, report.number, report.closing)
    assume((back.title, back.year, back.authority, back.number, back.closing) == header)
    assert list(ours.items()) == list(theirs.items())
    assert tables_in(back) == tables_in(report)


def test_seed_round_trip() -> None:
    """The seed, rendered as a page and read back, is the seed, relations and all."""
    from pathlib import Path

    seed = parse_text(
        (Path(__file__).resolve().parents[1] / "data" / "lutang_2023.txt").read_text("utf-8")
    )
    assert parse_html(render(seed, "html")) == seed
    assert attrs.evolve(seed) == parse_html(render(seed, "html").encode())
