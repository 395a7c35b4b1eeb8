"""check() and default_rules(): the seed report, reading order, chosen, custom and default rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given

import govreport as gr
from govreport import strategies
from govreport.checks import (
    DEFAULT_RULES,
    Finding,
    check,
    declared_counts,
    default_rules,
    locate,
    ratios,
    sums,
)

MakeReport = Callable[..., gr.Report]
MakeMetric = Callable[..., gr.Metric]
Codes = Callable[[list[Finding]], list[str]]

YEAR = 2023


PARTS = ("party_issued", "party_letters", "gov_issued", "gov_letters", "gov_correspondence")


class TestTownship:
    """The seed report's 560 documents whose parts add up to 545."""

    def lutang(self, m: MakeMetric) -> gr.Report:
        total = m("documents.total", 560, label="共计发文")
        parts = [
            m("documents.party_issued", 76, label="委发"),
            m("documents.party_letters", 48, label="委文"),
            m("documents.gov_issued", 157, label="府发"),
            m("documents.gov_letters", 58, label="府文"),
            m("documents.gov_correspondence", 206, label="府函"),
        ]
        docs = gr.text(
            "全面开展重点领域行政规范性文件清理工作。{year}年共计发文{t}，其中委发{a}，委文{b}，"
            "府发{c}，府文{d}，府函{e}。",
            year=gr.ReportYear(),
            t=total,
            a=parts[0],
            b=parts[1],
            c=parts[2],
            d=parts[3],
            e=parts[4],
        )
        three = gr.Section(
            title="全面履行政府职能",
            children=[
                gr.Section(
                    title="全面加快推动相关领域精简",
                    run_in=True,
                    blocks=[gr.Paragraph(text="精简审批事项。")],
                ),
                gr.Section(
                    title="全力推进“枫桥经验”创新治理",
                    run_in=True,
                    blocks=[gr.Paragraph(text="化解矛盾纠纷。")],
                ),
                gr.Section(
                    title="完善法律顾问决策机制",
                    run_in=True,
                    blocks=[gr.Paragraph(text="建立依法决策机制。")],
                ),
                gr.Section(title="规范文件管理", run_in=True, blocks=[gr.Paragraph(text=docs)]),
            ],
        )
        return gr.Report(
            title=gr.text("{year}年度法治政府建设情况报告", year=gr.ReportYear()),
            authority="石柱土家族自治县六塘乡人民政府",
            year=YEAR,
            sections=[
                gr.Section(
                    title="法治政府建设的主要举措和成效",
                    children=[
                        gr.Section(
                            title="贯彻落实习近平法治思想情况",
                            run_in=True,
                            blocks=[gr.Paragraph(text="深入学习。")],
                        ),
                        gr.Section(
                            title="工作任务推进情况",
                            title_end="：",
                            children=[
                                gr.Section(
                                    title="思想上高度重视",
                                    run_in=True,
                                    blocks=[gr.Paragraph(text="提高认识。")],
                                ),
                                gr.Section(
                                    title="落实行政执法“三项制度”",
                                    run_in=True,
                                    blocks=[gr.Paragraph(text="建立公示制度。")],
                                ),
                                three,
                            ],
                        ),
                    ],
                ),
            ],
            relations=[gr.Total(total=total.id, parts=[p.id for p in parts], exhaustive=True)],
        )

    def test_exactly_one_sum_mismatch_at_the_fourth_item(self, m: MakeMetric) -> None:
        """560 documents vs parts adding up to 545: one error at 一（二）3.（4）, naming both."""
        found = check(self.lutang(m))
        assert len(found) == 1
        (finding,) = found
        assert (finding.code, finding.severity, finding.location) == (
            "sum-mismatch",
            "error",
            "一（二）3.（4）",
        )
        assert "560" in finding.message
        assert "545" in finding.message
        assert finding.message == (
            "the parts 委发76件 + 委文48件 + 府发157件 + 府文58件 + 府函206件 add up to 545件, "
            "15件 short of the total 共计发文560件"
        )
        assert finding.metrics == ("documents.total", *(f"documents.{p}" for p in PARTS))


