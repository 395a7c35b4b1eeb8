"""Finding figures, years and document references in a line of prose.

One precompiled pattern finds every candidate (Arabic figures with their
approximation marker, scale and unit; Chinese-numeral figures with 余/多;
Chinese-numeral counts before a counter such as 三项, 八大, 四个); plain
Python then checks the characters around it. A candidate becomes a figure
only if the quantity formatter writes it back with exactly the characters
found, up to the forms copies bring that the formatter writes one way:
full-width digits, a space before the unit and thousands separators
(``3,437条``, unless the line uses ASCII commas as punctuation, where
``100,200,300件`` is a list). ``010次`` and ``两千余份`` (the formatter writes
两千 only before a measure word…) stay words.

Chinese numerals are everywhere in prose (一批, 一次, 党的二十大, 十项行动), so a
Chinese-numeral count is only a *candidate*: it stays words unless the
relation finder finds the items it counts. A Chinese numeral of at least 2
before a measure word of events, people or papers that ends the word
(``开展培训三次，``, ``两名``) is a figure; before more characters (``三次会议``)
it stays words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Final

from .._quantity import Quantity
from .._reading import (
    CANDIDATE,
    CHANGE_WORDS,
    CHINESE_DIGITS,
    MARKER_WORDS,
    RANGE,
    first_year,
    glued,
    glued_after,
    is_boundary,
    label_after,
    label_before,
    words,
    years,
)
from .._text import DocumentNumber, DocumentReference, ReportYear, Text, Year
from .._written import written
from ..exceptions import GovReportError
from ..numerals import from_chinese
from ..validators import MAX_YEAR, MIN_YEAR
from ._drafts import Fig, Part

__all__ = ["Scanner", "document_number", "first_year", "is_boundary", "label_before", "words"]


# Full-width digits and ％ read as ASCII (one character for one, so places do not move).
_WIDE: Final = str.maketrans("０１２３４５６７８９％", "0123456789%")
_ANY_WIDE: Final = re.compile("[０-９％]")
# An ASCII comma that is not a thousands separator: the line is punctuated in ASCII
# (an NFKC copy), where 100,200,300件 is a list, not one number.
_COMMA_PUNCTUATION: Final = re.compile(r",(?![0-9]{3}(?![0-9]))|(?<![0-9]),")
_NUMBER: Final = re.compile(r"([\u3400-\u9fff]+)〔([0-9]{4})〕([1-9][0-9]*)号")
_OPENING: Final = re.compile("《|（(?P<number>[\u3400-\u9fff]+〔[0-9]{4}〕[1-9][0-9]*号)）")
_NOT_BEFORE_CHINESE: Final = frozenset("第数几好若上成每" + CHINESE_DIGITS)


class Scanner:
    """Reads strings into parts for a report about *year*.

    >>> Scanner(2023).scan("2024年检查企业366家，处罚0.9万元。")
    [ReportYear(offset=1), '年检查企业', Fig('366家'), '，处罚', Fig('0.9万元'), '。']
    """

    def __init__(self, year: int) -> None:
        self.year = year

    # -- years ---------------------------------------------------------------------------------

    def year_of(self, value: int) -> Year | ReportYear:
        """ReportYear for the report year and the next, Year for any other."""
        offset = value - self.year
        return ReportYear(offset=offset) if offset in (0, 1) else Year(value=value)

    def years_only(self, s: str) -> list[Part]:
        """*s* with its years typed and nothing else (titles of cited documents, the title)."""
        parts: list[Part] = []
        last = 0
        for start, value in years(s):
            parts += [s[last:start], self.year_of(value)]
            last = start + 4
        parts.append(s[last:])
        return parts

    # -- whole strings ---------------------------------------------------------------------------

    def scan(self, s: str, *, figures: bool = True) -> list[Part]:
        """*s* as parts: references, years and (unless *figures* is false) figures typed."""
        if "《" not in s and "〔" not in s:
            return self._plain(s, figures)
        parts: list[Part] = []
        last = 0
        for start, end, reference in _references(s, self):
            parts += self._plain(s[last:start], figures)
            parts.append(reference)
            last = end
        parts += self._plain(s[last:], figures)
        return parts

    def has_figure(self, s: str) -> bool:
        """Whether *s* holds a figure (a metric, not a year or a count candidate)."""
        return any(isinstance(p, Fig) and p.kept for p in self._plain(s, True))

    def _plain(self, s: str, figures: bool) -> list[Part]:
        parts: list[Part] = []
        last = 0  # end of the text already emitted
        skip_to = -1  # a range (10至20次) reaches up to here: both ends stay words
        key = s.translate(_WIDE) if _ANY_WIDE.search(s) else s
        for m in CANDIDATE.finditer(key):
            start, end = m.span()
            if start < skip_to:
                continue
            if m.group("num") is not None:
                after = key[end : end + 2]
                if len(after) == 2 and after[0] in RANGE and after[1].isdigit():
                    skip_to = end + 2
                    continue
                found = self._arabic(m, key, figures, s)
            elif figures:
                found = self._chinese(m, s)
            else:
                found = None
            if found is None:
                continue
            part, start = found
            parts += [s[last:start], part]
            last = start + (4 if isinstance(part, Year | ReportYear) else len(part.source))
        parts.append(s[last:])
        return [p for p in parts if p != ""]

    # -- one candidate ---------------------------------------------------------------------------

    def _arabic(
        self, m: re.Match[str], s: str, figures: bool, original: str
    ) -> tuple[Fig | Year | ReportYear, int] | None:
        """A figure or a year at *m* in *s* (*original* with ASCII digits): as written, and where."""
        pre, num, unit, scale = m.group("pre"), m.group("num"), m.group("unit"), m.group("scale")
        a1, a2, post = m.group("a1"), m.group("a2"), m.group("post")
        start, end = m.span()
        if unit is None and scale is None:
            # A year (2023年), read exactly as first_year() reads the title's.
            start = m.start("num")
            if a1 or a2 or post or s[end : end + 1] != "年" or glued(s, start):
                return None
            if len(num) != 4 or not num.isdigit() or not MIN_YEAR <= int(num) <= MAX_YEAR:
                return None
            return self.year_of(int(num)), start
        if not figures:
            return None
        if pre is not None and start and s[start - 1] in MARKER_WORDS.get(pre, ""):
            pre, start = None, m.start("num")
        if glued(s, start) or glued_after(s, end):
            return None
        markers = [x for x in (pre, a1, a2, post) if x]
        if len(markers) > 1:
            return None
        space = m.group("space")
        written_as = s[start:end] if space is None else s[start:end].replace(space, "", 1)
        if "," in num:
            if _COMMA_PUNCTUATION.search(s):
                return None
            written_as = written_as.replace(",", "")
        try:
            quantity = Quantity(
                value=Decimal(num.replace(",", "")),
                unit=unit or "",
                approx=markers[0] if markers else None,
                scale=scale,
                approx_after_scale=a2 is not None,
                change=unit in ("%", "‰", "个百分点") and s.endswith(CHANGE_WORDS, 0, start),
            )
        except GovReportError:
            return None
        if written(quantity) != written_as:
            return None
        label = label_before(s, start) or label_after(s, end) or quantity.unit or "数值"
        return Fig(quantity, original[start:end], label), start

    def _chinese(self, m: re.Match[str], s: str) -> tuple[Fig, int] | None:
        start, end = m.span()
        if start and s[start - 1] in _NOT_BEFORE_CHINESE:
            return None
        try:
            value = from_chinese(m.group("cn"), lenient=True)
        except GovReportError:
            return None
        if not isinstance(value, int) or value < 1:
            return None
        counter = m.group("ctr")
        noun = None
        bare = m.group("bare")
        if bare is not None:
            # 培训三次。 is a figure; 一次 (一次性, 再一次) and 三次会议 are words.
            if value < 2 or (end < len(s) and "\u4e00" <= s[end] <= "\u9fff"):
                return None
            unit, approx = bare, None
        elif counter is None:
            unit, approx = m.group("cunit"), m.group("ca")
        else:
            noun_end = end
            while noun_end < min(len(s), end + 2) and "\u4e00" <= s[noun_end] <= "\u9fff":
                noun_end += 1
            noun = s[end:noun_end]
            if value < 2 or not noun:
                return None
            unit, approx = counter, None
            if counter == "大":  # 八大领域: 大 is part of the wording, not a measure word
                unit, end = "", end - 1
        try:
            quantity = Quantity(value=value, unit=unit, approx=approx, numerals="chinese")
        except GovReportError:
            return None
        source = s[start:end]
        if written(quantity) != source:
            return None
        if noun is None:
            label = label_before(s, start) or label_after(s, end) or unit
        else:
            label = label_after(s, end + 1 if counter == "大" else end) or noun
        return Fig(quantity, source, label, noun=noun), start


def _references(s: str, scanner: Scanner) -> Iterator[tuple[int, int, DocumentReference]]:
    """(start, end, reference) for 《title》, 《title》（number） and （number） in *s*.

    A bare number keeps its brackets as words: the renderer writes a reference
    without a title as the number alone.
    """
    done = 0
    for m in _OPENING.finditer(s):
        opening = m.start()
        if opening < done:
            continue
        if m.group("number") is not None:
            number = document_number(m.group("number"))
            if number is not None:
                yield opening + 1, m.end() - 1, DocumentReference(number=number)
            continue
        close = s.find("》", opening)
        if close == -1 or not s[opening + 1 : close].strip() or "《" in s[opening + 1 : close]:
            continue
        title = Text(tuple(scanner.years_only(s[opening + 1 : close])))
        end = close + 1
        number = None
        if s.startswith("（", end):
            paren = s.find("）", end)
            number = document_number(s[end + 1 : paren]) if paren != -1 else None
            if number is not None:
                end = paren + 1
        yield opening, end, DocumentReference(title=title, number=number)
        done = end


def document_number(s: str) -> DocumentNumber | None:
    """*s* read as a whole document number ``code〔year〕seq号``, or None.

    >>> str(document_number("工作通知〔2023〕38号")), document_number("工作通知[2023]38号")
    ('工作通知〔2023〕38号', None)
    """
    found = _NUMBER.fullmatch(s)
    if found is None:
        return None
    try:
        return DocumentNumber(code=found[1], year=int(found[2]), seq=int(found[3]))
    except GovReportError:
        return None
