"""The prescribed tables as generic Tables: labels, spans, figures, and reading them back."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport.kinds import application_table, proactive_table, review_litigation_table, table_rows
from govreport.kinds._labels import T3_NOTE
from govreport.kinds._tables import application_spec, review_litigation_spec


def grid(table: gr.Table) -> dict[tuple[int, int], gr.Cell]:
    """Each cell at the (row, column) where it starts, header rows first."""
    found: dict[tuple[int, int], gr.Cell] = {}
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(table.header + table.rows):
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            found[(r, c)] = cell
            covered |= {(r + i, c + j) for i in range(cell.rowspan) for j in range(cell.colspan)}
            c += cell.colspan
    return found


def label(cell: gr.Cell) -> str:
    assert isinstance(cell.content, gr.Text)
    return cell.content.plain()


def spans(cell: gr.Cell) -> tuple[int, int]:
    return cell.rowspan, cell.colspan


def zeros(id_: str, *, format: str = "2021") -> dict[str, list[int | None]]:
    return {key: [0] * len(cols) for key, (_, cols) in table_rows(id_, format=format).items()}


APPLICATIONS = "disclosure.applications"


def test_application_header_spans() -> None:
    """表三's three header rows carry the note (3×3), 申请人情况 (7 wide) and the column groups."""
    g = grid(application_table(zeros(APPLICATIONS)))
    assert (label(g[0, 0]), spans(g[0, 0])) == (T3_NOTE, (3, 3))
    assert (label(g[0, 3]), spans(g[0, 3])) == ("申请人情况", (1, 7))
    assert (label(g[1, 3]), spans(g[1, 3])) == ("自然人", (2, 1))
    assert (label(g[1, 4]), spans(g[1, 4])) == ("法人或其他组织", (1, 5))
    assert (label(g[1, 9]), spans(g[1, 9])) == ("总计", (2, 1))
    assert [label(g[2, c]) for c in range(4, 9)] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    assert all(cell.header for row in application_table(zeros(APPLICATIONS)).header for cell in row)


def test_application_body_spans_2021() -> None:
    """三、本年度办理结果 spans 22 rows; （三）–（六） span 8, 3, 5, 3; 一/二/四 span 3 columns."""
    table = application_table(zeros(APPLICATIONS))
    g = grid(table)
    assert (table.width, len(table.rows)) == (10, 25)
    expected = {
        (3, 0): ("一、本年新收政府信息公开申请数量", (1, 3)),
        (4, 0): ("二、上年结转政府信息公开申请数量", (1, 3)),
        (5, 0): ("三、本年度办理结果", (22, 1)),
        (5, 1): ("（一）予以公开", (1, 2)),
        (6, 1): ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", (1, 2)),
        (7, 1): ("（三）不予公开", (8, 1)),
        (7, 2): ("1.属于国家秘密", (1, 1)),
        (15, 1): ("（四）无法提供", (3, 1)),
        (18, 1): ("（五）不予处理", (5, 1)),
        (23, 1): ("（六）其他处理", (3, 1)),
        (25, 2): ("3.其他", (1, 1)),
        (26, 1): ("（七）总计", (1, 2)),
        (27, 0): ("四、结转下年度继续办理", (1, 3)),
    }
    for where, (text, span) in expected.items():
        assert (label(g[where]), spans(g[where])) == (text, span), where
    for row in table.rows:
        labels = row[:-7]
        assert all(c.header for c in labels)
        assert not any(c.header for c in row[-7:])


def test_application_body_spans_2019() -> None:
    """In the 2019 trial format （六）其他处理 is one row, so 三 spans 20 rows."""
    table = application_table(zeros(APPLICATIONS, format="2019-trial"), format="2019-trial")
    g = grid(table)
    assert len(table.rows) == 23
    assert spans(g[5, 0]) == (20, 1)
    assert (label(g[23, 1]), spans(g[23, 1])) == ("（六）其他处理", (1, 2))
    assert label(g[24, 1]) == "（七）总计"


def test_review_litigation_spans() -> None:
    """表四: 行政复议 5 wide with its labels 2 rows high, 行政诉讼 10 wide over two groups of 5."""
    table = review_litigation_table(zeros("disclosure.review_litigation"))
    g = grid(table)
    assert (table.width, len(table.header), len(table.rows)) == (15, 3, 1)
    assert (label(g[0, 0]), spans(g[0, 0])) == ("行政复议", (1, 5))
    assert (label(g[0, 5]), spans(g[0, 5])) == ("行政诉讼", (1, 10))
    assert [(label(g[1, c]), spans(g[1, c])) for c in range(5)] == [
        (x, (2, 1)) for x in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    ]
    assert (label(g[1, 5]), spans(g[1, 5])) == ("未经复议直接起诉", (1, 5))
    assert (label(g[1, 10]), spans(g[1, 10])) == ("复议后起诉", (1, 5))
    assert [label(g[2, c]) for c in range(5, 15)] == [
        "结果维持",
        "结果纠正",
        "其他结果",
        "尚未审结",
        "总计",
    ] * 2


