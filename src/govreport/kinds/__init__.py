"""Statutory report kinds: the genre rules ``check()`` applies by ``Report.kind``.

A report names its genre in ``Report.kind``
(``"rule-of-law"``, ``"info-disclosure"``); :func:`get_kind` turns the name
into a :class:`Kind` with the default configuration. Configure a kind by
calling its factory (``rule_of_law(deadline=(3, 1))``,
``info_disclosure(previous=last_year)``) and pass its rules to the check.

>>> available_kinds()
['info-disclosure', 'rule-of-law']
>>> get_kind("rule-of-law").title
'法治政府建设年度报告'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

from ..exceptions import ValidationError
from ._kind import Kind
from .info_disclosure import (
    application_table,
    info_disclosure,
    proactive_table,
    review_litigation_table,
    table_rows,
)
from .rule_of_law import rule_of_law

__all__ = [
    "KINDS",
    "Kind",
    "application_table",
    "available_kinds",
    "get_kind",
    "info_disclosure",
    "proactive_table",
    "review_litigation_table",
    "rule_of_law",
    "table_rows",
]

KINDS: Final[Mapping[str, Callable[[], Kind]]] = MappingProxyType(
    {"info-disclosure": info_disclosure, "rule-of-law": rule_of_law}
)
"""Each built-in kind's factory by name; calling it gives the default configuration (read-only)."""


def available_kinds() -> list[str]:
    """The names of the built-in kinds, sorted.

    >>> "info-disclosure" in available_kinds()
    True
    """
    return sorted(KINDS)


def get_kind(name: str) -> Kind:
    """The kind called *name*, in its default configuration.

    Raises:
        ValidationError: no kind has that name (the message lists the kinds).

    >>> get_kind("info-disclosure").name
    'info-disclosure'
    >>> get_kind("budget")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: no report kind named 'budget'; available: info-disclosure, rule-of-law
    """
    factory = KINDS.get(name) if isinstance(name, str) else None
    if factory is None:
        raise ValidationError(
            f"no report kind named {name!r}; available: {', '.join(available_kinds())}",
            field="kind",
            value=name,
        )
    return factory()
