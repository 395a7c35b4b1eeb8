"""Totals, rates and shares: relations between the figures of one text.

- A **total** is a figure followed by ``，其中``, ``包括``, ``含``, ``分别为``
  (also after ``。``: the breakdown in the next sentence) and parts in the same
  unit, up to the end of the sentence or the next 其中 (``共计发文560件，其中委发
  76件，…府函206件，其中党内规范性文件6份…``: the 份 belong to another 其中); or a
  figure followed by parts in brackets (``13件（含新制定5件，修改4件，废止4件）``),
  up to the closing bracket. The parts are exhaustive when there are two or
  more, no 等 follows, and the breakdown says it is whole: parts in brackets,
  ``分别为``, or a total called a sum in its clause (``共计发文560件，其中…``).
  ``主动公开信息486条，其中政策文件23条、政策解读9条`` may list only some kinds,
  so parts short of such a total are not a contradiction (parts above it are).
  A part with a share of its own is left out.
- A **rate** is a per-cent figure after a word ending in 率 whose stem names
  an earlier figure in its own sentence (``收到8件，办结7件，办结率87.5%``): that
  figure is the numerator, the nearest other one in its unit the denominator.
- A **share** is a per-cent figure written ``，占`` right after a figure, its
  part (``予以公开258件，占33.9%``); the whole is the nearest figure before the
  part, in its paragraph and unit, that has no share of its own.
"""

from __future__ import annotations

import re
from typing import Final

from ..units import unit_kind
from ._drafts import Fig, Found, Part

__all__ = ["figure_relation"]

_SENTENCE_END: Final = "。；！？"
_ANNOUNCE: Final = re.compile(
    r"[，,；;。：:]?\s*(?:其中|包括|含有|含|分别为|分别是)[：:，,]?|(?P<open>[（(])"
)
_CLOSE: Final = "）)"
# Words that announce a figure as the sum of what follows (共计发文560件，其中…). Without one,
# 其中 / 包括 / 含 may list only some parts (主动公开信息486条，其中政策文件23条、…).
_SUM_WORDS: Final = ("共计", "合计", "总计", "累计", "总共", "一共", "共")
_COMPLETE: Final = ("分别为", "分别是")
_SHARE_OPENING: Final = re.compile(r"[，,]?\s*占(?:比|总数的|全部的|总量的)?(?:为|达到|达)?$")
_RATE_LOOKBACK: Final = 20


def figure_relation(
    parts: list[Part], i: int, *, skip: frozenset[int] = frozenset()
) -> Found | None:
    """The total, rate or share the kept figure at *parts[i]* states, if any.

    Figures whose ``id()`` is in *skip* (the stated figures of changes) are
    neither totals nor parts.
    """
    return _total(parts, i, skip) or _rate(parts, i) or _share(parts, i)


def _total(parts: list[Part], i: int, skip: frozenset[int]) -> Found | None:
    total = parts[i]
    assert isinstance(total, Fig)
    if id(total) in skip:
        return None
    after = parts[i + 1] if i + 1 < len(parts) else None
    announced = _ANNOUNCE.match(after) if isinstance(after, str) else None
    if announced is None:
        return None
    bracketed = announced.group("open") is not None
    found: list[Fig] = []
    last = i
    for j in range(i + 2, len(parts)):
        part = parts[j]
        if isinstance(part, str):
            if bracketed and any(c in part for c in _CLOSE):
                break
            if not bracketed and (any(c in part for c in _SENTENCE_END) or "其中" in part):
                break
        elif (
            isinstance(part, Fig)
            and part.kept
            and part.quantity.unit == total.quantity.unit
            and id(part) not in skip
            and not _has_share(parts, j)
        ):
            found.append(part)
            last = j
    if not found:
        return None
    rest = parts[last + 1] if last + 1 < len(parts) else ""
    exhaustive = (
        len(found) >= 2
        and not (isinstance(rest, str) and rest.startswith("等"))
        and (bracketed or announced.group().strip("，,；;。：: ") in _COMPLETE or _summed(parts, i))
    )
    return ("total", total, found, exhaustive)


def _summed(parts: list[Part], i: int) -> bool:
    """Whether the words before the figure at *i*, in its clause, call it a sum (共计, 合计…)."""
    before = parts[i - 1] if i else ""
    if not isinstance(before, str):
        return False
    clause = re.split("[，,；;。：:！？]", before)[-1]
    return any(word in clause for word in _SUM_WORDS)


def _has_share(parts: list[Part], i: int) -> bool:
    """Whether the figure at *i* is followed by its share (``258件，占33.9%``)."""
    if i + 2 >= len(parts):
        return False
    between, share = parts[i + 1], parts[i + 2]
    return (
        isinstance(between, str)
        and _SHARE_OPENING.match(between) is not None
        and isinstance(share, Fig)
        and share.quantity.unit in ("%", "‰")
    )


def _share(parts: list[Part], i: int) -> Found | None:
    """A per-cent figure written ``，占`` after its part, and the whole before that."""
    share = parts[i]
    assert isinstance(share, Fig)
    if share.quantity.unit not in ("%", "‰") or share.quantity.change or i < 2:
        return None
    if not _has_share(parts, i - 2):
        return None
    part = parts[i - 2]
    if not isinstance(part, Fig) or not part.kept or unit_kind(part.quantity.unit) != "count":
        return None
    for j in range(i - 3, -1, -1):
        whole = parts[j]
        if (
            isinstance(whole, Fig)
            and whole.kept
            and whole.quantity.unit == part.quantity.unit
            and not _has_share(parts, j)
        ):
            return ("share", share, part, whole)
    return None


def _rate(parts: list[Part], i: int) -> Found | None:
    rate = parts[i]
    assert isinstance(rate, Fig)
    if rate.quantity.unit != "%" or rate.quantity.change or i == 0:
        return None
    before = parts[i - 1]
    if not isinstance(before, str) or any(c in before for c in _SENTENCE_END):
        return None  # the figures before are in another sentence
    for word in ("达到", "达", "为", "是"):
        before = before.removesuffix(word)
    if not before.endswith("率") or len(before) < 3:
        return None
    stem = before[-3:-1]
    earlier: list[Fig] = []
    for part in reversed(parts[max(0, i - 1 - _RATE_LOOKBACK) : i - 1]):
        if isinstance(part, str) and any(c in part for c in _SENTENCE_END):
            break
        if isinstance(part, Fig) and part.kept and unit_kind(part.quantity.unit) == "count":
            earlier.append(part)
    numerator = next((f for f in earlier if stem in f.label), None)
    if numerator is None:
        return None
    denominator = next(
        (f for f in earlier if f is not numerator and f.quantity.unit == numerator.quantity.unit),
        None,
    )
    if denominator is None:
        return None
    return ("rate", rate, numerator, denominator)
