"""Word's automatic list numbering and heading styles: what a paragraph's style and list say.

A paragraph numbered ``一、`` by Word carries no marker in its text: its
properties (or its style's, or the style's it is based on) name a list
(``w:numPr``: a ``w:numId`` and a level ``w:ilvl``), and ``numbering.xml``
says how that level is written (``w:numFmt`` ``chineseCounting``,
``decimal``…, in ``w:lvlText`` such as ``%1、`` or ``（%1）``). This module
keeps the counters as Word does while the paragraphs go by, in document order,
and gives each numbered paragraph its number as Word shows it:

- the counters belong to the list definition (``w:abstractNum``), so two
  lists of one definition continue each other, unless a list sets its own
  start (``w:startOverride``), which starts it afresh;
- using a level restarts the deeper ones (``w:lvlRestart`` may say otherwise);
- ``%2`` in a level's text is the current number of level 2 (its start value
  if it was never used); a legal level (``w:isLgl``) writes all of them in digits;
- bullets and ``none`` give no number, and the tab or space Word puts after a
  number is layout, not part of it.

Formats Word offers and reports use are written exactly (``chineseCounting``
一…十一…, ``ideographTraditional`` 甲乙丙…, ``decimalEnclosedCircle`` ①…);
any other is written in Arabic digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from .. import numerals

__all__ = ["Styles", "W"]

W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL: Final = W + "val"

_STEMS: Final = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES: Final = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN: Final = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_HEADING_STYLE: Final = re.compile(r"(?:heading|标题)\s*([1-9])", re.IGNORECASE)


def _enclosed(first: int, last: int) -> Callable[[int], str]:
    """Numbers 1… written with the characters from *first* (``①``), digits past *last*."""
    return lambda n: chr(first + n - 1) if 1 <= n <= last else str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letters(n: int) -> str:
    # Word writes 27 as AA and 28 as BB: the letter, once more per round of the alphabet.
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS: Final[dict[str, Callable[[int], str]]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({c: c + 0xFEE0 for c in range(48, 58)}),
    "decimalEnclosedCircle": _enclosed(0x2460, 20),
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "decimalEnclosedParen": _enclosed(0x2474, 20),
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),
    "chineseCounting": lambda n: numerals.to_chinese(n),
    "chineseCountingThousand": lambda n: numerals.to_chinese(n),
    "taiwaneseCounting": lambda n: numerals.to_chinese(n, script="hant"),
    "taiwaneseCountingThousand": lambda n: numerals.to_chinese(n, script="hant"),
    "chineseLegalSimplified": lambda n: numerals.to_chinese(n, style="financial"),
    "ideographLegalTraditional": lambda n: numerals.to_chinese(n, style="financial", script="hant"),
    "ideographDigital": lambda n: numerals.digits(n),
    "taiwaneseDigital": lambda n: numerals.digits(n),
    "ideographTraditional": lambda n: _STEMS[(n - 1) % 10],
    "ideographZodiac": lambda n: _BRANCHES[(n - 1) % 12],
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda n: _letters(n).lower(),
}
_SILENT: Final = frozenset({"bullet", "none"})


def _val(element: Any, path: str, default: str | None = None) -> str | None:
    found = element.find(path) if element is not None else None
    value = None if found is None else found.get(_VAL)
    return default if value is None else str(value)


def _int(element: Any, path: str, default: int) -> int:
    value = _val(element, path)
    try:
        return default if value is None else int(value)
    except ValueError:
        return default


def _ilvl(element: Any) -> int:
    try:
        return int(element.get(W + "ilvl", "0"))
    except ValueError:
        return -1  # no paragraph can ask for it


@attrs.frozen
class _Level:
    start: int
    fmt: str
    text: str
    restart: int  # the level (0-based) whose use restarts this one; -1: never
    legal: bool


def _level(lvl: Any, ilvl: int) -> _Level:
    restart = _int(lvl, f"{W}lvlRestart", ilvl)
    return _Level(
        start=_int(lvl, f"{W}start", 1),
        fmt=_val(lvl, f"{W}numFmt", "decimal") or "decimal",
        text=_val(lvl, f"{W}lvlText", "") or "",
        restart=restart - 1,
        legal=lvl.find(f"{W}isLgl") is not None
        and _val(lvl, f"{W}isLgl", "1") not in ("0", "false", "off"),
    )


class Styles:
    """The paragraph styles of a document (``styles.xml``) and its lists (``numbering.xml``).

    *styles* and *numbering* are the parts' root elements, or ``None`` when the
    document has no such part.
    """

    def __init__(self, styles: Any, numbering: Any) -> None:
        self._styles = {
            str(s.get(W + "styleId")): s
            for s in ([] if styles is None else styles.iterfind(f"{W}style"))
        }
        self._abstract = {
            str(a.get(W + "abstractNumId")): a
            for a in ([] if numbering is None else numbering.iterfind(f"{W}abstractNum"))
        }
        self._nums = {
            str(n.get(W + "numId")): n
            for n in ([] if numbering is None else numbering.iterfind(f"{W}num"))
        }
        self._default = next(
            (
                key
                for key, style in self._styles.items()
                if style.get(W + "type") == "paragraph"
                and style.get(W + "default") in ("1", "true")
            ),
            None,
        )
        self._by_style: dict[str | None, tuple[str, int] | None] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._levels: dict[str, tuple[str, dict[int, _Level]] | None] = {}

    def _chain(self, style_id: str | None) -> list[Any]:
        """The style (by default the default paragraph style) and those it is based on."""
        style_id = self._default if style_id is None else style_id
        chain: list[Any] = []
        while style_id is not None and style_id in self._styles:
            style = self._styles[style_id]
            if any(s is style for s in chain):
                break  # a loop of basedOn: Word stops, so do we
            chain.append(style)
            style_id = _val(style, f"{W}basedOn")
        return chain

    def name(self, style_id: str | None) -> str:
        """The name of a style (``Heading 1``, ``Caption``), or ``""``."""
        style = self._styles.get(style_id or "")
        return (_val(style, f"{W}name") or "") if style is not None else ""

    def heading_level(self, style_id: str | None) -> int | None:
        """The level of a heading style (``Heading 1``, ``标题 2``, or its id ``Heading2``)."""
        for style in self._chain(style_id)[:1]:
            for name in (_val(style, f"{W}name"), style.get(W + "styleId")):
                found = _HEADING_STYLE.fullmatch((name or "").strip())
                if found is not None:
                    return int(found.group(1))
        return None

    def numbering(self, ppr: Any) -> tuple[str, int] | None:
        """The list and level numbering a paragraph (by its properties *ppr*), if any.

        The paragraph's own ``w:numPr`` wins over its style's; ``w:numId`` 0
        turns numbering off. A style's list level is the style's ``w:ilvl``,
        else the level whose ``w:pStyle`` is that style, else 0.
        """
        style_id = _val(ppr, f"{W}pStyle")
        own = None if ppr is None else ppr.find(f"{W}numPr")
        if own is not None:
            return self._numbering(style_id, _val(own, f"{W}numId"), _val(own, f"{W}ilvl"))
        if style_id not in self._by_style:  # most paragraphs: their style's, looked up once
            self._by_style[style_id] = self._numbering(style_id, None, None)
        return self._by_style[style_id]

    def _numbering(
        self, style_id: str | None, num_id: str | None, ilvl: str | None
    ) -> tuple[str, int] | None:
        for style in self._chain(style_id):
            if num_id is not None and ilvl is not None:
                break
            inherited = style.find(f"{W}pPr/{W}numPr")
            if inherited is None:
                continue
            num_id = num_id if num_id is not None else _val(inherited, f"{W}numId")
            ilvl = ilvl if ilvl is not None else _val(inherited, f"{W}ilvl")
            if ilvl is None and num_id is not None:
                ilvl = self._linked_level(num_id, str(style.get(W + "styleId")))
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None
        try:
            return num_id, max(0, min(8, int(ilvl or 0)))
        except ValueError:
            return num_id, 0

    def _linked_level(self, num_id: str, style_id: str) -> str | None:
        abstract = self._abstract_of(num_id)
        for lvl in [] if abstract is None else abstract.iterfind(f"{W}lvl"):
            if _val(lvl, f"{W}pStyle") == style_id:
                return str(lvl.get(W + "ilvl"))
        return None

    def _abstract_of(self, num_id: str, seen: tuple[str, ...] = ()) -> Any:
        """The ``w:abstractNum`` of a list, through a numbering style's link if it has one."""
        abstract = self._abstract.get(_val(self._nums.get(num_id), f"{W}abstractNumId") or "")
        link = _val(abstract, f"{W}numStyleLink")
        if link is None or num_id in seen:
            return abstract
        style = self._styles.get(link)
        linked = _val(style, f"{W}pPr/{W}numPr/{W}numId")
        return abstract if linked is None else self._abstract_of(linked, (*seen, num_id))

    def _definition(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """The counter key of a list and its levels, overrides applied."""
        if num_id not in self._levels:
            num, abstract = self._nums[num_id], self._abstract_of(num_id)
            if abstract is None:
                self._levels[num_id] = None
                return None
            levels = {_ilvl(lvl): lvl for lvl in abstract.iterfind(f"{W}lvl")}
            starts = {}
            for override in num.iterfind(f"{W}lvlOverride"):
                ilvl = _ilvl(override)
                replaced = override.find(f"{W}lvl")
                if replaced is not None:
                    levels[ilvl] = replaced
                if override.find(f"{W}startOverride") is not None:
                    starts[ilvl] = _int(override, f"{W}startOverride", 1)
            built = {ilvl: _level(lvl, ilvl) for ilvl, lvl in levels.items()}
            for ilvl, start in starts.items():
                if ilvl in built:
                    built[ilvl] = attrs.evolve(built[ilvl], start=start)
            # A list that sets its own start counts on its own; otherwise the definition counts.
            key = (
                "num " + num_id if starts else "abstract " + str(abstract.get(W + "abstractNumId"))
            )
            self._levels[num_id] = (key, built)
        return self._levels[num_id]

    def advance(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list *num_id* at level *ilvl*; its number as Word shows it."""
        definition = self._definition(num_id)
        if definition is None or ilvl not in definition[1]:
            return ""
        key, levels = definition
        counters = self._counters.setdefault(key, {})
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else deeper - 1
            if 0 <= ilvl <= restart:
                del counters[deeper]
        return _list_number(levels, counters, ilvl)


def _list_number(levels: dict[int, Any], counters: dict[int, int], ilvl: int) -> str:
    """The text of level *ilvl*: its ``w:lvlText`` with each ``%n`` the number of level n."""
    level = levels[ilvl]
    if level.fmt in _SILENT:
        return ""

    def number(found: re.Match[str]) -> str:
        at = int(found.group(1)) - 1
        shown = levels.get(at)
        if shown is None:
            return ""
        value = counters.get(at, shown.start)
        fmt = "decimal" if level.legal else shown.fmt
        if fmt in _SILENT:
            return ""
        try:
            return _FORMATS.get(fmt, str)(value)
        except ValueError:  # a value the numerals refuse (over 100 digits; -1 digit by digit)
            return str(value)

    return re.sub(r"%([1-9])", number, level.text)
