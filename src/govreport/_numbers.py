"""Exact numbers from what a caller passes: the one coercion behind numerals, quantities and the model.

A figure in a report is exact, so it is an int, a :class:`~decimal.Decimal`
or a numeric str, never a float (0.1 is not one tenth). The numeral writers
accept a float read through its ``repr``, where the caller asks for words and
``to_chinese(0.1)`` can only mean 零点一.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .exceptions import ModelTypeError, ValidationError

__all__ = ["to_decimal"]


def to_decimal(value: object, *, field: str = "value", floats: bool = False) -> Decimal:
    """The exact, finite Decimal that the int, Decimal or numeric str *value* stands for.

    Args:
        value: the number; a str may have spaces around it.
        field: the name the errors give the value.
        floats: accept a float, read through its ``repr`` (``0.1`` → ``Decimal('0.1')``).

    Raises:
        ModelTypeError: *value* is a bool, a float (unless *floats*) or not a number.
        ValidationError: a str that is not a decimal number, or NaN or an infinity.

    >>> to_decimal(7), to_decimal(" 0.90 "), to_decimal(0.1, floats=True)
    (Decimal('7'), Decimal('0.90'), Decimal('0.1'))
    >>> to_decimal(0.1, field="n")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: 'n' must be an int, Decimal or numeric str, not float (0.1); floats are inexact, write Decimal('0.1') instead
    >>> to_decimal("NaN")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'value' must be finite (got 'NaN')
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal | str | float):
        raise ModelTypeError(
            f"{field!r} must be an int, Decimal or numeric str, "
            f"not {type(value).__name__} ({value!r})",
            field=field,
            value=value,
        )
    if isinstance(value, float) and not floats:
        raise ModelTypeError(
            f"{field!r} must be an int, Decimal or numeric str, not float ({value!r}); "
            f"floats are inexact, write Decimal({str(value)!r}) instead",
            field=field,
            value=value,
        )
    try:
        # A float is read through its repr: the shortest text that reads back as it.
        number = Decimal(float.__repr__(value) if isinstance(value, float) else value)
    except InvalidOperation:
        raise ValidationError(
            f"{field!r} must be a decimal number (got {value!r})", field=field, value=value
        ) from None
    if not number.is_finite():
        raise ValidationError(f"{field!r} must be finite (got {value!r})", field=field, value=value)
    return number
