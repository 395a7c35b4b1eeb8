"""政府信息公开工作年度报告: the annual report on government information disclosure.

The 统一格式 of 国办公开办函〔2021〕30号 (and the 2019 trial format of
国办公开办函〔2019〕60号) prescribes six parts and three tables with exact
labels whose cells must add up (see docs/kinds.md). Build the tables with
:func:`proactive_table`, :func:`application_table` and
:func:`review_litigation_table` from plain numbers; ``None`` is a blank cell,
which stays distinct from 0.

Checks (findings by code):

``missing-part`` (error)
    one of the six parts has no level-1 section, or a prescribed table is
    absent. The notice says the contents must follow 条例第五十条 "不能遗漏",
    so every part is required, 六、其他需要报告的事项 included. When the part
    holds a table that does not read as its prescribed one (garbled in copying,
    or the agency's own), the finding is an ``info`` naming what was looked for;
    so it is when an importer set pictures aside (a table published as a picture
    cannot be read).
``table-layout`` (error)
    a table with a prescribed id does not have the format's labels and spans
    (its figures are then not read).
``table-identity``
    T3-ROW, T3-TOT, T3-BAL, T4-SUM and T2/T3/T4-NN are errors; the
    year-on-year T3-XYR and T2-ROLL (given last year's report) are warnings.
``blank-cell`` (warning)
    a 总计 of 表三 or 表四 is blank beside figures in its row (in every mode:
    the format requires it); with ``blanks="strict"``, any row with blank cells.
``table-mismatch`` (error)
    a figure in the text restates a table figure (本年度共受理政府信息公开申请2件
    against 表三's 本年新收 总计) and cannot be it; see :mod:`._prose` for the cues.
``period-mismatch`` (error)
    the title names another year than the report year.
``deadline`` (error)
    published after the deadline: 1月31日 for 县级以上人民政府部门
    (条例第四十九条, the default), 3月31日 for a 本级政府 report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Final, Literal

import attrs

from .._blocks import Table
from .._finding import Finding
from .._messages import N_, Fact, Phrase
from .._report import Report, Section
from ..exceptions import ModelTypeError, ValidationError
from ..validators import instance_of, one_of
from ._identities import Blanks, Figures, blank_findings, cross_year, hard_identities
from ._kind import Kind
from ._labels import (
    FORMATS,
    SECTIONS_2021,
    T2_2019,
    T2_2021,
    T3_COLUMN_GROUPS,
    T3_COLUMNS,
    T3_NOTE,
    T3_ROWS_2019,
    T3_ROWS_2021,
    T4_COLUMNS,
    T4_GROUPS,
    Format,
)
from ._periods import Deadline, period_findings
from ._prose import prose_findings
from ._recognise import Recognised, anchors, read_by_labels
from ._sections import Part, match_parts, table_locations
from ._tables import (
    APPLICATIONS_ID,
    PROACTIVE_ID,
    REVIEW_LITIGATION_ID,
    CellValue,
    TableSpec,
    application_spec,
    check_format,
    proactive_spec,
    review_litigation_spec,
)

__all__ = [
    "APPLICATIONS_ID",
    "FORMATS",
    "NAME",
    "PARTS",
    "PROACTIVE_ID",
    "REVIEW_LITIGATION_ID",
    "SECTIONS_2021",
    "T2_2019",
    "T2_2021",
    "T3_COLUMNS",
    "T3_COLUMN_GROUPS",
    "T3_NOTE",
    "T3_ROWS_2019",
    "T3_ROWS_2021",
    "T4_COLUMNS",
    "T4_GROUPS",
    "Blanks",
    "CellValue",
    "Format",
    "application_table",
    "info_disclosure",
    "proactive_table",
    "review_litigation_table",
    "table_rows",
]

NAME: Final = "info-disclosure"

PARTS: Final = (
    Part("overview", "总体情况", ("总体情况", "基本情况", "概述")),
    Part("proactive", "主动公开政府信息情况", ("主动公开",)),
    Part("applications", "收到和处理政府信息公开申请情况", ("公开申请", "依申请")),
    Part("review_litigation", "政府信息公开行政复议、行政诉讼情况", ("行政复议", "行政诉讼")),
    Part(
        "problems",
        "存在的主要问题及改进情况",
        ("存在的主要问题", "存在问题", "存在的问题", "改进情况"),
    ),
    Part("other", "其他需要报告的事项", ("其他需要报告", "其他事项")),
)
"""The six parts with the keywords that recognise their (level-1) headings."""

# Each table: its part and the builder to name in messages.
_TABLES: Final = {
    PROACTIVE_ID: ("表二", "proactive", "proactive_table()"),
    APPLICATIONS_ID: ("表三", "applications", "application_table()"),
    REVIEW_LITIGATION_ID: ("表四", "review_litigation", "review_litigation_table()"),
}


def _specs(format: Format) -> tuple[TableSpec, ...]:
    return proactive_spec(format), application_spec(format), review_litigation_spec()


def proactive_table(values: Mapping[str, Sequence[CellValue]], *, format: str = "2021") -> Table:
    """表二 主动公开政府信息情况 from plain numbers, by row key.

    Row keys (2021): ``rules`` 规章 and ``normative_documents`` 行政规范性文件
    (本年制发件数, 本年废止件数, 现行有效件数); ``licensing`` 行政许可,
    ``penalties`` 行政处罚, ``coercion`` 行政强制 (本年处理决定数量); ``fees``
    行政事业性收费 (本年收费金额, in 万元, may be a decimal). See
    :func:`table_rows` for the 2019 trial format.

    >>> t = proactive_table({"rules": [0, 0, 0], "normative_documents": [2, 1, 15],
    ...     "licensing": [126], "penalties": [38], "coercion": [None], "fees": ["1.25"]})
    >>> t.id, t.width, len(t.rows)
    ('disclosure.proactive', 4, 14)
    >>> t.rows[3][1].content.id
    'disclosure.proactive.normative_documents.issued'
    >>> t.rows[10][1].content is None
    True
    """
    spec = proactive_spec(check_format(format))
    return spec.build(values, builder="proactive_table")


def application_table(values: Mapping[str, Sequence[CellValue]], *, format: str = "2021") -> Table:
    """表三 收到和处理政府信息公开申请情况 from plain numbers, seven per row.

    The seven values of a row are 自然人, the five 法人或其他组织 columns and
    总计. Row keys follow the labels: ``received`` (一), ``brought_forward``
    (二), ``results.disclosed`` … ``results.withheld.state_secret`` …
    ``results.total`` (三), ``carried_over`` (四); :func:`table_rows` lists
    them all. Every row must be given.

    >>> rows = table_rows(APPLICATIONS_ID)
    >>> values = {key: [0] * 7 for key in rows}
    >>> t = application_table(values)
    >>> t.width, len(t.header), len(t.rows)
    (10, 3, 25)
    >>> t.rows[2][0].content.plain(), t.rows[2][0].rowspan
    ('三、本年度办理结果', 22)
    >>> del values["carried_over"]
    >>> application_table(values)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: application_table: missing row(s) 'carried_over' (“四、结转下年度继续办理”); give None for blank cells
    """
    spec = application_spec(check_format(format))
    return spec.build(values, builder="application_table")


def review_litigation_table(values: Mapping[str, Sequence[CellValue]]) -> Table:
    """表四 政府信息公开行政复议、行政诉讼情况 (the same in both formats).

    Keys: ``review`` 行政复议, ``direct_suit`` 未经复议直接起诉,
    ``suit_after_review`` 复议后起诉; five values each: 结果维持, 结果纠正,
    其他结果, 尚未审结, 总计.

    >>> t = review_litigation_table({"review": [1, 0, 0, 0, 1],
    ...     "direct_suit": [0, 0, 0, 1, 1], "suit_after_review": [0] * 5})
    >>> t.width, len(t.rows[0])
    (15, 15)
    """
    return review_litigation_spec().build(values, builder="review_litigation_table")


def table_rows(id: str, *, format: str = "2021") -> dict[str, tuple[str, tuple[str, ...]]]:
    """The row keys a table builder takes: key → (row label, column labels).

    >>> rows = table_rows("disclosure.applications")
    >>> len(rows), rows["results.withheld.security"][0]
    (25, '三、本年度办理结果 （三）不予公开 3.危及“三安全一稳定”')
    >>> table_rows("disclosure.proactive", format="2019-trial")["procurement"]
    ('政府集中采购', ('采购项目数量', '采购总金额'))
    """
    instance_of(str).check("id", id)
    specs = {spec.id: spec for spec in _specs(check_format(format))}
    if id not in specs:
        raise ValidationError(
            f"no prescribed table {id!r}; the tables are {', '.join(specs)}", field="id", value=id
        )
    return {
        key: (slots[0].row, tuple(s.column for s in slots))
        for key, slots in specs[id].row_slots().items()
    }


@attrs.frozen
class _Parts:
    """``missing-part``: the six parts and the three tables are present."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        found = match_parts(report, PARTS)
        for part in PARTS:
            if found[part.key] is None:
                yield Finding(
                    code="missing-part",
                    severity=part.severity,
                    location="",
                    template=N_(
                        "no part “{part}” (looked for a level-1 heading with {keywords:、})"
                    ),
                    facts={"part": part.name, "keywords": tuple(part.keywords)},
                )
        located = table_locations(report)
        # An importer sets a picture aside: a table published as one cannot be read, and the
        # check cannot tell whether it is one of the tables it looks for.
        pictures = sum(1 for aside in report.set_aside if aside.reason == "image")
        for id_, (name, holder, builder) in _TABLES.items():
            if id_ in located:
                continue
            at = found[holder]
            if at is not None and _holds_a_table(at.section):
                # A table is there that does not read as the format: garbled in copying, or the
                # agency's own. Which, the check cannot tell, so it says what it looked for.
                yield Finding(
                    code="missing-part",
                    severity="info",
                    location=at.location,
                    template=N_(
                        "no table in this part reads as {table} (looked for its rows by their "
                        "labels, {anchors:、} among them); its figures are not checked"
                    ),
                    facts={"table": name, "anchors": anchors(id_)},
                )
                continue
            if pictures:
                yield Finding(
                    code="missing-part",
                    severity="info",
                    location=at.location if at is not None else "",
                    template=N_(
                        "no {table} was read, and the report holds {count} picture(s), set aside: "
                        "a table published as a picture cannot be read, so its figures are not "
                        "checked"
                    ),
                    facts={"table": name, "count": pictures},
                )
                continue
            yield Finding(
                code="missing-part",
                severity="error",
                location=at.location if at is not None else "",
                template=N_("no {table} (a Table with id '{id}'); build it with {builder}"),
                facts={"table": name, "id": id_, "builder": builder},
            )


