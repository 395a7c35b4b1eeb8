"""parse_text: the seed as the example, errors, and round trips through the text renderer."""

from __future__ import annotations

import datetime as dt
import runpy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport._report import walk_texts
from govreport.checks import check
from govreport.importers import parse_text
from govreport.importers._text import lines_of
from govreport.quantities import format_quantity
from govreport.renderers import render

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "tests" / "data" / "lutang_2023.txt").read_text(encoding="utf-8")
EXAMPLE = ROOT / "examples" / "lutang_2023.py"


def test_lines_of() -> None:
    """Blank lines go, trailing white space goes, line numbers stay; U+2028 ends no line."""
    found = [(line.number, line.text) for line in lines_of("a  \n\n \u3000\nb\r\nc\u2028d\re")]
    assert found == [(1, "a"), (4, "b"), (5, "c\u2028d"), (6, "e")]


def normalise(text: str) -> list[str]:
    """Lines without trailing white space, blank lines dropped."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def shape(report: gr.Report) -> tuple[Any, ...]:
    """Everything but ids and labels: header, tree, blocks, texts, figures, relations.

    Metric ids become their place in reading order and item ids what they
    name, so two reports that differ only in ids and labels have equal shapes.
    """
    position = {id_: n for n, id_ in enumerate(report.metrics())}
    items: dict[str, Any] = {}

    def text(t: gr.Text) -> tuple[Any, ...]:
        out: list[Any] = []
        for p in t.parts:
            if isinstance(p, gr.Metric):
                q = p.quantity
                out.append(
                    (
                        "metric",
                        q.value,
                        q.unit,
                        q.approx,
                        q.scale,
                        q.approx_after_scale,
                        q.change,
                        q.numerals,
                    )
                )
            elif isinstance(p, gr.Terms):
                if p.id is not None:
                    items[p.id] = ("terms", p.items)
                out.append(("terms", p.items, p.sep, p.last_sep or p.sep))
            elif isinstance(p, gr.DocumentReference):
                title = None if p.title is None else text(p.title)
                out.append(("reference", title, None if p.number is None else str(p.number)))
            else:
                out.append(p)
        return tuple(out)

    def block(b: gr.Block) -> tuple[Any, ...]:
        if isinstance(b, gr.Points):
            if b.id is not None:
                items[b.id] = ("points", len(b.items))
            return (
                "points",
                b.layout,
                tuple((None if p.lead is None else text(p.lead), text(p.text)) for p in b.items),
            )
        if isinstance(b, gr.Commitment):
            target = None if b.target is None else position[b.target]
            return ("commitment", text(b.text), target)
        assert isinstance(b, gr.Paragraph)
        return ("paragraph", text(b.text))

    def section(s: gr.Section, path: tuple[int, ...]) -> tuple[Any, ...]:
        if s.id is not None:
            items[s.id] = ("section", path)
        return (
            None if s.title is None else text(s.title),
            s.run_in,
            s.heading_end,
            tuple(block(b) for b in s.blocks),
            tuple(section(c, (*path, n)) for n, c in enumerate(s.children)),
        )

    head = (
        report.authority,
        text(report.title),
        report.year,
        report.kind,
        None if report.number is None else str(report.number),
        report.closing,
    )
    preamble = tuple(block(b) for b in report.preamble)
    sections = tuple(section(s, (n,)) for n, s in enumerate(report.sections))
    relations: list[tuple[Any, ...]] = []
    for r in report.relations:
        if isinstance(r, gr.Total):
            relations.append(
                ("total", position[r.total], tuple(position[p] for p in r.parts), r.exhaustive)
            )
        elif isinstance(r, gr.Rate):
            relations.append(("rate", *(position[i] for i in r.ids())))
        elif isinstance(r, gr.Change):
            relations.append(("change", r.form, r.direction, *(position[i] for i in r.ids())))
        else:
            relations.append(("count", position[r.count], items[r.items]))
    return head, preamble, sections, tuple(sorted(relations, key=repr))


def pieces(text: str) -> list[str]:
    """Fragments written as one string separated by ``|``."""
    return text.split("|")


@pytest.fixture(scope="module")
def seed() -> gr.Report:
    """The seed, imported."""
    return parse_text(SEED)


# -- the seed -----------------------------------------------------------------------------------


def test_seed_round_trip(seed: gr.Report) -> None:
    """Rendering the imported seed gives the seed back."""
    assert normalise(render(seed, "text")) == normalise(SEED)


def test_seed_is_the_example(seed: gr.Report) -> None:
    """The imported seed has the structure, figures and relations of examples/lutang_2023.py."""
    example = runpy.run_path(str(EXAMPLE))["report"]
    assert shape(seed) == shape(example)
    findings = [[(f.severity, f.code, f.location) for f in check(r)] for r in (seed, example)]
    assert findings[0] == findings[1]


def test_seed_check(seed: gr.Report) -> None:
    """Checking the imported seed finds the one error: 545 documents, not 560."""
    errors = [f for f in check(seed) if f.severity == "error"]
    assert [(f.code, f.location) for f in errors] == [("sum-mismatch", "一（二）3.（4）")]


def test_seed_tree(seed: gr.Report) -> None:
    """一…四; （一）（二） under 一; 1.–3. under 一（二）; （1）–（5） under 3.; four under 四."""
    one, two, three, four = seed.sections
    assert [len(s.children) for s in seed.sections] == [2, 0, 0, 4]
    thought, tasks = one.children
    assert thought.run_in
    assert not tasks.run_in
    assert tasks.heading_end == "："
    assert [c.run_in for c in tasks.children] == [True, True, False]
    functions = tasks.children[2]
    assert functions.heading_end == "。"
    assert len(functions.children) == 5
    assert [c.title is None for c in functions.children] == [True, False, False, False, False]
    assert [c.title is None for c in four.children] == [False, False, False, True]
    (points,) = three.blocks
    assert isinstance(points, gr.Points)
    assert points.layout == "lines"
    assert all(isinstance(c.blocks[0], gr.Commitment) for c in four.children)
    assert two.title is not None
    assert two.title.parts[0] == gr.ReportYear()


SEED_FIGURES = pieces(
    "10余次|30余次|400余份|20余次|6次|1000余份|100%|三项|1名|10个|10个|149个|10个|1名|10个"
    "|560件|76件|48件|157件|58件|206件|6份|6份|100%|2名以上|八|366家|1464人次|480次|72个|15次"
    "|0.9万元|四个"
)


def test_seed_figures(seed: gr.Report) -> None:
    """Every figure of the seed, in reading order, and no other."""
    found = [
        format_quantity(
            q.value, q.unit, approx=q.approx, scale=q.scale, numerals=q.numerals or "arabic"
        )
        for q in (m.quantity for m in seed.metrics().values())
    ]
    assert found == SEED_FIGURES


def test_seed_relations(seed: gr.Report) -> None:
    """The total with five exhaustive parts and the three declared counts."""
    metrics = seed.metrics()
    totals = [r for r in seed.relations if isinstance(r, gr.Total)]
    counts = [r for r in seed.relations if isinstance(r, gr.DeclaredCount)]
    ((total,), (systems, fields, areas)) = totals, counts
    assert metrics[total.total].quantity.value == 560
    assert total.exhaustive
    assert sum(metrics[p].quantity.value for p in total.parts) == 545
    terms = {t.id: t for text in walk_texts(seed) for t in text.parts if isinstance(t, gr.Terms)}
    assert len(terms[systems.items].items) == 3
    assert len(terms[fields.items].items) == 8
    assert areas.items == seed.sections[3].id


def test_seed_words_that_stay_words(seed: gr.Report) -> None:
    """Fixed expressions with numerals stay words (GB/T 15835); no year is typed as digits."""
    prose = "".join(p for t in walk_texts(seed) for p in t.parts if isinstance(p, str))
    for words in (
        "党的二十大",
        "二十届二中全会",
        "十项行动",
        "“六进”",
        "“四大体系”",
        "“一网、一门、一次”",
    ):
        assert words in prose
    assert "2023" not in prose
    assert "2024" not in prose


def test_seed_references(seed: gr.Report) -> None:
    """Four cited documents; 《title》（number） is one reference."""
    refs = seed.references()
    assert len(refs) == 4
    assert [str(r.number) for r in refs if r.number] == [
        "工作通知〔2023〕38号",
        "石柱府办发〔2023〕26号",
    ]


# -- errors and options ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("", 1, "nothing report-like"),
        (" \n\t\n", 1, "nothing report-like"),
        ("字号：大 中 小\n打印 关闭\n", 1, "after setting aside 2 web page line"),
        ("某乡人民政府\n", 1, "no report year"),
        ("\n\n某乡人民政府\n年度报告", 4, "no report year: looked in the title"),
        ("某乡人民政府\n1900年度报告", 2, "no report year"),
        ("2023年度工作报告\n一、甲\n", 1, "no issuing authority"),
    ],
)
def test_parse_errors(text: str, line: int, reason: str) -> None:
    """No report without an authority line and a title naming its year; the error says where."""
    with pytest.raises(gr.ParseError, match=reason) as info:
        parse_text(text)
    assert (info.value.line, info.value.column) == (line, 1)


def test_bad_arguments() -> None:
    """A non-str text is a type error, an unknown option a validation error."""
    with pytest.raises(gr.ModelTypeError):
        parse_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(gr.ValidationError, match="numbering"):
        parse_text("甲\n2023年报告", numbering="runon")  # type: ignore[arg-type]


def test_kind() -> None:
    """The kind is read from the title unless given."""
    assert parse_text("甲\n2023年政府信息公开工作年度报告").kind == "info-disclosure"
    assert parse_text("甲\n2023年工作总结").kind is None
    assert parse_text("甲\n2023年工作总结", kind="rule-of-law").kind == "rule-of-law"


# -- any text -------------------------------------------------------------------------------------

# Markers in and out of order, figures the importer types and ones it must not, brackets,
# references, relation words, white space and line breaks of every kind.
TRICKY = pieces(
    "一、|二、|三、|（一）|（二）|（三）|1.|2.|3.|（1）|（2）|1、|⑴|(1)|一是|二是|三是|。|，|：|；|、"
    "|10余次|近300人次|约1.2万人次|2名以上|两千余份|0.9万元|100%|150%|增长|三项制度|八大领域"
    "|以下四个方面|两个|党的二十大|其中|共计|560件|76件|6份|《|》|（|）|〔2023〕|38号|工作通知"
    "|2023年|2024年|1999年|收到8件|办结7件|办结率87.5%|力争|不少于|安排|A|5G|1,464人次|010次"
    "|１０次|10.0%| |\u3000|\t|\n|\n|\r\n|\x0b|\u2028|\x85|标题|制度|领域|和|市场监管|建立"
    "|全面落实|等|-|~|至|第|3|45|年|个|大|项|余|万|元|%|以上|十余次|2024年1月15日"
    "|某府发〔2024〕3号|文件（石柱府办发〔2023〕26号）"
)
HEADERS = st.sampled_from(
    [
        "某乡人民政府\n2023年度法治政府建设情况报告\n",
        "某乡\n某府发〔2024〕3号\n2023年报告\n",
        "",
        "x\n",
    ]
)
BODIES = st.lists(st.sampled_from(TRICKY) | st.text(max_size=3), max_size=40).map("".join)


def imported_text(text: str, **options: Any) -> str | None:
    """The text of the report imported from *text*, or None for a ParseError."""
    try:
        report = parse_text(text, **options)
    except gr.ParseError:
        return None
    return render(report, "text", numbering=options.get("numbering", "restart"))


@settings(max_examples=settings.default.max_examples * 10)
@given(header=HEADERS, body=BODIES)
def test_any_text_imports_to_a_fixed_point(header: str, body: str) -> None:
    """Any text is a ParseError or a report whose rendered text imports back exactly."""
    once = imported_text(header + body)
    if once is not None:
        assert normalise(imported_text(once) or "") == normalise(once)


@settings(max_examples=settings.default.max_examples * 3)
@given(header=HEADERS, body=BODIES)
def test_options_keep_the_guarantee(header: str, body: str) -> None:
    """Run-on numbering and strict markers reach a fixed point too."""
    for options in ({"numbering": "continuous"}, {"markers": "standard"}):
        once = imported_text(header + body, **options)
        if once is not None:
            assert normalise(imported_text(once, **options) or "") == normalise(once)


@settings(max_examples=settings.default.max_examples * 3)
@given(st.text())
def test_any_unicode(text: str) -> None:
    """Arbitrary Unicode after a header never raises, and what is read is read again the same."""
    once = imported_text("甲\n2023年报告\n" + text)
    assert once is not None
    assert normalise(imported_text(once) or "") == normalise(once)


# -- generated reports ----------------------------------------------------------------------------

WORDS = [
    "加强",
    "学习",
    "宣传",
    "法治",
    "建设",
    "推进",
    "监督",
    "服务",
    "群众",
    "机制",
    "队伍",
    "培训",
    "治理",
    "基层",
    "执法",
    "规范",
    "乡村",
    "干部",
    "意识",
    "能力",
    "平台",
    "效能",
]
UNITS = ["次", "件", "份", "家", "人次", "个", "名", "项"]
NOUNS = ["市场监管", "交通运输", "文化市场", "农业农村", "卫生健康", "城市管理", "生态环境"]
SYSTEMS = ["公示制度", "记录制度", "审核制度", "报告制度", "评估制度"]


class Ids:
    """Fresh metric ids for a generated report."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"m{self.n}"


