"""Built-in rules about figures: sums, ratios, shares and declared counts.

Each rule compares the intervals the figures denote (:meth:`~govreport.Quantity.interval`)
and reports a relation only when no true values inside those intervals satisfy
it, as XBRL Calculations 1.1 does, so rounded and approximate figures are never
flagged falsely.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final, NamedTuple

from ._blocks import Points
from ._checks_finding import Finding
from ._checks_index import Item, ReportIndex, index
from ._checks_words import amount, describe, figure, joined, named
from ._interval import Interval
from ._quantity import Metric, Quantity
from ._relations import DeclaredCount, Rate, Total
from ._report import Report, Section
from ._text import Terms
from .units import SHARE_UNITS

__all__ = ["declared_counts", "percent_ranges", "ratios", "sums"]

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)
_CENT: Final = Decimal("0.01")
_WHOLE: Final = {whole: Interval(_ZERO, whole) for whole in SHARE_UNITS.values()}
"""Every share a rate in % (or ‰) may be: [0, 100] (or [0, 1000])."""


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


def _is_share(metric: Metric) -> bool:
    quantity = metric.quantity
    return quantity.unit in SHARE_UNITS and not quantity.change


class _RateFacts(NamedTuple):
    """What :func:`~govreport.checks.ratios` and :func:`~govreport.checks.percent_ranges` both need to know about a rate."""

    rate: Metric
    numerator: Metric
    denominator: Metric
    n: Interval  # the numerator's interval × 100 (%), × 1000 (‰) or × 1
    d: Interval
    checkable: bool  # a rate that denotes something, over a denominator that cannot be 0
    out_of_range: bool  # a share that numerator and denominator force outside 0–100%
    matches: bool  # some rate × denominator equals some numerator × 100


def _rate_facts(relation: Rate, found: ReportIndex) -> _RateFacts:
    key = id(relation)  # the report keeps the relation alive as long as its index
    facts = found.shared.get(key)
    if facts is None:
        facts = found.shared[key] = _rate_facts_now(relation, found)
    return facts


def _rate_facts_now(relation: Rate, found: ReportIndex) -> _RateFacts:
    rate = found.metrics[relation.rate]
    factor = SHARE_UNITS.get(rate.quantity.unit, _ONE)
    r = found.interval(relation.rate)
    n = found.interval(relation.numerator).scaled(factor)
    d = found.interval(relation.denominator)
    share = _is_share(rate)
    checkable = not d.contains(_ZERO) and not (r.is_empty and share)
    out_of_range = checkable and share and not (_WHOLE[factor] * d).intersects(n)
    matches = not checkable or out_of_range or (r * d).intersects(n)
    return _RateFacts(
        rate,
        found.metrics[relation.numerator],
        found.metrics[relation.denominator],
        n,
        d,
        checkable,
        out_of_range,
        matches,
    )


def ratios(report: Report) -> Iterator[Finding]:
    """``ratio-mismatch``: a stated rate that its numerator and denominator cannot give.

    A :class:`~govreport.Rate` holds when some rate *r*, numerator *n* and
    denominator *d* inside their intervals satisfy ``r × d = n × 100`` (× 1000
    for ‰, × 1 for other units). Cross-multiplying keeps the arithmetic exact.
    A denominator that may be 0 cannot be checked, so it gives no finding; a
    share forced outside 0–100% is left to :func:`~govreport.checks.percent_ranges`.

    >>> import govreport as gr
    >>> done = gr.metric("cases.done", 7, "件", label="办结")
    >>> got = gr.metric("cases.received", 9, "件", label="收到")
    >>> rate = gr.metric("cases.rate", "87.5", "%", label="办结率")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("{g}，{d}，{r}。", g=got, d=done, r=rate))],
    ...     relations=[gr.Rate(rate="cases.rate", numerator="cases.done", denominator="cases.received")])
    >>> [f.message for f in ratios(r)]
    ['the rate 办结率87.5% does not match 办结7件 out of 收到9件, which gives about 77.78%']
    """
    found = index(report)
    for relation in report.relations:
        if not isinstance(relation, Rate):
            continue
        facts = _rate_facts(relation, found)
        if facts.matches:
            continue
        yield Finding(
            code="ratio-mismatch",
            severity="error",
            location=found.metric_locations[relation.rate],
            message=f"the rate {named(facts.rate)} does not match {named(facts.numerator)} out "
            f"of {named(facts.denominator)}, which {_implied(facts.n, facts.d, facts.rate)}",
            metrics=relation.ids(),
        )


def _implied(n: Interval, d: Interval, rate: Metric) -> str:
    """What numerator and denominator give, in words (n is already × 100 for %)."""
    like = rate.quantity
    if n.is_point and d.is_point and n.low is not None and d.low is not None:
        return "gives " + _quotient(n.low, d.low, like)
    if n.low is None or d.low is None or n.low < 0 or d.low <= 0:
        return "cannot give it"
    low = _ZERO if d.high is None else n.low / d.high
    if n.high is None:
        return f"gives at least {_quotient(low, _ONE, like)}"
    return f"gives {_quotient(low, _ONE, like)} to {_quotient(n.high, d.low, like)}"


def _quotient(a: Decimal, b: Decimal, like: Quantity) -> str:
    """``a / b`` in the unit of *like*, to two decimals (``about`` when rounded)."""
    shown = (a / b).quantize(_CENT, rounding=ROUND_HALF_EVEN)
    prefix = "" if shown * b == a else "about "
    return prefix + amount(shown, like)


def percent_ranges(report: Report) -> Iterator[Finding]:
    """``percent-range``: a share (% or ‰, not a change) that cannot lie within 0–100%.

    Shares are validated at construction, so this finds the two ways a share
    can still fall outside: a marker that points past the range (``超100%``,
    ``100余%``, ``不到0%``), and a :class:`~govreport.Rate` whose numerator
    and denominator force the share out of range (more cases closed than
    received). Growth rates (``change=True``) are never checked.

    >>> import govreport as gr
    >>> over = gr.metric("x.rate", 100, "%", approx="超", label="完成率")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("{o}。", o=over))])
    >>> [f.message for f in percent_ranges(r)]
    ['the share 完成率超100% denotes no value between 0% and 100%']
    """
    found = index(report)
    for id_, metric in found.metrics.items():
        quantity = metric.quantity  # inlined _is_share: this loop sees every metric
        if quantity.unit in SHARE_UNITS and not quantity.change and found.interval(id_).is_empty:
            unit = metric.quantity.unit
            yield Finding(
                code="percent-range",
                severity="error",
                location=found.metric_locations[id_],
                message=f"the share {named(metric)} denotes no value between 0{unit} and "
                f"{SHARE_UNITS[unit]}{unit}",
                metrics=(id_,),
            )
    for relation in report.relations:
        if not isinstance(relation, Rate):
            continue
        facts = _rate_facts(relation, found)
        if not facts.out_of_range:
            continue
        unit = facts.rate.quantity.unit
        yield Finding(
            code="percent-range",
            severity="error",
            location=found.metric_locations[relation.rate],
            message=f"the share {named(facts.rate)} is {named(facts.numerator)} out of "
            f"{named(facts.denominator)}, which {_implied(facts.n, facts.d, facts.rate)}, "
            f"outside 0{unit}–{SHARE_UNITS[unit]}{unit}",
            metrics=relation.ids(),
        )


def _count(item: Item) -> tuple[int, str]:
    if isinstance(item, Section):
        return len(item.children), "subsection"
    if isinstance(item, Points):
        return len(item.items), "point"
    if isinstance(item, Terms):
        return len(item.items), "listed term"
    return len(item.rows), "table row"


def declared_counts(report: Report) -> Iterator[Finding]:
    """``count-mismatch``: a declared count (``四个方面``) that the items do not match.

    The count's interval must hold the number of items: a section's
    subsections, a 一是…二是… list's points, an inline list's terms or a
    table's body rows. An approximate count (``近十个``) uses its interval.

    >>> import govreport as gr
    >>> four = gr.metric("plan.areas", 4, "个", numerals="chinese", label="方面")
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, sections=[
    ...     gr.Section(title=gr.text("下一步从{n}推进", n=four), id="plan",
    ...                children=[gr.Section(title=t) for t in "甲乙丙丁戊"])],
    ...     relations=[gr.DeclaredCount(count="plan.areas", items="plan")])
    >>> [str(f) for f in declared_counts(r)]
    ['error count-mismatch at 一: the declared count 四个 (方面) does not match the 5 subsections of 一']
    """
    found = index(report)
    for relation in report.relations:
        if not isinstance(relation, DeclaredCount):
            continue
        metric = found.metrics[relation.count]
        item = found.items[relation.items]
        number, noun = _count(item)
        declared = found.interval(metric.id)
        if declared.contains(Decimal(number)):
            continue
        written = figure(metric.quantity)
        if not declared.is_point:
            written += f", that is {describe(declared, metric.quantity)}"
        where = found.item_locations[relation.items]
        place = f" of {where}" if isinstance(item, Section) else f" at {where}" if where else ""
        yield Finding(
            code="count-mismatch",
            severity="error",
            location=found.metric_locations[metric.id],
            message=f"the declared count {written} ({metric.label}) does not match the "
            f"{number} {noun}{'' if number == 1 else 's'}{place}",
            metrics=relation.ids(),
        )