class TestCheck:
    def test_findings_come_in_reading_order(self, m: MakeMetric) -> None:
        """Findings are sorted by section, then by the position of their first metric."""
        first = gr.Section(
            title="甲", blocks=[gr.Paragraph(text=gr.text("{a}{b}", a=m("a.t", 5), b=m("a.p", 6)))]
        )
        second = gr.Section(
            title="乙",
            blocks=[gr.Paragraph(text=gr.text("{r}", r=m("b.r", 100, "%", approx="超")))],
        )
        r = gr.Report(
            title="报告",
            authority="某乡人民政府",
            year=YEAR,
            sections=[first, second],
            preamble=[gr.Paragraph(text=gr.text("{c}{d}", c=m("c.t", 1), d=m("c.p", 2)))],
            relations=[gr.Total(total="a.t", parts=["a.p"]), gr.Total(total="c.t", parts=["c.p"])],
            closing=gr.Closing(signature="某乡人民政府", date=dt.date(2022, 1, 1)),
        )
        assert [(f.location, f.code) for f in check(r)] == [
            ("", "period-mismatch"),
            ("", "sum-mismatch"),
            ("一", "sum-mismatch"),
            ("二", "percent-range"),
        ]

    def test_rules_replace_the_defaults(
        self, m: MakeMetric, total_of: MakeReport, codes: Codes
    ) -> None:
        """rules= runs only the rules given."""
        r = total_of(m("d.total", 100), m("d.a", 40))
        assert codes(check(r)) == ["sum-mismatch"]
        assert check(r, rules=[ratios, declared_counts]) == []
        assert codes(check(r, rules=[sums])) == ["sum-mismatch"]

    def test_custom_rule(self, report: MakeReport, m: MakeMetric) -> None:
        """A user rule is any function from a report to findings, and may use locate()."""

        def big_numbers(r: gr.Report) -> Iterator[Finding]:
            for id_, metric in r.metrics().items():
                if metric.quantity.value > 1000:
                    yield Finding(
                        code="big-number",
                        severity="info",
                        location=locate(r, id_),
                        message=f"{metric.label} is large",
                        metrics=[id_],
                    )

        r = report(m("x.big", 5000, label="检查"))
        found = check(r, rules=[*default_rules(r), big_numbers])
        assert [str(f) for f in found] == ["info big-number at 一: 检查 is large"]

    def test_rule_returning_something_else_is_refused(self, report: MakeReport) -> None:
        """A rule must yield Finding objects."""
        with pytest.raises(gr.ModelTypeError, match="returned a str, not a Finding"):
            check(report(), rules=[lambda r: ["oops"]])  # type: ignore[list-item]

    def test_not_a_report(self) -> None:
        """check() and default_rules() need a Report."""
        for function in (check, default_rules):
            with pytest.raises(
                gr.ModelTypeError, match=r"^'report' must be a Report \(got dict \{\}\)$"
            ):
                function({})  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("rules", "message"),
        [
            ("sums", r"^'rules' must be a list or tuple \(got str 'sums'\)$"),
            ([3], r"^'rules'\[0\] must be callable \(got int 3\)$"),
            ([lambda r: None], r"returned a NoneType, not findings$"),
        ],
    )
    def test_bad_rules(self, report: MakeReport, rules: Any, message: str) -> None:
        """Rules are a sequence of callables returning findings; anything else says which."""
        with pytest.raises(gr.ModelTypeError, match=message):
            check(report(), rules=rules)

    def test_default_rules(self, report: MakeReport) -> None:
        """Without a kind the defaults run; a kind adds its rules; an unknown kind is an error."""
        assert default_rules(report()) == DEFAULT_RULES
        with_kind = default_rules(report(kind="rule-of-law"))
        assert with_kind[: len(DEFAULT_RULES)] == DEFAULT_RULES
        assert len(with_kind) > len(DEFAULT_RULES)
        with pytest.raises(gr.ValidationError, match="budget"):
            check(report(kind="budget"))


class TestLocale:
    @given(strategies.inconsistent_reports(hostile=False))
    def test_every_built_in_finding_reads_in_chinese(self, case: strategies.Injected) -> None:
        """Each finding is worded from the catalog, a whole sentence with Chinese punctuation."""
        english = check(case.report)
        chinese = check(case.report, locale="zh_Hans_CN")
        assert [(f.code, f.location, f.facts) for f in chinese] == [
            (f.code, f.location, f.facts) for f in english
        ]
        for en, zh in zip(english, chinese, strict=True):
            assert zh.message == en.format("zh_Hans_CN")
            assert zh.message.endswith("。")
            assert not re.search(r"[{}]|\b(the|of|and|than)\b", zh.message), zh.message
            assert zh.format("en") == en.message

    def test_an_unknown_locale_fails_before_any_rule_runs(self) -> None:
        def rule(report: gr.Report) -> Iterator[Finding]:
            raise AssertionError("ran")
            yield  # pragma: no cover

        report = gr.Report(title="报告", authority="某局", year=2023)
        with pytest.raises(
            gr.ValidationError, match="no messages in locale 'fr'; available: en, zh_Hans_CN"
        ):
            check(report, rules=[rule], locale="fr")
