"""attrs validators for the report model, as small frozen callables.

Each validator raises :class:`~govreport.exceptions.ValidationError` (a value
out of range) or :class:`~govreport.exceptions.ModelTypeError` (a value of the
wrong type) whose message names the field and the rejected value, always in the
same words (``'year' must be in [1949, 2100] (got 1900)``). They are public so
that users who extend the model validate the same way. Outside attrs, every
validator checks a value directly with ``check(field, value)``:

>>> one_of("arabic", "chinese").check("numerals", "roman")
Traceback (most recent call last):
...
govreport.exceptions.ValidationError: 'numerals' must be one of 'arabic', 'chinese' (got 'roman')

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

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, TypeVar, overload

import attrs

from .exceptions import LimitError, ModelTypeError, ValidationError

__all__ = [
    "MAX_DECIMAL_PLACES",
    "MAX_JSON_DEPTH",
    "MAX_NUMBER_LENGTH",
    "MAX_QUANTITY",
    "MAX_REFERENCE_NESTING",
    "MAX_SECTION_DEPTH",
    "MAX_STRING_LENGTH",
    "MAX_TABLE_COLUMNS",
    "MAX_YEAR",
    "MIN_YEAR",
    "at_least",
    "bounded_decimal",
    "bounded_text",
    "dotted_id",
    "instance_of",
    "non_blank",
    "one_of",
    "optional_dotted_id",
    "sequence",
    "strings",
    "year_range",
]

_T = TypeVar("_T")

MIN_YEAR: Final = 1949
"""The earliest report year accepted (the founding of the PRC)."""

MAX_YEAR: Final = 2100
"""The latest report year accepted."""

# The size limits. They are far above anything a real report needs and keep
# every operation on a document of under 1 MB well under a second.

MAX_QUANTITY: Final = 10**24
"""The largest magnitude of a quantity's value (a 1 followed by 24 zeros)."""

MAX_DECIMAL_PLACES: Final = 12
"""The most digits a quantity's value may have after the decimal point."""

MAX_TABLE_COLUMNS: Final = 100
"""The most columns a table may have, so also the widest a cell may span."""

MAX_SECTION_DEPTH: Final = 6
"""The most levels sections nest, one per heading style (一、 （一） 1. （1） ① a.)."""

MAX_REFERENCE_NESTING: Final = 4
"""How deep document references may quote one another in their titles (《关于印发〈…〉的通知》)."""

MAX_JSON_DEPTH: Final = 48
"""How deep a JSON document may nest arrays and objects (a valid report needs about 30)."""

MAX_STRING_LENGTH: Final = 100_000
"""The longest string a JSON document may hold, in characters."""

MAX_NUMBER_LENGTH: Final = 40
"""The longest number a JSON document or a quantity's value may be written with, in characters."""

_ID_PATTERN: Final = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


def _names(types: tuple[type, ...]) -> str:
    names = ["None" if t is type(None) else t.__name__ for t in types]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return ("an " if listed[0] in "AEIOUaeiou" else "a ") + listed


def _wrong_type(
    field: str, value: object, expected: str, *, index: int | None = None, hint: str = ""
) -> ModelTypeError:
    where = repr(field) if index is None else f"{field!r}[{index}]"
    return ModelTypeError(
        f"{where} must be {expected} (got {type(value).__name__} {value!r})"
        + (f"; {hint}" if hint else ""),
        field=field,
        value=value,
    )


class _Validator:
    """An attrs validator that also checks values outside attrs with ``check(field, value)``.

    Subclasses answer the common good value in ``__call__`` itself and leave
    the rest to ``check``: every model object runs these for each of its
    fields, so loading a report pays for them hundreds of times.
    """

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        """Raise a :class:`~govreport.exceptions.GovReportError` naming *field* if *value* is bad."""
        raise NotImplementedError


@attrs.frozen(repr=False)
class _NonBlank(_Validator):
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not str or not value or value.isspace():
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if not isinstance(value, str):
            raise _wrong_type(field, value, "a str")
        if not value.strip():
            raise ValidationError(
                f"{field!r} must not be empty (got {value!r})", field=field, value=value
            )

    def __repr__(self) -> str:
        return "<non_blank validator>"


def non_blank() -> _NonBlank:
    """Accept strings with something other than white space.

    >>> non_blank()
    <non_blank validator>
    """
    return _NonBlank()


@attrs.frozen(repr=False)
class _InstanceOf(_Validator):
    types: tuple[type, ...]
    # bool is an int, but True is not an int here: exact types pass at once, the rest is checked.
    _exact: frozenset[type] = attrs.field(
        init=False, eq=False, default=attrs.Factory(lambda self: frozenset(self.types), True)
    )

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) not in self._exact:
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if not isinstance(value, self.types) or (
            isinstance(value, bool) and bool not in self.types
        ):
            raise _wrong_type(field, value, _names(self.types))

    def __repr__(self) -> str:
        return f"<instance_of validator {', '.join(t.__name__ for t in self.types)}>"


