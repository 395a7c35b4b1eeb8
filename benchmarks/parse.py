"""Speed of importing the seed report from plain text.

Run with ``python benchmarks/parse.py`` (no extra dependencies). It parses
``tests/data/lutang_2023.txt`` (the seed, 3,447 characters, 10 KB in UTF-8)
with :func:`govreport.parse_text`: lines, headings, titles, points,
every figure (each checked against the quantity formatter), years,
references, relations and the frozen model. The first call, which compiles
the pattern and loads the modules, is not timed; each measurement is the
best of several repeats of many calls, as process CPU time and as wall time.
The machine is shared, so CPU time is judged against the target; on an idle
machine the two agree. For scale, the script also times rendering the
parsed report back to text and splitting the text into lines.

Growth: the seed's body repeated 10 and 100 times under its header (a report
of 34,000 and 345,000 characters) is parsed too, and the time per character
is compared with the seed's: linear growth keeps the ratios near 1.

Word files: with python-docx installed (``govreport[docx]``), the script also
times :func:`govreport.parse_docx` on a typical 10-page report: the seed's
sections followed by those of ``examples/info_disclosure_2023.py`` (its
four tables, 15 columns at most, with merged header cells), rendered with the
docx renderer: 13.5 KB, 5,400 characters of text, 10 pages when LibreOffice
lays it out. For scale, parse_text is timed on the same report's text, whose
tables are tab-separated lines it leaves as prose.

Target: under 5 ms per parse of the seed; per-character time at 100× within
2× of the seed's; under 100 ms per parse of the 10-page Word file.
"""

from __future__ import annotations

import argparse
import importlib.util
import runpy
import sys
import time
from collections.abc import Callable
from pathlib import Path

import govreport as gr
from govreport.importers import parse_text
from govreport.renderers import render

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "lutang_2023.txt"
TARGET_MS = 5.0
GROWTH_LIMIT = 2.0
TARGET_DOCX_MS = 100.0


def best(call: Callable[[], object], number: int, repeat: int) -> tuple[float, float]:
    """Best (CPU, wall) milliseconds per call over *repeat* runs of *number* calls."""
    cpu = wall = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(number):
            call()
        cpu = min(cpu, (time.process_time() - start_cpu) * 1000 / number)
        wall = min(wall, (time.perf_counter() - start) * 1000 / number)
    return cpu, wall


def main(argv: list[str] | None = None) -> int:
    """Time parse_text on the seed and print the ratio to the target."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--number", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    text = SEED.read_text(encoding="utf-8")
    report = parse_text(text)  # warm up: compile the pattern, import the modules
    metrics = len(report.metrics())
    print(
        f"seed: {len(text)} characters ({len(text.encode())} bytes), "
        f"{metrics} metrics, {len(report.relations)} relations"
    )
    cpu, wall = best(lambda: parse_text(text), args.number, args.repeat)
    render_cpu, _ = best(lambda: render(report, "text"), args.number, args.repeat)
    lines_cpu, _ = best(text.splitlines, args.number * 20, args.repeat)
    print(f"parse_text:    {cpu:.3f} ms CPU, {wall:.3f} ms wall per call")
    print(f"render (text): {render_cpu:.3f} ms CPU (parsing takes {cpu / render_cpu:.1f}x as long)")
    print(f"splitlines:    {lines_cpu * 1000:.1f} µs CPU")
    print(f"target {TARGET_MS} ms: {cpu / TARGET_MS:.2f} of it used")
    lines = text.splitlines(keepends=True)
    header, body = "".join(lines[:2]), "".join(lines[2:])
    per_char = cpu / len(text)
    growth = 1.0
    for times in (1, 10, 100):
        big = header + body * times
        calls = max(1, args.number // times)
        big_cpu, _ = best(lambda big=big: parse_text(big), calls, 3)  # type: ignore[misc]
        ratio = (big_cpu / len(big)) / per_char
        growth = max(growth, ratio)
        print(
            f"{times:>3}x seed: {len(big):>7} characters, {big_cpu:8.1f} ms CPU, "
            f"{big_cpu * 1000 / len(big):.3f} µs per character ({ratio:.2f}x the seed's)"
        )
    ok = cpu < TARGET_MS and growth < GROWTH_LIMIT
    if importlib.util.find_spec("docx") is not None:
        ok = word_file(report, args.number // 5, args.repeat) and ok
    else:
        print("parse_docx: skipped (pip install 'govreport[docx]')")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


def word_file(seed: gr.Report, number: int, repeat: int) -> bool:
    """Time parse_docx on the 10-page Word file; whether it meets its target."""
    from govreport.importers import parse_docx

    info = runpy.run_path(str(ROOT / "examples" / "info_disclosure_2023.py"))["report"]
    report = gr.Report(
        title=seed.title,
        authority=seed.authority,
        year=seed.year,
        preamble=seed.preamble,
        sections=[*seed.sections, *info.sections],
        relations=[*seed.relations, *info.relations],
        closing=seed.closing,
    )
    data = render(report, "docx")
    text = render(report, "text")
    parse_docx(data)  # warm up: import python-docx
    cpu, wall = best(lambda: parse_docx(data), max(1, number), repeat)
    text_cpu, _ = best(lambda: parse_text(text), max(1, number), repeat)
    print(
        f"parse_docx:    {cpu:.1f} ms CPU, {wall:.1f} ms wall per 10-page file "
        f"({len(data)} bytes, {len(text)} characters; parse_text of its text {text_cpu:.1f} ms)"
    )
    print(f"target {TARGET_DOCX_MS} ms: {cpu / TARGET_DOCX_MS:.2f} of it used")
    return cpu < TARGET_DOCX_MS


if __name__ == "__main__":
    sys.exit(main())
