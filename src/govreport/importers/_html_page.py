"""A parsed web page into source drafts: the report's lines, headings and tables, and the rest.

The page is an lxml tree without :data:`SKIP` elements (:mod:`._html` parses
it); :mod:`._html_container` finds the report's container in it. The container
is read in document order: each block element (``<p>``, ``<div>``, ``<li>``,
``<h1>``…) and each ``<br>`` ends a line; ``<h2>``–``<h6>`` without a heading
marker are :class:`~._drafts.Heading` drafts at their rank (``<h2>`` is level
1); each data table is a :class:`~._drafts.Grid` (a table that lays out the page
is read through: see :func:`~._html_container.layout`). Lines wholly of link
text and ``上一篇``/``下一篇`` lines inside the container, ``<nav>``, ``<aside>``
and ``<form>``, and each part of the page outside the container, are set aside
as ``"web page"``, with the source line of their element.

Text follows HTML's rules: runs of ASCII white space are one space, and a
line is stripped. A page govreport wrote (``<meta name="generator"
content="govreport">``, or a bare ``<article class="govreport">``) keeps its
text as written instead, line breaks included, as the text renderer wrote it.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Final

import attrs

from .._hanzi import simplified
from .._report import SetAside, leading_marker
from ._chrome import PAGE
from ._drafts import Grid, GridCell, Heading, Line, Source
from ._html_container import BLOCK, HEADINGS, count, find, layout

__all__ = ["SKIP", "Drafts", "read_page", "written_by_govreport"]

Element = Any  # lxml.etree._Element: lxml ships no stubs, and it is an optional extra

SKIP: Final = (
    *("script", "style", "noscript", "template", "head", "title", "iframe", "object"),
    *("embed", "svg", "math", "canvas", "audio", "video", "select", "textarea", "button"),
    *("input", "map", "area", "link", "meta", "base"),
)
"""Elements whose content is not text a reader sees: code, embedded objects, form controls,
the document head."""
_GOVREPORT: Final = "descendant::article[@class='govreport']"
_PAGE_TAGS: Final = frozenset(("nav", "aside", "form"))
IMAGE: Final = "image"
"""The reason given for a picture set aside (see :class:`~govreport.SetAside`)."""
_SPACE: Final = re.compile(r"[ \t\n\r\f]+")
_BREAK: Final = re.compile(r"\r\n?|\n")
_NEXT_PREVIOUS: Final = re.compile(r"(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]?")
_MAX_COLSPAN: Final = 1000  # as HTML clamps them
_MAX_ROWSPAN: Final = 65534


class Drafts:
    """What a page holds: source drafts, the source line of each (by draft number), and set-aside."""

    def __init__(self) -> None:
        self.source: list[Source] = []
        self.lines: dict[int, int] = {}  # draft number → source line
        self.set_aside: list[SetAside] = []
        self.container: Element = None

    def renumber(self) -> None:
        """Number the drafts by their source lines, when each stands on a later line than the last.

        Then what the core sets aside is numbered by source line already; otherwise
        (several lines on one source line, as ``<br>`` or a minified page writes them)
        the drafts keep their places in reading order, and :attr:`lines` translates.
        """
        at = [self.lines[n] for n in range(1, len(self.source) + 1)]
        if all(a < b for a, b in itertools.pairwise(at)):
            self.source = [attrs.evolve(d, number=n) for d, n in zip(self.source, at, strict=True)]
            self.lines = {n: n for n in at}


def read_page(root: Element, *, verbatim: bool) -> Drafts:
    """The drafts of the report in *root* (an lxml HTML document without :data:`SKIP` elements)."""
    body = root.find("body")
    if body is None:
        body = root
    ours = body.xpath(_GOVREPORT)  # a page govreport rendered says where the report is
    path = _path(body, ours[0]) if ours else find(body)
    drafts = Drafts()
    drafts.container = path[-1]
    reader = _Reader(drafts, verbatim=verbatim)
    reader.block(path[-1])
    reader.flush()
    drafts.renumber()
    for node, below in itertools.pairwise(path):
        _aside(drafts, node.text, node)
        for child in node:
            if child is not below:
                _aside(drafts, " ".join(child.itertext()), child)
            _aside(drafts, child.tail, child)
    return drafts


def _path(body: Element, el: Element) -> list[Element]:
    path = [el]
    while path[-1] is not body:
        path.append(path[-1].getparent())
    return path[::-1]


def written_by_govreport(root: Element) -> bool:
    """Whether govreport rendered the page: its generator, or a bare ``<article class="govreport">``."""
    for meta in root.iter("meta"):
        if (meta.get("name") or "").lower() == "generator" and meta.get("content") == "govreport":
            return True
    body = root.find("body")
    return body is not None and any(
        child.tag == "article" and child.get("class") == "govreport" for child in body
    )


def _aside(drafts: Drafts, text: str | None, el: Element) -> None:
    """Set aside the text of a part of the page outside the report, as one line.

    The pieces of its text are joined by a space, so that menu items stay apart.
    """
    if text and not text.isspace():
        line = _SPACE.sub(" ", text).strip(" ")
        drafts.set_aside.append(SetAside(line=el.sourceline or 1, text=line, reason=PAGE))


# -- reading ------------------------------------------------------------------------------------


class _Reader:
    """Reads elements into lines (and grids): a block or ``<br>`` ends a line."""

    def __init__(self, drafts: Drafts, *, verbatim: bool, cell: bool = False) -> None:
        self.drafts = drafts
        self.verbatim = verbatim
        self.cell = cell  # reading a table cell: its links and all are its text
        self.parts: list[str] = []
        self.start = 1  # the source line of the element the current line began in
        self.chars = 0  # visible characters of the current line, and those inside links
        self.linked = 0
        self.heading: int | None = None  # the rank of the <hN> the current line is

    def block(self, el: Element, *, in_link: bool = False) -> None:
        """Read *el* and its content, ending the line before and after it when it is a block."""
        tag = el.tag
        if tag in _PAGE_TAGS:
            self.flush()
            _aside(self.drafts, " ".join(el.itertext()), el)
            return
        if tag == "table" and not layout(el):
            self.flush()
            self.drafts.source.append(self._grid(el))
            return
        if tag == "br":
            self.flush()
            return
        if tag == "img":
            # A picture is not read (a table published as a picture has no text), but it is
            # content: said, with its alt text or its address, never dropped unsaid.
            shown = (el.get("alt") or "").strip() or (el.get("src") or "").strip() or "<img>"
            self.drafts.set_aside.append(
                SetAside(line=el.sourceline or 1, text=shown, reason=IMAGE)
            )
            return
        is_block = tag in BLOCK
        if is_block:
            self.flush()
            self.heading = HEADINGS.get(tag)
        link = in_link or (tag == "a" and el.get("href") is not None)
        if el.text:
            self._text(el.text, el, link)
        for child in el:
            if isinstance(child.tag, str):
                self.block(child, in_link=link)
            if child.tail:
                self._text(child.tail, child, in_link)
        if is_block:
            self.flush()

    def _text(self, text: str, el: Element, in_link: bool) -> None:
        """Add *text*, which follows the start of *el* (its text, or the tail of a child)."""
        n = count(text)
        if not self.chars and n:
            # Where the line starts: the element's line, and the line breaks before the text.
            lead = len(text) - len(text.lstrip())
            self.start = (el.sourceline or self.start) + text.count("\n", 0, lead)
        self.parts.append(text)
        self.chars += n
        if in_link:
            self.linked += n

    def flush(self) -> None:
        """End the current line: a Line or Heading draft, or a set-aside line."""
        if not self.parts:
            self.heading = None
            return
        text, self.parts = "".join(self.parts), []
        chars, linked, rank = self.chars, self.linked, self.heading
        self.chars = self.linked = 0
        self.heading = None
        if not chars:
            return
        if self.verbatim:
            at = self.start - text.count("\n", 0, len(text) - len(text.lstrip()))
            for piece in _BREAK.split(text):
                if piece.strip():
                    self._line(piece.rstrip(), at, False, rank)
                at += 1
        else:
            self._line(_SPACE.sub(" ", text).strip(" "), self.start, linked == chars, rank)

    def _line(self, text: str, at: int, linked: bool, rank: int | None) -> None:
        if not self.cell and (linked or _NEXT_PREVIOUS.match(simplified(text))):
            self.drafts.set_aside.append(SetAside(line=at, text=text, reason=PAGE))
            return
        number = len(self.drafts.source) + 1
        self.drafts.lines[number] = at
        # govreport writes every heading's marker: its headings are lines like any other.
        if not self.verbatim and rank and rank >= 2 and leading_marker(text.strip()) is None:
            level = min(rank - 1, 4)
            self.drafts.source.append(Heading(text=text.strip(), level=level, number=number))
        else:
            self.drafts.source.append(Line(text=text, number=number))

    # -- tables ---------------------------------------------------------------------------------

    def _grid(self, table: Element) -> Grid:
        head, body, foot = _rows(table)
        rows = head + body + foot
        header_rows = len(head)
        if not head:
            while header_rows < len(rows) and all(c.tag == "th" for c in rows[header_rows]):
                header_rows += 1
        cells: list[list[GridCell]] = []
        for n, row in enumerate(rows):
            cells.append([self._cell(cell, len(rows) - n, header=n < header_rows) for cell in row])
        _pad(cells)
        caption = table.find("caption")
        number = len(self.drafts.source) + 1
        self.drafts.lines[number] = table.sourceline or 1
        return Grid(
            rows=tuple(tuple(row) for row in cells),
            number=number,
            header_rows=header_rows,
            caption=None if caption is None else self._cell_text(caption),
        )

    def _cell(self, cell: Element, left: int, *, header: bool) -> GridCell:
        return GridCell(
            text=self._cell_text(cell),
            rowspan=min(_span(cell.get("rowspan"), _MAX_ROWSPAN), left),
            colspan=_span(cell.get("colspan"), _MAX_COLSPAN),
            header=header or cell.tag == "th",
        )

    def _cell_text(self, el: Element) -> str | None:
        """The text of a cell: its lines joined, with nothing between Chinese characters."""
        if self.verbatim:
            text = "".join(el.itertext())
            return text if text.strip() else None
        breaks = sum(1 for d in el.iterdescendants() if d.tag in BLOCK or d.tag == "br")
        if breaks <= 1 and next(el.iterdescendants("br"), None) is None:
            text = _SPACE.sub(" ", "".join(el.itertext())).strip(" ")
            return text if text.strip() else None
        inner = Drafts()
        reader = _Reader(inner, verbatim=False, cell=True)
        reader.block(el)
        reader.flush()
        lines = [d.text for d in inner.source if isinstance(d, Line | Heading)]
        if not lines or not "".join(lines).strip():
            return None
        out = lines[0]
        for line in lines[1:]:
            out += ("" if out[-1] > "\x7f" and line[0] > "\x7f" else " ") + line
        return out


def _rows(table: Element) -> tuple[list[list[Element]], list[list[Element]], list[list[Element]]]:
    """The cells of each row: those of ``<thead>``, of the body, of ``<tfoot>``."""
    groups: dict[str, list[list[Element]]] = {"thead": [], "tbody": [], "tfoot": []}

    def read(parent: Element, group: str) -> None:
        stray: list[Element] = []  # cells outside any <tr>, as broken markup leaves them
        for child in parent:
            if child.tag == "tr":
                if stray:
                    groups[group].append(stray)
                    stray = []
                groups[group].append([c for c in child if c.tag in ("td", "th")])
            elif child.tag in ("td", "th"):
                stray.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                read(child, child.tag)
        if stray:
            groups[group].append(stray)

    read(table, "tbody")
    return groups["thead"], groups["tbody"], groups["tfoot"]


def _span(value: str | None, most: int) -> int:
    try:
        n = int((value or "1").strip())
    except ValueError:
        return 1
    return min(max(n, 1), most)


def _pad(rows: list[list[GridCell]]) -> None:
    """Blank cells at the end of each short row, as a browser shows them, so the spans tile."""
    covered: list[list[bool]] = [[] for _ in rows]
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while col < len(covered[r]) and covered[r][col]:
                col += 1
            for dr in range(cell.rowspan):
                line = covered[r + dr]
                line.extend([False] * (col + cell.colspan - len(line)))
                for c in range(col, col + cell.colspan):
                    line[c] = True
            col += cell.colspan
        width = max(width, len(covered[r]))
    for r, row in enumerate(rows):
        free = width - sum(covered[r])
        row.extend(GridCell(text=None) for _ in range(free))
