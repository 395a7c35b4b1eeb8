"""Lines into a report body: preamble, numbered sections, titles and blocks.

A line is a heading only if it starts, in column 1, with the marker the
next section at some open level would get (一、 after nothing or after 一、's
subtree, （二） after （一）, 3. after 2. …), so a marker out of order, an
indented one or a bare one stays prose. Every other line is a block of the
section opened last, which is always the one rendered last, so the order of
the text never changes.

Titles and blocks are chosen so that the text renderer writes the line back:
a heading line holds a title alone (``一、…``, ``3.全面履行政府职能。``,
``（二）工作任务推进情况：``), a run-in title and the first block
(``（一）…情况。一是…``), or, when its first sentence does not read like a
title, an untitled section's first block.
"""

from __future__ import annotations

import functools
from typing import Final, Literal

from .._report import leading_marker
from ..numerals import heading_marker, to_chinese
from ._drafts import Block, CellDraft, Grid, Para, Part, PointsDraft, SectionDraft, TableDraft
from ._figures import Scanner

__all__ = ["Outline", "point_marker"]

Markers = Literal["standard", "variants"]
Numbering = Literal["restart", "continuous"]

_SENTENCE_END: Final = "。；！？"
_INDENT: Final = " \u3000\t\xa0"
_ONE_LINE: Final = 1000  # a line this long may be a whole report: cut it at its headings
_NOT_IN_TITLE: Final = frozenset("、；;！？!?")
_TITLE_MAX: Final = 40
_LEAD_MAX: Final = 15


def point_marker(n: int) -> str:
    """一是, 二是, … as the renderer writes them.

    >>> point_marker(1), point_marker(11)
    ('一是', '十一是')
    """
    return to_chinese(n) + "是"


_POINT_MARKERS: Final = [point_marker(n) for n in range(1, 31)]


