"""The declared-count rule: each kind of counted item, counts as written, approximate counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import govreport as gr
from govreport.checks import Finding, check

MakeMetric = Callable[..., gr.Metric]
Codes = Callable[[list[Finding]], list[str]]

MakeReport = Callable[..., gr.Report]
Item = gr.Section | gr.Points | gr.Terms | gr.Table


@pytest.fixture
def counted(report: MakeReport) -> Callable[[gr.Metric, Item], gr.Report]:
    """A report stating a declared count of the items with id ``things``."""

    def counted(count: gr.Metric, items: Item) -> gr.Report:
        relation = gr.DeclaredCount(count=count.id, items="things")
        if isinstance(items, gr.Section):
            return report(count, relations=[relation], sections=[items])
        if isinstance(items, gr.Terms):
            return report(count, items, relations=[relation])
        return report(count, relations=[relation], blocks=[items])

    return counted


class TestDeclaredCounts:
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
    def test_each_kind_of_item(
        self,
        m: MakeMetric,
        codes: Codes,
        counted: Callable[[gr.Metric, Item], gr.Report],
        make: object,
    ) -> None:
        """Subsections, points, terms and table body rows are counted."""
        assert callable(make)
        four = m("plan.areas", 4, "个", numerals="chinese", label="方面")
        assert check(counted(four, make(4))) == []
        assert codes(check(counted(four, make(5)))) == ["count-mismatch"]

    def test_message_names_the_count_as_written(
        self, m: MakeMetric, counted: Callable[[gr.Metric, Item], gr.Report]
    ) -> None:
        """The message writes the count as the report does (四个) and where the items are."""
        four = m("plan.areas", 4, "个", numerals="chinese", label="方面")
        items = gr.Section(title="下一步", id="things", children=[gr.Section(title="甲")] * 3)
        assert [str(f) for f in check(counted(four, items))] == [
            "error count-mismatch at 一: the declared count 四个 (方面) does not match the "
            "3 subsections of 二"
        ]

    def test_approximate_count_uses_its_interval(
        self, m: MakeMetric, counted: Callable[[gr.Metric, Item], gr.Report]
    ) -> None:
        """近十个 means 9 (a count just under ten), not 10."""
        ten = m("plan.areas", 10, "个", approx="近", numerals="chinese", label="领域")
        assert check(counted(ten, gr.Points(items=["做好。"] * 9, id="things"))) == []
        found = check(counted(ten, gr.Points(items=["做好。"] * 10, id="things")))
        assert [f.message for f in found] == [
            "the declared count 近十个, that is at least 9个 and less than 10个 (领域) does not "
            "match the 10 points at 一"
        ]
