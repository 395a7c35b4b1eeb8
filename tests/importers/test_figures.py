"""Figures, years and document references found in a line of prose."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport.importers._drafts import Fig
from govreport.importers._figures import Scanner, document_number, first_year, label_before

SCANNER = Scanner(2023)


def figures(s: str) -> list[tuple[str, Decimal, str, str | None, str | None]]:
    """(source, value, unit, approx, scale) of the kept figures in *s*."""
    return [
        (p.source, p.quantity.value, p.quantity.unit, p.quantity.approx, p.quantity.scale)
        for p in SCANNER.scan(s)
        if isinstance(p, Fig) and p.kept
    ]


@pytest.mark.parametrize(
    ("s", "value", "unit", "approx", "scale"),
    [
        ("开展专题学习达10余次。", 10, "次", "余", None),
        ("服务近300人次，", 300, "人次", "近", None),
        ("覆盖约1.2万人次。", Decimal("1.2"), "人次", "约", "万"),
        ("2名以上规范化着装", 2, "名", "以上", None),
        ("经济处罚0.9万元。", Decimal("0.9"), "元", None, "万"),
        ("通过率100%。", 100, "%", None, None),
        ("投入10万余元，", 10, "元", "余", "万"),
        ("实际利用外资1.98亿美元，", Decimal("1.98"), "美元", None, "亿"),
        ("开展活动十余次，", 10, "次", "余", None),
        ("发放宣传资料两千余份，", 2000, "份", "余", None),
        ("提高1.2个百分点。", Decimal("1.2"), "个百分点", None, None),
        ("检查企业366家，", 366, "家", None, None),
    ],
)
def test_figure_forms(
    s: str, value: object, unit: str, approx: str | None, scale: str | None
) -> None:
    """Number, approximation marker, scale and unit are read into one quantity."""
    ((_, v, u, a, sc),) = figures(s)
    assert (v, u, a, sc) == (Decimal(str(value)), unit, approx, scale)


def test_written_decimals_keep_their_digits() -> None:
    """10.0% keeps its trailing zero, because the formatter writes it back as 10.0%."""
    ((source, value, *_),) = figures("占比10.0%。")
    assert source == "10.0%"
    assert str(value) == "10.0"


def test_growth_rates_are_changes() -> None:
    """A per cent after 增长/下降 is a change and may exceed 100%."""
    (fig,) = [p for p in SCANNER.scan("同比增长149.6%，") if isinstance(p, Fig)]
    assert fig.quantity.change
    assert fig.quantity.value == Decimal("149.6")


@pytest.mark.parametrize(
    "s",
    [
        "010次",  # zero padding: the formatter would write 10次
        "共100,200,300件,合计",  # ASCII commas as punctuation: a list, not one number
        "召开三次会议",  # a Chinese numeral inside a longer word
        "一次性告知",
        "第3次会议",  # an ordinal
        "A3次",  # part of a code
        "5G基站",  # no unit
        "10-20次",  # a range
        "10至20次",
        "二千余份",  # the formatter writes 两千余份 before a measure word
        "共1.5次",  # a count is whole
        "8月31日",
    ],
)
def test_what_stays_words(s: str) -> None:
    """Anything the formatter would not write back exactly stays as it is."""
    assert figures(s) == []
    assert "".join(p for p in SCANNER.scan(s) if isinstance(p, str)) == s


# -- pattern 4: figures as published --------------------------------------------------------------


def test_space_between_number_and_unit() -> None:
    """公告公示225 条: the space goes, the figure is typed."""
    assert figures("公告公示225 条，") == [("225 条", Decimal(225), "条", None, None)]


def test_figure_before_an_ascii_comma() -> None:
    """An ASCII comma ends a figure."""
    assert figures("检查企业12家,处罚3起.") == [
        ("12家", Decimal(12), "家", None, None),
        ("3起", Decimal(3), "起", None, None),
    ]


def test_thousands_separators() -> None:
    """3,437条 is 3437条 where the line's commas are not ASCII punctuation."""
    assert figures("发布信息3,437条，其中1,000条。") == [
        ("3,437条", Decimal(3437), "条", None, None),
        ("1,000条", Decimal(1000), "条", None, None),
    ]
    assert figures("共1,464人次。") == [("1,464人次", Decimal(1464), "人次", None, None)]


@given(st.integers(1000, 10**12))
def test_any_grouped_number_reads_as_its_value(value: int) -> None:
    assert figures(f"共{value:,}件。") == [(f"{value:,}件", Decimal(value), "件", None, None)]


def test_bare_chinese_numerals_before_a_measure_word() -> None:
    """开展培训三次 is a figure in Chinese numerals; 一次 and 三次会议 are words."""
    (fig,) = [p for p in SCANNER.scan("开展培训三次，") if isinstance(p, Fig)]
    assert (fig.source, fig.quantity.value, fig.quantity.numerals, fig.kept) == (
        "三次",
        Decimal(3),
        "chinese",
        True,
    )


