"""Sections and reports: structure, ids and references across the tree."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport._report import KIND_NAMES


def _report(**kwargs: object) -> gr.Report:
    defaults: dict[str, object] = {"title": "报告", "authority": "某乡人民政府", "year": 2023}
    return gr.Report(**{**defaults, **kwargs})  # type: ignore[arg-type]


def _para(template: str, **figures: gr.Inline) -> gr.Paragraph:
    return gr.Paragraph(text=gr.text(template, **figures))


class TestSection:
    def test_empty_title_is_refused(self) -> None:
        """An empty title is an error; None means untitled."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Section(title="  ")
        assert str(err.value) == "'title' must not be empty; use None for an untitled section"

    def test_run_in_needs_title_and_body(self) -> None:
        """A run-in title runs into a body."""
        with pytest.raises(gr.ValidationError, match="'run_in' needs a 'title'"):
            gr.Section(run_in=True, blocks=[gr.Paragraph(text="x")])
        with pytest.raises(gr.ValidationError, match="'run_in' needs a body"):
            gr.Section(title="标题", run_in=True)

    def test_heading_end_defaults(self) -> None:
        """Run-in titles end in 。 by default; titles on their own line in nothing."""
        body = [gr.Paragraph(text="x")]
        assert gr.Section(title="标题", run_in=True, blocks=body).heading_end == "。"
        assert gr.Section(title="标题").heading_end == ""
        assert gr.Section(title="标题", title_end="：").heading_end == "："

    def test_texts_in_blocks_are_paragraphs(self) -> None:
        """A text or a string among the blocks is a paragraph, as in Points items."""
        section = gr.Section(blocks=["甲。", gr.text("乙{3件}。")])
        assert section.blocks == (
            gr.Paragraph(text="甲。"),
            gr.Paragraph(text=gr.text("乙{3件}。")),
        )

    def test_blocks_are_typed(self) -> None:
        """Anything else is refused with the list of what a block may be."""
        with pytest.raises(gr.ModelTypeError, match=r"must be a Paragraph, Points, Commitment"):
            gr.Section(blocks=[3])  # type: ignore[list-item]

    def test_children_are_sections(self) -> None:
        """Children must be sections."""
        with pytest.raises(gr.ModelTypeError, match=r"'children'\[0\] must be a Section"):
            gr.Section(children=[gr.Paragraph(text="x")])  # type: ignore[list-item]

    def test_five_levels(self) -> None:
        """Sections nest at least five levels deep."""
        leaf = gr.Section(title="第五级")
        for title in ("四", "三", "二", "一"):
            leaf = gr.Section(title=title, children=[leaf])
        depth, node = 1, leaf
        while node.children:
            node, depth = node.children[0], depth + 1
        assert depth == 5