def instance_of(*types: type) -> _InstanceOf:
    """Accept instances of *types* only (``True`` is not an ``int`` here), else ModelTypeError.

    >>> instance_of(int).check("seq", "3")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: 'seq' must be an int (got str '3')
    """
    return _instance_of(types)


@functools.cache
def _instance_of(types: tuple[type, ...]) -> _InstanceOf:
    # Validators are immutable, and type checks run in hot paths (every unit_kind call):
    # one object per set of types, not one per call.
    return _InstanceOf(types)


def _hashable(choices: tuple[object, ...]) -> frozenset[tuple[type, object]]:
    found = set()
    for choice in choices:
        try:
            found.add((type(choice), choice))
        except TypeError:  # an unhashable choice is compared by check() alone
            continue
    return frozenset(found)


@attrs.frozen(repr=False)
class _OneOf(_Validator):
    choices: tuple[object, ...]
    _exact: frozenset[tuple[type, object]] = attrs.field(
        init=False,
        eq=False,
        default=attrs.Factory(lambda self: _hashable(self.choices), True),
    )

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        try:
            if (type(value), value) in self._exact:
                return
        except TypeError:  # unhashable: not one of the choices
            pass
        self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if not any(type(value) is type(choice) and value == choice for choice in self.choices):
            raise ValidationError(
                f"{field!r} must be one of {', '.join(map(repr, self.choices))} (got {value!r})",
                field=field,
                value=value,
            )

    def __repr__(self) -> str:
        return f"<one_of validator {', '.join(map(repr, self.choices))}>"


def one_of(*choices: object) -> _OneOf:
    """Accept exactly one of *choices* (``None`` among them if it is allowed).

    >>> one_of("inline", "lines")
    <one_of validator 'inline', 'lines'>
    """
    try:
        return _one_of(tuple((type(choice), choice) for choice in choices))
    except TypeError:  # an unhashable choice: a validator of its own
        return _OneOf(choices)


@functools.cache
def _one_of(typed: tuple[tuple[type, object], ...]) -> _OneOf:
    # As _instance_of: options are checked on every call of the numeral and quantity writers.
    # Keyed by type and value, as the validator compares: one_of(1) is not one_of(True).
    return _OneOf(tuple(choice for _, choice in typed))


@attrs.frozen(repr=False)
class _AtLeast(_Validator):
    bound: int

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not int or value < self.bound:
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise _wrong_type(field, value, "a number")
        if (isinstance(value, Decimal) and value.is_nan()) or value < self.bound:  # NaN: no order
            raise ValidationError(
                f"{field!r} must be at least {self.bound} (got {value})", field=field, value=value
            )

    def __repr__(self) -> str:
        return f"<at_least validator {self.bound}>"


def at_least(bound: int) -> _AtLeast:
    """Accept numbers (not ``bool``) no smaller than *bound*.

    >>> at_least(1).check("rowspan", 0)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'rowspan' must be at least 1 (got 0)
    """
    return _AtLeast(bound)


