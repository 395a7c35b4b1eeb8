"""The arithmetic identities of the 政府信息公开 tables (see docs/kinds.md).

Every finding has the code ``table-identity``; its message starts with the
identity's ID (``T3-BAL``) and names the row, the column and both sides with
their figures. Hard identities (T3-ROW, T3-TOT, T3-BAL, T4-SUM and the
non-negativity rules T2/T3/T4-NN) are errors; the soft ones, which are
inferences rather than rules of the format (T3-XYR, T2-ROLL), are warnings.

T3-SUB3…SUB6 (the sub-totals of （三）–（六）) are definitions, not printed
cells, so they cannot be broken on their own; they are part of T3-TOT. The
行政诉讼 total of 表四 is not printed either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Final, Literal, TypeAlias

import attrs

from .._changes import difference_holds
from .._finding import Finding
from .._interval import Interval
from .._messages import N_, Fact, Phrase
from .._quantity import Metric
from .._report import Report
from ._labels import T3_COLUMN_KEYS, T3_COLUMNS
from ._sections import table_locations
from ._tables import APPLICATIONS_ID, PROACTIVE_ID, REVIEW_LITIGATION_ID, TableSpec

__all__ = ["Blanks", "Figures", "blank_findings", "cross_year", "hard_identities"]

Blanks: TypeAlias = Literal["zero", "strict"]
"""How blank cells count: ``"zero"`` (as 0, as most reports mean them) or
``"strict"`` (as unknown: each is reported and the identities using it are skipped)."""

_Term: TypeAlias = tuple[str, str]  # (metric id, label)


@attrs.frozen
class Figures:
    """The figures of one table, by the format's metric id, with the blank policy.

    *absent* are the cells written ``/`` (not applicable), which count as 0.
    A blank 总计 (表三 and 表四) beside figures in its row is not 0: the format
    requires the figure, so it stays unknown in both modes (a row left wholly
    blank is a row of zeros in ``"zero"`` mode).
    """

    spec: TableSpec
    metrics: Mapping[str, Metric | None]
    blanks: Blanks
    absent: frozenset[str] = frozenset()

    def value(self, id_: str) -> Decimal | None:
        """The figure, 0 for a blank in ``"zero"`` mode, ``None`` for a blank in strict mode."""
        found = self.metrics.get(id_)
        if found is None:
            if id_ in self.absent:
                return Decimal(0)
            return Decimal(0) if self.blanks == "zero" and not self.required(id_) else None
        return found.quantity.value

    def required(self, id_: str) -> bool:
        """Whether this cell is a blank 总计 (表三, 表四) beside figures: a defect in every mode."""
        parts = self.spec.totals.get(id_)
        return (
            parts is not None
            and self.metrics.get(id_) is None
            and id_ not in self.absent
            and any(self.metrics.get(p) is not None for p in parts)
        )

    def show(self, id_: str) -> Fact:
        """The figure as written in a message (``blank`` for a blank cell)."""
        found = self.metrics.get(id_)
        if found is None:
            return _NOT_APPLICABLE if id_ in self.absent else _BLANK
        return str(found.quantity.value)

    def ids(self, ids: Iterable[str]) -> tuple[str, ...]:
        """The report's metric ids of the non-blank cells among the format's *ids*."""
        return tuple(m.id for m in (self.metrics.get(i) for i in ids) if m is not None)


_BLANK: Final = Phrase(template=N_("blank"))
_NOT_APPLICABLE: Final = Phrase(template=N_("not applicable (/)"))


def _side(figures: Figures, terms: Sequence[_Term], label: Fact | None) -> tuple[Phrase, Decimal]:
    total = sum((figures.value(i) or Decimal(0) for i, _ in terms), Decimal(0))
    if len(terms) == 1:
        single = {"name": terms[0][1], "figure": figures.show(terms[0][0])}
        return Phrase(template=N_("{name} = {figure}"), facts=single), total
    names: tuple[Fact, ...] = (label,) if label is not None else tuple(n for _, n in terms)
    shown = tuple(figures.show(i) for i, _ in terms)
    return Phrase(
        template=N_("{names: + } = {figures: + } = {total}"),
        facts={"names": names, "figures": shown, "total": total},
    ), total


def _balance(
    figures: Figures,
    ident: str,
    where: Fact,
    left: Sequence[_Term],
    right: Sequence[_Term],
    location: str,
    *,
    right_label: Fact | None = None,
) -> Iterator[Finding]:
    terms = [*left, *right]
    if any(figures.value(i) is None for i, _ in terms):
        return  # strict mode: a blank operand is reported once as blank-cell
    lhs, low = _side(figures, left, None)
    rhs, high = _side(figures, right, right_label)
    if low != high:
        yield Finding(
            code="table-identity",
            severity="error",
            location=location,
            template=N_("{identity}: {table} {where}: {left}, but {right}"),
            facts={
                "identity": ident,
                "table": figures.spec.name,
                "where": where,
                "left": lhs,
                "right": rhs,
            },
            metrics=figures.ids(i for i, _ in terms),
        )


def _non_negative(figures: Figures, ident: str, location: str) -> Iterator[Finding]:
    for slot in figures.spec.slots.values():
        found = figures.metrics.get(slot.id)
        if found is None:
            continue
        value = found.quantity.value
        if (value < 0 and not slot.signed) or (slot.whole and value != value.to_integral_value()):
            template = (
                N_("{identity}: {table} {where}: {value} is not a whole number ≥ 0")
                if slot.whole
                else N_("{identity}: {table} {where}: {value} is not ≥ 0")
            )
            yield Finding(
                code="table-identity",
                severity="error",
                location=location,
                template=template,
                facts={
                    "identity": ident,
                    "table": figures.spec.name,
                    "where": Phrase(
                        template=N_("row “{row}”, column “{column}”"),
                        facts={"row": slot.row, "column": slot.column},
                    ),
                    "value": value,
                },
                metrics=(found.id,),
            )


def blank_findings(figures: Figures, location: str) -> Iterator[Finding]:
    """``blank-cell`` warnings: blank 总计 cells in every mode (one finding per column),
    and in strict mode one per row that has blank cells."""
    if figures.blanks != "strict":
        yield from _blank_totals(figures, location)
        return
    for slots in figures.spec.row_slots().values():
        blank = [s.column for s in slots if figures.metrics.get(s.id) is None]
        if blank:
            yield Finding(
                code="blank-cell",
                severity="warning",
                location=location,
                template=N_(
                    "{table} row “{row}” has blank cell(s) in {columns:, }; identities using "
                    "them were not checked (write 0 where the figure is zero)"
                ),
                facts={"table": figures.spec.name, "row": slots[0].row, "columns": tuple(blank)},
                metrics=(),
            )


def _blank_totals(figures: Figures, location: str) -> Iterator[Finding]:
    by_column: dict[str, list[str]] = {}
    for slot in figures.spec.slots.values():
        if figures.required(slot.id):
            by_column.setdefault(slot.column, []).append(slot.row)
    for column, rows in by_column.items():
        named: tuple[Fact, ...] = tuple(rows[:3])
        if len(rows) > 3:
            named += (Phrase(template=N_("and {number} more"), facts={"number": len(rows) - 3}),)
        yield Finding(
            code="blank-cell",
            severity="warning",
            location=location,
            template=N_(
                "{table} column “{column}” is blank in {number} row(s) ({rows:、}); the format "
                "requires the figure, so the identities using it were not checked"
            ),
            facts={
                "table": figures.spec.name,
                "column": column,
                "number": len(rows),
                "rows": named,
            },
            metrics=(),
        )


def _t3(figures: Figures, location: str) -> Iterator[Finding]:
    rows = figures.spec.row_slots()
    ids = {key: {s.id.rsplit(".", 1)[1]: s.id for s in slots} for key, slots in rows.items()}
    label = {key: slots[0].row for key, slots in rows.items()}
    for key, slots in rows.items():
        total = slots[-1]
        yield from _balance(
            figures,
            "T3-ROW",
            Phrase(template=N_("row “{row}”"), facts={"row": label[key]}),
            [(total.id, total.column)],
            [(s.id, s.column) for s in slots[:-1]],
            location,
        )
    results = [k for k in rows if k.startswith("results.") and k != "results.total"]
    for column, name in zip(T3_COLUMN_KEYS, T3_COLUMNS, strict=True):
        yield from _balance(
            figures,
            "T3-TOT",
            Phrase(template=N_("column “{column}”"), facts={"column": name}),
            [(ids["results.total"][column], label["results.total"])],
            [(ids[k][column], label[k]) for k in results],
            location,
            right_label=Phrase(
                template=N_("the {number} rows from {first} to {last}"),
                facts={"number": len(results), "first": "（一）予以公开", "last": "（六）其他处理"},
            ),
        )
        yield from _balance(
            figures,
            "T3-BAL",
            Phrase(template=N_("column “{column}”"), facts={"column": name}),
            [(ids[k][column], label[k]) for k in ("received", "brought_forward")],
            [(ids[k][column], label[k]) for k in ("results.total", "carried_over")],
            location,
        )


def _t4(figures: Figures, location: str) -> Iterator[Finding]:
    for slots in figures.spec.row_slots().values():
        *parts, total = slots
        yield from _balance(
            figures,
            "T4-SUM",
            f"“{total.row}”",
            [(total.id, total.column)],
            [(s.id, s.column) for s in parts],
            location,
        )


def hard_identities(figures: Figures, location: str) -> Iterator[Finding]:
    """T*-NN, T3-ROW, T3-TOT, T3-BAL and T4-SUM for one table (errors)."""
    table_id = figures.spec.id
    yield from _non_negative(figures, f"{figures.spec.code}-NN", location)
    if table_id == APPLICATIONS_ID:
        yield from _t3(figures, location)
    elif table_id == REVIEW_LITIGATION_ID:
        yield from _t4(figures, location)


def _previous_value(
    metrics: Mapping[str, Metric], id_: str, blanks: Blanks
) -> tuple[Decimal | None, str]:
    found = metrics.get(id_)
    if found is None:
        return (Decimal(0) if blanks == "zero" else None), "blank"
    return found.quantity.value, str(found.quantity.value)


def cross_year(previous: Report, figures: Figures, location: str) -> Iterator[Finding]:
    """T3-XYR (表三) and T2-ROLL (2021 表二) against last year's report, compared by metric id."""
    spec = figures.spec
    if spec.id == APPLICATIONS_ID:
        compare = _carried
    elif spec.id == PROACTIVE_ID and any(s.id.endswith(".in_force") for s in spec.slots.values()):
        compare = _in_force
    else:
        return  # 表四 and the 2019 表二 have no year-on-year identity
    if spec.id not in table_locations(previous):
        yield Finding(
            code="table-identity",
            severity="warning",
            location=location,
            template=N_(
                "last year's report has no {table} (a table with id '{id}'); "
                "its year-on-year identity was not checked"
            ),
            facts={"table": spec.name, "id": spec.id},
        )
        return
    yield from compare(figures, previous.metrics(), previous.year, location)


