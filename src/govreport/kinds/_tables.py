"""The three prescribed tables of the 政府信息公开 report as generic :class:`Table` s.

Each table has a :class:`TableSpec`: its header rows and a body template in
which label cells are ready-made :class:`Cell` s and figure cells are
:class:`Slot` s naming the stable metric id they hold. The same spec builds a
table from plain numbers and reads one back (checking that its labels and
spans are the format's), so builders and checks cannot drift apart.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Final, TypeAlias

import attrs

from .._blocks import Cell, Table
from .._quantity import Metric, Quantity
from .._text import Text
from ..exceptions import ModelTypeError, ValidationError
from ..validators import instance_of, one_of
from ._labels import (
    T2_2019,
    T2_2021,
    T2_KEYS,
    T3_COLUMN_KEYS,
    T3_COLUMNS,
    T3_NOTE,
    T3_ROWS_2019,
    T3_ROWS_2021,
    T4_COLUMN_KEYS,
    T4_COLUMNS,
    T4_GROUP_KEYS,
    Format,
    RowTree,
)

__all__ = [
    "APPLICATIONS_ID",
    "PROACTIVE_ID",
    "REVIEW_LITIGATION_ID",
    "CellValue",
    "Reading",
    "Slot",
    "TableSpec",
    "application_spec",
    "proactive_spec",
    "review_litigation_spec",
]

PROACTIVE_ID: Final = "disclosure.proactive"
APPLICATIONS_ID: Final = "disclosure.applications"
REVIEW_LITIGATION_ID: Final = "disclosure.review_litigation"

CellValue: TypeAlias = int | Decimal | str | Quantity | None
"""A figure for a table cell: a number, a ready :class:`Quantity`, ``None`` for a blank,
or ``"/"`` for a cell that does not apply (written ``/``, counted as 0)."""

NOT_APPLICABLE_MARK: Final = "/"


@attrs.frozen
class Slot:
    """A figure cell of a prescribed table.

    ``row`` and ``column`` are the labels a reader would cite; ``key`` is the
    row key the builders take; ``signed`` allows a decrease (本年增/减) and
    ``whole`` demands a whole number (a count).
    """

    id: str
    key: str
    row: str
    column: str
    colspan: int = 1
    signed: bool = False
    whole: bool = True

    def quantity(self, value: CellValue) -> Quantity | None:
        """The cell's figure for *value*, checked against what the cell may hold."""
        if value is None:
            return None
        try:
            found = (
                value
                if isinstance(value, Quantity)
                else Quantity(value=value, change=self.signed, rounded=False)
            )
        except ValidationError as exc:
            hint = "; use None for a blank cell" if isinstance(value, str) else ""
            raise ValidationError(
                f"{self.where}: {exc}{hint}", field=self.key, value=value
            ) from None
        except ModelTypeError as exc:
            raise ModelTypeError(f"{self.where}: {exc}", field=self.key, value=value) from None
        if not self.signed and found.value < 0:
            raise ValidationError(
                f"{self.where}: a figure in this column must not be negative (got {found.value})",
                field=self.key,
                value=value,
            )
        if self.whole and found.value != found.value.to_integral_value():
            raise ValidationError(
                f"{self.where}: a count must be a whole number (got {found.value})",
                field=self.key,
                value=value,
            )
        return found

    @property
    def where(self) -> str:
        """``row “…” column “…”`` for messages."""
        return f"row “{self.row}”, column “{self.column}”"


Template: TypeAlias = tuple[tuple[Cell | Slot, ...], ...]


@attrs.frozen
class Reading:
    """What a table holds, read through its spec: figures by metric id, or the layout problems."""

    metrics: dict[str, Metric | None]
    problems: tuple[str, ...]
    not_applicable: frozenset[str] = frozenset()