def test_full_width_digits() -> None:
    """１０次 and ９８．５％ are read as 10次 and a share."""
    assert figures("开展活动１０次，") == [("１０次", Decimal(10), "次", None, None)]
    assert figures("满意度９８％。") == [("９８％", Decimal(98), "%", None, None)]


@pytest.mark.parametrize("unit", ["场次", "宗", "户", "篇"])
def test_units_of_published_reports(unit: str) -> None:
    """场次, 宗, 户 and 篇 are measure words."""
    assert figures(f"共计12{unit}。") == [(f"12{unit}", Decimal(12), unit, None, None)]


def test_impossible_share_is_a_figure() -> None:
    """Pattern 7: 办结率102% is typed, so the percent-range check can report it."""
    assert figures("来访事项办结率达到102%。") == [("102%", Decimal(102), "%", None, None)]


def test_markers_that_belong_to_a_word() -> None:
    """最近3天 has no 近 marker; 预约3次 no 约."""
    assert figures("最近3天") == [("3天", Decimal(3), "天", None, None)]
    assert figures("预约3次") == [("3次", Decimal(3), "次", None, None)]


@pytest.mark.parametrize(
    ("s", "year"),
    [
        ("2023年度", gr.ReportYear()),
        ("2024年，", gr.ReportYear(offset=1)),
        ("2022年", gr.Year(value=2022)),
    ],
)
def test_years(s: str, year: object) -> None:
    """The report year and the next are ReportYear, any other year a Year."""
    assert SCANNER.scan(s)[0] == year


def test_years_out_of_range_stay_words() -> None:
    """1900年 is not a year the model accepts, and 12023年 is not a year at all."""
    assert SCANNER.scan("1900年") == ["1900年"]
    assert SCANNER.scan("12023年") == ["12023年"]


def test_first_year() -> None:
    """The title's first year gives the report year."""
    assert first_year("六塘乡2023年度法治政府建设情况报告") == (3, 2023)
    assert first_year("年度报告") is None


def test_reference_with_number() -> None:
    """《title》 directly followed by （number） is one reference."""
    parts = SCANNER.scan("按照《关于做好2023年工作的通知》（工作通知〔2023〕38号）要求")
    assert parts[0] == "按照"
    assert parts[2] == "要求"
    ref = parts[1]
    assert isinstance(ref, gr.DocumentReference)
    assert ref.title == gr.Text(("关于做好", gr.ReportYear(), "年工作的通知"))
    assert str(ref.number) == "工作通知〔2023〕38号"


def test_reference_forms() -> None:
    """A title alone, a number alone in brackets, and malformed ones."""
    (ref,) = [
        p for p in SCANNER.scan("落实《重庆市行政规范性文件管理办法》。") if not isinstance(p, str)
    ]
    assert isinstance(ref, gr.DocumentReference)
    assert ref.number is None
    bare = SCANNER.scan("文件（石柱府办发〔2023〕26号）要求")
    assert bare[0] == "文件（"
    assert bare[2] == "）要求"
    assert isinstance(bare[1], gr.DocumentReference)
    assert bare[1].title is None
    for s in ("《》", "《未闭合", "（石柱府办发[2023]26号）", "（府发〔2023〕026号）"):
        assert not any(isinstance(p, gr.DocumentReference) for p in SCANNER.scan(s)), s
    nested = SCANNER.scan("《甲《乙》")
    assert nested[0] == "《甲"
    assert nested[1] == gr.DocumentReference(title="乙")


def test_document_number() -> None:
    """A whole document number, with 六角括号 and no padding."""
    number = document_number("石柱府办发〔2023〕26号")
    assert number is not None
    assert number.seq == 26
    assert document_number("石柱府办发〔2023〕26号文") is None


def test_chinese_counts_are_candidates() -> None:
    """三项制度 and 八大领域 are found, but stay words until something claims them."""
    parts = SCANNER.scan("落实“三项制度”和八大领域，党的二十大和二十届二中全会")
    candidates = [p for p in parts if isinstance(p, Fig)]
    assert [c.source for c in candidates] == ["三项", "八", "二十"]
    assert [c.noun for c in candidates] == ["制度", "领域", "和二"]
    assert not any(c.kept for c in candidates)


def test_label_before() -> None:
    """The clause before a figure, without 一是, a year, 其中 and fillers."""
    assert label_before("，二是开展干部职工专题学习达") == "开展干部职工专题学习"
    assert label_before("2023年共计发文") == "发文"
    assert label_before("，其中委发") == "委发"
    assert label_before("，") == ""
    assert label_before("甲" * 100 + "乙") == "甲" * 39 + "乙"  # at most 40 characters


def test_labels_are_never_blank() -> None:
    """A figure at the start of a clause is labelled by what follows it."""
    ((fig),) = [p for p in SCANNER.scan("10个村充分发挥作用") if isinstance(p, Fig)]
    assert fig.label == "村充分发挥作用"
