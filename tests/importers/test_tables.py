"""The prescribed tables among imported ones: ids, checks, and what stays as published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govreport as gr
from govreport.kinds.info_disclosure import table_rows

from ..kinds.conftest import disclosure_report

APPLICATIONS = "disclosure.applications"


PRESCRIBED = ["disclosure.proactive", "disclosure.applications", "disclosure.review_litigation"]


def table_ids(report: gr.Report) -> list[str | None]:
    """The ids of the tables in *report*'s sections, in reading order."""
    return [b.id for s in report.sections for b in s.blocks if isinstance(b, gr.Table)]


def t3_pipe(*, received: str = "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |", total: str | None = None) -> str:
    """表三 as copied from a web page: one pipe row per figure row, merged labels once."""
    lines = ["| 申请人情况 |", "| 自然人 | 法人或其他组织 | 总计 |"]
    seen: set[str] = set()
    for key, (label, _) in table_rows(APPLICATIONS).items():
        *groups, leaf = label.split(" ")
        new = [g for g in groups if g not in seen]
        seen.update(groups)
        if key == "received":
            figures = received
        elif key in ("results.disclosed", "results.total"):
            figures = "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |" if total is None else total
        else:
            figures = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
        lines.append("| " + " | ".join([*new, leaf]) + " " + figures)
    return "\n".join(lines)


def report(overview: str = "本年度收到申请3件。", table: str | None = None) -> str:
    return "\n".join(
        [
            "某县某局",
            "某县某局2023年政府信息公开工作年度报告",
            "一、总体情况",
            overview,
            "二、主动公开政府信息情况",
            "规章 | 0 | 0 | 0 |",
            "行政规范性文件 | 2 | 1 | 15 |",
            "行政许可 | 12 |",
            "行政处罚 | 3 |",
            "行政强制 | 0 |",
            "行政事业性收费 | 0 |",
            "三、收到和处理政府信息公开申请情况",
            t3_pipe() if table is None else table,
            "四、政府信息公开行政复议、行政诉讼情况",
            "行政复议\t\t\t\t\t行政诉讼",
            "结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
            "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
            "五、存在的主要问题及改进情况",
            "无。",
            "六、其他需要报告的事项",
            "无。",
        ]
    )


def test_flattened_tables_are_the_prescribed_ones_and_check_clean() -> None:
    imported = gr.parse_text(report())
    assert table_ids(imported) == PRESCRIBED
    received = imported.metrics()[f"{APPLICATIONS}.received.total"]
    assert (received.label, received.quantity.value) == (
        "一、本年新收政府信息公开申请数量：总计",
        3,
    )
    assert gr.check(imported) == []


def test_table_rows_never_become_headings() -> None:
    """四、结转下年度继续办理 in 表三 is a row, and the real part 四 stays a part."""
    imported = gr.parse_text(report())
    titles = [s.title.plain() for s in imported.sections if s.title is not None]
    assert titles[3] == "政府信息公开行政复议、行政诉讼情况"
    assert len(titles) == 6


def test_prose_against_the_table() -> None:
    imported = gr.parse_text(report("本年度共受理政府信息公开申请2件。"))
    (finding,) = gr.check(imported)
    assert (finding.code, finding.severity, finding.location) == ("table-mismatch", "error", "一")
    assert finding.message == (
        "the text says 收到申请 2件, but the table has 一、本年新收政府信息公开申请数量：总计 = 3"
    )


def test_a_blank_total_column_is_found() -> None:
    blank = "| 3 | 0 | 0 | 0 | 0 | 0 | |"
    imported = gr.parse_text(report(table=t3_pipe(received=blank, total=blank)))
    (finding,) = gr.check(imported)
    assert (finding.code, finding.severity) == ("blank-cell", "warning")
    assert finding.message.startswith("表三 column “总计” is blank in 3 row(s)")


