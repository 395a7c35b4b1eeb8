"""Reading untrusted JSON within bounds: numbers, strings, nesting and duplicate keys.

:func:`read_json` parses with hooks that cost nothing on good input and leave
a marker where input is bad (a number too long to convert, ``NaN``, an object
with a key written twice), so that the problem can later be reported with its
JSON path. :func:`scan` finds those markers, and every value beyond a
documented limit, by walking the data without recursion.
"""

from __future__ import annotations

import json
import reprlib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, Final

from .exceptions import LimitError, StructureError
from .validators import (
    MAX_JSON_DEPTH,
    MAX_NUMBER_LENGTH,
    MAX_SECTION_DEPTH,
    MAX_STRING_LENGTH,
    instance_of,
)

__all__ = ["BadNumber", "Duplicated", "read_json", "scan", "show", "writes_a_key_twice"]

_INT_BOUND: Final = 10**MAX_NUMBER_LENGTH


class BadNumber:
    """Stands where the JSON has a number govreport will not convert: too long, or NaN/Infinity."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        if len(self.text) > MAX_NUMBER_LENGTH:
            return f"<a number of {len(self.text)} characters>"
        return self.text


class Duplicated(dict[str, Any]):
    """An object in which some key was written more than once (the last value is kept)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    marked = Duplicated(obj)
    seen: set[str] = set()
    twice: list[str] = []
    for key, _ in pairs:
        if key in seen and key not in twice:
            twice.append(key)
        seen.add(key)
    marked.duplicates = tuple(twice)
    return marked


def _int(text: str) -> int | BadNumber:
    return int(text) if len(text) <= MAX_NUMBER_LENGTH else BadNumber(text)


def _decimal(text: str) -> Decimal | BadNumber:
    return Decimal(text) if len(text) <= MAX_NUMBER_LENGTH else BadNumber(text)


def read_json(text: str | bytes | bytearray) -> Any:
    """Parse JSON text, refusing what is not JSON with a :class:`StructureError`.

    >>> read_json('{"a": 1, "a": 2}').duplicates
    ('a',)
    """
    instance_of(str, bytes, bytearray).check("text", text)  # a caller's mistake, not bad data
    try:
        return json.loads(
            text,
            parse_float=_decimal,
            parse_int=_int,
            parse_constant=BadNumber,
            object_pairs_hook=_pairs,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise StructureError([f"not valid JSON at {where}: {exc.msg} @ $"]) from None
    except UnicodeDecodeError as exc:
        raise StructureError([f"not valid UTF-8 at byte {exc.start} @ $"]) from None
    except RecursionError:
        raise LimitError(
            f"the document nests deeper than {MAX_JSON_DEPTH} levels",
            limit="MAX_JSON_DEPTH",
            path="$",
        ) from None


class _Twice(Exception):
    pass


def _refuse_twice(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = _pairs(pairs)
    if isinstance(obj, Duplicated):
        raise _Twice
    return obj


def writes_a_key_twice(text: str | bytes | bytearray) -> bool:
    """Whether the JSON *text* writes some key twice in one object (JSON itself allows it).

    Numbers are left unread, so any JSON *text* is answered.

    >>> writes_a_key_twice('{"a": {"b": 1, "b": 2}}'), writes_a_key_twice('{"a": "b:c"}')
    (True, False)
    """
    try:
        json.loads(text, object_pairs_hook=_refuse_twice, parse_int=str, parse_float=str)
    except _Twice:
        return True
    return False


_SHOW: Final = reprlib.Repr()
_SHOW.maxlevel, _SHOW.maxstring, _SHOW.maxother, _SHOW.maxlist, _SHOW.maxdict = 2, 40, 40, 4, 4


def show(value: object) -> str:
    """A short repr of *value* for messages, however large or deep it is.

    >>> show("甲" * 100)
    "'甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲...甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲'"
    """
    return _SHOW.repr(value)


def scan(data: Mapping[str, Any]) -> Iterator[LimitError | str]:
    """Every value of *data* beyond a limit (as a :class:`LimitError`) or unreadable (a line).

    The walk is iterative, and stops descending past :data:`MAX_JSON_DEPTH`.
    Sections are counted as they nest, so a section deeper than
    :data:`MAX_SECTION_DEPTH` is refused before any of it is built.
    """
    stack: list[tuple[object, str, int, int]] = [(data, "$", 1, 0)]
    while stack:
        value, path, depth, level = stack.pop()
        if depth > MAX_JSON_DEPTH:
            yield LimitError(
                f"the document nests deeper than {MAX_JSON_DEPTH} levels",
                limit="MAX_JSON_DEPTH",
                path=path,
            )
            continue
        if isinstance(value, str):
            if len(value) > MAX_STRING_LENGTH:
                yield LimitError(
                    f"a string may hold at most {MAX_STRING_LENGTH} characters (got {len(value)})",
                    limit="MAX_STRING_LENGTH",
                    path=path,
                )
        elif isinstance(value, BadNumber):
            if len(value.text) > MAX_NUMBER_LENGTH:
                yield LimitError(
                    f"a number may be written in at most {MAX_NUMBER_LENGTH} characters "
                    f"(got {len(value.text)})",
                    limit="MAX_NUMBER_LENGTH",
                    path=path,
                )
            else:
                yield f"{value.text} is not a number JSON allows @ {path}"
        elif isinstance(value, int) and not -_INT_BOUND < value < _INT_BOUND:
            yield LimitError(
                f"an integer may have at most {MAX_NUMBER_LENGTH} digits",
                limit="MAX_NUMBER_LENGTH",
                path=path,
            )
        elif isinstance(value, Mapping):
            if isinstance(value, Duplicated):
                names = ", ".join(show(k) for k in value.duplicates)
                yield f"key(s) {names} written more than once @ {path}"
            for key, item in value.items():
                if not isinstance(key, str) or len(key) > MAX_STRING_LENGTH:
                    continue  # an unknown field, reported as such
                here = level
                if key in ("sections", "children") and isinstance(item, list) and item:
                    here = level + 1
                    if here > MAX_SECTION_DEPTH:
                        yield LimitError(
                            f"sections nest at most {MAX_SECTION_DEPTH} levels deep "
                            "(一、 （一） 1. （1） ① a.)",
                            limit="MAX_SECTION_DEPTH",
                            path=f"{path}.{key}",
                        )
                        continue
                stack.append((item, f"{path}.{key}", depth + 1, here))
        elif isinstance(value, list | tuple):
            stack.extend((item, f"{path}[{i}]", depth + 1, level) for i, item in enumerate(value))
