"""The annotated report: the HTML rendering with each finding shown where it stands.

:func:`annotated_html` renders the report with the HTML renderer, then marks it
up from the outside, through the ``<data data-metric="…">`` elements the
renderer writes for every figure:

* each figure a finding names gets the class ``flagged`` (highlighted);
* the finding's message stands beside the block (paragraph, list, table or
  heading) holding its first figure, as an ``<aside>`` floated into the right
  margin; findings without figures stand under the report's header;
* a summary at the top counts the findings by severity and links down to each.

Lines, summaries and severities are worded by :func:`line` and :func:`summary`,
which the CLI shares.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from .._finding import Finding
from .._messages import N_, Fact, Phrase, render, resolve_locale
from .._report import Report
from ..renderers.html import escape

__all__ = ["SEVERITY_WORDS", "annotated_html", "line", "summary", "worded_line"]

SEVERITY_WORDS: Final = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}

_BLOCK_STARTS: Final = ("\n<p", "\n<table", "\n<ol", "\n<h")

_STYLE: Final = """\
@media screen and (min-width: 60em) {
  body { padding-right: 19em; }
  .govreport aside.finding { float: right; clear: right; width: 16em; margin: 0 -18em 0.4em 1em; }
}
.govreport data.flagged { background: #ffe28a; box-shadow: 0 0 0 2px #d33; border-radius: 2px; }
aside.finding, nav.findings {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    sans-serif;
  font-size: 11pt;
  line-height: 1.5;
  letter-spacing: normal;
  text-align: left;
}
.govreport aside.finding {
  border-left: 4px solid #d33;
  background: #fff3f3;
  padding: 0.3em 0.6em;
}
.govreport aside.finding p { text-indent: 0; font-size: 11pt; }
.govreport aside.warning { border-color: #e80; background: #fff8ec; }
.govreport aside.info { border-color: #36c; background: #f1f5ff; }
.govreport aside.finding:target { outline: 2px solid #000; }
nav.findings { max-width: 156mm; margin: 0 auto 2em; border: 1px solid #999; padding: 0.6em 1em; }
nav.findings ol { margin: 0.3em 0 0; padding-left: 1.5em; }
nav.findings .error a { color: #a00; }
@media print { body { padding-right: 0; } .govreport aside.finding { float: none; margin: 0.3em 0; } }
"""


def line(finding: Finding, locale: str) -> str:
    """One finding as a line: ``一（二）: error [sum-mismatch] …``, ``一（二）：错误［sum-mismatch］…``."""
    return worded_line(
        finding.location, finding.severity, finding.code, finding.format(locale), locale
    )


def worded_line(location: str, severity: str, code: str, message: str, locale: str) -> str:
    """A finding's line from its parts, *message* already worded (a worker's record)."""
    facts: dict[str, Fact] = {
        "location": location or Phrase(template=N_("(report)")),
        "severity": Phrase(template=SEVERITY_WORDS[severity]),
        "code": code,
        "message": message,
    }
    return render(N_("{location}: {severity} [{code}] {message}"), facts, locale)


class _Graded(Protocol):
    @property
    def severity(self) -> str: ...


def summary(findings: Sequence[_Graded], locale: str) -> str:
    """``1 error(s), 0 warning(s), 1 info`` or ``错误1个，警告0个，提示1个``.

    *findings* are findings, or the records of them a worker sends back.
    """
    counts: dict[str, Fact] = {
        s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")
    }
    return render(N_("{error} error(s), {warning} warning(s), {info} info"), counts, locale)


def annotated_html(report: Report, findings: Sequence[Finding], *, locale: str = "en") -> str:
    """A standalone HTML page of *report* with *findings* shown where they stand.

    >>> import govreport as gr
    >>> total = gr.metric("docs.total", 560, "件", label="共计发文")
    >>> part = gr.metric("docs.a", 545, "件", label="府发")
    >>> report = gr.Report(title="报告", authority="某乡人民政府", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("共计发文{t}，均为府发{a}。", t=total, a=part))],
    ...     relations=[gr.Total(total="docs.total", parts=["docs.a"])])
    >>> page = annotated_html(report, gr.check(report), locale="zh_Hans_CN")
    >>> print(page[page.index('<nav'):page.index('</nav>')])
    <nav class="findings" aria-labelledby="findings-title" lang="zh-Hans-CN">
    <p id="findings-title">检查结果：错误1个，警告0个，提示0个</p>
    <ol>
    <li class="error"><a href="#finding-1">（全文）：错误［sum-mismatch］各分项（府发545件）为545件，比总数“共计发文560件”少15件。</a></li>
    </ol>
    >>> 'class="flagged"' in page and '<aside class="finding error" id="finding-1"' in page
    True
    """
    from ..renderers import render as render_report

    wording = resolve_locale(locale)
    lang = wording.replace("_", "-")
    page = render_report(report, "html")
    assert isinstance(page, str)
    flagged = {id_ for finding in findings for id_ in finding.metrics}
    for id_ in flagged:
        page = page.replace(
            f' data-metric="{escape(id_)}"', f' data-metric="{escape(id_)}" class="flagged"'
        )
    placed: list[tuple[int, int, str]] = []
    header_end = page.index("</header>\n") + len("</header>\n")
    items = []
    for number, finding in enumerate(findings, start=1):
        anchor = f"finding-{number}"
        text = escape(line(finding, wording))
        aside = (
            f'<aside class="finding {finding.severity}" id="{anchor}" lang="{lang}">'
            f"<p>{text}</p></aside>\n"
        )
        placed.append((_block_start(page, finding, header_end), number, aside))
        items.append(f'<li class="{finding.severity}"><a href="#{anchor}">{text}</a></li>\n')
    # From the end, so that earlier positions stay right; equal ones keep the findings' order.
    for at, _, aside in sorted(placed, reverse=True):
        page = page[:at] + aside + page[at:]
    title = render(N_("Findings: {summary}"), {"summary": summary(findings, wording)}, wording)
    nav = (
        f'<nav class="findings" aria-labelledby="findings-title" lang="{lang}">\n'
        f'<p id="findings-title">{escape(title)}</p>\n<ol>\n{"".join(items)}</ol>\n</nav>\n'
    )
    page = page.replace("</style>\n", f"{_STYLE}</style>\n", 1)
    return page.replace("<body>\n", f"<body>\n{nav}", 1)


def _block_start(page: str, finding: Finding, header_end: int) -> int:
    """Where the aside of *finding* goes: before the block of its first figure."""
    for id_ in finding.metrics:
        match = re.search(f' data-metric="{re.escape(escape(id_))}"', page)
        if match is not None:
            start = max(page.rfind(opener, 0, match.start()) for opener in _BLOCK_STARTS)
            if start >= 0:
                return start + 1
    return header_end
