"""Speed of govreport.check on a generated report with 10,000 metrics, and of govreport.compare.

Run with ``python benchmarks/check.py`` (no extra dependencies). The report is
built deterministically (seed 2023): 400 sections four levels deep holding
1,000 totals with five parts each, 800 rates, 400 declared counts and
standalone figures, a fifth of them approximate (余 约 近 以上, 万 scales);
all figures are consistent, so the run measures the checks, not message
formatting. Each measurement runs ``check`` on a fresh copy of the report
(the per-report index is cached by identity, so reusing one object would
time only the rules), and the best of fifteen runs is reported, as process CPU
time and as wall time. The machine is shared, so CPU time is the measure
judged against the target; on an idle machine the two agree.

Target: under 50 ms for the whole check.

``compare`` is measured the same way on two such reports of consecutive years
(seeds 2023 and 2024: the same metric ids, other figures), each run on fresh
copies of both. Target: under 50 ms.
"""

from __future__ import annotations

import os
import platform
import random
import sys
import time
from decimal import Decimal
from typing import Any

import attrs

import govreport as gr

SEED = 2023
RUNS = 15
TARGET_MS = 50.0
METRICS = 10_000


class _Builder:
    """Builds consistent figures; ids are unique by construction."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0
        self.relations: list[gr.Relation] = []

    def metric(self, value: int | str, unit: str = "件", **quantity: Any) -> gr.Metric:
        self.n += 1
        return gr.metric(f"m.n{self.n}", value, unit, label="事项", **quantity)

    def approximate(self, value: int, unit: str = "件") -> gr.Metric:
        """*value* written exactly, or (one time in five) with a marker or a scale."""
        choice = self.rng.randrange(10)
        if value % 10 and value > 10 and choice == 0:
            return self.metric(value - value % 10, unit, approx="余")
        if value >= 20 and choice == 1:
            return self.metric(value - value % 10, unit, approx="以上")
        if value >= 10_000 and unit == "元" and choice == 2:
            return self.metric(
                str(Decimal(value).scaleb(-4).quantize(Decimal("0.1"))), unit, scale="万"
            )
        return self.metric(value, unit)

    def total(self) -> gr.Paragraph:
        unit = self.rng.choice(("件", "次", "元"))
        values = [self.rng.randrange(1, 100_000) for _ in range(5)]
        parts = [self.approximate(v, unit) for v in values]
        total = self.metric(sum(values), unit)
        self.relations.append(gr.Total(total=total.id, parts=[p.id for p in parts]))
        return gr.Paragraph(text=gr.Text(("共计", total, "，其中", *parts, "。")))

    def rate(self) -> gr.Paragraph:
        received = self.rng.randrange(1, 5_000)
        done = self.rng.randrange(0, received + 1)
        share = (Decimal(100 * done) / Decimal(received)).quantize(Decimal("0.1"))
        rate = self.metric(str(share), "%")
        num, den = self.metric(done), self.metric(received)
        self.relations.append(gr.Rate(rate=rate.id, numerator=num.id, denominator=den.id))
        return gr.Paragraph(text=gr.Text(("收到", den, "，办结", num, "，办结率", rate, "。")))

    def count(self) -> list[gr.Block]:
        number = self.rng.randrange(1, 9)
        count = self.metric(number, "个", numerals="chinese")
        points = gr.Points(items=["做好工作。"] * number, id=f"points.p{self.n}")
        self.relations.append(gr.DeclaredCount(count=count.id, items=points.id or ""))
        return [
            gr.Paragraph(
                text=gr.Text(
                    (
                        "主要有以下",
                        count,
                        "方面：",
                    )
                )
            ),
            points,
        ]


def build_report(seed: int = SEED) -> gr.Report:
    rng = random.Random(seed)
    make = _Builder(rng)
    leaves: list[list[gr.Block]] = [[] for _ in range(4 * 5 * 5 * 4)]
    jobs = ["total"] * 1000 + ["rate"] * 800 + ["count"] * 400
    rng.shuffle(jobs)
    for n, job in enumerate(jobs):
        blocks = leaves[n % len(leaves)]
        if job == "total":
            blocks.append(make.total())
        elif job == "rate":
            blocks.append(make.rate())
        else:
            blocks.extend(make.count())
    n = 0
    while make.n < METRICS:
        leaves[n % len(leaves)].append(
            gr.Paragraph(
                text=gr.Text(("开展活动", make.approximate(rng.randrange(1, 500), "次"), "。"))
            )
        )
        n += 1
    it = iter(leaves)
    sections = [
        gr.Section(
            title="一级",
            children=[
                gr.Section(
                    title="二级",
                    children=[
                        gr.Section(
                            title="三级",
                            children=[
                                gr.Section(title="四级", run_in=True, blocks=next(it))
                                for _ in range(4)
                            ],
                        )
                        for _ in range(5)
                    ],
                )
                for _ in range(5)
            ],
        )
        for _ in range(4)
    ]
    return gr.Report(
        title=gr.text("{year}年度法治政府建设情况报告", year=gr.ReportYear()),
        authority="某县人民政府",
        year=seed,
        sections=sections,
        relations=make.relations,
    )


def main() -> int:
    report = build_report()
    metrics = len(report.metrics())
    findings = gr.check(report)
    copies = [attrs.evolve(report) for _ in range(RUNS)]
    wall = cpu = float("inf")
    for copy in copies:
        start, start_cpu = time.perf_counter(), time.process_time()
        gr.check(copy)
        cpu = min(cpu, (time.process_time() - start_cpu) * 1000)
        wall = min(wall, (time.perf_counter() - start) * 1000)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Python {sys.version.split()[0]} on {platform.machine()}, {os.cpu_count()} CPUs, load {load:.2f}"
    )
    print(f"report: {metrics} metrics, {len(report.relations)} relations, {len(findings)} findings")
    print(
        f"check(): best of {RUNS}: {cpu:.1f} ms CPU, {wall:.1f} ms wall (target < {TARGET_MS:.0f} ms)"
    )
    print("PASS" if cpu < TARGET_MS else "FAIL")
    compared_cpu, matched = _compare(report)
    print(
        f"compare(): {matched} matched figures, best of {RUNS}: {compared_cpu:.1f} ms CPU "
        f"(target < {TARGET_MS:.0f} ms), {compared_cpu / cpu:.2f}× check()"
    )
    print("PASS" if compared_cpu < TARGET_MS else "FAIL")
    return 0 if cpu < TARGET_MS and compared_cpu < TARGET_MS and not findings else 1


def _compare(previous: gr.Report) -> tuple[float, int]:
    """Best CPU time of compare() on fresh copies of *previous* and next year's report."""
    current = build_report(SEED + 1)
    matched = len(gr.compare(previous, current).matched)
    pairs = [(attrs.evolve(previous), attrs.evolve(current)) for _ in range(RUNS)]
    cpu = float("inf")
    for old, new in pairs:
        start = time.process_time()
        gr.compare(old, new)
        cpu = min(cpu, (time.process_time() - start) * 1000)
    return cpu, matched


if __name__ == "__main__":
    raise SystemExit(main())