def _holds_a_table(section: Section) -> bool:
    stack = [section]
    while stack:
        each = stack.pop()
        if any(isinstance(block, Table) and block.id not in _TABLES for block in each.blocks):
            return True
        stack.extend(each.children)
    return False


@attrs.frozen
class _Tables:
    """``table-layout``, ``table-identity`` and ``blank-cell`` for the three tables."""

    format: Format | Literal["auto"]
    blanks: Blanks
    previous: Report | None

    def __call__(self, report: Report) -> Iterator[Finding]:
        previous = self.previous
        if previous is not None and previous.year != report.year - 1:
            yield Finding(
                code="period-mismatch",
                severity="warning",
                template=N_(
                    "the previous report given is about {previous}, not {expected}; "
                    "the year-on-year identities were not checked"
                ),
                facts={"previous": previous.year, "expected": report.year - 1},
            )
            previous = None
        located = table_locations(report)
        for id_ in _TABLES:
            if id_ not in located:
                continue  # reported by _Parts
            table, location = located[id_]
            reading = self._read(id_, table)
            if isinstance(reading, _Problems):
                yield _layout_finding(reading, location)
                continue
            yield from blank_findings(reading, location)
            yield from hard_identities(reading, location)
            if previous is not None:
                yield from cross_year(previous, reading, location)

    def _read(self, id_: str, table: Table) -> Figures | _Problems:
        """The table's figures in the first format that reads it: exactly as the builders
        lay it out, else by its labels (as published); else the problems of the likeliest."""
        formats = FORMATS if self.format == "auto" else (self.format,)
        first: _Problems | None = None
        for format in formats:
            spec = _spec(id_, format)
            exact = spec.read(table)
            if not exact.problems:
                return Figures(spec, exact.metrics, self.blanks, exact.not_applicable)
            if first is None:
                first = _Problems(spec, format, exact.problems)
        best: Recognised | None = None
        for format in formats:
            found = read_by_labels(_spec(id_, format), table, format)
            if not found.problems:
                return Figures(found.spec, found.metrics, self.blanks, found.not_applicable)
            if best is None or found.matched > best.matched:
                best = found
        assert first is not None
        if best is not None and best.matched:
            return _Problems(best.spec, best.format, best.problems)
        return first


