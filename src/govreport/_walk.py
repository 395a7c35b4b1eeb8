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

from ._blocks import Block, Commitment, Paragraph, Points, Table, grid
from ._quantity import Metric
from ._text import DocumentReference, Terms, Text

__all__ = ["block_items", "cited", "counted", "every_text", "grid", "text_items", "texts"]


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


def text_items(text: Text) -> Iterator[tuple[str, Terms]]:
    """Each inline list (:class:`~govreport.Terms`) with an item id in *text* or a title it cites.

    >>> import govreport as gr
    >>> [id_ for id_, _ in text_items(gr.text("{t}", t=gr.Terms(items=["甲", "乙"], id="two")))]
    ['two']
    """
    for each in cited(text):
        for part in each.parts:
            if isinstance(part, Terms) and part.id is not None:
                yield part.id, part


def counted(block: Block) -> Points | Table | None:
    """*block* as a counted item: a :class:`~govreport.Points` or a :class:`~govreport.Table`
    with an item id; ``None`` for any other block."""
    if isinstance(block, Points | Table) and block.id is not None:
        return block
    return None


def block_items(block: Block) -> Iterator[tuple[str, Points | Terms | Table]]:
    """The counted items *block* carries, by item id, in reading order.

    The block itself when it is :func:`counted`, then the :func:`text_items`
    of its texts. Sections, the other kind of counted item, are walked by the
    report.

    >>> import govreport as gr
    >>> block = gr.Points(id="plan", items=[gr.text("做好{t}。", t=gr.Terms(items=["甲", "乙"], id="two"))])
    >>> [id_ for id_, _ in block_items(block)]
    ['plan', 'two']
    """
    item = counted(block)
    if item is not None and item.id is not None:
        yield item.id, item
    for text in texts(block):
        yield from text_items(text)
