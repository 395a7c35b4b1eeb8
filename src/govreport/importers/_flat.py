"""Tables flattened into text: runs of lines that are table rows become grids.

Text copied from a web page or a Word file keeps its tables in one of a few
shapes, all read here into :class:`~._drafts.Grid` drafts so that no table row
is ever read as a heading or a paragraph:

- **tab rows**, as the text renderer writes tables and as Word copies them:
  cells separated by tabs (a row is a line with a tab after its first
  character; a line that is only indented with a tab is prose, and so is a
  numbered line ``一、\t总体情况``, which is how Word copies its list numbering);
- **pipe rows**: ``| 一、本年新收政府信息公开申请数量 | 3 | 0 | … | 3 |``, one row
  a line (a Markdown separator row ``|---|`` is skipped);
- **one cell per line**, each line ending in ``|`` (``3 |``), blank cells
  written ``|`` alone or as a run of pipes (``||||``: four blank cells); rows
  are not marked, so a new row starts where a label follows a figure;
- **spaced figure rows**: a label followed by three or more figures separated
  by spaces (``四、结转下年度继续办理 72 0 0 0 0 0 72``), or a line of five or
  more figures alone; a label ending in a colon (``发布时间：2024 01 15``) is not one.
  A label that joins merged label cells (``三、本年度办理结果 （一）予以公开``) is
  cut before each list marker that follows a space, one cell each. Short label
  lines between two such rows (``三、本年度办理结果``) belong to the table too,
  unless they are numbered like a heading (一、, （一）);
- **stacked cells**: one cell a line with nothing to mark it, as a table
  copied cell by cell (or a page that gives each cell its own paragraph): a
  label line (or a numbered group label and a numbered label, ``三、本年度办理结果``
  then ``（一）予以公开``), then three or more lines that are each a figure, is a
  row; two such rows in a row are a table.

A pipe form needs two lines in a row, and a tab form two lines (short label
lines between tab rows belong to the table: a label with blank cells has lost
its tabs with the line's trailing white space); a spaced
figure row is a table on its own (no heading ends in three bare numbers).
Spans are not in flattened text: every cell spans one row and one column,
except in a row shorter than the widest (see :func:`spans`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from ._drafts import Grid, GridCell, Line

__all__ = [
    "PAGE_FORMS",
    "ROW_LABEL_MAX",
    "TEXT_FORMS",
    "Form",
    "row_cells",
    "spans",
    "with_tables",
]

_FIGURE: Final = re.compile(r"^[+-]?[0-9０-９]+(?:[.．][0-9０-９]+)?%?$|^[/／\-—－]$")
_SEPARATOR: Final = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_MARKED: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])"
)
_LIST_MARKER: Final = (
    r"(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳⑴-⒇])"
)
_MARKER_ONLY: Final = re.compile(f"^{_LIST_MARKER}$")
_MARKER_LED: Final = re.compile(f"^{_LIST_MARKER}.")
_LABEL_MAX: Final = 40  # a label line between figure rows is short
ROW_LABEL_MAX: Final = 60
"""The longest label of a row of figures: the formats' longest is 42 characters."""
_LABELS_BETWEEN: Final = 3


Form = Callable[[Sequence[Line], int], tuple[int, Grid | None]]


def with_tables(lines: Sequence[Line], forms: Sequence[Form]) -> list[Line | Grid]:
    """*lines* with each run of table rows in one of *forms* replaced by one grid.

    Text takes every form (:data:`TEXT_FORMS`); a web page's paragraphs only the
    forms white space cannot make (:data:`PAGE_FORMS`).
    """
    out: list[Line | Grid] = []
    i = 0
    while i < len(lines):
        for form in forms:
            end, grid = form(lines, i)
            if grid is not None:
                out.append(grid)
                i = end
                break
        else:
            out.append(lines[i])
            i += 1
    return out


def _grid(rows: list[list[str | None]], number: int) -> Grid:
    """The grid of *rows*, each row made as wide as the widest (see :func:`spans`)."""
    width = max(len(row) for row in rows)
    return Grid(
        rows=tuple(
            tuple(
                GridCell(text=text, colspan=span)
                for text, span in zip(row, spans(row, width), strict=True)
            )
            for row in rows
            if row
        ),
        number=number,
    )


