"""The rule about stated changes: ``change-mismatch``.

A :class:`~govreport.Change` whose previous value is a figure of the same
report (``比2022年的50件增长20%``) is checked here; open changes, whose
previous value is in last year's report, are checked by
:func:`govreport.compare`, which builds its findings with :func:`mismatch`.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._changes import change_holds, implied_change
from .._finding import Finding
from .._messages import N_, Phrase
from .._quantity import Metric
from .._relations import Change
from .._report import Report
from ..units import SHARE_UNITS
from ._index import index
from ._words import amount, named

__all__ = ["changes", "mismatch"]


def changes(report: Report) -> Iterator[Finding]:
    """``change-mismatch``: a stated change its previous and current figures cannot give.

    Each figure stands for the interval it denotes, so ``增长12.3%`` over
    rounded or approximate figures (``约``, ``余``) is flagged only when no
    true values inside those intervals give it. Open changes (previous value
    in another report) are left to :func:`govreport.compare`.

    >>> import govreport as gr
    >>> before = gr.metric("cases.before", 50, "件", label="上年受理")
    >>> now = gr.metric("cases.total", 60, "件", label="受理")
    >>> rise = gr.metric("cases.growth", 25, "%", change=True, label="增长")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("{n}，比{b}{g}。", n=now, b=before, g=rise))],
    ...     relations=[gr.Change(current="cases.total", stated="cases.growth", form="rate",
    ...                          previous="cases.before")])
    >>> [f.message for f in changes(r)]
    ['the change 增长25% does not match 上年受理50件 → 受理60件, which is an increase of 20%']
    """
    found = index(report)
    for relation in report.relations:
        if not isinstance(relation, Change) or relation.previous is None:
            continue
        previous = found.metrics[relation.previous]
        if not change_holds(
            relation.form,
            relation.direction,
            previous=found.interval(relation.previous),
            current=found.interval(relation.current),
            stated=found.metrics[relation.stated].quantity,
        ):
            yield mismatch(
                relation,
                previous=previous,
                current=found.metrics[relation.current],
                stated=found.metrics[relation.stated],
                location=found.metric_locations[relation.stated],
            )


def mismatch(
    relation: Change, *, previous: Metric, current: Metric, stated: Metric, location: str
) -> Finding:
    """The ``change-mismatch`` finding for *relation*, placed where the change is stated."""
    metrics = relation.ids() if relation.previous is not None else (relation.current, stated.id)
    return Finding(
        code="change-mismatch",
        severity="error",
        location=location,
        template=N_("the change {change} does not match {previous} → {current}, which {implied}"),
        facts={
            "change": named(stated),
            "previous": named(previous),
            "current": named(current),
            "implied": _implied(relation, previous, current, stated),
        },
        metrics=metrics,
    )


def _implied(relation: Change, previous: Metric, current: Metric, stated: Metric) -> Phrase:
    """What the written previous and current figures give, as a phrase."""
    value = implied_change(relation.form, previous.quantity, current.quantity)
    if value is None:
        return Phrase(template=N_("cannot give it from a previous value of 0"))
    if relation.form == "multiple":
        return Phrase(template=N_("is {value} times as much"), facts={"value": value})
    if value == 0:
        return Phrase(template=N_("is no change"))
    if relation.form == "rate":
        unit = stated.quantity.unit if stated.quantity.unit in SHARE_UNITS else "%"
        shown = f"{format((abs(value) * SHARE_UNITS[unit] / 100).normalize(), 'f')}{unit}"
    else:
        # A difference of per-cent figures is said in 个百分点, as the text states it.
        points = stated.quantity.unit == "个百分点"
        shown = amount(abs(value), stated.quantity if points else current.quantity)
    if value > 0:
        return Phrase(template=N_("is an increase of {value}"), facts={"value": shown})
    return Phrase(template=N_("is a decrease of {value}"), facts={"value": shown})