def test_proactive_spans() -> None:
    """表二 is 4 wide (2021): captions span the width, single figures span 3 columns."""
    table = proactive_table(zeros("disclosure.proactive"))
    g = grid(table)
    assert (table.width, len(table.rows)) == (4, 14)
    assert (label(g[0, 0]), spans(g[0, 0])) == ("第二十条第（一）项", (1, 4))
    assert [label(g[1, c]) for c in range(4)] == [
        "信息内容",
        "本年制发件数",
        "本年废止件数",
        "现行有效件数",
    ]
    assert (label(g[5, 1]), spans(g[5, 1])) == ("本年处理决定数量", (1, 3))
    assert label(g[13, 0]) == "行政事业性收费"
    assert spans(g[13, 1]) == (1, 3)
    assert label(g[12, 1]) == "本年收费金额（单位：万元）"


def test_proactive_spans_2019() -> None:
    """The 2019 表二 is 5 wide, as printed: three figures span 1, 2, 1; two figures 2 and 2."""
    table = proactive_table(zeros("disclosure.proactive", format="2019-trial"), format="2019-trial")
    assert table.width == 5
    assert [c.colspan for c in table.rows[2]] == [1, 1, 2, 1]
    assert [c.colspan for c in table.rows[-1]] == [1, 2, 2]
    assert label(table.rows[-1][0]) == "政府集中采购"


def test_figures_are_metrics_with_stable_ids() -> None:
    """A figure is a Metric whose id names table, row and column; a blank stays None, not 0."""
    values = zeros(APPLICATIONS)
    values["received"] = [5, None, 0, 0, 0, 0, 5]
    table = application_table(values)
    first = table.rows[0]
    assert isinstance(first[1].content, gr.Metric)
    assert first[1].content.id == "disclosure.applications.received.natural_person"
    assert first[1].content.label == "一、本年新收政府信息公开申请数量：自然人"
    assert first[1].content.quantity == gr.Quantity(value=5, rounded=False)
    assert first[2].content is None
    assert isinstance(first[3].content, gr.Metric)
    assert first[3].content.quantity.value == 0


def test_fee_amounts_may_be_decimal() -> None:
    """本年收费金额 (万元) takes decimals; counts do not."""
    values = zeros("disclosure.proactive")
    values["fees"] = ["56.32"]  # type: ignore[list-item]
    cell = proactive_table(values).rows[-1][1].content
    assert isinstance(cell, gr.Metric)
    assert cell.quantity.value == Decimal("56.32")
    values["licensing"] = ["1.5"]  # type: ignore[list-item]
    with pytest.raises(gr.ValidationError, match=r"“行政许可”.*a count must be a whole number"):
        proactive_table(values)


def test_signed_change_column_2019() -> None:
    """本年增/减 (2019) may be negative; other columns may not."""
    values = zeros("disclosure.proactive", format="2019-trial")
    values["licensing"] = [12, -4, 30]
    table = proactive_table(values, format="2019-trial")
    assert table.rows[6][2].content.quantity.value == -4  # type: ignore[union-attr]
    values["licensing"] = [-12, 0, 30]
    with pytest.raises(gr.ValidationError, match="must not be negative"):
        proactive_table(values, format="2019-trial")


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"received": [1, 2, 3]}, gr.ValidationError, r"row 'received' .* needs 7 value\(s\)"),
        ({"received": "1234567"}, gr.ValidationError, "needs 7 value"),
        ({"extra": [0] * 7}, gr.ValidationError, r"unknown row key\(s\) 'extra'"),
        ({"received": [-1, 0, 0, 0, 0, 0, 0]}, gr.ValidationError, "must not be negative"),
        ({"received": ["n/a", 0, 0, 0, 0, 0, 0]}, gr.ValidationError, "use None for a blank cell"),
        ({"received": [1.0, 0, 0, 0, 0, 0, 0]}, gr.ModelTypeError, "floats are inexact"),
        ({"received": [True, 0, 0, 0, 0, 0, 0]}, gr.ModelTypeError, "column “自然人”"),
    ],
)
def test_builder_rejects_bad_values(
    change: dict[str, object], error: type[Exception], message: str
) -> None:
    """Wrong row keys, counts and values are refused with the row and column named."""
    values: dict[str, object] = {**zeros(APPLICATIONS), **change}
    with pytest.raises(error, match=message):
        application_table(values)  # type: ignore[arg-type]


