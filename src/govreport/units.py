"""Units of measure as Chinese reports write them, and the 万/亿 scale words.

Units stay plain strings in the model (reports use hundreds of 量词), but a few
facts about them matter for validation and checking: counts cannot be negative,
a share in per cent lies in [0, 100], and 万/亿 are scales, not units.

>>> unit_kind("人次"), unit_kind("%"), unit_kind("个百分点"), unit_kind("元")
('count', 'share', 'points', 'money')
>>> SCALES["万"]
Decimal('10000')
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from .validators import instance_of

__all__ = ["COUNT_UNITS", "MONEY_UNITS", "SCALES", "SHARE_UNITS", "UnitKind", "unit_kind"]

UnitKind = Literal["count", "share", "points", "money", "other"]
"""What a unit measures: ``count`` (never negative), ``share`` (a proportion in
per cent or per mille), ``points`` (a difference of shares, 个百分点),
``money``, or ``other``."""

COUNT_UNITS: Final = frozenset(
    [
        "次",
        "份",
        "件",
        "家",
        "人次",
        "个",
        "名",
        "人",
        "户",
        "项",
        "场",
        "场次",
        "条",
        "张",
        "册",
        "批次",
        "户次",
        "家次",
        "起",
        "所",
        "篇",
        "期",
        "套",
        "处",
        "台",
        "辆",
        "宗",
        "位",
        "支",
        "类",
        "部",
        "本",
        "间",
        "座",
        "栋",
        "只",
        "头",
        "块",
        "亩",
        "批",
        "轮",
        "趟",
        "封",
        "卷",
        "组",
        "队",
        "村",
        "镇",
        "个次",
        "件次",
        "人天",
    ]
)
"""Measure words that count things; a count is never negative."""

SHARE_UNITS: Final = {"%": Decimal(100), "‰": Decimal(1000)}
"""Share units and the value of the whole (100% or 1000‰)."""

MONEY_UNITS: Final = frozenset({"元", "美元", "欧元", "港元", "日元"})
"""Currency units; scale them with ``scale="万"``, never with a ``"万元"`` unit."""

SCALES: Final = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}
"""Scale words and their multipliers (GB/T 15835: 万 and 亿 may serve as units)."""

# One lookup per figure; where a unit were in two sets, the earlier test of the
# original if-chain (count, share, points, money) wins, so it is written last.
_KINDS: Final[dict[str, UnitKind]] = {
    **dict.fromkeys(MONEY_UNITS, "money"),
    "个百分点": "points",
    **dict.fromkeys(SHARE_UNITS, "share"),
    **dict.fromkeys(COUNT_UNITS, "count"),
}


def unit_kind(unit: str) -> UnitKind:
    """Classify *unit*.

    >>> unit_kind("件"), unit_kind("‰"), unit_kind("公里")
    ('count', 'share', 'other')
    """
    if type(unit) is not str:
        instance_of(str).check("unit", unit)
    return _KINDS.get(unit, "other")
