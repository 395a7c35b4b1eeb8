"""The rule about declared counts: ``四个方面`` followed by five (``count-mismatch``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._blocks import Points
from .._finding import Finding
from .._relations import DeclaredCount
from .._report import Item, Report, Section
from .._text import Terms
from ._index import index
from ._words import describe, figure

__all__ = ["declared_counts"]


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
