"""Changes the prose states against last year: ``同比增长8.5%``, ``较上年减少5件``, ``是上年的2倍``.

A **cue** names the base year, then the change:

- the base: ``同比``, or ``较``/``比``/``与``/``同``/``和`` followed by ``上年``,
  ``去年``, ``上一年``, ``上年度`` or a written year (``2022年``), each
  optionally with ``同期``; then optionally ``的`` and the previous figure
  (``比2022年的50件``), ``相比`` and a comma. 环比 (against the previous
  period, not the previous year) is not a base;
- a **rate** or **difference**: a verb (增长 增加 上升 提高 提升 增多 多;
  下降 减少 降低 回落 下滑 少), an optional 了, and the stated figure right
  after it. A figure in ``%`` or ``‰`` states a rate; one in ``个百分点`` a
  difference of a per-cent figure; one in any other unit a difference in
  that unit;
- a **multiple**: ``是``/``为``/``相当于``/``达`` + base + ``的`` + ``N倍``
  (``是上年的2倍``), or base + ``翻`` + ``一番``/``两番``… (``比上年翻了一番``).
  A bare ``翻一番`` or ``增长2倍`` (which readers take as ×2 or ×3) stays prose.

The **current figure** is the one the change is about: the nearest figure
before the cue in the same sentence (``受理申请120件，同比增长20%``), else the
nearest after it (``同比增长20%，达到120件``). Figures that state a change
themselves are passed over; sentences end at 。；！？, and nothing is looked
for beyond them. The current figure must fit the change, or there is no
relation (the nearest figure is never skipped for a further one): a rate
needs a figure that is not a per cent (``办结率95%，同比提高5%`` could mean
either 5% or 5 points), a difference one in the stated unit (a per cent for
个百分点), a written previous figure the current figure's unit.

A change whose previous figure is written is *resolved* (``Change.previous``);
otherwise it is *open*, and :func:`govreport.compare` closes it with last
year's report. An open change needs last year as its base: ``比2021年增长``
in a 2023 report is left as prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

import attrs

from .._quantity import Quantity
from .._reading import CHINESE_DIGITS, label_before
from .._relations import ChangeForm, Direction
from .._text import ReportYear, Year
from .._written import written
from ..exceptions import GovReportError
from ..numerals import from_chinese
from ..units import SHARE_UNITS
from ._drafts import Fig, Found, Part

__all__ = ["changes"]

# The parts of a text are read as one string (_Flat) in which a kept figure is _FIG, a year
# _YEAR (its 年 follows as written) and anything else that is not words _OTHER.
_FIG: Final = "\ue000"
_YEAR: Final = "\ue001"
_OTHER: Final = "\ue002"


def _base(n: str) -> str:
    """The base year, and optionally the previous figure, as groups ``base{n}``, ``previous{n}``."""
    return f"(?P<base{n}>上一?年度?|去年|{_YEAR}年度?)(?:同期)?(?:的(?P<previous{n}>{_FIG}))?"


_LEAD: Final = f"(?:(?:较|比|与|同|和){_base('')}(?:相比|比较)?[，,]?(?:同比)?|同比)"
_UP: Final = ("增长", "增加", "上升", "提高", "提升", "增多", "多")
_DOWN: Final = ("下降", "减少", "降低", "回落", "下滑", "少")
_CUE: Final = re.compile(
    f"{_LEAD}(?:(?P<verb>{'|'.join(_UP + _DOWN)})了?(?P<stated>{_FIG})"
    f"|翻了?(?P<fan>[{CHINESE_DIGITS}]番))"
    f"|(?:是|为|相当于|达){_base('2')}的(?P<times>[0-9]+(?:[.][0-9]+)?)倍"
)
_SENTENCE_END: Final = "。；！？"
_NOT_AFTER_TIMES: Final = tuple("多余以左")  # 2倍多, 2倍以上, 2倍左右: not one multiple


@attrs.define
class _Cue:
    """One cue found in a text, before its current figure is known."""

    start: int
    end: int
    form: ChangeForm
    direction: Direction
    stated: Fig | None  # None: a multiple in words (2倍, 一番), cut out once the cue holds
    previous: Fig | None
    words: tuple[int, str, Quantity] | None = None  # that multiple: flat index, text, quantity
    label: str = ""  # the stated figure's label: the cue's words before it
    base: str = ""  # the previous figure's label: its year (上年, 2022年)


def changes(parts: list[Part], *, year: int) -> Iterator[Found]:
    """Every change *parts* (one text of a report about *year*) states, in reading order.

    Multiples written in words (``2倍``, ``一番``) are cut out of their
    strings into figures; the stated figures are marked as changes.
    """
    flat = _Flat(parts)
    cues = [c for m in _CUE.finditer(flat.text) if (c := _cue(m, flat, year)) is not None]
    taken = {id(f) for c in cues for f in (c.stated, c.previous) if f is not None}
    found: list[tuple[_Cue, Fig]] = []
    for cue in cues:
        current = _current(flat, cue, taken)
        if current is not None and _fits(cue, current):
            found.append((cue, current))
    for cue, _ in reversed(found):  # from the end, so that earlier string offsets stay valid
        if cue.words is not None:
            cue.stated = _cut(flat, *cue.words)
    for cue, current in found:
        assert cue.stated is not None
        cue.stated.quantity = attrs.evolve(cue.stated.quantity, change=True)
        cue.stated.label = cue.label or cue.stated.label
        if cue.previous is not None and cue.base:
            cue.previous.label = cue.base
        yield ("change", current, cue.stated, cue.form, cue.direction, cue.previous)


class _Flat:
    """A text's parts as one string (a kept figure as _FIG, a year as _YEAR, anything else that
    is not words as _OTHER), and where each character of it stands in the parts."""

    def __init__(self, parts: list[Part]) -> None:
        self.parts = parts
        self.starts: list[int] = []
        pieces: list[str] = []
        at = 0
        for part in parts:
            if isinstance(part, str):
                piece = part
            elif isinstance(part, Fig) and part.kept:
                piece = _FIG
            else:
                piece = _YEAR if isinstance(part, Year | ReportYear) else _OTHER
            self.starts.append(at)
            pieces.append(piece)
            at += len(piece)
        self.text = "".join(pieces)

    def place(self, at: int) -> tuple[int, int]:
        """(index of the part, offset in it) of the character at *at*."""
        k = bisect_right(self.starts, at) - 1  # past empty strings that start there too
        return k, at - self.starts[k]

    def part(self, at: int) -> Part:
        """The part the character at *at* belongs to."""
        return self.parts[self.place(at)[0]]

    def fig(self, at: int) -> Fig:
        """The figure at *at* (a _FIG character)."""
        found = self.part(at)
        assert isinstance(found, Fig)
        return found


def _cue(m: re.Match[str], flat: _Flat, year: int) -> _Cue | None:
    """The cue *m* matched, or None when its base or figures do not make a change."""
    previous_at = max(m.start("previous"), m.start("previous2"))
    previous = flat.fig(previous_at) if previous_at >= 0 else None
    base_at = max(m.start("base"), m.start("base2"))
    base_words = m["base"] or m["base2"] or ""
    if base_at >= 0 and m.string[base_at] == _YEAR:
        base = flat.part(base_at)
        if isinstance(base, ReportYear):
            return None  # 比2023年 in the 2023 report: not a comparison with an earlier year
        assert isinstance(base, Year)
        if base.value >= year or (previous is None and base.value != year - 1):
            return None  # an open change is against last year's report only
    words = m["fan"] or (m["times"] and m["times"] + "倍")
    if words:
        quantity = _multiple(words)
        if quantity is None or m.string[m.end() : m.end() + 1] in _NOT_AFTER_TIMES:
            return None
        at = max(m.start("fan"), m.start("times"))
        cue = _Cue(
            m.start(), m.end(), "multiple", "increase", None, previous, (at, words, quantity)
        )
    else:
        stated = flat.fig(m.start("stated"))
        unit = stated.quantity.unit
        if not unit:
            return None
        direction: Direction = "decrease" if m["verb"] in _DOWN else "increase"
        form: ChangeForm = "rate" if unit in SHARE_UNITS else "difference"
        at = m.start("stated")
        cue = _Cue(m.start(), m.end(), form, direction, stated, previous)
    cue.label = _label(flat, (m.start(), at), previous_at, year)
    cue.base = _label(flat, (base_at, base_at + len(base_words)), previous_at, year)
    return cue


def _label(flat: _Flat, span: tuple[int, int], previous: int, year: int) -> str:
    """The cue's words in *span* (``较上年减少``, ``比2022年增长``): a year in digits, the
    previous figure left out, only the words after a comma (``与上年相比，减少了`` → ``减少了``)."""
    out: list[str] = []
    for at in range(*span):
        ch = flat.text[at]
        if ch == _YEAR:
            written = flat.part(at)
            assert isinstance(written, Year | ReportYear)
            out.append(str(written.value if isinstance(written, Year) else year + written.offset))
        elif ch in "，,":
            out.clear()
        elif at != previous and not (at == previous - 1 and ch == "的"):
            out.append(ch)
    return "".join(out)


def _current(flat: _Flat, cue: _Cue, taken: set[int]) -> Fig | None:
    """The nearest figure before the cue in its sentence, else the nearest after it."""
    text = flat.text
    start = max(text.rfind(c, 0, cue.start) for c in _SENTENCE_END) + 1
    ends = [at for c in _SENTENCE_END if (at := text.find(c, cue.end)) != -1]
    end = min(ends, default=len(text))
    at = text.rfind(_FIG, start, cue.start)
    while at != -1:
        fig = flat.fig(at)
        if id(fig) not in taken and not fig.quantity.change:
            return fig
        at = text.rfind(_FIG, start, at)
    at = text.find(_FIG, cue.end, end)
    while at != -1:
        fig = flat.fig(at)
        if id(fig) not in taken and not fig.quantity.change:
            return fig
        at = text.find(_FIG, at + 1, end)
    return None


def _fits(cue: _Cue, current: Fig) -> bool:
    """Whether *current* can be the figure the change is about."""
    unit = current.quantity.unit
    if cue.previous is not None and cue.previous.quantity.unit != unit:
        return False
    if cue.form == "rate":
        return unit not in SHARE_UNITS and unit != "个百分点"
    if cue.form == "difference":
        assert cue.stated is not None
        stated = cue.stated.quantity.unit
        return unit == "%" if stated == "个百分点" else unit == stated
    return unit != "个百分点"


def _cut(flat: _Flat, at: int, source: str, quantity: Quantity) -> Fig:
    """Cut the multiple *source* (``2倍``, ``一番``) at *at* in the flat text out of its string."""
    k, offset = flat.place(at)
    s = flat.parts[k]
    assert isinstance(s, str)
    fig = Fig(quantity, source, label_before(s, offset) or quantity.unit)
    flat.parts[k : k + 1] = [p for p in (s[:offset], fig, s[offset + len(source) :]) if p != ""]
    return fig


def _multiple(source: str) -> Quantity | None:
    """``2倍`` or ``一番`` as a quantity that writes back as *source*, else None."""
    try:
        if source.endswith("番"):
            value = from_chinese(source[:-1], lenient=True)
            if not isinstance(value, int) or value < 1:
                return None
            quantity = Quantity(value=value, unit="番", numerals="chinese", change=True)
        else:
            quantity = Quantity(value=Decimal(source[:-1]), unit="倍", change=True)
    except GovReportError:
        return None
    return quantity if written(quantity) == source else None
