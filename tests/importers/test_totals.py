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
    (total,) = relations_of(f"受理案件13件，{word}行政复议5件，行政诉讼8件。")
    assert total == gr.Total(total="s1.m1", parts=("s1.m2", "s1.m3"))


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
