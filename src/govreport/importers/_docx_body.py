"""The body of a Word document as source drafts: paragraphs, headings and tables in order.

The body's paragraphs (``w:p``) and tables (``w:tbl``) are read in document
order, also inside content controls (``w:sdt``). A paragraph's text is what
Word shows with every tracked change accepted:

- runs (``w:r``) directly in the paragraph, in insertions (``w:ins``), moves'
  new places (``w:moveTo``), hyperlinks, smart tags, custom XML, content
  controls and simple fields are text; ``w:tab`` is a tab, ``w:br`` and
  ``w:cr`` a line break inside the paragraph (a page or column break is
  nothing), ``w:noBreakHyphen`` U+2011; equations read as their characters;
- field codes (``w:instrText``) are not text; a field's result is;
- deletions (``w:del``), moves' old places (``w:moveFrom``), hidden text
  (``w:vanish``), comments, footnotes and endnotes, and the text of text boxes
  are left out of the text and set aside with the reasons ``"tracked
  deletion"``, ``"tracked move"``, ``"hidden text"``, ``"comment"``,
  ``"footnote"``, ``"endnote"`` and ``"text box"``; so are paragraphs in a
  table-of-contents style (``"table of contents"``);
- a paragraph whose mark is a tracked deletion runs on into the next one, as
  it does once the change is accepted; a deleted table row is set aside.

Paragraphs are numbered from 1 in document order, those in table cells
included, empty ones too: a set-aside record's ``line`` is that number, and
a table's is the number of its first paragraph.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any, Final

from .._report import SetAside, leading_marker
from ._docx_numbering import Styles, W
from ._drafts import Grid, GridCell, Heading, Line, Source
from ._header import reads_like_title

__all__ = ["Body", "note_texts"]

_M: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_VAL: Final = W + "val"
# Containers whose runs are text as they stand.
_THROUGH: Final = frozenset(
    W + tag
    for tag in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir")
)
_GONE: Final = {W + "del": "tracked deletion", W + "moveFrom": "tracked move"}
_NOTES: Final = {
    W + "commentReference": "comment",
    W + "footnoteReference": "footnote",
    W + "endnoteReference": "endnote",
}
_CHARACTERS: Final = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "cr": "\n",
    W + "noBreakHyphen": "\u2011",
}
_CAPTION: Final = frozenset({"caption", "题注"})
_CONTENTS: Final = re.compile(r"(?:toc|目录)\s*[1-9]", re.IGNORECASE)
_TEXT_BOX: Final = "text box"
_IMAGE: Final = "image"
# What a typed heading number looks like, loosely: a heading-styled paragraph starting so is
# read as typed text (``1.2`` too, which the text reader takes for a decimal, not a heading).
_TYPED_NUMBER: Final = re.compile(
    r"\s*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百0-9０-９]+[）)]"
    r"|[0-9０-９]+[.．、]|[⑴-⒇①-⑳])"
)


def _on(element: Any, path: str) -> bool:
    """Whether an on/off property (``w:tblHeader``, ``w:isLgl``…) is present and not off."""
    found = element.find(path) if element is not None else None
    return found is not None and found.get(_VAL, "true") not in ("0", "false", "off")


class _Cell:
    """A table cell while its table is read: its rowspan grows as a merge continues."""

    __slots__ = ("colspan", "header", "rowspan", "text")

    def __init__(self, text: str | None, colspan: int, *, header: bool) -> None:
        self.text = text
        self.rowspan = 1
        self.colspan = colspan
        self.header = header

    def grid_cell(self) -> GridCell:
        return GridCell(
            text=self.text, rowspan=self.rowspan, colspan=self.colspan, header=self.header
        )


class _Inline:
    """The text of a paragraph's content, and what was left out of it: (reason, text or id)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.left: list[tuple[str, str]] = []

    def read(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self.run(child)
            elif tag in _THROUGH:
                self.read(child)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.read(content)
            elif tag in _GONE:
                gone = "".join(
                    t.text or ""
                    for t in child.iter(W + "delText", W + "t")
                    if _not_in_box(t, child)
                )
                if gone:
                    self.left.append((_GONE[tag], gone))
            elif tag in (_M + "oMath", _M + "oMathPara"):
                self.out.extend(t.text or "" for t in child.iter(_M + "t"))

    def run(self, run: Any) -> None:
        if _on(run, f"{W}rPr/{W}vanish"):
            hidden = _Inline()
            hidden.run_text(run)
            if hidden.text():
                self.left.append(("hidden text", hidden.text()))
            return
        self.run_text(run)

    def run_text(self, run: Any) -> None:
        for child in run:
            tag = child.tag
            if tag == W + "t":
                self.out.append(child.text or "")
            elif tag in _CHARACTERS:
                self.out.append(_CHARACTERS[tag])
            elif tag == W + "br":
                if child.get(W + "type") not in ("page", "column"):
                    self.out.append("\n")
            elif tag == W + "sym":
                with contextlib.suppress(ValueError):  # no character named: nothing to show
                    self.out.append(chr(int(child.get(W + "char", ""), 16)))
            elif tag in _NOTES:
                self.left.append((_NOTES[tag], str(child.get(W + "id"))))
            elif tag in (W + "drawing", W + "pict", W + "object", _MC + "AlternateContent"):
                boxes = list(_boxes(child))
                self.left += [(_TEXT_BOX, box) for box in boxes]
                if not boxes:  # a picture: not read, but said (a table may be a picture)
                    self.left.append((_IMAGE, _picture_name(child)))

    def text(self) -> str:
        return "".join(self.out)


def _picture_name(element: Any) -> str:
    """What a picture is called: its description or name in the document (``图片 1``)."""
    for found in element.iter():
        if isinstance(found.tag, str) and found.tag.endswith("}docPr"):
            described = (found.get("descr") or "").strip() or (found.get("name") or "").strip()
            if described:
                return described
    return "<picture>"


def _not_in_box(element: Any, top: Any) -> bool:
    """Whether *element* is outside any text box below *top* (a box's text is its own)."""
    parent = element.getparent()
    while parent is not None and parent is not top:
        if parent.tag == W + "txbxContent":
            return False
        parent = parent.getparent()
    return True


def _boxes(element: Any) -> Iterator[str]:
    """The text of each text box in a drawing; an alternative's fallback repeats its choice."""
    for box in element.iter(W + "txbxContent"):
        ancestor = box.getparent()
        fallback = False
        while ancestor is not None and ancestor is not element.getparent():
            fallback = fallback or ancestor.tag == _MC + "Fallback"
            ancestor = ancestor.getparent()
        text = "\n".join(plain(p) for p in box.iter(W + "p")).strip()
        if text and not fallback:
            yield text


def plain(paragraph: Any) -> str:
    """The accepted text of a paragraph, without list numbers or anything set aside."""
    inline = _Inline()
    inline.read(paragraph)
    return inline.text()


def note_texts(root: Any, tag: str) -> dict[str, str]:
    """The texts of a comments, footnotes or endnotes part, by id (paragraphs joined by ``\\n``)."""
    if root is None:
        return {}
    return {
        str(note.get(W + "id")): "\n".join(plain(p) for p in note.iter(W + "p")).strip()
        for note in root.iterfind(W + tag)
    }


def _children(element: Any) -> Iterator[Any]:
    """The block-level children of *element*, content controls and custom XML opened."""
    for child in element:
        if child.tag in (W + "sdt", W + "customXml"):
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                yield from _children(content)
        else:
            yield child


class Body:
    """Reads a document body into source drafts and set-aside records.

    *notes* maps a reason (``"comment"``, ``"footnote"``, ``"endnote"``) to the
    texts of that part by id.
    """

    def __init__(self, styles: Styles, notes: dict[str, dict[str, str]]) -> None:
        self.styles = styles
        self.notes = notes
        self.source: list[Source] = []
        self.set_aside: list[SetAside] = []
        self.count = 0  # paragraphs so far
        self._carried: tuple[int, str] | None = None  # a paragraph whose mark was deleted
        self._opened = False  # a section has opened: no heading style is the title any more
        self._titled = False  # a paragraph before has read like the title
        self._captions: set[int] = set()  # paragraphs in a caption style

    def read(self, body: Any) -> None:
        """Read the children of ``w:body`` in order."""
        for child in _children(body):
            if child.tag == W + "p":
                self._body_paragraph(child)
            elif child.tag == W + "tbl":
                self._flush()
                self._table(child)
        self._flush()

    def _paragraph(self, p: Any) -> tuple[int, str]:
        """The number and text of a paragraph; records what it sets aside."""
        self.count += 1
        number = self.count
        inline = _Inline()
        inline.read(p)
        for reason, value in inline.left:
            text = self.notes.get(reason, {}).get(value, "") if reason in self.notes else value
            if text:
                self.set_aside.append(SetAside(line=number, text=text, reason=reason))
        return number, inline.text()

    def _list_number(self, ppr: Any) -> str:
        """The number Word shows before a paragraph with properties *ppr*, counted."""
        listed = self.styles.numbering(ppr)
        return "" if listed is None else self.styles.advance(*listed)

    def _body_paragraph(self, p: Any) -> None:
        number, text = self._paragraph(p)
        ppr = p.find(W + "pPr")
        if self._carried is not None:
            number, text = self._carried[0], self._carried[1] + text
            self._carried = None
        if _on(ppr, f"{W}rPr/{W}del"):
            # The mark is deleted: the text runs on into the next paragraph, which keeps its
            # own mark (its style and its list number), as Word has it once accepted.
            self._carried = (number, text)
            return
        self._emit(number, self._list_number(ppr), text, ppr)

    def _flush(self) -> None:
        if self._carried is not None:
            number, text = self._carried
            self._carried = None
            self._emit(number, "", text, None)

    def _emit(self, number: int, marker: str, own: str, ppr: Any) -> None:
        """A paragraph's draft: a line as typed (its list number first), or a heading.

        A heading style makes a heading of a paragraph with no number, or with an
        automatic one the text reader would not read (``第一章``, ``1.1``); not of one
        with a typed number, nor of the title: the first paragraph that reads like
        one, before any section.
        """
        if not own.strip():
            return  # an empty paragraph, numbered or not, is layout
        text = marker + own
        style = None if ppr is None else ppr.find(f"{W}pStyle")
        style_id = None if style is None else style.get(_VAL)
        name = self.styles.name(style_id)
        if _CONTENTS.fullmatch(name):
            self.set_aside.append(SetAside(line=number, text=text, reason="table of contents"))
            return
        level = self.styles.heading_level(style_id)
        marked = leading_marker(text.strip()) is not None
        # A title never starts with a marker (the model refuses one): such text stays a line.
        typed_number = (marked if marker else _TYPED_NUMBER.match(own) is not None) or (
            leading_marker(own.strip()) is not None
        )
        titled = self._titled or self._opened or not reads_like_title(text)
        if level is not None and not typed_number and titled:
            self.source.append(Heading(text=own.strip(), level=level, number=number))
            self._opened = True
            return
        self._opened = self._opened or marked
        self._titled = self._titled or not titled
        if name.casefold() in _CAPTION:
            self._captions.add(number)
        self.source.append(Line(text=text.rstrip(), number=number))

    def _table(self, tbl: Any) -> None:
        first = self.count + 1
        rows: list[list[_Cell]] = []
        ends: list[int] = []  # the grid column after each row's last cell
        header_rows = 0
        in_header = True
        above: dict[int, _Cell] = {}  # grid column → the cell spanning down from it
        for tr in _children(tbl):
            if tr.tag != W + "tr":
                continue
            trpr = tr.find(W + "trPr")
            if _on(trpr, W + "del"):
                self._deleted_row(tr)
                continue
            in_header = in_header and _on(trpr, W + "tblHeader")
            header_rows += in_header
            row, above, end = self._row(tr, trpr, above, in_header)
            rows.append(row)
            ends.append(end)
        if not rows:
            return
        # Word lets rows stop short of the grid; the model's rows are all as wide as the table.
        width = max(ends)
        for row, end in zip(rows, ends, strict=True):
            if end < width:
                row.append(_Cell(None, width - end, header=False))
        caption = None
        last = self.source[-1] if self.source else None
        if isinstance(last, Line) and last.number in self._captions and last.number == first - 1:
            self.source.pop()
            caption = last.text.strip()
        self.source.append(
            Grid(
                rows=tuple(tuple(cell.grid_cell() for cell in row) for row in rows),
                number=first,
                header_rows=header_rows,
                caption=caption,
            )
        )
        self._opened = True

    def _row(
        self, tr: Any, trpr: Any, above: dict[int, _Cell], header: bool
    ) -> tuple[list[_Cell], dict[int, _Cell], int]:
        """A row's cells, the cells spanning down from it by column, and its end column.

        A cell continuing a vertical merge is not a cell of its own: the one it
        continues spans one more row. Its width must be that cell's; otherwise
        Word's merge is broken, and the cell stands on its own.
        """
        row: list[_Cell] = []
        column = _span(trpr, W + "gridBefore", 0)
        if column:
            row.append(_Cell(None, column, header=False))
        below: dict[int, _Cell] = {}
        for tc in _children(tr):
            if tc.tag != W + "tc":
                continue
            tcpr = tc.find(W + "tcPr")
            span = _span(tcpr, W + "gridSpan", 1)
            merge = None if tcpr is None else tcpr.find(W + "vMerge")
            continued = above.get(column)
            if (
                merge is not None
                and merge.get(_VAL, "continue") == "continue"
                and continued is not None
                and continued.colspan == span
            ):
                continued.rowspan += 1
                below[column] = continued
                self._cell(tc)  # its paragraphs count; Word shows none of its text
            else:
                cell = _Cell(self._cell(tc), span, header=header or self._label(tc))
                row.append(cell)
                if merge is not None:
                    below[column] = cell
            column += span
        after = _span(trpr, W + "gridAfter", 0)
        if after:
            row.append(_Cell(None, after, header=False))
        return row, below, column + after

    def _cell(self, tc: Any) -> str | None:
        """A cell's text: its paragraphs joined by line breaks, nested tables row by row."""
        parts = []
        for child in _children(tc):
            if child.tag == W + "p":
                listed = self._list_number(child.find(W + "pPr"))
                parts.append(listed + self._paragraph(child)[1])
            elif child.tag == W + "tbl":
                for tr in child.iter(W + "tr"):
                    parts.append("\t".join(self._cell(c) or "" for c in tr.iterfind(W + "tc")))
        text = "\n".join(parts)
        return text if text.strip() else None

    def _label(self, tc: Any) -> bool:
        # The docx renderer writes a row label (a header cell in a body row) in this style.
        style = tc.find(f"{W}p/{W}pPr/{W}pStyle")
        return style is not None and style.get(_VAL) == "GRTableLabel"

    def _deleted_row(self, tr: Any) -> None:
        first = self.count + 1
        self.count += sum(1 for _ in tr.iter(W + "p"))
        texts = [
            "".join(t.text or "" for t in tc.iter(W + "t", W + "delText")).strip()
            for tc in tr.iterfind(W + "tc")
        ]
        if any(texts):
            self.set_aside.append(
                SetAside(line=first, text="\t".join(texts), reason="tracked deletion")
            )


def _span(props: Any, tag: str, default: int) -> int:
    found = None if props is None else props.find(tag)
    try:
        return max(default, min(100, int(found.get(_VAL)))) if found is not None else default
    except (TypeError, ValueError):
        return default
