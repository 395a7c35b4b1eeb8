"""Lines into the body: headings, titles, run-in titles and points."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport.importers import parse_text
from govreport.renderers import render

HEAD = "某乡人民政府\n2023年度工作报告\n"


def parse(body: str, **options: str) -> gr.Report:
    """Parse *body* under a fixed header, strict markers unless told, checking that the
    text comes back."""
    options.setdefault("markers", "standard")
    report = parse_text(HEAD + body, **options)  # type: ignore[arg-type]
    if options["markers"] == "standard":
        rendered = render(report, "text", numbering=options.get("numbering", "restart"))
        assert _normalise(rendered) == _normalise(HEAD + body)
    return report


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def tree(report: gr.Report) -> list[object]:
    """Section titles (or None), nested."""

    def one(s: gr.Section) -> object:
        title = None if s.title is None else s.title.plain()
        return (title, [one(c) for c in s.children]) if s.children else title

    return [one(s) for s in report.sections]


def test_heading_levels() -> None:
    """一、 （一） 1. （1） nest in GB/T 9704 order."""
    report = parse("一、甲\n（一）乙\n1.丙\n（1）丁\n（2）戊\n2.己\n（二）庚\n二、辛\n")
    assert tree(report) == [("甲", [("乙", [("丙", ["丁", "戊"]), "己"]), "庚"]), "辛"]


@pytest.mark.parametrize(
    "body",
    [
        "一、甲\n3.丙\n",  # level 3 under level 1
        "一、甲\n（二）乙\n",  # （二） before （一）
        "一、甲\n 二、乙\n",  # indented
        "一、甲\n二、\n",  # a bare marker
        "一、甲\n（一）乙\n1.5倍于去年\n",  # a decimal, not 1.
        "（一）乙\n",  # no level 1 yet: preamble prose
    ],
)
def test_markers_out_of_place_stay_prose(body: str) -> None:
    """With strict markers, one that is not the next at an open level is prose, in place."""
    report = parse(body)
    last = body.splitlines()[-1]
    container = report.sections[0] if report.sections else None
    while container is not None and container.children:
        container = container.children[-1]
    blocks = report.preamble if container is None else container.blocks
    assert isinstance(blocks[-1], gr.Paragraph)
    assert blocks[-1].text.plain() == last


def test_run_in_and_title_only() -> None:
    """A short first sentence is a run-in title; a title alone keeps its 。 or ：."""
    report = parse(
        "一、甲\n（一）加大宣传力度。大力推进法治宣传，提升群众法治思想。\n（二）工作任务推进情况：\n"
        "1.全面履行政府职能。\n"
    )
    first, second = report.sections[0].children
    assert first.title is not None
    assert first.title.plain() == "加大宣传力度"
    assert first.run_in
    assert first.heading_end == "。"
    assert second.title_end == "："
    assert not second.run_in
    (third,) = second.children
    assert third.title_end == "。"
    assert not third.run_in


@pytest.mark.parametrize(
    "line",
    [
        "（一）全面加快推动相关领域精简、整合审批事项，依法做好权责清单动态调整。扎实开展工作。",
        "（一）强化学习能力，借鉴成功方法机制，因地制宜，强化工作落实。",
        "（一）检查企业366家。出动人员1464人次。",
        "（一）一是学习。二是宣传。",
    ],
)
def test_untitled_sections(line: str) -> None:
    """A first sentence that does not read like a title starts an untitled section's body."""
    (section,) = parse("一、甲\n" + line + "\n").sections[0].children
    assert section.title is None
    assert section.blocks


def test_inline_points_with_leads() -> None:
    """一是…二是… after sentence ends; a short first sentence is the point's lead."""
    (section,) = parse(
        "一、甲\n（一）乙。一是提高认识。加强培训，提升能力。二是把学习，宣传结合起来。\n"
    ).sections
    (points,) = section.children[0].blocks
    assert isinstance(points, gr.Points)
    assert points.layout == "inline"
    first, second = points.items
    assert first.lead is not None
    assert first.lead.plain() == "提高认识。"
    assert second.lead is None


