"""A :class:`~govreport.checks.Comparison` as one HTML page (``govreport compare --format html``).

A side-by-side table of the matched figures, one row group (``<tbody>``) per
top-level heading of the current report, with each figure's change; the
stated changes follow, each marked right or wrong. Every string goes through
the HTML renderer's one escaping function.
"""

from __future__ import annotations

from .._outline import outline
from .._written import written
from ..checks import Comparison, Matched, StatedChange
from ..renderers.html import escape
from ._compare_output import signed

__all__ = ["comparison_html"]

_VERDICT = {True: ("right", "正确"), False: ("wrong", "有误"), None: ("unchecked", "未核对")}


def _row(m: Matched) -> str:
    cells = (
        m.location,
        m.current.label,
        written(m.previous.quantity),
        written(m.current.quantity),
        signed(m.change, m.current.quantity.unit),
        signed(m.relative, "%"),
    )
    return "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>"


def _stated(change: StatedChange, labels: dict[str, str]) -> str:
    css, word = _VERDICT[change.holds]
    relation = change.relation
    return (
        f'<li class="{css}">{escape(labels.get(relation.current, relation.current))}：'
        f"{escape(labels.get(relation.stated, relation.stated))} — {word}</li>"
    )


def comparison_html(result: Comparison) -> str:
    """The comparison as a complete HTML5 document in Chinese."""
    headings = {p.location: p.section.title for p in outline(result.current) if p.level == 1}
    groups: dict[str, list[Matched]] = {}
    for m in result.matched:
        groups.setdefault(m.location[:1] if m.location else "", []).append(m)
    bodies = []
    for top, rows in groups.items():
        title = headings.get(top)
        name = f"{top}、{title.plain()}" if title is not None else (top or "（导语）")
        bodies.append(
            f'<tbody><tr><th colspan="6" scope="rowgroup">{escape(name)}</th></tr>'
            + "".join(_row(m) for m in rows)
            + "</tbody>"
        )
    current = result.current.metrics()
    labels = {id_: f"{m.label}{written(m.quantity)}" for id_, m in current.items()}
    years = f"{result.previous.year}—{result.current.year}"
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="utf-8">'
        f"<title>{escape(result.current.authority)} {years} 对比</title>"
        "<style>.wrong{color:#b00}.right{color:#060}td,th{padding:0 .5em}</style></head><body>"
        f"<h1>{escape(result.current.authority)} {years} 对比</h1>"
        "<table><thead><tr><th>位置</th><th>事项</th>"
        f"<th>{result.previous.year}</th><th>{result.current.year}</th>"
        "<th>增减</th><th>增减率</th></tr></thead>"
        + "".join(bodies)
        + "</table><h2>所述变化</h2><ul>"
        + "".join(_stated(c, labels) for c in result.changes)
        + "</ul></body></html>\n"
    )