def spans(row: list[str | None], width: int) -> list[int]:
    """Column spans that make *row* *width* wide.

    A row that ends in a figure lost cells of its label (merged label cells
    appear in one row only), so its first cell spans the gap, as the format's
    own label cells do; a row that ends in a label lost its trailing blank
    cells, so its last cell spans the rest. Either way no cell is made up: a
    prescribed table's reader then finds a row with too few figures and says so.
    """
    spans = [1] * len(row)
    spans[0 if _is_figure(row[-1]) and row[-1] is not None else -1] += width - len(row)
    return spans


def _cell(text: str) -> str | None:
    return text.strip() or None


# -- tab rows --------------------------------------------------------------------------------


def _is_tab_row(text: str) -> bool:
    stripped = text.lstrip()
    if "\t" not in stripped:
        return False
    # Word copies its list numbering as the number and a tab (一、\t总体情况): a heading.
    return not _MARKER_ONLY.match(stripped.split("\t", 1)[0].strip())


def _tab_run(lines: Sequence[Line], start: int) -> tuple[int, Grid | None]:
    end = start
    while end < len(lines):
        if _is_tab_row(lines[end].text):
            end += 1
            continue
        # A row of a label and blank cells has lost its tabs with its trailing white space.
        labels = _labels_then(lines, end, _is_tab_row) if end > start else None
        if labels is None:
            break
        end += labels
    if end - start < 2:
        return start, None
    rows = [[_cell(c) for c in line.text.split("\t")] for line in lines[start:end]]
    return end, _grid(rows, lines[start].number)


# -- pipe rows and one cell per line ---------------------------------------------------------


