"""Relations the prose states between its figures, and plan items.

- **Totals, rates and shares** between the figures of one text: see
  :mod:`~._totals`.
- A **declared count** is a count followed by what it counts: ``以下四个方面``
  counts the sections or points that follow; ``A、B和C八大领域`` the terms just
  before it; ``三项制度`` the three clauses ending in 制度 that follow it.
  A count in Chinese numerals that counts nothing found stays words.
- A **change** against last year (``同比增长8.5%``, ``较上年减少5件``,
  ``是上年的2倍``): see :mod:`~._changes`. Its stated figure is never a part of a total.
- In a plan (a section about next year, or titled 安排/计划/打算/下一步),
  paragraphs are commitments, except one that ends in ``：`` and introduces
  what follows; a figure after 力争/确保/不少于… or with 以上 is its target.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from .._approx import MARKERS
from .._text import ReportYear
from ._changes import changes
from ._drafts import (
    Block,
    Fig,
    Found,
    Para,
    Part,
    PointsDraft,
    SectionDraft,
    TermsDraft,
    block_texts,
)
from ._figures import is_boundary, words
from ._totals import figure_relation

__all__ = ["mark_plans", "relations"]

# Bounds on the search for items after a count (三项制度 … A制度，B制度，C制度): they
# follow closely, and a pathological text must not cost quadratic time.
_SEARCH: Final = 400
_PART_COST: Final = 10
_MAX_SEARCHES: Final = 50
_FOLLOWING: Final = ("以下", "如下", "下列", "下述")
_CONJUNCTIONS: Final = ("以及", "和", "及", "与")
# Words that open a list's first item without being part of it (全面落实市场监管、…).
_ADVERBS: Final = words(
    "进一步 全面 深入 持续 扎实 认真 切实 积极 大力 着力 重点 严格 "
    "不断 继续 依法 已经 已 均 主要 先后 同时 逐步 有效"
)
_VERBS: Final = words(
    "建立健全 落实好 落实 建立 推进 开展 加强 完善 健全 实施 实行 推行 执行 包括 涉及 覆盖 "
    "围绕 聚焦 做好 抓好 坚持 构建 深化 制定 规范 建成 形成 设立 设置 成立 组建 推动 强化 "
    "实现 包含 涵盖 针对"
)
_PLAN_WORDS: Final = ("安排", "计划", "打算", "下一步", "思路", "工作要点", "努力方向")
_TARGET_WORDS: Final = ("力争", "争取", "确保", "达到", "不低于", "不少于", "至少")
_TARGET_MEANINGS: Final = frozenset({"at_least", "more_than"})


# -- walking the drafts --------------------------------------------------------------------------


def _all_texts(preamble: list[Block], sections: list[SectionDraft]) -> Iterator[list[Part]]:
    for block in preamble:
        yield from block_texts(block)
    for section in _walk(sections):
        if section.title is not None:
            yield section.title
        for block in section.blocks:
            yield from block_texts(block)


def _walk(sections: list[SectionDraft]) -> Iterator[SectionDraft]:
    stack = list(reversed(sections))
    while stack:
        section = stack.pop()
        yield section
        stack.extend(reversed(section.children))


class _Ids:
    """Item ids for counted sections, points and terms, by the section they are in."""

    def __init__(self) -> None:
        self.used: dict[str, int] = {}

    def give(self, key: str, letter: str) -> str:
        n = self.used.get(key + letter, 0) + 1
        self.used[key + letter] = n
        return f"{key}.{letter}{n}"


# -- declared counts -----------------------------------------------------------------------------


def _strip_verb(item: str) -> tuple[str, str]:
    """Split ``全面落实市场监管`` into (``全面落实``, ``市场监管``)."""
    at = 0
    moved = True
    while moved:
        moved = False
        for word in _ADVERBS:
            if item.startswith(word, at):
                at, moved = at + len(word), True
                break
    for word in _VERBS:
        if item.startswith(word, at):
            at += len(word)
            if item.startswith("了", at):
                at += 1
            break
    if at >= len(item):
        return "", item
    return item[:at], item[at:]


def _split_last(items: list[str], value: int) -> tuple[list[str], str | None]:
    """Split the last item at its last 和/及/与 when that makes the count right (or by default)."""
    last = items[-1]
    for conj in _CONJUNCTIONS:
        at = last.rfind(conj)
        if 0 < at < len(last) - len(conj):
            split = [*items[:-1], last[:at], last[at + len(conj) :]]
            if len(items) == value and len(split) != value:
                return items, None
            return split, conj
    return items, None


def _terms_before(s: str, value: int) -> tuple[str, TermsDraft] | None:
    """The list of terms that *s* ends with (``…全面落实A、B和C``), and the text before it."""
    start, stop = len(s), max(0, len(s) - _SEARCH)
    while start > stop and (not is_boundary(s[start - 1]) or s[start - 1] == "、"):
        start -= 1
    tail = s[start:]
    if "、" not in tail or not ("\u4e00" <= tail[-1] <= "\u9fff"):
        return None
    items, last_sep = _split_last(tail.split("、"), value)
    lead, items[0] = _strip_verb(items[0])
    if len(items) != value or not all(item.strip() for item in items):
        return None
    return s[:start] + lead, TermsDraft(items, "、", last_sep)


def _terms_after(s: str, noun: str, value: int) -> tuple[str, TermsDraft, str] | None:
    """A run of exactly *value* clauses in *s* that end in *noun*: (before, terms, after)."""
    if value < 2 or s.count(noun) < value:
        return None  # most strings: not even the words for such a run
    clauses: list[tuple[int, int]] = []  # (start, end) of each clause; s[end] is its separator
    start = 0
    for at, ch in enumerate(s):
        if is_boundary(ch):
            clauses.append((start, at))
            start = at + 1
    clauses.append((start, len(s)))
    for first in range(len(clauses)):
        run: list[tuple[int, int]] = []
        sep = ""
        for c_start, c_end in clauses[first:]:
            if not s[c_start:c_end].endswith(noun) or (run and s[run[-1][1]] != sep):
                break
            if not run:
                sep = s[c_end] if c_end < len(s) and s[c_end] in "，、" else ""
            run.append((c_start, c_end))
            if len(run) == value or not sep:
                break
        if len(run) != value or value < 2:
            continue
        items = [s[a:b] for a, b in run]
        lead, items[0] = _strip_verb(items[0])
        if not all(item.strip() for item in items):
            continue
        return s[: run[0][0]] + lead, TermsDraft(items, sep, None), s[run[-1][1] :]
    return None


class _Counts:
    """Finds what each count counts."""

    def __init__(self, ids: _Ids) -> None:
        self.ids = ids
        self.found: list[Found] = []

    def in_section(self, section: SectionDraft, key: str, container: list[Block]) -> None:
        """Every declared count in the title and blocks of *section* (or the preamble)."""
        texts: list[tuple[list[Part], int]] = []  # every text of the section, with its block index
        if section.title is not None:
            texts.append((section.title, -1))
        for b, block in enumerate(container):
            texts += [(t, b) for t in block_texts(block)]
        claimed: set[int] = set()
        for t, (parts, b) in enumerate(texts):
            i = 0
            while i < len(parts):
                fig = parts[i]
                if isinstance(fig, Fig) and id(fig) not in claimed and _is_count(fig):
                    claimed.add(id(fig))
                    target = self._following(section, container, parts, i, b, key) or self._before(
                        parts, i, key
                    )
                    if target is None and len(claimed) <= _MAX_SEARCHES:
                        target = self._after(texts, t, i, key)
                    if target is not None:
                        fig.kept = True
                        self.found.append(("count", fig, target))
                i += 1

    def _following(
        self,
        section: SectionDraft,
        container: list[Block],
        parts: list[Part],
        i: int,
        b: int,
        key: str,
    ) -> SectionDraft | PointsDraft | None:
        """以下四个方面: the sections after the paragraph, or the points right after it."""
        before = parts[i - 1] if i else ""
        if not isinstance(before, str) or not before.endswith(_FOLLOWING) or b < 0:
            return None
        if b == len(container) - 1 and section.children and section.path:
            section.id = section.key
            return section
        following = container[b + 1] if b + 1 < len(container) else None
        if isinstance(following, PointsDraft):
            following.id = following.id or self.ids.give(key, "p")
            return following
        return None

    def _before(self, parts: list[Part], i: int, key: str) -> TermsDraft | None:
        """A、B和C八大领域: the terms right before the count."""
        before, fig = parts[i - 1] if i else None, parts[i]
        if not isinstance(before, str) or not isinstance(fig, Fig):
            return None
        value = int(fig.quantity.value)
        found = _terms_before(before, value)
        if found is None:
            return None
        text, terms = found
        terms.id = self.ids.give(key, "t")
        parts[i - 1 : i] = [p for p in (text, terms) if p != ""]
        return terms

    def _after(
        self, texts: list[tuple[list[Part], int]], t: int, i: int, key: str
    ) -> TermsDraft | None:
        """三项制度: as many clauses ending in 制度 in what follows, in this section."""
        parts = texts[t][0]
        fig = parts[i]
        assert isinstance(fig, Fig)
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        noun = fig.noun if fig.noun is not None else _noun_at(nxt) if isinstance(nxt, str) else None
        if noun is None:
            return None
        value = int(fig.quantity.value)
        budget = _SEARCH  # the items follow the count closely; a long section costs no more
        for k, (text, _) in enumerate(texts[t:]):
            for j in range(i + 1 if k == 0 else 0, len(text)):
                s = text[j]
                if budget <= 0:
                    return None
                if not isinstance(s, str):
                    budget -= _PART_COST
                    continue
                budget -= len(s) + _PART_COST
                skip = len(noun) if k == 0 and j == i + 1 and s.startswith(noun) else 0
                found = _terms_after(s[skip : skip + _SEARCH], noun, value)
                if found is not None:
                    head, terms, tail = found
                    terms.id = self.ids.give(key, "t")
                    tail += s[skip + _SEARCH :]
                    text[j : j + 1] = [p for p in (s[:skip] + head, terms, tail) if p != ""]
                    return terms
        return None


def _is_count(fig: Fig) -> bool:
    q = fig.quantity
    return (
        q.approx is None
        and q.scale is None
        and q.value == q.value.to_integral_value()
        and 2 <= q.value <= 99
        and (fig.noun is not None or (fig.kept and q.unit in ("个", "项", "类", "种", "条")))
    )


def _noun_at(s: str) -> str | None:
    end = 0
    while end < min(len(s), 2) and "\u4e00" <= s[end] <= "\u9fff":
        end += 1
    return s[:end] or None


# -- the whole report ----------------------------------------------------------------------------


def relations(preamble: list[Block], sections: list[SectionDraft], *, year: int) -> list[Found]:
    """Every total, rate, share, declared count and change (against *year* − 1), in reading
    order of the figure that states it."""
    ids = _Ids()
    counts = _Counts(ids)
    for section in _walk(sections):
        counts.in_section(section, section.key, section.blocks)
    preamble_section = SectionDraft(())
    counts.in_section(preamble_section, "preamble", preamble)
    found = list(counts.found)
    planned = _plan_texts(sections)
    for parts in _all_texts(preamble, sections):
        stated = [] if id(parts) in planned else list(changes(parts, year=year))
        skip = frozenset(id(change[2]) for change in stated)
        for i, part in enumerate(parts):
            if isinstance(part, Fig) and part.kept:
                relation = figure_relation(parts, i, skip=skip)
                if relation is not None:
                    found.append(relation)
        found += stated
    return found


def _plan_texts(sections: list[SectionDraft]) -> set[int]:
    """The ``id()`` of every text in a plan section: there 较上年增长 aims at next year
    against this one, so it states no change against last year's report."""
    found: set[int] = set()
    stack = [(s, False) for s in sections]
    while stack:
        section, plan = stack.pop()
        plan = plan or _is_plan(section)
        if plan:
            if section.title is not None:
                found.add(id(section.title))
            found |= {id(t) for block in section.blocks for t in block_texts(block)}
        stack.extend((child, plan) for child in section.children)
    return found


