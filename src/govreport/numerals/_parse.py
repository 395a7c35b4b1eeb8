"""Reading Chinese numerals: :func:`from_chinese` and its exact, position-reporting parser.

:func:`from_chinese` first tries a dictionary lookup of the canonical zh-Hans
form; everything else (variants, money, errors) goes to :func:`parse`.

The integer grammar is read in two passes. Pass 1 reads *terms* (a digit with
its 十/百/千 position inside a 4-digit group), closes groups at 万 (and 亿/兆
in the 兆 system) and closes chunks at runs of 亿 (or 京), checking that units
fall. Pass 2 knows every digit's absolute power of ten and checks the 零
rules: one 零 for each skipped run of digits, none between adjacent digits,
and none needed where the skipped digits end right at a written 万/亿 unit
(十万七千). PBoC rule 4(3) allows that 零 anyway (十万零七千).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NoReturn

from ..exceptions import ModelTypeError, NumeralError
from ._groups import LargeUnits, check_option, formatter

__all__ = ["from_chinese", "parse"]

_LOWER, _FIN, _NEUTRAL = 0, 1, 2
_DIGIT: Final[dict[str, tuple[int, int]]] = {
    "零": (0, _NEUTRAL), "〇": (0, _LOWER),
    "一": (1, _LOWER), "二": (2, _LOWER), "两": (2, _LOWER), "兩": (2, _LOWER),
    "三": (3, _LOWER), "四": (4, _LOWER), "五": (5, _LOWER), "六": (6, _LOWER),
    "七": (7, _LOWER), "八": (8, _LOWER), "九": (9, _LOWER),
    "壹": (1, _FIN), "贰": (2, _FIN), "貳": (2, _FIN), "叁": (3, _FIN), "參": (3, _FIN),
    "叄": (3, _FIN), "肆": (4, _FIN), "伍": (5, _FIN), "陆": (6, _FIN), "陸": (6, _FIN),
    "柒": (7, _FIN), "捌": (8, _FIN), "玖": (9, _FIN),
}  # fmt: skip
_LIANG: Final = frozenset("两兩")
_LENIENT_DIGIT: Final = {"幺": (1, _LOWER)}
_SMALL: Final = {
    "十": (1, _LOWER), "百": (2, _LOWER), "千": (3, _LOWER),
    "拾": (1, _FIN), "佰": (2, _FIN), "仟": (3, _FIN),
}  # fmt: skip
_LENIENT_TENS: Final = {"廿": 2, "卅": 3, "卌": 4}
# in-chunk group index of each big unit; 0 marks the repeated chunk unit (亿 or 京)
_BIG: Final = {
    "wanyi": {"万": 1, "萬": 1, "亿": 0, "億": 0},
    "zhao": {"万": 1, "萬": 1, "亿": 2, "億": 2, "兆": 3, "京": 0},
}
_CHUNK_GROUPS: Final = {"wanyi": 2, "zhao": 4}
_NEG: Final = frozenset("负負")
_POINTS: Final = frozenset("点點")
_YUAN: Final = frozenset("元圆圓")
_ZHENG: Final = frozenset("整正")
_MONEY: Final = _YUAN | _ZHENG | {"角", "分"}
_PREFIXES: Final = ("人民币", "人民幣")
_ARABIC: Final = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")
_ARABIC_CHARS: Final = frozenset("0123456789０１２３４５６７８９.．-－+＋")
_ARABIC_SCALES: Final = {"万": 4, "萬": 4, "亿": 8, "億": 8}


def from_chinese(
    text: str, *, lenient: bool = False, large_units: LargeUnits = "wanyi"
) -> int | Decimal:
    """Read a Chinese numeral exactly, or raise saying where it is wrong.

    Strict by default: accepts every output of :func:`to_chinese`, :func:`rmb`
    and :func:`digits` (except a leading 〇, which an int cannot keep: 〇一 needs
    ``lenient=True``), and the standard variants 两 (before 百/千/万/亿), 〇 for
    零, 一十 at the head, 零十 (一千零十), the optional PBoC 零 (十万零七千),
    zh-Hant characters, 大写 digits, 负/負, Arabic and full-width digits, and
    amounts in 元角分 with 整/正 and a 人民币 prefix. Colloquial shorthand
    (百一, 三万五, 两千二, 二十万三), numerals with a skipped 零 (一万七百九十九,
    and the ambiguous 一亿一千, read literally as 100001000), 廿/卅/幺 and
    mixed forms such as 3万 or 1.2亿 need ``lenient=True``.

    Args:
        text: the numeral, with nothing around it.
        lenient: also accept the colloquial and ambiguous forms above.
        large_units: ``"zhao"`` reads 兆 as 10**12 and 京 as 10**16 (Taiwan);
            with the default ``"wanyi"`` they are refused because mainland 兆
            also means 10**6.

    Returns:
        An int for whole numbers; a :class:`~decimal.Decimal` when the text
        has a decimal point or is an amount of money (digits kept as written:
        十二点五零 → ``Decimal('12.50')``).

    Raises:
        NumeralError: the text is not a numeral (a ``ValueError`` whose
            ``position`` is the index of the first offending character, or
            ``len(text)`` when the text ends too early).
        ModelTypeError: *text* is not a str.

    >>> from_chinese("一万零七百九十九"), from_chinese("二〇二三"), from_chinese("两千")
    (10799, 2023, 2000)
    >>> from_chinese("壹仟贰佰叁拾肆元伍角陆分"), from_chinese("负零点零五")
    (Decimal('1234.56'), Decimal('-0.05'))
    >>> from_chinese("三万五", lenient=True), from_chinese("一兆", large_units="zhao")
    (35000, 1000000000000)
    >>> from_chinese("十十")
    Traceback (most recent call last):
    ...
    govreport.exceptions.NumeralError: '十' cannot follow a unit that is not larger at position 1 in '十十'
    """
    if type(text) is str and large_units == "wanyi":
        if not _ALONE:
            _fill_canonical_tables()
        # Canonical text only: any other text misses a table (no key holds 万 or 亿).
        try:
            if "亿" in text:
                hi, _, lo = text.partition("亿")
                if "万" in hi:
                    h1, _, h0 = hi.partition("万")
                    a = (_LEADING[h1] * 10000 + _LAST[h0]) * 100000000
                else:
                    a = _LEADING[hi] * 100000000
                b, wan, c = lo.partition("万")
                if wan:
                    return a + _WAN_AFTER_YI[b] * 10000 + _LAST[c]
                return a + _LAST_AFTER_GAP[lo] if lo else a
            if "万" in text:
                hi, _, lo = text.partition("万")
                return _LEADING[hi] * 10000 + _LAST[lo]
            return _ALONE[text]
        except KeyError:
            pass
    return parse(text, lenient=lenient, large_units=large_units)


_ALONE: Final[dict[str, int]] = {}
_LEADING: Final[dict[str, int]] = {}
_LAST: Final[dict[str, int]] = {}
_WAN_AFTER_YI: Final[dict[str, int]] = {}
_LAST_AFTER_GAP: Final[dict[str, int]] = {}


def _fill_canonical_tables() -> None:
    """Fill the fast path's dicts: canonical zh-Hans group text → value.

    They invert the default :class:`~._groups.Formatter`'s tables of the same
    names; ``_WAN_AFTER_YI`` without the trailing 万, and ``_LAST`` with ``""``.
    """
    f = formatter("lower", "hans", "never", "wanyi")
    _LEADING.update((s, g) for g, s in enumerate(f.leading) if g)
    _LAST.update((s, g) for g, s in enumerate(f.last))
    _WAN_AFTER_YI.update((s[:-1], g) for g, s in enumerate(f.wan_after_yi) if g)
    _LAST_AFTER_GAP.update((s, g) for g, s in enumerate(f.last_after_gap) if g)
    _ALONE.update((s, g) for g, s in enumerate(f.alone))  # last: it marks "filled"


class _Term:
    """One nonzero digit: value, 十/百/千 position in its group, where it was written."""

    __slots__ = ("bare_digit", "d", "gpos", "group", "idx", "liang", "zidx")

    def __init__(
        self, d: int, gpos: int, idx: int, zidx: int, group: int, *, bare: bool, liang: bool
    ) -> None:
        self.d, self.gpos, self.idx, self.zidx, self.group = d, gpos, idx, zidx, group
        self.bare_digit, self.liang = bare, liang


class _Group:
    """A 4-digit group: its index in the chunk, its chunk, the unit before it."""

    __slots__ = ("anchor", "chunk", "j", "size", "unit_follows")

    def __init__(self, chunk: int, anchor: tuple[bool, int] | None) -> None:
        self.chunk, self.anchor = chunk, anchor  # anchor: (is_chunk_unit, j or k)
        self.j, self.size, self.unit_follows = 0, 0, False


class _Parser:
    def __init__(self, text: str, lenient: bool, large_units: str) -> None:
        self.text, self.lenient, self.large_units = text, lenient, large_units
        self.style = _NEUTRAL

    def fail(self, reason: str, position: int) -> NoReturn:
        raise NumeralError(reason, text=self.text, position=position)

    def digit(self, c: str, i: int) -> int | None:
        """The digit *c* stands for (checking the style), or None if not a digit."""
        dv = _DIGIT.get(c) or (_LENIENT_DIGIT.get(c) if self.lenient else None)
        if dv is None:
            return None
        self.check_style(dv[1], i)
        return dv[0]

    def check_style(self, style: int, i: int) -> None:
        if style == _NEUTRAL or style == self.style:
            return
        if self.style != _NEUTRAL and not self.lenient:
            self.fail("mixes financial (大写) and ordinary numerals", i)
        self.style = style

    def run(self) -> int | Decimal:
        text, n = self.text, len(self.text)
        if not text:
            self.fail("empty text", 0)
        i = next((len(p) for p in _PREFIXES if text.startswith(p)), 0)
        money = i > 0
        sign = ""
        if i < n and text[i] in _NEG:
            sign, i = "-", i + 1
        elif self.lenient and text.startswith("正", i) and i + 1 < n:
            i += 1
        if i < n and text[i] in _ARABIC_CHARS and not money:
            return self.arabic(i, sign)
        if money or not _MONEY.isdisjoint(text[i:]):
            return self.money(i, sign)
        point = next((k for k in range(i, n) if text[k] in _POINTS), n)
        if point == i and not (self.lenient and point < n):
            self.fail("expected a number", i)
        whole = self.integer(i, point) if point > i else 0
        if point == n:
            return -whole if sign else whole
        frac = self.fraction(point + 1, n)
        if point > i and (point - i > 1 and self.digit_string(i, point)) and not self.lenient:
            self.fail("a digit-by-digit number has no decimals", point)
        return Decimal(f"{sign}{whole}.{frac}")

    def fraction(self, i: int, n: int) -> str:
        text = self.text
        if i == n:
            self.fail("expected digits after the decimal point", n)
        out = []
        for k in range(i, n):
            d = self.digit(text[k], k)
            if d is None:
                reason = (
                    "second decimal point" if text[k] in _POINTS else f"{text[k]!r} in decimals"
                )
                self.fail(reason, k)
            if text[k] in _LIANG and not self.lenient:
                self.fail("两 is not a decimal digit; write 二", k)
            out.append(str(d))
        return "".join(out)

    def digit_string(self, i: int, end: int) -> bool:
        text = self.text
        return all(
            (c in _DIGIT and (c not in _LIANG or self.lenient)) or (self.lenient and c == "幺")
            for c in text[i:end]
        )

    def integer(self, i: int, end: int, *, digit_strings: bool = True) -> int:
        """The integer written in text[i:end] (nonempty)."""
        text = self.text
        if end - i == 1 and text[i] in "零〇":
            self.digit(text[i], i)
            return 0
        if end - i > 1 and digit_strings and self.digit_string(i, end):
            values = [self.digit(text[k], k) for k in range(i, end)]
            if values[0] == 0 and not self.lenient:
                self.fail("a digit-by-digit number cannot start with 〇", i)
            return int("".join(map(str, values)))
        return self.terms(i, end)

    def terms(self, start: int, end: int) -> int:
        text, lenient = self.text, self.lenient
        big, size = _BIG[self.large_units], _CHUNK_GROUPS[self.large_units]
        terms: list[_Term] = []
        groups = [_Group(0, None)]
        chunk_k: list[int] = [0]
        pending: tuple[int, int, bool] | None = None  # digit, index, is 两
        zidx, gpos_last, last_j, last_k = -1, 4, size, 1 << 62
        i = start
        while i < end:
            c = text[i]
            d = self.digit(c, i)
            if d is not None:
                if pending is not None:
                    self.fail(f"digit {c!r} follows a digit without a unit between them", i)
                if d == 0:
                    if zidx >= 0:
                        self.fail("repeated 零", i)
                    if not terms:
                        self.fail("零 cannot begin a number", i)
                    zidx = i
                else:
                    pending = (d, i, c in _LIANG)
                i += 1
                continue
            small = _SMALL.get(c)
            if small is not None or (lenient and c in _LENIENT_TENS):
                if small is None:
                    if pending is not None:
                        self.fail(f"{c!r} follows a digit", i)
                    pending, small = (_LENIENT_TENS[c], i, False), (1, _LOWER)
                p, style = small
                self.check_style(style, i)
                if p >= gpos_last:
                    self.fail(f"{c!r} cannot follow a unit that is not larger", i)
                if pending is None:
                    if not lenient and not (
                        p == 1 and style == _LOWER and (not terms or zidx >= 0)
                    ):
                        one = "一" if style == _LOWER else "壹"
                        self.fail(f"{c!r} needs a digit before it here ({one}{c})", i)
                    pending = (1, i, False)
                dv, idx, liang = pending
                if liang and p == 1 and not lenient:
                    self.fail("两 cannot stand before 十; write 二十", idx)
                terms.append(_Term(dv, p, idx, zidx, len(groups) - 1, bare=False, liang=liang))
                groups[-1].size += 1
                gpos_last, zidx, pending = p, -1, None
                i += 1
                continue
            j = big.get(c)
            if j is None:
                if c in "兆京":
                    meaning = (
                        "兆 means 10**6 on the mainland and 10**12 in Taiwan"
                        if c == "兆"
                        else "京 (10**16) belongs to the 兆 system"
                    )
                    self.fail(f"{meaning}; pass large_units='zhao'", i)
                self.fail(f"unexpected {c!r}", i)
            if pending is None and zidx >= 0:
                self.fail(f"零 cannot stand directly before {c!r}", i)
            if pending is not None:
                dv, idx, liang = pending
                terms.append(_Term(dv, 0, idx, zidx, len(groups) - 1, bare=True, liang=liang))
                groups[-1].size += 1
                pending, zidx = None, -1
            group = groups[-1]
            run = 1
            if not j:
                while i + run < end and big.get(text[i + run]) == 0:
                    run += 1
            empty = group.size == 0 and (
                j or all(g.size == 0 for g in groups if g.chunk == group.chunk)
            )
            if empty:
                if not (lenient and not terms):
                    self.fail(f"{c!r} needs a number before it", i)
                terms.append(_Term(1, 0, i, -1, len(groups) - 1, bare=True, liang=False))
                group.size = 1
            if j:
                if j >= last_j:
                    self.fail(f"{c!r} cannot follow a unit that is not larger", i)
                group.j, group.unit_follows, last_j = j, True, j
                groups.append(_Group(group.chunk, (False, j)))
            else:
                if run >= last_k:
                    self.fail(f"{c * run!r} cannot follow a unit that is not larger", i)
                if group.size:
                    group.unit_follows = True
                else:
                    groups.pop()
                chunk_k[-1], last_k, last_j = run, run, size
                chunk_k.append(0)
                groups.append(_Group(len(chunk_k) - 1, (True, run)))
            gpos_last = 4
            i += run
        if pending is None and zidx >= 0:
            self.fail("a number cannot end in 零", end)
        if pending is not None:
            dv, idx, liang = pending
            terms.append(_Term(dv, 0, idx, zidx, len(groups) - 1, bare=True, liang=liang))
            groups[-1].size += 1
        if not terms:
            self.fail("expected a number", start)
        return self.value(terms, groups, chunk_k, size)

    def value(self, terms: list[_Term], groups: list[_Group], chunk_k: list[int], size: int) -> int:
        """Pass 2: absolute positions, the 零 rules and 两; returns the value."""
        text, lenient = self.text, self.lenient
        total, prev_pos, prev_group = 0, -1, -1
        last = len(terms) - 1
        for n, t in enumerate(terms):
            group = groups[t.group]
            base = 4 * size * chunk_k[group.chunk]
            pos = t.gpos + 4 * group.j + base
            if (
                t.liang
                and not lenient
                and not (t.gpos >= 2 or (group.size == 1 and group.unit_follows))
            ):
                self.fail("两 stands only before 百, 千, 万 or 亿; write 二", t.idx)
            if n:
                anchor = None
                if t.group != prev_group and group.anchor is not None:
                    is_chunk, jk = group.anchor
                    anchor = 4 * size * jk if is_chunk else 4 * jk + base
                gap = prev_pos - pos - 1
                if t.zidx >= 0 and gap == 0:
                    self.fail("零 stands between adjacent digits", t.zidx)
                if t.zidx < 0 and gap > 0 and pos != (anchor or 0) - 1:
                    if not lenient:
                        shorthand = n == last and t.bare_digit
                        self.fail(
                            f"digit {text[t.idx]!r} after {text[t.idx - 1]!r} is colloquial "
                            "shorthand (lenient=True reads it one unit lower); write its unit"
                            if shorthand
                            else f"missing 零 before {text[t.idx]!r}: digits are skipped here",
                            t.idx,
                        )
                    if n == last and t.bare_digit:
                        pos = (prev_pos if anchor is None else anchor) - 1
            total += t.d * 10**pos
            prev_pos, prev_group = pos, t.group
        return total

    def money(self, i: int, sign: str) -> Decimal:
        text, n, lenient = self.text, len(self.text), self.lenient
        yuan = next((k for k in range(i, n) if text[k] in _YUAN), -1)
        whole: int | None = None
        if yuan >= 0:
            if yuan == i:
                self.fail(f"{text[yuan]!r} needs an amount before it", i)
            whole = self.integer(i, yuan, digit_strings=False)
            i = yuan + 1
        zero, jiao, fen, zheng = -1, -1, -1, False
        if i < n and text[i] in "零〇":
            zero, i = i, i + 1
        if i + 1 < n and text[i + 1] == "角":
            jiao = self.money_digit(i)
            if zero >= 0 and not lenient and not (whole and whole % 10 == 0):
                self.fail("零 before 角 only where the 元 digit is 0", zero)
            zero, i = -1, i + 2
        if i + 1 < n and text[i + 1] == "分":
            fen = self.money_digit(i)
            if jiao < 0 and not lenient and (zero >= 0) != bool(whole):
                self.fail(
                    "missing 零 between 元 and 分" if whole else "零 before 分 with no 元 amount",
                    zero if zero >= 0 else i,
                )
            zero, i = -1, i + 2
        if zero >= 0:
            self.fail("零 must be followed by an amount in 角 or 分", zero)
        if i < n and text[i] in _ZHENG:
            if fen >= 0:
                self.fail(f"{text[i]!r} cannot follow 分", i)
            if whole is None and jiao < 0:
                self.fail(f"{text[i]!r} needs an amount before it", i)
            zheng, i = True, i + 1
        if i < n:
            self.fail(f"unexpected {text[i]!r}", i)
        if jiao < 0 and fen < 0:
            if whole is None:
                self.fail("expected an amount in 元, 角 or 分", n)
            if not zheng and not lenient:
                self.fail("an amount in whole 元 ends with 整", n)
        fraction = ""
        if fen >= 0:
            fraction = f".{max(jiao, 0)}{fen}"
        elif jiao >= 0:
            fraction = f".{jiao}"
        return Decimal(f"{sign}{whole or 0}{fraction}")

    def money_digit(self, i: int) -> int:
        d = self.digit(self.text[i], i)
        if not d:
            self.fail(f"expected a digit 1-9 before {self.text[i + 1]!r}", i)
        if self.text[i] in _LIANG and not self.lenient:
            self.fail("两 is not used in amounts; write 贰", i)
        return d

    def arabic(self, i: int, sign: str) -> int | Decimal:
        """Arabic digits (ASCII or full-width); with lenient=True also 3万, 1.2亿."""
        text, n = self.text, len(self.text)
        s = text.translate(_ARABIC)
        if s[i] in "+-" and not sign:
            sign, i = s[i].replace("+", ""), i + 1
        k, point = i, -1
        while k < n and ("0" <= s[k] <= "9" or (s[k] == "." and point < 0)):
            point = k if s[k] == "." else point
            k += 1
        if k == i or point == i or point == k - 1:
            self.fail("expected digits", i if k == i or point == i else k)
        number = Decimal(sign + s[i:k])
        exp = 0
        while k < n and self.lenient and text[k] in _ARABIC_SCALES:
            exp += _ARABIC_SCALES[text[k]]
            k += 1
        if k < n:
            self.fail(f"unexpected {text[k]!r}", k)
        number = number.scaleb(exp)
        if point < 0 or (exp and number == number.to_integral_value()):
            return int(number)
        return number


def parse(text: object, *, lenient: bool = False, large_units: str = "wanyi") -> int | Decimal:
    """Parse *text* exactly; see :func:`govreport.numerals.from_chinese`."""
    if not isinstance(text, str):
        raise ModelTypeError(
            f"'text' must be a str (got {type(text).__name__} {text!r})", field="text", value=text
        )
    check_option("large_units", large_units)
    return _Parser(text, bool(lenient), large_units).run()
