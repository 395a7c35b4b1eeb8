"""Pattern 1, web chrome: what a copy of a web page carries is set aside, with line numbers."""

from __future__ import annotations

import govreport as gr
from govreport.importers import parse_text

BODY = "一、主要举措\n检查企业12家。\n"


def aside(report: gr.Report) -> list[tuple[int, str, str]]:
    return [(a.line, a.text, a.reason) for a in report.set_aside]


def test_page_tools_and_navigation_lines() -> None:
    """字号, 当前位置, 无障碍 简体|繁体 and 打印 关闭 are set aside wherever they stand."""
    text = (
        "当前位置:首页 > 政务公开 > 年度报告\n字号：大 中 小\n无障碍 简体| 繁体\n"
        "某镇人民政府\n2023年度法治政府建设情况报告\n" + BODY + "打印 关闭\n"
    )
    report = parse_text(text)
    assert (report.authority, report.year) == ("某镇人民政府", 2023)
    assert [line for line, _, _ in aside(report)] == [1, 2, 3, 8]
    assert {reason for _, _, reason in aside(report)} == {"web page"}


def test_publication_metadata_lines() -> None:
    """发布日期, 发布时间, 来源 … 发布时间 and 信息来源 lines are page metadata."""
    text = (
        "某区人民政府\n2023年度法治政府建设情况报告\n发布日期：2024-01-31\n"
        "来源:某区人民政府办公室 发布时间:2024-03-28 09:18\n信息来源：某区司法局\n" + BODY
    )
    report = parse_text(text)
    assert [line for line, _, _ in aside(report)] == [3, 4, 5]
    assert report.sections[0].title is not None


def test_site_date_line() -> None:
    """A site's line with a date and a weekday is not the authority or the title."""
    text = "某区人民政府 2023年12月3日星期二\n某区人民政府\n2023年度工作报告\n" + BODY
    report = parse_text(text)
    assert report.authority == "某区人民政府"
    assert aside(report) == [(1, "某区人民政府 2023年12月3日星期二", "web page")]


def test_title_printed_twice() -> None:
    """The second copy of the title is set aside as a repeated title."""
    text = "某乡人民政府\n2023年度工作报告\n2023年度工作报告\n" + BODY
    report = parse_text(text)
    assert aside(report) == [(3, "2023年度工作报告", "repeated title")]
    assert len(report.preamble) == 0


def test_watermark_inside_paragraphs() -> None:
    """A site's text ending in an address, repeated in paragraphs, is taken out of them."""
    mark = "某某网—资源每日更新www.example.com"
    text = f"某乡人民政府\n2023年度工作报告\n一、甲\n检查企业12家{mark}，处罚2起。\n{mark}出动人员30人次。\n"
    report = parse_text(text)
    assert gr.render(report, "text").splitlines()[-2:] == [
        "检查企业12家，处罚2起。",
        "出动人员30人次。",
    ]
    assert aside(report) == [(4, mark, "watermark"), (5, mark, "watermark")]
    assert len(report.metrics()) == 3


def test_traditional_chrome() -> None:
    """發布時間 is chrome in traditional characters too."""
    text = "發布時間：2025-01-20\n小龍門鄉人民政府\n2024年法治政府建設情況報告\n" + BODY
    report = parse_text(text)
    assert aside(report) == [(1, "發布時間：2025-01-20", "web page")]
    assert (report.authority, report.kind) == ("小龍門鄉人民政府", "rule-of-law")
