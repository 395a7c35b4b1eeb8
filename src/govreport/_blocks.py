"""Body blocks of a section: paragraphs, 一是…二是… points, commitments and tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

import attrs

from ._figure import Figure, figure_id
from ._quantity import Metric
from ._text import Text, to_optional_text, to_text
from .exceptions import LimitError, ValidationError
from .validators import (
    MAX_TABLE_COLUMNS,
    at_least,
    instance_of,
    one_of,
    optional_dotted_id,
    sequence,
)

__all__ = ["Block", "Cell", "Commitment", "Paragraph", "Point", "Points", "Table", "grid"]


def _not_empty(inst: object, attribute: attrs.Attribute[Text], value: Text) -> None:
    if value.is_blank():
        raise ValidationError(
            f"{attribute.name!r} must not be empty", field=attribute.name, value=""
        )


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of prose.

    >>> Paragraph(text="现将有关情况报告如下：").text.plain()
    '现将有关情况报告如下：'
    """

    text: Text = attrs.field(converter=to_text, validator=_not_empty)


@attrs.frozen(kw_only=True)
class Point:
    """One item of a 一是…二是… enumeration, with an optional lead phrase.

    The lead is the short phrase that opens the point (``提高认识。``); the
    marker 一是 is derived from the position, never typed.

    >>> Point(lead="提高认识。", text="加强干部职工教育培训。").lead.plain()
    '提高认识。'
    """

    text: Text = attrs.field(converter=to_text, validator=_not_empty)
    lead: Text | None = attrs.field(default=None, converter=to_optional_text)


def _points(values: Iterable[Point | Text | str]) -> tuple[Point, ...]:
    return sequence(values, "items", (Point,), convert=lambda text: Point(text=text))


@attrs.frozen(kw_only=True)
class Points:
    """A 一是…二是…三是… enumeration.

    Args:
        items: the points, in order (texts are accepted and wrapped).
        layout: ``"inline"`` runs the points on in one paragraph, as most
            reports do; ``"lines"`` starts each point on its own line.
        id: give one when a declared count counts these points.

    >>> len(Points(items=["深入学习。", "广泛宣传。"]).items)
    2
    """

    items: tuple[Point, ...] = attrs.field(converter=_points)
    layout: Literal["inline", "lines"] = attrs.field(
        default="inline", validator=one_of("inline", "lines")
    )
    id: str | None = attrs.field(default=None, validator=optional_dotted_id())

    @items.validator
    def _check_items(self, attribute: attrs.Attribute[Any], items: tuple[Point, ...]) -> None:
        if not items:
            raise ValidationError("'items' of Points must not be empty", field="items", value=items)


def _optional_figure_id(value: str | Metric | Figure | None) -> str | None:
    return None if value is None else figure_id(value)


@attrs.frozen(kw_only=True)
class Commitment:
    """A plan item for the coming year, optionally with a target figure and a deadline.

    Args:
        text: the wording, which may hold the target as an inline figure.
        target: the figure in *text* that is the target, if any: its id, or
            the figure itself (it needs an id).
        deadline: the date by which the item is due.

    >>> import datetime
    >>> Commitment(text="加大宣传力度。", deadline=datetime.date(2024, 12, 31)).deadline.year
    2024
    """

    text: Text = attrs.field(converter=to_text, validator=_not_empty)
    target: str | None = attrs.field(
        default=None, converter=_optional_figure_id, validator=optional_dotted_id()
    )
    deadline: dt.date | None = attrs.field(default=None, validator=instance_of(dt.date, type(None)))

    def __attrs_post_init__(self) -> None:
        ids = {p.id for p in self.text.parts if isinstance(p, Metric | Figure)}
        if self.target is not None and self.target not in ids:
            raise ValidationError(
                f"'target' {self.target!r} is not a metric in the commitment's text",
                field="target",
                value=self.target,
            )


