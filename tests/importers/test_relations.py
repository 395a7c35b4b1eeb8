"""Totals, rates, declared counts and commitments read from the prose."""

from __future__ import annotations

import govreport as gr
from govreport.importers import parse_text
from govreport.renderers import render

HEAD = "某乡人民政府\n2023年度工作报告\n"


def parse(body: str) -> gr.Report:
    """Parse *body* under a fixed header, checking that the text comes back."""
    report = parse_text(HEAD + body)
    assert _normalise(render(report, "text")) == _normalise(HEAD + body)
    return report


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def values(report: gr.Report, ids: tuple[str, ...]) -> list[str]:
    """The figures with these ids, as written."""
    metrics = report.metrics()
    return [f"{metrics[i].quantity.value}{metrics[i].quantity.unit}" for i in ids]


def test_total_stops_at_the_next_qizhong() -> None:
    """560件，其中 five parts in 件; the second 其中 counts 份 and is not part of the 560."""
    report = parse(
        "一、甲\n共计发文560件，其中委发76件，委文48件，府发157件，府文58件，府函206件，"
        "其中党内规范性文件6份，上报备案文件6份。\n"
    )
    (total,) = report.relations
    assert isinstance(total, gr.Total)
    assert total.exhaustive
    assert values(report, (total.total, *total.parts)) == [
        "560件",
        "76件",
        "48件",
        "157件",
        "58件",
        "206件",
    ]


def test_partial_totals() -> None:
    """…等 lists only some parts; a single part is never all of them."""
    some = parse("一、甲\n受理案件30件，其中行政案件10件，民事案件5件等。\n")
    one = parse("一、甲\n受理案件30件，其中行政案件10件。\n")
    for report in (some, one):
        (total,) = report.relations
        assert isinstance(total, gr.Total)
        assert not total.exhaustive


def test_rate() -> None:
    """收到8件，办结7件，办结率87.5%: 办结 is the numerator, 收到 the denominator."""
    report = parse("一、甲\n收到申请8件，办结7件，办结率87.5%。\n")
    (rate,) = report.relations
    assert isinstance(rate, gr.Rate)
    assert values(report, rate.ids()) == ["87.5%", "7件", "8件"]


def test_rate_needs_its_figures() -> None:
    """A rate with no numerator in the sentence relates to nothing."""
    assert parse("一、甲\n考试通过率100%。\n").relations == ()


def test_count_of_sections() -> None:
    """以下四个方面 counts the sections that follow the paragraph."""
    report = parse("一、甲\n重点抓好以下两个方面工作：\n（一）乙。丙。\n（二）丁。戊。\n")
    (count,) = report.relations
    assert isinstance(count, gr.DeclaredCount)
    assert count.items == report.sections[0].id
    assert report.metrics()[count.count].quantity.numerals == "chinese"


def test_count_of_points() -> None:
    """存在以下三个问题 followed by points counts the points."""
    report = parse("一、甲\n存在以下三个问题：\n一是人员少。\n二是经费少。\n三是宣传少。\n")
    (count,) = report.relations
    (_, points) = report.sections[0].blocks
    assert isinstance(points, gr.Points)
    assert isinstance(count, gr.DeclaredCount)
    assert count.items == points.id


def test_count_of_terms_before() -> None:
    """A、B…和C八大领域: the terms right before the count, 和 inside an item kept whole."""
    report = parse(
        "一、甲\n全面落实市场监管、生态环境保护、交通运输、文化市场、农业、规划和自然资源、"
        "城市管理和卫生健康八大领域综合行政执法工作。\n"
    )
    (count,) = report.relations
    (paragraph,) = report.sections[0].blocks
    assert isinstance(paragraph, gr.Paragraph)
    assert isinstance(count, gr.DeclaredCount)
    (terms,) = [p for p in paragraph.text.parts if isinstance(p, gr.Terms)]
    assert count.items == terms.id
    assert terms.items[0] == "市场监管"
    assert terms.items[5] == "规划和自然资源"
    assert len(terms.items) == 8
    assert terms.last_sep == "和"


def test_count_of_terms_after() -> None:
    """三项制度 counts the three clauses ending in 制度 that follow."""
    report = parse(
        "一、甲\n（一）落实“三项制度”。一是已建立行政执法公示制度，执法全过程记录制度，"
        "重大执法决定法制审核制度，制定和完善程序规定。二是推进复议。\n"
    )
    (count,) = report.relations
    points = report.sections[0].children[0].blocks[0]
    assert isinstance(points, gr.Points)
    (terms,) = [p for p in points.items[0].text.parts if isinstance(p, gr.Terms)]
    assert isinstance(count, gr.DeclaredCount)
    assert count.items == terms.id
    assert terms.items == ("行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度")


def test_fixed_expressions_stay_words() -> None:
    """党的二十大, 十项行动, “四大体系”, 一网、一门、一次 count nothing: no metric, no relation."""
    report = parse(
        "一、甲\n贯彻党的二十大精神，深化实践十项行动，完善应急“四大体系”，"
        "实行“一网、一门、一次”办理服务，开展“六进”活动。\n"
    )
    assert report.metrics() == {}
    assert report.relations == ()


def test_plan_paragraphs_are_commitments() -> None:
    """Next year's section: paragraphs are commitments, the one ending in ： introduces them."""
    report = parse(
        "一、2024年工作安排\n2024年，重点抓好以下两个方面工作：\n（一）加大宣传力度。开展宣传活动不少于10次。\n"
        "（二）强化学习。组织学习，提升能力。\n"
    )
    plan = report.sections[0]
    assert isinstance(plan.blocks[0], gr.Paragraph)
    first, second = (child.blocks[0] for child in plan.children)
    assert isinstance(first, gr.Commitment)
    assert first.target is not None
    assert report.metrics()[first.target].quantity.approx == "不少于"
    assert isinstance(second, gr.Commitment)
    assert second.target is None


def test_lizheng_is_a_target_anywhere() -> None:
    """力争 makes a paragraph a commitment even outside a plan section."""
    report = parse("一、甲\n力争办结率达到95%，继续推进。\n")
    (block,) = report.sections[0].blocks
    assert isinstance(block, gr.Commitment)
    assert block.target is not None
