"""Reading figures, labels and years as reports write them: one set of rules for all readers.

The text importer finds figures in prose; :func:`~govreport.figure` and the
``{10余次}`` placeholders of :func:`~govreport.text` read one figure written
on its own. Both read with the rules here: the same units, the same
approximation markers (the model's table), the same scales, and the same test
of a reading, namely that the quantity formatter writes the figure back with
exactly the characters read. So ``gr.figure("10余次")`` and the importer's
reading of ``…达10余次…`` are the same :class:`~govreport.Quantity`.

This module sits below the importers and beside the model: the model may use
it, and it never imports an importer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from ._approx import MARKERS
from ._quantity import Numerals, Quantity
from ._written import written
from .exceptions import GovReportError, ValidationError
from .numerals import from_chinese
from .quantities import NUMERAL_SUFFIXES
from .units import COUNT_UNITS, MONEY_UNITS, SCALES, SHARE_UNITS
from .validators import MAX_YEAR, MIN_YEAR

__all__ = [
    "BARE_UNITS",
    "CANDIDATE",
    "CHANGE_WORDS",
    "CHINESE_DIGITS",
    "MARKER_WORDS",
    "RANGE",
    "first_year",
    "glued",
    "glued_after",
    "is_boundary",
    "label_after",
    "label_before",
    "quantity_of",
    "read_figure",
    "words",
    "years",
]


def words(text: str) -> tuple[str, ...]:
    """A vocabulary written as one string of space-separated words.

    >>> words("增长 下降")
    ('增长', '下降')
    """
    return tuple(text.split())


_OTHER_UNITS: Final = words(
    "个百分点 平方公里 平方米 立方米 公里 千米 公顷 吨 公斤 千克 小时 分钟 天 个月 个工作日 岁"
)
_UNITS: Final = sorted(
    {*COUNT_UNITS, *MONEY_UNITS, *SHARE_UNITS, *_OTHER_UNITS}, key=lambda u: (-len(u), u)
)
# The approximation markers are the model's (one table for formatter, model, checks and
# importer), longest first so that 不少于 wins over 少于 and 超过 over 超.
_BEFORE: Final = sorted(
    (m for m in MARKERS.values() if m.position == "before"), key=lambda m: -len(m.text)
)
_AFTER_UNIT: Final = sorted(
    (m for m in MARKERS.values() if m.position == "after" and m.text not in NUMERAL_SUFFIXES),
    key=lambda m: -len(m.text),
)
CHINESE_DIGITS: Final = "〇零一二三四五六七八九十百千万亿两"
_COUNTERS: Final = "个项大类种条"
_PIECES: Final = {
    "pre": "|".join(m.text for m in _BEFORE),
    "suffix": "|".join(sorted(NUMERAL_SUFFIXES)),
    "scales": "|".join(sorted(SCALES, key=len, reverse=True)),
    "units": "|".join(map(re.escape, _UNITS)),
    "post": "|".join(m.text for m in _AFTER_UNIT),
    "cn": CHINESE_DIGITS,
    "ctr": _COUNTERS,
}
_TAIL: Final = (
    "(?P<a1>{suffix})?(?P<scale>{scales})?(?P<a2>{suffix})?(?P<unit>{units})?(?P<post>{post})?"
)

# Measure words a bare Chinese numeral may stand before and be a figure (开展培训三次):
# counts of events, people and papers. Durations (三年行动) and counters (三项制度) are not.
BARE_UNITS: Final = tuple(
    sorted(
        words("人次 场次 户次 家次 批次 次 场 件 人 名 家 户 起 宗 篇 期 批 份 轮"),
        key=len,
        reverse=True,
    )
)

# Most characters cannot start a figure; saying which can first lets the engine skip the rest
# at one test each (four times faster over a report than trying every alternative everywhere).
_STARTS: Final = "".join(sorted({m.text[0] for m in _BEFORE})) + CHINESE_DIGITS

CANDIDATE: Final = re.compile(
    (
        "(?=[0-9{starts}])(?:(?P<pre>{pre})?(?P<num>(?:[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})+|[0-9]+)(?:[.][0-9]+)?)"
        "(?P<a1>{suffix})?(?P<scale>{scales})?(?P<a2>{suffix})?"
        "(?:(?P<space>[ \u3000\xa0])(?=(?:{units})))?(?P<unit>{units})?(?P<post>{post})?"
        "|(?P<cn>[{cn}]+)(?:(?P<ca>{suffix})(?P<cunit>{units})|(?P<ctr>[{ctr}])|(?P<bare>{bare})))"
    ).format(**_PIECES, bare="|".join(BARE_UNITS), starts=re.escape(_STARTS))
)
"""A figure in prose: an Arabic figure (thousands separators and a space before the unit
allowed) with marker, scale and unit, or a Chinese-numeral figure or count candidate."""

# A figure written on its own: also thousands separators (3,437条), a sign for a change,
# and Chinese numerals before any unit (两名, 十余次).
_WHOLE: Final = re.compile(
    (
        "(?P<pre>{pre})?(?P<num>-?(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:[.][0-9]+)?|[{cn}]+)"
        + _TAIL
    ).format(**_PIECES)
)

# 最近3天 is "the last 3 days", 预约3次 an appointment: there the word is not a marker.
MARKER_WORDS: Final = {"近": "最附靠邻贴", "约": "预签节邀公条违履契", "超": "赶"}
CHANGE_WORDS: Final = words("增长 下降 增加 减少 提高 降低 上升 提升 同比 环比 增幅 降幅")


def quantity_of(
    number: Decimal | int,
    unit: str | None,
    *,
    markers: tuple[str | None, ...],
    scale: str | None,
    after_scale: bool,
    change: bool = False,
    numerals: Numerals | None = None,
) -> Quantity:
    """The quantity of a figure read as its parts; at most one marker.

    Raises:
        GovReportError: the parts do not make a quantity (two markers, a marker
            on the wrong side, a negative count…).
    """
    found = [m for m in markers if m]
    if len(found) > 1:
        raise ValidationError(
            f"a figure takes one approximation marker (got {' and '.join(found)})",
            field="approx",
            value=found,
        )
    return Quantity(
        value=number,
        unit=unit or "",
        approx=found[0] if found else None,
        scale=scale,
        approx_after_scale=after_scale,
        change=change,
        numerals=numerals,
    )


def read_figure(source: str, *, change: bool = False) -> Quantity:
    """Read one figure written on its own (``10余次``, ``0.9万元``, ``近300人次``, ``两名``).

    The figure is read with the importer's rules and accepted only if the
    formatter writes it back as given (thousands separators aside), so a
    reading never changes what the report says.

    Raises:
        ValidationError: *source* is not one figure; the message says at which
            character reading stopped, or how the figure would be written.

    >>> read_figure("10余次")
    Quantity(value=Decimal('10'), unit='次', approx='余', scale=None, approx_after_scale=False, change=False, rounded=None, numerals=None)
    >>> str(read_figure("3,437条").value), read_figure("两名").numerals
    ('3437', 'chinese')
    >>> read_figure("10余次。")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: cannot read '10余次。' as a figure: '。' at position 4 is not part of a figure written as a report writes it (such as 10余次, 0.9万元, 近300人次, 95.5% or 两名)
    """
    if not isinstance(source, str):
        raise ValidationError(
            f"a figure as written must be a str (got {type(source).__name__} {source!r})",
            field="written",
            value=source,
        )
    m = _WHOLE.match(source)
    if m is None or m.end() != len(source):
        at = 0 if m is None else m.end()
        what = f"{source[at]!r} at position {at}" if at < len(source) else "the end"
        raise ValidationError(
            f"cannot read {source!r} as a figure: {what} is not part of a figure written as a "
            "report writes it (such as 10余次, 0.9万元, 近300人次, 95.5% or 两名)",
            field="written",
            value=source,
        )
    num = m["num"]
    chinese = num.lstrip("-")[:1] in CHINESE_DIGITS
    try:
        number = from_chinese(num, lenient=True) if chinese else Decimal(num.replace(",", ""))
        quantity = quantity_of(
            number,
            m["unit"],
            markers=(m["pre"], m["a1"], m["a2"], m["post"]),
            scale=m["scale"],
            after_scale=m["a2"] is not None,
            change=change,
            numerals="chinese" if chinese else None,
        )
    except GovReportError as exc:
        raise ValidationError(
            f"cannot read {source!r} as a figure: {exc}", field="written", value=source
        ) from None
    again = written(quantity)
    if again != source.replace(",", ""):
        raise ValidationError(
            f"cannot read {source!r} as a figure: reports write that quantity {again!r}",
            field="written",
            value=source,
        )
    return quantity


# -- labels ----------------------------------------------------------------------------------

# What opens a clause without naming the figure: 一是, a year, 其中, 共计.
_LABEL_HEAD: Final = re.compile(
    "(?:[一二三四五六七八九十]+是)?(?:[0-9]{4}年(?:度|底)?)?(?:其中)?(?:共计|合计|累计|总计|共)?"
)
_BOUNDARY: Final = frozenset("，。；：、！？,;:!?（）()“”\"'‘’《》【】\t \u3000")
_LABEL_MAX: Final = 40
_FILLERS: Final = words("高达 达到 共计 合计 累计 总计 分别 达 为 共 计 有 是 了")


def is_boundary(ch: str) -> bool:
    """Whether *ch* ends a clause for labels and term lists."""
    return ch in _BOUNDARY


def label_before(text: str, end: int | None = None) -> str:
    """The words of the clause before *end*, without 一是, a year, 其中 or fillers such as 达.

    At most the last 40 characters are read, so a long line costs no more.

    >>> label_before("，二是开展干部职工专题学习达"), label_before("2023年共计发文")
    ('开展干部职工专题学习', '发文')
    """
    end = len(text) if end is None else end
    start, stop = end, max(0, end - _LABEL_MAX)
    while start > stop and text[start - 1] not in _BOUNDARY:
        start -= 1
    label = text[start:end]
    found = _LABEL_HEAD.match(label)
    if found:
        label = label[found.end() :]
    stripped = True
    while stripped and label:
        stripped = False
        for word in _FILLERS:
            if label.endswith(word) and len(label) > len(word):
                label, stripped = label[: -len(word)], True
                break
    return label.strip()


def label_after(text: str, start: int = 0) -> str:
    """The words after *start* up to the end of the clause, at most 20 characters.

    >>> label_after("村充分发挥法律顾问作用，…")
    '村充分发挥法律顾问作用'
    """
    end = start
    while end < len(text) and end < start + 20 and text[end] not in _BOUNDARY:
        end += 1
    return text[start:end].strip()


# -- years -----------------------------------------------------------------------------------

# Characters that make a digit run part of something else: a code, a version,
# a decimal, an ordinal (第3), a date range, a full-width number.
_GLUED: Final = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,_/-+#:%@&*=^|\\~"
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
    "ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ．／－～—％"
)
_NOT_BEFORE: Final = frozenset("第〔[【")
RANGE: Final = frozenset("至到-~～—－")
_PUNCTUATION: Final = ",.;:"  # ASCII punctuation ends a figure unless a digit follows it


def glued(s: str, start: int) -> bool:
    """Whether the digits at *start* continue a code, a decimal, an ordinal or a range.

    >>> glued("第3次", 1), glued("共3次", 1), glued("1,464", 2), glued("2起,3家", 3)
    (True, False, True, False)
    """
    if not start:
        return False
    before = s[start - 1]
    if before in _PUNCTUATION:  # 1,464 and 1.5 are glued; 处罚2起,检查3家 is not
        return start >= 2 and _ascii_alnum(s[start - 2])
    if before in _GLUED or before in _NOT_BEFORE:
        return True
    return before in RANGE and start >= 2 and s[start - 2].isdigit()


def glued_after(s: str, end: int) -> bool:
    """Whether what follows a figure ending at *end* makes it part of something else (5G, 3件2).

    >>> glued_after("5G", 1), glued_after("3家,处罚", 2)
    (True, False)
    """
    if end >= len(s) or s[end] not in _GLUED:
        return False
    return s[end] not in _PUNCTUATION or _ascii_alnum(s[end + 1 : end + 2])


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def first_year(s: str) -> tuple[int, int] | None:
    """(index, value) of the first year written ``2023年`` in *s*, or None.

    >>> first_year("六塘乡2023年度报告"), first_year("1900年度报告")
    ((3, 2023), None)
    """
    return next(years(s), None)


def years(s: str) -> Iterator[tuple[int, int]]:
    """(index, value) of every year written ``2023年`` in *s*.

    >>> list(years("2022年至2023年"))
    [(0, 2022), (6, 2023)]
    """
    at = s.find("年")
    while at != -1:
        start = at - 4
        digits = s[start:at] if start >= 0 else ""
        if digits.isascii() and digits.isdigit() and not glued(s, start):
            value = int(digits)
            if MIN_YEAR <= value <= MAX_YEAR:
                yield start, value
        at = s.find("年", at + 1)
