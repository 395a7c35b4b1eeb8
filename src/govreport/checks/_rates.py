"""The rules about rates: a rate its figures cannot give, a share outside 0–100%.

``ratio-mismatch`` and ``percent-range`` look at the same facts about each
:class:`~govreport.Rate` (its intervals, whether it can be checked, whether the
share is forced out of range), so the facts are worked out once per rate and
shared through the report's index.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final, NamedTuple

from .._finding import Finding
from .._interval import Interval
from .._messages import N_, Fact, Phrase
from .._quantity import Metric, Quantity
from .._relations import Rate, Share
from .._report import Report
from ..units import SHARE_UNITS
from ._index import ReportIndex, index
from ._words import amount, named

__all__ = ["percent_ranges", "ratios", "shares"]

_ZERO: Final = Decimal(0)
_ONE: Final = Decimal(1)
_CENT: Final = Decimal("0.01")
_WHOLE: Final = {whole: Interval(_ZERO, whole) for whole in SHARE_UNITS.values()}
"""Every share a rate in % (or ‰) may be: [0, 100] (or [0, 1000])."""


def _is_share(metric: Metric) -> bool:
    quantity = metric.quantity
    return quantity.unit in SHARE_UNITS and not quantity.change


class _RateFacts(NamedTuple):
    """What :func:`ratios` and :func:`percent_ranges` both need to know about a rate."""

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
            template=N_(
                "the rate {rate} does not match {numerator} out of {denominator}, which {implied}"
            ),
            facts=_rate_words(facts),
            metrics=relation.ids(),
        )


def shares(report: Report) -> Iterator[Finding]:
    """``share-mismatch``: a stated share that its part and whole cannot give.

    A :class:`~govreport.Share` holds, like a rate, when some share *s*, part
    *p* and whole *w* inside their intervals satisfy ``s × w = p × 100``; a part
    larger than its whole is a mismatch too. A share figure outside 0–100%
    itself (``占102%``) is left to :func:`~govreport.checks.percent_ranges`.

    >>> import govreport as gr
    >>> whole = gr.metric("apps.answered", 80, "件", label="答复申请")
    >>> part = gr.metric("apps.open", 20, "件", label="予以公开")
    >>> share = gr.metric("apps.open_share", "20", "%", label="占")
    >>> r = gr.Report(title="报告", authority="某局", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("{w}，其中{p}，{s}。", w=whole, p=part, s=share))],
    ...     relations=[gr.Share(share="apps.open_share", part="apps.open", whole="apps.answered")])
    >>> [f.message for f in shares(r)]
    ['the share 占20% does not match 予以公开20件 out of 答复申请80件, which gives 25%']
    """
    found = index(report)
    for relation in report.relations:
        if not isinstance(relation, Share):
            continue
        facts = _rate_facts_now(
            Rate(rate=relation.share, numerator=relation.part, denominator=relation.whole), found
        )
        if facts.matches and not facts.out_of_range:
            continue
        yield Finding(
            code="share-mismatch",
            severity="error",
            location=found.metric_locations[relation.share],
            template=N_(
                "the share {rate} does not match {numerator} out of {denominator}, which {implied}"
            ),
            facts=_rate_words(facts),
            metrics=relation.ids(),
        )


def _rate_words(facts: _RateFacts) -> dict[str, Fact]:
    return {
        "rate": named(facts.rate),
        "numerator": named(facts.numerator),
        "denominator": named(facts.denominator),
        "implied": _implied(facts.n, facts.d, facts.rate),
    }


def _implied(n: Interval, d: Interval, rate: Metric) -> Phrase:
    """What numerator and denominator give, in words (n is already × 100 for %)."""
    like = rate.quantity
    if n.is_point and d.is_point and n.low is not None and d.low is not None:
        return Phrase(template=N_("gives {value}"), facts={"value": _quotient(n.low, d.low, like)})
    if n.low is None or d.low is None or n.low < 0 or d.low <= 0:
        return Phrase(template=N_("cannot give it"))
    low = _ZERO if d.high is None else n.low / d.high
    if n.high is None:
        return Phrase(
            template=N_("gives at least {value}"), facts={"value": _quotient(low, _ONE, like)}
        )
    return Phrase(
        template=N_("gives {low} to {high}"),
        facts={"low": _quotient(low, _ONE, like), "high": _quotient(n.high, d.low, like)},
    )


def _quotient(a: Decimal, b: Decimal, like: Quantity) -> Fact:
    """``a / b`` in the unit of *like*, to two decimals (``about`` when rounded)."""
    shown = (a / b).quantize(_CENT, rounding=ROUND_HALF_EVEN)
    if shown * b == a:
        return amount(shown, like)
    return Phrase(template=N_("about {value}"), facts={"value": amount(shown, like)})


def percent_ranges(report: Report) -> Iterator[Finding]:
    """``percent-range``: a share (% or ‰, not a change) that cannot lie within 0–100%.

    A share can fall outside in three ways: its value (``办结率102%``; the
    model builds such a figure because a report can state it), a marker that
    points past the range (``超100%``, ``100余%``, ``不到0%``), and a
    :class:`~govreport.Rate` whose numerator and denominator force the share
    out of range (more cases closed than received). Growth rates
    (``change=True``) are never checked.

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
                template=N_("the share {share} denotes no value between {low} and {high}"),
                facts={
                    "share": named(metric),
                    "low": f"0{unit}",
                    "high": f"{SHARE_UNITS[unit]}{unit}",
                },
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
            template=N_(
                "the share {rate} is {numerator} out of {denominator}, which {implied}, "
                "outside {low}–{high}"
            ),
            facts={**_rate_words(facts), "low": f"0{unit}", "high": f"{SHARE_UNITS[unit]}{unit}"},
            metrics=relation.ids(),
        )
