"""Intervals of exact decimals: containment, sums, products and emptiness."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from govreport import Interval
from govreport._interval import _corner_product, _positive_product

D = Decimal


def closed(low: int | str, high: int | str) -> Interval:
    return Interval(D(low), D(high))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """Small intervals with integer or tenth ends, possibly unbounded or open."""
    ends = sorted(draw(st.lists(st.integers(-30, 30), min_size=2, max_size=2)))
    low: Decimal | None = D(ends[0]) / 10 if draw(st.booleans()) else D(ends[0])
    high: Decimal | None = D(ends[1])
    if draw(st.integers(0, 5)) == 0:
        low = None
    if draw(st.integers(0, 5)) == 0:
        high = None
    return Interval(low, high, draw(st.booleans()), draw(st.booleans()))


def members(interval: Interval) -> list[Decimal]:
    """A grid of values inside *interval*, including closed ends, for brute-force checks."""
    low = D(-40) if interval.low is None else interval.low
    high = D(40) if interval.high is None else interval.high
    grid = {low, high, *(D(n) for n in range(int(low) - 1, int(high) + 2))}
    return sorted(v for v in grid if interval.contains(v))


class TestBasics:
    def test_str_shows_open_and_closed_ends(self) -> None:
        """Brackets say which ends are included; unbounded ends print as ∞."""
        assert str(Interval(D(10), D(20), True, True)) == "(10, 20)"
        assert str(Interval(None, D("0.5"))) == "(-∞, 0.5]"

    def test_empty(self) -> None:
        """An interval whose ends meet but exclude each other holds nothing."""
        assert Interval(D(0), D(0), high_open=True).is_empty
        assert Interval(D(3), D(2)).is_empty
        assert not Interval.point(D(0)).is_empty
        assert not Interval(None, None).is_empty

    def test_precedes(self) -> None:
        """An open end touching a closed end still precedes it; overlap does not."""
        assert Interval(D(30), D(40), True, True).precedes(closed(40, 40))
        assert not closed(30, 40).precedes(closed(40, 50))
        assert not Interval(None, None).precedes(closed(1, 1))


class TestSum:
    def test_sum_of_points_is_exact(self) -> None:
        """The township total: 76+48+157+58+206 is exactly 545."""
        parts = [Interval.point(D(n)) for n in (76, 48, 157, 58, 206)]
        assert str(Interval.sum(parts)) == "[545, 545]"

    def test_sum_of_nothing_is_zero(self) -> None:
        """An empty sum is the point 0."""
        assert str(Interval.sum([])) == "[0, 0]"

    def test_addition_never_rounds(self) -> None:
        """Sums beyond 28 significant digits stay exact (the default context would round)."""
        big = Interval.point(D("1" * 40))
        small = Interval.point(D("0.000000001"))
        assert (big + small).low == D("1" * 40 + ".000000001")

    @given(st.lists(intervals(), max_size=5))
    def test_sum_equals_repeated_addition(self, items: list[Interval]) -> None:
        """Interval.sum gives the same interval as adding one by one."""
        total = Interval.point(D(0))
        for item in items:
            total = total + item
        assert Interval.sum(items) == total

    @given(intervals(), intervals(), st.data())
    def test_sum_contains_every_sum_of_members(
        self, a: Interval, b: Interval, data: st.DataObject
    ) -> None:
        """Any value of a plus any value of b lies in a + b."""
        xs, ys = members(a), members(b)
        if xs and ys:
            x, y = data.draw(st.sampled_from(xs)), data.draw(st.sampled_from(ys))
            assert (a + b).contains(x + y)


class TestProduct:
    def test_half_open_factor(self) -> None:
        """An open end of a factor makes the product's end open."""
        assert str(closed(1, 2) * Interval(D(3), D(4), low_open=True)) == "(3, 8]"

    def test_zero_is_attained_inside(self) -> None:
        """0 is reached when a factor may be 0, even if no end product is closed."""
        product = Interval(D(-1), D(1), True, True) * Interval(D(2), None)
        assert str(product) == "(-∞, ∞)"
        assert product.contains(D(0))
        assert str(Interval(D(0), D(1), high_open=True) * Interval(D(2), None, True)) == "[0, ∞)"

    def test_open_zero_end_times_unbounded(self) -> None:
        """(0, 1] times [1, ∞) gets arbitrarily close to 0 without reaching it."""
        assert str(Interval(D(0), D(1), low_open=True) * Interval(D(1), None)) == "(0, ∞)"

    def test_signs(self) -> None:
        """Negative factors swap ends as in ordinary arithmetic."""
        assert str(closed(-2, 1) * closed(3, 4)) == "[-8, 4]"
        assert str(closed(-2, -1) * closed(-4, -3)) == "[3, 8]"

    def test_empty_factor(self) -> None:
        """A product with an empty factor is empty."""
        assert (Interval(D(0), D(0), True) * closed(1, 2)).is_empty

    def test_products_are_exact(self) -> None:
        """Rates times denominators keep every digit (99.95% × 7 = 699.65)."""
        assert str(closed("99.95", "99.95") * closed(7, 7)) == "[699.65, 699.65]"

    @given(intervals(), intervals(), st.data())
    def test_product_contains_every_product_of_members(
        self, a: Interval, b: Interval, data: st.DataObject
    ) -> None:
        """Any value of a times any value of b lies in a × b."""
        xs, ys = members(a), members(b)
        if xs and ys:
            x, y = data.draw(st.sampled_from(xs)), data.draw(st.sampled_from(ys))
            assert (a * b).contains(x * y)

    @given(intervals(), intervals())
    def test_closed_ends_are_attained(self, a: Interval, b: Interval) -> None:
        """A closed end of a × b is the product of some members (it is tight)."""
        product = a * b
        if product.is_empty:
            return
        reached = {x * y for x in members(a) for y in members(b)}
        for end, is_open in ((product.low, product.low_open), (product.high, product.high_open)):
            if end is not None and not is_open:
                assert end in reached

    @given(intervals(), intervals())
    def test_open_ends_are_not_attained(self, a: Interval, b: Interval) -> None:
        """No product of members equals an open end of a × b."""
        product = a * b
        reached = {x * y for x in members(a) for y in members(b)}
        for end, is_open in ((product.low, product.low_open), (product.high, product.high_open)):
            if end is not None and is_open:
                assert end not in reached

    @given(intervals(), intervals())
    def test_commutative(self, a: Interval, b: Interval) -> None:
        """a × b equals b × a."""
        assert str(a * b) == str(b * a)

    @given(intervals(), intervals())
    def test_fast_path_agrees_with_corners(self, a: Interval, b: Interval) -> None:
        """The shortcut for positive factors gives exactly the corner-by-corner product."""
        fast = _positive_product(a, b)
        if fast is not None and not (a.is_empty or b.is_empty):
            assert fast == _corner_product(a, b)