def test_an_unreadable_table_is_named_not_missing() -> None:
    """A row whose blank cells were collapsed cannot be placed: table-layout, not 'no 表三'."""
    imported = gr.parse_text(report(table=t3_pipe(received="| 3 | 3 |")))
    (finding,) = gr.check(imported)
    assert finding.code == "table-layout"
    assert "row “一、本年新收政府信息公开申请数量” has 2 figure cell(s); the format has 7" in (
        finding.message
    )


def test_tables_in_other_reports_stay_generic() -> None:
    text = (
        "某乡人民政府\n2023年度工作报告\n一、甲\n| 规章 | 0 |\n| 行政许可 | 1 |\n| 行政处罚 | 2 |"
    )
    (table,) = gr.parse_text(text).sections[0].blocks
    assert isinstance(table, gr.Table)
    assert table.id is None


def foreign_page(body_edit: dict[str, str], overview: str) -> str:
    """The small info-disclosure report as another site would publish it: its own chrome and
    container, no govreport markup, the tables with their spans."""
    html = gr.render(disclosure_report(), "html")
    body = html[html.index("<article") : html.index("</article>") + len("</article>")]
    body = re.sub(r"<data[^>]*>([^<]*)</data>", r"\1", body)
    body = re.sub(r"<time[^>]*>([^<]*)</time>", r"\1", body)
    body = re.sub(r' data-id="[^"]*"', "", body)
    body = body.replace('<article class="govreport">', '<div class="TRS_Editor">')
    body = body.replace("</article>", "</div>").replace("……", overview, 1)
    for old, new in body_edit.items():
        body = body.replace(old, new)
    return (
        '<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a>'
        f'<a href="/gk">政务公开</a></div><div class="main">{body}</div>'
        '<div class="footer">主办：某县人民政府</div></body></html>'
    )


def test_a_web_page_s_tables_are_the_prescribed_ones() -> None:
    pytest.importorskip("lxml")
    page = foreign_page({"商业企业": "商业 企业"}, "本年度共受理政府信息公开申请3件。")
    imported = gr.parse_html(page)
    assert table_ids(imported) == PRESCRIBED
    assert [(f.code, f.location) for f in gr.check(imported)] == [("table-mismatch", "一")]


def test_a_web_page_s_blank_total_column_is_found() -> None:
    pytest.importorskip("lxml")
    page = foreign_page({}, "无。")
    # Blank every 总计 cell of 表三: the last cell of each figure row.
    start = page.index("一、本年新收")
    head, table = page[:start], page[start:]
    end = table.index("</table>")
    rows = table[:end].split("</tr>")
    rows = [row[: row.rindex("<td>")] + "<td></td>" if "<td>" in row else row for row in rows]
    imported = gr.parse_html(head + "</tr>".join(rows) + table[end:])
    findings = [(f.code, f.severity) for f in gr.check(imported)]
    assert ("blank-cell", "warning") in findings
    assert not any(code == "table-identity" for code, _ in findings)


def test_a_word_file_s_tables_are_the_prescribed_ones() -> None:
    """Merged cells and all: the docx renderer's tables come back as 表二, 表三 and 表四."""
    pytest.importorskip("docx")
    report = disclosure_report()
    imported = gr.parse_docx(gr.render(report, "docx"))
    assert table_ids(imported) == PRESCRIBED
    assert gr.check(imported) == []
    received = "disclosure.applications.received.total"
    assert imported.metrics()[received].quantity == report.metrics()[received].quantity


PAGE = Path(__file__).parents[1] / "data" / "info_disclosure_page.html"


def test_a_county_page_in_gbk_reads_whole_and_checks_clean() -> None:
    """A page built as county sites build them (GBK, nav, info bar, <p><strong> headings,
    tables of <td><p><span>, share and print links, footer): six parts, three tables."""
    pytest.importorskip("lxml")
    imported = gr.parse_html(PAGE.read_bytes())
    assert (imported.authority, imported.year, imported.kind) == (
        "某区统计局",
        2023,
        "info-disclosure",
    )
    assert len(imported.sections) == 6
    assert table_ids(imported) == PRESCRIBED
    assert gr.check(imported) == []
    assert [item.reason for item in imported.set_aside] == ["web page"] * 6