def words(draw: st.DrawFn, low: int = 1, high: int = 3) -> str:
    """A run of plain words."""
    return "".join(draw(st.lists(st.sampled_from(WORDS), min_size=low, max_size=high)))


def quantity(draw: st.DrawFn) -> gr.Quantity:
    """A figure the importer reads: a count, a per cent or an amount in 万元."""
    kind = draw(st.sampled_from(["count", "count", "share", "money"]))
    if kind == "share":
        share = draw(st.sampled_from(["100", "87.5", "60", "12.3", "0"]))
        return gr.Quantity(value=share, unit="%")
    if kind == "money":
        return gr.Quantity(
            value=draw(st.sampled_from(["0.9", "12", "3.25"])), unit="元", scale="万"
        )
    approx = draw(st.sampled_from([None, None, "余", "以上", "约", "近"]))
    value = draw(st.integers(1, 5000))
    if approx == "余":
        value = value * 10
    return gr.Quantity(value=value, unit=draw(st.sampled_from(UNITS)), approx=approx)


@st.composite
def sentence(draw: st.DrawFn, ids: Ids, relations: list[gr.Relation], year: int) -> gr.Text:
    """One sentence of three or more clauses, with figures, years, references or relations."""
    kinds = "plain|figures|year|reference|total|rate|terms_before|terms_after"
    kind = draw(st.sampled_from(pieces(kinds)))
    head = [words(draw), "，", words(draw), "，"]
    if kind == "figures":
        parts: list[gr.Inline] = []
        for _ in range(draw(st.integers(1, 3))):
            metric = gr.Metric(id=ids(), label="数", quantity=quantity(draw))
            parts += [words(draw), "达", metric, "，"]
        return gr.Text((*head, *parts, words(draw), "。"))
    if kind == "year":
        offset = draw(st.sampled_from([0, 1, -3]))
        y: gr.Inline = gr.ReportYear(offset=offset) if offset >= 0 else gr.Year(value=year + offset)
        return gr.Text((*head, y, "年", words(draw), "。"))
    if kind == "reference":
        title = gr.Text(("关于做好", gr.ReportYear(), "年", words(draw), "工作的通知"))
        number = draw(st.sampled_from([None, "某府办发〔2023〕26号"]))
        ref = gr.DocumentReference(title=title, number=number)
        return gr.Text((*head, "按照", ref, "要求", words(draw), "。"))
    if kind == "total":
        unit = draw(st.sampled_from(UNITS))
        n = draw(st.integers(1, 4))
        total = gr.Metric(
            id=ids(), label="数", quantity=gr.Quantity(value=draw(st.integers(1, 999)), unit=unit)
        )
        parts = [words(draw), "共计", words(draw), total, "，其中"]
        part_ids = []
        for k in range(n):
            part = gr.Metric(id=ids(), label="数", quantity=gr.Quantity(value=k + 1, unit=unit))
            part_ids.append(part.id)
            parts += [words(draw), part, "，"]
        parts[-1] = "。"
        relations.append(gr.Total(total=total.id, parts=part_ids, exhaustive=n >= 2))
        return gr.Text((*head, *parts))
    if kind == "rate":
        got = gr.Metric(id=ids(), label="数", quantity=gr.Quantity(value=8, unit="件"))
        done = gr.Metric(id=ids(), label="数", quantity=gr.Quantity(value=7, unit="件"))
        rate = gr.Metric(id=ids(), label="数", quantity=gr.Quantity(value="87.5", unit="%"))
        relations.append(gr.Rate(rate=rate.id, numerator=done.id, denominator=got.id))
        return gr.Text((*head, "收到申请", got, "，办结", done, "，办结率", rate, "。"))
    if kind == "terms_before":
        items = draw(st.lists(st.sampled_from(NOUNS), min_size=3, max_size=6, unique=True))
        terms_id = f"t{ids()}"
        terms = gr.Terms(items=items, last_sep="和", id=terms_id)
        count = gr.Metric(
            id=ids(),
            label="数",
            quantity=gr.Quantity(value=len(items), unit="", numerals="chinese"),
        )
        relations.append(gr.DeclaredCount(count=count.id, items=terms_id))
        return gr.Text((*head, "全面落实", terms, count, "大领域工作。"))
    if kind == "terms_after":
        items = draw(st.lists(st.sampled_from(SYSTEMS), min_size=2, max_size=4, unique=True))
        terms_id = f"t{ids()}"
        terms = gr.Terms(items=items, sep="，", id=terms_id)
        count = gr.Metric(
            id=ids(),
            label="数",
            quantity=gr.Quantity(value=len(items), unit="项", numerals="chinese"),
        )
        relations.append(gr.DeclaredCount(count=count.id, items=terms_id))
        return gr.Text((*head, "建立", count, "制度：", terms, "。"))
    return gr.Text((*head, words(draw), "。"))