class TestReport:
    @pytest.mark.parametrize("year", [1900, 1948, 2101])
    def test_year_range(self, year: int) -> None:
        """Report years lie in [1949, 2100]."""
        with pytest.raises(gr.ValidationError) as err:
            _report(year=year)
        assert str(err.value) == f"'year' must be in [1949, 2100] (got {year})"

    def test_empty_title_is_refused(self) -> None:
        """A report has a title."""
        with pytest.raises(gr.ValidationError, match="'title' must not be empty"):
            _report(title="")

    def test_blank_authority_is_refused(self) -> None:
        """A report has an issuing authority."""
        with pytest.raises(gr.ValidationError, match="'authority' must not be empty"):
            _report(authority="")

    def test_unknown_kind_is_refused_with_the_known_ones(self) -> None:
        """An unknown kind is refused when the report is built, not later in check()."""
        with pytest.raises(gr.ValidationError) as err:
            _report(kind="budget")
        assert str(err.value) == (
            "'kind' must be one of info-disclosure, rule-of-law, or None for a report of no "
            "statutory kind (got 'budget')"
        )

    def test_known_kinds_are_the_kinds_package(self) -> None:
        """The model's list of kind names is exactly the kinds that have rules."""
        assert list(KIND_NAMES) == gr.kinds.available_kinds()

    def test_duplicate_metric_ids_are_refused(self) -> None:
        """Metric ids are unique across the whole report."""
        a = gr.metric("docs.total", 560, "件", label="发文")
        b = gr.metric("docs.total", 545, "件", label="发文")
        with pytest.raises(gr.ValidationError) as err:
            _report(preamble=[_para("{a}", a=a)], sections=[gr.Section(blocks=[_para("{b}", b=b)])])
        assert str(err.value).startswith("metric id 'docs.total' is used twice")

    def test_relation_to_unknown_metric_is_refused(self) -> None:
        """A relation must name metrics that exist."""
        a = gr.metric("docs.total", 560, "件", label="发文")
        with pytest.raises(gr.ValidationError) as err:
            _report(
                preamble=[_para("{a}", a=a)],
                relations=[gr.Total(total="docs.total", parts=["docs.wei"])],
            )
        assert (
            str(err.value)
            == "'relations'[0] refers to metric 'docs.wei', which is not in the report"
        )

    def test_count_of_unknown_items_is_refused(self) -> None:
        """A declared count must count something with that id."""
        n = gr.metric("plan.areas", 4, "个", numerals="chinese", label="方面")
        with pytest.raises(
            gr.ValidationError, match="counts 'plan', which is not the id of a Section"
        ):
            _report(
                preamble=[_para("{n}", n=n)],
                relations=[gr.DeclaredCount(count="plan.areas", items="plan")],
            )

    def test_count_of_section_children(self) -> None:
        """A declared count may count a section's children."""
        n = gr.metric("plan.areas", 2, "个", numerals="chinese", label="方面")
        report = _report(
            sections=[
                gr.Section(
                    id="plan",
                    title="安排",
                    blocks=[_para("以下{n}方面：", n=n)],
                    children=[gr.Section(title="甲"), gr.Section(title="乙")],
                )
            ],
            relations=[gr.DeclaredCount(count="plan.areas", items="plan")],
        )
        assert report.relations[0].ids() == ("plan.areas",)

    def test_item_ids_are_unique(self) -> None:
        """Two items cannot share an id."""
        with pytest.raises(gr.ValidationError, match="item id 'x' is used twice"):
            _report(sections=[gr.Section(id="x", title="a"), gr.Section(id="x", title="b")])

    def test_metric_and_item_ids_are_distinct(self) -> None:
        """An id names one thing."""
        m = gr.metric("x", 1, "件", label="a")
        with pytest.raises(gr.ValidationError, match="names both a metric and a counted item"):
            _report(sections=[gr.Section(id="x", title="a", blocks=[_para("{m}", m=m)])])

    def test_metrics_in_reading_order(self) -> None:
        """metrics() walks title, preamble, sections, cells and reference titles in order."""
        ids = ["a", "b", "c", "d"]
        m = {i: gr.metric(i, 1, "件", label=i) for i in ids}
        report = _report(
            preamble=[_para("{a}", a=m["a"])],
            sections=[
                gr.Section(
                    title=gr.text("{b}", b=m["b"]),
                    children=[
                        gr.Section(blocks=[gr.Table(rows=[[gr.Cell(content=m["c"])]])]),
                        gr.Section(
                            blocks=[
                                _para("{r}", r=gr.DocumentReference(title=gr.text("{d}", d=m["d"])))
                            ]
                        ),
                    ],
                )
            ],
        )
        assert list(report.metrics()) == ids

    def test_references(self) -> None:
        """references() lists the cited documents."""
        ref = gr.DocumentReference(title="管理办法", number="渝府发〔2023〕1号")
        report = _report(preamble=[_para("按照{r}要求", r=ref)])
        assert report.references() == [ref]

    def test_document_number_from_string(self) -> None:
        """The report's own number is parsed and validated."""
        assert _report(number="石柱府发〔2024〕3号").number == gr.DocumentNumber(
            code="石柱府发", year=2024, seq=3
        )
        with pytest.raises(gr.ValidationError, match="六角括号"):
            _report(number="石柱府发[2024]3号")


