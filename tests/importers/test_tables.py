"""The prescribed tables among imported ones: ids, checks, and what stays as published."""

from __future__ import annotations

import govreport as gr
from govreport.kinds.info_disclosure import table_rows

APPLICATIONS = "disclosure.applications"


def t3_pipe(*, received: str = "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |", total: str | None = None) -> str:
    """表三 as copied from a web page: one pipe row per figure row, merged labels once."""
    lines = ["| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |"]
    seen: set[str] = set()
    for key, (label, _) in table_rows(APPLICATIONS).items():
        *groups, leaf = label.split(" ")
        new = [g for g in groups if g not in seen]
        seen.update(groups)
        if key == "received":
            figures = received
        elif key in ("results.disclosed", "results.total"):
            figures = "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |" if total is None else total
        else:
            figures = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
        lines.append("| " + " | ".join([*new, leaf]) + " " + figures)
    return "\n".join(lines)


def report(overview: str = "本年度收到申请3件。", table: str | None = None) -> str:
    return "\n".join(
        [
            "某县某局",
            "某县某局2023年政府信息公开工作年度报告",
            "一、总体情况",
            overview,
            "二、主动公开政府信息情况",
            "规章 | 0 | 0 | 0 |",
            "行政规范性文件 | 2 | 1 | 15 |",
            "行政许可 | 12 |",
            "行政处罚 | 3 |",
            "行政强制 | 0 |",
            "行政事业性收费 | 0 |",
            "三、收到和处理政府信息公开申请情况",
            t3_pipe() if table is None else table,
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议\t\t\t\t\t行政诉讼",
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
            "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
            "五、存在的主要问题及改进情况",
            "无。",
            "六、其他需要报告的事项",
            "无。",
        ]
    )


def test_flattened_tables_are_the_prescribed_ones_and_check_clean() -> None:
    imported = gr.parse_text(report())
    tables = [b for s in imported.sections for b in s.blocks if isinstance(b, gr.Table)]
    assert [t.id for t in tables] == [
        "disclosure.proactive",
        "disclosure.applications",
        "disclosure.review_litigation",
    ]
    received = imported.metrics()[f"{APPLICATIONS}.received.total"]
    assert (received.label, received.quantity.value) == (
        "一、本年新收政府信息公开申请数量：总计",
        3,
    )
    assert gr.check(imported) == []


def test_table_rows_never_become_headings() -> None:
    """四、结转下年度继续办理 in 表三 is a row, and the real part 四 stays a part."""
    imported = gr.parse_text(report())
    titles = [s.title.plain() for s in imported.sections if s.title is not None]
    assert titles[3] == "政府信息公开行政复议、行政诉讼情况"
    assert len(titles) == 6


def test_prose_against_the_table() -> None:
    imported = gr.parse_text(report("本年度共受理政府信息公开申请2件。"))
    (finding,) = gr.check(imported)
    assert (finding.code, finding.severity, finding.location) == ("table-mismatch", "error", "一")
    assert finding.message == (
        "the text says 新收申请 2件, but the table has 一、本年新收政府信息公开申请数量：总计 = 3"
    )


def test_a_blank_total_column_is_found() -> None:
    blank = "| 3 | 0 | 0 | 0 | 0 | 0 | |"
    imported = gr.parse_text(report(table=t3_pipe(received=blank, total=blank)))
    (finding,) = gr.check(imported)
    assert (finding.code, finding.severity) == ("blank-cell", "warning")
    assert finding.message.startswith("表三 column “总计” is blank in 3 row(s)")


def test_an_unreadable_table_is_named_not_missing() -> None:
    """A row whose blank cells were collapsed cannot be placed: table-layout, not 'no 表三'."""
    imported = gr.parse_text(report(table=t3_pipe(received="| 3 | 3 |")))
    (finding,) = gr.check(imported)
    assert finding.code == "table-layout"
    assert "row “一、本年新收政府信息公开申请数量” has 2 figure cell(s); the format has 7" in (
        finding.message
    )


def test_tables_in_other_reports_stay_generic() -> None:
    text = (
        "某乡人民政府\n2023年度工作报告\n一、甲\n| 规章 | 0 |\n| 行政许可 | 1 |\n| 行政处罚 | 2 |"
    )
    (table,) = gr.parse_text(text).sections[0].blocks
    assert isinstance(table, gr.Table)
    assert table.id is None
