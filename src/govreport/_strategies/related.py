"""Strategies for figures that belong together: totals, rates and declared counts.

Consistent cases start from true values and write each figure in a form whose
interval holds its true value, so the relation holds whatever the rounding or
markers. Inconsistent cases inject exactly one known problem and say which.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from fractions import Fraction
from typing import Literal

import attrs
from hypothesis import strategies as st

from .._blocks import Cell, Points, Table
from .._interval import Interval
from .._quantity import Metric, Quantity
from .._relations import DeclaredCount, Rate, Relation, Total
from .._report import Item, Section
from .._text import Terms, Text
from .basic import COUNT_UNITS, labels, strings, unmarked, written

__all__ = [
    "Related",
    "declared_counts",
    "inconsistent_counts",
    "inconsistent_rates",
    "inconsistent_totals",
    "rates",
    "roundings",
    "totals",
]


@attrs.frozen
class Related:
    """Metrics with the relation between them, ready to place in a report.

    Args:
        metrics: the metrics, the total / rate / count first.
        relation: the :class:`~govreport.Total`, :class:`~govreport.Rate` or
            :class:`~govreport.DeclaredCount`.
        item: what a declared count counts (a section holding the count in its
            title, points, terms or a table), else ``None``.
        expected: the code of the one finding :func:`~govreport.checks.check` must
            report, or ``None`` when the figures are consistent.
        involved: the metric ids that finding names.

    >>> import govreport as gr
    >>> total = gr.metric("t.total", 3, "件", label="总")
    >>> part = gr.metric("t.part", 3, "件", label="分")
    >>> Related(metrics=(total, part), relation=gr.Total(total="t.total", parts=["t.part"])).expected is None
    True
    """

    metrics: tuple[Metric, ...]
    relation: Relation
    item: Item | None = None
    expected: str | None = None
    involved: tuple[str, ...] = ()


def _units(unit: str | None) -> st.SearchStrategy[str]:
    return st.just(unit) if unit is not None else st.sampled_from((*COUNT_UNITS, "元"))


def _true_values(unit: str, *, low: int = 0) -> st.SearchStrategy[Decimal]:
    if unit == "元":
        return st.integers(low * 100, 10**10).map(lambda cents: Decimal(cents).scaleb(-2))
    return st.one_of(st.integers(low, 200), st.integers(low, 10**6)).map(Decimal)


def _metric(draw: st.DrawFn, id_: str, quantity: Quantity) -> Metric:
    return Metric(id=id_, label=draw(labels()), quantity=quantity)


@st.composite
def totals(
    draw: st.DrawFn,
    *,
    exhaustive: bool | None = None,
    approximate: bool = True,
    unit: str | None = None,
    min_parts: int = 1,
    max_parts: int = 6,
    prefix: str = "total",
) -> Related:
    """A consistent total and its parts (ids ``{prefix}.total``, ``{prefix}.part1`` …).

    True values are drawn first; with *exhaustive* the true total is their sum,
    otherwise it may exceed it. Each figure is then written exactly or, with
    *approximate*, rounded or with a marker that keeps its true value inside.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(totals(exhaustive=True, approximate=False))
    ... def test(case):
    ...     total, *parts = case.metrics
    ...     assert total.quantity.value == sum(part.quantity.value for part in parts)
    >>> test()
    """
    unit = draw(_units(unit))
    is_exhaustive = draw(st.booleans()) if exhaustive is None else exhaustive
    trues = draw(st.lists(_true_values(unit), min_size=min_parts, max_size=max_parts))
    true_total = sum(trues, Decimal(0))
    if not is_exhaustive:
        true_total += draw(_true_values(unit))
    parts = [
        _metric(draw, f"{prefix}.part{n}", draw(written(v, unit, approximate=approximate)))
        for n, v in enumerate(trues, start=1)
    ]
    total = _metric(
        draw, f"{prefix}.total", draw(written(true_total, unit, approximate=approximate))
    )
    relation = Total(total=total.id, parts=tuple(p.id for p in parts), exhaustive=is_exhaustive)
    return Related(metrics=(total, *parts), relation=relation)


@st.composite
def inconsistent_totals(
    draw: st.DrawFn,
    *,
    problem: Literal["short", "over", "unit"] | None = None,
    exhaustive: bool | None = None,
    approximate: bool = True,
    unit: str | None = None,
    prefix: str = "total",
) -> Related:
    """A total whose parts cannot add up to it; ``expected`` is ``"sum-mismatch"``.

    *problem* picks the fault: ``"short"`` (exhaustive parts that cannot reach
    the total), ``"over"`` (parts that always exceed it) or ``"unit"`` (a part
    in another unit). Parts short of a non-exhaustive total are not a fault,
    so ``"short"`` always makes the total exhaustive.

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(inconsistent_totals(problem="over"))
    ... def test(case):
    ...     total, *parts = case.metrics
    ...     summed = gr.Interval.sum(part.quantity.interval() for part in parts)
    ...     assert case.expected == "sum-mismatch" and total.quantity.interval().precedes(summed)
    >>> test()
    """
    fault: str = problem or draw(st.sampled_from(("short", "over", "unit")))
    unit = draw(_units(unit))
    if fault == "unit":
        case = draw(
            totals(exhaustive=exhaustive, approximate=approximate, unit=unit, prefix=prefix)
        )
        odd = draw(st.integers(1, len(case.metrics) - 1))
        same_kind = ("元", "美元", "港元") if unit == "元" else COUNT_UNITS
        other = draw(st.sampled_from([u for u in same_kind if u != unit]))
        metric = case.metrics[odd]
        changed = attrs.evolve(metric, quantity=attrs.evolve(metric.quantity, unit=other))
        found = (*case.metrics[:odd], changed, *case.metrics[odd + 1 :])
        return attrs.evolve(
            case, metrics=found, expected="sum-mismatch", involved=case.relation.ids()
        )
    is_exhaustive = (
        True if fault == "short" else draw(st.booleans()) if exhaustive is None else exhaustive
    )
    trues = draw(st.lists(_true_values(unit, low=1), min_size=1, max_size=6))
    quantities = [draw(written(v, unit, approximate=approximate)) for v in trues]
    summed = Interval.sum(q.interval() for q in quantities)
    target = _outside(summed, fault, draw(st.integers(0, 50)))
    if target is None:  # the drawn markers leave no room; fall back to exact parts
        quantities = [Quantity(value=v, unit=unit) for v in trues]
        summed = Interval.sum(q.interval() for q in quantities)
        target = _outside(summed, fault, draw(st.integers(0, 50)))
        assert target is not None
    parts = [_metric(draw, f"{prefix}.part{n}", q) for n, q in enumerate(quantities, start=1)]
    total = _metric(draw, f"{prefix}.total", Quantity(value=target, unit=unit))
    relation = Total(total=total.id, parts=tuple(p.id for p in parts), exhaustive=is_exhaustive)
    return Related(
        metrics=(total, *parts), relation=relation, expected="sum-mismatch", involved=relation.ids()
    )


def _outside(summed: Interval, problem: str, extra: int) -> Decimal | None:
    """A whole total that *summed* cannot reach ("short") or always exceeds ("over")."""
    if problem == "short":
        if summed.high is None:
            return None
        return summed.high.to_integral_value(rounding=ROUND_FLOOR) + 1 + extra
    if summed.low is None:
        return None
    largest = summed.low.to_integral_value(rounding=ROUND_CEILING) - 1  # a whole total below
    if largest < 0:
        return None
    return largest - min(Decimal(extra), largest)


def _fraction_in(interval: Interval, value: Fraction) -> bool:
    if interval.low is not None:
        low = Fraction(interval.low)
        if value < low or (interval.low_open and value == low):
            return False
    if interval.high is not None:
        high = Fraction(interval.high)
        if value > high or (interval.high_open and value == high):
            return False
    return True


def _rounded_rate(true: Fraction, places: int) -> Decimal:
    shown = round(true, places)
    return (Decimal(shown.numerator) / Decimal(shown.denominator)).quantize(
        Decimal(1).scaleb(-places)
    )


@st.composite
def rates(
    draw: st.DrawFn,
    *,
    unit: Literal["%", "‰"] = "%",
    approximate: bool = True,
    prefix: str = "rate",
) -> Related:
    """A consistent rate with its numerator and denominator (``办结7件 … 收到8件 … 87.5%``).

    The rate is the true share rounded to 0–2 decimals (or, with
    *approximate*, given a marker that keeps the true share inside);
    numerator and denominator are written as :func:`~govreport.strategies.totals` writes parts.

    >>> from decimal import Decimal
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(rates(approximate=False))
    ... def test(case):
    ...     rate, done, received = (metric.quantity.value for metric in case.metrics)
    ...     assert abs(rate - 100 * done / received) <= Decimal("0.5")
    >>> test()
    """
    count_unit = draw(st.sampled_from(COUNT_UNITS))
    denominator = draw(st.integers(1, 10**5))
    numerator = draw(st.integers(0, denominator))
    whole = 100 if unit == "%" else 1000
    true = Fraction(whole * numerator, denominator)
    value = _rounded_rate(true, draw(st.integers(0, 2)))
    quantity = Quantity(value=value, unit=unit)
    if approximate and draw(st.booleans()):
        marker = draw(st.sampled_from(("约", "左右", "近", "以上", "超", "以下", "不到")))
        candidate = Quantity(value=value, unit=unit, approx=marker)
        if not candidate.interval().is_empty and _fraction_in(candidate.interval(), true):
            quantity = candidate
    rate = _metric(draw, f"{prefix}.rate", quantity)
    num = _metric(
        draw,
        f"{prefix}.numerator",
        draw(written(Decimal(numerator), count_unit, approximate=approximate)),
    )
    den = _metric(
        draw,
        f"{prefix}.denominator",
        draw(written(Decimal(denominator), count_unit, approximate=approximate)),
    )
    relation = Rate(rate=rate.id, numerator=num.id, denominator=den.id)
    return Related(metrics=(rate, num, den), relation=relation)


@st.composite
def inconsistent_rates(
    draw: st.DrawFn,
    *,
    problem: Literal["ratio", "range", "marker"] | None = None,
    prefix: str = "rate",
) -> Related:
    """A rate that its figures contradict, with exact numerator and denominator.

    *problem*: ``"ratio"`` (the stated share is not numerator ÷ denominator;
    ``ratio-mismatch``), ``"range"`` (more done than received, so the share
    would pass 100%; ``percent-range``) or ``"marker"`` (``超100%``, a share
    that denotes no value; ``percent-range``, naming only the rate).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(inconsistent_rates(problem="range"))
    ... def test(case):
    ...     rate, done, received = (metric.quantity.value for metric in case.metrics)
    ...     assert done > received and case.expected == "percent-range"
    >>> test()
    """
    problem = problem or draw(st.sampled_from(("ratio", "range", "marker")))
    count_unit = draw(st.sampled_from(COUNT_UNITS))
    denominator = draw(st.integers(1, 10**4))
    if problem == "range":
        numerator = draw(st.integers(denominator + 1, 2 * denominator + 5))
    else:
        numerator = draw(st.integers(0, denominator))
    true = Fraction(100 * numerator, denominator)
    if problem == "ratio":
        value = draw(st.integers(0, 100).filter(lambda w: abs(Fraction(w) - true) > Fraction(1, 2)))
        quantity = Quantity(value=value, unit="%")
    elif problem == "marker":
        quantity = Quantity(value=100, unit="%", approx=draw(st.sampled_from(("超", "逾", "多于"))))
    else:
        quantity = Quantity(value=draw(st.integers(0, 100)), unit="%")
    rate = _metric(draw, f"{prefix}.rate", quantity)
    num = _metric(draw, f"{prefix}.numerator", Quantity(value=numerator, unit=count_unit))
    den = _metric(draw, f"{prefix}.denominator", Quantity(value=denominator, unit=count_unit))
    relation = Rate(rate=rate.id, numerator=num.id, denominator=den.id)
    code = "ratio-mismatch" if problem == "ratio" else "percent-range"
    involved = (rate.id,) if problem == "marker" else relation.ids()
    return Related(metrics=(rate, num, den), relation=relation, expected=code, involved=involved)


def _item(
    draw: st.DrawFn, kind: str, number: int, count: Metric, id_: str
) -> Section | Points | Terms | Table:
    many = [draw(strings(max_size=10)) for _ in range(number)]
    if kind == "section":
        title = unmarked(Text((draw(strings(max_size=8)), count, draw(strings(max_size=8)))))
        children = tuple(Section(title=unmarked(Text((t,)))) for t in many)
        return Section(title=title, id=id_, children=children)
    if kind == "points":
        return Points(items=many, id=id_)
    if kind == "terms":
        return Terms(items=many, id=id_)
    header = ((Cell(content=draw(strings(max_size=6)), header=True),),)
    return Table(header=header, rows=tuple((Cell(content=t),) for t in many), id=id_)


_ITEM_KINDS = ("section", "points", "terms", "table")


@st.composite
def declared_counts(
    draw: st.DrawFn,
    *,
    kinds: tuple[str, ...] = _ITEM_KINDS,
    approximate: bool = True,
    prefix: str = "count",
) -> Related:
    """A declared count (``以下四个方面``) and the items it counts, which match.

    *kinds* picks what is counted: ``"section"`` (subsections; the count sits
    in the section's own title), ``"points"``, ``"terms"`` or ``"table"`` (rows).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(declared_counts(kinds=("points",), approximate=False))
    ... def test(case):
    ...     assert len(case.item.items) == case.metrics[0].quantity.value
    >>> test()
    """
    kind = draw(st.sampled_from(kinds))
    number = draw(st.integers(2 if kind == "points" else 1, 12))  # one point is a slip
    quantity = Quantity(
        value=number,
        unit=draw(st.sampled_from(("个", "项", "条"))),
        numerals=draw(st.sampled_from((None, "chinese", "arabic"))),
    )
    if approximate and number >= 9 and draw(st.booleans()):
        quantity = attrs.evolve(quantity, value=number + 1, approx="近")  # 近十个 is [9, 10)
        if not quantity.interval().contains(Decimal(number)):
            quantity = attrs.evolve(quantity, value=number, approx=None)
    count = _metric(draw, f"{prefix}.count", quantity)
    item = _item(draw, kind, number, count, f"{prefix}.items")
    relation = DeclaredCount(count=count.id, items=f"{prefix}.items")
    return Related(metrics=(count,), relation=relation, item=item)


@st.composite
def inconsistent_counts(
    draw: st.DrawFn, *, kinds: tuple[str, ...] = _ITEM_KINDS, prefix: str = "count"
) -> Related:
    """A declared count that the items do not match; ``expected`` is ``"count-mismatch"``.

    >>> from hypothesis import find
    >>> find(inconsistent_counts(), lambda r: True).expected
    'count-mismatch'
    """
    kind = draw(st.sampled_from(kinds))
    declared = draw(st.integers(1, 12))
    least = 2 if kind == "points" else 1  # one point is a slip of its own (single-point)
    number = draw(st.integers(least, 12).filter(lambda n: n != declared))
    quantity = Quantity(
        value=declared, unit="个", numerals=draw(st.sampled_from((None, "chinese")))
    )
    count = _metric(draw, f"{prefix}.count", quantity)
    item = _item(draw, kind, number, count, f"{prefix}.items")
    relation = DeclaredCount(count=count.id, items=f"{prefix}.items")
    return Related(
        metrics=(count,),
        relation=relation,
        item=item,
        expected="count-mismatch",
        involved=relation.ids(),
    )


def roundings(quantity: Quantity) -> st.SearchStrategy[Quantity]:
    """Ways to restate the exact figure *quantity* at a coarser precision.

    ``12345元`` may become ``1.2万元``, ``1万余元`` or ``约1.23万元``; ``37件``
    may become ``30余件`` or ``近40件``. Each restatement denotes an interval
    that holds the exact value, so restating never makes a relation fail.

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, database=None)
    ... @given(roundings(gr.Quantity(value=12345, unit="元")))
    ... def test(case):
    ...     assert case.interval().contains(12345)
    >>> test()
    """
    true = quantity.value * quantity.multiplier
    return written(true, quantity.unit, approximate=True)
