"""Pattern 5: totals, rates and shares as published reports write them."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport.importers import parse_text


def relations_of(body: str) -> list[gr.Relation]:
    return list(parse_text("某局\n2023年度工作报告\n一、甲\n" + body).relations)


@pytest.mark.parametrize("word", ["其中", "包括", "包括：", "含", "分别为"])
def test_total_announced_with_words(word: str) -> None:
    """其中, 包括:, 含 and 分别为 after a total announce its parts."""
    (total,) = relations_of(f"共受理案件13件，{word}行政复议5件，行政诉讼8件。")
    assert total == gr.Total(total="s1.m1", parts=("s1.m2", "s1.m3"))


@pytest.mark.parametrize(
    ("sentence", "exhaustive"),
    [
        ("主动公开信息486条，其中政策文件23条、政策解读9条。", False),
        ("主动公开信息486条，包括政策文件23条、政策解读9条。", False),
        ("共主动公开信息486条，其中政策文件23条、政策解读9条。", True),
        ("2023年合计发文32件，其中委发12件，府发20件。", True),
        ("受理案件13件，分别为行政复议5件，行政诉讼8件。", True),
        ("发文5件。共计受理案件13件，其中行政复议5件，行政诉讼8件。", True),
        ("共发文5件，受理案件13件，其中行政复议5件，行政诉讼8件。", False),
    ],
)
def test_only_a_breakdown_that_says_it_is_whole_is_exhaustive(
    sentence: str, exhaustive: bool
) -> None:
    """其中 after a plain figure may list some kinds only; 共计…其中, 分别为 and brackets list all."""
    (total,) = (r for r in relations_of(sentence) if isinstance(r, gr.Total))
    assert total.exhaustive is exhaustive


def test_parts_short_of_a_plain_total_are_no_finding_but_parts_above_it_are() -> None:
    """486条，其中23条、9条 is no contradiction; 3437条，其中1000条、2914条 is one."""
    short = parse_text(
        "某局\n2023年度工作报告\n一、甲\n主动公开信息486条，其中政策文件23条、解读9条。"
    )
    assert gr.check(short) == []
    above = parse_text(
        "某局\n2023年度工作报告\n一、甲\n发布信息3,437条，其中网站1,000条、微信2,914条。"
    )
    assert [f.code for f in gr.check(above)] == ["sum-mismatch"]


def test_total_with_parts_in_brackets() -> None:
    """13件(含新制定5件,修改4件,废止4件) and （其中集中学法2次，专题学法3次）."""
    (total,) = relations_of("清理文件13件(含新制定5件,修改4件,废止4件),已报备。")
    assert total == gr.Total(total="s1.m1", parts=("s1.m2", "s1.m3", "s1.m4"))
    (total,) = relations_of("学法5次（其中集中学法2次，专题学法3次），覆盖全体干部。")
    assert total == gr.Total(total="s1.m1", parts=("s1.m2", "s1.m3"))


def test_breakdown_in_the_next_sentence() -> None:
    """共收到申请30件。其中，…: the next sentence breaks the total down."""
    (total,) = relations_of("共收到申请30件。其中，当面申请10件，网络申请20件。")
    assert total == gr.Total(total="s1.m1", parts=("s1.m2", "s1.m3"))


def test_shares_of_the_enclosing_total() -> None:
    """…占25%；…占5%: each share is of the whole stated before its part, and checked."""
    found = relations_of("答复申请80件，其中予以公开20件，占25%；不予公开4件，占6%。")
    assert gr.Share(share="s1.m3", part="s1.m2", whole="s1.m1") in found
    assert gr.Share(share="s1.m5", part="s1.m4", whole="s1.m1") in found
    report = parse_text(
        "某局\n2023年度工作报告\n一、甲\n答复申请80件，其中予以公开20件，占25%；不予公开4件，占6%。"
    )
    (finding,) = [f for f in gr.check(report) if f.code == "share-mismatch"]
    assert finding.metrics == ("s1.m5", "s1.m4", "s1.m1")
    assert finding.message.endswith("which gives 5%")


def test_rate_takes_its_figures_from_its_own_sentence() -> None:
    """A 解读率 after a sentence end does not divide the previous sentence's figures."""
    found = relations_of("发布文件解读信息82条，图解信息15条。多样化解读率达到100%。")
    assert not [r for r in found if isinstance(r, gr.Rate)]