@st.composite
def blocks(
    draw: st.DrawFn, ids: Ids, relations: list[gr.Relation], year: int, plan: bool, first: str
) -> list[gr.Block]:
    """Paragraphs (commitments in a plan) and points; *first* constrains the first block."""
    out: list[gr.Block] = []
    for n in range(draw(st.integers(1 if first != "none" else 0, 3))):
        if draw(st.booleans()) and not (n == 0 and first == "paragraph"):
            items = []
            for _ in range(draw(st.integers(2, 4))):
                lead = draw(st.sampled_from([None, "提高认识。", "抓住关键。"]))
                items.append(gr.Point(lead=lead, text=draw(sentence(ids, relations, year))))
            out.append(gr.Points(items=items, layout=draw(st.sampled_from(["inline", "lines"]))))
            continue
        text = draw(sentence(ids, relations, year))
        if plan:
            # As the importer reads plans: a figure with 以上 is the target.
            targets = [m.id for m in text.metrics() if m.quantity.approx == "以上"]
            out.append(gr.Commitment(text=text, target=targets[0] if targets else None))
        else:
            out.append(gr.Paragraph(text=text))
    return out


@st.composite
def sections(
    draw: st.DrawFn, ids: Ids, relations: list[gr.Relation], year: int, level: int, plan: bool
) -> list[gr.Section]:
    """Sections of every title style, nested down to level 4."""
    out = []
    for n in range(draw(st.integers(1, 3 if level == 1 else 2))):
        style = draw(st.sampled_from(["alone", "alone", "end", "run_in", "untitled"]))
        title: gr.Text | None = gr.Text((words(draw, 1, 2), "，", words(draw, 1, 2)))
        title_end = None
        if style == "end":
            title_end = draw(st.sampled_from(["。", "："]))
        first = {"run_in": "any", "untitled": "paragraph"}.get(style, "none")
        body = draw(blocks(ids, relations, year, plan, first))
        deeper = level < 4 and draw(st.integers(0, level + 1)) == 0
        children = draw(sections(ids, relations, year, level + 1, plan)) if deeper else []
        section_id = None
        if len(children) >= 2 and style != "untitled" and draw(st.booleans()):
            section_id = f"sec{ids()}"
            count = gr.Metric(
                id=ids(),
                label="数",
                quantity=gr.Quantity(value=len(children), unit="个", numerals="chinese"),
            )
            body.append(gr.Paragraph(text=gr.Text(("重点抓好以下", count, "方面工作："))))
            relations.append(gr.DeclaredCount(count=count.id, items=section_id))
        if style == "untitled":
            title = None
        out.append(
            gr.Section(
                title=title,
                run_in=style == "run_in",
                title_end=title_end,
                blocks=body,
                children=children,
                id=section_id,
            )
        )
        if n == 0 and level == 1 and plan:
            break
    return out


