"""Time loading and writing JSON reports, against the json module on the same document.

Usage: ``python benchmarks/serialization.py [--number N] [--repeat R]``

The report is ``examples/lutang_2023.py`` (module-level ``report``), the township
report of about 10 kB of text, or a generated report of similar size when the
example is missing. In CPU time of this process, R turns of N calls each:

- ``from_json(text)`` against ``json.loads(text, parse_float=Decimal)``, the
  floor of any loader that keeps decimals exact;
- ``to_json(report)`` against ``json.dumps(to_dict(report))`` with the same
  options, at the default ``indent=2`` and at ``indent=None``.

Ours and the peer take turns, and the ratio printed is the median of the
turns' ratios, so a drift in the machine's speed during the run touches both
alike (the times printed are each one's best turn).

Then two floors, against the same ``json.loads``: parsing and then building
the report's objects with their constructors (the validation every report
gets, without reading the parsed document at all); and parsing and then
creating the objects with no validation (``object.__new__`` and a ``setattr``
per field), which no loader of this model can go below.

Targets (issue 17): ``from_json`` at most 4x ``json.loads``; ``to_json`` at most
1.5x ``json.dumps`` of ``to_dict`` (at the default indent).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import attrs
from render import load_report, paired  # the same report and timer as the render benchmark

import govreport as gr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=31)
    args = parser.parse_args(argv)
    report, source = load_report()
    text = gr.to_json(report)
    assert gr.from_json(text) == report
    print(f"report: {source}; JSON {len(text.encode())} bytes")

    def ratio(label: str, ours: Callable[[], object], peer: Callable[[], object]) -> float:
        mine, theirs, times = paired(ours, peer, args.number, args.repeat)
        print(f"{label:<34} {mine * 1e6:>9.1f}µs {theirs * 1e6:>9.1f}µs {times:>6.2f}x")
        return times

    print(f"{'call (against peer)':<34} {'ours':>11} {'peer':>11} {'ratio':>7}")

    def peer_load() -> object:
        return json.loads(text, parse_float=Decimal)

    loading = ratio("from_json (json.loads)", lambda: gr.from_json(text), peer_load)
    dump = ratio(
        "to_json (json.dumps of to_dict)",
        lambda: gr.to_json(report),
        lambda: json.dumps(gr.to_dict(report), ensure_ascii=False, indent=2),
    )
    ratio(
        "to_json indent=None (same)",
        lambda: gr.to_json(report, indent=None),
        lambda: json.dumps(gr.to_dict(report), ensure_ascii=False),
    )
    for name, value, target in (("from_json", loading, 4.0), ("to_json", dump, 1.5)):
        verdict = "meets" if value <= target else "MISSES"
        print(f"{name}: {value:.2f}x, {verdict} the {target}x target")

    print("\nfloors of loading, against json.loads:")
    plan = _construction_plan(report)
    ratio("parse, then the constructors", lambda: (peer_load(), _construct(plan)), peer_load)
    ratio("parse, then bare objects", lambda: (peer_load(), _create(plan)), peer_load)
    return 0


_Plan = list[tuple[type[Any], dict[str, Any]]]


def _construction_plan(report: gr.Report) -> _Plan:
    """Every model object of *report* below the report itself, children first, with its fields."""
    plan: _Plan = []

    def visit(value: object) -> None:
        if attrs.has(type(value)):
            fields = {f.name: getattr(value, f.name) for f in attrs.fields(type(value))}
            for item in fields.values():
                visit(item)
            plan.append((type(value), fields))
        elif isinstance(value, tuple):
            for item in value:
                visit(item)

    visit(report)
    return [(cls, fields) for cls, fields in plan if cls is not gr.Report]


def _construct(plan: _Plan) -> None:
    for cls, fields in plan:
        cls(**fields)


def _create(plan: _Plan) -> None:
    setattr_ = object.__setattr__
    for cls, fields in plan:
        made = cls.__new__(cls)
        for name, value in fields.items():
            setattr_(made, name, value)


if __name__ == "__main__":
    sys.exit(main())
