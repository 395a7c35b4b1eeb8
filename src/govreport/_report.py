"""Sections and the report itself, with the checks that span the whole tree."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, TypeAlias, get_args

import attrs

from ._blocks import Block, Commitment, Paragraph, Points, Table
from ._placing import Placer, typed_years
from ._quantity import Metric
from ._reading import years
from ._relations import DeclaredCount, Relation
from ._text import (
    DocumentNumber,
    DocumentReference,
    Terms,
    Text,
    to_document_number,
    to_optional_text,
    to_text,
)
from ._walk import Survey, cited, every_text
from .exceptions import LimitError, ValidationError
from .validators import (
    MAX_SECTION_DEPTH,
    at_least,
    instance_of,
    non_blank,
    optional_dotted_id,
    sequence,
    year_range,
)

__all__ = [
    "KIND_NAMES",
    "Closing",
    "Item",
    "Report",
    "Section",
    "SetAside",
    "leading_marker",
    "walk_texts",
]

_BLOCK_TYPES: Final = (Paragraph, Points, Commitment, Table)


def _as_blocks(values: Iterable[Block | Text | str], field: str) -> tuple[Block, ...]:
    """Blocks as given; a text or string is a paragraph (``Paragraph(text=…)``)."""
    if type(values) is tuple and all(type(v) in _BLOCK_TYPES for v in values):
        return values  # blocks already (as built by the importers and the loader)
    given = sequence(values, field, (*_BLOCK_TYPES, Text, str))
    return tuple(Paragraph(text=v) if isinstance(v, Text | str) else v for v in given)


def _blocks(values: Iterable[Block | Text | str]) -> tuple[Block, ...]:
    return _as_blocks(values, "blocks")


def _preamble(values: Iterable[Block | Text | str]) -> tuple[Block, ...]:
    return _as_blocks(values, "preamble")


def _children(values: Iterable[Section]) -> tuple[Section, ...]:
    return sequence(values, "children", (Section,))


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return sequence(values, "sections", (Section,))


def _relations(values: Iterable[Relation]) -> tuple[Relation, ...]:
    return sequence(values, "relations", get_args(Relation))


def _title_not_empty(inst: object, attribute: attrs.Attribute[Any], value: Text | None) -> None:
    if value is not None and value.is_blank():
        raise ValidationError(
            f"{attribute.name!r} must not be empty; use None for an untitled section",
            field=attribute.name,
            value="",
        )


# GB/T 9704 heading markers and the variants reports type (一、 （一） 1. （1） 一． (一) 1、 ⑴).
_MARKER: Final = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]、?"
    r"|[0-9]+(?:[、．]|[.](?![0-9]))|[（(][0-9]+[）)]、?|[⑴-⒇])"
)


def leading_marker(title: Text | str) -> str | None:
    """The heading marker *title* starts with (``一、``, ``（二）``, ``3.``), if any.

    >>> leading_marker("一、主要举措"), leading_marker("1.5万元投入")
    ('一、', None)
    """
    first = title.parts[0] if isinstance(title, Text) and title.parts else title
    found = _MARKER.match(first) if isinstance(first, str) else None
    return None if found is None else found.group().strip()


def _no_marker(inst: object, attribute: attrs.Attribute[Any], value: Text | None) -> None:
    marker = None if value is None else leading_marker(value)
    if marker is not None:
        raise ValidationError(
            f"'title' starts with the heading marker {marker!r}: drop it; the "
            "number is derived from the section's position",
            field="title",
            value=marker,
        )


@attrs.frozen(kw_only=True)
class Section:
    """A numbered section. The number (一、 （一） 1. （1）…) comes from its position.

    Args:
        title: the heading text without its number, or ``None``.
        run_in: the title runs into the first line of the body, as in
            ``（一）贯彻落实…情况。一是…``.
        title_end: punctuation written after the title; ``None`` means
            ``"。"`` for a run-in title and nothing for a title on its own line.
        blocks: the body, before any child sections; a text (or string) is a paragraph.
        children: the subsections, one level down.
        id: give one when a declared count counts this section's children.

    >>> s = Section(title="加大宣传力度", run_in=True, blocks=[Paragraph(text="大力推进法治宣传。")])
    >>> s.heading_end
    '。'
    >>> Section(title="", blocks=[])
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'title' must not be empty; use None for an untitled section
    >>> Section(title="一、主要举措")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'title' starts with the heading marker '一、': drop it; the number is derived from the section's position
    """

    title: Text | None = attrs.field(
        default=None, converter=to_optional_text, validator=[_title_not_empty, _no_marker]
    )
    run_in: bool = attrs.field(default=False, validator=instance_of(bool))
    title_end: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    children: tuple[Section, ...] = attrs.field(default=(), converter=_children)
    id: str | None = attrs.field(default=None, validator=optional_dotted_id())

    def __attrs_post_init__(self) -> None:
        if self.run_in and self.title is None:
            raise ValidationError("'run_in' needs a 'title'", field="run_in", value=True)
        if self.run_in and not self.blocks:
            raise ValidationError(
                "'run_in' needs a body to run into ('blocks' is empty)", field="run_in", value=True
            )

    @property
    def heading_end(self) -> str:
        """The punctuation after the title, resolved from :attr:`title_end`."""
        if self.title_end is not None:
            return self.title_end
        return "。" if self.run_in else ""


Item: TypeAlias = Section | Points | Terms | Table
"""What a declared count may count, by the item id it carries: a section's
subsections, a 一是…二是… list's points, an inline list's terms or a table's body rows."""


