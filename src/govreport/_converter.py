"""The cattrs converter of govreport's JSON format, and its error reports.

It structures everything it can and lists every problem with its JSON path;
a string or integer beyond the limits is refused (and then named, with its
path, by :func:`~._json_input.scan`). cattrs reports an attrs validator failure as a generic "invalid
value" at the class's path, so :func:`explain` walks the error tree itself,
keeping govreport's own messages and adding the field name. Values are shown
shortened (:func:`~._json_input.show`), never as raw Python exception text.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from ._blocks import Block, Cell, Commitment, Paragraph, Points, Table
from ._figure import Cite
from ._json_input import Duplicated, show
from ._numbers import to_decimal
from ._quantity import Metric
from ._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from ._text import DocumentNumber, DocumentReference, Inline, ReportYear, Terms, Text, Year
from .exceptions import GovReportError, LimitError, StructureError
from .validators import MAX_NUMBER_LENGTH, MAX_STRING_LENGTH, bounded_text

__all__ = [
    "BLOCK_TAGS",
    "CELL_TAGS",
    "INLINE_TAGS",
    "RELATION_TAGS",
    "explain",
    "make_converter",
    "structure_date",
    "structure_decimal",
    "structure_document_number",
]

_T = TypeVar("_T")
_INT_BOUND: Final = 10**MAX_NUMBER_LENGTH

BLOCK_TAGS: Final[dict[str, type[Any]]] = {
    "paragraph": Paragraph,
    "points": Points,
    "commitment": Commitment,
    "table": Table,
}
INLINE_TAGS: Final[dict[str, type[Any]]] = {
    "metric": Metric,
    "cite": Cite,
    "year": Year,
    "report_year": ReportYear,
    "terms": Terms,
    "reference": DocumentReference,
}
RELATION_TAGS: Final[dict[str, type[Any]]] = {
    "total": Total,
    "rate": Rate,
    "share": Share,
    "count": DeclaredCount,
    "change": Change,
}
CELL_TAGS: Final[dict[str, type[Any]]] = {"metric": Metric}


class _Wrong(GovReportError, ValueError):
    """A leaf problem whose message is complete as it stands."""


def _expect(kind: type[_T], name: str) -> Callable[[Any, Any], _T]:
    def structure(value: Any, _: Any) -> _T:
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise _Wrong(f"{show(value)} is not {name}")
        if isinstance(value, str) and len(value) > MAX_STRING_LENGTH:
            raise _Wrong("a string beyond the limit")  # the limit walk names it, with its path
        if isinstance(value, int) and not -_INT_BOUND < value < _INT_BOUND:
            raise _Wrong("an integer beyond the limit")
        return value

    return structure


def _string(value: str) -> str:
    if len(value) > MAX_STRING_LENGTH:
        raise _Wrong("a string beyond the limit")
    return value


def structure_decimal(value: Any, _: Any) -> Decimal:
    if isinstance(value, float):
        raise _Wrong(f'{show(value)} is a float; write decimals as strings such as "0.9"')
    if isinstance(value, str):
        bounded_text(value)
    try:
        return to_decimal(value)
    except GovReportError:
        raise _Wrong(f"{show(value)} is not a decimal") from None


def structure_date(value: Any, _: Any) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Wrong(f'{show(value)} is not an ISO date such as "2024-03-31"')


def structure_document_number(value: Any, _: Any) -> DocumentNumber:
    if not isinstance(value, str):
        raise _Wrong(f'{show(value)} is not a document number such as "国办公开办函〔2021〕30号"')
    return DocumentNumber.parse(value)


def make_converter() -> cattrs.Converter:
    """A cattrs converter that reads and writes govreport's JSON format.

    Use it to embed reports in your own cattrs-structured data.

    >>> conv = make_converter()
    >>> conv.unstructure(Year(value=2022))
    {'value': 2022}
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)
    conv.register_structure_hook(str, _expect(str, "a string"))
    conv.register_structure_hook(int, _expect(int, "an integer"))
    conv.register_structure_hook(bool, _expect(bool, "true or false"))
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, structure_decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, structure_date)
    conv.register_unstructure_hook(DocumentNumber, str)
    conv.register_structure_hook(DocumentNumber, structure_document_number)
    conv.register_structure_hook_factory(_is_model, functools.partial(_listing_every_problem, conv))
    conv.register_structure_hook_factory(_is_sequence, functools.partial(_sequence, conv))

    def unstructure_text(value: Text) -> Any:
        if len(value.parts) == 1 and isinstance(value.parts[0], str):
            return value.parts[0]
        return [p if isinstance(p, str) else _tagged(conv, INLINE_TAGS, p) for p in value.parts]

    def structure_text(value: Any, _: Any) -> Text:
        if isinstance(value, str):
            return Text((_string(value),))
        if not isinstance(value, list):
            raise _Wrong(f"{show(value)} is not a text (a string or a list of parts)")
        parts = _each(
            value,
            lambda item: (
                _string(item) if isinstance(item, str) else _untag(conv, INLINE_TAGS, item)
            ),
            Text,
        )
        return Text(tuple(parts))

    conv.register_unstructure_hook(Text, unstructure_text)
    conv.register_structure_hook(Text, structure_text)
    for union, tags in ((Block, BLOCK_TAGS), (Relation, RELATION_TAGS)):
        conv.register_unstructure_hook(union, functools.partial(_tagged, conv, tags))
        conv.register_structure_hook(union, functools.partial(_untag_hook, conv, tags))
    conv.register_unstructure_hook(
        Inline, lambda v: v if isinstance(v, str) else _tagged(conv, INLINE_TAGS, v)
    )

    cell_content = Text | Metric | None

    def unstructure_content(value: Text | Metric | None) -> Any:
        if isinstance(value, Metric):
            return _tagged(conv, CELL_TAGS, value)
        return None if value is None else unstructure_text(value)

    def structure_content(value: Any, _: Any) -> Text | Metric | None:
        if value is None:
            return None
        if isinstance(value, dict):
            structured: Metric = _untag(conv, CELL_TAGS, value)
            return structured
        return structure_text(value, Text)

    conv.register_unstructure_hook(cell_content, unstructure_content)
    conv.register_structure_hook(cell_content, structure_content)
    # Cells are mostly plain: write a bare text or null when spans and flags are defaults.
    cell_fields = cattrs.gen.make_dict_unstructure_fn(Cell, conv, _cattrs_omit_if_default=True)
    cell_structure = cattrs.gen.make_dict_structure_fn(Cell, conv, _cattrs_forbid_extra_keys=True)

    def unstructure_cell(cell: Cell) -> Any:
        if (
            cell.rowspan == cell.colspan == 1
            and not cell.header
            and not isinstance(cell.content, Metric)
        ):
            return unstructure_content(cell.content)
        return cell_fields(cell)

    def structure_cell(value: Any, _: Any) -> Cell:
        if isinstance(value, Duplicated):
            raise _Wrong("a key written twice")  # the limit walk names it, with its path
        if isinstance(value, dict) and "type" not in value:
            return cell_structure(value, Cell)
        return Cell(content=structure_content(value, Cell))

    conv.register_unstructure_hook(Cell, unstructure_cell)
    conv.register_structure_hook(Cell, structure_cell)
    return conv


