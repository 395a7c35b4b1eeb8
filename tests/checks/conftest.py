"""Shared builders for the checks tests: one-section reports, metrics and totals.

Conftest modules are not importable, so each builder is also a session fixture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

import govreport as gr

YEAR = 2023


def one_section_report(
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


def make_metric(
    id_: str, value: int | str, unit: str = "件", label: str = "", **quantity: object
) -> gr.Metric:
    """A metric labelled with the last part of its id unless *label* is given."""
    return gr.metric(id_, value, unit, label=label or id_.rsplit(".", 1)[-1], **quantity)


def total_report(total: gr.Metric, *parts: gr.Metric, exhaustive: bool = True) -> gr.Report:
    """A one-section report stating *total* and *parts*, with the Total relation."""
    relation = gr.Total(total=total.id, parts=[p.id for p in parts], exhaustive=exhaustive)
    return one_section_report(total, *parts, relations=[relation])


def finding_codes(found: list[gr.Finding]) -> list[str]:
    """The codes of *found*, in order."""
    return [f.code for f in found]


@pytest.fixture(scope="session")
def report() -> Callable[..., gr.Report]:
    """Build a one-section report (see :func:`one_section_report`)."""
    return one_section_report


@pytest.fixture(scope="session")
def m() -> Callable[..., gr.Metric]:
    """Build a metric (see :func:`make_metric`)."""
    return make_metric


@pytest.fixture(scope="session")
def total_of() -> Callable[..., gr.Report]:
    """Build a report with a total and its parts (see :func:`total_report`)."""
    return total_report


@pytest.fixture(scope="session")
def codes() -> Callable[[list[gr.Finding]], list[str]]:
    """The codes of a list of findings."""
    return finding_codes