@attrs.frozen(kw_only=True)
class Closing:
    """The signature block: issuing body and date (成文日期).

    >>> import datetime
    >>> Closing(signature="六塘乡人民政府", date=datetime.date(2024, 1, 15)).date.month
    1
    """

    signature: str = attrs.field(validator=non_blank())
    date: dt.date = attrs.field(validator=instance_of(dt.date))


@attrs.frozen(kw_only=True)
class SetAside:
    """Source an importer did not read into the report: where it was, what it said, and why.

    Args:
        line: the 1-based line of a text, or paragraph of a Word file.
        text: what was set aside, as written.
        reason: ``"web page"`` (a copy of a web page's navigation, date or
            source line), ``"watermark"`` (a site's text repeated inside
            paragraphs), ``"repeated title"`` (the title printed again) or
            ``"before the title"`` (a line above the title that is neither
            the authority nor the document number); from a Word file also
            ``"tracked deletion"``, ``"tracked move"`` (a move's old place),
            ``"hidden text"``, ``"comment"``, ``"footnote"``, ``"endnote"``,
            ``"text box"`` and ``"table of contents"``; from a web page or a
            Word file, ``"image"`` (a picture, by its alt text, address or
            name: a table published as a picture cannot be read).

    >>> SetAside(line=1, text="字号：大 中 小", reason="web page").line
    1
    """

    line: int = attrs.field(validator=[instance_of(int), at_least(1)])
    text: str = attrs.field(validator=instance_of(str))
    reason: str = attrs.field(validator=instance_of(str))


def _set_aside(values: Iterable[SetAside]) -> tuple[SetAside, ...]:
    return sequence(values, "set_aside", (SetAside,))


KIND_NAMES: Final = ("info-disclosure", "rule-of-law")
"""The names of the statutory kinds (:mod:`govreport.kinds` holds their rules)."""


