"""Stated changes read from the prose: the cues, the current-figure rule, and what stays prose."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport._written import written as write
from govreport.importers import parse_text
from govreport.renderers import render

HEAD = "某乡人民政府\n2023年度工作报告\n一、甲\n"


def parse(body: str) -> gr.Report:
    """Parse *body* under a fixed header (a 2023 report), checking that the text comes back."""
    report = parse_text(HEAD + body)
    assert [line for line in render(report, "text").splitlines() if line.strip()] == [
        line for line in (HEAD + body).splitlines() if line.strip()
    ]
    return report


def written(report: gr.Report, id_: str | None) -> str | None:
    """The figure with id *id_* as the text writes it."""
    return None if id_ is None else write(report.metrics()[id_].quantity)


def found(body: str) -> list[tuple[str, str, str | None, str, str | None]]:
    """(form, direction, current, stated, previous) of each change read from *body*."""
    report = parse(body)
    return [
        (
            r.form,
            r.direction,
            written(report, r.current),
            written(report, r.stated) or "",
            written(report, r.previous),
        )
        for r in report.relations
        if isinstance(r, gr.Change)
    ]


@pytest.mark.parametrize(
    ("body", "change"),
    [
        ("受理申请120件，同比增长20%。", ("rate", "increase", "120件", "20%", None)),
        ("受理申请1000件，较去年回落12.3%。", ("rate", "decrease", "1000件", "12.3%", None)),
        ("办理提案36件，比上年下降10%。", ("rate", "decrease", "36件", "10%", None)),
        ("同比增长20%，达到120件。", ("rate", "increase", "120件", "20%", None)),
        ("收到申请8件，与上年相比，减少了2件。", ("difference", "decrease", "8件", "2件", None)),
        ("受理120件，较上年减少5件。", ("difference", "decrease", "120件", "5件", None)),
        ("检查企业366家，比上年增加12家。", ("difference", "increase", "366家", "12家", None)),
        ("检查企业366家，比2022年多12家。", ("difference", "increase", "366家", "12家", None)),
        ("培训0.9万人次，较上年同期增长约5%。", ("rate", "increase", "0.9万人次", "约5%", None)),
        (
            "办结率95%，较上年下降3.2个百分点。",
            ("difference", "decrease", "95%", "3.2个百分点", None),
        ),
        ("受理120件，是上年的2倍。", ("multiple", "increase", "120件", "2倍", None)),
        ("受理120件，为2022年的1.5倍。", ("multiple", "increase", "120件", "1.5倍", None)),
        ("受理120件，比上年翻了一番。", ("multiple", "increase", "120件", "一番", None)),
        ("受理240件，较上年翻两番。", ("multiple", "increase", "240件", "两番", None)),
        ("比2022年的50件增长20%，达到60件。", ("rate", "increase", "60件", "20%", "50件")),
        ("受理60件，比2021年的50件增加10件。", ("difference", "increase", "60件", "10件", "50件")),
        ("受理100件，是2022年的50件的2倍。", ("multiple", "increase", "100件", "2倍", "50件")),
    ],
)
def test_cues(body: str, change: tuple[str, str, str, str, str | None]) -> None:
    """Each cue gives one Change: its form, direction, current, stated and previous figure."""
    assert found(body) == [change]


def test_nearest_figure_before_the_cue() -> None:
    """The current figure is the nearest one before the cue, a stated change passed over."""
    assert found("受理120件，办结100件，同比增长25%，较上年增加20件。") == [
        ("rate", "increase", "100件", "25%", None),
        ("difference", "increase", "100件", "20件", None),
    ]
    assert found("受理120件，同比增长20%；办结100件，同比增长25%。") == [
        ("rate", "increase", "120件", "20%", None),
        ("rate", "increase", "100件", "25%", None),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "培育新的增长点20个。",  # 增长点 is a noun
        "增加了工作量，处理来信30件。",
        "比例为20%。",
        "受理120件。同比增长20%。",  # the figure is in another sentence
        "同比增长20%。",  # no current figure at all
        "受理120件，环比增长20%。",  # against the previous period, not year
        "受理120件，增长20%。",  # no base: growth against what?
        "受理120件，比2021年增长20%。",  # open, but not against last year's report
        "受理120件，比2023年增长20%。",  # the report year itself
        "受理120件，翻了一番。",  # 翻一番 without its base
        "受理120件，较上年增长2倍。",  # ×2 or ×3: readers differ
        "受理120件，是上年的2倍多。",  # not one multiple
        "办结率95%，同比提高5%。",  # 5% or 5 points?
        "检查企业366家，出动1464人次，比上年增加12家。",  # the nearest figure is in 人次
        "受理60件，比2022年的50家增长20%。",  # previous and current in different units
    ],
)
def test_stays_prose(body: str) -> None:
    """No false relations: these cues relate no figures."""
    assert found(body) == []


def test_plans_state_no_change_against_last_year() -> None:
    """In a plan, 较上年增长 aims at next year against this one: no Change, outside the plan one."""
    report = parse("受理120件，同比增长20%。\n二、2024年工作安排\n力争受理150件，较上年增长25%。\n")
    (change,) = [r for r in report.relations if isinstance(r, gr.Change)]
    assert change.current == "s1.m1"


def test_stated_figures_are_changes_and_never_parts() -> None:
    """The stated figure is marked as a change and is not a part of a total."""
    report = parse("共计发文50件，其中委发20件，府发30件，比上年增加5件。")
    change = next(r for r in report.relations if isinstance(r, gr.Change))
    (total,) = [r for r in report.relations if isinstance(r, gr.Total)]
    assert report.metrics()[change.stated].quantity.change
    assert change.stated not in total.parts
    assert change.current == total.parts[-1]
    assert gr.check(report) == []


def test_multiples_become_figures() -> None:
    """2倍 and 一番 are figures (倍, 番) of the text once they state a change, and only then."""
    report = parse("受理120件，是上年的2倍；办理60件，比上年翻了一番。")
    units = [m.quantity.unit for m in report.metrics().values()]
    assert units == ["件", "倍", "件", "番"]
    assert [m.quantity.unit for m in parse("粮食产量是邻村的2倍。").metrics().values()] == []


def test_resolved_change_is_checked() -> None:
    """A change with its previous figure written is checked by check()."""
    report = parse("比2022年的50件增长25%，达到60件。")
    assert [(f.code, f.location, f.message) for f in gr.check(report)] == [
        (
            "change-mismatch",
            "一",
            "the change 比2022年增长25% does not match 2022年50件 → 达到60件, "
            "which is an increase of 20%",
        )
    ]


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        ("受理120件，同比增长20%。", "同比增长"),
        ("受理120件，较上年减少5件。", "较上年减少"),
        ("收到申请8件，与上年相比，减少了2件。", "减少了"),
        ("受理120件，是上年的2倍。", "是上年的"),
        ("受理60件，比2021年的50件增加10件。", "比2021年增加"),
    ],
)
def test_stated_label_is_the_cue(body: str, stated: str) -> None:
    """The stated figure is labelled with the cue's words, a year in digits, no previous figure."""
    report = parse(body)
    change = next(r for r in report.relations if isinstance(r, gr.Change))
    assert report.metrics()[change.stated].label == stated


