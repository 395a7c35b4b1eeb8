"""Where the report is in a web page: its container, found by the weight of its text.

An element's *weight* is the number of characters of its visible text that
are not link text (text inside ``<a href>``), white space not counted:
navigation is links, so it weighs little however long it is, and a report is
prose. From ``<body>``, the reader goes down into the child that holds at least
80 % of the weight, as long as that child still has block structure
(paragraphs, divisions, ``<br>`` lines) and is not a data table. Then, unless
the container holds an ``<h1>``, as the title is often a sibling of the text
(``<h1>`` above ``<div class="TRS_Editor">``), it goes up again to the nearest
of the container's three ancestors that holds a title before it (``<h1>``–``<h3>``,
or a short element whose class or id names one), if what that adds weighs at
most 30 % of the container.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

__all__ = ["BLOCK", "HEADINGS", "count", "find", "layout"]

Element = Any  # lxml.etree._Element: lxml ships no stubs, and it is an optional extra

HEADINGS: Final = {f"h{n}": n for n in range(1, 7)}
BLOCK: Final = frozenset(
    (
        *HEADINGS,
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav"),
        *("ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th"),
        *("thead", "tr", "ul"),
    )
)
_LAYOUT_INSIDE: Final = (
    *HEADINGS,
    *("table", "ul", "ol", "dl", "nav", "form", "iframe", "article", "section", "header"),
    *("footer", "main", "aside"),
)
_NAMED: Final = "descendant-or-self::*[@class or @id]"
_TITLE_NAMES: Final = frozenset(("bt", "tit", "headline"))
_TITLE_MAX: Final = 100
_LINK_TEXT: Final = "descendant-or-self::a[@href]//text()"
_TEXT_LENGTH: Final = "string-length(translate(normalize-space(.), ' ', ''))"
_DOMINANT: Final = 0.8
_WIDEN: Final = 0.3
_CELL_BLOCKS: Final = 6
_CELL_CHARS: Final = 500


def find(body: Element) -> list[Element]:
    """The elements from *body* down to the report's container, which is the last."""
    return _container(body, {})


def _weight(el: Element, weights: dict[Element, int]) -> int:
    """The visible characters of *el* outside links (white space not counted)."""
    found = weights.get(el)
    if found is None:
        found = int(el.xpath(_TEXT_LENGTH))
        if found and next(el.iter("a"), None) is not None:
            found -= count("".join(el.xpath(_LINK_TEXT, smart_strings=False)))
        weights[el] = found
    return found


def count(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")


def _container(body: Element, weights: dict[Element, int]) -> list[Element]:
    """The elements from *body* down to the report's container, which is the last."""
    path = [body]
    node = body
    while True:
        best = _dominant(node, weights)
        if best is None or not _structured(best) or (best.tag == "table" and not layout(best)):
            break
        node = best
        path.append(node)
    if next(node.iterdescendants("h1"), None) is not None:
        return path
    for depth in range(len(path) - 2, max(len(path) - 5, -1), -1):
        ancestor, below = path[depth], path[depth + 1]
        if _weight(ancestor, weights) - _weight(node, weights) > _WIDEN * _weight(node, weights):
            break
        if any(_title_in(child) for child in _before(ancestor, below)):
            return path[: depth + 1]
    return path


def _dominant(node: Element, weights: dict[Element, int]) -> Element | None:
    """The child of *node* holding at least 80 % of its weight, if one does.

    The child with the most children is weighed last, by what the others leave
    of *node*'s weight, so that going down a chain of wrappers does not measure
    the whole page again at each step; the others are weighed until one
    dominates or what is left could not.
    """
    whole = _weight(node, weights)
    kids = [c for c in node if isinstance(c.tag, str)]
    if not whole or not kids:
        return None
    last = max(kids, key=len)
    left = whole - count(node.text or "") - sum(count(c.tail or "") for c in node)
    for child in kids:
        if left < _DOMINANT * whole:
            return None
        if child is not last:
            weight = _weight(child, weights)
            if weight >= _DOMINANT * whole:
                return child
            left -= weight
    weights.setdefault(last, left)
    return last if weights[last] >= _DOMINANT * whole else None


def _structured(el: Element) -> bool:
    """Whether *el* has block children or line breaks (not a paragraph of inline text)."""
    return any(isinstance(c.tag, str) and (c.tag in BLOCK or c.tag == "br") for c in el)


def _title_in(el: Element) -> bool:
    """Whether *el* is or holds a title: ``<h1>``–``<h3>``, or a short element whose class or
    id names one (``title``, ``biaoti``, or the abbreviations ``bt``, ``tit``)."""
    if el.tag in ("h1", "h2", "h3") or next(el.iterdescendants("h1", "h2", "h3"), None) is not None:
        return True
    for item in el.xpath(_NAMED):
        names = re.split(r"[\s_-]+", f"{item.get('class') or ''} {item.get('id') or ''}".lower())
        if any(n in _TITLE_NAMES or "title" in n or "biaoti" in n for n in names) and (
            count("".join(item.itertext())) <= _TITLE_MAX
        ):
            return True
    return False


def _before(ancestor: Element, below: Element) -> Iterator[Element]:
    """The children of *ancestor* before *below*."""
    for child in ancestor:
        if child is below:
            return
        if isinstance(child.tag, str):
            yield child


def layout(table: Element) -> bool:
    """Whether *table* lays out a page rather than holding data."""
    if next(table.iterdescendants(*_LAYOUT_INSIDE), None) is not None:
        return True
    cells = 0
    for cell in table.iter("td", "th"):
        cells += 1
        blocks = sum(1 for _ in cell.iter("p", "div", "br"))
        if blocks >= _CELL_BLOCKS or count("".join(cell.itertext())) > _CELL_CHARS:
            return True
    return cells <= 1
