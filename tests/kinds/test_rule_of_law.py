"""The rule-of-law kind: the five statutory items, report and plan years, the deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import govreport as gr
from govreport.kinds import Kind, rule_of_law

Run = Callable[[Kind, gr.Report], list[str]]

KIND = rule_of_law()
Y = gr.ReportYear()
NEXT = gr.ReportYear(offset=1)


def section(title: str, body: str = "……", **figures: gr.Inline) -> gr.Section:
    """A section; each template takes the figures it names."""

    def fill(template: str) -> gr.Text:
        return gr.text(template, **{k: v for k, v in figures.items() if "{" + k + "}" in template})

    return gr.Section(title=fill(title), blocks=[gr.Paragraph(text=fill(body))])


def report(*sections: gr.Section, **fields: Any) -> gr.Report:
    """A 2023 rule-of-law report with the given level-1 sections."""
    return gr.Report(
        kind="rule-of-law",
        title=gr.text("某乡人民政府{y}年度法治政府建设情况报告", y=Y),
        authority="某乡人民政府",
        year=2023,
        sections=sections,
        **fields,
    )


def complete() -> list[gr.Section]:
    return [
        section("{y}年推进法治政府建设的主要举措和成效", y=Y),
        section("党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况"),
        section("{y}年推进法治政府建设存在的不足和原因", y=Y),
        section("{y}年推进法治政府建设的主要安排", "{y}年，我们将重点抓好四个方面工作。", y=NEXT),
        section("其他需要报告的情况", "无。"),
    ]


def test_complete_report_has_no_findings(run_kind: Run) -> None:
    """All five items with the right years: nothing to report."""
    assert run_kind(KIND, report(*complete())) == []


def test_missing_items(run_kind: Run) -> None:
    """A small report lacking items: errors for statutory items, info for 其他需要报告的情况."""
    small = report(
        section("{y}年法治政府建设主要举措及成效", y=Y),
        section("下一步工作计划", "{y}年，继续推进法治政府建设。", y=NEXT),
    )
    assert run_kind(KIND, small) == [
        "error missing-part: no section on “党政主要负责人履行推进法治建设第一责任人职责，"
        "加强法治政府建设的有关情况” (looked for a heading with 第一责任人、主要负责人、述法)",
        "error missing-part: no section on “推进法治政府建设存在的不足和原因” (looked for a "
        "heading with 不足、存在的问题、存在问题、短板、差距、薄弱)",
        "info missing-part: no section on “其他需要报告的情况” (looked for a heading with "
        "其他需要报告、其他事项、其他情况)",
    ]


def test_items_in_any_order_and_combined(run_kind: Run) -> None:
    """Items are matched by keywords in any order; one section may serve two items."""
    sections = [
        section("区政府主要负责同志履行推进法治建设第一责任人职责情况"),
        section("主要举措和工作成效"),
        section("存在的问题和下一步工作打算"),
        section("其他事项"),
    ]
    assert run_kind(KIND, report(*sections)) == []


def test_item_as_a_subsection(run_kind: Run) -> None:
    """An item absent at level 1 is looked for at level 2 (（一）第一责任人… under 一、)."""
    results = gr.Section(
        title="主要举措和成效",
        children=[section("党政主要负责人履行第一责任人职责情况"), section("依法行政")],
    )
    sections = [results, *complete()[2:]]
    assert run_kind(KIND, report(*sections)) == []


def test_plan_heading_about_the_report_year(run_kind: Run) -> None:
    """A plan headed with the report year (copied from last year) is an error; its body too."""
    sections = complete()
    sections[3] = section("{y}年推进法治政府建设的主要安排", "{y}年，我们将……", y=Y)
    assert run_kind(KIND, report(*sections)) == [
        "error period-mismatch at 四: the heading of “下一年度推进法治政府建设的主要安排” names "
        "2023; it should be 2024",
        "warning period-mismatch at 四: “下一年度推进法治政府建设的主要安排” mentions 2023, but "
        "the plan is about 2024",
    ]


def test_results_heading_about_another_year(run_kind: Run) -> None:
    """A results heading naming last year is an error; later years in its body are warnings."""
    sections = complete()
    sections[0] = gr.Section(
        title=gr.text("{y}年推进法治政府建设的主要举措和成效", y=gr.Year(value=2022)),
        children=[
            section(
                "依法行政",
                "{a}年以来新建制度12项，{b}年将全面推开。",
                a=gr.Year(value=2021),
                b=NEXT,
            )
        ],
    )
    assert run_kind(KIND, report(*sections)) == [
        "error period-mismatch at 一: the heading of “推进法治政府建设的主要举措和成效” names "
        "2022; it should be 2023",
        "warning period-mismatch at 一（一）: “推进法治政府建设的主要举措和成效” mentions 2024, "
        "after the report year 2023",
    ]


def test_earlier_years_in_results_and_later_years_in_plan_are_normal(run_kind: Run) -> None:
    """Comparisons (2021年以来) and multi-year targets (到2025年) are not flagged."""
    sections = complete()
    sections[0] = section("主要举措和成效", "{a}年以来累计清理文件30件。", a=gr.Year(value=2021))
    sections[3] = section("下一年度主要安排", "到{a}年底基本建成法治政府。", a=gr.Year(value=2025))
    assert run_kind(KIND, report(*sections)) == []


def test_cited_documents_are_not_read_for_years(run_kind: Run) -> None:
    """Years in a cited document's title or number belong to that document."""
    notice = gr.DocumentReference(
        title=gr.text("关于做好{y}年法治政府建设工作的通知", y=gr.Year(value=2022)),
        number="工作通知〔2022〕38号",
    )
    sections = complete()
    sections[3] = gr.Section(
        title=gr.text("{y}年主要安排", y=NEXT),
        blocks=[gr.Paragraph(text=gr.text("按照{n}要求继续推进。", n=notice))],
    )
    assert run_kind(KIND, report(*sections)) == []