@attrs.frozen
class _Problems:
    """Why a table could not be read in the format it was likeliest to be in."""

    spec: TableSpec
    format: Format
    problems: tuple[str, ...]


def _spec(id_: str, format: Format) -> TableSpec:
    return next(spec for spec in _specs(format) if spec.id == id_)


def _layout_finding(reading: _Problems, location: str) -> Finding:
    problems = reading.problems
    facts: dict[str, Fact] = {
        "table": reading.spec.name,
        "id": reading.spec.id,
        "format": reading.format,
        "problems": tuple(problems[:3]),
        "builder": _TABLES[reading.spec.id][2],
    }
    if len(problems) > 3:
        facts["problems"] = (
            *problems[:3],
            Phrase(template=N_("and {number} more"), facts={"number": len(problems) - 3}),
        )
    return Finding(
        code="table-layout",
        severity="error",
        location=location,
        template=N_(
            "{table} ('{id}') is not laid out as the {format} format: {problems:; }; "
            "build it with {builder}"
        ),
        facts=facts,
    )


def _check_table_format(format: object) -> Format | Literal["auto"]:
    one_of("auto", *FORMATS).check("format", format)
    return format  # type: ignore[return-value]  # one of them, as just checked


def _check_blanks(blanks: object) -> Blanks:
    one_of("zero", "strict").check("blanks", blanks)
    return blanks  # type: ignore[return-value]  # one of the two, as just checked


