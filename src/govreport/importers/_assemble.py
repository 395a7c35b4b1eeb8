"""The shared core of the importers: source drafts in, a :class:`Report` out.

A format turns its input into :mod:`source drafts <._drafts>` (lines,
headings it knows from structure, table grids); everything after that is
here and the same for every format: what a web page adds is set aside, the
header (title, authority, document number, year) and the closing are read,
tables flattened into the body's lines are made tables again, then the outline of numbered sections, the figures, the relations between
them, the plans, the ids and the kind, and the frozen model is built.

The year is the one given, else the title's, else the one the opening of
the body states (see :func:`~._header.year_in_body`). The authority is the one
given, else the line above the title, else the one the title names
(``某镇人民政府关于…``), else the signature above a date at the end, else the
``来源：`` line of the web page, else the subject of the opening sentence
(``2023年，区统计局认真贯彻…``). The kind is the one given, else the one the title names, else
the one the body names most (法治政府 or 政府信息公开).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from .._hanzi import simplified
from .._report import Closing, Report, SetAside
from .._text import ReportYear, Text
from ..exceptions import ParseError
from . import _build
from ._chrome import chrome, source_of, watermarks
from ._drafts import Grid, Heading, Line, Source
from ._figures import Scanner
from ._flat import Form, with_tables
from ._header import (
    authority_in,
    closing,
    header,
    named_in_opening,
    signed_by,
    title_in_body,
    year_in_body,
    year_in_title,
)
from ._outline import Outline
from ._relations import mark_plans, relations
from ._tables import recognise

__all__ = ["assemble", "kind_of"]

_KINDS: Final = (
    ("法治政府", "rule-of-law", "法治政府建设年度报告"),
    ("政府信息公开", "info-disclosure", "政府信息公开工作年度报告"),
)


def kind_of(title: Text) -> str | None:
    """The statutory genre a title names, if any.

    >>> kind_of(Text(("2023年法治政府建设情况报告",))), kind_of(Text(("工作总结",)))
    ('rule-of-law', None)
    """
    plain = simplified(title.plain())
    return next((name for word, name, _ in _KINDS if word in plain), None)


def _kind_in_body(lines: list[Line]) -> str | None:
    counts = {name: 0 for _, name, _ in _KINDS}
    for line in lines:
        key = simplified(line.text)
        for word, name, _ in _KINDS:
            counts[name] += key.count(word)
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else None


def assemble(
    source: Sequence[Source],
    *,
    kind: str | None = None,
    year: int | None = None,
    authority: str | None = None,
    numbering: Literal["restart", "continuous"] = "restart",
    markers: Literal["standard", "variants"] = "variants",
    set_aside: Sequence[SetAside] = (),
    flattened: Sequence[Form] = (),
) -> Report:
    """The report the source drafts of one document hold (see :func:`parse_text`).

    *set_aside* is what the format itself left out of the drafts (a web page's
    navigation, a Word file's tracked deletions and comments); it joins the
    core's own records in :attr:`Report.set_aside <govreport.Report.set_aside>`,
    in source order. *flattened* are the forms of table rows (tabs, pipes, spaced
    figures, stacked cells; see :mod:`._flat`) whose runs of lines are read as
    tables: plain text keeps its tables in all of them, a web page's paragraphs
    in the ones white space cannot make, and a Word file's paragraph is a
    paragraph whatever it holds.
    """
    lines = [item for item in source if isinstance(item, Line)]
    kept, aside = chrome(lines)
    kept, marks = watermarks(kept)
    aside += marks
    aside += set_aside
    if not kept and not any(isinstance(item, Heading | Grid) for item in source):
        raise ParseError(
            "nothing report-like: expected a title naming a report, or numbered sections, "
            "after setting aside " + (f"{len(aside)} web page line(s)" if aside else "blank lines"),
            line=1,
            column=1,
        )
    leading = _leading(source, kept)
    head = header(leading)
    aside += head.set_aside
    body_lines = kept[head.body :]
    title_text = None if head.title is None else head.title.text.strip()
    named = title_in_body(body_lines) if title_text is None else None
    year = (
        year
        if year is not None
        else _year(title_text or named, body_lines, (head.title or source[0]).number)
    )
    scanner = Scanner(year)
    title = _title(scanner, title_text or named, year, kind, body_lines)
    kind = kind if kind is not None else kind_of(title) or _kind_in_body(body_lines)
    signed = closing(body_lines)
    authority = (
        authority
        or head.authority
        or (authority_in(title_text or named or "") if title_text or named else None)
        or (signed[0] if signed is not None else signed_by(body_lines))
        or source_of(aside)
        or named_in_opening(body_lines)
    )
    if not authority:
        raise ParseError(
            "no issuing authority: looked for it above the title, in the title (…关于, "
            "before or after the year), in the signature, in a 来源： line and as the subject "
            "of the opening sentence; pass authority=",
            line=(head.title or source[0]).number,
            column=1,
        )
    outline = Outline(scanner, numbering=numbering, markers=markers)
    by_number = {line.number: line for line in kept}  # chrome is not there; watermarks are out
    skip = {line.number for line in kept[: head.body]}
    if signed is not None:
        skip |= {body_lines[-2].number, body_lines[-1].number}
    run: list[Line] = []  # body lines since the last heading or grid the structure states
    for item in source:
        if isinstance(item, Line):
            if item.number in by_number and item.number not in skip:
                run.append(by_number[item.number])
            continue
        _add_lines(outline, run, flattened)
        run = []
        if isinstance(item, Heading):
            outline.add_heading(item.text, item.level)
        else:
            outline.add_grid(item)
    _add_lines(outline, run, flattened)
    preamble, sections = outline.finish()
    found_relations = relations(preamble, sections, year=year)
    mark_plans(sections)
    _build.give_ids(preamble, sections)
    if kind == "info-disclosure":
        recognise(preamble, sections)
    return Report(
        title=title,
        authority=authority,
        year=year,
        kind=kind,
        number=head.number,
        preamble=_build.blocks(preamble),
        sections=_build.sections(sections),
        relations=[_build.relation(r) for r in found_relations],
        closing=None if signed is None else Closing(signature=signed[0], date=signed[1]),
        set_aside=sorted(aside, key=lambda a: a.line),
    )


def _add_lines(outline: Outline, lines: list[Line], flattened: Sequence[Form]) -> None:
    """Body lines into the outline, the tables flattened into them in *flattened* as tables."""
    for item in with_tables(lines, flattened) if flattened else lines:
        if isinstance(item, Grid):
            outline.add_grid(item)
        else:
            outline.add(item.text)


def _leading(source: Sequence[Source], kept: list[Line]) -> list[Line]:
    """The kept lines before the first heading or table the structure states."""
    for item in source:
        if isinstance(item, Heading | Grid):
            return [line for line in kept if line.number < item.number]
    return kept


def _year(title: str | None, body: list[Line], where: int) -> int:
    found = None if title is None else year_in_title(title)
    if found is None:
        found = year_in_body(body)
    if found is None:
        raise ParseError(
            "no report year: looked in the title (2023年度, 二〇二三年), in a sentence naming the "
            "report, in the statistics period and at the start of the body; pass year=",
            line=where,
            column=1,
        )
    return found


def _title(
    scanner: Scanner, title: str | None, year: int, kind: str | None, body: list[Line]
) -> Text:
    if title is not None:
        return Text(tuple(scanner.scan(title, figures=False)))
    # No title line, and no sentence naming the report: the genre's own name stands in.
    kind = kind if kind is not None else _kind_in_body(body)
    genre = next((name for _, key, name in _KINDS if key == kind), "工作报告")
    return Text((ReportYear(), "年" + genre))
