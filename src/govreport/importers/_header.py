"""The frame of a report: title, authority, document number and year; the closing.

The title is the first of the opening lines that reads like one: short, not a
sentence, and naming a report (报告, 总结, 年报, 情况). Above it may stand the
authority and the document number; what else stands there is set aside
(reason ``"before the title"``), and a second copy of the title right after
it too (``"repeated title"``). When no line reads like a title, the layout the
text renderer writes (authority, then a title naming the year) is tried, and
then the sentence of the preamble that names the report
(``现公布区统计局2023年政府信息公开工作年度报告``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Final

import attrs

from .._hanzi import simplified
from .._report import SetAside
from .._text import DocumentNumber
from ..validators import MAX_YEAR, MIN_YEAR
from ._drafts import Line
from ._figures import document_number, first_year

__all__ = [
    "Header",
    "authority_in",
    "closing",
    "header",
    "named_in_opening",
    "reads_like_title",
    "signed_by",
    "year_in_body",
    "year_in_title",
]

_TITLE_MAX: Final = 60
_AUTHORITY_MAX: Final = 40
_LOOK: Final = 10  # opening lines searched for the title
_TITLE_WORDS: Final = ("报告", "总结", "年报", "情况")
_NOT_TITLE_START: Final = ("根据", "按照", "现将", "现公布", "现予", "本报告", "依据", "为")
_SENTENCE: Final = frozenset("。；，,;")
_HEADING: Final = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)])"
)
_DATE: Final = re.compile(r"([0-9]{4})年([1-9][0-9]?)月([1-9][0-9]?)日")
_CHINESE_YEAR: Final = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CHINESE_DIGITS: Final = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
_AUTHORITY_END: Final = re.compile(
    r"(?:人民政府|政府|办公室|办公厅|办事处|街道|委员会|管委会|局|委|厅|院|署|中心|所|站|队|乡|镇|区|县|市|州|盟|旗|省)$"
)
_NAMING: Final = re.compile(
    r"(?:现(?:予以|予|将|特)?公布|特此公布|向社会公布|予以公布|编制|发布)(?:了)?"
    r"(?P<title>[^，。；：“”《》]{2,50}?(?:年度报告|工作报告|情况报告|报告))"
)
_PERIOD: Final = re.compile(
    r"(?:统计|报告)(?:期限|时限|期间|周期|时间|区间)[^。；0-9]{0,8}([0-9]{4})年"
)
_REPORT_YEAR: Final = re.compile(r"([0-9]{4})年度?[^。；，]{0,30}报告")

REPEATED: Final = "repeated title"
BEFORE: Final = "before the title"


@attrs.frozen(kw_only=True)
class Header:
    """What the opening lines hold.

    *title* is ``None`` when no line is the title; *body* is the index of the
    first line after the header.
    """

    title: Line | None
    authority: str | None
    number: DocumentNumber | None
    body: int
    set_aside: tuple[SetAside, ...]


def header(lines: list[Line]) -> Header:
    """Find the title among the opening *lines*, and the authority and number around it."""
    at = _title_at(lines)
    if at is None:
        return Header(title=None, authority=None, number=None, body=0, set_aside=())
    title = lines[at]
    aside: list[SetAside] = []
    authority = number = None
    before = list(range(at))
    if before and simplified(lines[before[-1]].text.strip()).endswith("关于"):
        # A title broken over two lines after 关于: one title, as written on one line.
        opening = lines[before.pop()]
        title = Line(text=opening.text.strip() + title.text.strip(), number=opening.number)
    if before and document_number(lines[before[-1]].text) is not None:
        number = document_number(lines[before.pop()].text)
    named = authority_in(title.text.strip())
    if before and _is_authority(lines[before[-1]].text):
        above = lines[before[-1]].text.strip()
        # A title that names its authority is believed over a different line above it.
        if named is None or simplified(named) == simplified(above):
            authority = lines[before.pop()].text.strip()
    aside += [SetAside(line=lines[i].number, text=lines[i].text, reason=BEFORE) for i in before]
    body = at + 1
    while body < len(lines) and body <= at + 3:
        text = lines[body].text.strip()
        if simplified(text) == simplified(title.text.strip()):
            aside.append(SetAside(line=lines[body].number, text=lines[body].text, reason=REPEATED))
        elif number is None and document_number(text) is not None:
            number = document_number(text)
        else:
            break
        body += 1
    return Header(
        title=title, authority=authority, number=number, body=body, set_aside=tuple(aside)
    )


def _title_at(lines: list[Line]) -> int | None:
    opening = lines[:_LOOK]
    for index, line in enumerate(opening):
        if _HEADING.match(line.text):
            opening = opening[:index]
            break
    for index, line in enumerate(opening):
        if reads_like_title(line.text):
            return index
    # The layout the text renderer writes: the authority, then a title naming the year.
    if len(lines) >= 2 and _is_authority(lines[0].text):
        second = 2 if len(lines) > 2 and document_number(lines[1].text) is not None else 1
        if second < len(lines) and not _SENTENCE & set(lines[second].text):
            return second
    return None


def reads_like_title(text: str) -> bool:
    """Whether *text* reads like a report's title: short, not a sentence, naming a report."""
    key = simplified(text.strip())
    return (
        0 < len(key) <= _TITLE_MAX
        and not _SENTENCE & set(key)
        and not key.endswith(("：", ":"))
        and any(word in key for word in _TITLE_WORDS)
        and not key.startswith(_NOT_TITLE_START)
        and not _DATE.search(key)
    )


