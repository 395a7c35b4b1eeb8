"""Unit kinds and scales."""

from __future__ import annotations

import pytest

from govreport import ModelTypeError
from govreport.units import COUNT_UNITS, MONEY_UNITS, SCALES, SHARE_UNITS, unit_kind


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("次", "count"),
        ("人次", "count"),
        ("家", "count"),
        ("%", "share"),
        ("‰", "share"),
        ("个百分点", "points"),
        ("元", "money"),
        ("公里", "other"),
        ("", "other"),
    ],
)
def test_unit_kind(unit: str, kind: str) -> None:
    """Units are classified by what they measure."""
    assert unit_kind(unit) == kind


def test_scales() -> None:
    """万, 亿 and 万亿 are the scale words."""
    assert {k: int(v) for k, v in SCALES.items()} == {"万": 10**4, "亿": 10**8, "万亿": 10**12}


def test_every_listed_unit_has_its_list_s_kind() -> None:
    """The unit lists do not overlap, so each unit has the kind of the one list it is in;
    a str subclass is classified by its value, and a non-str is a ModelTypeError."""
    lists = {"count": COUNT_UNITS, "share": SHARE_UNITS, "money": MONEY_UNITS}
    assert not COUNT_UNITS & SHARE_UNITS.keys()
    assert not COUNT_UNITS & MONEY_UNITS
    for kind, units in lists.items():
        for unit in units:
            assert unit_kind(unit) == kind

    class Unit(str):
        pass

    assert unit_kind(Unit("件")) == "count"
    with pytest.raises(ModelTypeError, match=r"^'unit' must be a str \(got int 3\)$"):
        unit_kind(3)  # type: ignore[arg-type]
