"""Running the rules: :func:`check`, and which rules a report gets.

The engine depends on the rule families of this package and on
:mod:`govreport.kinds` for a report's genre rules; the kinds depend only on
:mod:`govreport._finding`, never on this package.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from .._finding import Finding, Rule
from .._report import Report
from ..exceptions import ModelTypeError
from ..kinds import get_kind
from ._counts import declared_counts
from ._index import index
from ._periods import periods
from ._rates import percent_ranges, ratios
from ._sums import sums

__all__ = ["DEFAULT_RULES", "check", "default_rules"]

DEFAULT_RULES: Final[tuple[Rule, ...]] = (sums, ratios, percent_ranges, declared_counts, periods)
"""The rules every report gets, whatever its kind."""


def default_rules(report: Report) -> tuple[Rule, ...]:
    """:data:`DEFAULT_RULES` plus the rules of the report's kind, if it has one.

    Use it to add a rule of your own without losing the kind's rules:
    ``check(report, rules=[*default_rules(report), my_rule])``.

    Raises:
        ValidationError: the report names a kind govreport does not know; the
            message lists the kinds it knows.

    >>> import govreport as gr
    >>> default_rules(gr.Report(title="报告", authority="某乡人民政府", year=2023)) == DEFAULT_RULES
    True
    """
    if report.kind is None:
        return DEFAULT_RULES
    kind = get_kind(report.kind)  # raises ValidationError listing the known kinds
    extra: tuple[Rule, ...] = tuple(kind.rules)
    return tuple(dict.fromkeys((*DEFAULT_RULES, *extra)))


def check(report: Report, *, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """Check *report* and return the findings, in reading order.

    Args:
        report: the report to check.
        rules: the rules to run. ``None`` runs :func:`default_rules` (the
            built-in rules plus those of the report's kind); a list replaces
            them, so ``rules=[sums]`` runs the sum check alone and
            ``rules=[*default_rules(report), my_rule]`` adds one of your own.

    Returns:
        The findings sorted by where they stand (the whole report and the
        preamble first, then section by section), then by the first metric
        involved, code and message.

    Raises:
        ModelTypeError: *report* is not a :class:`~govreport.Report`, or a rule
            returned something that is not a :class:`Finding`.
        ValidationError: the report's kind is unknown (see :func:`default_rules`).

    >>> import govreport as gr
    >>> done = gr.metric("x.done", 7, "件", label="办结")
    >>> received = gr.metric("x.received", 8, "件", label="收到")
    >>> rate = gr.metric("x.rate", 90, "%", label="办结率")
    >>> report = gr.Report(title="报告", authority="某局", year=2023, preamble=[
    ...     gr.Paragraph(text=gr.text("收到{r}，办结{d}，办结率{p}。", r=received, d=done, p=rate))],
    ...     relations=[gr.Rate(rate="x.rate", numerator="x.done", denominator="x.received")])
    >>> [(f.code, f.severity) for f in check(report)]
    [('ratio-mismatch', 'error')]
    """
    if not isinstance(report, Report):
        raise ModelTypeError(
            f"check() needs a Report (got {type(report).__name__})", field="report", value=report
        )
    chosen = default_rules(report) if rules is None else tuple(rules)
    found: list[Finding] = []
    for rule in chosen:
        for finding in rule(report):
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

    return sorted(found, key=reading_order)
