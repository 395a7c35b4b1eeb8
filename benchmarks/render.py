"""Time rendering one report to each format, against the floor of joining its output pieces.

Usage: ``python benchmarks/render.py [--number N] [--repeat R]``

The report is ``examples/lutang_2023.py`` (module-level ``report``) when that file
exists, otherwise a generated report of similar size (about 3,400 characters of
text and 35 figures, 10 kB as UTF-8); the script says which it used.

For each format it prints, per call, in CPU time of this process
(``time.process_time``, so other processes on the machine add less noise),
best of R runs of N calls:

- ``renderer``: ``get_renderer(fmt).render(report)`` on one renderer instance;
- ``render()``: the public ``render(report, fmt)``, registry lookup and option
  validation included;
- ``floor``: ``"".join(pieces)``, where *pieces* is that output cut at every
  boundary a string builder would have to concatenate (around each tag for
  HTML, at each line break otherwise), precomputed once;
- the ratio renderer / floor.

Target (issue 4): html under 0.5 ms per call for the ~10,000-byte township report.

Then the binary formats, in the same run and as ratios to html: ``docx`` (needs
``govreport[docx]``, target under 30 ms) and ``pdf`` (needs ``govreport[pdf]``,
target under 1.5 s), each ``get_renderer(fmt).render(report)``; a format whose
extra is missing is reported and skipped.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

import govreport as gr
from govreport.exceptions import UnknownRendererError
from govreport.renderers import get_renderer, render

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lutang_2023.py"
FORMATS = ("text", "markdown", "html")
BINARY = (("docx", 30e-3, 10), ("pdf", 1.5, 1))  # format, target seconds, calls per run


def load_report() -> tuple[gr.Report, str]:
    """The township example if present, else a generated report of similar size."""
    if EXAMPLE.is_file():
        spec = importlib.util.spec_from_file_location("lutang_2023", EXAMPLE)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.report, f"examples/{EXAMPLE.name}"
    return generated_report(), "generated report (examples/lutang_2023.py not found)"


def generated_report() -> gr.Report:
    """Four sections with ten subsections, prose with 35 figures: the seed's size."""
    counter = iter(range(1000))
    sentence = (
        "全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，"
        "进一步规范行政执法行为，提高依法行政水平，深入推进法治政府建设，持续优化法治化营商环境，"
    )

    def figures(n: int) -> gr.Text:
        parts: list[gr.Inline] = []
        for _ in range(n):
            i = next(counter)
            parts += [
                sentence,
                gr.metric(f"m{i}", 10 + i, "件", approx="余" if i % 3 else None, label=f"指标{i}"),
                "。",
            ]
        return gr.Text(tuple(parts))

    sections = []
    for top in range(4):
        children = [
            gr.Section(
                title=f"第{top}部分第{k}项工作",
                run_in=k % 2 == 0,
                blocks=[gr.Paragraph(text=figures(3))],
            )
            for k in range((2, 3, 3, 2)[top])
        ]
        sections.append(
            gr.Section(
                title=f"第{top}部分", blocks=[gr.Paragraph(text=figures(1))], children=children
            )
        )
    return gr.Report(
        title=gr.text("{y}年度法治政府建设情况报告", y=gr.ReportYear()),
        authority="某县某乡人民政府",
        year=2023,
        preamble=[gr.Paragraph(text=figures(1))],
        sections=sections,
    )


def pieces(output: str, fmt: str) -> list[str]:
    """The output cut where a builder concatenates: around tags (HTML), at line breaks."""
    pattern = r"(<[^>]*>)" if fmt == "html" else r"(\n)"
    return [piece for piece in re.split(pattern, output) if piece]


def best(statement: object, number: int, repeat: int) -> float:
    """Best CPU seconds per call (process time: other processes on the machine add less noise)."""
    runs = timeit.repeat(statement, number=number, repeat=repeat, timer=time.process_time)  # type: ignore[arg-type]
    return min(runs) / number


def paired(
    ours: Callable[[], object], peer: Callable[[], object], number: int, repeat: int
) -> tuple[float, float, float]:
    """Best CPU seconds per call of *ours* and of *peer*, and the median of their ratios.

    The two are timed in turns and each turn gives one ratio, measured under
    the same conditions; the median of those holds from one run to the next
    when the machine's speed drifts during a run, where the ratio of the two
    bests (taken at different moments) does not.
    """
    mine: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        mine.append(timeit.timeit(ours, number=number, timer=time.process_time))
        theirs.append(timeit.timeit(peer, number=number, timer=time.process_time))
    ratio = statistics.median(a / b for a, b in zip(mine, theirs, strict=True))
    return min(mine) / number, min(theirs) / number, ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args(argv)
    report, source = load_report()
    text_size = len(render(report, "text"))
    print(
        f"report: {source}; text {text_size} characters ({len(render(report, 'text').encode())} bytes)"
    )
    print(
        f"{'format':<9} {'output':>7} {'pieces':>6} {'renderer':>10} {'render()':>10} {'floor':>9} {'ratio':>6}"
    )
    for fmt in FORMATS:
        renderer = get_renderer(fmt)
        output = renderer.render(report)
        parts = pieces(output, fmt)
        assert "".join(parts) == output
        own = best(lambda r=renderer: r.render(report), args.number, args.repeat)
        public = best(lambda f=fmt: render(report, f), args.number, args.repeat)
        floor = best(lambda p=parts: "".join(p), args.number * 10, args.repeat)
        print(
            f"{fmt:<9} {len(output):>7} {len(parts):>6} {own * 1e3:>8.3f}ms {public * 1e3:>8.3f}ms "
            f"{floor * 1e6:>7.2f}µs {own / floor:>6.0f}x"
        )
    html = best(lambda: get_renderer("html").render(report), args.number, args.repeat)
    verdict = "meets" if html < 0.5e-3 else "MISSES"
    print(f"html: {html * 1e3:.3f} ms per call, {verdict} the 0.5 ms target")
    for fmt, target, number in BINARY:
        try:
            renderer = get_renderer(fmt)
            size = len(renderer.render(report))
        except UnknownRendererError as exc:
            print(f"{fmt}: skipped ({exc})")
            continue
        own = best(lambda r=renderer: r.render(report), number, min(args.repeat, 5))
        verdict = "meets" if own < target else "MISSES"
        print(
            f"{fmt}: {size} bytes, {own * 1e3:.1f} ms per call = {own / html:.0f}x html, "
            f"{verdict} the {target * 1e3:g} ms target"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
