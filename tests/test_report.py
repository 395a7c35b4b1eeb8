"""Sections and reports: structure, ids and references across the tree."""

from __future__ import annotations

import pytest

import govreport as gr


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

    def test_blocks_are_typed(self) -> None:
        """A bare string is not a block: the message says what to do."""
        with pytest.raises(gr.ModelTypeError, match=r"wrap prose in Paragraph\(text=...\)"):
            gr.Section(blocks=["text"])  # type: ignore[list-item]

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

    def test_kind_name_is_validated(self) -> None:
        """Kinds are lower-case names."""
        with pytest.raises(gr.ValidationError, match="'kind' must be a lower-case name"):
            _report(kind="Rule of law")

    def test_duplicate_metric_ids_are_refused(self) -> None:
        """Metric ids are unique across the whole report."""
        a = gr.metric("docs.total", 560, "件", label="发文")
        b = gr.metric("docs.total", 545, "件", label="发文")
        with pytest.raises(gr.ValidationError) as err:
            _report(preamble=[_para("{a}", a=a)], sections=[gr.Section(blocks=[_para("{b}", b=b)])])
        assert str(err.value) == "metric id 'docs.total' is used twice"

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