def _carried(
    figures: Figures, old: Mapping[str, Metric], year: int, location: str
) -> Iterator[Finding]:
    slots = figures.spec.row_slots()
    now, then = slots["brought_forward"], slots["carried_over"]
    for current, last in zip(now, then, strict=True):
        value, before = figures.value(current.id), _previous_value(old, last.id, figures.blanks)
        if value is None or before[0] is None or value == before[0]:
            continue
        yield Finding(
            code="table-identity",
            severity="warning",
            location=location,
            template=N_(
                "T3-XYR: 表三 column “{column}”: {row} = {figure}, but the {year} report "
                "carried over {last_row} = {last_figure}"
            ),
            facts={
                "column": current.column,
                "row": current.row,
                "figure": figures.show(current.id),
                "year": year,
                "last_row": last.row,
                "last_figure": before[1],
            },
            metrics=figures.ids((current.id,)),
        )


def _in_force(
    figures: Figures, old: Mapping[str, Metric], year: int, location: str
) -> Iterator[Finding]:
    for slots in figures.spec.row_slots().values():
        by_column = {s.id.rsplit(".", 1)[1]: s for s in slots}
        if not {"issued", "repealed", "in_force"} <= by_column.keys():
            continue
        in_force = by_column["in_force"]
        if in_force.id not in old:
            continue  # last year's 表二 is in the 2019 format (no 现行有效件数)
        values = [figures.value(by_column[c].id) for c in ("in_force", "issued", "repealed")]
        before = old[in_force.id].quantity.value
        if any(v is None for v in values):
            continue
        now, issued, repealed = (v or Decimal(0) for v in values)
        # The same test as a stated change 较上年增加(制发 − 废止)件 (change-mismatch).
        rolled = Interval.point(issued - repealed)
        if not difference_holds(Interval.point(before), Interval.point(now), rolled):
            yield Finding(
                code="table-identity",
                severity="warning",
                location=location,
                template=N_(
                    "T2-ROLL: 表二 row “{row}”: {column} = {now}, but the {year} figure "
                    "{before} + 本年制发件数 {issued} − 本年废止件数 {repealed} = {expected} "
                    "(制发 may include amendments)"
                ),
                facts={
                    "row": in_force.row,
                    "column": in_force.column,
                    "now": now,
                    "year": year,
                    "before": before,
                    "issued": issued,
                    "repealed": repealed,
                    "expected": before + issued - repealed,
                },
                metrics=figures.ids(by_column[c].id for c in ("in_force", "issued", "repealed")),
            )
