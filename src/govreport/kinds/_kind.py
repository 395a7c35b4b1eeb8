"""The :class:`Kind` value: a statutory genre's name, title and rules.

The kinds write their rules against :mod:`govreport._finding` and never import
:mod:`govreport.checks`; the checks engine imports the kinds to pick a report's
genre rules (``checks → kinds → _finding``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

from .._finding import Rule
from ..exceptions import ValidationError
from ..validators import instance_of, non_blank, sequence

__all__ = ["Kind"]

_NAME: Final = re.compile(r"[a-z][a-z0-9-]*")


def _check_name(inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not isinstance(value, str) or not _NAME.fullmatch(value):
        raise ValidationError(
            f"'name' must be a lower-case name such as 'rule-of-law' (got {value!r})",
            field="name",
            value=value,
        )


def _check_rules(inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    for index, rule in enumerate(value):
        if not callable(rule):
            raise ValidationError(
                f"'rules'[{index}] must be callable (got {type(rule).__name__})",
                field="rules",
                value=rule,
            )


def _rules(values: Iterable[Rule]) -> tuple[Rule, ...]:
    return sequence(values, "rules", ())


@attrs.frozen(kw_only=True)
class Kind:
    """A statutory report genre: the rules ``check()`` applies to a report of that kind.

    Args:
        name: the name a report states in ``Report.kind``.
        title: the genre's Chinese name.
        rules: the checks of the genre, each a function from a report to findings.
        description: one line on what the rules check.

    Kinds are values: :func:`~govreport.kinds.rule_of_law` and
    :func:`~govreport.kinds.info_disclosure` return a configured one, and two
    kinds configured alike are equal.

    >>> Kind(name="work-report", title="政府工作报告", rules=()).name
    'work-report'
    >>> Kind(name="Work Report", title="政府工作报告", rules=())
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'name' must be a lower-case name such as 'rule-of-law' (got 'Work Report')
    """

    name: str = attrs.field(validator=_check_name)
    title: str = attrs.field(validator=non_blank())
    rules: tuple[Rule, ...] = attrs.field(converter=_rules, validator=_check_rules)
    description: str = attrs.field(default="", validator=instance_of(str))
