"""The importer's working tree: mutable drafts that become the frozen model at the end.

The importer reads lines into sections, lines into blocks, strings into parts
with figures, then lets the relation finders edit the parts (a list of terms
cut out of a string, a count that turned out to count something). Only then
are ids given out and the immutable model built, so nothing has to be rebuilt
along the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, TypeAlias

from .._quantity import Quantity
from .._text import DocumentReference, ReportYear, Year

__all__ = [
    "Block",
    "Fig",
    "Para",
    "Part",
    "PointsDraft",
    "SectionDraft",
    "TermsDraft",
    "block_texts",
]


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


Block: TypeAlias = Para | PointsDraft


class SectionDraft:
    """A section: where it stands (*path*: its position at each level), its title and body."""

    __slots__ = ("blocks", "children", "id", "lines", "path", "run_in", "title", "title_end")

    def __init__(self, path: tuple[int, ...]) -> None:
        self.path = path
        self.title: list[Part] | None = None
        self.run_in = False
        self.title_end: str | None = None
        self.lines: list[str] = []
        self.blocks: list[Block] = []
        self.children: list[SectionDraft] = []
        self.id: str | None = None

    @property
    def key(self) -> str:
        """The dotted id prefix of this section: ``s1.2.3``."""
        return "s" + ".".join(map(str, self.path))


def block_texts(block: Block) -> Iterator[list[Part]]:
    """The texts of a drafted block in reading order: a paragraph's, or each point's lead and body."""
    if isinstance(block, Para):
        yield block.parts
        return
    for lead, body in block.items:
        if lead is not None:
            yield lead
        yield body
