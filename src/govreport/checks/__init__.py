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

# Layout: one private module per rule family (_sums, _rates, _counts, _changes, _periods),
# over the index of the report the rules share (_index) and the words of their
# messages (_words); the engine (check, default_rules) is here. To add a family:
# write its rules in a new module _name.py (each a function Report ->
# Iterable[Finding], its finding codes in the docstring), test it in
# tests/checks/test_name.py, export the rules here and, if every report should
# get them, add them to DEFAULT_RULES.
# Finding, Rule and Severity live in govreport._finding, below both this package
# and govreport.kinds: this package imports kinds (for a report's genre rules),
# and kinds never import this package.

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import attrs
import babel

from .._finding import SEVERITIES, Finding, Rule, Severity
from .._messages import resolve_locale
from .._report import Report
from ..exceptions import ModelTypeError
from ..kinds import get_kind
from ..validators import instance_of, sequence
from ._changes import changes
from ._compare import Comparison, Matched, StatedChange, compare
from ._counts import declared_counts
from ._index import index, locate
from ._periods import periods
from ._points import single_points
from ._rates import percent_ranges, ratios, shares
from ._sums import sums

__all__ = [
    "DEFAULT_RULES",
    "SEVERITIES",
    "Comparison",
    "Finding",
    "Matched",
    "Rule",
    "Severity",
    "StatedChange",
    "changes",
    "check",
    "compare",
    "declared_counts",
    "default_rules",
    "locate",
    "percent_ranges",
    "periods",
    "ratios",
    "shares",
    "single_points",
    "sums",
]

DEFAULT_RULES: Final[tuple[Rule, ...]] = (
    sums,
    ratios,
    shares,
    percent_ranges,
    declared_counts,
    changes,
    periods,
    single_points,
)
"""The rules every report gets, whatever its kind."""


def default_rules(report: Report) -> tuple[Rule, ...]:
    """:data:`~govreport.checks.DEFAULT_RULES` plus the rules of the report's kind, if it has one.

    Use it to add a rule of your own without losing the kind's rules:
    ``check(report, rules=[*default_rules(report), my_rule])``.

    Raises:
        ValidationError: the report names a kind govreport does not know; the
            message lists the kinds it knows.

    >>> import govreport as gr
    >>> default_rules(gr.Report(title="报告", authority="某乡人民政府", year=2023)) == DEFAULT_RULES
    True
    """
    instance_of(Report).check("report", report)
    if report.kind is None:
        return DEFAULT_RULES
    kind = get_kind(report.kind)  # raises ValidationError listing the known kinds
    extra: tuple[Rule, ...] = tuple(kind.rules)
    return tuple(dict.fromkeys((*DEFAULT_RULES, *extra)))


def check(
    report: Report,
    *,
    rules: Iterable[Rule] | None = None,
    locale: str | babel.Locale | None = None,
) -> list[Finding]:
    """Check *report* and return the findings, in reading order.

    Args:
        report: the report to check.
        rules: the rules to run. ``None`` runs
            :func:`~govreport.checks.default_rules` (the built-in rules plus
            those of the report's kind); a list replaces them, so
            ``rules=[sums]`` runs the sum check alone and
            ``rules=[*default_rules(report), my_rule]`` adds one of your own.
        locale: the language of the findings' messages: ``"zh_Hans_CN"``
            (``"zh"`` and ``"zh_CN"`` too) or ``"en"``, the default. Each
            finding keeps its template and facts, so
            :meth:`Finding.format() <govreport.checks.Finding.format>` words it
            in another locale later.

    Returns:
        The findings sorted by where they stand (the whole report and the
        preamble first, then section by section), then by the first metric
        involved, code and message.

    Raises:
        ModelTypeError: *report* is not a :class:`~govreport.Report`, or a rule
            returned something that is not a :class:`~govreport.checks.Finding`.
        ValidationError: the report's kind is unknown (see
            :func:`~govreport.checks.default_rules`), or *locale* is not
            available (the message lists the locales that are).

    >>> import govreport as gr
    >>> done = gr.metric("x.done", 7, "件", label="办结")
    >>> received = gr.metric("x.received", 8, "件", label="收到")
    >>> rate = gr.metric("x.rate", 90, "%", label="办结率")
    >>> report = gr.Report(title="报告", authority="某局", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("收到{r}，办结{d}，办结率{p}。", r=received, d=done, p=rate))],
    ...     relations=[gr.Rate(rate="x.rate", numerator="x.done", denominator="x.received")])
    >>> [(f.code, f.severity) for f in check(report)]
    [('ratio-mismatch', 'error')]
    >>> print(check(report, locale="zh_Hans_CN")[0].message)
    比率办结率90%与收到8件中办结7件不符，按后者得出87.5%。
    """
    instance_of(Report).check("report", report)
    wording = None if locale is None else resolve_locale(locale)
    chosen = default_rules(report) if rules is None else sequence(rules, "rules", ())
    found: list[Finding] = []
    for number, rule in enumerate(chosen):
        if not callable(rule):
            raise ModelTypeError(
                f"'rules'[{number}] must be callable (got {type(rule).__name__} {rule!r})",
                field="rules",
                value=rule,
            )
        findings = rule(report)
        if not isinstance(findings, Iterable):
            name = getattr(rule, "__qualname__", repr(rule))
            raise ModelTypeError(
                f"rule {name} returned a {type(findings).__name__}, not findings",
                field="rules",
                value=findings,
            )
        for finding in findings:
            if not isinstance(finding, Finding):
                name = getattr(rule, "__qualname__", repr(rule))
                raise ModelTypeError(
                    f"rule {name} returned a {type(finding).__name__}, not a Finding",
                    field="rules",
                    value=finding,
                )
            found.append(finding)
    where = index(report)
    last = len(where.locations)

    def reading_order(finding: Finding) -> tuple[int, str, int, str, str]:
        first = min((where.position(m) for m in finding.metrics), default=-1)
        place = where.locations.get(finding.location, last)
        return (place, finding.location, first, finding.code, finding.message)

    found.sort(key=reading_order)
    if wording is None:
        return found
    return [attrs.evolve(f, message=f.format(wording)) for f in found]
