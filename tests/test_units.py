"""Unit kinds and scales."""

from __future__ import annotations

import pytest

from govreport.units import SCALES, unit_kind


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
