"""The integer grammar of Chinese numerals with units (一万零七百九十九), read in two passes.

Pass 1 (:class:`_Reading`) reads the text token by token, one method per kind
of token: a digit, a 十/百/千 place, a 万 that closes a 4-digit group (and
亿/兆 in the 兆 system), and a run of 亿 (or 京) that closes a chunk of
groups. It collects *terms*, each a nonzero digit with its place in its group,
and checks that units fall. Pass 2 (:meth:`_Reading.value`) knows every
digit's absolute power of ten and checks the 零 rules: one 零 for each
skipped run of digits, none between adjacent digits, and none needed where
the skipped digits end right at a written 万/亿 unit (十万七千). PBoC rule
4(3) allows that 零 anyway (十万零七千).
"""

from __future__ import annotations

from typing import Final, NoReturn

from ..exceptions import NumeralError
from ._groups import MAX_DIGITS

__all__ = ["DIGIT_CHARS", "LIANG", "Scanner"]

LOWER, FINANCIAL, NEUTRAL = 0, 1, 2
"""The style of a character: ordinary (一十), 大写 (壹拾), or either (零)."""

DIGIT_CHARS: Final[dict[str, tuple[int, int]]] = {
    "零": (0, NEUTRAL), "〇": (0, LOWER),
    "一": (1, LOWER), "二": (2, LOWER), "两": (2, LOWER), "兩": (2, LOWER),
    "三": (3, LOWER), "四": (4, LOWER), "五": (5, LOWER), "六": (6, LOWER),
    "七": (7, LOWER), "八": (8, LOWER), "九": (9, LOWER),
    "壹": (1, FINANCIAL), "贰": (2, FINANCIAL), "貳": (2, FINANCIAL), "叁": (3, FINANCIAL),
    "參": (3, FINANCIAL), "叄": (3, FINANCIAL), "肆": (4, FINANCIAL), "伍": (5, FINANCIAL),
    "陆": (6, FINANCIAL), "陸": (6, FINANCIAL), "柒": (7, FINANCIAL), "捌": (8, FINANCIAL),
    "玖": (9, FINANCIAL),
}  # fmt: skip
"""Each digit character: its value and its style."""
LIANG: Final = frozenset("两兩")
_LENIENT_DIGITS: Final = {"幺": (1, LOWER)}
_PLACES: Final = {
    "十": (1, LOWER), "百": (2, LOWER), "千": (3, LOWER),
    "拾": (1, FINANCIAL), "佰": (2, FINANCIAL), "仟": (3, FINANCIAL),
}  # fmt: skip
"""十/百/千: the place (power of ten) inside a 4-digit group, and the style."""
_LENIENT_TENS: Final = {"廿": 2, "卅": 3, "卌": 4}
_CHUNK_UNIT: Final = 0
_GROUP_UNITS: Final = {
    "wanyi": {"万": 1, "萬": 1, "亿": _CHUNK_UNIT, "億": _CHUNK_UNIT},
    "zhao": {"万": 1, "萬": 1, "亿": 2, "億": 2, "兆": 3, "京": _CHUNK_UNIT},
}
"""Each big unit: the index of the group it closes in its chunk (万 → 1: the
group above it is worth 10**4), or ``_CHUNK_UNIT`` for the unit that repeats
to close chunks (亿亿 = 10**16)."""
_GROUPS_PER_CHUNK: Final = {"wanyi": 2, "zhao": 4}


class Scanner:
    """The text being read, its options, and the checks shared by every part of the grammar."""

    def __init__(self, text: str, lenient: bool, large_units: str) -> None:
        self.text, self.lenient, self.large_units = text, lenient, large_units
        self.style = NEUTRAL

    def fail(self, reason: str, position: int) -> NoReturn:
        raise NumeralError(reason, text=self.text, position=position)

    def digit(self, c: str, i: int) -> int | None:
        """The digit *c* stands for (checking the style), or None if not a digit."""
        found = DIGIT_CHARS.get(c) or (_LENIENT_DIGITS.get(c) if self.lenient else None)
        if found is None:
            return None
        self.check_style(found[1], i)
        return found[0]

    def fail_too_long(self, position: int, *, side: str = "before") -> NoReturn:
        """Refuse a number beyond the bound, at the first character that goes past it."""
        self.fail(f"the number has more than {MAX_DIGITS} digits {side} the point", position)

    def check_style(self, style: int, i: int) -> None:
        """Refuse a 大写 character among ordinary ones or the reverse (unless lenient)."""
        if style == NEUTRAL or style == self.style:
            return
        if self.style != NEUTRAL and not self.lenient:
            self.fail("mixes financial (大写) and ordinary numerals", i)
        self.style = style

    def with_units(self, start: int, end: int) -> int:
        """The integer written with units in text[start:end]."""
        return _Reading(self, start).read(end)


class _Term:
    """One nonzero digit: its value, its 十/百/千 place, where it and a 零 before it stand."""

    __slots__ = ("at", "bare", "digit", "group", "liang", "place", "zero_at")

    def __init__(
        self, digit: int, place: int, at: int, zero_at: int, group: int, bare: bool, liang: bool
    ) -> None:
        self.digit, self.place, self.at, self.zero_at = digit, place, at, zero_at
        self.group, self.bare, self.liang = group, bare, liang


