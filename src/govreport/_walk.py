"""One walk over the model: the texts of every block, the counted items, a table's grid.

Every reader of the model that visits its texts goes through this module: the
report's own checks (:meth:`govreport.Report.metrics`, duplicate ids), the
index the consistency checks share, the kinds' year checks and the renderers'
table layout. A new block type therefore changes one place here, besides the
renderers that draw it.

The walk sits between the blocks and the report: it imports the blocks and the
inline parts, and :mod:`govreport._report` builds on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ._blocks import Block, Commitment, Paragraph, Points, Table, grid
from ._figure import Cite, Figure
from ._quantity import Metric
from ._text import DocumentReference, Terms, Text
from .exceptions import ValidationError

if TYPE_CHECKING:
    from ._report import Section

__all__ = [
    "Survey",
    "cited",
    "counted",
    "every_text",
    "grid",
    "texts",
]


def texts(block: Block, *, cells: bool = True) -> list[Text]:
    """The texts *block* holds, in reading order.

    A paragraph's or a commitment's text; each point's lead, then its text; a
    table's caption, then, with *cells*, each cell's text (a metric cell as a
    text of that one figure; blank cells have none). Pass ``cells=False`` for
    the prose alone. The titles of cited documents are inside these texts:
    see :func:`cited`.

    >>> import govreport as gr
    >>> points = gr.Points(items=[gr.Point(lead="学习。", text="深入学习。"), "宣传。"])
    >>> [t.plain() for t in texts(points)]
    ['学习。', '深入学习。', '宣传。']
    >>> table = gr.Table(caption="表", rows=[["发文", None]])
    >>> [t.plain() for t in texts(table)], [t.plain() for t in texts(table, cells=False)]
    (['表', '发文'], ['表'])
    """
    if isinstance(block, Paragraph | Commitment):
        return [block.text]
    if isinstance(block, Points):
        return [t for point in block.items for t in (point.lead, point.text) if t is not None]
    found = [] if block.caption is None else [block.caption]
    if cells:
        for row in block.header + block.rows:
            for cell in row:
                content = cell.content
                if isinstance(content, Text):
                    found.append(content)
                elif isinstance(content, Metric):
                    found.append(Text((content,)))
    return found


def cited(text: Text) -> Iterator[Text]:
    """*text*, then the title of each document it cites (and of those they cite), in order.

    >>> import govreport as gr
    >>> ref = gr.DocumentReference(title="关于加强法治建设的通知")
    >>> [t.plain() for t in cited(gr.text("依据{r}。", r=ref))]  # plain() leaves references out
    ['依据。', '关于加强法治建设的通知']
    """
    yield text
    for part in text.parts:
        if isinstance(part, DocumentReference) and part.title is not None:
            yield from cited(part.title)


def every_text(blocks: Iterable[Block]) -> Iterator[Text]:
    """Every text of *blocks* in reading order, cells and cited titles included."""
    for block in blocks:
        for own in texts(block):
            yield from cited(own)


def counted(block: Block) -> Points | Table | None:
    """*block* as a counted item: a :class:`~govreport.Points` or a :class:`~govreport.Table`
    with an item id; ``None`` for any other block."""
    if isinstance(block, Points | Table) and block.id is not None:
        return block
    return None


class Survey:
    """What one walk over a report's texts finds: what :class:`~govreport.Report` checks.

    The metrics by id in reading order, the counted items by item id, the ids
    that citations name, the ids the author gave figures and metrics (which a
    derived id must avoid), and whether any figure still has to be placed (a
    :class:`~govreport.Figure`, or a metric object written twice). Building a
    report walks it once; a report loaded from JSON, whose figures are all
    placed, never walks it again.

    Raises:
        ValidationError: two different figures, or two counted items, share an id.
    """

    __slots__ = ("cites", "given", "items", "metrics", "unplaced")

    def __init__(self, title: Text, preamble: Iterable[Block], sections: Iterable[Section]) -> None:
        self.metrics: dict[str, Metric] = {}
        self.items: dict[str, Section | Points | Terms | Table] = {}
        self.cites: list[str] = []
        self.unplaced = False
        self.given: dict[str, Metric | Figure] = {}
        self._text(title)
        self._blocks(preamble)
        stack = list(reversed(tuple(sections)))
        while stack:
            section = stack.pop()
            self._item(section.id, section)
            if section.title is not None:
                self._text(section.title)
            self._blocks(section.blocks)
            stack.extend(reversed(section.children))

    def _blocks(self, blocks: Iterable[Block]) -> None:
        for block in blocks:
            item = counted(block)
            if item is not None:
                self._item(item.id, item)
            for text in texts(block):
                self._text(text)

    def _text(self, text: Text) -> None:
        for part in text.parts:
            if isinstance(part, str):
                continue
            if isinstance(part, Metric | Figure):
                self._figure(part)
            elif isinstance(part, Cite):
                self.cites.append(part.id)
            elif isinstance(part, Terms):
                if part.id is not None:
                    self._item(part.id, part)
            elif isinstance(part, DocumentReference) and part.title is not None:
                self._text(part.title)

    def _figure(self, figure: Metric | Figure) -> None:
        if figure.id is None:
            self.unplaced = True
            return
        other = self.given.setdefault(figure.id, figure)
        if other is not figure:
            raise ValidationError(
                f"metric id {figure.id!r} is used twice; to cite the same figure "
                f"again, place the same object again or write Cite(id={figure.id!r})",
                field="id",
                value=figure.id,
            )
        if isinstance(figure, Figure) or figure.id in self.metrics:
            self.unplaced = True  # a figure to make a metric, or a metric placed again
        else:
            self.metrics[figure.id] = figure

    def _item(self, id_: str | None, item: Section | Points | Terms | Table) -> None:
        if id_ is None:
            return
        if id_ in self.items:
            raise ValidationError(f"item id {id_!r} is used twice", field="id", value=id_)
        self.items[id_] = item
