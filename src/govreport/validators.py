"""attrs validators for the report model, as small frozen callables.

Each validator raises :class:`~govreport.exceptions.ValidationError` whose
message names the field and the rejected value, in the attrs style
(``'year' must be in [1949, 2100] (got 1900)``). They are public so that users
who extend the model validate the same way.

>>> import attrs
>>> @attrs.frozen
... class Thing:
...     year: int = attrs.field(validator=year_range())
>>> Thing(1900)
Traceback (most recent call last):
...
govreport.exceptions.ValidationError: 'year' must be in [1949, 2100] (got 1900)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

from .exceptions import ValidationError

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "dotted_id",
    "non_blank",
    "optional_dotted_id",
    "strings",
    "year_range",
]

MIN_YEAR: Final = 1949
"""The earliest report year accepted (the founding of the PRC)."""

MAX_YEAR: Final = 2100
"""The latest report year accepted."""

_ID_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


@attrs.frozen(repr=False)
class _NonBlank:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, str) and not value.strip():
            raise ValidationError(
                f"{attr.name!r} must not be empty (got {value!r})", field=attr.name, value=value
            )

    def __repr__(self) -> str:
        return "<non_blank validator>"


def non_blank() -> _NonBlank:
    """Reject empty or whitespace-only strings.

    >>> non_blank()
    <non_blank validator>
    """
    return _NonBlank()


@attrs.frozen(repr=False)
class _YearRange:
    low: int
    high: int

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: int) -> None:
        if not self.low <= value <= self.high:
            raise ValidationError(
                f"{attr.name!r} must be in [{self.low}, {self.high}] (got {value})",
                field=attr.name,
                value=value,
            )

    def __repr__(self) -> str:
        return f"<year_range validator [{self.low}, {self.high}]>"


def year_range(low: int = MIN_YEAR, high: int = MAX_YEAR) -> _YearRange:
    """Accept years in ``[low, high]`` (by default 1949 to 2100).

    >>> year_range()
    <year_range validator [1949, 2100]>
    """
    return _YearRange(low, high)


@attrs.frozen(repr=False)
class _DottedId:
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: object) -> None:
        values: Iterable[object] = value if isinstance(value, tuple) else (value,)
        for item in values:
            if not isinstance(item, str) or not _ID_PATTERN.fullmatch(item):
                raise ValidationError(
                    f"{attr.name!r} must be a dotted id of lower-case ASCII words such as "
                    f"'enforcement.inspections' (got {item!r})",
                    field=attr.name,
                    value=item,
                )

    def __repr__(self) -> str:
        return "<dotted_id validator>"


def dotted_id() -> _DottedId:
    """Accept stable ids such as ``"documents.total"`` (or a tuple of them).

    Ids are lower-case ASCII words joined by dots, so that they survive every
    storage format and stay the same from one year's report to the next.

    >>> dotted_id()
    <dotted_id validator>
    """
    return _DottedId()


def optional_dotted_id() -> Any:
    """Like :func:`dotted_id`, but ``None`` is accepted.

    >>> optional_dotted_id()
    <optional validator for <dotted_id validator> or None>
    """
    return attrs.validators.optional(_DottedId())


def strings(values: Iterable[str]) -> tuple[str, ...]:
    """Converter: any iterable of strings to a tuple (a bare string is one item, not its characters).

    >>> strings(["a", "b"]), strings("ab")
    (('a', 'b'), ('ab',))
    """
    if isinstance(values, str):
        return (values,)
    return tuple(values)
