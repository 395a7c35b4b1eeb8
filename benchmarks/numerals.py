"""Speed of govreport.numerals against cn2an and ICU, in one run.

Run with ``python benchmarks/numerals.py`` (needs the ``bench`` extra: cn2an
and icu4py). Every implementation gets the same 20,000 random integers in
[0, 10**12) (seed 12345); the decimal case divides the same integers by 100
(Decimals with two places, as amounts are written); parsers get the correct
Chinese text for the integers, as written by ``to_chinese``. ICU's
``MessageFormat`` is built once and reused (building it per call is ~100x
slower).

A run times every case in interleaved passes (every function once per pass,
so a burst of load from other processes slows all implementations alike) and
keeps each case's best pass. Times are process CPU time, as in
``benchmarks/parse.py``: on a shared machine, wall time also counts the time
the process waits for a core. The script makes five runs and judges the
targets on the fastest run of each case, in microseconds per call; it also
prints the range of each ratio over the five runs.

Targets: ``to_chinese`` at least 15x faster than cn2an's ``an2cn`` and at
least 2x faster than ICU's ``%spellout-cardinal``, on integers and on
Decimals with two places; ``from_chinese`` at least 15x faster than cn2an's
strict ``cn2an``.
"""

from __future__ import annotations

import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import cn2an  # type: ignore[import-untyped]
from icu4py.messageformat import MessageFormat

from govreport.numerals import from_chinese, to_chinese

COUNT = 20_000
SEED = 12345
RUNS = 5
PASSES = 3

Cases = dict[str, tuple[Callable[[Any], object], Sequence[Any]]]


def best_per_call(cases: Cases) -> dict[str, float]:
    """Best-of-PASSES CPU time of one call of each function, in microseconds (one run)."""
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(PASSES):
        for name, (function, inputs) in cases.items():
            start = time.process_time()
            for item in inputs:
                function(item)
            best[name] = min(best[name], (time.process_time() - start) / len(inputs) * 1e6)
    return best


def main() -> int:
    """Measure, print a table and the targets; exit 1 if a target is missed."""
    rng = random.Random(SEED)
    numbers = [rng.randrange(10**12) for _ in range(COUNT)]
    decimals = [Decimal(n).scaleb(-2) for n in numbers]
    texts = [to_chinese(n) for n in numbers]
    if [from_chinese(t) for t in texts] != numbers:
        raise SystemExit("from_chinese does not round-trip the benchmark numbers")
    icu = MessageFormat("{n,spellout,%spellout-cardinal}", "zh")

    def icu_format(n: int | Decimal) -> object:
        return icu.format({"n": n})

    def cn2an_strict(text: str) -> object:
        return cn2an.cn2an(text, "strict")

    cases: Cases = {
        "to_chinese (govreport)": (to_chinese, numbers),
        "an2cn (cn2an)": (cn2an.an2cn, numbers),
        "%spellout-cardinal (ICU)": (icu_format, numbers),
        "to_chinese Decimal (govreport)": (to_chinese, decimals),
        "%spellout-cardinal Decimal (ICU)": (icu_format, decimals),
        "from_chinese (govreport)": (from_chinese, texts),
        "cn2an strict (cn2an)": (cn2an_strict, texts),
    }
    targets = [
        ("to_chinese vs cn2an an2cn", "an2cn (cn2an)", "to_chinese (govreport)", 15.0),
        ("to_chinese vs ICU", "%spellout-cardinal (ICU)", "to_chinese (govreport)", 2.0),
        (
            "to_chinese Decimal vs ICU",
            "%spellout-cardinal Decimal (ICU)",
            "to_chinese Decimal (govreport)",
            2.0,
        ),
        ("from_chinese vs cn2an strict", "cn2an strict (cn2an)", "from_chinese (govreport)", 15.0),
    ]
    runs = [best_per_call(cases) for _ in range(RUNS)]
    fastest = {name: min(run[name] for run in runs) for name in cases}
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {COUNT} random ints in "
        f"[0, 10**12) and the same / 100 as Decimals, seed {SEED}; "
        f"CPU time, fastest of {RUNS} runs (each the best of {PASSES} passes)"
    )
    for name, micros in fastest.items():
        print(f"  {name:<34} {micros:7.3f} µs/call")
    met = True
    for label, theirs, ours, target in targets:
        ratio = fastest[theirs] / fastest[ours]
        each = [run[theirs] / run[ours] for run in runs]
        ok = ratio >= target
        met &= ok
        print(
            f"  {label:<30} {ratio:6.1f}x faster (runs {min(each):.1f}x-{max(each):.1f}x; "
            f"target {target:g}x: {'met' if ok else 'MISSED'})"
        )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