def _is_sequence(cls: Any) -> bool:
    args = typing.get_args(cls)
    return typing.get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis


def _sequence(conv: cattrs.Converter, cls: Any) -> Callable[[Any, Any], tuple[Any, ...]]:
    """A list where JSON has an array; an object or a string is not read as its keys or letters."""
    item = typing.get_args(cls)[0]

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise _Wrong(f"{show(value)} is not a list")
        return tuple(_each(value, lambda v: conv.structure(v, item), tuple))

    return structure


def _is_model(cls: Any) -> bool:
    return isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith("govreport.")


def _listing_every_problem(conv: cattrs.Converter, cls: type[Any]) -> Callable[[Any, Any], Any]:
    """cattrs' structuring function for *cls*, reporting every bad field, not just the first.

    attrs runs a class's validators in ``__init__`` and stops at the first that
    fails, and never runs them when a field could not be structured at all. So
    on any failure each remaining field is checked on its own, and a document
    with several bad values in one object hears about all of them.
    """
    base = cattrs.gen.make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    hints = typing.get_type_hints(cls)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _Wrong(f"{show(value)} is not an object")
        if isinstance(value, Duplicated):
            raise _Wrong("a key written twice")  # the limit walk names it, with its path
        try:
            return base(value, cls)
        except ClassValidationError as exc:
            # Fields cattrs could not structure are reported; the others never reached
            # their validators (or only the first did), so check those one by one.
            reported = {getattr(n, "name", None) for e in exc.exceptions for n in _notes(e)}
            found: list[Exception] = list(exc.exceptions)
            seen = {str(e) for e in found}
            for problem in _field_problems(conv, cls, hints, value, skip=reported):
                if str(problem) not in seen:
                    seen.add(str(problem))
                    found.append(problem)
            if len(found) == len(exc.exceptions):
                raise
            raise ClassValidationError(exc.message, found, cls) from None

    return structure


