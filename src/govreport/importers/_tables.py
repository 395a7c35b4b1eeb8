"""The prescribed tables among the imported ones.

In an info-disclosure report, an imported table that reads as 表二, 表三 or
表四 of the 2021 format or the 2019 trial format (by its labels, see
:mod:`govreport.kinds._recognise`) takes the prescribed table id, and its
figure cells take the stable metric ids and labels the builders give
(``disclosure.applications.received.total``, ``一、本年新收政府信息公开申请数量：总计``),
so that the kind's identities run on it and next year's report is compared by
id. The table keeps its layout as published: nothing is re-laid out or
dropped. Only the first table of each kind is taken; a table that reads as
one with problems still takes its id, so that ``check`` says what could not
be read (``table-layout``) instead of calling the table missing.

A prescribed table published in pieces (a Word file's table broken at a page,
or one table per block of 表三) arrives as consecutive tables, none of which
reads as the format. Consecutive tables are joined into one, rows in order,
when the pieces alone do not read cleanly and the whole does; a piece with a
caption of its own is never joined, as its caption would have no place.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..exceptions import GovReportError
from ..kinds._recognise import Recognised, identify
from . import _build
from ._drafts import Block, Fig, SectionDraft, TableDraft

__all__ = ["recognise"]


def recognise(preamble: list[Block], sections: list[SectionDraft]) -> None:
    """Give the prescribed ids to the tables that read as 表二, 表三 or 表四 (in place)."""
    taken: set[str] = set()
    for blocks in _block_lists(preamble, sections):
        at = 0
        while at < len(blocks):
            draft, found, pieces = _read(blocks, at)
            if pieces > 1:
                blocks[at : at + pieces] = [draft]
            at += 1
            if found is None or found.spec.id in taken:
                continue
            taken.add(found.spec.id)
            _take(draft, found)


def _read(blocks: list[Block], at: int) -> tuple[TableDraft, Recognised | None, int]:
    """The table at *at* (if any), joined with the tables after it when only the whole reads
    cleanly; what it reads as; and how many blocks it is made of."""
    first = blocks[at]
    if not isinstance(first, TableDraft):
        return TableDraft([], 0, None), None, 1
    alone = _identify(first)
    if alone is not None and not alone.problems:
        return first, alone, 1
    pieces = [first]
    for block in blocks[at + 1 :]:
        if not isinstance(block, TableDraft) or block.caption is not None:
            break
        pieces.append(block)
        joined = TableDraft(
            [row for piece in pieces for row in piece.rows], first.header_rows, first.caption
        )
        found = _identify(joined)
        if found is not None and not found.problems:
            return joined, found, len(pieces)
    return first, alone, 1


def _identify(draft: TableDraft) -> Recognised | None:
    try:
        return identify(_build.table(draft))
    except GovReportError:  # pieces that do not make one rectangle are not one table
        return None


def _take(draft: TableDraft, found: Recognised) -> None:
    """*draft* becomes the prescribed table *found* reads it as: its id, its cells' ids."""
    draft.id = found.spec.id
    for slot_id, (row, column) in found.cells.items():
        cell = draft.rows[row][column]
        metric = found.metrics.get(slot_id)
        if cell.parts is None or metric is None:
            continue  # blank, or written / (not applicable): it stays as written
        if len(cell.parts) == 1 and isinstance(cell.parts[0], Fig):
            figure = cell.parts[0]
        else:  # a bare number, which prose does not type as a figure
            figure = Fig(metric.quantity, "".join(map(str, cell.parts)), metric.label)
            cell.parts = [figure]
        figure.id = slot_id
        figure.label = metric.label


def _block_lists(preamble: list[Block], sections: list[SectionDraft]) -> Iterator[list[Block]]:
    yield preamble
    for section in sections:
        yield from _block_lists(section.blocks, section.children)
