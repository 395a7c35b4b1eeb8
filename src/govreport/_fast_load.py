"""The fast path of :func:`~govreport.from_json`: a valid document read straight into the model.

The cattrs converter (:mod:`._converter`) reads any document and, when it
fails, names every problem with its JSON path. That generality costs more
than building the model itself: a hook call for every value, a copy of every
tagged object, a ``try`` around every item. A loader spends nearly all its
time on documents that are fine, so :func:`load` reads those with one
function per JSON shape, calling the model's constructors, which validate
exactly as they always do.

It accepts only what the converter accepts, and less: the JSON type each field
has in :func:`~govreport.to_json`'s output, keys the format knows, strings and
integers within the limits. At anything else (an unknown key, a number where a
string belongs, a validator's error) it raises :class:`Unexpected` and gives
up, and the converter reads the document again: so an error is always found,
worded and located in one place, the converter.

Keys written twice are the one thing a parsed document no longer shows, so
:func:`load` also counts the keys it read: every key written is followed by a
colon outside any string, and a text with no more colons than that wrote no
key twice (see :func:`~._json_input.writes_a_key_twice` for the others).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from ._blocks import Block, Cell, Commitment, Paragraph, Point, Points, Table
from ._figure import Cite
from ._quantity import Metric, Quantity
from ._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from ._report import Closing, Report, Section, SetAside
from ._text import DocumentReference, Inline, ReportYear, Terms, Text, Year
from .validators import MAX_NUMBER_LENGTH, MAX_STRING_LENGTH

__all__ = ["Unexpected", "load"]

_T = TypeVar("_T")
_INT_BOUND: Final = 10**MAX_NUMBER_LENGTH


class Unexpected(Exception):
    """The document is not one the fast path reads; the converter will say why, if anything is wrong."""


# The converter's hooks (``_converter._expect``) check the same types and limits, through a
# general isinstance chain with a message for every refusal; these answer yes or give up.


def _string(value: object) -> str:
    if type(value) is not str or len(value) > MAX_STRING_LENGTH:
        raise Unexpected
    return value


def _optional_string(value: object) -> str | None:
    return None if value is None else _string(value)


def _int(value: object) -> int:
    if type(value) is not int or not -_INT_BOUND < value < _INT_BOUND:
        raise Unexpected
    return value


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise Unexpected
    return value


def _optional_bool(value: object) -> bool | None:
    return None if value is None else _bool(value)


def _date(value: object) -> dt.date:
    return dt.date.fromisoformat(_string(value))


def _optional_date(value: object) -> dt.date | None:
    return None if value is None else _date(value)


def _strings(value: object) -> tuple[str, ...]:
    if type(value) is not list:
        raise Unexpected
    return tuple([_string(item) for item in value])


class _Reader:
    """One document's reading: counts the keys it meets, for the duplicate test."""

    __slots__ = ("keys",)

    def __init__(self) -> None:
        self.keys = 0

    def _object(self, value: object, known: frozenset[str]) -> dict[str, Any]:
        if type(value) is not dict or not value.keys() <= known:
            raise Unexpected
        self.keys += len(value)
        return value

    def _list(self, value: object, read: Callable[[Any], _T]) -> tuple[_T, ...]:
        if type(value) is not list:
            raise Unexpected
        return tuple([read(item) for item in value])  # a list comprehension is the quicker loop

    # Texts and their inline parts.

    def text(self, value: object) -> Text:
        if type(value) is str:
            return Text((_string(value),))
        if type(value) is not list:
            raise Unexpected
        return Text(tuple([_string(p) if type(p) is str else self.inline(p) for p in value]))

    def optional_text(self, value: object) -> Text | None:
        return None if value is None else self.text(value)

    def inline(self, value: object) -> Inline:
        return self._tagged(value, _INLINE)

    def _tagged(self, value: object, readers: Mapping[str, Callable[[_Reader, Any], _T]]) -> _T:
        if type(value) is not dict:
            raise Unexpected
        read = readers.get(value.get("type"))  # type: ignore[arg-type]  # any key, or none
        if read is None:
            raise Unexpected
        return read(self, value)

    def metric(self, value: object) -> Metric:
        data = self._object(value, _METRIC)
        return Metric(
            id=_string(data["id"]),
            label=_string(data["label"]),
            quantity=self.quantity(data["quantity"]),
        )

    def quantity(self, value: object) -> Quantity:
        data = self._object(value, _QUANTITY)
        return Quantity(
            value=_string(data["value"]),  # the converter reads a number the same way
            unit=_string(data.get("unit", "")),
            approx=_optional_string(data.get("approx")),
            scale=_optional_string(data.get("scale")),
            approx_after_scale=_bool(data.get("approx_after_scale", False)),
            change=_bool(data.get("change", False)),
            rounded=_optional_bool(data.get("rounded")),
            numerals=_optional_string(data.get("numerals")),  # type: ignore[arg-type]
        )

    def cite(self, value: object) -> Cite:
        return Cite(id=_string(self._object(value, _CITE)["id"]))

    def year(self, value: object) -> Year:
        return Year(value=_int(self._object(value, _YEAR)["value"]))

    def report_year(self, value: object) -> ReportYear:
        return ReportYear(offset=_int(self._object(value, _REPORT_YEAR).get("offset", 0)))

    def terms(self, value: object) -> Terms:
        data = self._object(value, _TERMS)
        return Terms(
            items=_strings(data["items"]),
            sep=_string(data.get("sep", "、")),
            last_sep=_optional_string(data.get("last_sep")),
            id=_optional_string(data.get("id")),
        )

    def reference(self, value: object) -> DocumentReference:
        data = self._object(value, _REFERENCE)
        number = data.get("number")
        return DocumentReference(
            title=self.optional_text(data.get("title")),
            number=None if number is None else _string(number),
        )

    # Blocks.

    def block(self, value: object) -> Block:
        return self._tagged(value, _BLOCK)

    def paragraph(self, value: object) -> Paragraph:
        return Paragraph(text=self.text(self._object(value, _PARAGRAPH)["text"]))

    def points(self, value: object) -> Points:
        data = self._object(value, _POINTS)
        return Points(
            items=self._list(data["items"], self.point),
            layout=_string(data.get("layout", "inline")),  # type: ignore[arg-type]
            id=_optional_string(data.get("id")),
        )

    def point(self, value: object) -> Point:
        data = self._object(value, _POINT)
        return Point(text=self.text(data["text"]), lead=self.optional_text(data.get("lead")))

    def commitment(self, value: object) -> Commitment:
        data = self._object(value, _COMMITMENT)
        return Commitment(
            text=self.text(data["text"]),
            target=_optional_string(data.get("target")),
            deadline=_optional_date(data.get("deadline")),
        )

    def table(self, value: object) -> Table:
        data = self._object(value, _TABLE)
        return Table(
            header=self._list(data.get("header", []), self.row),
            rows=self._list(data["rows"], self.row),
            caption=self.optional_text(data.get("caption")),
            id=_optional_string(data.get("id")),
        )

    def row(self, value: object) -> tuple[Cell, ...]:
        return self._list(value, self.cell)

    def cell(self, value: object) -> Cell:
        if value is None:
            return Cell()
        if type(value) is not dict:
            return Cell(content=self.text(value))
        if "type" in value:
            return Cell(content=self.tagged_metric(value))
        data = self._object(value, _CELL)
        content = data.get("content")
        return Cell(
            content=(
                None
                if content is None
                else self.tagged_metric(content)
                if type(content) is dict
                else self.text(content)
            ),
            rowspan=_int(data.get("rowspan", 1)),
            colspan=_int(data.get("colspan", 1)),
            header=_bool(data.get("header", False)),
        )

    def tagged_metric(self, value: dict[str, Any]) -> Metric:
        if value.get("type") != "metric":
            raise Unexpected
        return self.metric(value)

    # Relations.

    def relation(self, value: object) -> Relation:
        return self._tagged(value, _RELATION)

    def total(self, value: object) -> Total:
        data = self._object(value, _TOTAL)
        return Total(
            total=_string(data["total"]),
            parts=_strings(data["parts"]),
            exhaustive=_bool(data.get("exhaustive", True)),
        )

    def rate(self, value: object) -> Rate:
        data = self._object(value, _RATE)
        return Rate(
            rate=_string(data["rate"]),
            numerator=_string(data["numerator"]),
            denominator=_string(data["denominator"]),
        )

    def share(self, value: object) -> Share:
        data = self._object(value, _SHARE)
        return Share(
            share=_string(data["share"]), part=_string(data["part"]), whole=_string(data["whole"])
        )

    def count(self, value: object) -> DeclaredCount:
        data = self._object(value, _COUNT)
        return DeclaredCount(count=_string(data["count"]), items=_string(data["items"]))

    def change(self, value: object) -> Change:
        data = self._object(value, _CHANGE)
        return Change(
            current=_string(data["current"]),
            stated=_string(data["stated"]),
            form=_string(data["form"]),  # type: ignore[arg-type]
            direction=_string(data.get("direction", "increase")),  # type: ignore[arg-type]
            previous=_optional_string(data.get("previous")),
        )

    # The report.

    def section(self, value: object) -> Section:
        data = self._object(value, _SECTION)
        return Section(
            title=self.optional_text(data.get("title")),
            run_in=_bool(data.get("run_in", False)),
            title_end=_optional_string(data.get("title_end")),
            blocks=self._list(data.get("blocks", []), self.block),
            children=self._list(data.get("children", []), self.section),
            id=_optional_string(data.get("id")),
        )

    def closing(self, value: object) -> Closing:
        data = self._object(value, _CLOSING)
        return Closing(signature=_string(data["signature"]), date=_date(data["date"]))

    def set_aside(self, value: object) -> SetAside:
        data = self._object(value, _SET_ASIDE)
        return SetAside(
            line=_int(data["line"]), text=_string(data["text"]), reason=_string(data["reason"])
        )

    def report(self, value: object, version: int) -> Report:
        data = self._object(value, _REPORT)
        found = data.get("schema_version")
        if type(found) is not int or found != version:
            raise Unexpected
        closing = data.get("closing")
        number = data.get("number")
        return Report(
            title=self.text(data["title"]),
            authority=_string(data["authority"]),
            year=_int(data["year"]),
            kind=_optional_string(data.get("kind")),
            preamble=self._list(data.get("preamble", []), self.block),
            sections=self._list(data.get("sections", []), self.section),
            relations=self._list(data.get("relations", []), self.relation),
            number=None if number is None else _string(number),
            closing=None if closing is None else self.closing(closing),
            published=_optional_date(data.get("published")),
            set_aside=self._list(data.get("set_aside", []), self.set_aside),
        )