def _is_authority(text: str) -> bool:
    key = text.strip()
    return (
        0 < len(key) <= _AUTHORITY_MAX
        and "网站" not in key
        and "门户" not in key
        and not set(key) & set("。，；：,;:！？!?、")
        and not _DATE.search(key)
        and first_year(key) is None
    )


def year_in_title(title: str) -> int | None:
    """The year a title names, in Arabic (``2023年``) or Chinese (``二〇二三年``) digits.

    >>> year_in_title("二〇二三年度法治政府建设情况报告"), year_in_title("工作报告")
    (2023, None)
    """
    found = first_year(title)
    if found is not None:
        return found[1]
    chinese = _CHINESE_YEAR.search(title)
    if chinese is None:
        return None
    value = int("".join(_CHINESE_DIGITS[c] for c in chinese[1]))
    return value if MIN_YEAR <= value <= MAX_YEAR else None


def year_in_body(lines: list[Line]) -> int | None:
    """The report year the opening of the body states, when the title does not.

    Tried in order, in the first five lines: a sentence naming the report
    (``…2023年政府信息公开工作年度报告``), the statistics period
    (``统计期限为2023年1月1日至12月31日``), a line that opens with a year
    (``2025年，是…``).
    """
    opening = [simplified(line.text.strip()) for line in lines[:5]]
    for pattern in (_REPORT_YEAR, _PERIOD):
        for text in opening:
            found = pattern.search(text)
            if found and MIN_YEAR <= int(found[1]) <= MAX_YEAR:
                return int(found[1])
    for text in opening:
        year = first_year(text)
        if year is not None and year[0] == 0:
            return year[1]
    return None


def title_in_body(lines: list[Line]) -> str | None:
    """The report's name as a sentence of the opening states it (``现公布…年度报告``)."""
    for line in lines[:3]:
        found = _NAMING.search(simplified(line.text))
        if found:
            return line.text[found.start("title") : found.end("title")]
    return None


def authority_in(title: str) -> str | None:
    """The issuing body a title names before 关于 or around its year.

    >>> authority_in("某镇人民政府关于2022年度法治政府建设情况的报告")
    '某镇人民政府'
    >>> authority_in("2019年某市人民政府办公厅政府信息公开工作年度报告")
    '某市人民政府办公厅'
    >>> authority_in("小龍門鄉2024年法治政府建設情況報告"), authority_in("2023年度工作报告")
    ('小龍門鄉', None)
    """
    key = simplified(title)
    cut = key.find("关于")
    if 1 < cut <= _AUTHORITY_MAX:
        return title[:cut]
    year = first_year(key) or _chinese_year_at(key)
    if year is None:
        return None
    start = year[0]
    if start > 1 and _AUTHORITY_END.search(key[:start].removesuffix("关于")):
        return title[:start]
    after = start + 5 + key.startswith("度", start + 5)  # past 2023年 or 2023年度
    rest = key[after:]
    for genre in ("法治政府", "政府信息公开", "政务公开", "依法行政"):
        cut = rest.find(genre)
        if cut > 1 and _AUTHORITY_END.search(rest[:cut]):
            return title[after : after + cut]
    return None


def _chinese_year_at(key: str) -> tuple[int, int] | None:
    found = _CHINESE_YEAR.search(key)
    return None if found is None else (found.start(), 0)


_OPENS_WITH_BODY: Final = re.compile(
    r"(?:[0-9]{4}年度?(?:以来)?[，,]?)?(?P<body>[^，。；：、\s]{2,24}?"
    r"(?:人民政府|政府办公室|办公室|办公厅|办事处|委员会|管委会|街道|局|委|厅|院|中心|乡|镇))"
    r"(?:坚持|深入|认真|以|在|围绕|全面|始终|紧紧|切实|按照|严格|积极|不断|持续|高度|牢固|紧扣)"
)
_ANY_DATE: Final = re.compile(
    r"[0-9]{4}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}"
)


def signed_by(body: list[Line]) -> str | None:
    """The body signing above a date among the last lines, in any date format."""
    tail = body[-3:]
    for above, below in itertools.pairwise(tail):
        if _ANY_DATE.fullmatch(below.text.strip()) and _is_authority(above.text):
            return above.text.strip()
    return None


def named_in_opening(body: list[Line]) -> str | None:
    """The body the first sentences name as their subject (``2023年，区统计局认真贯彻…``)."""
    for line in body[:3]:
        found = _OPENS_WITH_BODY.match(line.text.strip())
        if found:
            return found["body"]
    return None


def closing(body: list[Line]) -> tuple[str, dt.date] | None:
    """The signature and date of the last two lines, if they are written as the renderer does."""
    if len(body) < 2:
        return None
    signature, last = body[-2].text, body[-1].text
    found = _DATE.fullmatch(last)
    if found is None or len(signature) > _AUTHORITY_MAX or any(c in "。，；：" for c in signature):
        return None
    try:
        date = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    from ..dates import format_date  # babel for the "long" style: only when a date is there

    if format_date(date, style="long", locale="zh_CN") != last:
        return None
    return signature, date
