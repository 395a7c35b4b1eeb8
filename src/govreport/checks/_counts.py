"""The rule about declared counts: ``四个方面`` followed by five (``count-mismatch``)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .._blocks import Points
from .._finding import Finding
from .._messages import N_, Fact, Phrase
from .._relations import DeclaredCount
from .._report import Item, Report, Section
from .._text import Terms
from ._index import index
from ._words import describe, figure

__all__ = ["declared_counts"]


def _count(item: Item) -> tuple[int, str]:
    """How many items, and the template naming them (``{number} subsections``)."""
    if isinstance(item, Section):
        n = len(item.children)
        return n, N_("{number} subsection") if n == 1 else N_("{number} subsections")
    if isinstance(item, Points):
        n = len(item.items)
        return n, N_("{number} point") if n == 1 else N_("{number} points")
    if isinstance(item, Terms):
        n = len(item.items)
        return n, N_("{number} listed term") if n == 1 else N_("{number} listed terms")
    n = len(item.rows)
    return n, N_("{number} table row") if n == 1 else N_("{number} table rows")


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
        written: Fact = figure(metric.quantity)
        if not declared.is_point:
            written = Phrase(
                template=N_("{figure}, that is {range}"),
                facts={"figure": written, "range": describe(declared, metric.quantity)},
            )
        where = found.item_locations[relation.items]
        if isinstance(item, Section):
            template = N_(
                "the declared count {count} ({label}) does not match the {items} of {where}"
            )
        elif where:
            template = N_(
                "the declared count {count} ({label}) does not match the {items} at {where}"
            )
        else:
            template = N_("the declared count {count} ({label}) does not match the {items}")
        yield Finding(
            code="count-mismatch",
            severity="error",
            location=found.metric_locations[metric.id],
            template=template,
            facts={
                "count": written,
                "label": metric.label,
                "items": Phrase(template=noun, facts={"number": number}),
                "number": number,
                "where": where,
            },
            metrics=relation.ids(),
        )