@attrs.frozen
class TableSpec:
    """A prescribed table: id, name (表三), identity prefix (T3), header rows and body template."""

    id: str
    name: str
    code: str
    header: tuple[tuple[Cell, ...], ...]
    rows: Template

    @functools.cached_property
    def slots(self) -> dict[str, Slot]:
        """The figure cells by metric id, in reading order."""
        return {c.id: c for row in self.rows for c in row if isinstance(c, Slot)}

    @functools.cached_property
    def totals(self) -> dict[str, tuple[str, ...]]:
        """The 总计 cells of 表三 and 表四 with the cells of their row they add up."""
        if self.id == PROACTIVE_ID:
            return {}
        return {
            slots[-1].id: tuple(s.id for s in slots[:-1]) for slots in self.row_slots().values()
        }

    def row_slots(self) -> dict[str, tuple[Slot, ...]]:
        """The figure cells grouped by row key, in reading order."""
        found: dict[str, list[Slot]] = {}
        for slot in self.slots.values():
            found.setdefault(slot.key, []).append(slot)
        return {key: tuple(slots) for key, slots in found.items()}

    def build(self, values: Mapping[str, Sequence[CellValue]], *, builder: str) -> Table:
        """Fill the template from plain numbers given by row key."""
        rows = self.row_slots()
        instance_of(Mapping).check("values", values)
        _check_keys(values, rows, builder)
        contents: dict[str, Metric | Text | None] = {}
        for key, slots in rows.items():
            given = values[key]
            if (
                not isinstance(given, Sequence)
                or isinstance(given, str | bytes)
                or len(given) != len(slots)
            ):
                columns = ", ".join(s.column for s in slots)
                raise ValidationError(
                    f"{builder}: row {key!r} (“{slots[0].row}”) needs {len(slots)} value(s) "
                    f"for {columns} (got {given!r})",
                    field=key,
                    value=given,
                )
            for slot, value in zip(slots, given, strict=True):
                if value == NOT_APPLICABLE_MARK:
                    contents[slot.id] = Text((NOT_APPLICABLE_MARK,))
                    continue
                quantity = slot.quantity(value)
                contents[slot.id] = (
                    None
                    if quantity is None
                    else Metric(id=slot.id, label=f"{slot.row}：{slot.column}", quantity=quantity)
                )
        body = tuple(
            tuple(
                Cell(content=contents[c.id], colspan=c.colspan) if isinstance(c, Slot) else c
                for c in row
            )
            for row in self.rows
        )
        return Table(header=self.header, rows=body, id=self.id)

    def read(self, table: Table) -> Reading:
        """Read *table* through the template; every label and span must be the format's."""
        problems: list[str] = []
        if len(table.header) != len(self.header) or any(
            not _same_labels(a, b) for a, b in zip(table.header, self.header, strict=True)
        ):
            problems.append("its header rows are not the format's")
        if len(table.rows) != len(self.rows):
            problems.append(f"it has {len(table.rows)} body rows; the format has {len(self.rows)}")
            return Reading({}, tuple(problems))
        metrics: dict[str, Metric | None] = {}
        absent: set[str] = set()
        for number, (row, template) in enumerate(zip(table.rows, self.rows, strict=True), 1):
            if len(row) != len(template):
                problems.append(f"body row {number} has {len(row)} cells, not {len(template)}")
                continue
            for cell, expected in zip(row, template, strict=True):
                problem = _compare(cell, expected, metrics, absent)
                if problem:
                    problems.append(f"body row {number}: {problem}")
        return Reading(metrics, tuple(problems), frozenset(absent))


def _check_keys(
    values: Mapping[str, object], rows: Mapping[str, tuple[Slot, ...]], builder: str
) -> None:
    missing = [key for key in rows if key not in values]
    if missing:
        listed = ", ".join(f"{key!r} (“{rows[key][0].row}”)" for key in missing)
        raise ValidationError(
            f"{builder}: missing row(s) {listed}; give None for blank cells",
            field=missing[0],
            value=None,
        )
    unknown = [key for key in values if key not in rows]
    if unknown:
        raise ValidationError(
            f"{builder}: unknown row key(s) {', '.join(map(repr, unknown))}; "
            f"the rows are {', '.join(rows)}",
            field=str(unknown[0]),
            value=unknown[0],
        )


def _normal(label: str) -> str:
    """A label as compared: no whitespace, any double quote as ASCII (reposts use both)."""
    return "".join(label.split()).replace("“", '"').replace("”", '"')


def _plain(cell: Cell) -> str | None:
    return cell.content.plain() if isinstance(cell.content, Text) else None


def _same_labels(row: tuple[Cell, ...], expected: tuple[Cell, ...]) -> bool:
    return len(row) == len(expected) and all(
        _compare(a, b, {}) is None for a, b in zip(row, expected, strict=True)
    )


def _compare(
    cell: Cell,
    expected: Cell | Slot,
    metrics: dict[str, Metric | None],
    absent: set[str] | None = None,
) -> str | None:
    if isinstance(expected, Slot):
        if (cell.colspan, cell.rowspan) != (expected.colspan, 1):
            return f"the cell for {expected.where} has the wrong span"
        content = cell.content
        if isinstance(content, Text) and content.plain() == NOT_APPLICABLE_MARK:
            metrics[expected.id] = None
            if absent is not None:
                absent.add(expected.id)
            return None
        if content is not None and not isinstance(content, Metric):
            return f"{expected.where} holds text {content.plain()!r}, not a figure"
        if content is not None and content.id != expected.id:
            return f"{expected.where} holds metric {content.id!r}, expected id {expected.id!r}"
        metrics[expected.id] = content
        return None
    label = _plain(expected) or ""
    found = _plain(cell)
    if found is None or _normal(found) != _normal(label):
        return f"expected the label “{label}” (found {found or cell.content!r})"
    if (cell.colspan, cell.rowspan) != (expected.colspan, expected.rowspan):
        return (
            f"the label “{label}” spans {cell.rowspan}×{cell.colspan} "
            f"(rows×columns), not {expected.rowspan}×{expected.colspan}"
        )
    return None