class Outline:
    """Builds the section tree of a report body line by line.

    A :class:`~._drafts.Line` is a heading when it starts with the next
    marker; a :class:`~._drafts.Heading` opens a section at the level it
    states; a :class:`~._drafts.Grid` is a table block of the section open.
    """

    def __init__(self, scanner: Scanner, *, numbering: Numbering, markers: Markers) -> None:
        self.scanner = scanner
        self.numbering = numbering
        self.markers = markers
        self.preamble: list[str | Grid] = []
        self.sections: list[SectionDraft] = []
        self._open: list[SectionDraft] = []
        # id(section) → the rest of its heading line, and whether it is a title as a whole
        self._heads: dict[int, tuple[str, bool]] = {}
        self._run_on = 0  # level-3 items so far in this level-1 section (continuous numbering)

    # -- the tree ------------------------------------------------------------------------------

    def add(self, line: str) -> None:
        """Place one line: a heading opens a section, anything else joins the last one.

        With variant markers, indentation (spaces, full-width spaces, tabs) is
        layout and goes, and a very long line (a whole report pasted as one)
        is cut before each heading that runs on in it after a sentence end.
        """
        if self.markers == "variants":
            line = line.lstrip(_INDENT)
        while line:
            heading = self._heading(line)
            if heading is not None:
                depth, style, rest = heading
                self._open_section(depth, style, rest, whole=False)
            cut = self._run_on_at(line) if len(line) > _ONE_LINE else len(line)
            if heading is None:
                self._body().append(line[:cut])
            elif cut < len(line):
                start = len(line) - len(heading[2])
                self._heads[id(self._open[-1])] = (line[start:cut], False)
            line = line[cut:].lstrip(_INDENT)

    def _run_on_at(self, line: str) -> int:
        """Where the next heading starts after a sentence end in *line* (its length if none)."""
        at = line.find("。")
        while at != -1:
            if self._heading(line[at + 1 :].lstrip(_INDENT)) is not None:
                return at + 1
            at = line.find("。", at + 1)
        return len(line)

    def add_heading(self, text: str, level: int) -> None:
        """Open a section at *level* (one below the deepest open at most) titled *text*."""
        depth = max(1, min(level, len(self._open) + 1, 4))
        self._open_section(depth, depth, text, whole=True)

    def add_grid(self, grid: Grid) -> None:
        """A table, in the section open last (or the preamble)."""
        self._body().append(grid)

    def _body(self) -> list[str | Grid]:
        return self._open[-1].lines if self._open else self.preamble

    def _open_section(self, depth: int, style: int, rest: str, *, whole: bool) -> None:
        """Open a section at *depth* whose heading had a marker of level *style*."""
        del self._open[depth - 1 :]
        siblings = self._open[-1].children if self._open else self.sections
        section = SectionDraft(
            (*self._open[-1].path, len(siblings) + 1) if self._open else (len(siblings) + 1,)
        )
        section.style = style
        siblings.append(section)
        self._open.append(section)
        self._heads[id(section)] = (rest, whole)
        if depth == 1:
            self._run_on = 0
        elif style == 3:
            self._run_on += 1

    def _heading(self, line: str) -> tuple[int, int, str] | None:
        """(depth, marker level, rest of the line) when *line* opens the next section somewhere.

        Under a section with no children yet, a deeper marker than the next
        level may open the first child (``1.`` right under ``一、``), when
        variant markers are read; its siblings then use the same marker.
        """
        for depth in range(min(len(self._open) + 1, 4), 0, -1):
            siblings = self._open[depth - 2].children if depth > 1 else self.sections
            if siblings:
                styles: range | tuple[int, ...] = (siblings[0].style,)
            elif depth > 1 and self.markers == "variants":
                styles = range(self._open[depth - 2].style + 1, 5)
            else:
                styles = (depth,)
            for style in styles:
                if style == 3 and self.numbering == "continuous":
                    n = self._run_on + 1
                else:
                    n = len(siblings) + 1
                for marker in self._markers(style, n):
                    if line.startswith(marker):
                        rest = line[len(marker) :]
                        if self.markers == "variants":
                            rest = rest.lstrip(_INDENT)
                        # 一、一、… is not a heading: a title never repeats a marker.
                        doubled = leading_marker(rest) is not None
                        if rest and not (style == 3 and rest[0].isdigit()) and not doubled:
                            return depth, style, rest
        return None

    def _markers(self, level: int, n: int) -> tuple[str, ...]:
        """The markers heading *n* at *level* may have, longest first."""
        if self.markers == "standard":
            return (heading_marker(level, n),)
        return _variants(level, n)

    # -- titles and blocks ---------------------------------------------------------------------

    def finish(self) -> tuple[list[Block], list[SectionDraft]]:
        """The preamble blocks and the sections, with titles and blocks read."""
        stack = list(self.sections)
        while stack:
            section = stack.pop()
            self._fill(section, *self._heads[id(section)])
            stack.extend(section.children)
        return self.blocks(self.preamble), self.sections

    def _fill(self, section: SectionDraft, rest: str, whole: bool) -> None:
        body: str | None = rest
        if whole:
            section.title, body = self.scanner.scan(rest), None
        elif not rest.startswith(_POINT_MARKERS[0]):
            cut = _first_of(rest, "。：")
            if cut == -1:
                section.title, body = self.scanner.scan(rest), None
            else:
                title, end, after = rest[:cut], rest[cut], rest[cut + 1 :]
                if after and self.is_title(title):
                    section.title, section.run_in, body = self.scanner.scan(title), True, after
                    section.title_end = None if end == "。" else end
                elif not after and title and (end == "：" or self.is_title(title)):
                    section.title, section.title_end, body = self.scanner.scan(title), end, None
        lines = section.lines if body is None else [body, *section.lines]
        section.blocks = self.blocks(lines)

    def is_title(self, text: str) -> bool:
        """Whether a first sentence reads like a heading: short, at most two clauses, no figures."""
        return (
            0 < len(text) <= _TITLE_MAX
            and not text[0].isspace()
            and text.count("，") <= 1
            and not any(c in _NOT_IN_TITLE for c in text)
            and not text.startswith(_POINT_MARKERS[0])
            and not self.scanner.has_figure(text)
        )

    def blocks(self, lines: list[str | Grid]) -> list[Block]:
        """Lines as paragraphs and 一是…二是… points (one line each, or run on in one line),
        grids as tables."""
        blocks: list[Block] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if isinstance(line, Grid):
                blocks.append(self.table(line))
                i += 1
                continue
            if line.startswith(_POINT_MARKERS[0]):
                texts = [line[len(_POINT_MARKERS[0]) :]]
                while i + len(texts) < len(lines) and len(texts) < len(_POINT_MARKERS):
                    following, marker = lines[i + len(texts)], _POINT_MARKERS[len(texts)]
                    if not (
                        isinstance(following, str)
                        and following.startswith(marker)
                        and len(following) > len(marker)
                    ):
                        break
                    texts.append(following[len(marker) :])
                if texts[0] and len(texts) >= 2:  # a bare 一是 is not a point
                    blocks.append(PointsDraft([self._point(t) for t in texts], "lines"))
                    i += len(texts)
                    continue
                items = _inline_points(line)
                if items is not None:
                    blocks.append(PointsDraft([self._point(t) for t in items], "inline"))
                    i += 1
                    continue
            blocks.append(Para(self.scanner.scan(line)))
            i += 1
        return blocks

    def table(self, grid: Grid) -> TableDraft:
        """A grid as a table: blank cells stay blank, a lone figure is a metric."""
        rows = [
            [
                CellDraft(None if cell.text is None else self.scanner.scan(cell.text), cell)
                for cell in row
            ]
            for row in grid.rows
        ]
        caption = None if grid.caption is None else self.scanner.scan(grid.caption)
        return TableDraft(rows, grid.header_rows, caption)

    def _point(self, text: str) -> tuple[list[Part] | None, list[Part]]:
        cut = text.find("。")
        lead = text[: cut + 1]
        if (
            0 < cut <= _LEAD_MAX
            and cut + 1 < len(text)
            and not any(c in "，、；：,;:！？" for c in lead)
            and not self.scanner.has_figure(lead)
        ):
            return self.scanner.scan(lead), self.scanner.scan(text[cut + 1 :])
        return None, self.scanner.scan(text)