@st.composite
def reports(draw: st.DrawFn) -> gr.Report:
    """Reports in the layout the importer reads back."""
    ids, relations = Ids(), list[gr.Relation]()
    year = draw(st.integers(2000, 2030))
    body = draw(sections(ids, relations, year, 1, False))
    if draw(st.booleans()):
        plan = draw(sections(ids, relations, year, 2, True))
        body.append(
            gr.Section(title=gr.Text((gr.ReportYear(offset=1), "年工作安排")), children=plan)
        )
    rule_of_law = draw(st.booleans())
    return gr.Report(
        authority=words(draw) + "人民政府",
        title=gr.Text(
            (gr.ReportYear(), "年度法治政府建设情况报告" if rule_of_law else "年度工作报告")
        ),
        kind="rule-of-law" if rule_of_law else None,
        year=year,
        number=draw(st.sampled_from([None, "某府发〔2024〕3号"])),
        preamble=draw(blocks(ids, relations, year, False, "none")),
        sections=body,
        relations=relations,
        closing=draw(
            st.sampled_from([None, gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15))])
        ),
    )


@given(reports())
def test_generated_reports_round_trip(report: gr.Report) -> None:
    """Importing a rendered report gives back its structure, figures and relations."""
    assert shape(parse_text(render(report, "text"))) == shape(report)


