"""A :class:`~govreport.checks.Comparison` as plain text and as JSON-ready data (``govreport compare``).

Figures are written as the reports write them (``10余次``); computed changes
are exact decimals with the current figure's unit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._finding import Finding
from .._quantity import Metric
from .._written import written
from ..checks import Comparison, Matched, StatedChange

__all__ = ["comparison_data", "comparison_text", "finding_data", "signed"]


def signed(value: Decimal | None, unit: str) -> str:
    """A change with its sign (``+10件``, ``-12.3%``), or ``—`` when there is none.

    >>> signed(Decimal(10), "件"), signed(Decimal("-12.3"), "%"), signed(None, "%")
    ('+10件', '-12.3%', '—')
    """
    if value is None:
        return "—"
    return f"{'+' if value > 0 else ''}{value}{unit}"


def _line(m: Matched) -> str:
    unit = m.current.quantity.unit
    change = signed(m.change, unit)
    relative = signed(m.relative, "%")
    by = "" if m.by == "id" else f" (matched by label, was {m.previous.id})"
    return (
        f"{m.location or '(preamble)'}  {m.current.label}  {written(m.previous.quantity)} → "
        f"{written(m.current.quantity)}  {change} ({relative}){by}"
    )


def _figure(metric: Metric) -> str:
    return f"{metric.id}  {metric.label}{written(metric.quantity)}"


def comparison_text(result: Comparison) -> str:
    """The comparison in lines: a summary, matched figures, new, dropped, stated changes, findings."""
    lines = [
        f"{result.previous.year} → {result.current.year}: {len(result.matched)} matched, "
        f"{len(result.new)} new, {len(result.dropped)} dropped, "
        f"{len(result.changes)} stated change(s), {len(result.findings)} wrong"
    ]
    lines += ["", "matched:", *(f"  {_line(m)}" for m in result.matched)]
    if result.new:
        lines += ["", "new:", *(f"  {_figure(m)}" for m in result.new)]
    if result.dropped:
        lines += ["", "dropped:", *(f"  {_figure(m)}" for m in result.dropped)]
    if result.changes:
        lines += ["", "stated changes:", *(f"  {_stated(c)}" for c in result.changes)]
    if result.findings:
        lines += ["", "findings:"]
        lines += [
            f"  {f.location or '(report)'}: {f.severity} [{f.code}] {f.message}"
            for f in result.findings
        ]
    return "\n".join(lines)


def _verdict(change: StatedChange) -> str:
    return {True: "right", False: "WRONG", None: "not checked"}[change.holds]


def _stated(change: StatedChange) -> str:
    relation = change.relation
    against = "no previous figure" if change.previous is None else change.previous.id
    return f"{_verdict(change)}  {relation.current} {relation.form} ({relation.stated}) against {against}"


def _metric_data(metric: Metric) -> dict[str, Any]:
    return {"id": metric.id, "label": metric.label, "written": written(metric.quantity)}


def finding_data(finding: Finding) -> dict[str, Any]:
    """A finding as JSON-ready data (the same fields as ``govreport check --format json``)."""
    return {
        "code": finding.code,
        "severity": finding.severity,
        "location": finding.location,
        "message": finding.message,
        "metrics": list(finding.metrics),
    }


def comparison_data(result: Comparison) -> dict[str, Any]:
    """The comparison as JSON-ready data: decimals as strings, ``None`` as null."""

    def number(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "previous": {"authority": result.previous.authority, "year": result.previous.year},
        "current": {"authority": result.current.authority, "year": result.current.year},
        "matched": [
            {
                "id": m.current.id,
                "previous_id": m.previous.id,
                "by": m.by,
                "location": m.location,
                "label": m.current.label,
                "previous": written(m.previous.quantity),
                "current": written(m.current.quantity),
                "unit": m.current.quantity.unit,
                "change": number(m.change),
                "relative": number(m.relative),
            }
            for m in result.matched
        ],
        "new": [_metric_data(m) for m in result.new],
        "dropped": [_metric_data(m) for m in result.dropped],
        "changes": [
            {
                "current": c.relation.current,
                "stated": c.relation.stated,
                "form": c.relation.form,
                "direction": c.relation.direction,
                "previous": None if c.previous is None else c.previous.id,
                "holds": c.holds,
            }
            for c in result.changes
        ],
        "findings": [finding_data(f) for f in result.findings],
    }