@attrs.frozen
class _Prose:
    """``table-mismatch``: figures in the text that restate a table figure agree with it."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        return prose_findings(report, report.metrics())


@attrs.frozen
class _Period:
    """``period-mismatch``: the title names the report year."""

    def __call__(self, report: Report) -> Iterator[Finding]:
        return period_findings(report, PARTS, match_parts(report, PARTS))


def info_disclosure(
    *,
    format: str = "auto",
    previous: Report | None = None,
    blanks: str = "zero",
    deadline: tuple[int, int] = (1, 31),
) -> Kind:
    """The 政府信息公开工作年度报告 kind, configured.

    Args:
        format: ``"auto"`` (the default: each table in the format it is
            laid out in, the 2021 one first), ``"2021"`` (国办公开办函〔2021〕30号)
            or ``"2019-trial"``. Reports about 2019 and 2020 were written in
            the trial format, later ones in the 2021 format.
        previous: last year's report; enables the year-on-year checks
            (T3-XYR: this year's 上年结转 = last year's 结转下年度, and
            T2-ROLL), which compare figures by metric id.
        blanks: ``"zero"`` counts blank cells as 0; ``"strict"`` reports
            them and skips the identities that use them.
        deadline: the publication deadline as (month, day) of Y+1: 1月31日
            for departments, (3, 31) for a 本级政府 report.

    >>> kind = info_disclosure(deadline=(3, 31))
    >>> kind.name, len(kind.rules)
    ('info-disclosure', 5)
    >>> info_disclosure(blanks="lenient")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'blanks' must be one of 'zero', 'strict' (got 'lenient')
    """
    if previous is not None and not isinstance(previous, Report):
        raise ModelTypeError(
            f"'previous' must be a Report (got {type(previous).__name__})",
            field="previous",
            value=previous,
        )
    return Kind(
        name=NAME,
        title="政府信息公开工作年度报告",
        rules=(
            _Parts(),
            _Tables(_check_table_format(format), _check_blanks(blanks), previous),
            _Prose(),
            _Period(),
            Deadline(deadline),
        ),
        description="the six parts, the three tables and their identities, the deadline",
    )