@attrs.frozen(repr=False)
class _YearRange(_Validator):
    low: int
    high: int

    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not int or not self.low <= value <= self.high:
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _wrong_type(field, value, "an int")
        if not self.low <= value <= self.high:
            raise ValidationError(
                f"{field!r} must be in [{self.low}, {self.high}] (got {value})",
                field=field,
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
class _DottedId(_Validator):
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not str or _ID_PATTERN.fullmatch(value) is None:
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        values: Iterable[object] = value if isinstance(value, tuple) else (value,)
        for item in values:
            if not isinstance(item, str) or not _ID_PATTERN.fullmatch(item):
                raise ValidationError(
                    f"{field!r} must be a dotted id of lower-case ASCII words such as "
                    f"'enforcement.inspections' (got {item!r})",
                    field=field,
                    value=item,
                )

    def __repr__(self) -> str:
        return "<dotted_id validator>"


@attrs.frozen(repr=False)
class _OptionalDottedId(_DottedId):
    def __call__(self, inst: object, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and (type(value) is not str or _ID_PATTERN.fullmatch(value) is None):
            self.check(attr.name, value)

    def check(self, field: str, value: Any) -> None:
        if value is not None:
            super().check(field, value)

    def __repr__(self) -> str:
        return "<optional validator for <dotted_id validator> or None>"


def dotted_id() -> _DottedId:
    """Accept stable ids such as ``"documents.total"`` (or a tuple of them).

    Ids are lower-case ASCII words joined by dots, so that they survive every
    storage format and stay the same from one year's report to the next.

    >>> dotted_id()
    <dotted_id validator>
    """
    return _DottedId()


def optional_dotted_id() -> _OptionalDottedId:
    """Like :func:`dotted_id`, but ``None`` is accepted.

    >>> optional_dotted_id()
    <optional validator for <dotted_id validator> or None>
    """
    return _OptionalDottedId()


def bounded_text(value: str, *, field: str = "value") -> None:
    """Refuse a number written in more than :data:`MAX_NUMBER_LENGTH` characters, before reading it.

    >>> bounded_text("9" * 41)
    Traceback (most recent call last):
    ...
    govreport.exceptions.LimitError: 'value' must be written in at most 40 characters (got 41)
    """
    length = len(value.strip()) if len(value) > MAX_NUMBER_LENGTH else 0
    if length > MAX_NUMBER_LENGTH:
        raise LimitError(
            f"{field!r} must be written in at most {MAX_NUMBER_LENGTH} characters (got {length})",
            limit="MAX_NUMBER_LENGTH",
            field=field,
            value=value.strip()[:MAX_NUMBER_LENGTH] + "…",
        )


def bounded_decimal(value: Decimal, *, field: str = "value") -> None:
    """Refuse a decimal beyond :data:`MAX_QUANTITY` or with more than :data:`MAX_DECIMAL_PLACES`.

    >>> bounded_decimal(Decimal("1e25"))
    Traceback (most recent call last):
    ...
    govreport.exceptions.LimitError: 'value' must be at most 10^24 in magnitude (got 1E+25)
    """
    if not value.is_finite():
        raise ValidationError(f"{field!r} must be finite (got {value})", field=field, value=value)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_DECIMAL_PLACES:
        raise LimitError(
            f"{field!r} may have at most {MAX_DECIMAL_PLACES} decimal places (got {-exponent})",
            limit="MAX_DECIMAL_PLACES",
            field=field,
            value=value,
        )
    if value.copy_abs() > MAX_QUANTITY:
        shown = (
            str(value) if value.adjusted() < MAX_NUMBER_LENGTH else f"about 10^{value.adjusted()}"
        )
        raise LimitError(
            f"{field!r} must be at most 10^24 in magnitude (got {shown})",
            limit="MAX_QUANTITY",
            field=field,
            value=value,
        )


def strings(values: Iterable[str]) -> tuple[str, ...]:
    """Converter: any iterable of strings to a tuple (a bare string is one item, not its characters).

    Values that are not strings are left for the field's validator to name.

    >>> strings(["a", "b"]), strings("ab")
    (('a', 'b'), ('ab',))
    """
    if isinstance(values, str):
        return (values,)
    if isinstance(values, Iterable) and not isinstance(values, bytes | Mapping):
        return tuple(values)
    return values  # type: ignore[return-value]  # not a sequence: the validator says so


@overload
def sequence(
    values: Iterable[Any], field: str, types: tuple[type, ...], *, hint: str = ""
) -> tuple[Any, ...]: ...
@overload
def sequence(
    values: Iterable[Any], field: str, types: tuple[type, ...], *, convert: Callable[[Any], _T]
) -> tuple[_T, ...]: ...
def sequence(
    values: Iterable[Any],
    field: str,
    types: tuple[type, ...],
    *,
    convert: Callable[[Any], _T] | None = None,
    hint: str = "",
) -> tuple[Any, ...]:
    """A converter's body: *values* (a list, tuple or other iterable) as a tuple of *types*.

    Items that are not of *types* (``()`` accepts any item) go through *convert* if it is given (which
    raises a :class:`~govreport.exceptions.GovReportError` for what it cannot
    take); otherwise they are a :class:`~govreport.exceptions.ModelTypeError`
    naming the field and the index (and ending in *hint*, what to do instead),
    as is a value that is no sequence at all.

    >>> sequence([1, 2], "seqs", (int,))
    (1, 2)
    >>> sequence([1, "2"], "seqs", (int,))
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: 'seqs'[1] must be an int (got str '2')
    """
    if (type(values) is tuple or type(values) is list) and (
        not types or all(type(value) in types for value in values)
    ):
        return tuple(values)  # the common case: exactly the types asked for
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        raise _wrong_type(field, values, "a list or tuple")
    found: list[Any] = []
    for index, value in enumerate(values):
        if not types or (
            isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        ):
            found.append(value)
        elif convert is not None:
            found.append(convert(value))
        else:
            raise _wrong_type(field, value, _names(types), index=index, hint=hint)
    return tuple(found)
