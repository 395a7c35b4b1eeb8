"""The public attrs validators."""

from __future__ import annotations

import attrs
import pytest

from govreport import ValidationError
from govreport.validators import dotted_id, non_blank, optional_dotted_id, year_range


@attrs.frozen
class _Sample:
    name: str = attrs.field(default="x", validator=non_blank())
    year: int = attrs.field(default=2023, validator=year_range(2000, 2030))
    id: str = attrs.field(default="a.b", validator=dotted_id())
    other: str | None = attrs.field(default=None, validator=optional_dotted_id())


def test_non_blank() -> None:
    """Blank strings are refused with the field name."""
    with pytest.raises(ValidationError) as err:
        _Sample(name=" ")
    assert (str(err.value), err.value.field) == ("'name' must not be empty (got ' ')", "name")


def test_year_range_bounds() -> None:
    """Bounds are inclusive and configurable."""
    assert _Sample(year=2000).year == 2000
    assert _Sample(year=2030).year == 2030
    with pytest.raises(ValidationError, match=r"'year' must be in \[2000, 2030\] \(got 2031\)"):
        _Sample(year=2031)


def test_dotted_id_accepts_tuples() -> None:
    """A tuple of ids is checked item by item."""

    @attrs.frozen
    class Many:
        ids: tuple[str, ...] = attrs.field(validator=dotted_id())

    assert Many(("a", "b.c_1")).ids == ("a", "b.c_1")
    with pytest.raises(ValidationError, match="got 'B'"):
        Many(("a", "B"))


def test_optional_dotted_id() -> None:
    """None passes; a bad id does not."""
    assert _Sample(other=None).other is None
    with pytest.raises(ValidationError):
        _Sample(other="Not ok")


def test_reprs() -> None:
    """Validators print readably."""
    assert repr(year_range(2000, 2030)) == "<year_range validator [2000, 2030]>"
    assert repr(dotted_id()) == "<dotted_id validator>"
    assert repr(non_blank()) == "<non_blank validator>"


def test_errors_are_value_errors() -> None:
    """Callers who only know builtins can catch ValueError."""
    with pytest.raises(ValueError):  # noqa: PT011 - the point is the builtin base
        _Sample(name="")