def test_a_county_page_whose_text_contradicts_its_table() -> None:
    pytest.importorskip("lxml")
    page = PAGE.read_bytes().replace(
        "收到政府信息公开申请5件".encode("gbk"), "收到政府信息公开申请4件".encode("gbk")
    )
    (finding,) = gr.check(gr.parse_html(page))
    assert (finding.code, finding.location) == ("table-mismatch", "一")


def _cut(page: str, *labels: str, between: str = "") -> str:
    """*page* with its table cut into pieces before each row holding one of *labels*,
    *between* written between the pieces."""
    for label in labels:
        row = page.rindex("<tr", 0, page.index(label))
        page = f"{page[:row]}</tbody></table>{between}<table><tbody>{page[row:]}"
    return page


def test_a_table_published_in_pieces_is_joined() -> None:
    """表三 published as one table per block reads as the whole 表三, with the same findings."""
    pytest.importorskip("lxml")
    page = foreign_page({}, "本年度共受理政府信息公开申请4件。")
    pieces = _cut(page, "二、上年结转", "三、本年度办理结果", "四、结转下年度")
    assert pieces.count("<table") == page.count("<table") + 3
    imported = gr.parse_html(pieces)
    assert table_ids(imported) == PRESCRIBED
    assert gr.check(imported) == gr.check(gr.parse_html(page)) == []
    assert _applications(imported) == _applications(gr.parse_html(page))


def _applications(report: gr.Report) -> gr.Table:
    (table,) = [
        b
        for s in report.sections
        for b in s.blocks
        if isinstance(b, gr.Table) and b.id == APPLICATIONS
    ]
    return table


def test_pieces_are_joined_only_where_the_whole_is_a_prescribed_table() -> None:
    """Separate tables stay separate: pieces between which something is written, and
    consecutive tables that do not make a prescribed table together."""
    pytest.importorskip("lxml")
    page = foreign_page({}, "本年度共受理政府信息公开申请4件。")
    apart = gr.parse_html(_cut(page, "二、上年结转", between="<p>注：单位为件。</p>"))
    assert APPLICATIONS not in table_ids(apart)
    assert len(table_ids(apart)) == 4
    two = "<table><tbody><tr><td>甲</td><td>1</td></tr></tbody></table>"
    generic = page.replace("<h2>五、", f"{two}{two}<h2>五、", 1)
    assert generic != page
    ids = table_ids(gr.parse_html(generic))
    assert ids == [*PRESCRIBED, None, None]


def _flattened(page: str, *, stacked: bool) -> str:
    """*page* with every table flattened into paragraphs, as some sites publish them: a
    paragraph per row, its cells joined by spaces, or (*stacked*) a paragraph per cell."""
    while "<table" in page:
        start = page.index("<table")
        end = page.index("</table>", start) + len("</table>")
        rows = [
            [
                re.sub(r"<[^>]+>", "", cell).strip()
                for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
            ]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", page[start:end], re.S)
        ]
        if stacked:
            flat = "".join(f"<p>{cell}</p>" for row in rows for cell in row if cell)
        else:
            flat = "".join(f"<p>{' '.join(cell for cell in row if cell)}</p>" for row in rows)
        page = page[:start] + flat + page[end:]
    return page


@pytest.mark.parametrize("stacked", [False, True], ids=["a row a paragraph", "a cell a paragraph"])
def test_tables_flattened_into_a_page_s_paragraphs_are_read(stacked: bool) -> None:
    """A page that gives its tables as paragraphs reads all three prescribed tables, with
    the findings of the page that kept them as tables."""
    pytest.importorskip("lxml")
    page = foreign_page({}, "本年度共受理政府信息公开申请3件。")
    flat = _flattened(page, stacked=stacked)
    assert "<table" not in flat
    imported = gr.parse_html(flat)
    assert table_ids(imported) == PRESCRIBED
    assert [(f.code, f.location) for f in gr.check(imported)] == [("table-mismatch", "一")]
    as_tables = gr.parse_html(page)
    for id_ in (
        "disclosure.applications.received.total",
        "disclosure.review_litigation.review.total",
    ):
        assert imported.metrics()[id_].quantity == as_tables.metrics()[id_].quantity


