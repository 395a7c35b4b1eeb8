"""``table-mismatch``: the narrative of an info-disclosure report against its tables.

Reports restate their table figures in prose ("本年度共受理政府信息公开申请2件",
"予以公开及部分公开258件", "行政复议7件，均获维持"), and the two are written
separately, so they disagree. A figure is taken to restate a table cell only
when the words right before it in its sentence are one of the cues below, so
that a figure about something else is never compared:

=====================================  ==============================================
words before the figure                the table figure (表三 and 表四 总计 column)
=====================================  ==============================================
新收 …申请                             一、本年新收
收到 / 受理 …申请                       一、本年新收, or 一 + 二、上年结转
上年结转 …                             二、上年结转
办结 / 答复 …申请                       （七）总计
予以公开及部分公开 / 公开和部分公开      （一）+（二）
予以公开                               （一）
部分公开                               （二）
不予公开 / 无法提供 / 不予处理          the rows of （三） / （四） / （五）
结转下年度 …                           四、结转下年度继续办理
行政复议 …                             行政复议 总计 (结果维持 if the sentence says 均…维持)
行政诉讼 …                             the two 行政诉讼 总计 (结果维持 likewise)
=====================================  ==============================================

Between cue and figure only filler words may stand (共, 为, 达, 数量, 件数…). A
sentence that names another year, 上年, 去年 or 同比 before the cue is about
another period and is skipped. Only counts are compared (件, 个, 宗, 起, 条, 次
or no unit, no 万); the prose figure is an interval (``约300件``), and a finding
is raised only when it cannot hold the table's figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Final

import attrs

from .._blocks import Table
from .._finding import Finding
from .._interval import Interval
from .._messages import N_
from .._outline import outline
from .._quantity import Metric
from .._report import Report
from .._text import ReportYear, Text, Year
from .._walk import texts
from ._tables import APPLICATIONS_ID, REVIEW_LITIGATION_ID

__all__ = ["CUES", "Cue", "prose_findings"]

_A: Final = APPLICATIONS_ID
_R: Final = REVIEW_LITIGATION_ID
_FILLER: Final = r"(?:的|共|共计|合计|总计|累计|总数|数量|件数|数|为|达|达到|是|有|了|：|:)*$"
_COUNT_UNITS: Final = frozenset({None, "件", "个", "宗", "起", "条", "次", "人次", "项"})
_OTHER_PERIOD: Final = re.compile(r"上年|去年|上一年|往年|前年|同比|同期|以来|累计")
_UPHELD: Final = re.compile(r"^[^。；;]*均(?:获|被|予以|依法)?维持")
_WITHHELD: Final = tuple(
    f"results.withheld.{k}"
    for k in (
        "state_secret",
        "prohibited",
        "security",
        "third_party",
        "internal",
        "process",
        "enforcement_files",
        "query",
    )
)


@attrs.frozen
class Cue:
    """Words before a figure, and the table figures (metric ids, added) it restates.

    *upheld* are the figures to compare instead when the rest of the sentence
    says every case was upheld (均获维持); *period* is whether the cue itself
    names the earlier period (上年结转), so that the other-period rule spares it;
    *or_also* are more figures the words may include (受理 may count the
    applications carried over from last year as well as the new ones): the
    prose figure must then miss both readings to be a contradiction.
    """

    name: str
    words: re.Pattern[str]
    ids: tuple[str, ...]
    upheld: tuple[str, ...] = ()
    period: bool = False
    or_also: tuple[str, ...] = ()


def _cue(name: str, words: str, ids: tuple[str, ...], **more: object) -> Cue:
    return Cue(name, re.compile(words + _FILLER), ids, **more)  # type: ignore[arg-type]


def _totals(table: str, rows: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{table}.{row}.total" for row in rows)


_APPLICATION: Final = r"(?:各类|政府信息公开|信息公开|依申请公开)*申请"

CUES: Final = (
    _cue(
        "上年结转", r"上年结转" + _APPLICATION + "?", _totals(_A, ("brought_forward",)), period=True
    ),
    _cue(
        "结转下年度", r"结转(?:至|到)?下(?:一)?年度?(?:继续办理)?", _totals(_A, ("carried_over",))
    ),
    _cue("新收申请", r"新收" + _APPLICATION, _totals(_A, ("received",))),
    _cue(
        "收到申请",
        r"(?:收到|受理|接收)" + _APPLICATION,
        _totals(_A, ("received",)),
        or_also=_totals(_A, ("brought_forward",)),
    ),
    _cue("办结申请", r"(?:办结|答复|办理完毕)" + _APPLICATION, _totals(_A, ("results.total",))),
    _cue(
        "予以公开及部分公开",
        r"(?:予以)?公开(?:及|和|与|、)部分公开",
        _totals(_A, ("results.disclosed", "results.partly_disclosed")),
    ),
    _cue("予以公开", r"(?<!不)予以公开", _totals(_A, ("results.disclosed",))),
    _cue("部分公开", r"(?<![及和与、])部分公开", _totals(_A, ("results.partly_disclosed",))),
    _cue("不予公开", r"不予公开", _totals(_A, _WITHHELD)),
    _cue(
        "无法提供",
        r"无法提供",
        _totals(
            _A, tuple(f"results.unavailable.{k}" for k in ("not_held", "to_be_made", "unclear"))
        ),
    ),
    _cue(
        "不予处理",
        r"不予处理",
        _totals(
            _A,
            tuple(
                f"results.not_processed.{k}"
                for k in ("complaints", "repeated", "publications", "excessive", "confirmation")
            ),
        ),
    ),
    _cue(
        "行政复议",
        r"行政复议(?:案件|申请)?",
        (f"{_R}.review.total",),
        upheld=(f"{_R}.review.upheld",),
    ),
    _cue(
        "行政诉讼",
        r"行政诉讼(?:案件)?",
        (f"{_R}.direct_suit.total", f"{_R}.suit_after_review.total"),
        upheld=(f"{_R}.direct_suit.upheld", f"{_R}.suit_after_review.upheld"),
    ),
)
"""The cues, tried in order: the first whose words end right before the figure wins."""

_SENTENCE_END: Final = re.compile(r"[。；;！？!?]")


def _restated(report: Report) -> Iterator[tuple[Metric, Cue, bool, str]]:
    """Each prose figure that follows a cue: (figure, cue, says upheld, location)."""
    for placed in outline(report):
        for block in placed.section.blocks:
            if isinstance(block, Table):
                continue
            for text in texts(block, cells=False):
                yield from ((*found, placed.location) for found in _in_text(text, report.year))


def _in_text(text: Text, year: int) -> Iterator[tuple[Metric, Cue, bool]]:
    sentence = ""  # the current sentence up to here, with other periods marked
    parts = text.parts
    for index, part in enumerate(parts):
        if isinstance(part, str):
            sentence = _tail(sentence + part)
            continue
        if isinstance(part, Year | ReportYear):
            value = part.value if isinstance(part, Year) else part.resolve(year)
            sentence += "今年" if value == year else "往年"
            continue
        if not isinstance(part, Metric):
            sentence += "·"
            continue
        cue = next((c for c in CUES if c.words.search(sentence)), None)
        if cue is not None and _same_period(sentence, cue) and _is_count(part):
            yield part, cue, bool(_UPHELD.match(_rest(parts[index + 1 :])))
        sentence += "·"


def _tail(sentence: str) -> str:
    found = list(_SENTENCE_END.finditer(sentence))
    return sentence[found[-1].end() :] if found else sentence


def _rest(parts: tuple[object, ...]) -> str:
    return "".join(p if isinstance(p, str) else "·" for p in parts)


def _same_period(sentence: str, cue: Cue) -> bool:
    match = cue.words.search(sentence)
    before = sentence[: match.start()] if match else sentence
    return not _OTHER_PERIOD.search(before) and (cue.period or not _OTHER_PERIOD.search(sentence))


def _is_count(metric: Metric) -> bool:
    quantity = metric.quantity
    return quantity.unit in _COUNT_UNITS and quantity.scale is None and not quantity.change


def prose_findings(report: Report, metrics: Mapping[str, Metric]) -> Iterator[Finding]:
    """``table-mismatch`` errors for prose figures that cannot be the table's figure.

    *metrics* are the report's metrics by id; the table figures are those with
    the prescribed ids, so a table read by its labels (an imported one) counts.
    """
    for metric, cue, upheld, location in _restated(report):
        ids = cue.upheld if upheld and cue.upheld else cue.ids
        cells = [metrics.get(i) for i in ids]
        if not ids or any(c is None for c in cells):
            continue  # no such table, or a blank cell: nothing certain to compare
        table = sum((c.quantity.value for c in cells if c is not None), Decimal(0))
        readings = [table]
        if not (upheld and cue.upheld) and cue.or_also:
            more = [metrics.get(i) for i in cue.or_also]
            if any(m is None for m in more):
                continue  # the wider reading cannot be ruled out
            readings.append(table + sum((m.quantity.value for m in more if m), Decimal(0)))
        stated = metric.quantity.interval()
        if any(stated.intersects(Interval.point(value)) for value in readings):
            continue
        labels = tuple(c.label for c in cells if c is not None)
        yield Finding(
            code="table-mismatch",
            severity="error",
            location=location,
            template=N_("the text says {cue} {figure}, but the table has {cells: + } = {total}"),
            facts={
                "cue": cue.name + ("（均维持）" if upheld and cue.upheld else ""),
                "figure": f"{metric.quantity.value}{metric.quantity.unit or ''}",
                "cells": labels,
                "total": table,
            },
            metrics=(metric.id, *(c.id for c in cells if c is not None)),
        )
