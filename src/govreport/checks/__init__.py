"""Consistency checks: is the report's arithmetic right, and is everything where it belongs?

:func:`check` runs rules over a report and returns :class:`Finding` objects in
reading order. A rule is a pure function from a report to findings, so you can
run a subset of the built-in rules or add your own:

>>> import govreport as gr
>>> total = gr.metric("docs.total", 560, "件", label="共计发文")
>>> parts = [gr.metric("docs.a", 500, "件", label="府发"), gr.metric("docs.b", 45, "件", label="府函")]
>>> report = gr.Report(title="报告", authority="某乡人民政府", year=2023, sections=[
...     gr.Section(title="发文", blocks=[gr.Paragraph(text=gr.text(
...         "共计发文{t}，其中府发{a}，府函{b}。", t=total, a=parts[0], b=parts[1]))])],
...     relations=[gr.Total(total="docs.total", parts=["docs.a", "docs.b"])])
>>> for finding in check(report):
...     print(finding)
error sum-mismatch at 一: the parts 府发500件 + 府函45件 add up to 545件, 15件 short of the total 共计发文560件
>>> check(report, rules=[ratios])
[]

Figures are compared as the intervals they denote (``10余次`` is more than 10
and fewer than 20; ``0.9万元`` is 8500–9500元), and a relation is reported only
when no true values inside those intervals can satisfy it (the XBRL
Calculations 1.1 rule), so rounding never produces a finding.
"""

# Layout: one private module per rule family (_sums, _rates, _counts, _periods),
# over the shared index of the report (_index) and the words of the messages
# (_words); _run holds the engine. To add a family: write its rules in a new
# module _name.py (each rule a function Report -> Iterable[Finding], with its
# finding codes in the docstring), test it in tests/checks/test_name.py, export
# the rules here and, if every report should get them, add them to DEFAULT_RULES.
# Finding, Rule and Severity live in govreport._finding, below both this package
# and govreport.kinds: this package imports kinds (for a report's genre rules),
# and kinds never import this package.

from __future__ import annotations

from .._finding import SEVERITIES, Finding, Rule, Severity
from ._counts import declared_counts
from ._index import locate
from ._periods import periods
from ._rates import percent_ranges, ratios
from ._run import DEFAULT_RULES, check, default_rules
from ._sums import sums

__all__ = [
    "DEFAULT_RULES",
    "SEVERITIES",
    "Finding",
    "Rule",
    "Severity",
    "check",
    "declared_counts",
    "default_rules",
    "locate",
    "percent_ranges",
    "periods",
    "ratios",
    "sums",
]