def _within_columns(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value > MAX_TABLE_COLUMNS:
        raise LimitError(
            f"{attribute.name!r} must be at most {MAX_TABLE_COLUMNS}, the most columns a table "
            f"may have (got {value})",
            limit="MAX_TABLE_COLUMNS",
            field=attribute.name,
            value=value,
        )


def _cell_content(value: Text | str | Metric | Figure | None) -> Text | Metric | None:
    if value is None or isinstance(value, Metric):
        return value
    if isinstance(value, Figure):
        return Text((value,))  # a Metric once the report is built
    return to_text(value)


@attrs.frozen(kw_only=True)
class Cell:
    """A table cell. ``content=None`` is a blank cell, which is not the same as 0.

    Args:
        content: text, a figure (:func:`~govreport.figure`), a metric, or ``None``.
        rowspan: rows the cell covers (≥ 1, and within the table).
        colspan: columns the cell covers (1 to
            :data:`~govreport.validators.MAX_TABLE_COLUMNS`).
        header: the cell labels its row or column.

    >>> Cell(content=None).content is None
    True
    """

    content: Text | Metric | None = attrs.field(default=None, converter=_cell_content)
    rowspan: int = attrs.field(default=1, validator=[instance_of(int), at_least(1)])
    colspan: int = attrs.field(
        default=1, validator=[instance_of(int), at_least(1), _within_columns]
    )
    header: bool = attrs.field(default=False, validator=instance_of(bool))


Rows: TypeAlias = Iterable[Iterable[Cell | Text | str | Metric | Figure | None]]


def _grid(value: Rows, field: str) -> tuple[tuple[Cell, ...], ...]:
    def cell(content: Text | str | Metric | Figure | None) -> Cell:
        return Cell(content=content)

    return tuple(sequence(row, field, (Cell,), convert=cell) for row in sequence(value, field, ()))


def _header(value: Rows) -> tuple[tuple[Cell, ...], ...]:
    return _grid(value, "header")


def _rows(value: Rows) -> tuple[tuple[Cell, ...], ...]:
    return _grid(value, "rows")


@attrs.frozen(kw_only=True)
class Table:
    """A table with header rows and body rows; cells may span rows and columns.

    The spans must tile a rectangle: every row covers the same number of
    columns once the cells spanning down from rows above are counted.

    >>> t = Table(header=[["项目", "数量"]], rows=[["发文", None]])
    >>> t.width
    2
    >>> Table(header=[["a", "b"]], rows=[["c"]])
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'rows' row 1 covers 1 column(s), but the table is 2 wide
    """

    header: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_header, default=())
    rows: tuple[tuple[Cell, ...], ...] = attrs.field(converter=_rows)
    caption: Text | None = attrs.field(default=None, converter=to_optional_text)
    id: str | None = attrs.field(default=None, validator=optional_dotted_id())

    def __attrs_post_init__(self) -> None:
        grid(self)  # raises where the spans do not tile a rectangle

    @property
    def width(self) -> int:
        """The number of columns."""
        first = (self.header + self.rows)[:1]
        return sum(cell.colspan for cell in first[0]) if first else 0


def grid(table: Table) -> list[list[Cell | None]]:
    """Each row of *table*, header rows first, on the full width: a cell where it starts,
    ``None`` where a span covers.

    This is the one place spans are resolved: :class:`Table` validates its spans
    with it, and readers reach it through :func:`govreport._walk.grid`.

    Raises:
        ValidationError: the table has no rows, a cell overlaps one spanning
            from above, a row covers another number of columns than the
            first, or a cell spans below the last row.

    >>> t = Table(header=[[Cell(content="a", colspan=2)]], rows=[[Cell(content="b", rowspan=2), "c"], ["d"]])
    >>> [[c.content.plain() if c else None for c in row] for row in grid(t)]
    [['a', None], ['b', 'c'], [None, 'd']]
    """
    rows = table.header + table.rows
    if not rows:
        raise ValidationError("a Table needs at least one row", field="rows", value=())
    header_rows = len(table.header)
    out: list[list[Cell | None]] = []
    above: dict[int, int] = {}  # column → rows still covered, counting the current one
    width: int | None = None
    for number, row in enumerate(rows):
        field = "header" if number < header_rows else "rows"
        label = number + 1 if number < header_rows else number - header_rows + 1
        line: list[Cell | None] = []
        for cell in row:
            while above.get(len(line), 0):
                line.append(None)
            column = len(line)
            for spanned in range(column, column + cell.colspan):
                if above.get(spanned, 0):
                    raise ValidationError(
                        f"{field!r} row {label}: a cell overlaps a cell spanning from above",
                        field=field,
                        value=label,
                    )
                above[spanned] = cell.rowspan
            line.append(cell)
            line += [None] * (cell.colspan - 1)
            if len(line) > MAX_TABLE_COLUMNS:  # refused before the walk costs more
                raise LimitError(
                    f"{field!r} row {label} covers more than {MAX_TABLE_COLUMNS} columns, "
                    "the most a table may have",
                    limit="MAX_TABLE_COLUMNS",
                    field=field,
                    value=label,
                )
        covered = max([len(line), *(c + 1 for c, left in above.items() if left)], default=0)
        if width is None:
            width = covered
        elif covered != width:
            raise ValidationError(
                f"{field!r} row {label} covers {covered} column(s), but the table is {width} wide",
                field=field,
                value=label,
            )
        line += [None] * (covered - len(line))
        out.append(line)
        above = {c: left - 1 for c, left in above.items() if left > 1}
    if above:
        raise ValidationError(
            "a cell spans below the last row of the table", field="rows", value=len(rows)
        )
    return out


Block: TypeAlias = Paragraph | Points | Commitment | Table
"""What a section body (or the preamble) holds."""
