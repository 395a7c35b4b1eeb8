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

A prescribed table published in pieces (one table per block of 表三), or
partly flattened into the paragraphs around it (表四's header rows as lines of
labels above a row of figures, 表二's rows as ``行政许可 120``), arrives as
consecutive blocks none of which reads as the format. Such a run of tables and
*cell paragraphs* (short lines of labels and figures, see :func:`_cells`) is
joined into one table, rows in order, when the pieces alone do not read cleanly
and the whole does: the shortest such whole is taken. A table with a caption of
its own starts a new run, as its caption would have no place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from ..exceptions import GovReportError
from ..kinds._recognise import Recognised, fold, identify, specs, words_of_a_clean_read
from . import _build
from ._drafts import (
    Block,
    CellDraft,
    Fig,
    GridCell,
    Para,
    SectionDraft,
    TableDraft,
    block_texts,
)
from ._flat import ROW_LABEL_MAX, row_cells, spans

__all__ = ["recognise"]


def recognise(preamble: list[Block], sections: list[SectionDraft]) -> None:
    """Give the prescribed ids to the tables that read as 表二, 表三 or 表四 (in place)."""
    taken: set[str] = set()
    for blocks in _block_lists(preamble, sections):
        at = 0
        while at < len(blocks):
            draft, found, joined, skip = _read(blocks, at)
            if draft is not None and joined > 1:
                blocks[at : at + joined] = [draft]
            at += 1 if joined > 1 else skip
            if draft is None or found is None or found.spec.id in taken:
                continue
            taken.add(found.spec.id)
            _take(draft, found)


def _read(blocks: list[Block], at: int) -> tuple[TableDraft | None, Recognised | None, int, int]:
    """The table that starts at *at*, what it reads as, how many blocks it is made of, and
    how many blocks to move on by when it is one block (or none)."""
    first = blocks[at]
    alone = None
    if isinstance(first, TableDraft):
        alone = _identify(first)
        if alone is not None and not alone.problems:
            return first, alone, 1, 1
    elif _cells(first) is None:
        return None, None, 1, 1
    run = [first]
    for block in blocks[at + 1 : at + _RUN_MAX]:
        if (isinstance(block, TableDraft) and block.caption is None) or _cells(block) is not None:
            run.append(block)
        else:
            break
    for end in range(_first_possible_end(run), len(run) + 1):
        cells = _cells(run[end - 1])
        if cells is not None and not cells[1]:
            continue  # a table ends in a row of figures
        joined = _joined(run[:end])
        found = _identify(joined)
        if found is not None and not found.problems:
            return joined, found, end, 1
    if isinstance(first, TableDraft):
        return first, alone, 1, 1
    # Cell paragraphs that make no table: on to the run's first table, which may make one.
    tables = [i for i, block in enumerate(run) if isinstance(block, TableDraft)]
    return None, None, 1, tables[0] if tables else len(run)


def _first_possible_end(run: list[Block]) -> int:
    """The fewest blocks of *run* (at least two) that hold every word a clean read of some
    prescribed table needs; past the end of *run* when none does, so nothing is tried."""
    needed = _words_of_clean_reads()
    seen = ""
    for end, block in enumerate(run, start=1):
        seen += fold(_plain(block))
        if end >= 2 and any(all(word in seen for word in words) for words in needed):
            return end
    return len(run) + 1


@functools.cache
def _words_of_clean_reads() -> tuple[tuple[str, ...], ...]:
    # Derived from the formats once: a constant, not state.
    return tuple(words_of_a_clean_read(spec) for spec, _ in specs())


def _plain(block: Block) -> str:
    """The words of a drafted block (a figure as written: ``三类`` in a label)."""
    return "".join(
        p if isinstance(p, str) else p.source
        for parts in block_texts(block)
        for p in parts
        if isinstance(p, str | Fig)
    )


def _cells(block: Block) -> tuple[list[str], list[str]] | None:
    """A paragraph's label cells and figure cells, when it could be cells of a table: one
    short line of plain words and figures, no sentence. ``None`` for any other block."""
    if not isinstance(block, Para) or block.commitment or len(block.parts) != 1:
        return None
    text = block.parts[0]
    if not isinstance(text, str) or len(text) > ROW_LABEL_MAX or text.endswith(_SENTENCE_ENDS):
        return None
    labels, figures = row_cells(text)
    return (labels, figures) if labels or figures else None


# The most blocks one table is joined from: 表二 a cell a line is about 60. A longer run of short
# lines is tried no further, so that a list of hundreds of them costs nothing quadratic.
_RUN_MAX = 120
_SENTENCE_ENDS = ("。", "；", "！", "？", "：", ":", "，")


def _joined(run: list[Block]) -> TableDraft:
    """*run* as one table: tables' rows as they are; a paragraph of labels (and figures)
    starts a row, a paragraph of one figure is the next cell of the row before (a table
    copied cell by cell), a paragraph of several figures is a row. Paragraph rows are
    made as wide as the table the way flattened rows are (see :func:`._flat.spans`)."""
    rows: list[tuple[list[CellDraft], list[str | None]]] = []  # a table's cells, or texts
    for block in run:
        if isinstance(block, TableDraft):
            rows += [(cells, []) for cells in block.rows]
            continue
        cells = _cells(block)
        assert cells is not None  # a run holds tables and cell paragraphs only
        labels, figures = cells
        if not labels and len(figures) == 1 and rows and not rows[-1][0]:
            rows[-1][1].append(figures[0])
        else:
            rows.append(([], [*labels, *figures]))
    width = max(sum(c.colspan for c in own) if own else len(texts) for own, texts in rows)
    return TableDraft(
        [
            own
            or [
                CellDraft(None if text is None else [text], GridCell(text=text, colspan=span))
                for text, span in zip(texts, spans(texts, width), strict=True)
            ]
            for own, texts in rows
        ],
        run[0].header_rows if isinstance(run[0], TableDraft) else 0,
        None,
    )


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