@functools.cache
def _variants(level: int, n: int) -> tuple[str, ...]:
    """The standard marker of heading *n* at *level* and the variants reports use, longest first."""
    standard = heading_marker(level, n)
    if level == 1:
        found = [standard, standard[:-1] + "．", standard[:-1] + "."]
    elif level == 2:
        found = [standard, standard + "、", f"({to_chinese(n)})", f"({to_chinese(n)})、"]
    elif level == 3:
        found = [standard, f"{n}、", f"{n}．"]
    else:
        found = [standard, standard + "、", f"({n})"]
        if n <= 20:
            found.append(chr(0x2473 + n))  # ⑴ ⑵ …
    return tuple(sorted(found, key=len, reverse=True))


def _first_of(text: str, chars: str) -> int:
    found = [i for i in (text.find(c) for c in chars) if i != -1]
    return min(found) if found else -1


def _inline_points(line: str) -> list[str] | None:
    """The texts of 一是…二是… run on in *line* (each marker after a sentence end), or None."""
    starts = [0]
    at = len(_POINT_MARKERS[0])
    for marker in _POINT_MARKERS[1:]:
        found = line.find(marker, at)
        while found != -1 and line[found - 1] not in _SENTENCE_END:
            found = line.find(marker, found + 1)
        if found == -1:
            break
        starts.append(found)
        at = found + len(marker)
    if len(starts) < 2:
        return None
    items = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(line)
        item = line[start + len(_POINT_MARKERS[n]) : end]
        if not item.strip():
            return None
        items.append(item)
    return items
