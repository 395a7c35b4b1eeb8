"""Reading a prescribed table as published: by its labels, not by its exact layout.

Tables reach the library from web pages, Word files and copied text, and none
of them keeps the format's layout to the letter: labels gain stray spaces
(``商业 企业``), ASCII brackets or other list markers (``1、`` for ``1.``),
merged label cells come unmerged or flattened into one row, blank cells are
written ``/`` (not applicable), and copies keep empty filler cells where a
span was. :func:`read_by_labels` reads such a table through a
:class:`~._tables.TableSpec` anyway: each row's *leaf label* (its last label
cell) is matched, in order, with the format's rows, and the row's trailing
figure cells are its values. :func:`identify` tells which prescribed table,
in which format, a table is; the importers use it to give an imported table
its prescribed id and its cells the stable metric ids.

The rules, so that a reader can predict them:

- A *figure cell* is blank, a metric, or text that is a number or a
  not-applicable mark (``/``, ``-``, ``—``, ``无``); every other cell is a label.
- A row's values are the figure cells after its last label. Extra blank cells
  (span fillers of a copy) are dropped from the end, then from the start, until
  the row has as many values as the format; a row that still has another count
  is a problem, never a guess. Spans are not compared: copies lose them. A label
  with nothing after it is a row left blank.
- Labels compare after NFKC, without white space, quotes or the list marker
  (``一、``, ``（三）``, ``1.``); a label matches when it equals the format's or
  one of at least four characters begins the other (``部分公开`` for the format's long
  wording; ``其他处理`` is not ``其他``).
- Rows before the first matched row are header rows; a label-only row later on
  is a group label (``三、本年度办理结果`` on its own line). A row with figures
  that matches no expected row is a problem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Final

import attrs

from .._blocks import Cell, Table
from .._quantity import Metric
from .._text import Text
from ..exceptions import GovReportError
from ._labels import FORMATS, Format
from ._tables import (
    APPLICATIONS_ID,
    PROACTIVE_ID,
    Slot,
    TableSpec,
    application_spec,
    proactive_spec,
    review_litigation_spec,
)

__all__ = [
    "NOT_APPLICABLE",
    "Recognised",
    "anchors",
    "fold",
    "identify",
    "read_by_labels",
    "specs",
    "words_of_a_clean_read",
]

NOT_APPLICABLE: Final = frozenset({"/", "-", "—", "--", "——", "\\", "无", "－", "／"})
"""Cell texts that say "not applicable" rather than a figure (compared after NFKC)."""

_MARKER: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]?)"
)
_QUOTES: Final = str.maketrans("", "", "\"'“”‘’「」")
_NUMBER: Final = re.compile(r"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


def fold(text: str) -> str:
    """*text* as labels are compared, list markers kept: NFKC, no white space or quotes.

    >>> fold("3.危及 “三安全一稳定”")
    '3.危及三安全一稳定'
    """
    return "".join(unicodedata.normalize("NFKC", text).split()).translate(_QUOTES)


def normal(label: str) -> str:
    """A label as compared: NFKC, no white space or quotes, no leading list marker.

    >>> normal(" 1、属于 国家秘密 "), normal("（二）部分公开"), normal("商业 企业")
    ('属于国家秘密', '部分公开', '商业企业')
    """
    folded = fold(label)
    return _MARKER.sub("", folded, count=1) or folded


def _matches(found: str, expected: str) -> bool:
    if found == expected:
        return True
    shorter = min(len(found), len(expected))
    return shorter >= 4 and (found.startswith(expected) or expected.startswith(found))


@attrs.frozen
class _Row:
    """A row split into its label texts and its trailing figure cells (by index)."""

    labels: tuple[str, ...]
    values: tuple[int, ...]  # indexes into the row's cells
    filled: bool  # some figure cell is not blank


def _is_figure(cell: Cell) -> bool:
    content = cell.content
    if content is None or isinstance(content, Metric):
        return True
    plain = "".join(unicodedata.normalize("NFKC", content.plain()).split())
    return not plain or plain in NOT_APPLICABLE or bool(_NUMBER.match(plain))


def _split(row: Sequence[Cell]) -> _Row:
    end = len(row)
    while end and _is_figure(row[end - 1]):
        end -= 1
    labels = tuple(
        c.content.plain() for c in row[:end] if isinstance(c.content, Text) and _label(c.content)
    )
    filled = any(c.content is not None for c in row[end:])
    return _Row(labels, tuple(range(end, len(row))), filled)


def _label(text: Text) -> bool:
    return bool("".join(text.plain().split()))


def _template(spec: TableSpec) -> list[tuple[str, tuple[Slot, ...]]]:
    """(leaf label, slots) per figure row of the format; an empty leaf for 表四's unlabelled row."""
    rows = []
    for row in spec.rows:
        slots = tuple(c for c in row if isinstance(c, Slot))
        if not slots:
            continue
        labels = [c for c in row if isinstance(c, Cell) and isinstance(c.content, Text)]
        leaf = normal(labels[-1].content.plain()) if labels else ""  # type: ignore[union-attr]
        rows.append((leaf, slots))
    return rows


