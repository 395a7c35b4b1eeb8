"""What a check reports: a :class:`~govreport.checks.Finding`, and the type of a rule.

This module sits below both families of rules, so neither imports the other's
insides: the statutory genres (:mod:`govreport.kinds`) write their rules against
it, and the engine (:mod:`govreport.checks`) re-exports it, runs the rules and
picks a report's genre rules from :mod:`govreport.kinds`. The direction is
``checks → kinds → _finding``; ``kinds`` never imports ``checks``.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Final, Literal, TypeAlias

import attrs
import babel

from ._messages import Fact, render
from ._report import Report
from .exceptions import ValidationError
from .validators import dotted_id, instance_of, non_blank, one_of, strings

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


def _facts(value: Mapping[str, Fact]) -> Mapping[str, Fact]:
    instance_of(Mapping).check("facts", value)
    return types.MappingProxyType(dict(value))


def _english(finding: Finding) -> str:
    template = finding.template
    if template is None:
        return ""
    instance_of(str).check("template", template)
    try:
        return render(template, finding.facts, "en")
    except (LookupError, ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            f"'template' {template!r} cannot be filled from 'facts' ({exc!r})",
            field="template",
            value=template,
        ) from None


@attrs.frozen(kw_only=True)
class Finding:
    """One problem a check found.

    Args:
        code: a stable code such as ``"sum-mismatch"``.
        severity: ``"error"``, ``"warning"`` or ``"info"``.
        location: the heading chain a reader cites (``"一（二）3.（4）"``), or
            ``""`` for the title, the preamble or the report as a whole.
        template: the wording of the message, in English with ``{name}`` fields
            for the facts; the catalogs translate it (see
            :meth:`~govreport.checks.Finding.format`).
            ``None`` for a finding with a fixed *message*.
        facts: what the check found, by field name: the figures as written
            (``"委发76件"``), the numbers, dates, and nested phrases.
        message: what is wrong, in plain words, naming the figures as written.
            Worded from *template* in English when not given;
            :func:`~govreport.checks.check` words it in the locale asked for.
        metrics: the ids of the metrics involved.

    >>> f = Finding(code="sum-mismatch", severity="error", location="一（二）", message="…",
    ...             metrics=["docs.total"])
    >>> str(f), f.metrics
    ('error sum-mismatch at 一（二）: …', ('docs.total',))
    >>> Finding(code="sum-mismatch", severity="fatal", message="…")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'severity' must be one of 'error', 'warning', 'info' (got 'fatal')
    """

    code: str = attrs.field(validator=_check_code)
    severity: Severity = attrs.field(validator=one_of(*SEVERITIES))
    location: str = attrs.field(default="", validator=instance_of(str))
    template: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    facts: Mapping[str, Fact] = attrs.field(factory=dict, converter=_facts, hash=False)
    message: str = attrs.field(
        default=attrs.Factory(_english, takes_self=True), validator=non_blank()
    )
    metrics: tuple[str, ...] = attrs.field(default=(), converter=strings, validator=dotted_id())

    def format(self, locale: str | babel.Locale) -> str:
        """The message worded in *locale* (``"zh_Hans_CN"`` or ``"en"``).

        A finding without a template keeps its fixed message in every locale.

        >>> import datetime
        >>> late = Finding(code="deadline", severity="error",
        ...     template="published on {published}, after the deadline {due} for a report about {year}",
        ...     facts={"published": datetime.date(2024, 6, 3), "due": datetime.date(2024, 5, 31),
        ...            "year": 2023})
        >>> late.message
        'published on 2024-06-03, after the deadline 2024-05-31 for a report about 2023'
        >>> late.format("zh_Hans_CN")
        '2023年度报告于2024年6月3日公开，晚于公开期限2024年5月31日。'
        >>> late.format("fr")
        Traceback (most recent call last):
        ...
        govreport.exceptions.ValidationError: no messages in locale 'fr'; available: en, zh_Hans_CN

        Raises:
            ValidationError: *locale* is not one of the available locales.
        """
        if self.template is None:
            return self.message
        return render(self.template, self.facts, locale)

    def __str__(self) -> str:
        where = f" at {self.location}" if self.location else ""
        return f"{self.severity} {self.code}{where}: {self.message}"


Rule: TypeAlias = Callable[[Report], Iterable[Finding]]
"""A check rule: a pure function from a report to the findings it has about it."""
