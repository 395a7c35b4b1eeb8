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


# -- pattern 2: title and header forms -----------------------------------------------------------

BODY = "一、主要举措\n检查企业12家。\n"


def test_authority_inside_the_title() -> None:
    """某镇人民政府关于2022年度…的报告: the authority is the part before 关于."""
    report = parse_text("某镇人民政府关于2022年度法治政府建设情况的报告\n" + BODY)
    assert (report.authority, report.year, report.kind) == ("某镇人民政府", 2022, "rule-of-law")
    assert report.title.plain().startswith("某镇人民政府关于")


def test_year_first_title() -> None:
    """2019年某市人民政府办公厅政府信息公开工作年度报告: the authority follows the year."""
    report = parse_text("2019年某市人民政府办公厅政府信息公开工作年度报告\n" + BODY)
    assert (report.authority, report.year, report.kind) == (
        "某市人民政府办公厅",
        2019,
        "info-disclosure",
    )


def test_year_from_the_first_body_sentence() -> None:
    """A title without a year: the body's opening sentence gives it, explicit year= wins."""
    text = "某县司法局\n关于法治政府建设的情况报告\n2025年，是规划收官之年。\n" + BODY
    assert parse_text(text).year == 2025
    assert parse_text(text, year=2024).year == 2024


def test_year_from_the_statistics_period() -> None:
    """统计期限为2023年1月1日至12月31日 names the report year."""
    text = "某区统计局\n政府信息公开工作年度报告\n本报告统计期限为2023年1月1日至12月31日。\n" + BODY
    report = parse_text(text)
    assert (report.year, report.kind) == (2023, "info-disclosure")


def test_no_title_line_preamble_names_the_report() -> None:
    """The text opens with the preamble, whose sentence names the report and its authority."""
    text = "根据《条例》规定，现公布区统计局2023年政府信息公开工作年度报告。\n" + BODY
    report = parse_text(text)
    assert (report.authority, report.year) == ("区统计局", 2023)
    assert report.title.plain() == "区统计局年政府信息公开工作年度报告"  # the year is typed


def test_no_title_line_at_all() -> None:
    """Straight into 一、总体情况: the genre's name stands in, the rest must be given."""
    text = "一、总体情况\n2023年，本局主动公开信息12条。\n"
    report = parse_text(text, authority="某局", kind="info-disclosure")
    assert (report.authority, report.year) == ("某局", 2023)
    assert gr.render(report, "text").splitlines()[1] == "2023年政府信息公开工作年度报告"
    assert report.sections[0].title is not None


def test_authority_alone_above_the_title_and_addressee_after() -> None:
    """The authority on its own line; the addressee line after the title is preamble."""
    text = "某县农业农村局\n2023年法治政府建设年度报告\n县委、县政府：\n" + BODY
    report = parse_text(text)
    assert report.authority == "某县农业农村局"
    assert [b.text.plain() for b in report.preamble if isinstance(b, gr.Paragraph)] == [
        "县委、县政府："
    ]


def test_traditional_characters() -> None:
    """A report in traditional characters: title, authority, year and kind are read."""
    report = parse_text("小龍門鄉2024年法治政府建設情況報告\n一、主要舉措\n開展學習3次。\n")
    assert (report.authority, report.year, report.kind) == ("小龍門鄉", 2024, "rule-of-law")


def test_chinese_numeral_year_in_the_title() -> None:
    """二〇二三年度 in the title names the year."""
    report = parse_text("某乡人民政府\n二〇二三年度法治政府建设情况报告\n" + BODY)
    assert report.year == 2023


def test_title_broken_after_guanyu() -> None:
    """某区人民政府关于 / 2023年…的报告 on two lines is one title, with its authority."""
    report = parse_text("某区人民政府关于\n2023年法治政府建设情况的报告\n" + BODY)
    assert (report.authority, report.year) == ("某区人民政府", 2023)
    assert report.title.plain() == "某区人民政府关于年法治政府建设情况的报告"


def test_authority_from_a_signature_or_the_opening_sentence() -> None:
    """Without a title line: the signature above a date, else the opening sentence's subject."""
    signed = parse_text("一、总体情况\n2023年，本局公开信息12条。\n某区统计局\n2024年01月20日\n")
    assert signed.authority == "某区统计局"
    opening = parse_text("一、总体情况\n2023年，区统计局认真贯彻《条例》，公开信息12条。\n")
    assert opening.authority == "区统计局"


def test_title_naming_its_authority_wins_over_a_site_line() -> None:
    """A site's name above a title that names its authority is set aside, not the authority."""
    report = parse_text("某某区政府门户网站\n某某区司法局2023年法治政府建设年度报告\n" + BODY)
    assert report.authority == "某某区司法局"
    assert [(a.line, a.reason) for a in report.set_aside] == [(1, "before the title")]
