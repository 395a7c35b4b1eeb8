"""The info-disclosure kind: six parts, prescribed tables, title year and deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

import govreport as gr
from govreport.kinds import (
    Kind,
    application_table,
    info_disclosure,
    proactive_table,
    table_rows,
)

Make = Callable[..., gr.Report]
Run = Callable[[Kind, gr.Report], list[str]]

KIND = info_disclosure()


def test_kind_is_a_configured_value() -> None:
    """Factories return equal kinds for equal configurations and refuse bad options."""
    assert info_disclosure(format="auto", blanks="zero", deadline=(1, 31)) == KIND
    assert info_disclosure(format="2021") != KIND
    assert info_disclosure(deadline=(3, 31)) != KIND
    assert (KIND.name, KIND.title) == ("info-disclosure", "政府信息公开工作年度报告")
    with pytest.raises(
        gr.ValidationError, match="'format' must be one of 'auto', '2021', '2019-trial'"
    ):
        info_disclosure(format="2021-final")
    with pytest.raises(gr.ModelTypeError, match="'previous' must be a Report"):
        info_disclosure(previous="2022.json")  # type: ignore[arg-type]
    with pytest.raises(gr.ModelTypeError, match=r"'deadline' must be a \(month, day\) tuple"):
        info_disclosure(deadline="01-31")  # type: ignore[arg-type]


def test_complete_report_has_no_findings(make_disclosure: Make, run_kind: Run) -> None:
    """Six parts and three consistent tables give no finding."""
    assert run_kind(KIND, make_disclosure()) == []


def test_missing_part(make_disclosure: Make, run_kind: Run) -> None:
    """A missing part is an error naming it and the keywords looked for."""
    titles = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况"]
    titles += ["政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况"]
    assert run_kind(KIND, make_disclosure(titles=titles)) == [
        "error missing-part: no part “其他需要报告的事项” (looked for a level-1 heading with "
        "其他需要报告、其他事项)",
    ]


def test_heading_variants_are_recognised(make_disclosure: Make, run_kind: Run) -> None:
    """Headings seen in real reports (§2.2 variants) match their parts."""
    titles = [
        "总体情况",
        "主动公开政府信息情况",
        "收到和处理政府信息公开申请情况",
        "因政府信息公开工作被申请行政复议和提起行政诉讼情况",
        "政府信息公开工作存在的主要问题及改进情况",
        "其他需要报告的事项",
    ]
    assert run_kind(KIND, make_disclosure(titles=titles)) == []
    titles[4] = "存在问题及改进情况"
    assert run_kind(KIND, make_disclosure(titles=titles)) == []


def test_subsection_does_not_stand_for_a_part(run_kind: Run) -> None:
    """（一）主动公开 under 一、总体情况 is not part 二: parts are level-1 sections."""
    report = gr.Report(
        title="2023年政府信息公开工作年度报告",
        authority="某县某局",
        year=2023,
        sections=[gr.Section(title="总体情况", children=[gr.Section(title="主动公开")])],
    )
    found = run_kind(KIND, report)
    assert (
        "error missing-part: no part “主动公开政府信息情况” (looked for a level-1 heading with 主动公开)"
        in found
    )
    assert len([f for f in found if "missing-part" in f]) == 5 + 3  # five parts, three tables


def test_missing_table(make_disclosure: Make, run_kind: Run) -> None:
    """A part without its prescribed table is a missing-part error located at that part."""
    report = make_disclosure()
    sections = list(report.sections)
    sections[2] = gr.Section(
        title=sections[2].title, blocks=[gr.Paragraph(text="本年度未收到申请。")]
    )
    assert run_kind(KIND, attrs.evolve(report, sections=sections)) == [
        "error missing-part at 三: no 表三 (a Table with id 'disclosure.applications'); build it "
        "with application_table()",
    ]


def test_a_table_that_does_not_read_as_the_format_is_said_with_less_certainty(
    make_disclosure: Make, run_kind: Run
) -> None:
    """A part that holds a table which does not read as its prescribed one (garbled in
    copying, or the agency's own) is not called missing: an info says what was looked for."""
    report = make_disclosure()
    sections = list(report.sections)
    own = gr.Table(rows=[["申请", "3"], ["办结", "3"]])
    sections[2] = gr.Section(title=sections[2].title, blocks=[gr.Paragraph(text="情况如下。"), own])
    assert run_kind(KIND, attrs.evolve(report, sections=sections)) == [
        "info missing-part at 三: no table in this part reads as 表三 (looked for its rows by "
        "their labels, 本年新收、结转、予以公开 among them); its figures are not checked",
    ]
    finding = next(
        f for f in gr.check(attrs.evolve(report, sections=sections)) if f.code == "missing-part"
    )
    assert finding.format("zh_Hans_CN") == (
        "本部分没有表格能读作表三（按各行的标签查找，其中有本年新收、结转、予以公开），其中的数字未予核对。"
    )


def test_layout_finding_replaces_identities(make_disclosure: Make, run_kind: Run) -> None:
    """A table with the prescribed id but another layout gets one table-layout error, no sums."""
    values = {key: [0] * 7 for key in table_rows("disclosure.applications", format="2019-trial")}
    values["received"] = [1, 0, 0, 0, 0, 0, 9]
    old = application_table(values, format="2019-trial")
    assert run_kind(info_disclosure(format="2021"), make_disclosure(applications=old)) == [
        "error table-layout at 三: 表三 ('disclosure.applications') is not laid out as the 2021 "
        "format: an unexpected row “（六）其他处理”; no row “三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再"
        "处理其政府信息公开申请”, “三、本年度办理结果 （六）其他处理 2.申请人逾期未按收费通知要求缴纳"
        "费用、行政机关不再处理其政府信息公开申请”, “三、本年度办理结果 （六）其他处理 3.其他”; "
        "build it with application_table()",
    ]
    # By default each table is read in the format it is laid out in: its sums are checked.
    auto = run_kind(KIND, make_disclosure(applications=old))
    assert [f.split(": ")[0:2] for f in auto] == [
        ["error table-identity at 三", "T3-ROW"],
        ["error table-identity at 三", "T3-BAL"],
        ["error table-identity at 三", "T3-BAL"],
    ]
    found = run_kind(info_disclosure(format="2019-trial"), make_disclosure(applications=old))
    assert [f.split(": ")[0:2] for f in found][:2] == [
        [
            "error table-layout at 二",
            "表二 ('disclosure.proactive') is not laid out as the 2019-trial format",
        ],
        ["error table-identity at 三", "T3-ROW"],
    ]


def test_layout_finding_lists_at_most_three_problems(make_disclosure: Make, run_kind: Run) -> None:
    """Many layout problems are summarised: the first three and a count of the rest."""
    table = proactive_table(
        {
            "rules": [0, 0, 0],
            "normative_documents": [0, 0, 0],
            "licensing": [0],
            "penalties": [0],
            "coercion": [0],
            "fees": [0],
        }
    )
    relabelled = attrs.evolve(
        table,
        rows=[
            (gr.Cell(content=f"第{i}行", header=True), *row[1:]) if len(row) > 1 else row
            for i, row in enumerate(table.rows)
        ],
    )
    (finding,) = run_kind(KIND, make_disclosure(proactive=relabelled))
    assert finding.startswith(
        "error table-layout at 二: 表二 ('disclosure.proactive') is not laid out"
    )
    assert "; and 7 more; build it with proactive_table()" in finding


@pytest.mark.parametrize(
    ("published", "deadline", "expected"),
    [
        (dt.date(2024, 1, 31), (1, 31), []),
        (
            dt.date(2024, 2, 1),
            (1, 31),
            [
                "error deadline: published on 2024-02-01, after the deadline 2024-01-31 "
                "for a report about 2023"
            ],
        ),
        (dt.date(2024, 3, 31), (3, 31), []),
        (None, (1, 31), []),
    ],
)
def test_deadline(
    published: dt.date | None,
    deadline: tuple[int, int],
    expected: list[str],
    make_disclosure: Make,
    run_kind: Run,
) -> None:
    """Publication after (month, day) of Y+1 is an error; 1月31日 by default (条例第四十九条)."""
    report = make_disclosure(published=published)
    assert run_kind(info_disclosure(deadline=deadline), report) == expected


def test_title_names_the_report_year(make_disclosure: Make, run_kind: Run) -> None:
    """A title naming another year than the report year is a period-mismatch error."""
    report = attrs.evolve(
        make_disclosure(),
        title=gr.text("某县某局{y}年政府信息公开工作年度报告", y=gr.Year(value=2022)),
    )
    assert run_kind(KIND, report) == [
        "error period-mismatch: the title names 2022, but the report is about 2023",
    ]


def test_table_rows_rejects_unknown_table() -> None:
    """table_rows names the prescribed tables when asked for another."""
    with pytest.raises(
        gr.ValidationError, match=r"no prescribed table 'disclosure\.fees'; the tables"
    ):
        table_rows("disclosure.fees")
