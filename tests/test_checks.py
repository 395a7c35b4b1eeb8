"""Consistency checks: findings, interval semantics of each rule, ordering and custom rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

import govreport as gr
from govreport._checks_index import index
from govreport.checks import (
    DEFAULT_RULES,
    Finding,
    check,
    declared_counts,
    default_rules,
    locate,
    percent_ranges,
    periods,
    ratios,
    sums,
)

YEAR = 2023


def report(
    *inlines: gr.Inline,
    relations: Sequence[gr.Relation] = (),
    blocks: Sequence[gr.Block] = (),
    sections: Sequence[gr.Section] = (),
    **fields: object,
) -> gr.Report:
    """A one-section report whose paragraph holds *inlines*, then *blocks* and *sections*."""
    paragraph = gr.Paragraph(text=gr.Text(("据统计，", *inlines, "。")))
    return gr.Report(
        title="2023年度报告",
        authority="某乡人民政府",
        year=YEAR,
        sections=[gr.Section(title="情况", blocks=[paragraph, *blocks]), *sections],
        relations=relations,
        **fields,  # type: ignore[arg-type]
    )


def m(
    id_: str, value: int | str, unit: str = "件", label: str = "", **quantity: object
) -> gr.Metric:
    return gr.metric(id_, value, unit, label=label or id_.rsplit(".", 1)[-1], **quantity)


def total_of(total: gr.Metric, *parts: gr.Metric, exhaustive: bool = True) -> gr.Report:
    relation = gr.Total(total=total.id, parts=[p.id for p in parts], exhaustive=exhaustive)
    return report(total, *parts, relations=[relation])


def codes(found: list[Finding]) -> list[str]:
    return [f.code for f in found]


PARTS = ("party_issued", "party_letters", "gov_issued", "gov_letters", "gov_correspondence")


class TestTownship:
    """The seed report's 560 documents whose parts add up to 545."""

    def lutang(self) -> gr.Report:
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

    def test_exactly_one_sum_mismatch_at_the_fourth_item(self) -> None:
        """560 documents vs parts adding up to 545: one error at 一（二）3.（4）, naming both."""
        found = check(self.lutang())
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


class TestFinding:
    def test_str_names_severity_code_and_location(self) -> None:
        """str() reads as one line a CLI can print."""
        f = Finding(code="count-mismatch", severity="warning", location="二", message="m")
        assert str(f) == "warning count-mismatch at 二: m"
        assert str(Finding(code="x", severity="info", message="m")) == "info x: m"

    @pytest.mark.parametrize(
        ("field", "value", "match"),
        [
            ("severity", "fatal", "'severity' must be one of error, warning, info"),
            ("code", "Sum Mismatch", "'code' must be lower-case words joined by hyphens"),
            ("message", " ", "'message' must not be empty"),
            ("metrics", ["Not An Id"], "'metrics' must be a dotted id"),
        ],
    )
    def test_fields_are_validated(self, field: str, value: object, match: str) -> None:
        """Severity, code, message and metric ids are checked when a finding is built."""
        fields: dict[str, object] = {"code": "sum-mismatch", "severity": "error", "message": "m"}
        fields[field] = value
        with pytest.raises(gr.ValidationError, match=match):
            Finding(**fields)  # type: ignore[arg-type]


