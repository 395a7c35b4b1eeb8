"""The approximation-marker table and the intervals the markers denote."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport._approx import MARKERS, as_marker, denoted_interval, last_digit_step, split_marker
from govreport.exceptions import ModelTypeError, ValidationError


@pytest.mark.parametrize(
    ("marker", "position"),
    [
        ("余", "after"),
        ("多", "after"),
        ("以上", "after"),
        ("左右", "after"),
        ("约", "before"),
        ("近", "before"),
        ("超", "before"),
        ("逾", "before"),
        ("不少于", "before"),
    ],
)
def test_positions(marker: str, position: str) -> None:
    """余/多/以上/左右 follow the number; 约/近/超/逾/不少于 precede it (GB/T 15835)."""
    assert MARKERS[marker].position == position


@pytest.mark.parametrize("marker", list(MARKERS))
def test_side_spelled_correctly_is_accepted(marker: str) -> None:
    """Every marker is accepted on its own side."""
    spec = "…" + marker if MARKERS[marker].position == "after" else marker + "…"
    assert split_marker(spec) == marker


@pytest.mark.parametrize("marker", list(MARKERS))
def test_wrong_side_is_refused(marker: str) -> None:
    """Every marker is refused on the other side."""
    spec = marker + "…" if MARKERS[marker].position == "after" else "…" + marker
    with pytest.raises(ValueError, match="is written"):
        split_marker(spec)


@pytest.mark.parametrize(
    ("value", "step"),
    [
        ("10", "10"),
        ("30", "10"),
        ("400", "100"),
        ("1000", "1000"),
        ("15", "1"),
        ("1.5", "0.1"),
        ("0", "1"),
    ],
)
def test_last_digit_step(value: str, step: str) -> None:
    """余 extends up to the worth of the last significant digit."""
    assert last_digit_step(Decimal(value)) == Decimal(step)


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(list(MARKERS)))
def test_marker_interval_holds_a_value_near_the_number(value: int, marker: str) -> None:
    """Every marker's interval is non-empty and reaches within 10% of the written number."""
    v = Decimal(value)
    interval = denoted_interval(v, marker)
    tiny = v / 1000
    ends = [e for e in (interval.low, interval.high) if e is not None]
    candidates = [*ends, *(e + tiny for e in ends), *(e - tiny for e in ends)]
    if len(ends) == 2:
        candidates.append((ends[0] + ends[1]) / 2)
    inside = [c for c in candidates if interval.contains(c)]
    assert inside
    assert min(abs(c - v) for c in inside) <= v / 10


@pytest.mark.parametrize(
    ("spec", "marker"), [("余", "余"), ("…余", "余"), ("约…", "约"), (None, None)]
)
def test_as_marker_gives_the_canonical_marker(spec: str | None, marker: str | None) -> None:
    """as_marker accepts a marker, the marker with its side shown, or None."""
    assert as_marker(spec) == marker


@pytest.mark.parametrize(
    ("spec", "error", "reason"),
    [
        (3, ModelTypeError, "'approx' must be a str (got 3)"),
        ("大概", ValidationError, "'approx': unknown approximation marker '大概'"),
        ("余…", ValidationError, "'approx': '余' is written after the number"),
    ],
)
def test_as_marker_refuses_with_the_field(
    spec: object, error: type[Exception], reason: str
) -> None:
    """A non-str or an unknown or misplaced marker raises a GovReportError naming 'approx'."""
    with pytest.raises(error) as info:
        as_marker(spec)
    assert str(info.value).startswith(reason)
    assert info.value.field == "approx"  # type: ignore[attr-defined]