def mark_plans(sections: list[SectionDraft]) -> None:
    """Turn the paragraphs of plan sections into commitments, with their targets."""
    stack = [(s, False) for s in sections]
    while stack:
        section, plan = stack.pop()
        plan = plan or _is_plan(section)
        for block in section.blocks:
            if isinstance(block, Para):
                _commit(block, plan)
        stack.extend((child, plan) for child in section.children)


def _is_plan(section: SectionDraft) -> bool:
    if section.title is None:
        return False
    if any(isinstance(p, ReportYear) and p.offset == 1 for p in section.title):
        return True
    plain = "".join(p for p in section.title if isinstance(p, str))
    return any(word in plain for word in _PLAN_WORDS)


def _commit(para: Para, plan: bool) -> None:
    parts = para.parts
    last = parts[-1] if parts else ""
    if plan and isinstance(last, str) and last.endswith("："):
        return
    for i, part in enumerate(parts):
        if not isinstance(part, Fig) or not part.kept:
            continue
        before = parts[i - 1] if i and isinstance(parts[i - 1], str) else ""
        assert isinstance(before, str)
        clause = before[max(before.rfind("，"), before.rfind("。")) + 1 :]
        approx = part.quantity.approx
        aims = approx is not None and MARKERS[approx].meaning in _TARGET_MEANINGS
        if (plan and (aims or any(w in clause for w in _TARGET_WORDS))) or "力争" in clause:
            para.commitment, para.target = True, part
            return
    para.commitment = para.commitment or plan