def test_report_title_year(run_kind: Run) -> None:
    """A title naming another year than the report year is an error."""
    wrong = report(*complete())
    wrong = gr.Report(
        kind=wrong.kind,
        title=gr.text("{y}年度法治政府建设情况报告", y=gr.Year(value=2024)),
        authority=wrong.authority,
        year=2023,
        sections=wrong.sections,
    )
    assert run_kind(KIND, wrong) == [
        "error period-mismatch: the title names 2024, but the report is about 2023",
    ]


@pytest.mark.parametrize(
    ("published", "kind", "expected"),
    [
        (dt.date(2024, 4, 1), rule_of_law(), []),
        (
            dt.date(2024, 4, 2),
            rule_of_law(),
            [
                "error deadline: published on 2024-04-02, after the deadline 2024-04-01 for a report about 2023"
            ],
        ),
        (
            dt.date(2024, 3, 2),
            rule_of_law(deadline=(3, 1)),
            [
                "error deadline: published on 2024-03-02, after the deadline 2024-03-01 for a report about 2023"
            ],
        ),
        (None, rule_of_law(deadline=(1, 31)), []),
    ],
)
def test_deadline(
    published: dt.date | None, kind: Kind, expected: list[str], run_kind: Run
) -> None:
    """Publication after 4月1日 of Y+1, or a configured earlier date, is an error."""
    assert run_kind(kind, report(*complete(), published=published)) == expected


def test_deadline_must_exist_every_year() -> None:
    """(2, 29) is refused: it does not come every year; so is anything but (month, day)."""
    with pytest.raises(gr.ValidationError, match=r"got \(2, 29\)"):
        rule_of_law(deadline=(2, 29))
    with pytest.raises(gr.ModelTypeError, match="tuple of ints"):
        rule_of_law(deadline=(4, 1, 0))  # type: ignore[arg-type]


# -- parts named in other words (issue: reports as published) ------------------------------------

REST = (
    "二、党政主要负责人履行第一责任人职责情况\n……\n三、存在的不足和原因\n……\n"
    "四、2024年工作安排\n……\n五、其他需要报告的情况\n无。\n"
)


def imported(body: str) -> list[str]:
    """The codes and locations of the parts findings of an imported 2023 report."""
    report = gr.parse_text("某镇人民政府\n2023年法治政府建设情况报告\n" + body)
    return [
        f"{f.severity} {f.code} {f.location}"
        for f in gr.check(report)
        if f.code in ("missing-part", "uncertain-part")
    ]


@pytest.mark.parametrize("heading", ["一、2023年法治政府建设基本情况", "一、推进法治政府建设情况"])
def test_measures_under_other_words(heading: str) -> None:
    """基本情况 and 推进…情况 head the 举措和成效 item."""
    assert imported(f"{heading}\n……\n" + REST) == []


def test_measures_under_theme_headings() -> None:
    """Themes heading level-1 sections are the measures: present, said at info, never missing."""
    body = (
        "一、强化组织保障，夯实法治建设根基\n……\n二、深化执法改革，提升执法水平\n……\n"
        "三、党政主要负责人履行第一责任人职责情况\n……\n四、存在的不足和原因\n……\n"
        "五、2024年工作安排\n……\n六、其他需要报告的情况\n无。\n"
    )
    findings = imported(body)
    assert findings == ["info uncertain-part 一"]


def test_first_responsible_person_as_a_level_three_item() -> None:
    """2.落实第一责任人职责 under （一） holds the item."""
    body = (
        "一、主要举措和成效\n（一）加强领导\n1.健全机制\n……\n2.落实第一责任人职责\n……\n"
        "二、存在的不足和原因\n……\n三、2024年工作安排\n……\n四、其他需要报告的情况\n无。\n"
    )
    assert imported(body) == []


def test_first_responsible_person_as_a_point_in_traditional_characters() -> None:
    """二是扛牢…第一責任人職責 holds the item, in traditional characters too."""
    body = (
        "一、主要举措和成效\n一是健全机制。\n二是扛牢法治建设第一責任人職責。\n"
        "二、存在的不足和原因\n……\n三、2024年工作安排\n……\n四、其他需要报告的情况\n无。\n"
    )
    assert imported(body) == []


def test_heading_year_in_any_heading_is_a_period_mismatch() -> None:
    """A heading naming 2022 in a 2023 report is a warning wherever it stands."""
    report = gr.parse_text(
        "某镇人民政府\n2023年法治政府建设情况报告\n一、主要举措\n（一）2022年以来的成效\n……\n"
        "二、2024年工作安排\n……\n"
    )
    periods = [
        (f.severity, f.location, f.message) for f in gr.check(report) if f.code == "period-mismatch"
    ]
    assert periods == [
        ("warning", "一（一）", "the heading names 2022, but the report is about 2023")
    ]
