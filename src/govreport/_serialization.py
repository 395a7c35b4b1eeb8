"""Lossless JSON for reports, through cattrs.

The JSON document is the report's fields plus ``"schema_version"``:

- decimals are strings (``"0.9"``), so no figure passes through a float;
- dates are ISO 8601 strings; document numbers are their written form;
- a :class:`~govreport.Text` is a string when it is plain prose, otherwise a
  list of strings and tagged objects (``{"type": "metric", ...}``);
- blocks, inline figures, relations and cell contents carry a ``"type"`` tag;
- fields at their default are omitted; Chinese is written unescaped.

Malformed input raises one :class:`~govreport.exceptions.StructureError` listing every
problem with its JSON path. cattrs reports an attrs validator failure as a
generic "invalid value" at the class's path, so :func:`_explain` walks the
error tree itself, keeping govreport's own messages and adding the field name.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
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
from ._numbers import to_decimal
from ._quantity import Metric
from ._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from ._report import Report
from ._text import DocumentNumber, DocumentReference, Inline, ReportYear, Terms, Text, Year
from .exceptions import GovReportError, StructureError
from .validators import instance_of

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

SCHEMA_VERSION: Final = 1
"""The version of the JSON format written by :func:`to_json`."""

_T = TypeVar("_T")

_BLOCK_TAGS: Final[dict[str, type[Any]]] = {
    "paragraph": Paragraph,
    "points": Points,
    "commitment": Commitment,
    "table": Table,
}
_INLINE_TAGS: Final[dict[str, type[Any]]] = {
    "metric": Metric,
    "year": Year,
    "report_year": ReportYear,
    "terms": Terms,
    "reference": DocumentReference,
}
_RELATION_TAGS: Final[dict[str, type[Any]]] = {
    "total": Total,
    "rate": Rate,
    "share": Share,
    "count": DeclaredCount,
    "change": Change,
}
_CELL_TAGS: Final[dict[str, type[Any]]] = {"metric": Metric}


class _Wrong(GovReportError, ValueError):
    """A leaf problem whose message is complete as it stands."""


def _expect(kind: type[_T], name: str) -> Callable[[Any, Any], _T]:
    def structure(value: Any, _: Any) -> _T:
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            raise _Wrong(f"{value!r} is not {name}")
        return value

    return structure


def _decimal(value: Any, _: Any) -> Decimal:
    if isinstance(value, float):
        raise _Wrong(f'{value!r} is a float; write decimals as strings such as "0.9"')
    try:
        return to_decimal(value)
    except GovReportError:
        raise _Wrong(f"{value!r} is not a decimal") from None


def _date(value: Any, _: Any) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _Wrong(f'{value!r} is not an ISO date such as "2024-03-31"')


def _document_number(value: Any, _: Any) -> DocumentNumber:
    if not isinstance(value, str):
        raise _Wrong(f'{value!r} is not a document number such as "国办公开办函〔2021〕30号"')
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
    conv.register_structure_hook(Decimal, _decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _date)
    conv.register_unstructure_hook(DocumentNumber, str)
    conv.register_structure_hook(DocumentNumber, _document_number)
    conv.register_structure_hook_factory(_is_model, functools.partial(_listing_every_problem, conv))

    def unstructure_text(value: Text) -> Any:
        if len(value.parts) == 1 and isinstance(value.parts[0], str):
            return value.parts[0]
        return [p if isinstance(p, str) else _tagged(conv, _INLINE_TAGS, p) for p in value.parts]

    def structure_text(value: Any, _: Any) -> Text:
        if isinstance(value, str):
            return Text((value,))
        if not isinstance(value, list):
            raise _Wrong(f"{value!r} is not a text (a string or a list of parts)")
        parts = _each(
            value,
            lambda item: item if isinstance(item, str) else _untag(conv, _INLINE_TAGS, item),
            Text,
        )
        return Text(tuple(parts))

    conv.register_unstructure_hook(Text, unstructure_text)
    conv.register_structure_hook(Text, structure_text)
    for union, tags in ((Block, _BLOCK_TAGS), (Relation, _RELATION_TAGS)):
        conv.register_unstructure_hook(union, functools.partial(_tagged, conv, tags))
        conv.register_structure_hook(union, functools.partial(_untag_hook, conv, tags))
    conv.register_unstructure_hook(
        Inline, lambda v: v if isinstance(v, str) else _tagged(conv, _INLINE_TAGS, v)
    )

    cell_content = Text | Metric | None

    def unstructure_content(value: Text | Metric | None) -> Any:
        if isinstance(value, Metric):
            return _tagged(conv, _CELL_TAGS, value)
        return None if value is None else unstructure_text(value)

    def structure_content(value: Any, _: Any) -> Text | Metric | None:
        if value is None:
            return None
        if isinstance(value, dict):
            structured: Metric = _untag(conv, _CELL_TAGS, value)
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
        if isinstance(value, dict) and "type" not in value:
            return cell_structure(value, Cell)
        return Cell(content=structure_content(value, Cell))

    conv.register_unstructure_hook(Cell, unstructure_cell)
    conv.register_structure_hook(Cell, structure_cell)
    return conv


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
        try:
            return base(value, cls)
        except ClassValidationError as exc:
            if not isinstance(value, Mapping):
                raise
            # Fields cattrs could not structure are reported; the others never reached
            # their validators (or only the first did), so check those one by one.
            reported = {getattr(n, "name", None) for e in exc.exceptions for n in _notes(e)}
            found: dict[str, Exception] = {str(e): e for e in exc.exceptions}
            for problem in _field_problems(conv, cls, hints, value, skip=reported):
                found.setdefault(str(problem), problem)
            if len(found) == len(exc.exceptions):
                raise
            raise ClassValidationError(exc.message, list(found.values()), cls) from None

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
        raise _Wrong(f'{value!r} is not an object with a "type" ({", ".join(tags)})')
    tag = value.get("type")
    if not isinstance(tag, str) or tag not in tags:
        raise _Wrong(f"unknown type {tag!r}; expected one of {', '.join(tags)}")
    body = {k: v for k, v in value.items() if k != "type"}
    return conv.structure(body, tags[tag])


def _untag_hook(conv: cattrs.Converter, tags: Mapping[str, type[Any]], value: Any, _: Any) -> Any:
    return _untag(conv, tags, value)


def _each(values: list[Any], structure: Callable[[Any], _T], cls: type[Any]) -> list[_T]:
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


@functools.cache
def _conv() -> cattrs.Converter:
    return make_converter()


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, with ``"schema_version"`` first.

    >>> import govreport as gr
    >>> gr.to_dict(gr.Report(title="报告", authority="某乡人民政府", year=2023))
    {'schema_version': 1, 'title': '报告', 'authority': '某乡人民政府', 'year': 2023}
    """
    instance_of(Report).check("report", report)
    data: dict[str, Any] = _conv().unstructure(report, Report)
    return {"schema_version": SCHEMA_VERSION, **data}