def test_compare_closes_open_changes() -> None:
    """compare() closes the open changes with last year's figure of the same label and unit."""
    old = parse_text("某乡人民政府\n2022年度工作报告\n一、甲\n受理申请100件，办结90件。\n")
    new = parse("开展培训5次。受理申请120件，同比增长25%，办结99件，比上年增加9件。")
    result = gr.compare(old, new)
    assert [(m.previous.label, m.current.label, m.by) for m in result.matched] == [
        ("受理申请", "受理申请", "label"),
        ("办结", "办结", "label"),
    ]
    assert [c.holds for c in result.changes] == [False, True]
    assert [f.message for f in result.findings] == [
        "the change 同比增长25% does not match 受理申请100件 → 受理申请120件, "
        "which is an increase of 20%"
    ]


VERBS = {"增长": "increase", "增加": "increase", "下降": "decrease", "减少": "decrease"}
BASES = ["同比", "较上年", "比去年", "比2022年", "与上年相比，"]


@given(
    now=st.integers(1, 99_999),
    stated=st.integers(1, 999),
    verb=st.sampled_from(sorted(VERBS)),
    base=st.sampled_from(BASES),
    unit=st.sampled_from(["件", "%"]),
    after=st.booleans(),
)
def test_any_stated_change(
    now: int, stated: int, verb: str, base: str, unit: str, after: bool
) -> None:
    """Whatever the figures, base and verb, one Change about the one count, and the text back."""
    cue = f"{base}{verb}{stated}{unit}"
    body = f"{cue}，达到{now}件。" if after else f"受理申请{now}件，{cue}。"
    ((form, direction, current, written_stated, previous),) = found(body)
    assert (current, written_stated, previous) == (f"{now}件", f"{stated}{unit}", None)
    assert form == ("rate" if unit == "%" else "difference")
    assert direction == VERBS[verb]


def test_value_of_a_fan_is_its_numeral() -> None:
    """翻两番 is a multiple of 2 番 (×4), written in Chinese numerals."""
    report = parse("受理240件，较上年翻两番。")
    change = next(r for r in report.relations if isinstance(r, gr.Change))
    quantity = report.metrics()[change.stated].quantity
    assert (quantity.value, quantity.unit, quantity.numerals) == (Decimal(2), "番", "chinese")


def pieces(text: str) -> list[str]:
    """Fragments written as one string separated by ``|``."""
    return text.split("|")


CUE_PIECES = pieces(
    "同比|环比|较|比|与|上年|去年|上年同期|2022年|2023年|2021年|的|相比|，|。|；|增长|增加|下降|减少|回落"
    "|了|多|少|翻|翻了|一番|两番|是|为|2倍|1.5倍|倍|120件|50件|5件|12家|20%|12.3%|3.2个百分点"
    "|95%|受理|办结率|约|余|点|例"
)


@given(st.lists(st.sampled_from(CUE_PIECES), max_size=30).map("".join))
def test_any_cue_soup_reads_again_the_same(body: str) -> None:
    """Any mix of cue words imports, and its rendering imports to the same text and changes."""
    report = parse_text(HEAD + body)
    text = render(report, "text")
    again = parse_text(text)
    assert render(again, "text") == text

    def changes(r: gr.Report) -> list[tuple[str, ...]]:
        return [
            (c.form, c.direction, *(write(r.metrics()[i].quantity) for i in c.ids()))
            for c in r.relations
            if isinstance(c, gr.Change)
        ]

    assert changes(again) == changes(report)
