"""Reading untrusted JSON within bounds: hostile documents cost little to load, render and check.

Time is not asserted (it flakes on a shared machine). Instead each hostile
document is loaded, rendered and checked under two deterministic meters:
tracemalloc's peak (the bound is 200 MB) and the number of Python function
calls (a bound proportional to the document's size). A value that would make
C code loop or allocate without limit (a colspan of 10^9, a figure of 10^9
digits) shows as memory; a quadratic walk shows as calls.
"""

from __future__ import annotations

import json
import sys
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport._json_input import (
    BadNumber,
    Duplicated,
    read_json,
    scan,
    show,
    writes_a_key_twice,
)

MB = 1_000_000


def _document(**fields: object) -> dict[str, Any]:
    return {"schema_version": 1, "title": "报告", "authority": "某乡", "year": 2023, **fields}


def _metric(id_: str, value: object, unit: str = "件") -> dict[str, Any]:
    return {
        "type": "metric",
        "id": id_,
        "label": "发文",
        "quantity": {"value": value, "unit": unit},
    }


def _paragraph(*parts: object) -> dict[str, Any]:
    return {"type": "paragraph", "text": list(parts)}


def _nested(depth: int, leaf: dict[str, Any], key: str) -> dict[str, Any]:
    for _ in range(depth):
        leaf = {**leaf, key: [leaf]}
    return leaf


# Each family makes a document from one size n. In the first, n is a value (a span,
# an exponent, a length) and the document stays small however large n is; in the
# second, n counts parts, and the document grows with it.
_VALUES: dict[str, Callable[[int], object]] = {
    "colspan": lambda n: _document(
        preamble=[{"type": "table", "rows": [[{"colspan": n}]]}],
    ),
    "rowspan": lambda n: _document(
        preamble=[{"type": "table", "rows": [[{"rowspan": n}], *[[None]] * min(n - 1, 1000)]}],
    ),
    "exponent": lambda n: _document(preamble=[_paragraph("共", _metric("a", f"1e{n}"))]),
    "negative exponent": lambda n: _document(preamble=[_paragraph("共", _metric("a", f"1e-{n}"))]),
    "digits": lambda n: _document(preamble=[_paragraph("共", _metric("a", "9" * n))]),
    "places": lambda n: _document(preamble=[_paragraph("共", _metric("a", "0." + "1" * n, ""))]),
    "string": lambda n: _document(authority="乡" * n),
    "paragraph": lambda n: _document(preamble=[_paragraph("字" * n)]),
    "offset": lambda n: _document(title=[{"type": "report_year", "offset": n}, "年度报告"]),
    "array nesting": lambda n: _deep('"extra": [', "[", n, '"x"'),
}
_COUNTS: dict[str, Callable[[int], object]] = {
    "deep sections": lambda n: _deep(
        '"sections": [', '{"title": "甲", "children": [', n, '{"title": "甲"}'
    ),
    "wide sections": lambda n: _document(
        sections=[_nested(3, {"title": "甲", "children": [{"title": "乙"}] * n}, "children")]
    ),
    "many sections": lambda n: _document(sections=[{"title": "甲"}] * n),
    "deep references": lambda n: _deep(
        '"preamble": [{"type": "paragraph", "text": [',
        '{"type": "reference", "title": [',
        n,
        '"甲"',
    ),
    "cells": lambda n: _document(
        preamble=[{"type": "table", "rows": [[str(i)] * 10 for i in range(n)]}]
    ),
    "wide row": lambda n: _document(preamble=[{"type": "table", "rows": [["甲"] * n]}]),
    "sums": lambda n: _document(
        preamble=[_paragraph(*(_metric(f"m{i}", i + 1) for i in range(n)))],
        relations=[
            {"type": "total", "total": f"m{i}", "parts": [f"m{j}" for j in range(i)]}
            for i in range(1, min(n, 60))
        ],
    ),
    "chained sums": lambda n: _document(
        preamble=[_paragraph(*(_metric(f"m{i}", i + 1) for i in range(n)))],
        relations=[
            {"type": "total", "total": f"m{i}", "parts": [f"m{i - 1}"]} for i in range(1, n)
        ],
    ),
    "terms": lambda n: _document(preamble=[_paragraph({"type": "terms", "items": ["甲"] * n})]),
}


def _deep(field: str, opening: str, depth: int, leaf: str) -> str:
    """JSON text nesting *opening* *depth* times in *field* (too deep for json.dumps)."""
    head = json.dumps(_document(), ensure_ascii=False)[:-1]
    return f"{head}, {field}{opening * depth}{leaf}{_closing(opening) * depth}{_closing(field)}}}"


def _closing(opening: str) -> str:
    return "".join("]" if c == "[" else "}" for c in reversed(opening) if c in "[{")