class _Group:
    """A 4-digit group: its chunk, the index of the unit after it, the unit before it."""

    __slots__ = ("chunk", "size", "unit", "unit_before", "unit_follows")

    def __init__(self, chunk: int, unit_before: tuple[bool, int] | None) -> None:
        self.chunk = chunk
        self.unit_before = unit_before  # (is a run of chunk units, group index or run length)
        self.unit = 0  # the group's index in its chunk, set by the 万 (or 亿, 兆) after it
        self.size = 0  # terms read into the group
        self.unit_follows = False


class _Reading:
    """Pass 1: the terms, groups and chunks read so far, and what still waits for a unit."""

    __slots__ = (
        "chunk_runs",
        "group_units",
        "groups",
        "pending",
        "place_limit",
        "run_limit",
        "scanner",
        "size",
        "start",
        "terms",
        "unit_limit",
        "zero_at",
    )

    def __init__(self, scanner: Scanner, start: int) -> None:
        self.scanner, self.start = scanner, start
        self.group_units = _GROUP_UNITS[scanner.large_units]
        self.size = _GROUPS_PER_CHUNK[scanner.large_units]
        self.terms: list[_Term] = []
        self.groups = [_Group(0, None)]
        self.chunk_runs = [0]  # per chunk, the length of the run of 亿 (京) after it
        self.pending: tuple[int, int, bool] | None = None  # a digit read: value, index, is 两
        self.zero_at = -1  # the index of a 零 that no term has followed yet
        self.place_limit = 4  # a 十/百/千 place must be below the group's last one
        self.unit_limit = self.size  # a 万 (亿, 兆) must be below the chunk's last one
        self.run_limit = 1 << 62  # a run of chunk units must be shorter than the last one

    def read(self, end: int) -> int:
        """Read text[start:end] token by token, each kind by its own method, then pass 2."""
        scanner = self.scanner
        text, lenient, group_units = scanner.text, scanner.lenient, self.group_units
        i = self.start
        while i < end:
            c = text[i]
            found = DIGIT_CHARS.get(c) or (_LENIENT_DIGITS.get(c) if lenient else None)
            if found is not None:
                if found[1] != scanner.style and found[1] != NEUTRAL:
                    scanner.check_style(found[1], i)
                self.read_digit(c, i, found[0])
            elif (place := _PLACES.get(c)) is not None:
                self.read_place(c, i, place[0], place[1])
            elif lenient and c in _LENIENT_TENS:
                self.read_tens(c, i)
            elif (unit := group_units.get(c)) is None:
                self.refuse(c, i)
            elif unit != _CHUNK_UNIT:
                self.read_group_unit(c, i, unit)
            else:
                i = self.read_chunk_units(c, i, end)
                continue
            i += 1
        return self.finish(end)

    def read_digit(self, c: str, i: int, digit: int) -> None:
        if self.pending is not None:
            self.scanner.fail(f"digit {c!r} follows a digit without a unit between them", i)
        if digit:
            self.pending = (digit, i, c in LIANG)
        elif self.zero_at >= 0:
            self.scanner.fail("repeated 零", i)
        elif not self.terms:
            self.scanner.fail("零 cannot begin a number", i)
        else:
            self.zero_at = i

    def read_place(self, c: str, i: int, place: int, style: int) -> None:
        scanner = self.scanner
        if style != scanner.style:
            scanner.check_style(style, i)
        if place >= self.place_limit:
            scanner.fail(f"{c!r} cannot follow a unit that is not larger", i)
        pending = self.pending
        if pending is None:
            # 十 alone means 一十 at the head of a number and after 零 (一千零十).
            if not scanner.lenient and not (
                place == 1 and style == LOWER and (not self.terms or self.zero_at >= 0)
            ):
                one = "一" if style == LOWER else "壹"
                scanner.fail(f"{c!r} needs a digit before it here ({one}{c})", i)
            pending = (1, i, False)
        elif pending[2] and place == 1 and not scanner.lenient:
            scanner.fail("两 cannot stand before 十; write 二十", pending[1])
        self.add_term(pending[0], place, pending[1], bare=False, liang=pending[2])
        self.place_limit = place

    def read_tens(self, c: str, i: int) -> None:
        """廿, 卅, 卌 (lenient): 二十, 三十, 四十 in one character."""
        if self.pending is not None:
            self.scanner.fail(f"{c!r} follows a digit", i)
        self.pending = (_LENIENT_TENS[c], i, False)
        self.read_place(c, i, 1, LOWER)

    def read_group_unit(self, c: str, i: int, unit: int) -> None:
        """万 (or 亿, 兆 in the 兆 system): close the group, which becomes group *unit*."""
        group = self.close_group(c, i, whole_chunk=False)
        if unit >= self.unit_limit:
            self.scanner.fail(f"{c!r} cannot follow a unit that is not larger", i)
        group.unit, group.unit_follows, self.unit_limit = unit, True, unit
        self.groups.append(_Group(group.chunk, (False, unit)))
        self.place_limit = 4

    def read_chunk_units(self, c: str, i: int, end: int) -> int:
        """A run of 亿 (京): close the chunk, worth 10**(8 * run) (10**(16 * run))."""
        text, unit_of = self.scanner.text, self.group_units
        run = 1
        while i + run < end and unit_of.get(text[i + run]) == _CHUNK_UNIT:
            run += 1
        group = self.close_group(c, i, whole_chunk=True)
        if run >= self.run_limit:
            self.scanner.fail(f"{c * run!r} cannot follow a unit that is not larger", i)
        digits_per_unit = 4 * self.size
        if run * digits_per_unit >= MAX_DIGITS:
            beyond = i + -(-MAX_DIGITS // digits_per_unit) - 1
            self.scanner.fail_too_long(beyond)
        if group.size:
            group.unit_follows = True
        else:
            self.groups.pop()  # 一万亿: no group between 万 and 亿
        self.chunk_runs[-1] = self.run_limit = run
        self.unit_limit = self.size
        self.chunk_runs.append(0)
        self.groups.append(_Group(len(self.chunk_runs) - 1, (True, run)))
        self.place_limit = 4
        return i + run

    def close_group(self, c: str, i: int, *, whole_chunk: bool) -> _Group:
        """Place the digit before a big unit, and see that a number stands before it."""
        scanner = self.scanner
        if self.pending is not None:
            digit, at, liang = self.pending
            self.add_term(digit, 0, at, bare=True, liang=liang)
        elif self.zero_at >= 0:
            scanner.fail(f"零 cannot stand directly before {c!r}", i)
        group = self.groups[-1]
        empty = group.size == 0 and (
            not whole_chunk or all(g.size == 0 for g in self.groups if g.chunk == group.chunk)
        )
        if empty:
            if not (scanner.lenient and not self.terms):
                scanner.fail(f"{c!r} needs a number before it", i)
            self.add_term(1, 0, i, bare=True, liang=False)  # lenient 万 = 一万
        return group

    def add_term(self, digit: int, place: int, at: int, *, bare: bool, liang: bool) -> None:
        groups = self.groups
        self.terms.append(_Term(digit, place, at, self.zero_at, len(groups) - 1, bare, liang))
        groups[-1].size += 1
        self.zero_at, self.pending = -1, None

    def refuse(self, c: str, i: int) -> NoReturn:
        if c == "兆":
            reason = "兆 means 10**6 on the mainland and 10**12 in Taiwan"
            self.scanner.fail(f"{reason}; pass large_units='zhao'", i)
        if c == "京":
            self.scanner.fail("京 (10**16) belongs to the 兆 system; pass large_units='zhao'", i)
        self.scanner.fail(f"unexpected {c!r}", i)

    def finish(self, end: int) -> int:
        """The end of the text: place the last digit, then pass 2."""
        if self.pending is not None:
            digit, at, liang = self.pending
            self.add_term(digit, 0, at, bare=True, liang=liang)
        elif self.zero_at >= 0:
            self.scanner.fail("a number cannot end in 零", end)
        if not self.terms:
            self.scanner.fail("expected a number", self.start)
        return self.value()

    def value(self) -> int:
        """Pass 2: each term's power of ten, the 零 rules and 两; returns the value."""
        scanner, groups, size, chunk_runs = self.scanner, self.groups, self.size, self.chunk_runs
        text, lenient = scanner.text, scanner.lenient
        total, previous_power, previous_group = 0, -1, -1
        last = len(self.terms) - 1
        for n, term in enumerate(self.terms):
            group = groups[term.group]
            chunk_power = 4 * size * chunk_runs[group.chunk]
            power = term.place + 4 * group.unit + chunk_power
            if (
                term.liang
                and not lenient
                and not (term.place >= 2 or (group.size == 1 and group.unit_follows))
            ):
                scanner.fail("两 stands only before 百, 千, 万 or 亿; write 二", term.at)
            if n:
                # The power of the unit just before this group, where a gap may end.
                unit_power = None
                if term.group != previous_group and group.unit_before is not None:
                    is_run, index = group.unit_before
                    unit_power = 4 * size * index if is_run else 4 * index + chunk_power
                gap = previous_power - power - 1
                if term.zero_at >= 0 and gap == 0:
                    scanner.fail("零 stands between adjacent digits", term.zero_at)
                if term.zero_at < 0 and gap > 0 and power != (unit_power or 0) - 1:
                    shorthand = n == last and term.bare
                    if not lenient:
                        scanner.fail(
                            f"digit {text[term.at]!r} after {text[term.at - 1]!r} is colloquial "
                            "shorthand (lenient=True reads it one unit lower); write its unit"
                            if shorthand
                            else f"missing 零 before {text[term.at]!r}: digits are skipped here",
                            term.at,
                        )
                    if shorthand:  # 三万五 = 35000: one unit below the one before
                        power = (previous_power if unit_power is None else unit_power) - 1
            if power >= MAX_DIGITS:
                scanner.fail_too_long(term.at)
            total += term.digit * 10**power
            previous_power, previous_group = power, term.group
        return total
