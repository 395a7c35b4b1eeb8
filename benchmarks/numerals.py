"""Speed of govreport.numerals against cn2an and ICU, in one run.

Run with ``python benchmarks/numerals.py`` (needs the ``bench`` extra: cn2an
and icu4py). Every implementation gets the same 20,000 random integers in
[0, 10**12) (seed 12345); parsers get the correct Chinese text for them, as
written by ``to_chinese``. Each measurement is the best of seven passes over
all numbers (passes interleaved across implementations), in microseconds
per call. ICU's ``MessageFormat`` is built once and reused (building it per
call is ~100x slower).

Targets: ``to_chinese`` at least 15x faster than cn2an's ``an2cn`` and at
least 2x faster than ICU's ``%spellout-cardinal``; ``from_chinese`` at least
15x faster than cn2an's strict ``cn2an``.
"""

from __future__ import annotations

import platform
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import cn2an  # type: ignore[import-untyped]
from icu4py.messageformat import MessageFormat

from govreport.numerals import from_chinese, to_chinese

COUNT = 20_000
SEED = 12345
PASSES = 7


def best_per_call(
    cases: dict[str, tuple[Callable[[Any], object], Sequence[Any]]],
) -> dict[str, float]:
    """Best-of-PASSES time of one call of each function, in microseconds.

    The passes are interleaved (every function once per pass), so a burst of
    load from other processes slows all implementations alike.
    """
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(PASSES):
        for name, (function, inputs) in cases.items():
            start = time.perf_counter()
            for item in inputs:
                function(item)
            best[name] = min(best[name], (time.perf_counter() - start) / len(inputs) * 1e6)
    return best


def main() -> int:
    """Measure, print a table and the targets; exit 1 if a target is missed."""
    rng = random.Random(SEED)
    numbers = [rng.randrange(10**12) for _ in range(COUNT)]
    texts = [to_chinese(n) for n in numbers]
    if [from_chinese(t) for t in texts] != numbers:
        raise SystemExit("from_chinese does not round-trip the benchmark numbers")
    icu = MessageFormat("{n,spellout,%spellout-cardinal}", "zh")

    def icu_format(n: int) -> object:
        return icu.format({"n": n})

    def cn2an_strict(text: str) -> object:
        return cn2an.cn2an(text, "strict")

    timings = best_per_call(
        {
            "to_chinese (govreport)": (to_chinese, numbers),
            "an2cn (cn2an)": (cn2an.an2cn, numbers),
            "%spellout-cardinal (ICU)": (icu_format, numbers),
            "from_chinese (govreport)": (from_chinese, texts),
            "cn2an strict (cn2an)": (cn2an_strict, texts),
        }
    )
    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{COUNT} random ints in [0, 10**12), seed {SEED}, best of {PASSES}"
    )
    for name, micros in timings.items():
        print(f"  {name:<26} {micros:7.3f} µs/call")
    ours_to = timings["to_chinese (govreport)"]
    ours_from = timings["from_chinese (govreport)"]
    targets = [
        ("to_chinese vs cn2an an2cn", timings["an2cn (cn2an)"] / ours_to, 15.0),
        ("to_chinese vs ICU", timings["%spellout-cardinal (ICU)"] / ours_to, 2.0),
        ("from_chinese vs cn2an strict", timings["cn2an strict (cn2an)"] / ours_from, 15.0),
    ]
    met = True
    for name, ratio, target in targets:
        ok = ratio >= target
        met &= ok
        print(
            f"  {name:<30} {ratio:6.1f}x faster (target {target:g}x: {'met' if ok else 'MISSED'})"
        )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