class TestSums:
    @pytest.mark.parametrize(
        ("total", "parts", "ok"),
        [
            # The XBRL Calculations 1.1 examples (ecosystem guide §8).
            (("0.9", "万"), [("0.4", "万"), ("0.3", "万"), ("0.3", "万")], True),
            (("0.9", "万"), [("0.5", "万"), ("0.5", "万"), ("0.5", "万")], False),
            ((560, None), [(500, None), (45, None), (15, None)], True),
            ((560, None), [(500, None), (45, None)], False),
        ],
    )
    def test_rounded_amounts(
        self, total: tuple[object, str | None], parts: list[tuple[object, str | None]], ok: bool
    ) -> None:
        """Rounded figures are flagged only when no values within their rounding add up."""
        t = m("money.total", total[0], "元", scale=total[1])  # type: ignore[arg-type]
        ps = [m(f"money.p{n}", v, "元", scale=s) for n, (v, s) in enumerate(parts)]  # type: ignore[arg-type]
        assert codes(check(total_of(t, *ps))) == ([] if ok else ["sum-mismatch"])

    def test_approximate_parts_can_make_an_approximate_total(self) -> None:
        """30余次 = 10余次 + 20次 is possible; 30余次 = 10次 + 20次 (exactly 30) is not."""
        t = m("s.total", 30, "次", approx="余")
        assert check(total_of(t, m("s.a", 10, "次", approx="余"), m("s.b", 20, "次"))) == []
        found = check(total_of(t, m("s.a", 10, "次"), m("s.b", 20, "次")))
        assert [f.message for f in found] == [
            "the parts a10次 + b20次 add up to 30次, always less than the total "
            "total30余次 (more than 30次 and less than 40次)"
        ]

    def test_parts_over_the_total_are_an_error_even_when_not_exhaustive(self) -> None:
        """Listed parts (其中…) may fall short of the total but never exceed it."""
        t = m("d.total", 100)
        short = total_of(t, m("d.a", 40), m("d.b", 30), exhaustive=False)
        over = total_of(t, m("d.a", 70), m("d.b", 45), exhaustive=False)
        assert check(short) == []
        assert [f.message for f in check(over)] == [
            "the listed parts a70件 + b45件 add up to 115件, 15件 more than the total total100件"
        ]

    def test_exhaustive_parts_short_of_the_total_are_an_error(self) -> None:
        """Parts declared to make up the whole must reach it."""
        found = check(total_of(m("d.total", 100), m("d.a", 40), m("d.b", 30)))
        assert codes(found) == ["sum-mismatch"]

    def test_unbounded_part_never_falls_short(self) -> None:
        """A part written 2名以上 may be any number from 2 up, so the sum can always reach."""
        t = m("p.total", 50, "名")
        assert check(total_of(t, m("p.a", 2, "名", approx="以上"), m("p.b", 3, "名"))) == []

    def test_a_part_in_another_unit_is_a_finding_not_a_crash(self) -> None:
        """Parts must be in the total's unit after the scale; 万元 and 元 add up fine."""
        ok = total_of(
            m("u.total", 15000, "元"), m("u.a", 1, "元", scale="万"), m("u.b", 5000, "元")
        )
        assert check(ok) == []
        found = check(total_of(m("u.total", 10), m("u.a", 4, "份"), m("u.b", 6)))
        assert [f.message for f in found] == [
            "a4份 is not in the unit of the total total10件 (件), so the parts cannot be added up"
        ]


class TestRatios:
    def rate(self, rate: gr.Metric, num: gr.Metric, den: gr.Metric) -> gr.Report:
        relation = gr.Rate(rate=rate.id, numerator=num.id, denominator=den.id)
        return report(den, num, rate, relations=[relation])

    def test_exact_rate(self) -> None:
        """8 received, 7 closed: 87.5% holds and 77.5% does not."""
        num, den = m("c.done", 7, label="办结"), m("c.got", 8, label="收到")
        assert check(self.rate(m("c.rate", "87.5", "%"), num, den)) == []
        found = check(self.rate(m("c.rate", "77.5", "%", label="办结率"), num, den))
        assert [f.message for f in found] == [
            "the rate 办结率77.5% does not match 办结7件 out of 收到8件, which gives 87.5%"
        ]

    def test_rounded_rate(self) -> None:
        """2 of 3 is 66.67%: 66.7% and 67% are fine, 66.6% is not (it means 66.55–66.65)."""
        num, den = m("c.done", 2), m("c.got", 3)
        for ok in ("66.7", "67", "66.67"):
            assert check(self.rate(m("c.rate", ok, "%"), num, den)) == [], ok
        assert codes(check(self.rate(m("c.rate", "66.6", "%"), num, den))) == ["ratio-mismatch"]

    def test_per_mille(self) -> None:
        """‰ rates are numerator ÷ denominator × 1000."""
        num, den = m("c.done", 3), m("c.got", 4000)
        assert check(self.rate(m("c.rate", "0.75", "‰"), num, den)) == []
        assert codes(check(self.rate(m("c.rate", "7.5", "‰"), num, den))) == ["ratio-mismatch"]

    def test_approximate_figures(self) -> None:
        """约90% of 近100件 with 88件 done is possible."""
        rate = m("c.rate", 90, "%", approx="约")
        num, den = m("c.done", 88), m("c.got", 100, approx="近")
        assert check(self.rate(rate, num, den)) == []

    def test_denominator_that_may_be_zero_is_not_checked(self) -> None:
        """不到10件 received may be 0, where no rate is defined: no finding."""
        rate, num = m("c.rate", 50, "%"), m("c.done", 3)
        assert check(self.rate(rate, num, m("c.got", 10, approx="不到"))) == []
        assert check(self.rate(rate, m("c.done", 0), m("c.got", 0))) == []

    def test_numerator_over_denominator_is_a_percent_range_only(self) -> None:
        """More closed than received makes the share exceed 100%: one percent-range finding."""
        found = check(
            self.rate(
                m("c.rate", 100, "%", label="办结率"),
                m("c.done", 9, label="办结"),
                m("c.got", 8, label="收到"),
            )
        )
        assert [str(f) for f in found] == [
            "error percent-range at 一: the share 办结率100% is 办结9件 out of 收到8件, "
            "which gives 112.5%, outside 0%–100%"
        ]

    def test_growth_rate_is_not_a_share(self) -> None:
        """A change (同比增长149.6%) may pass 100%; only the cross-multiplication is checked."""
        rate = m("g.rate", "149.6", "%", change=True)
        assert check(self.rate(rate, m("g.up", 1496), m("g.base", 1000))) == []