def test_point_markers_mid_sentence_do_not_split() -> None:
    """二是 after a comma is not a new point, so there is only one: a paragraph."""
    report = parse("一、甲\n一是学习，二是宣传。\n")
    (block,) = report.sections[0].blocks
    assert isinstance(block, gr.Paragraph)


def test_points_one_per_line() -> None:
    """Lines opening with 一是, 二是 in order are points laid out one per line."""
    report = parse("一、甲\n一是缺少专职人员。我乡干部年龄偏大。\n二是宣传不够深入。\n三是\n")
    points, rest = report.sections[0].blocks
    assert isinstance(points, gr.Points)
    assert points.layout == "lines"
    assert len(points.items) == 2
    assert isinstance(rest, gr.Paragraph)


def test_numbering_continuous() -> None:
    """With numbering="continuous", 3. after （二） continues 1. 2. under （一）."""
    body = "一、甲\n（一）乙\n1.丙\n2.丁\n（二）戊\n3.己\n"
    report = parse(body, numbering="continuous")
    assert tree(report) == [("甲", [("乙", ["丙", "丁"]), ("戊", ["己"])])]
    restarted = parse(body)
    assert tree(restarted) == [("甲", [("乙", ["丙", "丁"]), "戊"])]


def test_marker_variants() -> None:
    """With markers="variants", 1、 (1) ⑴ (一) （一）、 are headings too, rendered the standard way."""
    report = parse("一、甲\n(一)乙\n1、丙\n⑴丁\n(2)戊\n（二）、己\n", markers="variants")
    assert tree(report) == [("甲", [("乙", [("丙", ["丁", "戊"])]), "己"])]
    assert "（一）乙\n1.丙\n（1）丁\n（2）戊\n（二）己" in render(report, "text")


# -- pattern 3: layout ----------------------------------------------------------------------------


def lenient(body: str) -> gr.Report:
    return parse_text(HEAD + body)


def test_indented_lines() -> None:
    """ASCII spaces, full-width spaces and tabs before a line are layout."""
    report = lenient("  一、甲\n\u3000\u3000（一）乙\n\t检查企业12家。\n")
    assert tree(report) == [("甲", ["乙"])]
    assert gr.render(report, "text").splitlines()[-1] == "检查企业12家。"


def test_ascii_punctuation() -> None:
    """(一), 1. and a period written 一. are the standard markers in ASCII."""
    report = lenient("一.甲\n(一)乙\n1.丙\n(1)丁\n")
    assert tree(report) == [("甲", [("乙", [("丙", ["丁"])])])]


def test_blank_lines_between_paragraphs() -> None:
    """Blank lines everywhere change nothing."""
    assert tree(lenient("\n\n一、甲\n\n\n（一）乙\n\n正文。\n\n")) == [("甲", ["乙"])]


def test_space_after_the_marker() -> None:
    """1. 加强…, (一) 加強…: the space after a marker goes."""
    report = lenient("一、甲\n(一) 加強鄉鎮建設\n1. 加强规范性文件管理。\n")
    assert tree(report) == [("甲", [("加強鄉鎮建設", ["加强规范性文件管理"])])]


def test_level_three_right_under_level_one() -> None:
    """1. 2. directly under 一、 are its subsections; （1） under them goes one deeper."""
    report = lenient("一、甲\n1.乙\n（1）丙\n2.丁\n二、戊\n1.己\n")
    assert tree(report) == [("甲", [("乙", ["丙"]), "丁"]), ("戊", ["己"])]


def test_whole_report_on_one_line() -> None:
    """A report pasted as one line: its headings after sentence ends open sections."""
    filler = "依法推进各项工作。" * 60
    report = lenient(
        f"一、主要举措。{filler}检查企业12家。二、存在问题。{filler}三、下一步安排：{filler}\n"
    )
    assert [s.title.plain() for s in report.sections if s.title] == [
        "主要举措",
        "存在问题",
        "下一步安排",
    ]
    assert len(report.metrics()) == 1


def test_a_doubled_marker_is_not_a_heading() -> None:
    """一、一、… stays prose: a title never repeats its marker, so the text comes back as is."""
    text = "某乡人民政府\n2023年度报告\n一、一、主要举措\n"
    report = gr.parse_text(text)
    assert report.sections == ()
    assert gr.render(report, "text").splitlines()[-1] == "一、一、主要举措"