def _head(label: str, *, rowspan: int = 1, colspan: int = 1) -> Cell:
    return Cell(content=label, rowspan=rowspan, colspan=colspan, header=True)


# 表二 -------------------------------------------------------------------------

_T2_WIDTH: Final[dict[Format, int]] = {"2021": 4, "2019-trial": 5}
# How the value columns share the width after the label column: the 2021 form
# is 4 wide; the 2019 trial form was 5 wide with uneven spans (as printed).
_T2_SPANS: Final[dict[Format, dict[int, tuple[int, ...]]]] = {
    "2021": {1: (3,), 3: (1, 1, 1)},
    "2019-trial": {2: (2, 2), 3: (1, 2, 1)},
}


@functools.cache
def proactive_spec(format: Format = "2021") -> TableSpec:
    """表二 主动公开政府信息情况: four (2021) or five (2019) blocks under 第二十条."""
    blocks = T2_2021 if format == "2021" else T2_2019
    width = _T2_WIDTH[format]
    rows: list[tuple[Cell | Slot, ...]] = []
    for caption, (columns, labels) in blocks.items():
        spans = _T2_SPANS[format][len(columns)]
        rows.append((_head(caption, colspan=width),))
        rows.append(
            (
                _head("信息内容"),
                *(_head(c, colspan=s) for c, s in zip(columns, spans, strict=True)),
            )
        )
        for label in labels:
            key = T2_KEYS[label]
            rows.append(
                (
                    _head(label),
                    *(
                        Slot(
                            id=f"{PROACTIVE_ID}.{key}.{T2_KEYS[column]}",
                            key=key,
                            row=label,
                            column=column,
                            colspan=span,
                            signed=column == "本年增/减",
                            whole="金额" not in column,
                        )
                        for column, span in zip(columns, spans, strict=True)
                    ),
                )
            )
    return TableSpec(PROACTIVE_ID, "表二", "T2", (), tuple(rows))


# 表三 -------------------------------------------------------------------------


def _leaves(tree: RowTree) -> int:
    return sum(_leaves(children) if children else 1 for _, _, children in tree)


def _t3_body(
    tree: RowTree, depth: int, keys: tuple[str, ...], chain: tuple[str, ...]
) -> Iterable[list[Cell | Slot]]:
    for key, label, children in tree:
        if children:
            first = True
            for row in _t3_body(children, depth + 1, (*keys, key), (*chain, label)):
                if first:
                    row.insert(0, _head(label, rowspan=_leaves(children)))
                    first = False
                yield row
            continue
        row_key = ".".join((*keys, key))
        row_label = " ".join((*chain, label))
        yield [
            _head(label, colspan=3 - depth),
            *(
                Slot(id=f"{APPLICATIONS_ID}.{row_key}.{ck}", key=row_key, row=row_label, column=c)
                for ck, c in zip(T3_COLUMN_KEYS, T3_COLUMNS, strict=True)
            ),
        ]


@functools.cache
def application_spec(format: Format = "2021") -> TableSpec:
    """表三 收到和处理政府信息公开申请情况: 3 label columns and 7 figure columns."""
    header = (
        (_head(T3_NOTE, rowspan=3, colspan=3), _head("申请人情况", colspan=7)),
        (_head("自然人", rowspan=2), _head("法人或其他组织", colspan=5), _head("总计", rowspan=2)),
        tuple(_head(c) for c in T3_COLUMNS[1:6]),
    )
    tree = T3_ROWS_2021 if format == "2021" else T3_ROWS_2019
    body = tuple(tuple(row) for row in _t3_body(tree, 0, (), ()))
    return TableSpec(APPLICATIONS_ID, "表三", "T3", header, body)


# 表四 -------------------------------------------------------------------------


@functools.cache
def review_litigation_spec() -> TableSpec:
    """表四 政府信息公开行政复议、行政诉讼情况: one row of 3 × 5 figures (same in both formats)."""
    header = (
        (_head("行政复议", colspan=5), _head("行政诉讼", colspan=10)),
        (
            *(_head(c, rowspan=2) for c in T4_COLUMNS),
            _head("未经复议直接起诉", colspan=5),
            _head("复议后起诉", colspan=5),
        ),
        tuple(_head(c) for _ in range(2) for c in T4_COLUMNS),
    )
    slots = tuple(
        Slot(
            id=f"{REVIEW_LITIGATION_ID}.{key}.{ck}",
            key=key,
            row=group if key == "review" else f"行政诉讼 {group}",
            column=column,
        )
        for group, key in T4_GROUP_KEYS.items()
        for ck, column in zip(T4_COLUMN_KEYS, T4_COLUMNS, strict=True)
    )
    return TableSpec(REVIEW_LITIGATION_ID, "表四", "T4", header, (slots,))


def check_format(format: object) -> Format:
    """*format* if it names a table format, else a :class:`ValidationError`."""
    one_of("2021", "2019-trial").check("format", format)
    return format  # type: ignore[return-value]  # one of the two, as just checked
