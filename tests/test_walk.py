"""The one walk over the model: the texts of each block, cited titles, counted items."""

from __future__ import annotations

import datetime as dt

import pytest

import govreport as gr
from govreport._walk import Survey, cited, every_text, texts


def plain(found: object) -> list[str]:
    return [t.plain() for t in found]  # type: ignore[attr-defined]


class TestTexts:
    def test_paragraph_and_commitment(self) -> None:
        """A paragraph and a commitment hold one text each."""
        plan = gr.Commitment(text="加大宣传力度。", deadline=dt.date(2024, 6, 30))
        assert plain(texts(gr.Paragraph(text="深入学习。"))) == ["深入学习。"]
        assert plain(texts(plan)) == ["加大宣传力度。"]

    def test_points_give_each_lead_before_its_text(self) -> None:
        """Leads come before their point's text; a point without a lead gives its text only."""
        points = gr.Points(items=[gr.Point(lead="提高认识。", text="加强学习。"), "广泛宣传。"])
        assert plain(texts(points)) == ["提高认识。", "加强学习。", "广泛宣传。"]

    def test_table_gives_caption_then_cells_row_by_row(self) -> None:
        """Header and body cells follow the caption; a metric cell is a text of that figure."""
        n = gr.metric("docs.n", 5, "件", label="发文")
        table = gr.Table(
            caption="表一", header=[["项目", "数量"]], rows=[["发文", n], [None, "无"]]
        )
        found = list(texts(table))
        assert plain(found) == ["表一", "项目", "数量", "发文", "", "无"]
        assert found[4].parts == (n,)

    def test_prose_alone_leaves_the_cells_out(self) -> None:
        """cells=False gives a table's caption only, and changes nothing for other blocks."""
        table = gr.Table(caption="表一", rows=[["发文"]])
        assert plain(texts(table, cells=False)) == ["表一"]
        assert plain(texts(gr.Table(rows=[["发文"]]), cells=False)) == []
        assert plain(texts(gr.Paragraph(text="甲。"), cells=False)) == ["甲。"]


def test_cited_titles_follow_their_text_depth_first() -> None:
    """A text, then each cited title, and the titles those cite, in reading order."""
    inner = gr.DocumentReference(title="实施意见")
    outer = gr.DocumentReference(title=gr.text("关于{i}的通知", i=inner))
    other = gr.DocumentReference(title="工作方案")
    found = cited(gr.text("依据{o}和{x}。", o=outer, x=other))
    assert plain(found)[1:] == ["关于的通知", "实施意见", "工作方案"]
    untitled = gr.text("{n}", n=gr.DocumentReference(number="某发〔2023〕1号"))
    assert list(cited(untitled)) == [untitled]


def test_every_text_includes_cells_and_cited_titles() -> None:
    """every_text() is texts() of each block with cited titles expanded."""
    ref = gr.DocumentReference(title="通知")
    blocks = [gr.Paragraph(text=gr.text("依据{r}。", r=ref)), gr.Table(rows=[["格"]])]
    assert plain(every_text(blocks))[1:] == ["通知", "格"]


class TestSurvey:
    """What building a report learns from one walk."""

    def _survey(self, *sections: gr.Section, title: str | gr.Text = "报告") -> Survey:
        return Survey(gr.Text((title,)) if isinstance(title, str) else title, (), sections)

    def test_metrics_items_and_citations_in_reading_order(self) -> None:
        """Metrics by id in reading order (cells and cited titles too), items, cited ids."""
        a = gr.metric("a", "3", "件", label="甲")
        b = gr.metric("b", "1", "件", label="乙")
        c = gr.metric("c", "2", "件", label="丙")
        ref = gr.DocumentReference(title=gr.text("关于{c}的通知", c=c))
        section = gr.Section(
            title="一",
            id="one",
            blocks=[
                gr.Paragraph(text=gr.text("共{a}，依据{r}，{=b}。", a=a, r=ref)),
                gr.Table(id="table", rows=[["乙", b]]),
                gr.Points(
                    id="plan", items=[gr.text("{t}", t=gr.Terms(items=["x", "y"], id="two"))]
                ),
            ],
        )
        found = self._survey(section)
        assert list(found.metrics) == ["a", "c", "b"]
        assert list(found.items) == ["one", "table", "plan", "two"]
        assert found.cites == ["b"]
        assert not found.unplaced

    def test_figures_and_repeated_metrics_are_still_to_place(self) -> None:
        """A figure has no metric yet; a metric object placed twice becomes a citation."""
        figure = self._survey(gr.Section(title="一", blocks=[gr.text("共{3件}。")]))
        assert figure.unplaced
        once = gr.metric("a", "3", "件", label="甲")
        twice = self._survey(gr.Section(title="一", blocks=[gr.text("{a}，{a}。", a=once)]))
        assert twice.unplaced
        assert list(twice.metrics) == ["a"]

    def test_two_figures_with_one_id_are_refused(self) -> None:
        """Two different figures may not share an id, whether metrics or figures."""
        first = gr.metric("a", "3", "件", label="甲")
        second = gr.figure("4件", id="a")
        section = gr.Section(title="一", blocks=[gr.text("{x}，{y}。", x=first, y=second)])
        with pytest.raises(gr.ValidationError, match="metric id 'a' is used twice; to cite"):
            self._survey(section)

    def test_a_block_counts_then_the_terms_of_its_texts_cited_ones_too(self) -> None:
        """Points and tables with an id count; terms with an id in any text, cited ones too."""
        terms = gr.Terms(items=["甲", "乙"], id="pair")
        deep = gr.Terms(items=["丙", "丁"], id="deep")
        ref = gr.DocumentReference(title=gr.text("关于{d}的通知", d=deep))
        points = gr.Points(id="plan", items=[gr.text("做好{t}，依据{r}。", t=terms, r=ref)])
        found = self._survey(gr.Section(title="一", blocks=[points]))
        assert list(found.items.items()) == [("plan", points), ("pair", terms), ("deep", deep)]

    def test_blocks_without_ids_carry_no_items(self) -> None:
        """Terms without an id, points and tables without an id: nothing is counted."""
        text = gr.text("{t}", t=gr.Terms(items=["甲", "乙"]))
        blocks = [gr.Points(items=[text]), gr.Table(rows=[[text]]), gr.Paragraph(text=text)]
        assert self._survey(gr.Section(title="一", blocks=blocks), title=text).items == {}

    def test_two_items_with_one_id_are_refused(self) -> None:
        """A section and a list of points may not share an item id."""
        section = gr.Section(title="一", id="x", blocks=[gr.Points(id="x", items=["甲"])])
        with pytest.raises(gr.ValidationError, match="item id 'x' is used twice"):
            self._survey(section)
