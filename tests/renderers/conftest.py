"""Shared fixtures for the renderer tests: a report using every model element, hostile
reports from hypothesis, the Nu Html Checker and headless Chromium."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import html5lib
import pytest
from hypothesis import strategies as st

import govreport as gr
from govreport._strategies.basic import unmarked

REPO_ROOT = Path(__file__).resolve().parents[2]


def build_full_report() -> gr.Report:
    """A realistic report that holds every element of the model at least once."""
    m = gr.metric
    docs = m("docs.total", 560, "件", label="共计发文")
    parts = [
        m(f"docs.{key}", n, "件", label=label)
        for key, n, label in (("wf", 76, "委发"), ("ww", 48, "委文"), ("ff", 157, "府发"))
    ]
    study = m("study.sessions", 10, "次", approx="余", label="专题学习")
    leaflets = m("study.leaflets", 400, "份", approx="余", label="发放宣传资料")
    rate = m("exam.pass_rate", 100, "%", label="考试通过率")
    fines = m("enforcement.fines", "0.9", "元", scale="万", label="经济处罚")
    budget = m(
        "plan.budget", 10, "元", scale="万", approx="余", approx_after_scale=True, label="经费"
    )
    staff = m("enforcement.staff", 2, "名", approx="以上", label="执法人员")
    about = m("visits.about", 300, "人次", approx="约", label="来访")
    fields = m("fields.count", 8, "大", numerals="chinese", label="执法领域数")
    aspects = m("plan.aspects", 4, "个", numerals="chinese", label="方面数")
    target = m("plan.trainings", 12, "次", label="培训目标")
    terms = gr.Terms(items=("市场监管", "生态环境保护", "交通运输"), last_sep="和", id="fields")
    notice = gr.DocumentReference(
        title=gr.text("关于做好{y}年法治政府建设工作的通知", y=gr.ReportYear()),
        number="工作通知〔2023〕38号",
    )
    rules = gr.DocumentReference(title="重庆市行政规范性文件管理办法")
    bare = gr.DocumentReference(number="石柱府办发〔2023〕26号")

    def p(template: str, /, **figures: Any) -> gr.Paragraph:
        return gr.Paragraph(text=gr.text(template, **figures))

    level5 = gr.Section(
        title="第五层标题",
        blocks=[p("第五层正文，{y}年以来。", y=gr.Year(value=2021))],
        children=[gr.Section(title="第六层", run_in=True, blocks=[p("第六层正文。")])],
    )
    level4 = [
        gr.Section(blocks=[p("全面加快推动审批事项精简，依照{rules}执行。", rules=rules)]),
        gr.Section(
            title="规范文件管理",
            run_in=True,
            blocks=[
                p(
                    "{y}年共计发文{docs}，其中委发{a}，委文{b}，府发{c}，按照{bare}要求执行。",
                    y=gr.ReportYear(),
                    docs=docs,
                    a=parts[0],
                    b=parts[1],
                    c=parts[2],
                    bare=bare,
                ),
                p(
                    "经济处罚{fines}，出动执法人员{staff}，接待来访{about}。",
                    fines=fines,
                    staff=staff,
                    about=about,
                ),
            ],
            children=[level5],
        ),
    ]
    one = gr.Section(
        title="法治政府建设的主要举措和成效",
        children=[
            gr.Section(
                title="贯彻落实习近平法治思想情况",
                run_in=True,
                blocks=[
                    gr.Points(
                        items=[
                            gr.text(
                                "开展干部职工专题学习达{s}，发放宣传资料{l}。", s=study, l=leaflets
                            ),
                            gr.text("法治理论考试通过率{r}。", r=rate),
                        ]
                    )
                ],
            ),
            gr.Section(
                title="工作任务推进情况",
                title_end="：",
                children=[
                    gr.Section(
                        title="思想上高度重视",
                        run_in=True,
                        blocks=[
                            gr.Points(
                                items=[
                                    gr.Point(lead="提高认识。", text="加强干部职工教育培训。"),
                                    gr.Point(lead="抓住关键。", text="领导干部带头学法。"),
                                ]
                            )
                        ],
                    ),
                    gr.Section(
                        title="全面履行政府职能",
                        title_end="。",
                        blocks=[
                            p("落实{fields}领域综合执法：{terms}等。", fields=fields, terms=terms)
                        ],
                        children=level4,
                    ),
                ],
            ),
        ],
    )
    table = gr.Table(
        caption="表一　收到和处理申请情况",
        header=[
            [
                gr.Cell(content="项目", rowspan=2, colspan=2),
                gr.Cell(content="申请人情况", colspan=3),
            ],
            ["自然人", "法人", "总计"],
        ],
        rows=[
            [
                gr.Cell(content="本年新收", colspan=2, header=True),
                m("t.a", 5, label="自然人新收"),
                None,
                m("t.c", 5, label="新收总计"),
            ],
            [gr.Cell(content="办理结果", rowspan=2, header=True), "予以公开", "3", "", "3"],
            ["不予公开", None, "1", "1"],
        ],
        id="applications",
    )
    simple = gr.Table(
        header=[["领域", "件数"]],
        rows=[["行政许可", m("t.permits", 12, "件", label="许可")], ["行政处罚", None]],
    )
    two = gr.Section(
        title="存在的不足和原因",
        blocks=[
            gr.Points(
                layout="lines",
                items=[
                    gr.Point(lead="缺少法律知识的专职人员。", text="干部年龄偏大。"),
                    "法治宣传工作不够深入。",
                ],
            ),
            table,
            simple,
        ],
    )
    three = gr.Section(
        title=gr.text("{y}年推进法治政府建设的主要安排", y=gr.ReportYear(offset=1)),
        blocks=[p("{y}年，重点抓好以下{n}方面工作：", y=gr.ReportYear(offset=1), n=aspects)],
        children=[
            gr.Section(
                blocks=[
                    gr.Commitment(
                        text=gr.text("全年开展培训{t}。", t=target),
                        target="plan.trainings",
                        deadline=dt.date(2024, 12, 31),
                    )
                ]
            ),
            gr.Section(
                title="加大宣传力度",
                run_in=True,
                blocks=[
                    gr.Points(layout="lines", items=["推进法治宣传“六进”。", "推广法律明白人。"])
                ],
            ),
            gr.Section(blocks=[gr.Commitment(text=gr.text("安排专项经费{b}。", b=budget))]),
            gr.Section(
                title="强化学习能力",
                run_in=True,
                blocks=[gr.Commitment(text="不断深入推进法治政府建设。")],
            ),
        ],
    )
    return gr.Report(
        title=gr.text("{y}年度法治政府建设情况报告", y=gr.ReportYear()),
        authority="石柱土家族自治县六塘乡人民政府",
        year=2023,
        kind="rule-of-law",
        number="六塘府发〔2024〕3号",
        preamble=[p("一年来按照{notice}要求，现将情况报告如下：", notice=notice)],
        sections=[one, two, three],
        relations=[gr.Total(total="docs.total", parts=[x.id for x in parts], exhaustive=False)],
        closing=gr.Closing(signature="石柱土家族自治县六塘乡人民政府", date=dt.date(2024, 1, 15)),
    )


@pytest.fixture(scope="session")
def full_report() -> gr.Report:
    """The report with every model element (see :func:`build_full_report`)."""
    return build_full_report()


# -- hostile reports ------------------------------------------------------------------------

HOSTILE = (
    "<script>alert(1)</script>",
    "</p><p onclick=alert(1)>",
    '"',
    "'",
    "&",
    "&amp;",
    "&lt;",
    "&#x3C;",
    "&#60;",
    "&nbsp;",
    "<!--",
    "-->",
    "]]>",
    "</section><h1>",
    '<data value="1">',
    "**粗**",
    "*斜*",
    "__x__",
    "# ",
    "## 标题",
    "1. ",
    "1) ",
    "- ",
    "+ ",
    "> ",
    "---",
    "===",
    "|",
    "| a | b |",
    "`code`",
    "```",
    "~~~",
    "\\",
    "[x](javascript:alert(1))",
    "![i](j)",
    "<https://example.com>",
    "[ref]: /url",
    "    ",
    "\n",
    "\n\n",
    "\t",
    "\u3000",
    "\u00a0",
    "一是",
    "（一）",
    "。",
)

_CHARS = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn"), exclude_characters="\u2028\u2029"
)
MARKDOWN_META = "#*_`[]<>|~\\!&-+=.)( \n\t1"


@functools.cache  # built once: hypothesis validates each new strategy object anew, at a cost
def hostile_text(*, nonblank: bool = False) -> st.SearchStrategy[str]:
    """Strings full of HTML and Markdown syntax, entity look-alikes and whitespace."""
    piece = st.one_of(
        st.sampled_from(HOSTILE),
        st.text(st.sampled_from(MARKDOWN_META), min_size=1, max_size=4),
        st.text(_CHARS, min_size=1, max_size=4),
        st.sampled_from(("六塘乡", "法治", "建设", "abc")),
    )
    text = st.lists(piece, min_size=1, max_size=5).map("".join)
    return text.filter(str.strip) if nonblank else text


@st.composite
def hostile_reports(draw: st.DrawFn, *, max_depth: int = 5) -> gr.Report:
    """Reports whose every string is hostile, with figures, points, sections 1-5 deep."""
    counter = iter(range(10_000))

    def texts() -> gr.Text:
        parts: list[Any] = [draw(hostile_text(nonblank=True))]
        for _ in range(draw(st.integers(0, 2))):
            kind = draw(st.sampled_from(("metric", "year", "report_year", "terms", "ref")))
            if kind == "metric":
                value = draw(st.integers(0, 100_000))
                unit = draw(st.sampled_from(("件", "次", "%", "元", "")))
                extra: dict[str, Any] = {}
                if unit == "%":
                    value %= 101
                if unit == "元" and draw(st.booleans()):
                    extra = {"scale": "万"}
                if draw(st.booleans()):
                    extra["approx"] = draw(st.sampled_from(("余", "约", "以上", "近")))
                parts.append(
                    gr.metric(
                        f"m{next(counter)}",
                        value,
                        unit,
                        label=draw(hostile_text(nonblank=True)),
                        **extra,
                    )
                )
            elif kind == "year":
                parts.append(gr.Year(value=draw(st.integers(1990, 2030))))
            elif kind == "report_year":
                parts.append(gr.ReportYear(offset=draw(st.integers(-1, 1))))
            elif kind == "terms":
                items = draw(st.lists(hostile_text(nonblank=True), min_size=1, max_size=3))
                parts.append(
                    gr.Terms(items=items, last_sep=draw(st.sampled_from((None, "和", "及"))))
                )
            else:
                parts.append(gr.DocumentReference(title=draw(hostile_text(nonblank=True))))
            parts.append(draw(hostile_text()))
        return gr.Text(tuple(parts))

    def block() -> gr.Block:
        kind = draw(st.sampled_from(("paragraph", "points", "commitment", "table")))
        if kind == "paragraph":
            return gr.Paragraph(text=texts())
        if kind == "commitment":
            return gr.Commitment(
                text=texts(),
                deadline=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
            )
        if kind == "points":
            items = [
                gr.Point(text=texts(), lead=texts() if draw(st.booleans()) else None)
                for _ in range(draw(st.integers(1, 3)))
            ]
            return gr.Points(items=items, layout=draw(st.sampled_from(("inline", "lines"))))
        width = draw(st.integers(1, 3))
        header = [[gr.Cell(content=draw(hostile_text()) or None) for _ in range(width)]]
        rows = [
            [
                gr.Cell(
                    content=texts() if draw(st.booleans()) else None, header=draw(st.booleans())
                )
                for _ in range(width)
            ]
            for _ in range(draw(st.integers(1, 2)))
        ]
        if width > 1 and draw(st.booleans()):
            rows.append([gr.Cell(content=texts(), colspan=width)])
        return gr.Table(header=header, rows=rows, caption=texts() if draw(st.booleans()) else None)

    def section(depth: int) -> gr.Section:
        style = draw(st.sampled_from(("titled", "run_in", "untitled")))
        blocks = [block() for _ in range(draw(st.integers(1 if style == "run_in" else 0, 2)))]
        children = []
        if depth < max_depth:
            children = [
                section(depth + 1) for _ in range(draw(st.integers(0, 2 if depth < 2 else 1)))
            ]
        if style == "untitled":
            return gr.Section(blocks=blocks, children=children)
        return gr.Section(
            title=unmarked(texts()),  # a typed heading marker is refused
            run_in=style == "run_in",
            title_end=draw(st.sampled_from((None, "：", "。"))),
            blocks=blocks,
            children=children,
        )

    closing = None
    if draw(st.booleans()):
        closing = gr.Closing(
            signature=draw(hostile_text(nonblank=True)),
            date=draw(st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1))),
        )
    return gr.Report(
        title=texts(),
        authority=draw(hostile_text(nonblank=True)),
        year=draw(st.integers(1990, 2030)),
        preamble=[block() for _ in range(draw(st.integers(0, 2)))],
        sections=[section(1) for _ in range(draw(st.integers(0, 3)))],
        closing=closing,
    )


# -- checking tools ---------------------------------------------------------------------------


def collapse(value: str) -> str:
    """Whitespace runs (any Unicode whitespace) to one space, stripped: how texts are compared."""
    return " ".join(value.split())


def parse_html(document: str, *, fragment: bool = False) -> tuple[Any, list[Any]]:
    """Parse with html5lib (lenient, non-namespaced); return the tree and the parse errors."""
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    tree = parser.parseFragment(document) if fragment else parser.parse(document)
    return tree, list(parser.errors)


@pytest.fixture(scope="session")
def helpers() -> SimpleNamespace:
    """The module-level helpers above, for tests (conftest modules are not importable)."""
    return SimpleNamespace(
        build_full_report=build_full_report,
        hostile_reports=hostile_reports,
        hostile_text=hostile_text,
        collapse=collapse,
        parse_html=parse_html,
    )