def from_dict(data: Mapping[str, Any]) -> Report:
    """Build a report from :func:`to_dict` data, validating everything.

    Raises:
        StructureError: listing every problem with its JSON path.

    >>> import govreport as gr
    >>> gr.from_dict({"schema_version": 1, "title": "报告", "authority": "某乡", "year": 1900})
    Traceback (most recent call last):
    ...
    govreport.exceptions.StructureError: invalid report data:
      'year' must be in [1949, 2100] (got 1900) @ $.year
    """
    if not isinstance(data, Mapping):
        raise StructureError([f"expected an object, got {type(data).__name__} @ $"])
    body = dict(data)
    version = body.pop("schema_version", None)
    if version != SCHEMA_VERSION:
        raise StructureError(
            [f"'schema_version' must be {SCHEMA_VERSION} (got {version!r}) @ $.schema_version"]
        )
    try:
        report: Report = _conv().structure(body, Report)
    except Exception as exc:  # every failure is reported, with its path
        raise StructureError(_explain(exc, "$", None)) from exc
    return report


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 Chinese, unescaped).

    >>> import govreport as gr
    >>> print(gr.to_json(gr.Report(title="报告", authority="某乡人民政府", year=2023), indent=None))
    {"schema_version": 1, "title": "报告", "authority": "某乡人民政府", "year": 2023}
    """
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> Report:
    """Read a report written by :func:`to_json`.

    Raises:
        StructureError: the text is not JSON, or not a valid report; every
            problem is listed with its JSON path.

    >>> import govreport as gr
    >>> gr.from_json('{"schema_version": 1, "title": "报告", "authority": "某乡", "year": "2023"}')
    Traceback (most recent call last):
    ...
    govreport.exceptions.StructureError: invalid report data:
      '2023' is not an integer @ $.year
    """
    instance_of(str, bytes, bytearray).check("text", text)
    try:
        data = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise StructureError([f"not valid JSON: {exc} @ $"]) from None
    return from_dict(data)


def _explain(exc: BaseException, path: str, cls: type[Any] | None) -> list[str]:
    """Flatten a cattrs error tree into ``"message @ $.path"`` lines.

    *cls* is set when *exc* was raised while building an instance of *cls*
    itself (an attrs validator in its ``__init__``), not by one of its fields.
    """
    if isinstance(exc, ClassValidationError | IterableValidationError):
        lines: list[str] = []
        for child in exc.exceptions:
            step = _step(child)
            owner = getattr(exc, "cl", None) if not step else None
            lines.extend(_explain(child, path + step, owner))
        return lines
    if isinstance(exc, ForbiddenExtraKeysError):
        return [f"unknown field(s) {', '.join(sorted(exc.extra_fields))} @ {path}"]
    if isinstance(exc, KeyError):
        return [f"required field missing @ {path}"]
    if isinstance(exc, GovReportError) and not isinstance(exc, _Wrong | StructureError):
        field = getattr(exc, "field", "")
        if cls is not None and attrs.has(cls) and field in attrs.fields_dict(cls):
            path = f"{path}.{field}"
    if isinstance(exc, GovReportError):
        return [f"{exc} @ {path}"]
    return [f"{type(exc).__name__}: {exc} @ {path}"]


def _step(exc: BaseException) -> str:
    for note in getattr(exc, "__notes__", ()):
        name = getattr(note, "name", None)
        if name is not None:
            return f".{name}"
        index = getattr(note, "index", None)
        if index is not None:
            return f"[{index}]"
    return ""
