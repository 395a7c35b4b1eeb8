"""Compare a report with last year's: matched, new and dropped figures, stated changes checked.

Figures are matched by metric id first: ids are meant to stay the same from
one year's report to the next. Figures left over on both sides are then
matched by label and unit, which is how reports imported without stable ids
meet: an importer numbers figures in reading order (``s1.m3``), so such an id
is never matched as an id. A label and unit that occur more than once on
either side are ambiguous and stay unmatched, so nothing is paired by guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

import attrs

from .._changes import change_holds, implied_change
from .._finding import Finding
from .._placing import is_reading_order_id
from .._quantity import Metric
from .._relations import Change
from .._report import Report
from ..exceptions import ModelTypeError, ValidationError
from ._changes import mismatch
from ._index import index

__all__ = ["Comparison", "Matched", "StatedChange", "compare"]


@attrs.frozen(kw_only=True)
class Matched:
    """One figure in both reports.

    Args:
        previous: the figure in last year's report.
        current: the figure in this year's report.
        by: ``"id"`` (same metric id) or ``"label"`` (same label and unit).
        location: where the current figure stands (``一（二）``).
    """

    previous: Metric
    current: Metric
    by: Literal["id", "label"]
    location: str

    @property
    def change(self) -> Decimal | None:
        """Current minus previous, unscaled (``None`` when the units differ).

        >>> import govreport as gr
        >>> m = Matched(previous=gr.metric("a", 50, "件", label="x"),
        ...             current=gr.metric("a", 45, "件", label="x"), by="id", location="")
        >>> m.change, m.relative
        (Decimal('-5'), Decimal('-10'))
        """
        if self.previous.quantity.unit != self.current.quantity.unit:
            return None
        return implied_change("difference", self.previous.quantity, self.current.quantity)

    @property
    def relative(self) -> Decimal | None:
        """The change in per cent, to two places (``None``: other units or a previous 0)."""
        if self.previous.quantity.unit != self.current.quantity.unit:
            return None
        return implied_change("rate", self.previous.quantity, self.current.quantity)


@attrs.frozen(kw_only=True)
class StatedChange:
    """A change the current report states, with the previous figure it was checked against.

    Args:
        relation: the :class:`~govreport.Change`.
        previous: the previous figure (from the same report, or matched in
            last year's), ``None`` when last year's report has no such figure.
        holds: whether the change can hold; ``None`` when it could not be checked.
    """

    relation: Change
    previous: Metric | None
    holds: bool | None


@attrs.frozen(kw_only=True)
class Comparison:
    """What :func:`compare` found.

    Args:
        previous: last year's report.
        current: this year's report.
        matched: the figures in both, in the current report's reading order.
        new: figures only in the current report.
        dropped: figures only in the previous report.
        changes: the current report's stated changes, checked.
        findings: a ``change-mismatch`` for each stated change that cannot hold.
    """

    previous: Report
    current: Report
    matched: tuple[Matched, ...]
    new: tuple[Metric, ...]
    dropped: tuple[Metric, ...]
    changes: tuple[StatedChange, ...]
    findings: tuple[Finding, ...]


def compare(
    previous: Report, current: Report, *, ordered: bool = True, same_kind: bool = True
) -> Comparison:
    """Compare *current* with *previous* and check the changes *current* states.

    Figures are matched by metric id, then the rest by label and unit (see
    :doc:`/comparing`). Open :class:`~govreport.Change` relations of *current*
    are closed with the matched figure of *previous*.

    Args:
        previous: the earlier report.
        current: the later report.
        ordered: refuse a *previous* whose year is not before *current*'s.
        same_kind: refuse reports of different kinds.

    Raises:
        ModelTypeError: either argument is not a :class:`~govreport.Report`.
        ValidationError: the years are not in order, or the kinds differ
            (pass ``ordered=False`` or ``same_kind=False`` to compare anyway).

    >>> import govreport as gr
    >>> def report(year, *inlines, relations=()):
    ...     return gr.Report(title="报告", authority="某乡人民政府", year=year, relations=relations,
    ...         preamble=[gr.Paragraph(text=gr.Text(("受理", *inlines, "。")))])
    >>> old = report(2023, gr.metric("cases", 50, "件", label="受理"))
    >>> new = report(2024, gr.metric("cases", 60, "件", label="受理"), "，增长",
    ...     gr.metric("cases.growth", 25, "%", change=True, label="增长"),
    ...     relations=[gr.Change(current="cases", stated="cases.growth", form="rate")])
    >>> result = gr.compare(old, new)
    >>> [(m.current.id, m.change, m.relative) for m in result.matched]
    [('cases', Decimal('10'), Decimal('20'))]
    >>> [f.message for f in result.findings]
    ['the change 增长25% does not match 受理50件 → 受理60件, which is an increase of 20%']
    >>> gr.compare(new, old)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: compare() needs the earlier report first: previous is of 2024, current of 2023 (pass ordered=False to compare anyway)
    """
    for name, value in (("previous", previous), ("current", current)):
        if not isinstance(value, Report):
            raise ModelTypeError(
                f"compare() needs a Report as {name} (got {type(value).__name__})",
                field=name,
                value=value,
            )
    if ordered and previous.year >= current.year:
        raise ValidationError(
            f"compare() needs the earlier report first: previous is of {previous.year}, "
            f"current of {current.year} (pass ordered=False to compare anyway)",
            field="previous",
            value=previous.year,
        )
    if same_kind and previous.kind != current.kind:
        raise ValidationError(
            f"compare() needs reports of one kind: previous is {previous.kind!r}, current "
            f"{current.kind!r} (pass same_kind=False to compare anyway)",
            field="current",
            value=current.kind,
        )
    before, now = index(previous), index(current)
    pairs = _match(before.metrics, now.metrics)
    paired = {p.id for p, _ in pairs.values()}
    stated, findings = _stated(current, {id_: p for id_, (p, _) in pairs.items()})
    return Comparison(
        previous=previous,
        current=current,
        matched=tuple(
            Matched(previous=p, current=now.metrics[id_], by=by, location=now.metric_locations[id_])
            for id_, (p, by) in pairs.items()
        ),
        new=tuple(m for id_, m in now.metrics.items() if id_ not in pairs),
        dropped=tuple(m for id_, m in before.metrics.items() if id_ not in paired),
        changes=stated,
        findings=findings,
    )


def _match(
    previous: dict[str, Metric], current: dict[str, Metric]
) -> dict[str, tuple[Metric, Literal["id", "label"]]]:
    """Current id → (previous figure, how matched), in the current reading order."""
    found: dict[str, tuple[Metric, Literal["id", "label"]]] = {}
    left: list[Metric] = []
    for id_, metric in current.items():
        other = None if is_reading_order_id(id_) else previous.get(id_)
        if other is None:
            left.append(metric)
        else:
            found[id_] = (other, "id")
    if not left:
        return found
    candidates = _unique(m for id_, m in previous.items() if id_ not in found)
    for key, metric in _unique(left).items():
        other = candidates.get(key)
        if other is not None:
            found[metric.id] = (other, "label")
    return {id_: found[id_] for id_ in current if id_ in found}


def _key(metric: Metric) -> tuple[str, str]:
    return (metric.label, metric.quantity.unit)


def _unique(metrics: Iterable[Metric]) -> dict[tuple[str, str], Metric]:
    """Metrics by label and unit, leaving out every label and unit that occurs twice."""
    seen: dict[tuple[str, str], Metric | None] = {}
    for metric in metrics:
        key = _key(metric)
        seen[key] = None if key in seen else metric
    return {key: m for key, m in seen.items() if m is not None}


def _stated(
    current: Report, matched: dict[str, Metric]
) -> tuple[tuple[StatedChange, ...], tuple[Finding, ...]]:
    """Check every Change of *current*, closing the open ones with *matched* figures."""
    now = index(current)
    stated: list[StatedChange] = []
    findings: list[Finding] = []
    for relation in current.relations:
        if not isinstance(relation, Change):
            continue
        if relation.previous is not None:
            previous: Metric | None = now.metrics[relation.previous]
        else:
            previous = matched.get(relation.current)
        if previous is None:
            stated.append(StatedChange(relation=relation, previous=None, holds=None))
            continue
        figure, stated_figure = now.metrics[relation.current], now.metrics[relation.stated]
        holds = change_holds(
            relation.form,
            relation.direction,
            previous=previous.quantity.interval(),
            current=now.interval(relation.current),
            stated=stated_figure.quantity,
        )
        stated.append(StatedChange(relation=relation, previous=previous, holds=holds))
        if not holds:
            findings.append(
                mismatch(
                    relation,
                    previous=previous,
                    current=figure,
                    stated=stated_figure,
                    location=now.metric_locations[relation.stated],
                )
            )
    return tuple(stated), tuple(findings)
