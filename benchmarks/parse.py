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

Web pages: :func:`govreport.parse_html` (needs the ``html`` extra) on a page
built like a county government's article page, about 100 KB of UTF-8: a
stylesheet and scripts, a header, a menu of 300 links, a breadcrumb, a layout
table with a side menu, the article's info bar, the seed's lines as
``<p style=…><span style=…>`` paragraphs (as pages made from Word files have
them), two tables of 12 rows with spans, share and print links,
上一篇/下一篇 and a footer of links. Decoding, parsing, finding the report,
reading it and the shared core are all timed, from the page's bytes.


Word files: with python-docx installed (``govreport[docx]``), the script also
times :func:`govreport.parse_docx` on a typical 10-page report: the seed's
sections followed by those of ``examples/info_disclosure_2023.py`` (its
four tables, 15 columns at most, with merged header cells), rendered with the
docx renderer: 13.5 KB, 5,400 characters of text, 10 pages when LibreOffice
lays it out. For scale, parse_text is timed on the same report's text, whose
tables are tab-separated lines it leaves as prose.


Target: under 5 ms per parse of the seed; per-character time at 100× within
2× of the seed's; under 20 ms per parse of the 100 KB page; under 100 ms per parse of
the 10-page Word file.
"""

from __future__ import annotations

import argparse
import importlib.util
import runpy
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

import govreport as gr
from govreport.importers import parse_html, parse_text
from govreport.renderers import render

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "lutang_2023.txt"
TARGET_MS = 5.0
PAGE_TARGET_MS = 20.0
PAGE_BYTES = 100_000
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


def page(text: str, size: int = PAGE_BYTES) -> bytes:
    """A government article page of about *size* bytes holding the report *text*."""
    lines = [line for line in text.splitlines() if line.strip()]
    style = "text-indent:2em;font-family:仿宋_GB2312;font-size:16pt;line-height:28pt"
    head = [
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">',
        f"<title>{escape(lines[1])}_某县人民政府</title><style>",
        *(f".c{i} {{ margin: {i}px; color: #{i:03d}; }}" for i in range(200)),
        "</style><script>",
        *("var _hmt = _hmt || []; (function () { var s = 1; })();" for _ in range(40)),
        "</script></head><body>",
        '<div class="top">无障碍 | 长者模式 | 简体 | 繁体</div><ul class="nav">',
    ]
    menu = [
        f'<li class="c{i % 200}"><a href="/col{i}/index.html">栏目{i}</a></li>' for i in range(300)
    ]
    article = [
        "</ul>",
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>',
        '<table width="1000"><tr><td width="200"><ul class="side">',
        *(f'<li><a href="/s{i}.html">侧栏链接{i}</a></li>' for i in range(40)),
        '</ul></td><td><div class="article">',
        f'<h1 class="title">{escape(lines[1])}</h1>',
        '<div class="info">发布时间：2024-03-28 09:18 来源：某县司法局 字号：'
        "<a>大</a> <a>中</a> <a>小</a></div>",
        '<div class="TRS_Editor">',
        *(
            f'<p style="{style}"><span style="font-size:16pt">{escape(x)}</span></p>'
            for x in lines[2:]
        ),
    ]
    for n in (1, 2):
        article.append(
            f'<p style="{style}">表{n}</p><table border="1" class="MsoTableGrid">'
            '<tr><th rowspan="2">领域</th><th colspan="3">检查情况</th></tr>'
            "<tr><th>企业（家）</th><th>人员（人次）</th><th>车辆（次）</th></tr>"
        )
        article += [
            f'<tr><td><p style="text-align:center">领域{i}</p></td><td><p>{i + 3}</p></td>'
            f"<td><p>{i * 4}</p></td><td><p>{i * 2}</p></td></tr>"
            for i in range(12)
        ]
        article.append("</table>")
    article += [
        '</div><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>',
        '<div class="pages"><p>上一篇：<a href="/a.html">关于某事的通知</a></p>'
        '<p>下一篇：<a href="/b.html">关于另一事的通知</a></p></div>',
        '<div class="tools"><a href="#">打印本页</a> <a href="#">关闭窗口</a></div>',
        "</div></td></tr></table>",
        '<div class="footer"><p>主办：某县人民政府办公室 承办：某县大数据中心</p>',
        *(f'<a href="http://example.gov.cn/link{i}">友情链接{i}</a>' for i in range(60)),
        "</div></body></html>",
    ]
    fixed = len("\n".join(head + article).encode())
    out: list[str] = []
    for item in menu * 10:
        if fixed + len("\n".join(out).encode()) >= size:
            break
        out.append(item)
    return "\n".join(head + out + article).encode()


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
    data = page(text)
    found = parse_html(data)  # warm up
    page_cpu, page_wall = best(lambda: parse_html(data), max(1, args.number // 5), args.repeat)
    print(
        f"parse_html:    {page_cpu:.3f} ms CPU, {page_wall:.3f} ms wall per call on a "
        f"{len(data):,}-byte page ({len(found.metrics())} metrics, {len(found.set_aside)} "
        f"set aside); target {PAGE_TARGET_MS} ms: {page_cpu / PAGE_TARGET_MS:.2f} of it used"
    )
    ok = cpu < TARGET_MS and growth < GROWTH_LIMIT and page_cpu < PAGE_TARGET_MS
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