@attrs.frozen
class Recognised:
    """A table read through a format by its labels.

    ``cells`` gives, for each figure cell of the format (by metric id), where
    it stands in the table (row, cell) counting header rows first; ``matched``
    counts the format's rows found; ``problems`` says what could not be read.
    """

    spec: TableSpec
    format: Format
    cells: dict[str, tuple[int, int]]
    metrics: dict[str, Metric | None]
    not_applicable: frozenset[str]
    matched: int
    rows: int
    problems: tuple[str, ...]


def read_by_labels(spec: TableSpec, table: Table, format: Format = "2021") -> Recognised:
    """Read *table* as the prescribed table *spec* describes, by labels (see the module)."""
    template = _template(spec)
    rows = table.header + table.rows
    cells: dict[str, tuple[int, int]] = {}
    metrics: dict[str, Metric | None] = {}
    absent: set[str] = set()
    problems: list[str] = []
    at = 0
    for number, row in enumerate(rows):
        split = _split(row)
        ahead = _ahead(split, template, at)
        if ahead is not None:
            skipped = template[at:ahead]
            if skipped:
                names = "”, “".join(slots[0].row for _, slots in skipped)
                problems.append(f"no row “{names}”")
            _, slots = template[ahead]
            at = ahead + 1
            if not split.values:  # a label and nothing after it: a row left blank
                metrics.update(dict.fromkeys((s.id for s in slots), None))
                continue
            values = _trimmed(row, split.values, len(slots))
            name = slots[0].row
            if len(values) != len(slots):
                problems.append(
                    f"row “{name}” has {len(values)} figure cell(s); the format has {len(slots)}"
                )
                continue
            for slot, index in zip(slots, values, strict=True):
                problem = _value(row[index], slot, metrics, absent)
                if problem is None:
                    cells[slot.id] = (number, index)
                else:
                    problems.append(problem)
        elif at and split.filled and split.labels:
            problems.append(f"an unexpected row “{split.labels[-1].strip()}”")
    if at < len(template):
        missing = [slots[0].row for _, slots in template[at:]]
        problems.append(
            f"no row “{missing[0]}”"
            + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
        )
    return Recognised(
        spec, format, cells, metrics, frozenset(absent), at, len(template), tuple(problems)
    )


def _ahead(row: _Row, template: list[tuple[str, tuple[Slot, ...]]], at: int) -> int | None:
    """The format's row *row* is: the next expected one, else a later one (rows were left
    out), else ``None``. Only a labelled row may skip ahead, so figures never jump rows."""
    if at < len(template) and _takes(row, template[at]):
        return at
    if not (row.labels and row.filled):
        return None
    return next((j for j in range(at + 1, len(template)) if _takes(row, template[j])), None)


def _takes(row: _Row, expected: tuple[str, tuple[Slot, ...]]) -> bool:
    leaf, slots = expected
    if not leaf:  # 表四: the first row with enough figure cells, whatever labels it has
        return len(row.values) >= len(slots) and row.filled
    return bool(row.labels) and _matches(normal(row.labels[-1]), leaf)


