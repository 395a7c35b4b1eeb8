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
from .._quantity import Metric
from .._relations import Total
from .._report import Report
from ._index import ReportIndex, index
from ._words import amount, describe, joined, named

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
    if wanted is None or summed is None:
        odd = [part for part in parts if part.quantity.unit != unit]
        verb = "is" if len(odd) == 1 else "are"
        message = (
            f"{joined(odd, '、')} {verb} not in the unit of the total {named(total)} "
            f"({unit or 'no unit'}), so the parts cannot be added up"
        )
    else:
        over = wanted.precedes(summed)
        listed = "the parts" if relation.exhaustive else "the listed parts"
        verb = "add up to" if len(parts) > 1 else "come to"
        like = total.quantity
        exact = summed.is_point and wanted.is_point
        if exact and summed.low is not None and wanted.low is not None:
            gap = amount(abs(summed.low - wanted.low), like)
            side = f"{gap} more than" if over else f"{gap} short of"
            message = (
                f"{listed} {joined(parts)} {verb} {amount(summed.low, like)}, "
                f"{side} the total {named(total)}"
            )
        else:
            side = "always more than" if over else "always less than"
            written = named(total)
            if not wanted.is_point:
                written += f" ({describe(wanted, like)})"
            message = (
                f"{listed} {joined(parts)} {verb} {describe(summed, like)}, {side} the total "
                f"{written}"
            )
    return Finding(
        code="sum-mismatch",
        severity="error",
        location=found.metric_locations[total.id],
        message=message,
        metrics=relation.ids(),
    )
