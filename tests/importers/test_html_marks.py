"""The renderer's markup gives back metric ids and labels, and item ids."""

from __future__ import annotations

import govreport as gr
from govreport.importers import parse_html
from govreport.renderers import render


def report(*, unit: str = "件") -> gr.Report:
    """A report whose ids and labels are not the ones the importer derives."""
    points = gr.Points(items=["检查企业3家。", "抽查2次。"], id="checks")
    return gr.Report(
        title=gr.text("{y}年度工作报告", y=gr.ReportYear()),
        authority="某乡人民政府",
        year=2023,
        sections=[
            gr.Section(
                title="主要举措",
                blocks=[
                    gr.text(
                        "共计发文{t}，其中委发{a}，府发{b}。",
                        t=gr.metric("docs", 560, unit, label="全年发文"),
                        a=gr.metric("docs.party", 76, unit, label="委发文件"),
                        b=gr.metric("docs.gov", 484, unit, label="府发文件"),
                    ),
                    points,
                ],
            )
        ],
        relations=[gr.Total(total="docs", parts=["docs.party", "docs.gov"])],
    )


def test_ids_and_labels_come_back() -> None:
    """Metric ids and labels, the points' id and the relation's ids are the report's own."""
    back = parse_html(render(report(), "html"))
    assert list(back.metrics()) == ["docs", "docs.party", "docs.gov", "s1.m4", "s1.m5"]
    assert [m.label for m in back.metrics().values()][:3] == ["全年发文", "委发文件", "府发文件"]
    assert back.relations == report().relations
    assert back.sections[0].blocks[1].id == "checks"  # type: ignore[union-attr]


def test_derived_when_the_markup_does_not_match() -> None:
    """A <data> element that matches no figure read leaves that figure its derived id."""
    page = render(report(), "html").replace('data-unit="件"', 'data-unit="次"', 1)
    back = parse_html(page)
    assert list(back.metrics())[:3] == ["s1.m1", "docs.party", "docs.gov"]
    assert back.relations == (gr.Total(total="s1.m1", parts=["docs.party", "docs.gov"]),)


def test_clashing_marks_are_not_used() -> None:
    """Marks that would give two figures one id leave every id derived."""
    page = render(report(), "html").replace('data-metric="docs.gov"', 'data-metric="docs"')
    assert list(parse_html(page).metrics())[:3] == ["s1.m1", "s1.m2", "s1.m3"]


def test_plain_pages_are_untouched() -> None:
    """Without markup the derived ids stay."""
    back = parse_html("<p>某乡人民政府</p><p>2023年度工作报告</p><p>一、甲</p><p>检查3次。</p>")
    assert list(back.metrics()) == ["s1.m1"]
