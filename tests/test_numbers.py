"""_numbers.to_decimal: the one coercion of numbers for numerals, quantities and the model."""

from __future__ import annotations

import enum
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr
from govreport import quantities
from govreport._numbers import to_decimal
from govreport.exceptions import ModelTypeError, ValidationError
from govreport.numerals import to_chinese


class _Count(enum.IntEnum):
    THREE = 3


@pytest.mark.parametrize(
    ("value", "expected"),
    [(7, "7"), (-3, "-3"), (Decimal("0.90"), "0.90"), (" 12.50 ", "12.50"), ("1e3", "1E+3")],
)
def test_exact_numbers_are_kept_as_written(value: object, expected: str) -> None:
    """ints, Decimals and numeric strs become the Decimal they spell, trailing zeros kept."""
    assert str(to_decimal(value)) == expected


def test_subclasses_of_int_are_numbers() -> None:
    """An IntEnum member is the int it stands for."""
    assert to_decimal(_Count.THREE) == 3


@pytest.mark.parametrize("value", [True, None, [1], object(), b"1", 1j])
def test_non_numbers_are_type_errors_naming_the_field(value: object) -> None:
    """bool and non-numbers raise ModelTypeError with the field and the value."""
    with pytest.raises(
        ModelTypeError, match=r"^'amount' must be an int, Decimal or numeric str, not "
    ) as info:
        to_decimal(value, field="amount")
    assert (info.value.field, info.value.value) == ("amount", value)


def test_floats_are_refused_with_advice_unless_asked_for() -> None:
    """A float is inexact: refused with the Decimal to write, or read through its repr."""
    with pytest.raises(ModelTypeError, match=r"floats are inexact, write Decimal\('0.1'\) instead"):
        to_decimal(0.1)
    assert to_decimal(0.1, floats=True) == Decimal("0.1")
    assert to_decimal(1e22, floats=True) == Decimal("1e22")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("abc", "'value' must be a decimal number (got 'abc')"),
        ("", "'value' must be a decimal number (got '')"),
        ("NaN", "'value' must be finite (got 'NaN')"),
        ("-Infinity", "'value' must be finite (got '-Infinity')"),
        (Decimal("sNaN"), "'value' must be finite (got Decimal('sNaN'))"),
        (float("inf"), "'value' must be finite (got inf)"),
    ],
)
def test_bad_values_are_validation_errors(value: object, reason: str) -> None:
    """Text that is no number, NaN and infinities raise ValidationError saying so."""
    with pytest.raises(ValidationError) as info:
        to_decimal(value, floats=True)
    assert str(info.value) == reason


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_finite_decimals_and_their_text_come_back_unchanged(value: Decimal) -> None:
    """A finite Decimal, or its str, comes back equal and with the same digits."""
    assert str(to_decimal(value)) == str(to_decimal(str(value))) == str(value)


def test_every_caller_words_the_error_alike() -> None:
    """Numerals, quantities and the model raise the same words for the same bad value."""
    messages = set()
    for call in (
        lambda: to_chinese(True),  # type: ignore[arg-type]
        lambda: quantities.format_quantity(True),  # type: ignore[arg-type]
        lambda: gr.Quantity(value=True),
    ):
        with pytest.raises(ModelTypeError) as info:
            call()
        messages.add(str(info.value).split(" must ", 1)[1])
    assert messages == {"be an int, Decimal or numeric str, not bool (True)"}
