"""The table identities of §2.6: for each, a table that satisfies it and one that breaks it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport.kinds import (
    Kind,
    application_table,
    info_disclosure,
    proactive_table,
    review_litigation_table,
    table_rows,
)

Make = Callable[..., gr.Report]
Run = Callable[[Kind, gr.Report], list[str]]
Values = dict[str, Callable[[], dict[str, list[Any]]]]

KIND = info_disclosure()
ROW = "自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"
ONE = "一、本年新收政府信息公开申请数量"
TWO = "二、上年结转政府信息公开申请数量"
SEVEN = "三、本年度办理结果 （七）总计"
FOUR = "四、结转下年度继续办理"
TWENTY_ONE = "the 21 rows from （一）予以公开 to （六）其他处理"


def with_cell(table: gr.Table, row: int, column: int, cell: gr.Cell) -> gr.Table:
    """*table* with body cell (row, column) replaced, as a hand-built table might be."""
    rows = [list(r) for r in table.rows]
    rows[row][column] = cell
    return attrs.evolve(table, rows=rows)


def negative(id_: str, value: int | str, *, colspan: int = 1) -> gr.Cell:
    """A figure cell holding a negative value (the builders refuse these)."""
    quantity = gr.Quantity(value=value, change=True)
    return gr.Cell(content=gr.Metric(id=id_, label="x", quantity=quantity), colspan=colspan)


def test_consistent_tables_have_no_findings(make_disclosure: Make, run_kind: Run) -> None:
    """The small consistent tables satisfy every identity."""
    assert run_kind(KIND, make_disclosure()) == []


def test_t3_row(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T3-ROW: a row whose 总计 is not the sum of the six applicant columns."""
    v = values["applications"]()
    v["received"][0] = 4  # one more 自然人 …
    v["brought_forward"][0] = 0  # … and one fewer, so the columns still balance
    report = make_disclosure(applications=application_table(v))
    assert run_kind(KIND, report) == [
        f"error table-identity at 三: T3-ROW: 表三 row “{ONE}”: 总计 = 4, but {ROW} = "
        "4 + 1 + 0 + 0 + 0 + 0 = 5",
        f"error table-identity at 三: T3-ROW: 表三 row “{TWO}”: 总计 = 1, but {ROW} = "
        "0 + 0 + 0 + 0 + 0 + 0 = 0",
    ]


