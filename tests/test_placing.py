"""Placing figures when a report is built: ids, labels, citations, title years."""

from __future__ import annotations

import govreport as gr
from govreport._placing import Placer, typed_years, year_of


def test_year_of_types_the_report_year_and_the_next() -> None:
    """As the importer does: Y and Y+1 follow the report; other years stay fixed."""
    assert year_of(2023, 2023) == gr.ReportYear()
    assert year_of(2024, 2023) == gr.ReportYear(offset=1)
    assert year_of(2022, 2023) == gr.Year(value=2022)


def test_typed_years_keeps_every_character() -> None:
    """Only 2023年-style years are typed; codes and ordinals stay words."""
    assert typed_years("第2023年", 2023) == ["第2023年"]
    assert typed_years("2021年至2023年", 2023) == [
        gr.Year(value=2021),
        "年至",
        gr.ReportYear(),
        "年",
    ]


def test_unchanged_texts_are_kept_as_they_are() -> None:
    """A text with only metrics is returned as the same object (no rebuild)."""
    text = gr.text("{m}", m=gr.metric("a", 1, "件", label="x"))
    assert Placer(()).text(text, "p") is text


def test_label_from_the_words_after_when_none_before() -> None:
    """A figure opening its clause is labelled by the words after it."""
    text = gr.text("{10个}村发挥作用。")
    (metric,) = (p for p in Placer(()).text(text, "s1").parts if isinstance(p, gr.Metric))
    assert metric.label == "村发挥作用"


def test_a_figure_alone_in_a_cell_is_a_metric_labelled_by_its_row() -> None:
    """Table cells hold the metric itself, labelled by the row heading."""
    table = gr.Table(header=[["项目", "数量"]], rows=[["发文", gr.figure("560件")]])
    report = gr.Report(title="报告", authority="某乡", year=2023, preamble=[table])
    (cell,) = [c for c in report.preamble[0].rows[0] if isinstance(c.content, gr.Metric)]  # type: ignore[union-attr]
    assert cell.content.label == "发文"  # type: ignore[union-attr]
    assert cell.content.id.startswith("p.f")  # type: ignore[union-attr]


def test_the_same_object_in_a_cell_again_is_a_citation() -> None:
    """A figure shown in the prose and again in a table stays one metric."""
    total = gr.figure("560件", id="docs.total")
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        preamble=[
            gr.Paragraph(text=gr.text("发文{t}。", t=total)),
            gr.Table(rows=[["发文", total]]),
        ],
    )
    cell = report.preamble[1].rows[0][1]  # type: ignore[union-attr]
    assert cell.content == gr.Text((gr.Cite(id="docs.total"),))
    assert ">560件</data></td></tr>" in gr.render(report, "html")


def test_a_derived_id_never_takes_an_id_the_author_gave() -> None:
    """An id the author gave is reserved: the figure that would derive it is numbered on."""
    text = gr.text("发文{560件}。")

    def derived(placer: Placer) -> str:
        (metric,) = (p for p in placer.text(text, "s1").parts if isinstance(p, gr.Metric))
        return metric.id

    free = derived(Placer(()))
    assert derived(Placer([free])) == f"{free}_2"
