"""Prose with typed inline figures, and the inline things it may hold.

A :class:`Text` is a tuple of parts: plain strings and typed inlines
(:class:`~govreport.Figure` and :class:`~govreport.Metric`,
:class:`~govreport.Cite`, :class:`Year`, :class:`ReportYear`, :class:`Terms`,
:class:`DocumentReference`). Authors write it as a template close to the final
wording, each figure written once, where it stands::

    text("开展干部职工专题学习达{10余次}，发放宣传资料{publicity.leaflets=400余份}")

so that no figure is ever typed as bare characters.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator
from typing import Any, Final, TypeAlias

import attrs

from ._figure import Cite, Figure, figure
from ._quantity import Metric
from .exceptions import LimitError, ModelTypeError, ValidationError
from .validators import (
    MAX_REFERENCE_NESTING,
    MAX_YEAR,
    MIN_YEAR,
    at_least,
    instance_of,
    non_blank,
    optional_dotted_id,
    sequence,
    strings,
    year_range,
)

__all__ = [
    "DocumentNumber",
    "DocumentReference",
    "Inline",
    "ReportYear",
    "Terms",
    "Text",
    "Year",
    "text",
]


@attrs.frozen(kw_only=True)
class Year:
    """A calendar year written in the text, e.g. a past year mentioned in passing.

    Years that depend on the report year (this year, the plan year) should be
    :class:`ReportYear` so that they cannot disagree with the report.

    >>> Year(value=2022).value
    2022
    """

    value: int = attrs.field(validator=year_range())


def _offset_range(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    most = MAX_YEAR - MIN_YEAR
    if not -most <= value <= most:
        raise ValidationError(
            f"'offset' must be in [{-most}, {most}] (got {value})", field="offset", value=value
        )


@attrs.frozen(kw_only=True)
class ReportYear:
    """The report's year plus *offset*: ``ReportYear()`` is Y, ``ReportYear(offset=1)`` is Y+1.

    >>> ReportYear(offset=1).resolve(2023)
    2024
    """

    offset: int = attrs.field(default=0, validator=[instance_of(int), _offset_range])

    def resolve(self, report_year: int) -> int:
        """The calendar year this stands for in a report about *report_year*."""
        return report_year + self.offset


@attrs.frozen(kw_only=True)
class Terms:
    """An inline enumeration of terms (``市场监管、生态环境保护…和卫生健康``).

    Give it an *id* when a declared count ("八大领域") counts its items.
    :meth:`written` reads the terms as the report writes them.

    >>> t = Terms(items=("自治", "法治", "德治"), last_sep="、")
    >>> len(t.items)
    3
    >>> Terms.written("农业、规划和自然资源、城市管理和卫生健康", last_sep="和").items
    ('农业', '规划和自然资源', '城市管理', '卫生健康')
    """

    items: tuple[str, ...] = attrs.field(converter=strings)
    sep: str = attrs.field(default="、", validator=instance_of(str))
    last_sep: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    id: str | None = attrs.field(default=None, validator=optional_dotted_id())

    @classmethod
    def written(
        cls, text: str, /, *, sep: str = "、", last_sep: str | None = None, id: str | None = None
    ) -> Terms:
        """The terms as the report writes them, in one string.

        *text* is cut at each *sep*, and the last piece once more at its last
        *last_sep*, so the terms render back exactly as *text*.
        """
        *items, last = text.split(sep)
        if last_sep and last_sep in last:
            items += last.rsplit(last_sep, 1)
        else:
            items.append(last)
        return cls(items=tuple(items), sep=sep, last_sep=last_sep, id=id)

    @items.validator
    def _check_items(self, attribute: attrs.Attribute[Any], items: tuple[str, ...]) -> None:
        if not isinstance(items, tuple):
            instance_of(tuple).check("items", items)
        if not items:
            raise ValidationError("'items' must not be empty", field="items", value=items)
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise ValidationError(
                    f"'items' must be non-empty strings (got {item!r})", field="items", value=item
                )


_DOCUMENT_NUMBER: Final = re.compile(
    r"(?P<code>[\u3400-\u9fff]+)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号"
)
_BRACKETS: Final = "[]［］()（）【】〔〕"


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """A document number (发文字号) ``{code}〔{year}〕{seq}号``, as GB/T 9704 §7.2.5 prescribes.

    >>> str(DocumentNumber(code="石柱府办发", year=2023, seq=26))
    '石柱府办发〔2023〕26号'
    >>> DocumentNumber.parse("国办公开办函〔2021〕30号").seq
    30
    >>> DocumentNumber.parse("石柱府办发[2023]26号")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'number' must be written code〔year〕seq号 with 六角括号 〔〕, a four-digit year and no zero padding (got '石柱府办发[2023]26号')
    """

    code: str = attrs.field(validator=non_blank())
    year: int = attrs.field(validator=year_range())
    seq: int = attrs.field(validator=[instance_of(int), at_least(1)])

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], code: str) -> None:
        if any(ch in _BRACKETS or ch.isdigit() or ch.isspace() for ch in code):
            raise ValidationError(
                f"'code' must be the issuer's abbreviation without brackets, digits or spaces "
                f"(got {code!r})",
                field="code",
                value=code,
            )

    @classmethod
    def parse(cls, number: str) -> DocumentNumber:
        """Read ``石柱府办发〔2023〕26号``; reject 方括号, round brackets, two-digit years, 第 and padding."""
        found = _DOCUMENT_NUMBER.fullmatch(number.strip())
        if found is None:
            raise ValidationError(
                "'number' must be written code〔year〕seq号 with 六角括号 〔〕, a four-digit year "
                f"and no zero padding (got {number!r})",
                field="number",
                value=number,
            )
        return cls(code=found["code"], year=int(found["year"]), seq=int(found["seq"]))

    def __str__(self) -> str:
        return f"{self.code}〔{self.year}〕{self.seq}号"


def to_document_number(value: DocumentNumber | str | None) -> DocumentNumber | None:
    """Accept a :class:`DocumentNumber`, its written form, or ``None``."""
    if isinstance(value, str):
        return DocumentNumber.parse(value)
    instance_of(DocumentNumber, str, type(None)).check("number", value)
    return value


def to_text(value: Text | str) -> Text:
    """Accept a :class:`Text` or a plain string (taken literally)."""
    if isinstance(value, Text):
        return value
    if isinstance(value, str):
        return Text((value,))
    raise ModelTypeError(
        f"expected a Text or str (got {type(value).__name__} {value!r})", field="text", value=value
    )


def to_optional_text(value: Text | str | None) -> Text | None:
    """Like :func:`to_text`, passing ``None`` through."""
    return None if value is None else to_text(value)


@attrs.frozen(kw_only=True)
class DocumentReference:
    """A reference to another document: 《title》 and/or its document number.

    Rendered ``《title》（number）`` when both are given, as reports cite.

    >>> ref = DocumentReference(title="重庆市行政规范性文件管理办法")
    >>> ref.number is None
    True
    >>> DocumentReference(title="关于…的通知", number="工作通知〔2023〕38号").number.year
    2023
    """

    title: Text | None = attrs.field(default=None, converter=to_optional_text)
    number: DocumentNumber | None = attrs.field(default=None, converter=to_document_number)

    def __attrs_post_init__(self) -> None:
        if self.title is None and self.number is None:
            raise ValidationError(
                "a DocumentReference needs a 'title' or a 'number'", field="title", value=None
            )
        if self.title is not None and self.title.is_blank():
            raise ValidationError("'title' must not be empty", field="title", value="")
        if self.title is not None and _quoting_depth(self.title) >= MAX_REFERENCE_NESTING:
            raise LimitError(
                f"references quote one another at most {MAX_REFERENCE_NESTING} deep in titles",
                limit="MAX_REFERENCE_NESTING",
                field="title",
                value=self.title,
            )


def _quoting_depth(text: Text) -> int:
    """How deep references nest in *text* (0 when it quotes none)."""
    return max(
        (
            1 + (0 if part.title is None else _quoting_depth(part.title))
            for part in text.parts
            if isinstance(part, DocumentReference)
        ),
        default=0,
    )


Inline: TypeAlias = str | Metric | Figure | Cite | Year | ReportYear | Terms | DocumentReference
"""What a :class:`Text` may hold. A :class:`~govreport.Figure` becomes a
:class:`~govreport.Metric` when the report is built."""

_INLINE_TYPES: Final = (str, Metric, Figure, Cite, Year, ReportYear, Terms, DocumentReference)


def _parts(values: Iterable[object]) -> tuple[Inline, ...]:
    """Normalise parts: merge adjacent strings and drop empty ones, so equal texts compare equal."""
    if type(values) is tuple and _normal(values):
        return values
    if isinstance(values, str):
        values = (values,)
    merged: list[Any] = []
    for part in sequence(values, "parts", _INLINE_TYPES):
        if isinstance(part, str):
            if not part:
                continue
            if merged and isinstance(merged[-1], str):
                merged[-1] += part
                continue
        merged.append(part)
    return tuple(merged)


def _normal(parts: tuple[object, ...]) -> bool:
    """Whether *parts* are already normal: inline parts, no empty or adjacent strings."""
    after_string = False
    for part in parts:
        if type(part) is str:
            if after_string or not part:
                return False
            after_string = True
        elif type(part) in _INLINE_TYPES:
            after_string = False
        else:
            return False
    return True


@attrs.frozen
class Text:
    """Prose with typed inline parts.

    Build it with :func:`text` from a template, or from parts directly.
    Adjacent strings are merged, so two texts that read the same and hold the
    same figures are equal.

    >>> Text(("共计发文", "560件")) == Text(("共计发文560件",))
    True
    >>> Text("一是").plain()
    '一是'
    """

    parts: tuple[Inline, ...] = attrs.field(converter=_parts)

    def plain(self) -> str:
        """The string parts only, without the figures (for matching titles)."""
        return "".join(p for p in self.parts if isinstance(p, str))

    def metrics(self) -> Iterator[Metric]:
        """The metrics in this text, in order."""
        return (p for p in self.parts if isinstance(p, Metric))

    def is_blank(self) -> bool:
        """Whether the text holds no figure and only white space."""
        for part in self.parts:  # every paragraph and title asks: a loop, not a generator
            if not isinstance(part, str) or (part and not part.isspace()):
                return False
        return True


_FORMATTER: Final = string.Formatter()
_YEARS: Final = {"year": ReportYear(), "next_year": ReportYear(offset=1)}


def text(template: str, /, **figures: Inline) -> Text:
    """Build a :class:`Text` from a template, writing each figure where it stands.

    A placeholder is one of:

    * ``{10余次}``: a figure as the report writes it, read like
      :func:`~govreport.figure`; it gets its id and label when the report is
      built (from its place, and from the words before it);
    * ``{study.sessions=10余次}``: the same, with an id, for relations and
      year-on-year comparison;
    * ``{=study.sessions}``: the figure with that id, cited again
      (a :class:`~govreport.Cite`);
    * ``{year}`` and ``{next_year}``: the report year and the one after
      (:class:`ReportYear`);
    * ``{name}``: the inline passed as the keyword *name* (a figure, a metric,
      terms, a document reference, a year); a keyword wins over the forms above.

    ``{{`` and ``}}`` write literal braces. A name without a keyword, a keyword
    without a placeholder, a figure that cannot be read and format specs are
    errors, so nothing is silently dropped.

    >>> t = text("开展专题学习达{10余次}，发放资料{publicity.leaflets=400余份}。")
    >>> [type(p).__name__ for p in t.parts]
    ['str', 'Figure', 'str', 'Figure', 'str']
    >>> t.parts[3].id, str(t.parts[3].quantity.value)
    ('publicity.leaflets', '400')
    >>> text("发文{total}件")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: placeholder {total} has no figure in '发文{total}件'
    >>> text("开展学习{10余回}")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: placeholder {10余回} at position 4 of '开展学习{10余回}': cannot read '10余回' as a figure: '回' at position 3 is not part of a figure written as a report writes it (such as 10余次, 0.9万元, 近300人次, 95.5% or 两名)
    """
    instance_of(str).check("template", template)
    parts: list[Inline] = []
    used: set[str] = set()
    try:
        pieces = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise ValidationError(
            f"bad template {template!r}: {exc}", field="template", value=template
        ) from None
    cursor = 0
    for literal, name, spec, conversion in pieces:
        parts.append(literal)
        if name is None:
            continue
        shown = f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
        at = template.find(shown, cursor)
        cursor = at + len(shown)
        if spec or conversion:
            raise ValidationError(
                f"placeholder {shown} must be a plain name or a figure in {template!r}",
                field="template",
                value=template,
            )
        if name in figures:
            used.add(name)
            parts.append(figures[name])
            continue
        try:
            parts.append(_placeholder(name))
        except ValidationError as exc:
            if name.isascii() and name.isidentifier():
                raise ValidationError(
                    f"placeholder {shown} has no figure in {template!r}", field=name, value=template
                ) from None
            raise ValidationError(
                f"placeholder {shown} at position {at} of {template!r}: {exc}",
                field="template",
                value=template,
            ) from None
    unused = sorted(set(figures) - used)
    if unused:
        raise ValidationError(
            f"figure(s) {', '.join(unused)} not used in {template!r}",
            field=unused[0],
            value=template,
        )
    return Text(tuple(parts))


def _placeholder(name: str) -> Inline:
    """What a placeholder without a keyword stands for (see :func:`text`)."""
    if name in _YEARS:
        return _YEARS[name]
    if name.isascii() and name.isidentifier():
        raise ValidationError(f"no keyword {name!r}", field=name, value=name)
    key, equals, written = name.partition("=")
    if not equals:
        return figure(name)
    if not key:
        return Cite(id=written)
    return figure(written, id=key)