class TestPercentRanges:
    @pytest.mark.parametrize(("value", "approx"), [(100, "超"), (100, "余"), (0, "不到")])
    def test_share_marked_past_the_range(self, value: int, approx: str) -> None:
        """超100%, 100余% and 不到0% denote no share at all."""
        found = percent_ranges(report(m("x.rate", value, "%", approx=approx)))
        assert [f.metrics for f in found] == [("x.rate",)]

    def test_share_within_range_and_change(self) -> None:
        """近100% is a share; 超100% growth (change=True) is not checked."""
        assert list(percent_ranges(report(m("x.rate", 100, "%", approx="近")))) == []
        assert list(percent_ranges(report(m("x.rate", 100, "%", approx="超", change=True)))) == []


class TestDeclaredCounts:
    def counted(
        self, count: gr.Metric, items: gr.Section | gr.Points | gr.Terms | gr.Table
    ) -> gr.Report:
        relation = gr.DeclaredCount(count=count.id, items="things")
        if isinstance(items, gr.Section):
            return report(count, relations=[relation], sections=[items])
        if isinstance(items, gr.Terms):
            return report(count, items, relations=[relation])
        return report(count, relations=[relation], blocks=[items])

    @pytest.mark.parametrize(
        "make",
        [
            lambda n: gr.Section(
                title="下一步", id="things", children=[gr.Section(title="甲")] * n
            ),
            lambda n: gr.Points(items=["做好。"] * n, id="things"),
            lambda n: gr.Terms(items=["法治"] * n, id="things"),
            lambda n: gr.Table(rows=[["行"]] * n, id="things"),
        ],
        ids=["section", "points", "terms", "table"],
    )
    def test_each_kind_of_item(self, make: object) -> None:
        """Subsections, points, terms and table body rows are counted."""
        assert callable(make)
        four = m("plan.areas", 4, "个", numerals="chinese", label="方面")
        assert check(self.counted(four, make(4))) == []
        assert codes(check(self.counted(four, make(5)))) == ["count-mismatch"]

    def test_message_names_the_count_as_written(self) -> None:
        """The message writes the count as the report does (四个) and where the items are."""
        four = m("plan.areas", 4, "个", numerals="chinese", label="方面")
        items = gr.Section(title="下一步", id="things", children=[gr.Section(title="甲")] * 3)
        assert [str(f) for f in check(self.counted(four, items))] == [
            "error count-mismatch at 一: the declared count 四个 (方面) does not match the "
            "3 subsections of 二"
        ]

    def test_approximate_count_uses_its_interval(self) -> None:
        """近十个 means 9 (a count just under ten), not 10."""
        ten = m("plan.areas", 10, "个", approx="近", numerals="chinese", label="领域")
        assert check(self.counted(ten, gr.Points(items=["做好。"] * 9, id="things"))) == []
        found = check(self.counted(ten, gr.Points(items=["做好。"] * 10, id="things")))
        assert [f.message for f in found] == [
            "the declared count 近十个, that is at least 9个 and less than 10个 (领域) does not "
            "match the 10 points at 一"
        ]