def _is_pipe_line(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith("|") or (stripped.startswith("|") and stripped.count("|") >= 2)


def _pipe_run(lines: Sequence[Line], start: int) -> tuple[int, Grid | None]:
    end = start
    while end < len(lines) and _is_pipe_line(lines[end].text):
        end += 1
    if end - start < 2:
        return start, None
    texts = [
        line.text.strip() for line in lines[start:end] if not _SEPARATOR.match(line.text.strip())
    ]
    leading = all(t.startswith("|") for t in texts)
    split = [_pipe_cells(t, leading=leading) for t in texts]
    if leading or any(len(cells) > 1 and any(cells) for cells in split):
        rows = split
    else:
        rows = _rows_from_stream([c for cells in split for c in cells])
    return end, _grid(rows, lines[start].number)


def _pipe_cells(text: str, *, leading: bool) -> list[str | None]:
    """The cells of a pipe line: ``| a | b |`` (leading) or ``a | b |`` and ``||`` (trailing)."""
    pieces = text.split("|")
    if leading:
        pieces = pieces[1:]
    return (
        [_cell(p) for p in pieces[:-1]] if pieces[-1].strip() == "" else [_cell(p) for p in pieces]
    )


def _is_figure(text: str | None) -> bool:
    return text is None or bool(_FIGURE.match(text))


def _rows_from_stream(cells: list[str | None]) -> list[list[str | None]]:
    """Rows out of a stream of cells: a label after a figure (or blank) starts a new row."""
    rows: list[list[str | None]] = [[]]
    for text in cells:
        if rows[-1] and not _is_figure(text) and _is_figure(rows[-1][-1]):
            rows.append([])
        rows[-1].append(text)
    return rows


# -- spaced figure rows ----------------------------------------------------------------------


def row_cells(text: str) -> tuple[list[str], list[str]]:
    """The label cells and the trailing figures of a line read as a spaced row, however few.

    >>> row_cells("三、本年度办理结果 （一）予以公开 2 1 3"), row_cells("行政许可 120")
    ((['三、本年度办理结果', '（一）予以公开'], ['2', '1', '3']), (['行政许可'], ['120']))
    """
    tokens = text.split()
    figures = 0
    while figures < len(tokens) and _FIGURE.match(tokens[len(tokens) - 1 - figures]):
        figures += 1
    words = tokens[: len(tokens) - figures]
    return (_label_cells(words) if words else []), tokens[len(tokens) - figures :]


def _spaced(text: str) -> list[str | None] | None:
    """A label and its figures, if *text* is a spaced figure row."""
    labels, figures = row_cells(text)
    if len(figures) >= 5 and not labels:
        return [_cell(t) for t in figures]
    label = " ".join(labels)
    if (
        len(figures) >= 3
        and labels
        and len(label) <= ROW_LABEL_MAX
        and not label.endswith(("：", ":"))
    ):
        return [*labels, *(_cell(t) for t in figures)]
    return None


def _label_cells(words: list[str]) -> list[str]:
    """A row's label words as cells: a new cell at each word that starts with a list marker."""
    cells = [words[0]]
    for word in words[1:]:
        if _MARKER_LED.match(word):
            cells.append(word)
        else:
            cells[-1] += f" {word}"
    return cells


def _spaced_run(lines: Sequence[Line], start: int) -> tuple[int, Grid | None]:
    first = _spaced(lines[start].text)
    if first is None:
        return start, None
    rows = [first]
    end = start + 1
    while end < len(lines):
        row = _spaced(lines[end].text)
        if row is not None:
            rows.append(row)
            end += 1
            continue
        labels = _labels_then(lines, end, lambda text: _spaced(text) is not None)
        if labels is None:
            break
        rows += [[line.text.strip()] for line in lines[end : end + labels]]
        end += labels
    return end, _grid(rows, lines[start].number)


def _labels_then(lines: Sequence[Line], at: int, is_row: Callable[[str], bool]) -> int | None:
    """How many short label lines stand at *at* before the next table row, if any."""
    for count in range(1, _LABELS_BETWEEN + 1):
        if at + count > len(lines):
            return None
        text = lines[at + count - 1].text.strip()
        if len(text) > _LABEL_MAX or text.endswith(("。", "；", "：")) or _MARKED.match(text):
            return None  # a numbered line between two tables is the heading of the next part
        if at + count < len(lines) and is_row(lines[at + count].text):
            return count
    return None


# -- stacked cells ---------------------------------------------------------------------------


def _stacked_run(lines: Sequence[Line], start: int) -> tuple[int, Grid | None]:
    rows: list[list[str | None]] = []
    end = start
    while (taken := _stacked_row(lines, end)) is not None:
        rows.append([line.text.strip() for line in lines[end : end + taken]])
        end += taken
    if len(rows) < 2:
        return start, None
    return end, _grid(rows, lines[start].number)


def _stacked_row(lines: Sequence[Line], at: int) -> int | None:
    """How many lines the stacked row at *at* takes: its label, or a group label and its
    label when both are numbered (三、本年度办理结果, （一）予以公开), then three figures or more."""
    texts = [line.text.strip() for line in lines[at : at + 2]]
    if not texts or not _is_stacked_label(texts[0]):
        return None
    labels = 1
    if len(texts) == 2 and _is_stacked_label(texts[1]):
        if not (_MARKER_LED.match(texts[0]) and _MARKER_LED.match(texts[1])):
            return None  # a label before this row's label is not in the row
        labels = 2
    figures = 0
    while at + labels + figures < len(lines) and _FIGURE.match(
        lines[at + labels + figures].text.strip()
    ):
        figures += 1
    return labels + figures if figures >= 3 else None


def _is_stacked_label(text: str) -> bool:
    stripped = text.strip()
    return (
        bool(stripped)
        and len(stripped) <= ROW_LABEL_MAX
        and not _FIGURE.match(stripped)
        and not stripped.endswith(("。", "；", "：", ":"))
    )


TEXT_FORMS: Final[tuple[Form, ...]] = (_tab_run, _pipe_run, _spaced_run, _stacked_run)
"""The forms a table flattened into text takes."""


def _spaced_rows(lines: Sequence[Line], start: int) -> tuple[int, Grid | None]:
    """Spaced figure rows, two or more: on a page, one paragraph ending in three numbers
    (电话 0851 8888 6666) is a paragraph."""
    end, grid = _spaced_run(lines, start)
    return (end, grid) if grid is not None and len(grid.rows) >= 2 else (start, None)


PAGE_FORMS: Final[tuple[Form, ...]] = (_spaced_rows, _stacked_run)
"""The forms a table flattened into a web page's paragraphs takes. A tab is only white
space in HTML, and a pipe in a paragraph is the page's own text."""