def _keys(*names: str) -> frozenset[str]:
    return frozenset(names)


_METRIC: Final = _keys("type", "id", "label", "quantity")
_QUANTITY: Final = _keys(
    "value", "unit", "approx", "scale", "approx_after_scale", "change", "rounded", "numerals"
)
_CITE: Final = _keys("type", "id")
_YEAR: Final = _keys("type", "value")
_REPORT_YEAR: Final = _keys("type", "offset")
_TERMS: Final = _keys("type", "items", "sep", "last_sep", "id")
_REFERENCE: Final = _keys("type", "title", "number")
_PARAGRAPH: Final = _keys("type", "text")
_POINTS: Final = _keys("type", "items", "layout", "id")
_POINT: Final = _keys("text", "lead")
_COMMITMENT: Final = _keys("type", "text", "target", "deadline")
_TABLE: Final = _keys("type", "header", "rows", "caption", "id")
_CELL: Final = _keys("content", "rowspan", "colspan", "header")
_TOTAL: Final = _keys("type", "total", "parts", "exhaustive")
_RATE: Final = _keys("type", "rate", "numerator", "denominator")
_SHARE: Final = _keys("type", "share", "part", "whole")
_COUNT: Final = _keys("type", "count", "items")
_CHANGE: Final = _keys("type", "current", "stated", "form", "direction", "previous")
_SECTION: Final = _keys("title", "run_in", "title_end", "blocks", "children", "id")
_CLOSING: Final = _keys("signature", "date")
_SET_ASIDE: Final = _keys("line", "text", "reason")
_REPORT: Final = _keys(
    "schema_version",
    "title",
    "authority",
    "year",
    "kind",
    "preamble",
    "sections",
    "relations",
    "number",
    "closing",
    "published",
    "set_aside",
)