# The largest n whose document is still under 1 MB, where the document grows with n.
_FITS = {"digits": 999_000, "places": 999_000, "array nesting": 499_000}
_FITS |= {"string": 333_000, "paragraph": 333_000}

_HUGE = st.one_of(
    st.integers(1, 100),
    st.sampled_from([2**k for k in range(7, 64)] + [10**k for k in range(3, 19)]),
    st.integers(100, 400_000),
)


@st.composite
def _hostile(draw: st.DrawFn) -> tuple[str, int]:
    """A family and a size: values up to 10^18 (or what fits in 1 MB), counts up to 1,500."""
    family = draw(st.sampled_from(sorted(_VALUES) + sorted(_COUNTS)))
    if family not in _VALUES:
        return family, draw(st.integers(1, 1500))
    return family, min(draw(_HUGE), _FITS.get(family, 10**18))


def _text(family: str, size: int) -> str:
    made = (_VALUES.get(family) or _COUNTS[family])(size)
    text = made if isinstance(made, str) else json.dumps(made, ensure_ascii=False)
    assert len(text.encode()) < MB
    return text


@contextmanager
def _meters() -> Iterator[dict[str, int]]:
    """Count Python calls and the peak of traced memory while the block runs."""
    seen = {"calls": 0, "peak": 0}

    def count(frame: object, event: str, arg: object) -> None:
        if event == "call":
            seen["calls"] += 1

    tracemalloc.start()
    sys.setprofile(count)
    try:
        yield seen
    finally:
        sys.setprofile(None)
        seen["peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()


def _use(text: str) -> None:
    """Load, render to every built-in format and check, as the CLI would."""
    try:
        report = gr.from_json(text)
    except (gr.StructureError, gr.ValidationError):
        return
    for name in ("text", "markdown", "html"):
        gr.render(report, name)
    gr.check(report)


@settings(
    max_examples=settings.default.max_examples // 2,
    suppress_health_check=[HealthCheck.data_too_large],
)
@given(_hostile())
def test_hostile_documents_cost_little(case: tuple[str, int]) -> None:
    """No document under 1 MB takes 200 MB, or more than a dozen Python calls per byte."""
    text = _text(*case)
    with _meters() as seen:
        _use(text)
    assert seen["peak"] < 200 * MB
    assert seen["calls"] < 50_000 + 12 * len(text.encode()), seen["calls"]


def test_read_json_marks_what_it_will_not_convert() -> None:
    """Long numbers, NaN and repeated keys are kept as markers for a message with a path."""
    data = read_json('{"a": ' + "1" * 41 + ', "b": NaN, "c": {"d": 1, "d": 2}, "e": 1.5}')
    assert isinstance(data["a"], BadNumber)
    assert repr(data["a"]) == "<a number of 41 characters>"
    assert repr(data["b"]) == "NaN"
    assert isinstance(data["c"], Duplicated)
    assert data["c"].duplicates == ("d",)
    assert str(data["e"]) == "1.5"


def test_scan_names_every_problem_with_its_path() -> None:
    """The careful walk reports limits and unreadable values by path, without recursion."""
    data = read_json('{"a": [' + "1" * 41 + '], "b": {"x": NaN}, "s": "' + "字" * 100_001 + '"}')
    found = {p if isinstance(p, str) else (p.limit, p.path) for p in scan(data)}
    assert found == {
        ("MAX_NUMBER_LENGTH", "$.a[0]"),
        "NaN is not a number JSON allows @ $.b.x",
        ("MAX_STRING_LENGTH", "$.s"),
    }


def test_scan_refuses_huge_python_integers() -> None:
    """from_dict data built in Python is bounded the same way."""
    (problem,) = scan({"year": 10**50})
    assert not isinstance(problem, str)
    assert (problem.limit, problem.path) == ("MAX_NUMBER_LENGTH", "$.year")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("短", "'短'"),
        (list(range(100)), "[0, 1, 2, 3, ...]"),
        ([[[[1]]]], "[[[...]]]"),
    ],
)
def test_show_is_short(value: object, shown: str) -> None:
    """Values in messages are shortened, however large or deep."""
    assert show(value) == shown


@pytest.mark.parametrize(
    ("text", "twice"),
    [
        ('{"a": 1, "b": {"c": [{"d": 1, "d": 2}]}}', True),
        (b'{"a": {"a": {"a": 1}}}', False),
        ('{"a": "b:c", "d": ["e: f"]}', False),
        ('[{"a": 1}, {"a": 1}]', False),
        ('{"n": ' + "9" * 5000 + ', "n": 1}', True),  # numbers are left unread, however long
        ('{"x": NaN, "y": 1e999999}', False),
    ],
)
def test_writes_a_key_twice(text: str | bytes, twice: bool) -> None:
    """A key written twice in one object is found at any depth; the same key in two
    objects, or a colon inside a string, is not one."""
    assert writes_a_key_twice(text) is twice
