"""The period rule: signature, publication, document numbers and plans against the year."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import govreport as gr
from govreport.checks import check, periods

MakeReport = Callable[..., gr.Report]


@pytest.fixture
def messages(report: MakeReport) -> Callable[..., list[str]]:
    """The period findings, as strings, of a one-section report with the given fields."""

    def messages(**fields: Any) -> list[str]:
        return [str(f) for f in periods(report(**fields))]

    return messages


class TestPeriods:
    closing = gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15))

    def test_consistent_dates(self, report: MakeReport) -> None:
        """Signed and published early next year, citing this year's documents: no finding."""
        ref = gr.DocumentReference(title="通知", number="工作通知〔2023〕38号")
        r = report(
            ref, closing=self.closing, published=dt.date(2024, 2, 1), number="某府发〔2024〕3号"
        )
        assert check(r) == []

    def test_signed_before_the_year_began(self, messages: Callable[..., list[str]]) -> None:
        """A report on 2023 cannot be signed in 2022."""
        early = gr.Closing(signature="某乡人民政府", date=dt.date(2022, 12, 30))
        assert messages(closing=early) == [
            "error period-mismatch: the report on 2023 is signed on 2022-12-30, before 2023 began"
        ]

    def test_published_before_signed(self, messages: Callable[..., list[str]]) -> None:
        """Publication cannot precede the signature."""
        assert len(messages(closing=self.closing, published=dt.date(2024, 1, 2))) == 1
        assert messages(published=dt.date(2022, 5, 1)) == [
            "error period-mismatch: the report on 2023 was published on 2022-05-01, before 2023 began"
        ]

    def test_numbers_from_the_wrong_year(
        self, report: MakeReport, messages: Callable[..., list[str]]
    ) -> None:
        """Its own number cannot predate the year; a citation cannot postdate the signature."""
        assert len(messages(number="某府发〔2022〕3号")) == 1
        ref = gr.DocumentReference(number="工作通知〔2025〕38号")
        found = list(periods(report(ref, closing=self.closing)))
        assert [(f.location, f.severity) for f in found] == [("一", "error")]
        assert "工作通知〔2025〕38号" in found[0].message

    def test_plan_due_in_the_year_reported_on_is_a_warning(self, report: MakeReport) -> None:
        """A commitment for the coming year due within the year reported on is suspicious."""
        plan = gr.Commitment(text="加大宣传力度。", deadline=dt.date(2023, 12, 31))
        found = list(periods(report(blocks=[plan])))
        assert [(f.code, f.severity, f.location) for f in found] == [
            ("period-mismatch", "warning", "一")
        ]
