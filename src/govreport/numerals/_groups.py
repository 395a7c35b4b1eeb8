"""The character tables and the table-driven integer formatter behind :mod:`govreport.numerals`.

Every 4-digit group (0-9999) is rendered once per style, script and 两 policy
and kept in lists, so formatting a number is a few integer divisions, list
lookups and string concatenations. The parser's fast path reads the same
tables inverted into dicts.
"""

from __future__ import annotations

from typing import Final, Literal

from ..exceptions import ValidationError
from ..validators import one_of

__all__ = [
    "DIGITS",
    "MAX_DIGITS",
    "NEGATIVE",
    "POINT",
    "Formatter",
    "LargeUnits",
    "Liang",
    "Script",
    "Style",
    "check_option",
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

MAX_DIGITS: Final = 100
"""The most digits a number may have before its point, and after it.

Reports never come near it (the model's figures stay below 10**24); the bound
keeps a short text such as 一亿亿亿… or an input such as ``Decimal("1e999999")``
from asking for a number of millions of digits.
"""

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
    one_of(*_OPTIONS[name]).check(name, value)


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
    """Every 4-digit group, rendered once, for one (style, script, liang, large_units).

    A number is written group by group, from the top (10**4 groups per 万, and
    万/亿 chunks). The tables, indexed by the group's value g (0-9999; ``""``
    stands for a zero group), are:

    ``alone``
        a whole number below 10**4 (十一, and 零 for 0);
    ``leading``
        the top group of a larger number, before its 万/亿 (十 for 10, 两 for
        2 when the 两 policy allows it);
    ``inner`` / ``inner_before_unit``
        a later group, without its leading 零, and the same before 万/亿;
    ``leading_wan`` / ``leading_yi``
        ``leading`` + 万 / + 亿;
    ``last``
        the lowest group of a number of 10**4 or more, with the 零 it needs
        when it is below 1000 (零七百, 七千);
    ``wan_after_yi``
        the 万 group after 亿, with its 零 and 万 (零一千万, 一千万);
    ``last_after_gap``
        零 + the lowest group, after 亿 when the 万 group is zero (一亿零七).

    The last five make a number below 10**12 a few lookups in
    :func:`~govreport.numerals.to_chinese`; :meth:`integer` writes any size.
    ``point``, ``negative`` and ``decimal_digits`` (a :meth:`str.translate`
    table for ASCII digits) write the rest of a decimal number;
    ``short_decimals`` maps one or two decimal digits to 点 and their words.
    """

    __slots__ = (
        "alone",
        "chunk_unit",
        "decimal_digits",
        "group_units",
        "groups_per_chunk",
        "inner",
        "inner_before_unit",
        "last",
        "last_after_gap",
        "leading",
        "leading_wan",
        "leading_yi",
        "negative",
        "point",
        "short_decimals",
        "wan_after_yi",
        "zero",
    )

    def __init__(self, style: str, script: str, liang: str, large_units: str) -> None:
        digits = DIGITS[style, script]
        units = _SMALL[style]
        two = _LIANG[script]
        zero = digits[0]
        plain = _groups(digits, units)
        # Lower-case numerals write 10-19 as 十… at the head (十一, never 一十一).
        head = (
            plain
            if style == "financial"
            else [*plain[:10], *(s[1:] for s in plain[10:20]), *plain[20:]]
        )
        head = [zero, *head[1:]]
        liang_qian = two if liang != "never" else ""
        alone = [
            group_string(g, digits, units, liang_qian=liang_qian) if 2000 <= g < 3000 else s
            for g, s in enumerate(head)
        ]
        leading = list(alone)
        inner = plain
        if liang == "all":
            inner = [
                group_string(g, digits, units, liang_qian=two) if 2000 <= g < 3000 else s
                for g, s in enumerate(plain)
            ]
        inner_before_unit = list(inner)
        if liang != "never":
            leading[2] = two
        if liang == "all":
            inner_before_unit[2] = two
        wan, yi = _WAN[script], _YI[script]
        self.zero, self.point, self.negative = zero, POINT[script], NEGATIVE[script]
        self.decimal_digits = str.maketrans("0123456789", digits)
        self.short_decimals = {
            str(k).zfill(width): self.point + str(k).zfill(width).translate(self.decimal_digits)
            for width in (1, 2)
            for k in range(10**width)
        }
        self.alone, self.leading = alone, leading
        self.inner, self.inner_before_unit = inner, inner_before_unit
        self.group_units: tuple[str, ...]
        if large_units == "wanyi":
            self.groups_per_chunk, self.group_units, self.chunk_unit = 2, ("", wan), yi
        else:
            self.groups_per_chunk, self.group_units, self.chunk_unit = 4, ("", wan, yi, "兆"), "京"
        rest = range(1, 10000)
        self.leading_wan = ["", *(leading[g] + wan for g in rest)]
        self.leading_yi = ["", *(leading[g] + yi for g in rest)]
        self.last = ["", *((zero if g < 1000 else "") + inner[g] for g in rest)]
        self.wan_after_yi = [
            "",
            *((zero if g < 1000 else "") + inner_before_unit[g] + wan for g in rest),
        ]
        self.last_after_gap = ["", *(zero + inner[g] for g in rest)]

    def integer(self, n: int, *, boundary_zero: bool = False) -> str:
        """Write the integer ``n >= 0`` with any number of groups, group by group."""
        if n < 10000:
            return self.alone[n]
        groups: list[int] = []
        while n:
            n, g = divmod(n, 10000)
            groups.append(g)
        size = self.groups_per_chunk
        top = len(groups) - 1
        out: list[str] = []
        for i in range(top, -1, -1):
            g = groups[i]
            if g:
                if i == top:
                    out.append((self.leading if i else self.alone)[g])
                else:
                    above = groups[i + 1]
                    if (
                        g < 1000
                        or (boundary_zero and above % 10 == 0)
                        or (not above and ((i + 1) % size or not any(groups[i + 1 : i + 1 + size])))
                    ):
                        out.append(self.zero)
                    out.append((self.inner_before_unit if i else self.inner)[g])
                out.append(self.group_units[i % size])
            if i and not i % size and any(groups[i : i + size]):
                out.append(self.chunk_unit * (i // size))
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
