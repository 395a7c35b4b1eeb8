"""Importing a report from its plain text: :func:`parse_text`.

The importer reads the lines the text renderer writes, and any text laid out
like them, into the model: the header, the preamble, the numbered sections
with their titles, paragraphs and 一是…二是… points, the figures, years and
cited documents inline, and the relations the prose states between figures.
What it does not recognise stays prose, character for character, so
``render(parse_text(t), "text")`` gives back *t* (up to trailing white space
and blank lines) for any *t* it accepts.
"""

from __future__ import annotations

from typing import Literal

from .._report import Closing, Report
from .._text import Text
from ..exceptions import ModelTypeError, ParseError, ValidationError
from . import _build
from ._figures import Scanner, first_year
from ._lines import Outline, closing, header, lines_of
from ._relations import mark_plans, relations

__all__ = ["parse_text"]

_KINDS = (("法治政府", "rule-of-law"), ("政府信息公开", "info-disclosure"))


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
    lines = lines_of(text)
    if not lines:
        raise ParseError(
            "empty input: expected the issuing authority, then the title", line=1, column=1
        )
    at, number = header(lines)
    if len(lines) <= at:
        last = lines[-1][0]
        raise ParseError("no title line after the issuing authority", line=last + 1, column=1)
    title_line_number, title_line = lines[at]
    found = first_year(title_line)
    if found is None:
        raise ParseError(
            "the title names no report year (such as 2023年度)", line=title_line_number, column=1
        )
    scanner = Scanner(found[1])
    body = lines[at + 1 :]
    signed = closing(body)
    if signed is not None:
        body = body[:-2]
    outline = Outline(scanner, numbering=numbering, markers=markers)
    for _, line in body:
        outline.add(line)
    preamble, sections = outline.finish()
    found_relations = relations(preamble, sections)
    mark_plans(sections)
    _build.give_ids(preamble, sections)
    title = Text(tuple(scanner.scan(title_line, figures=False)))
    if kind is None:
        plain = title.plain()
        kind = next((name for word, name in _KINDS if word in plain), None)
    return Report(
        title=title,
        authority=lines[0][1],
        year=found[1],
        kind=kind,
        number=number,
        preamble=_build.blocks(preamble),
        sections=_build.sections(sections),
        relations=[_build.relation(r) for r in found_relations],
        closing=None if signed is None else Closing(signature=signed[0], date=signed[1]),
    )
