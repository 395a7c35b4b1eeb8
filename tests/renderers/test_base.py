"""The shared walk: numbering nodes, dispatch by node type, formatting helpers."""

from __future__ import annotations

import datetime as dt

import pytest

import govreport as gr
from govreport.exceptions import ModelTypeError, ValidationError
from govreport.renderers._base import BaseRenderer
from govreport.renderers.text import TextRenderer


def _report(**kwargs: object) -> gr.Report:
    base: dict[str, object] = {"title": "报告", "authority": "某乡", "year": 2023}
    return gr.Report(**(base | kwargs))  # type: ignore[arg-type]


def test_nodes_nest_the_outline() -> None:
    """Nodes carry the outline's markers and nest like the sections."""
    seen: list[tuple[int, str]] = []

    class Probe(TextRenderer):
        def render_section(self, node):  # type: ignore[no-untyped-def]
            seen.append((node.level, node.marker))
            return super().render_section(node)

    report = _report(
        sections=[
            gr.Section(
                title="a",
                children=[gr.Section(title="b", children=[gr.Section(title="c")] * 2)] * 2,
            ),
            gr.Section(title="d"),
        ]
    )
    Probe(numbering="continuous").render(report)
    assert seen == [
        (1, "一、"),
        (2, "（一）"),
        (3, "1."),
        (3, "2."),
        (2, "（二）"),
        (3, "3."),
        (3, "4."),
        (1, "二、"),
    ]


def test_dispatch_reaches_overridden_methods() -> None:
    """One overridable method per node type: overriding render_metric changes every figure."""

    class Bracketed(TextRenderer):
        def render_metric(self, metric: gr.Metric) -> str:
            return f"[{metric.id}={super().render_metric(metric)}]"

    report = _report(
        preamble=[
            gr.Paragraph(text=gr.text("发文{n}。", n=gr.metric("docs", 5, "件", label="发文")))
        ],
    )
    assert Bracketed().render(report).splitlines()[-1] == "发文[docs=5件]。"


def test_unknown_node_type_is_an_error() -> None:
    """A block type the renderer has no method for raises instead of vanishing."""

    class Odd(gr.Paragraph):
        pass

    class Narrow(TextRenderer):
        _BLOCKS = {gr.Points: "render_points"}  # noqa: RUF012

    with pytest.raises(ValidationError, match="cannot render a Paragraph"):
        Narrow().render(_report(preamble=[gr.Paragraph(text="x")]))
    # a subclass of a known type dispatches to its base type's method
    assert TextRenderer().render_block(Odd(text="y")) == "y\n"


def test_render_leaves_the_renderer_unchanged() -> None:
    """render() works on a copy: the instance keeps no report and can be reused."""
    renderer = TextRenderer()
    first = renderer.render(_report(title="甲"))
    assert not hasattr(renderer, "report")
    assert renderer.render(_report(title="乙")) != first


def test_base_methods_must_be_provided() -> None:
    """A subclass that overrides nothing says so."""

    class Bare(BaseRenderer):
        name = "bare"

    with pytest.raises(NotImplementedError):
        Bare().render(_report())


def test_formatting_helpers() -> None:
    """Quantities, years, dates, terms and point markers come from the formatting modules."""
    renderer = TextRenderer(numerals="chinese")
    renderer.report = _report()
    assert renderer.format_quantity(gr.Quantity(value=10, unit="次", approx="余")) == "十余次"
    assert renderer.format_year(2023) == "二〇二三"
    assert renderer.format_date(dt.date(2024, 1, 15)) == "二〇二四年一月十五日"
    assert renderer.resolve_year(gr.ReportYear(offset=1)) == 2024
    assert renderer.format_terms(gr.Terms(items=("甲", "乙", "丙"), last_sep="和")) == "甲、乙和丙"
    assert [renderer.point_marker(n) for n in (1, 10, 11)] == ["一是", "十是", "十一是"]
    ref = gr.DocumentReference(
        title=gr.text("{y}年通知", y=gr.ReportYear()), number="某发〔2023〕1号"
    )
    assert renderer.plain(gr.Text(("见", ref))) == "见《二〇二三年通知》（某发〔2023〕1号）"


class _Sizes(BaseRenderer[bytes]):
    """A binary renderer: one byte per top-level section, its number of child sections."""

    name = "sizes"
    suffix = ".bin"
    binary = True

    def render_report(self, report: gr.Report) -> bytes:
        return bytes(len(node.children) for node in self.sections())


def test_a_binary_renderer_on_the_same_walk() -> None:
    """BaseRenderer[bytes] walks the same numbered tree and returns its bytes as they are."""
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[
            gr.Section(title="甲", children=[gr.Section(title="一"), gr.Section(title="二")]),
            gr.Section(title="乙"),
        ],
    )
    renderer = _Sizes()
    assert renderer.render(report) == b"\x02\x00"
    assert not hasattr(renderer, "report")


def test_render_needs_a_report() -> None:
    """Every renderer built on the base refuses what is not a Report, naming its type."""
    with pytest.raises(ModelTypeError, match=r"render\(\) needs a Report \(got str\)"):
        TextRenderer().render("报告")  # type: ignore[arg-type]


@pytest.mark.parametrize("where", ["authority", "title", "paragraph", "cell", "signature"])
def test_every_renderer_refuses_lone_surrogates_alike(where: str) -> None:
    """Text, Markdown and HTML raise the same ValidationError, wherever the surrogate stands."""
    bad = "甲\ud800乙"
    report = gr.Report(
        title=bad if where == "title" else "报告",
        authority=bad if where == "authority" else "某乡",
        year=2023,
        preamble=[
            gr.Paragraph(text=bad if where == "paragraph" else "正文"),
            gr.Table(rows=[[bad if where == "cell" else "格"]]),
        ],
        closing=gr.Closing(
            signature=bad if where == "signature" else "某乡", date=dt.date(2024, 1, 2)
        ),
    )
    messages = set()
    for name in ("text", "markdown", "html"):
        with pytest.raises(gr.ValidationError) as err:
            gr.render(report, name)
        messages.add(str(err.value))
    assert messages == {"the report contains U+D800, a lone surrogate, which no encoding can write"}
