"""The public attrs validators."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport import GovReportError, ModelTypeError, ValidationError
from govreport.validators import (
    at_least,
    dotted_id,
    instance_of,
    non_blank,
    one_of,
    optional_dotted_id,
    sequence,
    year_range,
)


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
    assert repr(one_of("a", None)) == "<one_of validator 'a', None>"
    assert repr(at_least(1)) == "<at_least validator 1>"
    assert repr(instance_of(int, str)) == "<instance_of validator int, str>"


def test_errors_are_value_errors() -> None:
    """Callers who only know builtins can catch ValueError."""
    with pytest.raises(ValueError):  # noqa: PT011 - the point is the builtin base
        _Sample(name="")


@attrs.frozen
class _Choices:
    layout: str = attrs.field(default="inline", validator=one_of("inline", "lines", None))
    span: int = attrs.field(default=1, validator=at_least(1))
    flag: bool = attrs.field(default=False, validator=instance_of(bool))


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"layout": "grid"},
            ValidationError,
            "'layout' must be one of 'inline', 'lines', None (got 'grid')",
        ),
        ({"layout": 1}, ValidationError, "'layout' must be one of 'inline', 'lines', None (got 1)"),
        ({"span": 0}, ValidationError, "'span' must be at least 1 (got 0)"),
        ({"span": "2"}, ModelTypeError, "'span' must be a number (got str '2')"),
        ({"span": True}, ModelTypeError, "'span' must be a number (got bool True)"),
        ({"flag": 1}, ModelTypeError, "'flag' must be a bool (got int 1)"),
    ],
)
def test_one_wording_each(arguments: dict[str, Any], error: type[Exception], message: str) -> None:
    """Each validator words its refusal one way, naming the field and the value."""
    with pytest.raises(error) as err:
        _Choices(**arguments)
    assert str(err.value) == message
    assert isinstance(err.value, GovReportError)
    assert err.value.field == next(iter(arguments))  # type: ignore[attr-defined]


def test_choices_compare_by_type() -> None:
    """1 is not True, and 1.0 is not 1: a choice matches only a value of its own type."""
    check = one_of(1, "a").check
    check("x", 1)
    for value in (True, 1.0, "1"):
        with pytest.raises(ValidationError):
            check("x", value)
    with pytest.raises(ValidationError):  # one validator per set of choices, by type too
        one_of(True, "a").check("x", 1)


def test_instance_of_refuses_bool_for_int() -> None:
    """True is an int to Python, but not a number of rows."""
    instance_of(int).check("rows", 3)
    with pytest.raises(ModelTypeError, match=r"^'rows' must be an int \(got bool True\)$"):
        instance_of(int).check("rows", True)
    instance_of(int, bool).check("rows", True)


def test_sequence() -> None:
    """Lists and other iterables become tuples; items are typed or converted; strings are refused."""
    assert sequence(iter([1, 2]), "n", (int,)) == (1, 2)
    assert sequence(["1", 2], "n", (int,), convert=int) == (1, 2)
    assert sequence([None, "a"], "n", ()) == (None, "a")
    with pytest.raises(ModelTypeError, match=r"^'n' must be a list or tuple \(got str 'ab'\)$"):
        sequence("ab", "n", (str,))
    with pytest.raises(ModelTypeError, match=r"^'n'\[1\] must be an int \(got str 'b'\); hint$"):
        sequence([1, "b"], "n", (int,), hint="hint")


def test_year_range_and_non_blank_check_types() -> None:
    """A year must be an int and a name a str; the error says so rather than failing a comparison."""
    with pytest.raises(ModelTypeError, match=r"^'year' must be an int \(got NoneType None\)$"):
        _Sample(year=None)  # type: ignore[arg-type]
    with pytest.raises(ModelTypeError, match=r"^'name' must be a str \(got int 3\)$"):
        _Sample(name=3)  # type: ignore[arg-type]


class _Name(str):
    pass


class _Count(int):
    pass


_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.builds(_Count, st.integers(-5, 3000)),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(["", " ", "\u3000", "inline", "a.b", "A.b", "a..b", "x", "万元", "lines"]),
    st.text(max_size=6),
    st.builds(_Name, st.sampled_from(["a.b", " ", "inline"])),
    st.tuples(st.sampled_from(["a", "b.c", "B"])),
    st.lists(st.integers(), max_size=2),
)

_VALIDATORS = [
    non_blank(),
    instance_of(str),
    instance_of(int),
    instance_of(int, bool),
    instance_of(str, type(None)),
    one_of("inline", "lines", None),
    one_of(1, "a", [1]),  # an unhashable choice is still a choice
    at_least(1),
    year_range(2000, 2030),
    dotted_id(),
    optional_dotted_id(),
]


def _outcome(run: Any) -> str | None:
    try:
        run()
    except GovReportError as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@given(value=_VALUES, index=st.integers(0, len(_VALIDATORS) - 1))
def test_the_quick_answer_is_the_full_answer(value: object, index: int) -> None:
    """A validator called by attrs answers good values at once; it accepts and refuses
    exactly what ``check`` does, with the same words."""
    validator = _VALIDATORS[index]
    field = attrs.fields(_Sample).name
    direct = _outcome(lambda: validator(None, field, value))
    assert direct == _outcome(lambda: validator.check("name", value))


@given(
    st.lists(_VALUES, max_size=4),
    st.sampled_from([(), (int,), (str,), (int, bool), (str, type(None))]),
)
def test_sequence_quick_answer(values: list[object], types: tuple[type, ...]) -> None:
    """A list of exactly the types asked for comes back as it is; anything else is checked item by item."""

    def slow() -> tuple[object, ...]:
        return sequence(iter(values), "n", types)

    assert _outcome(lambda: sequence(values, "n", types)) == _outcome(slow)
    if _outcome(slow) is None:
        assert sequence(values, "n", types) == slow()
        assert sequence(tuple(values), "n", types) == slow()