def _trimmed(row: Sequence[Cell], values: tuple[int, ...], wanted: int) -> tuple[int, ...]:
    found = list(values)
    while len(found) > wanted and row[found[-1]].content is None:
        found.pop()
    while len(found) > wanted and row[found[0]].content is None:
        found.pop(0)
    return tuple(found)


def _value(
    cell: Cell, slot: Slot, metrics: dict[str, Metric | None], absent: set[str]
) -> str | None:
    content = cell.content
    if content is None or isinstance(content, Metric):
        metrics[slot.id] = content
        return None
    plain = "".join(unicodedata.normalize("NFKC", content.plain()).split())
    if plain in NOT_APPLICABLE or not plain:
        metrics[slot.id] = None
        absent.add(slot.id)
        return None
    try:
        quantity = slot.quantity(Decimal(plain.replace(",", "") if _NUMBER.match(plain) else plain))
    except (InvalidOperation, GovReportError) as exc:
        return f"{slot.where} holds {plain!r}, not a figure ({exc})"
    metrics[slot.id] = (
        None
        if quantity is None
        else Metric(id=slot.id, label=f"{slot.row}：{slot.column}", quantity=quantity)
    )
    return None


def specs() -> tuple[tuple[TableSpec, Format], ...]:
    """Every prescribed table in every format, newest format first."""
    found: list[tuple[TableSpec, Format]] = []
    for format in FORMATS:
        found += [(proactive_spec(format), format), (application_spec(format), format)]
    found.append((review_litigation_spec(), "2021"))
    return tuple(found)


# What must be among a table's labels before it is taken for a prescribed table at all:
# a table of figures that merely mentions 行政复议 is not 表四.
_ANCHORS: Final = {
    PROACTIVE_ID: (("规章",), ("行政许可",), ("行政处罚",)),
    APPLICATIONS_ID: (("本年新收",), ("结转",), ("予以公开",)),
    "disclosure.review_litigation": (("行政复议",), ("行政诉讼",), ("结果维持",)),
}


def words_of_a_clean_read(spec: TableSpec) -> tuple[str, ...]:
    """Words that every table read as *spec* without problems holds, as :func:`fold` writes
    them: its anchor words, and the start of each row's label (all of a label shorter
    than four characters), which is what a label must share with the format's to match.

    >>> words_of_a_clean_read(review_litigation_spec())
    ('行政复议', '行政诉讼', '结果维持')
    """
    starts = tuple(leaf[:4] for leaf, _ in _template(spec) if leaf)
    return anchors(spec.id) + starts


def anchors(table_id: str) -> tuple[str, ...]:
    """The words a table must hold to be taken for the prescribed table *table_id*.

    >>> anchors("disclosure.applications")
    ('本年新收', '结转', '予以公开')
    """
    return tuple(words[0] for words in _ANCHORS[table_id])


def identify(table: Table) -> Recognised | None:
    """The prescribed table *table* is, read by labels, or ``None`` when it is none of them.

    A table is taken for one when its labels hold that table's anchor words
    (表三: 本年新收, 结转 and 予以公开) and, unless it reads without problems, at
    least two thirds of the format's rows are found in it. Of the formats it could be, the one it reads without
    problems wins, else the one that matched most rows, so that the layout
    problems are reported against the likeliest format.
    """
    labels = "".join(
        normal(c.content.plain())
        for row in table.header + table.rows
        for c in row
        if isinstance(c.content, Text)
    )
    candidates = [
        read_by_labels(spec, table, format)
        for spec, format in specs()
        if all(any(word in labels for word in anchor) for anchor in _ANCHORS[spec.id])
    ]
    if not candidates:
        return None
    best = min(candidates, key=lambda r: (bool(r.problems), -r.matched, len(r.problems)))
    if best.problems and best.matched * 3 < best.rows * 2:
        return None  # a table that shares a few words with the format is not the format's
    return best
