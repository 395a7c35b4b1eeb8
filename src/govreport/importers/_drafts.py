"""Drafts: what a format hands to the shared core, and the core's working tree.

Every importer turns its input into a list of *source drafts*, in reading
order, and hands it to :func:`~govreport.importers._assemble.assemble`:

- :class:`Line`: a line or paragraph of text, as written (heading markers,
  一是…二是…, figures and all still to be read);
- :class:`Heading`: a heading whose level the format itself states (a Word
  heading style or list numbering, an HTML ``<h2>``), with its text only;
- :class:`Grid`: a table, as rows of :class:`GridCell` with their spans.

The core reads them into sections, lines into blocks, strings into parts with
figures, then lets the relation finders edit the parts (a list of terms cut
out of a string, a count that turned out to count something). Only then are
ids given out and the immutable model built, so nothing has to be rebuilt
along the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, TypeAlias

import attrs

from .._quantity import Quantity
from .._relations import ChangeForm, Direction
from .._text import DocumentReference, ReportYear, Year

__all__ = [
    "Block",
    "CellDraft",
    "Fig",
    "Found",
    "Grid",
    "GridCell",
    "Heading",
    "Line",
    "Para",
    "Part",
    "PointsDraft",
    "SectionDraft",
    "Source",
    "TableDraft",
    "TermsDraft",
    "block_texts",
]


# -- what a format hands to the core -----------------------------------------------------------


@attrs.frozen(kw_only=True)
class Line:
    """A line of text (a paragraph of a Word file or web page), without trailing white space.

    *number* is where it stands in the input (1-based: the line of a text, the
    paragraph of a document), for messages and for what is set aside.
    """

    text: str
    number: int


@attrs.frozen(kw_only=True)
class Heading:
    """A heading whose *level* (1 for 一、, 2 for （一）, …) the input's structure states.

    *text* is the heading without a number; a format that types the number as
    text (``一、总体情况`` in a plain paragraph) hands a :class:`Line` instead.
    """

    text: str
    level: int
    number: int


@attrs.frozen(kw_only=True)
class GridCell:
    """A table cell as found: its text (``None`` when blank; ``/`` is text) and its spans."""

    text: str | None
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


@attrs.frozen(kw_only=True)
class Grid:
    """A table: rows of cells in reading order (a cell spanning down appears once, in its first row).

    The first *header_rows* rows are the header; *caption* is the table's title, if any.
    """

    rows: tuple[tuple[GridCell, ...], ...]
    number: int
    header_rows: int = 0
    caption: str | None = None


Source: TypeAlias = Line | Heading | Grid
"""One source draft."""


# -- the core's working tree -------------------------------------------------------------------


class Fig:
    """A figure found in the text, as written (*source*) and as a quantity.

    A figure in Chinese numerals before a counter (``三项制度``, ``八大领域``) is
    a *count candidate*: ``noun`` is the word after it and ``kept`` stays
    ``False`` (it goes back to being words) unless a declared count claims it.
    """

    __slots__ = ("id", "kept", "label", "noun", "quantity", "source")

    def __init__(self, quantity: Quantity, source: str, label: str, *, noun: str | None = None):
        self.quantity = quantity
        self.source = source
        self.label = label
        self.noun = noun
        self.kept = noun is None
        self.id: str | None = None

    def __repr__(self) -> str:
        return f"Fig({self.source!r})"


class TermsDraft:
    """An inline list of terms cut out of a string (``A、B和C``)."""

    __slots__ = ("id", "items", "last_sep", "sep")

    def __init__(self, items: list[str], sep: str, last_sep: str | None) -> None:
        self.items = items
        self.sep = sep
        self.last_sep = last_sep
        self.id: str | None = None


Part: TypeAlias = str | Fig | Year | ReportYear | DocumentReference | TermsDraft
"""What a draft text holds; a draft text is a ``list[Part]``."""


class Para:
    """A paragraph; in a plan it may become a commitment (with a target figure)."""

    __slots__ = ("commitment", "parts", "target")

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts
        self.commitment = False
        self.target: Fig | None = None


class PointsDraft:
    """A 一是…二是… enumeration: (lead, text) per point."""

    __slots__ = ("id", "items", "layout")

    def __init__(
        self, items: list[tuple[list[Part] | None, list[Part]]], layout: Literal["inline", "lines"]
    ) -> None:
        self.items = items
        self.layout = layout
        self.id: str | None = None


class CellDraft:
    """A table cell: its parts (a lone figure becomes a metric), or ``None`` when blank."""

    __slots__ = ("colspan", "header", "parts", "rowspan")

    def __init__(self, parts: list[Part] | None, cell: GridCell) -> None:
        self.parts = parts
        self.rowspan = cell.rowspan
        self.colspan = cell.colspan
        self.header = cell.header


class TableDraft:
    """A table: a caption and rows of cells, the first *header_rows* of them the header."""

    __slots__ = ("caption", "header_rows", "id", "rows")

    def __init__(
        self, rows: list[list[CellDraft]], header_rows: int, caption: list[Part] | None
    ) -> None:
        self.rows = rows
        self.header_rows = header_rows
        self.caption = caption
        self.id: str | None = None


Block: TypeAlias = Para | PointsDraft | TableDraft


class SectionDraft:
    """A section: where it stands (*path*: its position at each level), its title and body.

    *lines* are the lines (and grids) of its body until :meth:`Outline.finish` reads them.
    """

    __slots__ = (
        "blocks",
        "children",
        "id",
        "lines",
        "path",
        "run_in",
        "style",
        "title",
        "title_end",
    )

    def __init__(self, path: tuple[int, ...]) -> None:
        self.path = path
        self.style = len(path)  # the level of the marker its heading had (1. under 一、: 3)
        self.title: list[Part] | None = None
        self.run_in = False
        self.title_end: str | None = None
        self.lines: list[str | Grid] = []
        self.blocks: list[Block] = []
        self.children: list[SectionDraft] = []
        self.id: str | None = None

    @property
    def key(self) -> str:
        """The dotted id prefix of this section: ``s1.2.3``."""
        return "s" + ".".join(map(str, self.path))


Found: TypeAlias = (
    tuple[Literal["total"], Fig, list[Fig], bool]
    | tuple[Literal["rate"], Fig, Fig, Fig]
    | tuple[Literal["share"], Fig, Fig, Fig]
    | tuple[Literal["count"], Fig, SectionDraft | PointsDraft | TermsDraft]
    | tuple[Literal["change"], Fig, Fig, ChangeForm, Direction, Fig | None]
)
"""A relation between drafts found in the text: (kind, …figures or items…)."""


def block_texts(block: Block) -> Iterator[list[Part]]:
    """The texts of a drafted block in reading order: a paragraph's, each point's lead and
    body, or a table's caption and cells."""
    if isinstance(block, Para):
        yield block.parts
    elif isinstance(block, PointsDraft):
        for lead, body in block.items:
            if lead is not None:
                yield lead
            yield body
    else:
        if block.caption is not None:
            yield block.caption
        for row in block.rows:
            for cell in row:
                if cell.parts is not None:
                    yield cell.parts
