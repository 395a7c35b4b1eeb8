"""The shared core of the importers: source drafts in, a :class:`Report` out.

A format turns its input into :mod:`source drafts <._drafts>` (lines,
headings it knows from structure, table grids); everything after that is
here and the same for every format: the header (authority, document number,
title, year), the closing, the outline of numbered sections, the figures,
the relations between them, the plans, the ids, the kind, and the frozen
model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from .._report import Closing, Report
from .._text import Text
from ..exceptions import ParseError
from . import _build
from ._drafts import Grid, Heading, Line, Source
from ._figures import Scanner, first_year
from ._header import closing, header
from ._outline import Outline
from ._relations import mark_plans, relations

__all__ = ["assemble", "kind_of"]

_KINDS = (("法治政府", "rule-of-law"), ("政府信息公开", "info-disclosure"))


def kind_of(title: Text) -> str | None:
    """The statutory genre a title names, if any.

    >>> kind_of(Text(("2023年法治政府建设情况报告",))), kind_of(Text(("工作总结",)))
    ('rule-of-law', None)
    """
    plain = title.plain()
    return next((name for word, name in _KINDS if word in plain), None)


def assemble(
    source: Sequence[Source],
    *,
    kind: str | None,
    numbering: Literal["restart", "continuous"],
    markers: Literal["standard", "variants"],
) -> Report:
    """The report the source drafts of one document hold (see :func:`parse_text`)."""
    if not source:
        raise ParseError(
            "empty input: expected the issuing authority, then the title", line=1, column=1
        )
    lines = [item for item in source[: _first_not_line(source)] if isinstance(item, Line)]
    at, number = header(lines)
    if len(lines) <= at:
        last = lines[-1].number if lines else source[0].number - 1
        raise ParseError("no title line after the issuing authority", line=last + 1, column=1)
    title_line = lines[at]
    found = first_year(title_line.text)
    if found is None:
        raise ParseError(
            "the title names no report year (such as 2023年度)", line=title_line.number, column=1
        )
    scanner = Scanner(found[1])
    body = list(source[at + 1 :])
    tail = [item for item in body[-2:] if isinstance(item, Line)]
    signed = closing(tail) if len(tail) == 2 else None
    if signed is not None:
        body = body[:-2]
    outline = Outline(scanner, numbering=numbering, markers=markers)
    for item in body:
        if isinstance(item, Line):
            outline.add(item.text)
        elif isinstance(item, Heading):
            outline.add_heading(item.text, item.level)
        else:
            outline.add_grid(item)
    preamble, sections = outline.finish()
    found_relations = relations(preamble, sections)
    mark_plans(sections)
    _build.give_ids(preamble, sections)
    title = Text(tuple(scanner.scan(title_line.text, figures=False)))
    return Report(
        title=title,
        authority=lines[0].text,
        year=found[1],
        kind=kind_of(title) if kind is None else kind,
        number=number,
        preamble=_build.blocks(preamble),
        sections=_build.sections(sections),
        relations=[_build.relation(r) for r in found_relations],
        closing=None if signed is None else Closing(signature=signed[0], date=signed[1]),
    )


def _first_not_line(source: Sequence[Source]) -> int:
    """How many source drafts lead the document as lines (where the header can be)."""
    for index, item in enumerate(source):
        if isinstance(item, Heading | Grid):
            return index
    return len(source)
