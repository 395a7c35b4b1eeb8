"""The sum rule: parts that cannot add up to their total (``sum-mismatch``).

Figures are compared as the intervals they denote (:meth:`~govreport.Quantity.interval`):
a total is reported only when no true values inside those intervals add up,
as XBRL Calculations 1.1 does, so rounded and approximate figures are never
flagged falsely.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._finding import Finding
from .._interval import Interval
from .._messages import N_, Fact, Phrase
from .._quantity import Metric
from .._relations import Total
from .._report import Report
from ._index import ReportIndex, index
from ._words import amount, describe, named, names

__all__ = ["sums"]


def sums(report: Report) -> Iterator[Finding]:
    """``sum-mismatch``: parts that cannot add up to their :class:`~govreport.Total`.

    Exhaustive parts must be able to add up to the total; listed parts of a
    non-exhaustive total (其中…) may fall short of it but never exceed it. A
    part in another unit than the total (after the 万/亿 scale) is reported
    too, since it cannot be added. The finding stands where the total is written.

    >>> import govreport as gr
    >>> total = gr.metric("docs.total", 560, "件", label="共计发文")
    >>> a = gr.metric("docs.a", 500, "件", label="府发")
    >>> b = gr.metric("docs.b", 45, "件", label="府函")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("{t}，其中{a}，{b}。", t=total, a=a, b=b))],
    ...     relations=[gr.Total(total="docs.total", parts=["docs.a", "docs.b"])])
    >>> [f.message for f in sums(r)]
    ['the parts 府发500件 + 府函45件 add up to 545件, 15件 short of the total 共计发文560件']
    """
    found = index(report)
    for relation in report.relations:
        if isinstance(relation, Total):
            finding = _total(relation, found)
            if finding is not None:
                yield finding


def _total(relation: Total, found: ReportIndex) -> Finding | None:
    metrics = found.metrics
    total = metrics[relation.total]
    parts = [metrics[id_] for id_ in relation.parts]
    unit = total.quantity.unit
    if any(part.quantity.unit != unit for part in parts):
        return _sum_finding(relation, found, total, parts, None, None)
    # Straight to Quantity.interval(): this loop is the hot path of check(), and a
    # part of a total is rarely needed by another rule, so the index memo would cost more.
    wanted = total.quantity.interval()
    summed = Interval.sum([part.quantity.interval() for part in parts])
    if relation.exhaustive:
        if summed.intersects(wanted):
            return None
    elif summed.intersects(Interval(None, wanted.high, high_open=wanted.high_open)):
        return None  # listed parts may fall short of the total
    return _sum_finding(relation, found, total, parts, wanted, summed)


def _sum_finding(
    relation: Total,
    found: ReportIndex,
    total: Metric,
    parts: list[Metric],
    wanted: Interval | None,
    summed: Interval | None,
) -> Finding:
    """The finding for a total whose parts are in another unit, or cannot add up to it."""
    unit = total.quantity.unit
    facts: dict[str, Fact] = {"total": named(total)}
    if wanted is None or summed is None:
        odd = [part for part in parts if part.quantity.unit != unit]
        facts["odd"] = names(odd)
        facts["unit"] = unit or Phrase(template=N_("no unit"))
        template = (
            N_(
                "{odd:、} is not in the unit of the total {total} ({unit}), so the parts cannot be added up"
            )
            if len(odd) == 1
            else N_(
                "{odd:、} are not in the unit of the total {total} ({unit}), so the parts cannot be added up"
            )
        )
    else:
        over = wanted.precedes(summed)
        facts["listed"] = Phrase(
            template=N_("the parts") if relation.exhaustive else N_("the listed parts")
        )
        facts["verb"] = Phrase(template=N_("add up to") if len(parts) > 1 else N_("come to"))
        facts["parts"] = names(parts)
        like = total.quantity
        exact = summed.is_point and wanted.is_point
        if exact and summed.low is not None and wanted.low is not None:
            facts["sum"] = amount(summed.low, like)
            facts["gap"] = amount(abs(summed.low - wanted.low), like)
            facts["difference"] = summed.low - wanted.low
            template = (
                N_("{listed} {parts: + } {verb} {sum}, {gap} more than the total {total}")
                if over
                else N_("{listed} {parts: + } {verb} {sum}, {gap} short of the total {total}")
            )
        else:
            facts["sum"] = describe(summed, like)
            if not wanted.is_point:
                facts["total"] = Phrase(
                    template=N_("{figure} ({range})"),
                    facts={"figure": named(total), "range": describe(wanted, like)},
                )
            template = (
                N_("{listed} {parts: + } {verb} {sum}, always more than the total {total}")
                if over
                else N_("{listed} {parts: + } {verb} {sum}, always less than the total {total}")
            )
    return Finding(
        code="sum-mismatch",
        severity="error",
        location=found.metric_locations[total.id],
        template=template,
        facts=facts,
        metrics=relation.ids(),
    )
