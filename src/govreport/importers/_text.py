"""Importing a report from its plain text: :func:`parse_text`.

Plain text is the simplest format: each non-blank line is a
:class:`~._drafts.Line` (numbered as in the input, without trailing white
space), and the shared core reads the rest. What it does not recognise stays
prose, character for character, so ``render(parse_text(t), "text")`` gives
back *t* (up to trailing white space and blank lines) for any *t* it accepts.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from .._report import Report
from ..exceptions import ModelTypeError
from ..validators import one_of
from ._assemble import assemble
from ._drafts import Line
from ._flat import TEXT_FORMS

__all__ = ["lines_of", "parse_text"]


def parse_text(
    text: str,
    *,
    kind: str | None = None,
    year: int | None = None,
    authority: str | None = None,
    numbering: Literal["restart", "continuous"] = "restart",
    markers: Literal["standard", "variants"] = "variants",
) -> Report:
    """Import a report from its plain text, as the renderer writes it or as it is published.

    The renderer's layout is the issuing authority, optionally the report's
    document number, the title (naming the report year, such as ``2023年度``),
    then the preamble and the numbered sections, one paragraph per line. Copies
    of published reports are read too: web page lines and watermarks are set
    aside (listed in :attr:`Report.set_aside <govreport.Report.set_aside>`), the
    title may hold the authority or no year, lines may be indented and markers
    written in ASCII (see :doc:`/importing`). Blank lines and trailing white
    space do not matter.

    Args:
        text: the whole report.
        kind: the statutory genre; by default the one the title names
            (法治政府… → ``"rule-of-law"``, 政府信息公开… → ``"info-disclosure"``),
            else the one the body names most, else ``None``.
        year: the report year; by default the title's, else the one the
            opening of the body states.
        authority: the issuing body; by default the line above the title,
            else the body the title names, else the signature, else the web
            page's ``来源：`` line.
        numbering: ``"continuous"`` when level-3 items (1. 2. 3.) run on through
            a level-1 section instead of restarting under each （一）; render
            with the same option to get the text back.
        markers: ``"variants"`` (the default) also reads the heading markers
            reports use besides GB/T 9704's (``一．``, ``(一)``, ``1、``, ``⑴``…),
            indented lines and a space after a marker; ``"standard"`` reads the
            renderer's layout only, so that any text it accepts comes back
            character for character.

    Returns:
        The report. Figures get ids from their place (``s1.2.3.4.m1``).

    Raises:
        ParseError: nothing report-like: no line once web page lines are set
            aside, no report year or no authority where they are looked for
            (with the line and column, and what was looked for).
        ModelTypeError: *text* is not a str.
        ValidationError: an option has a value it cannot take.

    >>> report = parse_text("某乡人民政府\\n2023年度法治政府建设情况报告\\n一、主要举措\\n检查企业366家。")
    >>> report.year, report.kind, report.sections[0].title.plain()
    (2023, 'rule-of-law', '主要举措')
    >>> [(m.id, str(m.quantity.value), m.quantity.unit) for m in report.metrics().values()]
    [('s1.m1', '366', '家')]
    >>> parse_text("某乡人民政府\\n年度报告", year=2023).year
    2023
    """
    if not isinstance(text, str):
        raise ModelTypeError(
            f"parse_text() needs the text as a str (got {type(text).__name__})",
            field="text",
            value=text,
        )
    one_of("restart", "continuous").check("numbering", numbering)
    one_of("standard", "variants").check("markers", markers)
    return assemble(
        lines_of(text),
        kind=kind,
        year=year,
        authority=authority,
        numbering=numbering,
        markers=markers,
        flattened=TEXT_FORMS,
    )


_BREAK: Final = re.compile(r"\r\n?|\n")


def lines_of(text: str) -> list[Line]:
    """The non-blank lines of *text*, numbered, without trailing white space.

    Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only: U+2028, U+0085, form feeds
    and the like are characters of the text. A leading byte order mark is set aside.

    >>> [(line.number, line.text) for line in lines_of("甲 \\n\\n乙\\r\\n")]
    [(1, '甲'), (3, '乙')]
    """
    found = []
    text = text.removeprefix("\ufeff")  # a byte order mark is not part of the authority
    for number, line in enumerate(_BREAK.split(text), start=1):
        line = line.rstrip()
        if line:
            found.append(Line(text=line, number=number))
    return found
