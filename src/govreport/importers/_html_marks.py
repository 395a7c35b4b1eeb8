"""What a page's markup says about its figures: metric ids and labels, item ids.

The HTML renderer tags every figure ``<data data-metric="id" title="label">``,
and points and tables that have an id carry ``data-id``. The shared core reads
figures from the wording and derives ids (``s1.m1``) and labels from where
they stand; when the page carries these attributes, they are the report's own,
so they replace the derived ones, in reading order, together with the
relations and plan targets that name them.

They are used only when they match what was read: each ``<data>`` element
takes the next figure read with its value, unit and scale (figures the wording
holds besides, and marks whose figure the wording does not give back, keep
derived ids), and points and tables are matched one for one with the marked
blocks. If the ids so given clash (an id used twice), the figures keep their
derived ids; if the items' ids clash too, the report is the one the wording gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from .._report import Report
from .._serialization import from_dict, to_dict
from ..exceptions import GovReportError
from ..units import SCALES

__all__ = ["restore"]

Element = Any  # an lxml element

_DATA: Final = "descendant::data[@data-metric]"
_POINTS: Final = "descendant::ol[@class='points'] | descendant::p[span[@class='point']]"
_TABLES: Final = "descendant::table"
_REFERENCES: Final = frozenset(("type", "exhaustive"))  # relation keys that are not ids


def restore(report: Report, container: Element) -> Report:
    """*report* with the metric ids and labels and the item ids the markup in *container* states."""
    marks = container.xpath(_DATA)
    points, tables = container.xpath(_POINTS), container.xpath(_TABLES)
    if not marks and not any(el.get("data-id") for el in (*points, *tables)):
        return report
    for figures in (True, False):  # the figures' marks may clash where the items' do not
        data = to_dict(report)
        renamed: dict[str, str] = {}
        if figures:
            for el, metric in _match(marks, list(_typed(data, ("metric",)))):
                renamed[metric["id"]] = el.get("data-metric")
                metric["id"] = el.get("data-metric")
                metric["label"] = el.get("title") or metric["label"]
        for kind, items in (("points", points), ("table", tables)):
            blocks = list(_typed(data, (kind,)))
            if len(blocks) != len(items):
                continue
            for el, block in zip(items, blocks, strict=True):
                if el.get("data-id"):
                    if "id" in block:
                        renamed[block["id"]] = el.get("data-id")
                    block["id"] = el.get("data-id")
        _rename(data, renamed)
        try:
            return from_dict(data)
        except GovReportError:  # the marks contradict what was read (an id used twice…)
            continue
    return report


def _match(marks: list[Element], metrics: list[dict[str, Any]]) -> list[tuple[Element, Any]]:
    """Each ``<data>`` element with the figure read from it, in order.

    The figures read are the marked ones and maybe more (a figure the report
    had as words): each mark takes the next figure of its value, unit,
    scale and marker; a mark whose figure the wording did not give back takes none.
    """
    found: list[tuple[Element, Any]] = []
    start = 0
    for el in marks:
        at = next(
            (n for n in range(start, len(metrics)) if _same(el, metrics[n]["quantity"])), None
        )
        if at is not None:
            found.append((el, metrics[at]))
            start = at + 1
    return found


def _same(el: Element, quantity: dict[str, Any]) -> bool:
    """Whether a ``<data>`` element states *quantity* (as data): value, unit, scale, marker."""
    if (el.get("data-unit") or "") != (quantity.get("unit") or ""):
        return False
    if (el.get("data-scale") or None) != quantity.get("scale"):
        return False
    if (el.get("data-approx") or None) != quantity.get("approx"):
        return False
    try:
        value = Decimal(el.get("value") or "")
    except InvalidOperation:
        return False
    scale = quantity.get("scale")
    multiplier = SCALES.get(scale, Decimal(0)) if scale else 1
    return value == Decimal(quantity["value"]) * multiplier


def _typed(value: object, types: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The dicts of the given ``"type"`` in *value*, in reading order."""
    if isinstance(value, dict):
        if value.get("type") in types:
            yield value
        for item in value.values():
            yield from _typed(item, types)
    elif isinstance(value, list):
        for item in value:
            yield from _typed(item, types)


def _rename(data: dict[str, Any], renamed: dict[str, str]) -> None:
    """Point the relations and plan targets at the renamed ids."""
    for relation in data.get("relations", []):
        for key, value in relation.items():
            if key in _REFERENCES:
                continue
            if isinstance(value, str):
                relation[key] = renamed.get(value, value)
            elif isinstance(value, list):
                relation[key] = [renamed.get(v, v) if isinstance(v, str) else v for v in value]
    for block in _typed(data, ("commitment",)):
        if "target" in block:
            block["target"] = renamed.get(block["target"], block["target"])