_INLINE: Final[dict[str, Callable[[_Reader, Any], Inline]]] = {
    "metric": _Reader.metric,
    "cite": _Reader.cite,
    "year": _Reader.year,
    "report_year": _Reader.report_year,
    "terms": _Reader.terms,
    "reference": _Reader.reference,
}
_BLOCK: Final[dict[str, Callable[[_Reader, Any], Block]]] = {
    "paragraph": _Reader.paragraph,
    "points": _Reader.points,
    "commitment": _Reader.commitment,
    "table": _Reader.table,
}
_RELATION: Final[dict[str, Callable[[_Reader, Any], Relation]]] = {
    "total": _Reader.total,
    "rate": _Reader.rate,
    "share": _Reader.share,
    "count": _Reader.count,
    "change": _Reader.change,
}


def load(data: object, *, version: int) -> tuple[Report, int]:
    """The report *data* holds, if it is one the fast path reads, and how many keys it has.

    Args:
        data: a parsed document.
        version: the ``"schema_version"`` it must have.

    Raises:
        Unexpected: anything at all is off (a validator's error, a missing key,
            a value of another type); the caller reads *data* the converter's way.
    """
    reader = _Reader()
    try:
        report = reader.report(data, version)
    except Unexpected:
        raise
    except Exception as exc:  # the converter reads it again and says what it is
        raise Unexpected from exc
    return report, reader.keys
