"""What a check reports: a :class:`~govreport.checks.Finding`, and the type of a rule.

This module sits below both families of rules, so neither imports the other's
insides: the statutory genres (:mod:`govreport.kinds`) write their rules against
it, and the engine (:mod:`govreport.checks`) re-exports it, runs the rules and
picks a report's genre rules from :mod:`govreport.kinds`. The direction is
``checks → kinds → _finding``; ``kinds`` never imports ``checks``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final, Literal, TypeAlias

import attrs

from ._report import Report
from .exceptions import ValidationError
from .validators import dotted_id, non_blank

__all__ = ["SEVERITIES", "Finding", "Rule", "Severity"]

Severity: TypeAlias = Literal["error", "warning", "info"]
"""How serious a finding is: ``"error"`` (the report contradicts itself or the
law), ``"warning"`` (probably wrong), ``"info"`` (worth a look)."""

SEVERITIES: Final[tuple[Severity, ...]] = ("error", "warning", "info")

_CODE: Final = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def _check_code(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise ValidationError(
            f"'code' must be lower-case words joined by hyphens, such as 'sum-mismatch' "
            f"(got {value!r})",
            field="code",
            value=value,
        )


def _check_severity(inst: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in SEVERITIES:
        raise ValidationError(
            f"'severity' must be one of {', '.join(SEVERITIES)} (got {value!r})",
            field="severity",
            value=value,
        )


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen(kw_only=True)
class Finding:
    """One problem a check found.

    Args:
        code: a stable code such as ``"sum-mismatch"``.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        location: the heading chain a reader cites (``"一（二）3.（4）"``), or
            ``""`` for the title, the preamble or the report as a whole.
        message: what is wrong, in plain words, naming the figures as written.
        metrics: the ids of the metrics involved.

    >>> f = Finding(code="sum-mismatch", severity="error", location="一（二）", message="…",
    ...             metrics=["docs.total"])
    >>> str(f), f.metrics
    ('error sum-mismatch at 一（二）: …', ('docs.total',))
    >>> Finding(code="sum-mismatch", severity="fatal", message="…")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'severity' must be one of error, warning, info (got 'fatal')
    """

    code: str = attrs.field(validator=_check_code)
    severity: Severity = attrs.field(validator=_check_severity)
    location: str = ""
    message: str = attrs.field(validator=non_blank())
    metrics: tuple[str, ...] = attrs.field(default=(), converter=_ids, validator=dotted_id())

    def __str__(self) -> str:
        where = f" at {self.location}" if self.location else ""
        return f"{self.severity} {self.code}{where}: {self.message}"


Rule: TypeAlias = Callable[[Report], Iterable[Finding]]
"""A check rule: a pure function from a report to the findings it has about it."""