def test_tables_flattened_into_text_are_read() -> None:
    """Text whose tables are rows of spaced figures under lines of labels (表四's header
    above one row of figures, 表二's rows of one figure) reads all three tables."""
    flat = _flattened(foreign_page({}, "本年度共受理政府信息公开申请4件。"), stacked=False)
    text = "\n".join(
        ["某县某局", "某县某局2023年政府信息公开工作年度报告"]
        + [
            re.sub(r"<[^>]+>", "", p).strip()
            for p in re.findall(r"<(?:p|h2|h3)[^>]*>(.*?)</(?:p|h2|h3)>", flat, re.S)
        ]
    )
    imported = gr.parse_text(text)
    assert table_ids(imported) == PRESCRIBED
    assert gr.check(imported) == []


def test_short_lines_that_make_no_prescribed_table_stay_paragraphs() -> None:
    """Lines of labels and figures are joined into a table only where the whole reads as
    a prescribed one: a list of contacts stays a list of paragraphs."""
    lines = ["联系电话 023-73321234", "邮编 409100", "办理 3", "答复 3"]
    text = report().replace("无。", "\n".join(lines), 1)
    imported = gr.parse_text(text)
    assert table_ids(imported) == PRESCRIBED
    five = imported.sections[4]
    assert [b.text.plain() for b in five.blocks] == lines


def test_a_long_list_of_short_lines_is_not_tried_as_a_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Joining tries a stretch of short lines only from where it holds every word a clean
    read of a prescribed table needs (its anchors and the start of each row's label): a list
    of 600 lines that each end in a figure is never tried, anchor words or not."""
    from govreport.importers import _tables

    calls = 0
    real = _tables.identify

    def counting(table: gr.Table) -> object:
        nonlocal calls
        calls += 1
        return real(table)

    monkeypatch.setattr(_tables, "identify", counting)
    lines = [f"事项{i} {i}" for i in range(600)]
    imported = gr.parse_text(report().replace("无。", "\n".join(lines), 1))
    assert table_ids(imported) == PRESCRIBED
    assert calls == 3  # the three tables: lines without 表三's words are never tried
    lines[0] = "本年新收 结转 予以公开 0"  # 表三's anchors, but not its rows
    imported = gr.parse_text(report().replace("无。", "\n".join(lines), 1))
    assert table_ids(imported) == PRESCRIBED
    assert calls == 3 + 3


def test_a_table_published_as_a_picture_is_said_with_less_certainty() -> None:
    """A page whose 表三 is a picture: the picture is set aside, and the missing table is an
    info that says why it could not be read."""
    pytest.importorskip("lxml")
    page = foreign_page({}, "本年度共受理政府信息公开申请4件。")
    start = page.index("一、本年新收")
    begin = page.rindex("<table", 0, start)
    end = page.index("</table>", start) + len("</table>")
    picture = '<p><a href="/u/t3.png"><img src="/u/t3_small.png" alt=""></a></p>'
    imported = gr.parse_html(page[:begin] + picture + page[end:])
    assert [(a.text, a.reason) for a in imported.set_aside if a.reason == "image"] == [
        ("/u/t3_small.png", "image")
    ]
    (finding,) = gr.check(imported)
    assert (finding.code, finding.severity, finding.location) == ("missing-part", "info", "三")
    assert finding.format("zh_Hans_CN") == (
        "未读到表三；报告中有1张图片已另行列出，以图片发布的表格无法读取，其中的数字未予核对。"
    )
