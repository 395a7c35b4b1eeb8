"""Reading prescribed tables by their labels: the tolerant reader the importers rely on."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport.kinds._recognise import identify, normal, read_by_labels
from govreport.kinds._tables import application_spec
from govreport.kinds.info_disclosure import (
    application_table,
    proactive_table,
    review_litigation_table,
    table_rows,
)

APPLICATIONS = "disclosure.applications"


def flat(rows: list[list[str | None]]) -> gr.Table:
    """A table as copies give it: no spans but a short row's first cell, which spans the gap."""
    width = max(map(len, rows))
    return gr.Table(
        rows=[
            [
                gr.Cell(content=c, colspan=1 + (width - len(row) if i == 0 else 0))
                for i, c in enumerate(row)
            ]
            for row in rows
        ]
    )


def t3_rows(format: str = "2021", *, fill: int = 0) -> list[list[str | None]]:
    """表三 flattened: one row per figure row, its label chain in the first cells."""
    rows: list[list[str | None]] = [["申请人情况"], ["自然人", "法人或其他组织", "总计"]]
    for _, (label, _columns) in table_rows(APPLICATIONS, format=format).items():
        *groups, leaf = label.split(" ")
        rows.append([*groups, leaf, *[str(fill)] * 6, str(fill * 6)])
    return rows


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("1、属于 国家秘密", "属于国家秘密"),
        ("(三)不予公开", "不予公开"),
        ("四．结转下年度继续办理", "结转下年度继续办理"),
        ('3.危及"三安全一稳定"', "危及三安全一稳定"),
        ("商业 企业", "商业企业"),
    ],
)
def test_labels_compare_without_spacing_markers_and_quotes(label: str, expected: str) -> None:
    assert normal(label) == expected


def test_flattened_application_table_is_read_with_every_figure() -> None:
    found = identify(flat(t3_rows(fill=1)))
    assert found is not None
    assert (found.spec.id, found.format, found.problems) == (APPLICATIONS, "2021", ())
    assert len(found.cells) == 25 * 7
    total = found.metrics[f"{APPLICATIONS}.received.total"]
    assert total is not None
    assert total.quantity.value == 6


def test_trial_format_is_told_apart_by_its_rows() -> None:
    found = identify(flat(t3_rows("2019-trial")))
    assert found is not None
    assert (found.format, found.problems) == ("2019-trial", ())


def test_stray_spaces_and_ascii_markers_are_tolerated() -> None:
    rows = t3_rows()
    rows[2][0] = "一、本年新收 政府信息公开申请数量"
    rows[5][1] = "(二)部分公开"  # the format's long wording cut short, in ASCII brackets
    found = identify(flat(rows))
    assert found is not None
    assert found.problems == ()


def test_not_applicable_cells_are_marked_not_blank() -> None:
    rows = t3_rows()
    rows[2][2] = "/"
    found = identify(flat(rows))
    assert found is not None
    assert found.problems == ()
    cell = f"{APPLICATIONS}.received.commercial"
    assert found.metrics[cell] is None
    assert cell in found.not_applicable


def test_span_fillers_are_dropped_but_a_short_row_is_a_problem() -> None:
    rows = t3_rows()
    rows[2] = [*rows[2][:1], None, None, *rows[2][1:]]  # fillers of a label spanning 3 columns
    assert identify(flat(rows)).problems == ()  # type: ignore[union-attr]
    rows[3] = rows[3][:5]  # blank cells collapsed by a copy: the row cannot be placed
    found = identify(flat(rows))
    assert found is not None
    assert found.problems == (
        "row “二、上年结转政府信息公开申请数量” has 4 figure cell(s); the format has 7",
    )


def test_missing_and_unexpected_rows_are_named() -> None:
    rows = t3_rows()
    del rows[4]  # （一）予以公开
    rows.insert(6, ["（二点五）另行处理", "1", "0", "0", "0", "0", "0", "1"])
    found = read_by_labels(application_spec("2021"), flat(rows))
    assert found.problems == (
        "no row “三、本年度办理结果 （一）予以公开”",
        "an unexpected row “（二点五）另行处理”",
    )


def test_builder_tables_read_the_same_by_labels() -> None:
    """The builders' own layout reads by labels to the same figures as by position."""
    values = {key: [2, 0, 0, 0, 0, 0, 2] for key in table_rows(APPLICATIONS)}
    table = application_table(values)
    exact = application_spec("2021").read(table)
    tolerant = read_by_labels(application_spec("2021"), table)
    assert tolerant.problems == ()
    assert tolerant.metrics == exact.metrics


def test_each_prescribed_table_is_identified() -> None:
    proactive = proactive_table(
        {
            "rules": [0, 0, 0],
            "normative_documents": [1, 0, 5],
            "licensing": [3],
            "penalties": [4],
            "coercion": [None],
            "fees": ["1.5"],
        }
    )
    review = review_litigation_table(
        {"review": [1, 0, 0, 0, 1], "direct_suit": [0] * 5, "suit_after_review": [0] * 5}
    )
    assert [identify(t).spec.id for t in (proactive, review)] == [  # type: ignore[union-attr]
        "disclosure.proactive",
        "disclosure.review_litigation",
    ]


def test_other_tables_are_not_taken_for_prescribed_ones() -> None:
    table = flat([["项目", "数量"], ["行政复议案件", "3"], ["行政诉讼案件", "1"]])
    assert identify(table) is None


@given(st.lists(st.integers(0, 500), min_size=7, max_size=7), st.sampled_from(["", " ", "  "]))
def test_any_figures_come_back_in_their_columns(figures: list[int], space: str) -> None:
    rows = t3_rows()
    rows[2] = [space.join("一、本年新收政府信息公开申请数量"), *map(str, figures)]
    found = identify(flat(rows))
    assert found is not None
    assert found.problems == ()
    columns = ("natural_person", "commercial", "research", "public_interest", "legal_services")
    read = [found.metrics[f"{APPLICATIONS}.received.{c}"] for c in (*columns, "other", "total")]
    assert [m.quantity.value for m in read if m is not None] == [Decimal(f) for f in figures]


def test_a_table_sharing_a_few_labels_is_not_the_format() -> None:
    """A list of powers (行政许可, 行政处罚…) is not 表二, even with 本年处理决定数量 in it."""
    table = flat(
        [
            ["事项", "本年处理决定数量"],
            ["规章", "1"],
            ["行政许可", "3"],
            ["行政处罚", "2"],
            ["行政征收", "4"],
            ["行政给付", "5"],
            ["行政检查", "6"],
            ["行政确认", "7"],
            ["行政奖励", "8"],
        ]
    )
    assert identify(table) is None


def test_figures_with_thousands_separators_and_full_width_digits() -> None:
    rows = t3_rows()
    rows[2] = ["一、本年新收政府信息公开申请数量", "1,200", "３", "0", "0", "0", "0", "1,203"]
    found = identify(flat(rows))
    assert found is not None
    assert found.problems == ()
    total = found.metrics[f"{APPLICATIONS}.received.total"]
    assert total is not None
    assert total.quantity.value == 1203
