"""Lossless JSON for reports: :func:`to_json`, :func:`from_json` and their dict forms.

The JSON document is the report's fields plus ``"schema_version"``:

- decimals are strings (``"0.9"``), so no figure passes through a float;
- dates are ISO 8601 strings; document numbers are their written form;
- a :class:`~govreport.Text` is a string when it is plain prose, otherwise a
  list of strings and tagged objects (``{"type": "metric", ...}``);
- blocks, inline figures, relations and cell contents carry a ``"type"`` tag;
- fields at their default are omitted; Chinese is written unescaped.

A document is read by the fast path (:mod:`._fast_load`) when it is one the
fast path reads, which a document written by :func:`to_json` always is.
Anything else is read by the cattrs converter (:mod:`._converter`), which
refuses any value beyond a limit. When it fails, the document is walked for
limits and unreadable values (:mod:`._json_input`), which are reported first
and precisely; otherwise the converter's errors list every problem with its
JSON path. So bad input raises :class:`~govreport.exceptions.LimitError` (a
value beyond a documented limit) or :class:`~govreport.exceptions.StructureError`
(everything else), and nothing else.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final

import cattrs

from ._converter import explain, make_converter
from ._fast_load import Unexpected, load
from ._json_input import Duplicated, read_json, scan, show, writes_a_key_twice
from ._report import Report
from .exceptions import LimitError, StructureError
from .validators import instance_of

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

SCHEMA_VERSION: Final = 1
"""The version of the JSON format written by :func:`to_json`."""


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


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
        LimitError: a value is beyond one of the documented limits (the
            message names the limit and the JSON path).
        StructureError: anything else, listing every problem with its JSON path.

    >>> import govreport as gr
    >>> gr.from_dict({"schema_version": 1, "title": "报告", "authority": "某乡", "year": 1900})
    Traceback (most recent call last):
    ...
    govreport.exceptions.StructureError: invalid report data:
      'year' must be in [1949, 2100] (got 1900) @ $.year
    """
    if not isinstance(data, Duplicated):
        try:
            return load(data, version=SCHEMA_VERSION)[0]
        except Unexpected:  # the converter reads it, and says what is wrong
            pass
    return _convert(data)


def _convert(data: Mapping[str, Any]) -> Report:
    if not isinstance(data, Mapping):
        raise StructureError([f"expected an object, got {type(data).__name__} @ $"])
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise StructureError(
            [f"'schema_version' must be {SCHEMA_VERSION} (got {show(version)}) @ $.schema_version"]
        )
    body = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        if isinstance(data, Duplicated):
            raise StructureError(["a key written twice @ $"])  # said precisely below
        report: Report = _conv().structure(body, Report)
    except Exception as exc:  # every failure is reported, with its path
        # Limits and unreadable values first, found by a walk that cannot recurse too deep.
        problems = list(scan(data))
        for problem in problems:
            if isinstance(problem, LimitError):
                raise problem from None
        lines = [str(p) for p in problems] or explain(exc, "$")
        for line in lines:
            if isinstance(line, LimitError):
                raise line from None
        raise StructureError([str(line) for line in lines]) from None
    return report


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 Chinese, unescaped).

    A lone surrogate, which no encoding can write, is written as a ``\\udXXX``
    escape, so the text can be saved and reads back the same.

    >>> import govreport as gr
    >>> print(gr.to_json(gr.Report(title="报告", authority="某乡人民政府", year=2023), indent=None))
    {"schema_version": 1, "title": "报告", "authority": "某乡人民政府", "year": 2023}
    """
    text = json.dumps(to_dict(report), ensure_ascii=False, indent=indent)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: JSON can still write it, escaped
            text = _SURROGATE.sub(lambda found: f"\\u{ord(found[0]):04x}", text)
    return text


def from_json(text: str | bytes) -> Report:
    """Read a report written by :func:`to_json`.

    Raises:
        LimitError: a value is beyond one of the documented limits (the
            message names the limit and the JSON path).
        StructureError: the text is not JSON, or not a valid report; every
            problem is listed with its JSON path.

    >>> import govreport as gr
    >>> gr.from_json('{"schema_version": 1, "title": "报告", "authority": "某乡", "year": "2023"}')
    Traceback (most recent call last):
    ...
    govreport.exceptions.StructureError: invalid report data:
      '2023' is not an integer @ $.year
    """
    instance_of(str, bytes, bytearray).check("text", text)  # a caller's mistake, not bad data
    try:
        report, keys = load(json.loads(text, parse_float=Decimal), version=SCHEMA_VERSION)
    except (ValueError, RecursionError, Unexpected):  # not JSON, or not one the fast path reads
        return _convert(read_json(text))
    colons = text.count(":") if isinstance(text, str) else text.count(b":")
    if colons != keys and writes_a_key_twice(text):
        return _convert(read_json(text))
    return report
