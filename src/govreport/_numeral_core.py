"""Character tables and the table-driven integer formatter behind :mod:`govreport.numerals`.

Every 4-digit group (0-9999) is rendered once per style, script and 两 policy
and kept in lists, so formatting a number is a few integer divisions, list
lookups and string concatenations. The parser's fast path reads the same
tables inverted into dicts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from .exceptions import ModelTypeError, ValidationError

__all__ = [
    "DIGITS",
    "FAST_HEAD",
    "FAST_HEAD_UNIT",
    "FAST_LOW",
    "FAST_MID",
    "FAST_ZERO",
    "Formatter",
    "LargeUnits",
    "Liang",
    "Script",
    "Style",
    "as_number",
    "fill_fast_tables",
    "formatter",
    "group_string",
]

Style = Literal["lower", "financial"]
Script = Literal["hans", "hant"]
Liang = Literal["never", "leading", "all"]
LargeUnits = Literal["wanyi", "zhao"]

DIGITS: Final[dict[tuple[str, str], str]] = {
    ("lower", "hans"): "零一二三四五六七八九",
    ("lower", "hant"): "零一二三四五六七八九",
    ("financial", "hans"): "零壹贰叁肆伍陆柒捌玖",
    ("financial", "hant"): "零壹貳參肆伍陸柒捌玖",
}
"""Digits 0-9 by (style, script); 零 is the quantity zero (GB/T 15835 §5.2.5)."""

_SMALL: Final = {"lower": ("", "十", "百", "千"), "financial": ("", "拾", "佰", "仟")}
_WAN: Final = {"hans": "万", "hant": "萬"}
_YI: Final = {"hans": "亿", "hant": "億"}
_LIANG: Final = {"hans": "两", "hant": "兩"}
NEGATIVE: Final = {"hans": "负", "hant": "負"}
POINT: Final = {"hans": "点", "hant": "點"}

_OPTIONS: Final[dict[str, tuple[str, ...]]] = {
    "style": ("lower", "financial"),
    "script": ("hans", "hant"),
    "liang": ("never", "leading", "all"),
    "large_units": ("wanyi", "zhao"),
}


def check_option(name: str, value: object) -> None:
    """Raise :class:`ValidationError` unless *value* is an allowed value of option *name*."""
    allowed = _OPTIONS[name]
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(
            f"{name!r} must be one of {', '.join(map(repr, allowed))} (got {value!r})",
            field=name,
            value=value,
        )


def group_string(g: int, digits: str, units: tuple[str, ...], *, liang_qian: str = "") -> str:
    """Render 0 < *g* < 10000 with one 零 per inner zero run and no trailing zeros.

    *liang_qian* replaces the digit 2 in the 千 position (两千).

    >>> group_string(1010, "零一二三四五六七八九", ("", "十", "百", "千"))
    '一千零一十'
    """
    out: list[str] = []
    pending_zero = False
    for pos, d in zip((3, 2, 1, 0), (g // 1000, g // 100 % 10, g // 10 % 10, g % 10), strict=True):
        if not d:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append((liang_qian if liang_qian and pos == 3 and d == 2 else digits[d]) + units[pos])
    return "".join(out)


def _groups(digits: str, units: tuple[str, ...]) -> list[str]:
    """``group_string`` for every g in 0-9999 (``""`` for 0), built from the shorter ones."""
    full = [""]
    for p, size in enumerate((1, 10, 100, 1000)):
        for d in range(1, 10):
            lead = digits[d] + units[p]
            full.append(lead)
            full += [lead + (digits[0] if r < size // 10 else "") + full[r] for r in range(1, size)]
    return full


class Formatter:
    """Precomputed group strings for one (style, script, liang, large_units) choice.

    ``head0``/``headU`` render the leading group (10-19 as 十… in lower case),
    ``full0``/``fullU`` any later group; the ``U`` tables are for a group that a
    万/亿 unit follows (the only place 两 may stand alone). ``hw``, ``low``,
    ``hy``, ``mw`` and ``z`` are the concatenations used for numbers < 10**12.
    """

    __slots__ = (
        "chunk_groups",
        "full0",
        "fullU",
        "group_units",
        "head0",
        "headU",
        "hw",
        "hy",
        "low",
        "mw",
        "super_unit",
        "z",
        "zero",
    )

    def __init__(self, style: str, script: str, liang: str, large_units: str) -> None:
        digits = DIGITS[style, script]
        units = _SMALL[style]
        two = _LIANG[script]
        full = _groups(digits, units)
        head = (
            list(full)
            if style == "financial"
            else [*full[:10], *(s[1:] for s in full[10:20]), *full[20:]]
        )
        head[0] = digits[0]
        lq = two if liang != "never" else ""
        head0 = [
            group_string(g, digits, units, liang_qian=lq) if 2000 <= g < 3000 else s
            for g, s in enumerate(head)
        ]
        headU = list(head0)
        if liang != "never":
            headU[2] = two
        full0 = full
        if liang == "all":
            full0 = [
                group_string(g, digits, units, liang_qian=two) if 2000 <= g < 3000 else s
                for g, s in enumerate(full)
            ]
        fullU = list(full0)
        if liang == "all":
            fullU[2] = two
        zero = digits[0]
        wan, yi = _WAN[script], _YI[script]
        self.group_units: tuple[str, ...]
        self.zero = zero
        self.head0, self.headU, self.full0, self.fullU = head0, headU, full0, fullU
        if large_units == "wanyi":
            self.chunk_groups, self.group_units, self.super_unit = 2, ("", wan), yi
        else:
            self.chunk_groups, self.group_units, self.super_unit = 4, ("", wan, yi, "兆"), "京"
        self.hw = [""] + [headU[g] + wan for g in range(1, 10000)]
        self.low = [""] + [(zero if g < 1000 else "") + full0[g] for g in range(1, 10000)]
        self.hy = [""] + [headU[g] + yi for g in range(1, 10000)]
        self.mw = [""] + [(zero if g < 1000 else "") + fullU[g] + wan for g in range(1, 10000)]
        self.z = [""] + [zero + full0[g] for g in range(1, 10000)]

    def integer(self, n: int, *, boundary_zero: bool = False) -> str:
        """Render the integer ``n >= 0`` with any number of groups."""
        if n < 10000:
            return self.head0[n]
        groups: list[int] = []
        while n:
            n, g = divmod(n, 10000)
            groups.append(g)
        size = self.chunk_groups
        top = len(groups) - 1
        out: list[str] = []
        for i in range(top, -1, -1):
            g = groups[i]
            if g:
                if i == top:
                    out.append((self.headU if i else self.head0)[g])
                else:
                    above = groups[i + 1]
                    if (
                        g < 1000
                        or (boundary_zero and above % 10 == 0)
                        or (not above and ((i + 1) % size or not any(groups[i + 1 : i + 1 + size])))
                    ):
                        out.append(self.zero)
                    out.append((self.fullU if i else self.full0)[g])
                out.append(self.group_units[i % size])
            if i and not i % size and any(groups[i : i + size]):
                out.append(self.super_unit * (i // size))
        return "".join(out)


_CACHE: dict[tuple[str, str, str, str], Formatter] = {}


def formatter(style: str, script: str, liang: str, large_units: str) -> Formatter:
    """The cached :class:`Formatter` for these options, validating each one."""
    key = (style, script, liang, large_units)
    try:
        return _CACHE[key]
    except (KeyError, TypeError):
        pass
    check_option("style", style)
    check_option("script", script)
    check_option("liang", liang)
    check_option("large_units", large_units)
    if style == "financial" and liang != "never":
        raise ValidationError(
            f"'liang' must be 'never' with style='financial' (got {liang!r}): "
            "大写 amounts always write 贰",
            field="liang",
            value=liang,
        )
    return _CACHE.setdefault(key, Formatter(style, script, liang, large_units))


def as_number(n: object, *, field: str = "n") -> int | Decimal:
    """Accept int, Decimal, numeric str, or float (through its repr); reject the rest.

    >>> as_number("12.50"), as_number(0.1), as_number(7)
    (Decimal('12.50'), Decimal('0.1'), 7)
    """
    if type(n) is int:
        return n
    if isinstance(n, bool) or not isinstance(n, int | Decimal | str | float):
        raise ModelTypeError(
            f"{field!r} must be an int, Decimal or numeric str (got {type(n).__name__} {n!r})",
            field=field,
            value=n,
        )
    if isinstance(n, int):
        return int(n)
    try:
        number = Decimal(repr(n)) if isinstance(n, float) else Decimal(n)
    except ArithmeticError:
        raise ValidationError(
            f"{field!r} must be a decimal number (got {n!r})", field=field, value=n
        ) from None
    if not number.is_finite():
        raise ValidationError(f"{field!r} must be finite (got {n!r})", field=field, value=n)
    return number


FAST_HEAD: Final[dict[str, int]] = {}
FAST_HEAD_UNIT: Final[dict[str, int]] = {}
FAST_LOW: Final[dict[str, int]] = {}
FAST_MID: Final[dict[str, int]] = {}
FAST_ZERO: Final[dict[str, int]] = {}


def fill_fast_tables() -> None:
    """Fill the parser's fast-path dicts (canonical zh-Hans group text → value).

    ``FAST_HEAD``: a whole number below 10**4 (十一, 零); ``FAST_HEAD_UNIT``: a
    leading group before 万/亿; ``FAST_LOW``: the group after 万 with its 零
    (零七百, 七千, or ``""``); ``FAST_MID``: the 万 group after 亿 without its 万;
    ``FAST_ZERO``: 零 + group, after 亿 when the 万 group is zero.
    """
    f = formatter("lower", "hans", "never", "wanyi")
    FAST_HEAD_UNIT.update((s, g) for g, s in enumerate(f.headU) if g)
    FAST_LOW.update((s, g) for g, s in enumerate(f.low))
    FAST_MID.update((s[:-1], g) for g, s in enumerate(f.mw) if g)
    FAST_ZERO.update((s, g) for g, s in enumerate(f.z) if g)
    FAST_HEAD.update((s, g) for g, s in enumerate(f.head0))  # last: it marks "filled"