def _notes(exc: BaseException) -> tuple[object, ...]:
    return tuple(getattr(exc, "__notes__", ()))


def _field_problems(
    conv: cattrs.Converter,
    cls: type[Any],
    hints: Mapping[str, Any],
    value: Mapping[str, Any],
    *,
    skip: set[str | None],
) -> list[Exception]:
    problems: list[Exception] = []
    for field in attrs.fields(cls):
        if field.name not in value or field.name in skip:
            continue
        try:
            item = conv.structure(value[field.name], hints[field.name])
            if field.converter is not None:
                item = field.converter(item)
            if field.validator is not None:
                field.validator(None, field, item)
        except GovReportError as problem:
            problems.append(problem)
        except Exception:
            continue
    return problems


def _tagged(conv: cattrs.Converter, tags: Mapping[str, type[Any]], value: Any) -> dict[str, Any]:
    for tag, cls in tags.items():
        if type(value) is cls:
            return {"type": tag, **conv.unstructure(value, cls)}
    raise TypeError(f"cannot serialize {type(value).__name__}")


def _untag(conv: cattrs.Converter, tags: Mapping[str, type[Any]], value: Any) -> Any:
    if not isinstance(value, dict):
        raise _Wrong(f'{show(value)} is not an object with a "type" ({", ".join(tags)})')
    if isinstance(value, Duplicated):
        raise _Wrong("a key written twice")  # the limit walk names it, with its path
    tag = value.get("type")
    if not isinstance(tag, str) or tag not in tags:
        raise _Wrong(f"unknown type {show(tag)}; expected one of {', '.join(tags)}")
    body = {k: v for k, v in value.items() if k != "type"}
    return conv.structure(body, tags[tag])


def _untag_hook(conv: cattrs.Converter, tags: Mapping[str, type[Any]], value: Any, _: Any) -> Any:
    return _untag(conv, tags, value)


def _each(
    values: list[Any] | tuple[Any, ...], structure: Callable[[Any], _T], cls: type[Any]
) -> list[_T]:
    """Structure each item, collecting every failure with its index (cattrs' error shape)."""
    done: list[_T] = []
    errors: list[Exception] = []
    for index, item in enumerate(values):
        try:
            done.append(structure(item))
        except Exception as exc:  # collected and re-raised as a group below
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                IterableValidationNote(f"Structuring item @ index {index}", index, object),
            ]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {cls.__name__}", errors, cls)
    return done


def explain(exc: BaseException, path: str, cls: type[Any] | None = None) -> list[str | LimitError]:
    """Flatten a cattrs error tree into ``"message @ $.path"`` lines and limit errors.

    *cls* is set when *exc* was raised while building an instance of *cls*
    itself (an attrs validator in its ``__init__``), not by one of its fields.
    A :class:`LimitError` comes back as itself, with its JSON path filled in.
    """
    if isinstance(exc, ClassValidationError | IterableValidationError):
        lines: list[str | LimitError] = []
        for child in exc.exceptions:
            step = _step(child)
            owner = getattr(exc, "cl", None) if not step else None
            lines.extend(explain(child, path + step, owner))
        return lines
    if isinstance(exc, ForbiddenExtraKeysError):
        names = ", ".join(show(name) for name in sorted(exc.extra_fields))
        return [f"unknown field(s) {names} @ {path}"]
    if isinstance(exc, KeyError):
        return [f"required field missing @ {path}"]
    if isinstance(exc, GovReportError) and not isinstance(exc, _Wrong | StructureError):
        field = getattr(exc, "field", "")
        if cls is not None and attrs.has(cls) and field in attrs.fields_dict(cls):
            path = f"{path}.{field}"
    if isinstance(exc, LimitError):
        return [
            LimitError(exc.reason, limit=exc.limit, field=exc.field, value=exc.value, path=path)
        ]
    if isinstance(exc, GovReportError):
        return [f"{exc} @ {path}"]
    what = f"a {cls.__name__}" if cls is not None else "a valid value"
    return [f"not {what} @ {path}"]


def _step(exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        name = getattr(note, "name", None)
        if name is not None:
            return f".{name}"
        index = getattr(note, "index", None)
        if index is not None:
            return f"[{index}]"
    return ""