class TestSlips:
    @pytest.mark.parametrize(
        "title", ["一、主要举措", "（二）主要举措", "3.主要举措", "（4）主要举措", "一．举措"]
    )
    def test_title_with_its_own_marker_is_refused(self, title: str) -> None:
        """Numbering is derived: a typed marker would render twice (一、一、…)."""
        with pytest.raises(gr.ValidationError, match=r"starts with the heading marker .*: drop it"):
            gr.Section(title=title)

    @pytest.mark.parametrize("title", ["1.5万元的投入", "2023年工作", "十四五规划"])
    def test_titles_that_only_look_numbered_are_kept(self, title: str) -> None:
        """A decimal, a year or a numeral without its punctuation is not a marker."""
        assert gr.Section(title=title).title == gr.Text((title,))

    def test_plain_string_title_naming_another_year_is_a_period_mismatch(self) -> None:
        """Years in a title given as characters are typed, so the period check reads them."""
        report = _report(title="2022年度法治政府建设情况报告", kind="rule-of-law")
        assert report.title.parts[0] == gr.Year(value=2022)
        found = [f for f in gr.check(report) if f.code == "period-mismatch"]
        assert [f.message for f in found] == ["the title names 2022, but the report is about 2023"]

    def test_plain_string_title_of_the_report_year_is_typed_as_report_year(self) -> None:
        """The usual title renders unchanged and follows the report year."""
        report = _report(title="2023年度报告")
        assert report.title.parts == (gr.ReportYear(), "年度报告")
        assert gr.render(report, "text").splitlines()[1] == "2023年度报告"


class TestFigures:
    def test_figures_get_ids_from_place_and_labels_from_words(self) -> None:
        """Ids derive from the section path and label; labels from the clause."""
        report = _report(
            preamble=[_para("共发文{560件}。")],
            sections=[
                gr.Section(
                    title="甲",
                    children=[
                        gr.Section(title="乙", blocks=[_para("检查企业{366家}，处罚{0.9万元}。")])
                    ],
                )
            ],
        )
        metrics = list(report.metrics().values())
        assert [(m.label, m.id.rsplit(".", 1)[0]) for m in metrics] == [
            ("发文", "p"),
            ("检查企业", "s1.1"),
            ("处罚", "s1.1"),
        ]
        assert all(m.id.split(".")[-1].startswith("f") for m in metrics)

    def test_derived_ids_are_deterministic_and_positional(self) -> None:
        """Building the same report twice gives the same ids; moving a figure changes its id."""

        def build(first: bool) -> gr.Report:
            blocks = [_para("检查企业{366家}。")]
            return _report(
                sections=[
                    gr.Section(title="甲", blocks=blocks if first else []),
                    gr.Section(title="乙", blocks=[] if first else blocks),
                ]
            )

        assert build(True) == build(True)
        assert build(True).metrics().keys() != build(False).metrics().keys()

    def test_same_label_in_one_place_is_numbered(self) -> None:
        """Two figures with one label in one section get distinct ids."""
        report = _report(preamble=[_para("发放资料{400余份}，发放资料{1000余份}。")])
        first, second = report.metrics()
        assert second == f"{first}_2"

    def test_relations_take_figure_objects(self) -> None:
        """A relation may take the figures (with ids) instead of their ids."""
        total, a, b = (gr.figure(w, id=i) for w, i in (("3件", "t"), ("1件", "a"), ("2件", "b")))
        report = _report(
            preamble=[_para("发文{t}，其中{a}、{b}。", t=total, a=a, b=b)],
            relations=[gr.Total(total=total, parts=[a, b])],
        )
        assert report.relations == (gr.Total(total="t", parts=["a", "b"]),)
        assert gr.check(report) == []

    def test_citation_of_unknown_metric_is_refused(self) -> None:
        """A {=id} must name a metric of the report."""
        with pytest.raises(gr.ValidationError, match="citation names metric 'nope'"):
            _report(preamble=[_para("共{=nope}。")])

    def test_round_trip_keeps_citations(self) -> None:
        """JSON keeps the metric once and the citation as such."""
        report = _report(preamble=[_para("发文{docs.total=560件}，即{=docs.total}。")])
        again = gr.from_json(gr.to_json(report))
        assert again == report
        assert gr.render(again, "text").splitlines()[3] == "发文560件，即560件。"

    def test_a_report_with_every_figure_placed_is_kept_as_given(self) -> None:
        """Building places figures only where there are some to place: a report of metrics
        alone (as loaded from JSON) keeps the very sections it was given."""
        section = gr.Section(title="一", blocks=[_para("发文{docs.total=560件}。")])
        built = _report(sections=[section])
        again = _report(sections=built.sections, title="2023年度报告")
        assert again.sections[0] is built.sections[0]
        assert again.title.parts[0] == gr.ReportYear()  # and the title's year is still typed
