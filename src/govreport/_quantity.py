"""Quantities (a number as a report writes it) and metrics (a quantity with an id)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from ._approx import MARKERS, as_marker, denoted_interval
from ._interval import Interval
from ._numbers import to_decimal
from .exceptions import ValidationError
from .units import SCALES, SHARE_UNITS, unit_kind
from .validators import (
    bounded_decimal,
    bounded_text,
    dotted_id,
    instance_of,
    non_blank,
    one_of,
)

__all__ = ["Metric", "Quantity", "metric"]

# Units whose figures are taken as rounded (63.5% stands for [63.45, 63.55]): shares and
# differences of shares (unit_kind "share" and "points").
_ROUNDED_UNITS: Final = frozenset({*SHARE_UNITS, "个百分点"})

Numerals = Literal["arabic", "chinese"]

_SCALE_FIRST: Final = tuple({word[0] for word in SCALES})


def _bounded_value(value: object) -> Decimal:
    """The exact value, at most 10^24 in magnitude with at most 12 decimal places.

    A numeric str is measured before it is converted, so a figure written with a
    million digits costs nothing (:data:`~govreport.validators.MAX_NUMBER_LENGTH`).
    """
    if type(value) is Decimal and value.is_finite():
        number = value  # what to_decimal would return
    else:
        if isinstance(value, str):
            bounded_text(value)
        number = to_decimal(value)
    bounded_decimal(number)
    return number


@attrs.frozen(kw_only=True)
class Quantity:
    """A number as a report writes it: exact value, unit, approximation and scale.

    Args:
        value: the number as written, before the scale (``0.9`` in ``0.9万元``).
            An int, :class:`~decimal.Decimal` or numeric str; floats are refused
            because they are not exact.
        unit: the measure word or unit (``"次"``, ``"件"``, ``"%"``, ``"元"``),
            ``""`` for none.
        approx: an approximation marker such as ``"余"``, ``"约"`` or ``"以上"``.
            ``"…余"`` / ``"约…"`` spell out the side; a marker on the wrong side
            or two markers together are rejected.
        scale: ``"万"``, ``"亿"`` or ``"万亿"``.
        approx_after_scale: write ``10万余元`` rather than ``10余万元`` (the
            former keeps the 万 digit exact).
        change: the figure is a change or growth rate, which may be negative
            and may exceed 100%.
        rounded: whether the written value is rounded to its last digit;
            ``None`` infers it (scaled, fractional and per-cent figures are
            rounded, whole counts are exact).
        numerals: force ``"arabic"`` or ``"chinese"`` numerals for this figure
            (``四个方面``); ``None`` leaves it to the renderer.

    >>> q = Quantity(value="0.9", unit="元", scale="万")
    >>> str(q.interval())
    '[8500, 9500]'
    >>> str(Quantity(value=10, unit="次", approx="余").interval())
    '(10, 20)'
    >>> Quantity(value=-3, unit="件")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'value' of a count in '件' must not be negative (got -3); set change=True for a decrease
    """

    value: Decimal = attrs.field(converter=_bounded_value)
    unit: str = attrs.field(default="", validator=instance_of(str))
    approx: str | None = attrs.field(default=None, converter=as_marker)
    scale: str | None = attrs.field(default=None, validator=one_of(*SCALES, None))
    approx_after_scale: bool = attrs.field(default=False, validator=instance_of(bool))
    change: bool = attrs.field(default=False, validator=instance_of(bool))
    rounded: bool | None = attrs.field(default=None, validator=instance_of(bool, type(None)))
    numerals: Numerals | None = attrs.field(
        default=None, validator=one_of("arabic", "chinese", None)
    )

    @unit.validator
    def _check_unit(self, attribute: attrs.Attribute[str], unit: str) -> None:
        if not unit.startswith(_SCALE_FIRST):
            return
        for word in SCALES:
            rest = unit.removeprefix(word)
            if rest != unit and rest and unit_kind(rest) != "other":
                raise ValidationError(
                    f"'unit' {unit!r} contains the scale {word!r}: "
                    f"write unit={rest!r}, scale={word!r}",
                    field="unit",
                    value=unit,
                )

    def __attrs_post_init__(self) -> None:
        kind = unit_kind(self.unit)
        if self.approx_after_scale:
            if self.scale is None:
                raise ValidationError(
                    "'approx_after_scale' needs a 'scale'", field="approx_after_scale", value=True
                )
            if self.approx is None or MARKERS[self.approx].meaning != "over":
                # Only 余/多 change meaning with their place (10余万 vs 10万余); 以上, 约…
                # qualify the whole figure wherever they stand.
                raise ValidationError(
                    f"'approx_after_scale' applies to 余/多 only (got approx={self.approx!r})",
                    field="approx_after_scale",
                    value=True,
                )
        if self.change:
            return
        if kind in ("count", "money") and self.value < 0:
            what = "a count" if kind == "count" else "an amount"
            raise ValidationError(
                f"'value' of {what} in {self.unit!r} must not be negative (got {self.value}); "
                "set change=True for a decrease",
                field="value",
                value=self.value,
            )
        if kind == "count" and self.scale is None and self.value != self.value.to_integral_value():
            raise ValidationError(
                f"'value' of a count in {self.unit!r} must be a whole number (got {self.value})",
                field="value",
                value=self.value,
            )
        if kind == "share" and self.scale is not None:
            raise ValidationError(
                f"a share in {self.unit!r} cannot have a scale (got {self.scale!r})",
                field="scale",
                value=self.scale,
            )
        # A share outside [0, 100]% (来访事项办结率达到102%) is a figure a report can state but
        # not a true one: the percent-range check reports it, so it is not refused here.

    @property
    def multiplier(self) -> Decimal:
        """The factor of the scale word (``10000`` for 万, ``1`` without)."""
        return SCALES[self.scale] if self.scale is not None else Decimal(1)

    @property
    def is_rounded(self) -> bool:
        """Whether the written value stands for anything within half its last digit."""
        if self.rounded is not None:
            return self.rounded
        exponent = self.value.as_tuple().exponent
        fractional = isinstance(exponent, int) and exponent < 0
        return self.scale is not None or fractional or self.unit in _ROUNDED_UNITS

    def interval(self) -> Interval:
        """The interval of true values this figure denotes, in unscaled units.

        The checks guide lists the interval each approximation marker denotes.

        >>> str(Quantity(value=2, unit="名", approx="以上").interval())
        '[2, ∞)'
        >>> str(Quantity(value=100, unit="%").interval())
        '[99.5, 100]'
        """
        if (
            self.approx is None
            and self.scale is None
            and self.unit not in SHARE_UNITS  # a share is also capped at the whole
            and not self.is_rounded
        ):
            # The common figure (366家, 560件): written exactly, so it denotes itself. Counts
            # and amounts are never negative, so clamping at 0 would change nothing.
            return Interval(self.value, self.value)
        multiplier = self.multiplier
        if self.approx is not None and self.approx_after_scale:
            # 10万余元: the 万 digit is exact, so the excess is below one 万.
            low = self.value * multiplier
            found = Interval(low, low + multiplier, True, True)
        else:
            found = denoted_interval(
                self.value, self.approx, multiplier=multiplier, rounded=self.is_rounded
            )
        if self.change:
            return found
        kind = unit_kind(self.unit)
        if kind in ("count", "money", "share"):
            found = found.clamp_low(Decimal(0))
        if kind == "share":
            whole = SHARE_UNITS[self.unit]
            if found.high is None or found.high > whole:
                found = Interval(found.low, whole, found.low_open, False)
        return found


@attrs.frozen(kw_only=True)
class Metric:
    """A figure with a stable id and a label, placed inline in the text.

    The id stays the same from one year's report to the next, so figures can
    be compared across years; relations (totals, rates, counts) name metrics
    by id.

    >>> m = metric("enforcement.inspections", 366, "家", label="检查企业")
    >>> m.id, m.quantity.value
    ('enforcement.inspections', Decimal('366'))
    """

    id: str = attrs.field(validator=dotted_id())
    label: str = attrs.field(validator=non_blank())
    quantity: Quantity = attrs.field(validator=instance_of(Quantity))


def metric(
    id: str,
    value: int | Decimal | str,
    unit: str = "",
    *,
    label: str,
    **quantity: Any,
) -> Metric:
    """Build a :class:`Metric` in one call; keywords go to :class:`Quantity`.

    >>> metric("study.sessions", 10, "次", approx="余", label="干部职工专题学习").quantity.approx
    '余'
    """
    return Metric(id=id, label=label, quantity=Quantity(value=value, unit=unit, **quantity))
