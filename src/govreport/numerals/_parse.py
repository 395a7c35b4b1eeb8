"""Reading Chinese numerals: :func:`from_chinese` and its exact, position-reporting parser.

:func:`from_chinese` first tries a dictionary lookup of the canonical zh-Hans
form; everything else (variants, money, decimals, Arabic digits, errors) goes
to :func:`parse`, which reads integers with units through ``_integer``.
"""

from __future__ import annotations

from decimal import Context, Decimal
from typing import Final

from ..exceptions import ModelTypeError
from ._groups import MAX_DIGITS, LargeUnits, check_option, formatter
from ._integer import DIGIT_CHARS, LIANG, Scanner

__all__ = ["from_chinese", "parse"]

_NEG: Final = frozenset("负負")
_POINTS: Final = frozenset("点點")
_YUAN: Final = frozenset("元圆圓")
_ZHENG: Final = frozenset("整正")
_MONEY: Final = _YUAN | _ZHENG | {"角", "分"}
_PREFIXES: Final = ("人民币", "人民幣")
_ARABIC: Final = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")
_ARABIC_CHARS: Final = frozenset("0123456789０１２３４５６７８９.．-－+＋")
_ARABIC_SCALES: Final = {"万": 4, "萬": 4, "亿": 8, "億": 8}
_EXACT: Final = Context(prec=2 * MAX_DIGITS)  # the default 28 digits would round


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
        NumeralError: the text is not a numeral, or one of more than 100
            digits before the point or after it (a ``ValueError`` whose
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
            hi, yi, lo = text.partition("亿")
            if yi:
                if "万" in hi:
                    h1, _, h0 = hi.partition("万")
                    whole = (_LEADING[h1] * 10000 + _LAST[h0]) * 100000000
                else:
                    whole = _LEADING[hi] * 100000000
                b, wan, c = lo.partition("万")
                if wan:
                    return whole + _WAN_AFTER_YI[b] + _LAST[c]
                return whole + _LAST_AFTER_GAP[lo] if lo else whole
            hi, wan, lo = text.partition("万")
            if wan:
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
    names; ``_WAN_AFTER_YI`` without the trailing 万 and worth its 10**4 multiple,
    and ``_LAST`` with ``""``.
    """
    f = formatter("lower", "hans", "never", "wanyi")
    _LEADING.update((s, g) for g, s in enumerate(f.leading) if g)
    _LAST.update((s, g) for g, s in enumerate(f.last))
    _WAN_AFTER_YI.update((s[:-1], g * 10000) for g, s in enumerate(f.wan_after_yi) if g)
    _LAST_AFTER_GAP.update((s, g) for g, s in enumerate(f.last_after_gap) if g)
    _ALONE.update((s, g) for g, s in enumerate(f.alone))  # last: it marks "filled"


class _Parser(Scanner):
    """A whole numeral: sign, integer, decimals, amounts of money, Arabic digits."""

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
        if n - i > MAX_DIGITS:
            self.fail_too_long(i + MAX_DIGITS, side="after")
        out = []
        for k in range(i, n):
            d = self.digit(text[k], k)
            if d is None:
                reason = (
                    "second decimal point" if text[k] in _POINTS else f"{text[k]!r} in decimals"
                )
                self.fail(reason, k)
            if text[k] in LIANG and not self.lenient:
                self.fail("两 is not a decimal digit; write 二", k)
            out.append(str(d))
        return "".join(out)

    def digit_string(self, i: int, end: int) -> bool:
        text = self.text
        return all(
            (c in DIGIT_CHARS and (c not in LIANG or self.lenient)) or (self.lenient and c == "幺")
            for c in text[i:end]
        )

    def integer(self, i: int, end: int, *, digit_strings: bool = True) -> int:
        """The integer written in text[i:end] (nonempty)."""
        text = self.text
        if end - i == 1 and text[i] in "零〇":
            self.digit(text[i], i)
            return 0
        if end - i > 1 and digit_strings and self.digit_string(i, end):
            if end - i > MAX_DIGITS:
                self.fail_too_long(i + MAX_DIGITS)
            values = [self.digit(text[k], k) for k in range(i, end)]
            if values[0] == 0 and not self.lenient:
                self.fail("a digit-by-digit number cannot start with 〇", i)
            return int("".join(map(str, values)))
        return self.with_units(i, end)

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
        if self.text[i] in LIANG and not self.lenient:
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
        whole = (k if point < 0 else point) - i
        if whole > MAX_DIGITS:
            self.fail_too_long(i + MAX_DIGITS)
        if point >= 0 and k - point - 1 > MAX_DIGITS:
            self.fail_too_long(point + 1 + MAX_DIGITS, side="after")
        number = Decimal(sign + s[i:k])
        exp = 0
        while k < n and self.lenient and text[k] in _ARABIC_SCALES:
            exp += _ARABIC_SCALES[text[k]]
            if number.adjusted() + exp >= MAX_DIGITS:
                self.fail_too_long(k)
            k += 1
        if k < n:
            self.fail(f"unexpected {text[k]!r}", k)
        if exp:
            number = number.scaleb(exp, _EXACT)
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
