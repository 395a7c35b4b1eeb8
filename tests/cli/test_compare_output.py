"""The comparison as text and as JSON-ready data."""

from __future__ import annotations

import json
from decimal import Decimal

import govreport as gr
from govreport._cli._compare_output import comparison_data, comparison_text, signed


def _report(year: int, *inlines: gr.Inline, relations: tuple[gr.Relation, ...] = ()) -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=year,
        preamble=[gr.Paragraph(text=gr.Text((*inlines, "。")))],
        relations=relations,
    )


def _pair() -> gr.Comparison:
    old = _report(
        2023, gr.metric("a", 10, "次", approx="余", label="培训"), gr.metric("b", 1, label="旧")
    )
    change = gr.Change(current="x", stated="x.up", form="multiple")
    new = _report(
        2024,
        gr.metric("a", 12, "次", label="培训"),
        gr.metric("x", 4, label="新"),
        gr.metric("x.up", 2, "倍", change=True, label="是上年的"),
        relations=(change,),
    )
    return gr.compare(old, new)


def test_signed() -> None:
    assert [signed(Decimal(v), "件") for v in ("3", "-3", "0")] == ["+3件", "-3件", "0件"]


def test_text_lists_every_part() -> None:
    text = comparison_text(_pair())
    assert text.splitlines() == [
        "2023 → 2024: 1 matched, 2 new, 1 dropped, 1 stated change(s), 0 wrong",
        "",
        "matched:",
        "  (preamble)  培训  10余次 → 12次  +2次 (+20%)",
        "",
        "new:",
        "  x  新4",
        "  x.up  是上年的2倍",
        "",
        "dropped:",
        "  b  旧1",
        "",
        "stated changes:",
        "  not checked  x multiple (x.up) against no previous figure",
    ]


def test_data_is_json() -> None:
    data = comparison_data(_pair())
    assert json.loads(json.dumps(data)) == data
    assert data["previous"] == {"authority": "某乡人民政府", "year": 2023}
    assert data["changes"] == [
        {
            "current": "x",
            "stated": "x.up",
            "form": "multiple",
            "direction": "increase",
            "previous": None,
            "holds": None,
        }
    ]
    assert data["findings"] == []
