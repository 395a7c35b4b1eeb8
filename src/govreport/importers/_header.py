"""The frame of a report: the header lines before the body and the closing after it."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from .._text import DocumentNumber
from ._drafts import Line
from ._figures import document_number

__all__ = ["closing", "header"]

_TITLE_MAX: Final = 40
_DATE: Final = re.compile(r"([0-9]{4})年([1-9][0-9]?)月([1-9][0-9]?)日")


def header(lines: list[Line]) -> tuple[int, DocumentNumber | None]:
    """Where the title line is, after the authority and an optional document number line."""
    if len(lines) > 2:
        number = document_number(lines[1].text)
        if number is not None:
            return 2, number
    return 1, None


def closing(body: list[Line]) -> tuple[str, dt.date] | None:
    """The signature and date of the last two lines, if they are written as the renderer does."""
    if len(body) < 2:
        return None
    signature, last = body[-2].text, body[-1].text
    found = _DATE.fullmatch(last)
    if found is None or len(signature) > _TITLE_MAX or any(c in "。，；：" for c in signature):
        return None
    try:
        date = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    from ..dates import format_date  # babel for the "long" style: only when a date is there

    if format_date(date, style="long", locale="zh_CN") != last:
        return None
    return signature, date