def test_decimal_values_are_exact(seed: gr.Report) -> None:
    """0.9万元 is Decimal('0.9') with scale 万, not a float."""
    (fines,) = [m for m in seed.metrics().values() if m.quantity.scale == "万"]
    assert fines.quantity.value == Decimal("0.9")
    assert str(fines.quantity.value) == "0.9"


def test_impossible_share_is_a_finding_not_text() -> None:
    """Pattern 7: 办结率达到102% is a figure, so check() reports it as percent-range."""
    report = parse_text("某县信访局\n2023年度工作报告\n一、甲\n来访事项办结率达到102%。\n")
    (finding,) = [f for f in gr.check(report) if f.code == "percent-range"]
    assert (finding.location, finding.metrics) == ("一", ("s1.m1",))


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"])
def test_lines_end_only_at_newlines(char: str) -> None:
    """str.splitlines() breaks at U+2028, NEL, VT, FF and more; a report's lines do not."""
    text = f"某乡人民政府\n2023年度报告\n\n一、甲\n乙{char}丙。\n"
    report = parse_text(text)
    (paragraph,) = report.sections[0].blocks
    assert isinstance(paragraph, gr.Paragraph)
    assert paragraph.text.plain() == f"乙{char}丙。"
    assert gr.render(report, "text") == text


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_each_newline_convention_reads_the_same(newline: str) -> None:
    """\\n, \\r\\n and \\r are line ends, and give the same report."""
    lines = ["某乡人民政府", "2023年度报告", "", "一、甲", "乙。", ""]
    assert parse_text(newline.join(lines)) == parse_text("\n".join(lines))


def test_byte_order_mark_is_set_aside() -> None:
    """A leading BOM (as Notepad writes) is not part of the authority; the rest round-trips."""
    text = "某乡人民政府\n2023年度报告\n\n一、甲\n乙。\n"
    report = parse_text("\ufeff" + text)
    assert report.authority == "某乡人民政府"
    assert report == parse_text(text)
    assert gr.render(report, "text") == text
