"""Drafts into the frozen model: ids for the figures, then texts, blocks, sections, relations.

Metric ids come from where the figure stands (``s1.2.3.4.m1`` is the first
figure of 一（二）3.（4）, ``preamble.m1`` the first of the preamble), so they
are valid dotted ids, unique, and stable as long as the outline is.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._blocks import Block, Cell, Commitment, Paragraph, Point, Points, Table
from .._placing import reading_order_id
from .._quantity import Metric
from .._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from .._report import Section
from .._text import Inline, Terms, Text
from ._drafts import Block as DraftBlock
from ._drafts import (
    CellDraft,
    Fig,
    Found,
    Part,
    PointsDraft,
    SectionDraft,
    TableDraft,
    TermsDraft,
    block_texts,
)

__all__ = ["blocks", "give_ids", "relation", "sections", "text"]


def _texts(blocks: list[DraftBlock]) -> Iterator[list[Part]]:
    for block in blocks:
        yield from block_texts(block)


def give_ids(preamble: list[DraftBlock], sections: list[SectionDraft]) -> None:
    """Number the kept figures of each section (and of the preamble) in reading order."""
    _number(_texts(preamble), "preamble")
    stack = list(sections)
    while stack:
        section = stack.pop()
        texts = _texts(section.blocks)
        _number(texts if section.title is None else _chain(section.title, texts), section.key)
        stack.extend(section.children)


def _chain(first: list[Part], rest: Iterator[list[Part]]) -> Iterator[list[Part]]:
    yield first
    yield from rest


def _number(texts: Iterator[list[Part]], key: str) -> None:
    n = 0
    for parts in texts:
        for part in parts:
            if isinstance(part, Fig) and part.kept:
                n += 1
                part.id = reading_order_id(key, n)


def text(parts: list[Part]) -> Text:
    """A draft text as a :class:`Text`: kept figures as metrics, the others as their words."""
    out: list[Inline] = []
    for part in parts:
        if isinstance(part, Fig):
            if part.kept:
                assert part.id is not None
                out.append(Metric(id=part.id, label=part.label, quantity=part.quantity))
            else:
                out.append(part.source)
        elif isinstance(part, TermsDraft):
            out.append(Terms(items=part.items, sep=part.sep, last_sep=part.last_sep, id=part.id))
        else:
            out.append(part)
    return Text(tuple(out))


def cell(draft: CellDraft) -> Cell:
    """A cell: blank, a lone kept figure as its metric, or text."""
    parts = draft.parts
    content: Text | Metric | None = None
    if parts is not None:
        content = text(parts)
        if len(content.parts) == 1 and isinstance(content.parts[0], Metric):
            content = content.parts[0]
    return Cell(content=content, rowspan=draft.rowspan, colspan=draft.colspan, header=draft.header)


def table(draft: TableDraft) -> Table:
    """A table, its header rows first."""
    rows = [[cell(c) for c in row] for row in draft.rows]
    return Table(
        header=rows[: draft.header_rows],
        rows=rows[draft.header_rows :],
        caption=None if draft.caption is None else text(draft.caption),
        id=draft.id,
    )


def blocks(drafts: list[DraftBlock]) -> list[Block]:
    """Paragraphs, commitments, points and tables."""
    out: list[Block] = []
    for draft in drafts:
        if isinstance(draft, TableDraft):
            out.append(table(draft))
        elif isinstance(draft, PointsDraft):
            items = [
                Point(text=text(body), lead=None if lead is None else text(lead))
                for lead, body in draft.items
            ]
            out.append(Points(items=items, layout=draft.layout, id=draft.id))
        elif draft.commitment:
            target = None if draft.target is None else draft.target.id
            out.append(Commitment(text=text(draft.parts), target=target))
        else:
            out.append(Paragraph(text=text(draft.parts)))
    return out


def sections(drafts: list[SectionDraft]) -> list[Section]:
    """The section tree."""
    return [
        Section(
            title=None if draft.title is None else text(draft.title),
            run_in=draft.run_in,
            title_end=draft.title_end,
            blocks=blocks(draft.blocks),
            children=sections(draft.children),
            id=draft.id,
        )
        for draft in drafts
    ]


def _id(item: Fig | SectionDraft | PointsDraft | TermsDraft) -> str:
    assert item.id is not None
    return item.id


def relation(found: Found) -> Relation:
    """One found relation, by ids."""
    if found[0] == "total":
        _, total, parts, exhaustive = found
        return Total(total=_id(total), parts=[_id(p) for p in parts], exhaustive=exhaustive)
    if found[0] == "rate":
        _, rate, numerator, denominator = found
        return Rate(rate=_id(rate), numerator=_id(numerator), denominator=_id(denominator))
    if found[0] == "share":
        _, share, part, whole = found
        return Share(share=_id(share), part=_id(part), whole=_id(whole))
    if found[0] == "change":
        _, current, stated, form, direction, previous = found
        return Change(
            current=_id(current),
            stated=_id(stated),
            form=form,
            direction=direction,
            previous=None if previous is None else _id(previous),
        )
    _, count, items = found
    return DeclaredCount(count=_id(count), items=_id(items))
