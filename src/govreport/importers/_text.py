"""Importing a report from its plain text: :func:`parse_text`.

Plain text is the simplest format: each non-blank line is a
:class:`~._drafts.Line` (numbered as in the input, without trailing white
space), and the shared core reads the rest. What it does not recognise stays
prose, character for character, so ``render(parse_text(t), "text")`` gives
back *t* (up to trailing white space and blank lines) for any *t* it accepts.
"""

from __future__ import annotations

from typing import Literal

from .._report import Report
from ..exceptions import ModelTypeError, ValidationError
from ._assemble import assemble
from ._drafts import Line

__all__ = ["lines_of", "parse_text"]


def parse_text(
    text: str,
    *,
    kind: str | None = None,
    numbering: Literal["restart", "continuous"] = "restart",
    markers: Literal["standard", "variants"] = "standard",
) -> Report:
    """Import a report from its plain text.

    The text is laid out as the text renderer writes it: the issuing
    authority on the first line, optionally the report's document number, the
    title (which names the report year, such as ``2023年度``), then the
    preamble and the numbered sections, one paragraph per line. Blank lines
    and trailing white space do not matter.

    Args:
        text: the whole report.
        kind: the statutory genre; by default it is read from the title
            (法治政府… → ``"rule-of-law"``, 政府信息公开… → ``"info-disclosure"``,
            anything else → ``None``).
        numbering: ``"continuous"`` when level-3 items (1. 2. 3.) run on through
            a level-1 section instead of restarting under each （一）; render
            with the same option to get the text back.
        markers: ``"variants"`` also reads the heading markers reports use
            besides GB/T 9704's (``一．``, ``(一)``, ``（一）、``, ``1、``, ``1．``,
            ``(1)``, ``（1）、``, ``⑴``); they are rendered as the standard ones,
            so the text comes back with standard markers.

    Returns:
        The report. Figures get ids from their place (``s1.2.3.4.m1``).

    Raises:
        ParseError: the text has no authority line, no title line, or a title
            that names no year (with the line and column).
        ModelTypeError: *text* is not a str.
        ValidationError: an option has a value it cannot take.

    >>> report = parse_text("某乡人民政府\\n2023年度法治政府建设情况报告\\n一、主要举措\\n检查企业366家。")
    >>> report.year, report.kind, report.sections[0].title.plain()
    (2023, 'rule-of-law', '主要举措')
    >>> [(m.id, str(m.quantity.value), m.quantity.unit) for m in report.metrics().values()]
    [('s1.m1', '366', '家')]
    >>> parse_text("某乡人民政府\\n年度报告")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ParseError: line 2, column 1: the title names no report year (such as 2023年度)
    """
    if not isinstance(text, str):
        raise ModelTypeError(
            f"parse_text() needs the text as a str (got {type(text).__name__})",
            field="text",
            value=text,
        )
    for name, value, allowed in (
        ("numbering", numbering, ("restart", "continuous")),
        ("markers", markers, ("standard", "variants")),
    ):
        if value not in allowed:
            raise ValidationError(
                f"{name!r} must be one of {', '.join(map(repr, allowed))} (got {value!r})",
                field=name,
                value=value,
            )
    return assemble(lines_of(text), kind=kind, numbering=numbering, markers=markers)


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of *text*, numbered, without trailing white space.

    >>> [(line.number, line.text) for line in lines_of("甲 \\n\\n乙\\r\\n")]
    [(1, '甲'), (3, '乙')]
    """
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip()
        if line:
            found.append(Line(text=line, number=number))
    return found