class TestPeriods:
    closing = gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15))

    def messages(self, **fields: Any) -> list[str]:
        return [str(f) for f in periods(report(**fields))]

    def test_consistent_dates(self) -> None:
        """Signed and published early next year, citing this year's documents: no finding."""
        ref = gr.DocumentReference(title="通知", number="工作通知〔2023〕38号")
        r = report(
            ref, closing=self.closing, published=dt.date(2024, 2, 1), number="某府发〔2024〕3号"
        )
        assert check(r) == []

    def test_signed_before_the_year_began(self) -> None:
        """A report on 2023 cannot be signed in 2022."""
        early = gr.Closing(signature="某乡人民政府", date=dt.date(2022, 12, 30))
        assert self.messages(closing=early) == [
            "error period-mismatch: the report on 2023 is signed on 2022-12-30, before 2023 began"
        ]

    def test_published_before_signed(self) -> None:
        """Publication cannot precede the signature."""
        assert len(self.messages(closing=self.closing, published=dt.date(2024, 1, 2))) == 1
        assert self.messages(published=dt.date(2022, 5, 1)) == [
            "error period-mismatch: the report on 2023 was published on 2022-05-01, before 2023 began"
        ]

    def test_numbers_from_the_wrong_year(self) -> None:
        """Its own number cannot predate the year; a citation cannot postdate the signature."""
        assert len(self.messages(number="某府发〔2022〕3号")) == 1
        ref = gr.DocumentReference(number="工作通知〔2025〕38号")
        found = list(periods(report(ref, closing=self.closing)))
        assert [(f.location, f.severity) for f in found] == [("一", "error")]
        assert "工作通知〔2025〕38号" in found[0].message

    def test_plan_due_in_the_year_reported_on_is_a_warning(self) -> None:
        """A commitment for the coming year due within the year reported on is suspicious."""
        plan = gr.Commitment(text="加大宣传力度。", deadline=dt.date(2023, 12, 31))
        found = list(periods(report(blocks=[plan])))
        assert [(f.code, f.severity, f.location) for f in found] == [
            ("period-mismatch", "warning", "一")
        ]


class TestCheck:
    def test_findings_come_in_reading_order(self) -> None:
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

    def test_rules_replace_the_defaults(self) -> None:
        """rules= runs only the rules given."""
        r = total_of(m("d.total", 100), m("d.a", 40))
        assert codes(check(r)) == ["sum-mismatch"]
        assert check(r, rules=[ratios, declared_counts]) == []
        assert codes(check(r, rules=[sums])) == ["sum-mismatch"]

    def test_custom_rule(self) -> None:
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

    def test_rule_returning_something_else_is_refused(self) -> None:
        """A rule must yield Finding objects."""
        with pytest.raises(gr.ModelTypeError, match="returned a str, not a Finding"):
            check(report(), rules=[lambda r: ["oops"]])  # type: ignore[list-item]

    def test_not_a_report(self) -> None:
        """check() needs a Report."""
        with pytest.raises(gr.ModelTypeError, match=r"check\(\) needs a Report \(got dict\)"):
            check({})  # type: ignore[arg-type]

    def test_default_rules(self) -> None:
        """Without a kind the defaults run; a kind adds its rules; an unknown kind is an error."""
        assert default_rules(report()) == DEFAULT_RULES
        with_kind = default_rules(report(kind="rule-of-law"))
        assert with_kind[: len(DEFAULT_RULES)] == DEFAULT_RULES
        assert len(with_kind) > len(DEFAULT_RULES)
        with pytest.raises(gr.ValidationError, match="budget"):
            check(report(kind="budget"))

    def test_index_is_built_once_per_report(self) -> None:
        """The rules of one check share one index of the report."""
        r = report(m("x.a", 1))
        assert index(r) is index(r)
        assert index(report(m("x.a", 1))) is not index(r)

    def test_locate(self) -> None:
        """locate() finds metrics in the title, preamble and sections, and counted items."""
        title_metric = m("t.n", 3, "个")
        r = gr.Report(
            title=gr.text("报告{n}", n=title_metric),
            authority="某乡人民政府",
            year=YEAR,
            sections=[
                gr.Section(
                    title="甲",
                    children=[
                        gr.Section(title="子", id="kid", blocks=[gr.Points(items=["一"], id="pts")])
                    ],
                )
            ],
        )
        assert [locate(r, i) for i in ("t.n", "kid", "pts")] == ["", "一（一）", "一（一）"]
