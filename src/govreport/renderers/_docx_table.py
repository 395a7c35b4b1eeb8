"""Tables as WordprocessingML: full borders, merged cells, header rows repeated on each page.

A cell spanning columns is one ``<w:tc>`` with ``<w:gridSpan>``; a cell spanning
rows starts a vertical merge (``<w:vMerge w:val="restart"/>``) and each row it
covers below holds an empty continuation cell (``<w:vMerge/>``) of the same
width. Header rows are marked ``<w:tblHeader/>`` so Word and LibreOffice repeat
them at the top of every page the table runs onto, and no row breaks across a
page. Column widths share the 版心 width in proportion to what each column
holds, so label columns are wide and figure columns narrow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .._blocks import Cell, Table
from .._walk import grid as table_grid
from ._docx_layout import PAGE

__all__ = ["table_xml"]

_BORDER: Final = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
_TABLE_PR: Final = (
    "<w:tblBorders>"
    + "".join(f"<w:{side} {_BORDER}/>" for side in ("top", "left", "bottom", "right"))
    + f"<w:insideH {_BORDER}/><w:insideV {_BORDER}/></w:tblBorders>"
    '<w:tblLayout w:type="fixed"/>'
    '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
)
_MIN_WEIGHT: Final = 2.5  # characters, padding included
_MAX_WEIGHT: Final = 10.0
_UNBROKEN: Final = 3.0  # a label this wide or narrower keeps to one line


def _width(text: str) -> float:
    """Display width in full-width characters: CJK counts 1, anything narrower ½."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


def _grid(table: Table) -> list[list[tuple[Cell | None, int, int]]]:
    """Each row as ``(cell, column, colspan)``; ``cell`` is ``None`` where a cell from above continues.

    The spans are resolved by the model's own :func:`~govreport._walk.grid`; this
    only tells a vertical continuation (one ``<w:tc>`` as wide as the cell above)
    from the columns a cell covers to its right (no ``<w:tc>`` at all).
    """
    rows = []
    above: dict[int, Cell] = {}  # column → the cell spanning down from it
    left: dict[int, int] = {}  # column → rows that cell still covers
    for line in table_grid(table):
        out: list[tuple[Cell | None, int, int]] = []
        column = 0
        while column < len(line):
            cell = line[column]
            if cell is None:
                span = above[column].colspan
                out.append((None, column, span))
                column += span
                continue
            out.append((cell, column, cell.colspan))
            if cell.rowspan > 1:
                above[column], left[column] = cell, cell.rowspan
            column += cell.colspan
        rows.append(out)
        left = {c: rows_left - 1 for c, rows_left in left.items() if rows_left > 1}
        above = {c: cell for c, cell in above.items() if c in left}
    return rows


def _widths(
    grid: list[list[tuple[Cell | None, int, int]]], texts: dict[int, str], width: int
) -> list[int]:
    """Twips per column, in proportion to the widest single-column cell, scaled to the 版心.

    A cell spanning rows may wrap over the rows it spans, but short labels
    (总计, 自然人) and figures keep to one line; every column is at least
    :data:`_MIN_WEIGHT` and at most :data:`_MAX_WEIGHT` characters before scaling.
    """
    columns = max(column + span for row in grid for _, column, span in row)
    weights = [_MIN_WEIGHT] * columns
    for row in grid:
        for cell, column, span in row:
            if cell is None or span != 1:
                continue
            text = _width(texts[id(cell)])
            need = max(text / cell.rowspan, min(text, _UNBROKEN)) + 1
            weights[column] = max(weights[column], min(need, _MAX_WEIGHT))
    total = sum(weights)
    widths = [int(width * w / total) for w in weights]
    widths[-1] += width - sum(widths)
    return widths


def table_xml(table: Table, *, cell_text: Callable[[Cell], str], run: Callable[[str], str]) -> str:
    """``<w:tbl>`` for *table*; *cell_text* gives a cell's escaped text, *run* wraps it in runs."""
    grid = _grid(table)
    texts = {id(cell): cell_text(cell) for row in grid for cell, _, _ in row if cell is not None}
    area = PAGE.width - PAGE.left - PAGE.right
    widths = _widths(grid, texts, area)
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{area}" w:type="dxa"/><w:jc w:val="center"/>',
        _TABLE_PR,
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]
    heads = len(table.header)
    for number, row in enumerate(grid):
        head = number < heads
        out.append(
            "<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if head else "") + "</w:trPr>"
        )
        for cell, column, span in row:
            props = f'<w:tcW w:w="{sum(widths[column : column + span])}" w:type="dxa"/>'
            if span > 1:
                props += f'<w:gridSpan w:val="{span}"/>'
            if cell is None:
                out.append(f"<w:tc><w:tcPr>{props}<w:vMerge/></w:tcPr><w:p/></w:tc>")
                continue
            if cell.rowspan > 1:
                props += '<w:vMerge w:val="restart"/>'
            style = "GRTableHeading" if head else "GRTableLabel" if cell.header else "GRTableText"
            out.append(
                f'<w:tc><w:tcPr>{props}<w:vAlign w:val="center"/></w:tcPr>'
                f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run(texts[id(cell)])}</w:p></w:tc>'
            )
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