def test_builder_names_every_missing_row() -> None:
    """A missing row is named by key and label; a bad format is refused."""
    values = zeros(APPLICATIONS)
    del values["results.withheld.query"], values["received"]
    with pytest.raises(gr.ValidationError) as info:
        application_table(values)
    assert str(info.value) == (
        "application_table: missing row(s) 'received' (“一、本年新收政府信息公开申请数量”), "
        "'results.withheld.query' (“三、本年度办理结果 （三）不予公开 8.属于行政查询事项”); "
        "give None for blank cells"
    )
    with pytest.raises(gr.ValidationError, match="'format' must be one of '2021', '2019-trial'"):
        application_table(zeros(APPLICATIONS), format="2022")


cell_values = st.one_of(st.none(), st.integers(0, 10**6))


@settings(max_examples=settings.default.max_examples * 3 // 5)
@given(data=st.data())
def test_read_returns_what_was_built(data: st.DataObject) -> None:
    """Reading a built table through its spec gives back every figure and blank, no problems."""
    for spec in (
        application_spec("2021"),
        application_spec("2019-trial"),
        review_litigation_spec(),
    ):
        rows = spec.row_slots()
        values = {
            k: data.draw(st.lists(cell_values, min_size=len(s), max_size=len(s)))
            for k, s in rows.items()
        }
        table = spec.build(values, builder="test")
        reading = spec.read(table)
        assert reading.problems == ()
        got = {
            k: [
                None if reading.metrics[s.id] is None else reading.metrics[s.id].quantity.value
                for s in slots
            ]  # type: ignore[union-attr]
            for k, slots in rows.items()
        }
        assert got == values


def test_read_reports_layout_problems() -> None:
    """A wrong label, a text figure, a foreign id or a missing row are layout problems."""
    spec = application_spec("2021")
    table = application_table(zeros(APPLICATIONS))
    rows = list(table.rows)
    rows[0] = (gr.Cell(content="一、本年收到申请", colspan=3, header=True), *rows[0][1:])
    rows[1] = (*rows[1][:1], gr.Cell(content="0"), *rows[1][2:])
    metric = gr.metric("mine.x", 0, label="x")
    rows[3] = (*rows[3][:1], gr.Cell(content=metric), *rows[3][2:])
    broken = attrs.evolve(table, rows=rows)
    assert spec.read(broken).problems == (
        "body row 1: expected the label “一、本年新收政府信息公开申请数量” (found '一、本年收到申请')",
        "body row 2: row “二、上年结转政府信息公开申请数量”, column “自然人” holds text '0', not a figure",
        "body row 4: row “三、本年度办理结果 （二）部分公开（区分处理的，只计这一情形，不计其他情形）”, "
        "column “自然人” holds metric 'mine.x', expected id "
        "'disclosure.applications.results.partly_disclosed.natural_person'",
    )
    short = attrs.evolve(table, rows=table.rows[:-1])
    assert spec.read(short).problems == ("it has 24 body rows; the format has 25",)
    two019 = application_table(zeros(APPLICATIONS, format="2019-trial"), format="2019-trial")
    assert spec.read(two019).problems == ("it has 23 body rows; the format has 25",)


def test_read_accepts_ascii_quotes_and_spaces() -> None:
    """Reposts write 危及"三安全一稳定" and 商业 企业; the labels still match."""
    spec = application_spec("2021")
    table = application_table(zeros(APPLICATIONS))
    rows = list(table.rows)
    rows[6] = (gr.Cell(content='3.危及"三安全一稳定"', header=True), *rows[6][1:])
    header = list(table.header)
    header[2] = (gr.Cell(content="商业 企业", header=True), *header[2][1:])
    assert spec.read(attrs.evolve(table, rows=rows, header=header)).problems == ()


@pytest.mark.parametrize("values", [None, [("fees", [1])], "rules"])
def test_builders_refuse_values_that_are_not_a_mapping(values: object) -> None:
    with pytest.raises(gr.ModelTypeError, match="'values' must be a Mapping"):
        proactive_table(values)  # type: ignore[arg-type]


@pytest.mark.parametrize("row", [7, None, "0000000"])
def test_builders_refuse_a_row_that_is_not_a_sequence(row: object) -> None:
    values: dict[str, object] = {key: [0] * 7 for key in table_rows("disclosure.applications")}
    values["received"] = row
    with pytest.raises(gr.ValidationError, match=r"row 'received' .* needs 7 value\(s\)"):
        application_table(values)  # type: ignore[arg-type]


@pytest.mark.parametrize("id_", [["disclosure.applications"], 3, None])
def test_table_rows_refuses_an_id_that_is_not_a_str(id_: object) -> None:
    with pytest.raises(gr.ModelTypeError, match="'id' must be a str"):
        table_rows(id_)  # type: ignore[arg-type]
