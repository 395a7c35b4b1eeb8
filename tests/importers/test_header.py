"""The frame: the document number under the authority, the signature and date at the end."""

from __future__ import annotations

import datetime as dt

import govreport as gr
from govreport.importers import parse_text
from govreport.importers._drafts import Line
from govreport.importers._header import closing
from govreport.renderers import render


def _normalise(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def test_number_line_and_closing() -> None:
    """A document number under the authority, and a signature and date at the end."""
    text = "某乡人民政府\n某府发〔2024〕3号\n2023年度工作报告\n一、甲\n正文。\n\n某乡人民政府\n2024年1月15日\n"
    report = parse_text(text)
    assert str(report.number) == "某府发〔2024〕3号"
    assert report.closing == gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15))
    assert _normalise(render(report, "text")) == _normalise(text)


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, number=n) for n, t in enumerate(texts, start=1)]


def test_closing_needs_the_rendered_date() -> None:
    """A padded date or a sentence above it is not a closing."""
    assert closing(_lines("某乡人民政府", "2024年01月15日")) is None
    assert closing(_lines("工作完成。", "2024年1月15日")) is None
    assert closing(_lines("某乡", "2024年2月30日")) is None
    assert closing(_lines("某乡", "2024年2月3日")) == ("某乡", dt.date(2024, 2, 3))
