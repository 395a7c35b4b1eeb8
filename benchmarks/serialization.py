"""Time loading and writing JSON reports, against the json module on the same document.

Usage: ``python benchmarks/serialization.py [--number N] [--repeat R]``

The report is ``examples/lutang_2023.py`` (module-level ``report``), the township
report of about 10 kB of text, or a generated report of similar size when the
example is missing. Per call, in CPU time of this process, best of R runs of N:

- ``from_json(text)`` against ``json.loads(text, parse_float=Decimal)``, the
  floor of any loader that keeps decimals exact;
- ``to_json(report)`` against ``json.dumps(to_dict(report))`` with the same
  options, at the default ``indent=2`` and at ``indent=None``.

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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render import best, load_report  # the same report and timer as the render benchmark

import govreport as gr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args(argv)
    report, source = load_report()
    text = gr.to_json(report)
    assert gr.from_json(text) == report
    print(f"report: {source}; JSON {len(text.encode())} bytes")

    def ratio(label: str, ours: Callable[[], object], peer: Callable[[], object]) -> float:
        mine = best(ours, args.number, args.repeat)
        theirs = best(peer, args.number, args.repeat)
        print(f"{label:<34} {mine * 1e6:>9.1f}µs {theirs * 1e6:>9.1f}µs {mine / theirs:>6.2f}x")
        return mine / theirs

    print(f"{'call (against peer)':<34} {'ours':>11} {'peer':>11} {'ratio':>7}")
    load = ratio(
        "from_json (json.loads)",
        lambda: gr.from_json(text),
        lambda: json.loads(text, parse_float=Decimal),
    )
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
    for name, value, target in (("from_json", load, 4.0), ("to_json", dump, 1.5)):
        verdict = "meets" if value <= target else "MISSES"
        print(f"{name}: {value:.2f}x, {verdict} the {target}x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