def test_t3_tot(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T3-TOT: （七）总计 is not the sum of the results rows in a column."""
    v = values["applications"]()
    v["results.disclosed"] = [3, 1, 0, 0, 0, 0, 4]
    report = make_disclosure(applications=application_table(v))
    zeros = " + 0" * 9
    assert run_kind(KIND, report) == [
        f"error table-identity at 三: T3-TOT: 表三 column “自然人”: {SEVEN} = 3, but {TWENTY_ONE} "
        f"= 3{' + 0' * 9} + 1{zeros}{' + 0'} = 4",
        f"error table-identity at 三: T3-TOT: 表三 column “总计”: {SEVEN} = 4, but {TWENTY_ONE} "
        f"= 4{' + 0' * 9} + 1{zeros}{' + 0'} = 5",
    ]


def test_t3_bal(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T3-BAL: 一 + 二 is not （七）总计 + 四 in a column (the table's own header note)."""
    v = values["applications"]()
    v["carried_over"] = [2, 0, 0, 0, 0, 0, 2]
    report = make_disclosure(applications=application_table(v))
    assert run_kind(KIND, report) == [
        f"error table-identity at 三: T3-BAL: 表三 column “自然人”: {ONE} + {TWO} = 3 + 1 = 4, "
        f"but {SEVEN} + {FOUR} = 3 + 2 = 5",
        f"error table-identity at 三: T3-BAL: 表三 column “总计”: {ONE} + {TWO} = 4 + 1 = 5, "
        f"but {SEVEN} + {FOUR} = 4 + 2 = 6",
    ]


def test_t3_nn(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T3-NN: a negative count in a hand-built 表三, with the identities it breaks."""
    table = application_table(values["applications"]())
    broken = with_cell(table, 0, 3, negative("disclosure.applications.received.research", -1))
    found = run_kind(KIND, make_disclosure(applications=broken))
    assert found == [
        f"error table-identity at 三: T3-NN: 表三 row “{ONE}”, column “科研机构”: -1 is not a whole "
        "number ≥ 0",
        f"error table-identity at 三: T3-ROW: 表三 row “{ONE}”: 总计 = 4, but {ROW} = "
        "3 + 1 + -1 + 0 + 0 + 0 = 3",
        f"error table-identity at 三: T3-BAL: 表三 column “科研机构”: {ONE} + {TWO} = -1 + 0 = -1, "
        f"but {SEVEN} + {FOUR} = 0 + 0 = 0",
    ]


def test_t4_sum(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T4-SUM: a group's 总计 is not 结果维持 + 结果纠正 + 其他结果 + 尚未审结."""
    v = values["review"]()
    assert run_kind(KIND, make_disclosure(review=review_litigation_table(v))) == []
    v["direct_suit"] = [1, 1, 0, 0, 1]
    assert run_kind(KIND, make_disclosure(review=review_litigation_table(v))) == [
        "error table-identity at 四: T4-SUM: 表四 “行政诉讼 未经复议直接起诉”: 总计 = 1, but "
        "结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1 + 1 + 0 + 0 = 2",
    ]


def test_t4_nn(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T4-NN: a negative figure in a hand-built 表四."""
    table = review_litigation_table(values["review"]())
    broken = with_cell(table, 0, 1, negative("disclosure.review_litigation.review.corrected", -1))
    assert run_kind(KIND, make_disclosure(review=broken)) == [
        "error table-identity at 四: T4-NN: 表四 row “行政复议”, column “结果纠正”: -1 is not a "
        "whole number ≥ 0",
        "error table-identity at 四: T4-SUM: 表四 “行政复议”: 总计 = 2, but "
        "结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 1 + -1 + 0 + 1 = 1",
    ]


def test_t2_nn(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T2-NN: a negative 收费金额 in a hand-built 表二 (decimals are fine)."""
    table = proactive_table(values["proactive"]())
    fee = negative("disclosure.proactive.fees.amount", "-3.5", colspan=3)
    broken = with_cell(table, 13, 1, fee)
    assert run_kind(KIND, make_disclosure(proactive=broken)) == [
        "error table-identity at 二: T2-NN: 表二 row “行政事业性收费”, column “本年收费金额（单位：万元）”: "
        "-3.5 is not ≥ 0",
    ]


def test_t3_xyr(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T3-XYR (warning): this year's 上年结转 against last year's 结转下年度, by metric id."""
    proactive = values["proactive"]()
    proactive["normative_documents"] = [1, 0, 15]  # 15 + 2 − 1 = this year's 16
    make = functools.partial(make_disclosure, year=2022, proactive=proactive_table(proactive))
    last = values["applications"]()
    previous = make(applications=application_table(last))
    kind = info_disclosure(previous=previous)
    assert run_kind(kind, make_disclosure()) == []
    last["carried_over"] = [2, 0, 0, 0, 0, 0, 2]
    last["received"] = [4, 1, 0, 0, 0, 0, 5]
    previous = make(applications=application_table(last))
    assert run_kind(KIND, previous) == []  # last year's report is consistent in itself
    assert run_kind(info_disclosure(previous=previous), make_disclosure()) == [
        f"warning table-identity at 三: T3-XYR: 表三 column “自然人”: {TWO} = 1, but the 2022 report "
        f"carried over {FOUR} = 2",
        f"warning table-identity at 三: T3-XYR: 表三 column “总计”: {TWO} = 1, but the 2022 report "
        f"carried over {FOUR} = 2",
    ]


def test_t2_roll(make_disclosure: Make, run_kind: Run, values: Values) -> None:
    """T2-ROLL (warning): 现行有效件数 = last year's + 本年制发件数 − 本年废止件数."""
    last = values["proactive"]()
    last["normative_documents"] = [3, 0, 15]
    previous = make_disclosure(year=2022, proactive=proactive_table(last))
    assert run_kind(info_disclosure(previous=previous), make_disclosure()) == []
    last["normative_documents"] = [3, 0, 14]
    previous = make_disclosure(year=2022, proactive=proactive_table(last))
    found = run_kind(info_disclosure(previous=previous), make_disclosure())
    assert found == [
        "warning table-identity at 二: T2-ROLL: 表二 row “行政规范性文件”: 现行有效件数 = 16, but "
        "the 2022 figure 14 + 本年制发件数 2 − 本年废止件数 1 = 15 (制发 may include amendments)",
    ]


def test_cross_year_needs_last_years_report(make_disclosure: Make, run_kind: Run) -> None:
    """A previous report of the wrong year, or without 表二/表三, is said so, not silently skipped."""
    wrong_year = make_disclosure(year=2021)
    assert run_kind(info_disclosure(previous=wrong_year), make_disclosure()) == [
        "warning period-mismatch: the previous report given is about 2021, not 2022; the "
        "year-on-year identities were not checked",
    ]
    bare = gr.Report(title="2022年报告", authority="某县某局", year=2022)
    found = run_kind(info_disclosure(previous=bare), make_disclosure())
    assert found == [
        "warning table-identity at 二: last year's report has no 表二 (a table with id "
        "'disclosure.proactive'); its year-on-year identity was not checked",
        "warning table-identity at 三: last year's report has no 表三 (a table with id "
        "'disclosure.applications'); its year-on-year identity was not checked",
    ]


def test_blanks_count_as_zero_by_default(make_disclosure: Make, run_kind: Run) -> None:
    """Blank cells count as 0 unless blanks='strict', which reports them and skips their sums."""
    v = {key: [None] * 7 for key in table_rows("disclosure.applications")}
    v["received"] = [2, None, None, None, None, None, 2]
    v["results.disclosed"] = [2, None, None, None, None, None, 2]
    v["results.total"] = [2, None, None, None, None, None, 2]
    report = make_disclosure(applications=application_table(v))
    assert run_kind(KIND, report) == []
    strict = run_kind(info_disclosure(blanks="strict"), report)
    assert len(strict) == 25 + 1  # every 表三 row has blanks, and 表二's 规章 row
    assert strict[0] == (
        "warning blank-cell at 二: 表二 row “规章” has blank cell(s) in 本年制发件数, 本年废止件数, "
        "现行有效件数; identities using them were not checked (write 0 where the figure is zero)"
    )
    assert all(" blank-cell " in f for f in strict)
    v["received"][6] = 3  # T3-ROW on 一 breaks even though only 自然人 and 总计 are filled
    found = run_kind(KIND, make_disclosure(applications=application_table(v)))
    assert found[0] == (
        f"error table-identity at 三: T3-ROW: 表三 row “{ONE}”: 总计 = 3, but {ROW} = "
        "2 + blank + blank + blank + blank + blank = 2"
    )


RESULT_ROWS = [k for k in table_rows("disclosure.applications") if k.startswith("results.")]


@st.composite
def consistent(draw: st.DrawFn) -> dict[str, list[int]]:
    """A random 表三 that satisfies T3-ROW, T3-TOT and T3-BAL."""
    counts = st.integers(0, 500)
    values: dict[str, list[int]] = {}
    for key in RESULT_ROWS[:-1]:
        row = draw(st.lists(counts, min_size=6, max_size=6))
        values[key] = [*row, sum(row)]
    total = [sum(values[k][c] for k in RESULT_ROWS[:-1]) for c in range(7)]
    values["results.total"] = total
    carried = draw(st.lists(counts, min_size=6, max_size=6))
    values["carried_over"] = [*carried, sum(carried)]
    # Split 三 + 四 between 一 (new) and 二 (brought forward).
    brought = [draw(st.integers(0, total[c] + carried[c])) for c in range(6)]
    values["brought_forward"] = [*brought, sum(brought)]
    received = [total[c] + carried[c] - brought[c] for c in range(6)]
    values["received"] = [*received, sum(received)]
    return values


@settings(max_examples=settings.default.max_examples * 2 // 5)
@given(values=consistent(), data=st.data())
def test_one_changed_cell_breaks_exactly_its_identities(
    values: dict[str, list[int]], data: st.DataObject, make_disclosure: Make, run_kind: Run
) -> None:
    """A consistent 表三 has no findings; raising any one cell breaks just the identities using it."""
    run, disclosure_report = run_kind, make_disclosure
    assert run(KIND, disclosure_report(applications=application_table(values))) == []
    key = data.draw(st.sampled_from(sorted(values)))
    column = data.draw(st.integers(0, 6))
    values[key][column] += data.draw(st.integers(1, 9))
    found = run(KIND, disclosure_report(applications=application_table(values)))
    expected = {"T3-ROW"}
    if key.startswith("results."):
        expected.add("T3-TOT")
    if key in ("received", "brought_forward", "results.total", "carried_over"):
        expected.add("T3-BAL")
    # One finding per broken identity: the row's T3-ROW, the column's T3-TOT / T3-BAL.
    assert sorted(f.split(": ")[1] for f in found) == sorted(expected)


@pytest.mark.parametrize("fmt", ["2021", "2019-trial"])
def test_both_formats_check_the_same_identities(
    fmt: str, make_disclosure: Make, run_kind: Run
) -> None:
    """The 2019 trial tables are read with their own layout and give the same findings."""
    v = {key: [0] * 7 for key in table_rows("disclosure.applications", format=fmt)}
    v["received"] = [1, 0, 0, 0, 0, 0, 1]
    v["carried_over"] = [1, 0, 0, 0, 0, 0, 2]
    p = {
        key: [0] * len(c) for key, (_, c) in table_rows("disclosure.proactive", format=fmt).items()
    }
    report = make_disclosure(
        applications=application_table(v, format=fmt), proactive=proactive_table(p, format=fmt)
    )
    found = run_kind(info_disclosure(format=fmt), report)
    assert [f.split(": ")[1] for f in found] == ["T3-ROW", "T3-BAL"]