def _check_kind(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    instance_of(str, type(None)).check("kind", value)
    if value is not None and value not in KIND_NAMES:
        raise ValidationError(
            f"'kind' must be one of {', '.join(KIND_NAMES)}, or None for a report of no "
            f"statutory kind (got {value!r})",
            field="kind",
            value=value,
        )


@attrs.frozen(kw_only=True)
class Report:
    """A whole annual report.

    Args:
        title: the title line, e.g. ``text("{year}年度法治政府建设情况报告", year=ReportYear())``.
        authority: the issuing body (发文机关), written on the line above the title.
        year: the year the report covers.
        kind: the statutory genre (``"rule-of-law"``, ``"info-disclosure"``), or ``None``;
            an unknown name is refused with the list of known ones.
        preamble: the untitled opening blocks before 一、.
        sections: the top-level sections (一、 二、 …).
        relations: totals, rates and declared counts between the figures.
        number: the report's own document number, if it has one.
        closing: signature and date.
        published: the date of publication, for deadline checks.
        set_aside: what an importer found in the source but did not read
            into the report (web page lines, watermarks), so that nothing is
            dropped silently; empty for a report written as code.

    Building the report places its figures (see :func:`~govreport.figure`):
    each figure without an id gets one from its section path and label, a
    figure object placed again becomes a :class:`~govreport.Cite`, and years
    written in a title given as characters are typed. Metric ids and item ids
    must be unique, and every relation and citation must name figures that
    exist:

    >>> from govreport import Total
    >>> Report(title="报告", authority="某乡人民政府", year=2023, relations=[Total(total="a", parts=["b"])])
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'relations'[0] refers to metric 'a', which is not in the report
    """

    title: Text = attrs.field(converter=to_text, validator=_title_not_empty)
    authority: str = attrs.field(validator=non_blank())
    year: int = attrs.field(validator=year_range())
    kind: str | None = attrs.field(default=None, validator=_check_kind)
    preamble: tuple[Block, ...] = attrs.field(default=(), converter=_preamble)
    sections: tuple[Section, ...] = attrs.field(default=(), converter=_sections)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    number: DocumentNumber | None = attrs.field(default=None, converter=to_document_number)
    closing: Closing | None = attrs.field(default=None, validator=instance_of(Closing, type(None)))
    published: dt.date | None = attrs.field(
        default=None, validator=instance_of(dt.date, type(None))
    )
    set_aside: tuple[SetAside, ...] = attrs.field(default=(), converter=_set_aside)

    def __attrs_post_init__(self) -> None:
        _check_depth(self.sections)
        found = Survey(self.title, self.preamble, self.sections)
        if found.unplaced or _untyped_years(self.title):
            self._place(found.given)
            found = Survey(self.title, self.preamble, self.sections)
        metrics, items = found.metrics, found.items
        for id_ in items.keys() & metrics.keys():
            raise ValidationError(
                f"id {id_!r} names both a metric and a counted item", field="id", value=id_
            )
        for index, relation in enumerate(self.relations):
            for id_ in relation.ids():
                if id_ not in metrics:
                    raise ValidationError(
                        f"'relations'[{index}] refers to metric {id_!r}, which is not in the report",
                        field="relations",
                        value=id_,
                    )
            if isinstance(relation, DeclaredCount) and relation.items not in items:
                raise ValidationError(
                    f"'relations'[{index}] counts {relation.items!r}, which is not the id of a "
                    "Section, Points, Terms or Table in the report",
                    field="relations",
                    value=relation.items,
                )
        for id_ in found.cites:
            if id_ not in metrics:
                raise ValidationError(
                    f"a citation names metric {id_!r}, which is not in the report",
                    field="id",
                    value=id_,
                )

    def _place(self, given: Iterable[str]) -> None:
        """Figures become metrics, repeats become citations, title years are typed.

        *given* are the ids the author gave, which derived ids avoid.
        """
        title = self.title
        if _untyped_years(title):
            title = Text(
                tuple(
                    q
                    for p in title.parts
                    for q in (typed_years(p, self.year) if isinstance(p, str) else (p,))
                )
            )
        placer = Placer(given)
        placed = {
            "title": placer.text(title, "t"),
            "preamble": placer.blocks(self.preamble, "p"),
            "sections": _place_sections(placer, self.sections, "s"),
        }
        for name, value in placed.items():
            if value is not getattr(self, name):
                object.__setattr__(self, name, value)  # a frozen class may finish itself here

    def metrics(self) -> dict[str, Metric]:
        """Every metric in reading order, by id (each id is one metric: building made sure)."""
        return Survey(self.title, self.preamble, self.sections).metrics

    def references(self) -> list[DocumentReference]:
        """Every document reference in reading order."""
        return [p for t in walk_texts(self) for p in t.parts if isinstance(p, DocumentReference)]


def _place_sections(
    placer: Placer, sections: tuple[Section, ...], path: str
) -> tuple[Section, ...]:
    new = []
    for number, section in enumerate(sections, start=1):
        place = f"{path}{number}" if path == "s" else f"{path}.{number}"
        title = None if section.title is None else placer.text(section.title, place)
        blocks = placer.blocks(section.blocks, place)
        children = _place_sections(placer, section.children, place)
        if title is section.title and blocks is section.blocks and children is section.children:
            new.append(section)
        else:
            new.append(attrs.evolve(section, title=title, blocks=blocks, children=children))
    return sections if all(a is b for a, b in zip(new, sections, strict=True)) else tuple(new)


_MOST_NUMBERED: Final = {5: 20, 6: 26}  # ①-⑳, a.-z.


def _check_depth(sections: tuple[Section, ...]) -> None:
    """Refuse sections nested deeper than the numbering goes, or more siblings than it counts."""
    stack = [(sections, 1)]
    while stack:
        siblings, level = stack.pop()
        if level > MAX_SECTION_DEPTH:
            raise LimitError(
                f"sections nest at most {MAX_SECTION_DEPTH} levels deep "
                "(一、 （一） 1. （1） ① a.)",
                limit="MAX_SECTION_DEPTH",
                field="children",
                value=level,
            )
        most = _MOST_NUMBERED.get(level)
        if most is not None and len(siblings) > most:
            raise ValidationError(
                f"level {level} numbers at most {most} sections (got {len(siblings)})",
                field="children",
                value=len(siblings),
            )
        stack.extend((s.children, level + 1) for s in siblings if s.children)


def _untyped_years(title: Text) -> bool:
    """Whether *title* writes a year as characters (``2022年度``), which building types."""
    return any(isinstance(p, str) and next(years(p), None) is not None for p in title.parts)


def walk_texts(report: Report) -> Iterator[Text]:
    """Every :class:`Text` of *report*, in reading order (titles, body, cells, cited titles)."""
    yield from cited(report.title)
    yield from every_text(report.preamble)
    stack = list(reversed(report.sections))
    while stack:
        section = stack.pop()
        if section.title is not None:
            yield from cited(section.title)
        yield from every_text(section.blocks)
        stack.extend(reversed(section.children))
