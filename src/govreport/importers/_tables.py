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
"""

from __future__ import annotations

from collections.abc import Iterator

from ..kinds._recognise import identify
from . import _build
from ._drafts import Block, Fig, SectionDraft, TableDraft

__all__ = ["recognise"]


def recognise(preamble: list[Block], sections: list[SectionDraft]) -> None:
    """Give the prescribed ids to the tables that read as 表二, 表三 or 表四 (in place)."""
    taken: set[str] = set()
    for draft in _tables(preamble, sections):
        found = identify(_build.table(draft))
        if found is None or found.spec.id in taken:
            continue
        taken.add(found.spec.id)
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


def _tables(preamble: list[Block], sections: list[SectionDraft]) -> Iterator[TableDraft]:
    yield from (b for b in preamble if isinstance(b, TableDraft))
    for section in sections:
        yield from _tables(section.blocks, section.children)
