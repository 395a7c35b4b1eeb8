"""Time ``govreport check DIR`` over a province's worth of report files.

Usage: ``python benchmarks/batch.py [--files N] [--distinct D]``

Makes N report files (default 10,000) in a temporary folder of 50 county
subfolders, alternately JSON and plain text. Drawing reports with hypothesis is
slow, so D distinct reports (default 300) are drawn with
:func:`govreport.strategies.reports` (one in ten from
:func:`~govreport.strategies.inconsistent_reports`, so that there are findings
to print) and each is written under several names; the output says so. Only
reports whose rendered text :func:`~govreport.parse_text` reads back are kept,
so every file is checked, not refused.

Then runs the command as a user would, in a subprocess (``python -m govreport
check DIR --jobs N``, output to a pipe, so no progress bar), with ``--jobs 2``
and ``--jobs 1`` in turn, ``--rounds`` times each (default 3: the machine is
shared, so the best run says what the code can do), and prints wall-clock
time, files per second and CPU time for each run, then the best of each, the
speed-up, and whether the target holds.

Target (issue 17): ``govreport check DIR --jobs 2`` under 30 s for 10,000
files on a 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies

TARGET_S = 30.0


def draw_reports(count: int) -> list[gr.Report]:
    """*count* reports, one in ten with a known problem, whose text imports back."""
    drawn: list[gr.Report] = []
    wrong = strategies.inconsistent_reports(hostile=False).map(lambda case: case.report)
    right = strategies.reports(hostile=False)

    @settings(
        max_examples=count * 3,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.integers(0, 9).flatmap(lambda n: wrong if n == 0 else right))
    def collect(report: gr.Report) -> None:
        if len(drawn) >= count:
            return
        try:
            gr.parse_text(gr.render(report, "text"))
        except gr.GovReportError:
            return
        drawn.append(report)

    collect()
    return drawn


def write_files(folder: Path, reports: list[gr.Report], total: int) -> None:
    """*total* files, alternately JSON and rendered text, cycling through *reports*."""
    forms = [(gr.to_json(r), gr.render(r, "text")) for r in reports]
    for number in range(total):
        as_json, as_text = forms[number % len(forms)]
        sub = folder / f"county{number % 50:02d}"
        sub.mkdir(exist_ok=True)
        if number % 2:
            (sub / f"report{number:05d}.txt").write_text(as_text, encoding="utf-8")
        else:
            (sub / f"report{number:05d}.json").write_text(as_json, encoding="utf-8")


def run(folder: Path, jobs: int) -> tuple[float, float, int, str]:
    """Wall-clock and CPU seconds, exit status and closing table of ``check folder --jobs N``.

    CPU time is the command's and its workers' (every process it waited for).
    """
    command = [sys.executable, "-m", "govreport", "check", str(folder), "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    failures = [line for line in done.stderr.splitlines() if line.startswith("govreport: error")]
    if failures:
        print(f"{len(failures)} files could not be read, such as:", *failures[:3], sep="\n  ")
    return seconds, cpu, done.returncode, done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--distinct", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, alternating")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    start = time.perf_counter()
    reports = draw_reports(args.distinct)
    print(f"drew {len(reports)} distinct reports in {time.perf_counter() - start:.0f} s")
    timings: dict[int, list[float]] = {2: [], 1: []}
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        write_files(folder, reports, args.files)
        print(
            f"{args.files} files (JSON and text; {len(reports)} distinct reports, "
            f"each written about {args.files // max(len(reports), 1)} times)"
        )
        for _ in range(args.rounds):
            for jobs in (2, 1):
                seconds, cpu, status, table = run(folder, jobs)
                timings[jobs].append(seconds)
                print(
                    f"--jobs {jobs}: {seconds:6.1f} s, {args.files / seconds:5.0f} files/s, "
                    f"{cpu:5.1f} s CPU (exit status {status}, load {os.getloadavg()[0]:.2f})"
                )
        print(table.rstrip())
    best = {jobs: min(times) for jobs, times in timings.items()}
    for jobs in (2, 1):
        print(f"--jobs {jobs}: best {best[jobs]:.1f} s, {args.files / best[jobs]:.0f} files/s")
    print(f"speed-up of --jobs 2 over --jobs 1 (best runs): {best[1] / best[2]:.2f}x")
    verdict = "meets" if best[2] < TARGET_S else "MISSES"
    print(f"--jobs 2: {best[2]:.1f} s, {verdict} the {TARGET_S:.0f} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
