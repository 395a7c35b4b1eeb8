"""The sum rule: rounded and approximate parts, listed parts, parts in another unit."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govreport as gr
from govreport.checks import Finding, check

MakeReport = Callable[..., gr.Report]
MakeMetric = Callable[..., gr.Metric]
Codes = Callable[[list[Finding]], list[str]]


class TestSums:
    @pytest.mark.parametrize(
        ("total", "parts", "ok"),
        [
            # The examples of the XBRL Calculations 1.1 specification.
            (("0.9", "万"), [("0.4", "万"), ("0.3", "万"), ("0.3", "万")], True),
            (("0.9", "万"), [("0.5", "万"), ("0.5", "万"), ("0.5", "万")], False),
            ((560, None), [(500, None), (45, None), (15, None)], True),
            ((560, None), [(500, None), (45, None)], False),
        ],
    )
    def test_rounded_amounts(
        self,
        m: MakeMetric,
        total_of: MakeReport,
        codes: Codes,
        total: tuple[object, str | None],
        parts: list[tuple[object, str | None]],
        ok: bool,
    ) -> None:
        """Rounded figures are flagged only when no values within their rounding add up."""
        t = m("money.total", total[0], "元", scale=total[1])  # type: ignore[arg-type]
        ps = [m(f"money.p{n}", v, "元", scale=s) for n, (v, s) in enumerate(parts)]  # type: ignore[arg-type]
        assert codes(check(total_of(t, *ps))) == ([] if ok else ["sum-mismatch"])

    def test_approximate_parts_can_make_an_approximate_total(
        self, m: MakeMetric, total_of: MakeReport
    ) -> None:
        """30余次 = 10余次 + 20次 is possible; 30余次 = 10次 + 20次 (exactly 30) is not."""
        t = m("s.total", 30, "次", approx="余")
        assert check(total_of(t, m("s.a", 10, "次", approx="余"), m("s.b", 20, "次"))) == []
        found = check(total_of(t, m("s.a", 10, "次"), m("s.b", 20, "次")))
        assert [f.message for f in found] == [
            "the parts a10次 + b20次 add up to 30次, always less than the total "
            "total30余次 (more than 30次 and less than 40次)"
        ]

    def test_parts_over_the_total_are_an_error_even_when_not_exhaustive(
        self, m: MakeMetric, total_of: MakeReport
    ) -> None:
        """Listed parts (其中…) may fall short of the total but never exceed it."""
        t = m("d.total", 100)
        short = total_of(t, m("d.a", 40), m("d.b", 30), exhaustive=False)
        over = total_of(t, m("d.a", 70), m("d.b", 45), exhaustive=False)
        assert check(short) == []
        assert [f.message for f in check(over)] == [
            "the listed parts a70件 + b45件 add up to 115件, 15件 more than the total total100件"
        ]

    def test_exhaustive_parts_short_of_the_total_are_an_error(
        self, m: MakeMetric, total_of: MakeReport, codes: Codes
    ) -> None:
        """Parts declared to make up the whole must reach it."""
        found = check(total_of(m("d.total", 100), m("d.a", 40), m("d.b", 30)))
        assert codes(found) == ["sum-mismatch"]

    def test_unbounded_part_never_falls_short(self, m: MakeMetric, total_of: MakeReport) -> None:
        """A part written 2名以上 may be any number from 2 up, so the sum can always reach."""
        t = m("p.total", 50, "名")
        assert check(total_of(t, m("p.a", 2, "名", approx="以上"), m("p.b", 3, "名"))) == []

    def test_a_part_in_another_unit_is_a_finding_not_a_crash(
        self, m: MakeMetric, total_of: MakeReport
    ) -> None:
        """Parts must be in the total's unit after the scale; 万元 and 元 add up fine."""
        ok = total_of(
            m("u.total", 15000, "元"), m("u.a", 1, "元", scale="万"), m("u.b", 5000, "元")
        )
        assert check(ok) == []
        found = check(total_of(m("u.total", 10), m("u.a", 4, "份"), m("u.b", 6)))
        assert [f.message for f in found] == [
            "a4份 is not in the unit of the total total10件 (件), so the parts cannot be added up"
        ]


def test_the_sum_in_chinese_as_staff_write_it() -> None:
    """Figures as written, the location as cited, Chinese punctuation (issue 15's example)."""
    names = {"a": "委发", "b": "委文", "c": "府发", "d": "府文", "e": "府函"}
    values = {"a": 76, "b": 48, "c": 157, "d": 58, "e": 206}
    parts = {k: gr.metric(f"docs.{k}", values[k], "件", label=names[k]) for k in names}
    total = gr.metric("docs.total", 560, "件", label="共计发文")
    text = gr.text(
        "共计发文{total}，其中" + "，".join(f"{names[k]}{{{k}}}" for k in names) + "。",
        total=total,
        **parts,
    )
    deepest = gr.Section(title="发文", blocks=[gr.Paragraph(text=text)])
    third = gr.Section(title="公文", children=[gr.Section(title=t) for t in "甲乙丙"] + [deepest])
    second = gr.Section(
        title="制度", children=[gr.Section(title="乙"), gr.Section(title="丙"), third]
    )
    report = gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=2023,
        sections=[gr.Section(title="工作", children=[gr.Section(title="甲"), second])],
        relations=[gr.Total(total="docs.total", parts=[f"docs.{k}" for k in names])],
    )
    (found,) = check(report, locale="zh_Hans_CN")
    assert f"{found.location}：{found.message}" == (
        "一（二）3.（4）：各分项（委发76件、委文48件、府发157件、府文58件、府函206件）"
        "合计545件，比总数“共计发文560件”少15件。"
    )
    assert found.format("en") == (
        "the parts 委发76件 + 委文48件 + 府发157件 + 府文58件 + 府函206件 add up to 545件, "
        "15件 short of the total 共计发文560件"
    )
    assert found.facts["parts"] == ("委发76件", "委文48件", "府发157件", "府文58件", "府函206件")
    assert found.facts["difference"] == -15
