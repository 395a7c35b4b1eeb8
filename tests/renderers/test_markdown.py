"""The Markdown renderer: structure as markdown-it-py parses it back, escaping, tables."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import govreport as gr
from govreport._outline import outline
from govreport.exceptions import ValidationError
from govreport.renderers import render
from govreport.renderers._escaping import collapse
from govreport.renderers.markdown import MarkdownRenderer, escape, line
from govreport.renderers.text import TextRenderer

MD = MarkdownIt("commonmark").enable("table")

Entry = tuple[Any, ...]


# -- the model's structure and text, computed from the model ------------------------------------


def expected_blocks(report: gr.Report) -> list[Entry]:
    """What the Markdown must parse to: ("p", text, run-in lead or None), ("hN", text), tables."""
    plain = TextRenderer()
    plain.report = report
    text = plain.plain
    out: list[Entry] = [("p", report.authority, None)]
    if report.number is not None:
        out.append(("p", str(report.number), None))
    out.append(("h1", text(report.title)))

    def cell(c: gr.Cell) -> str:
        if c.content is None:
            return ""
        return text(c.content if isinstance(c.content, gr.Text) else gr.Text((c.content,)))

    def block(b: gr.Block, lead: str = "", run_in: str | None = None) -> list[Entry]:
        if isinstance(b, gr.Paragraph | gr.Commitment):
            return [("p", lead + text(b.text), run_in)]
        if isinstance(b, gr.Points):
            items = [
                plain.point_marker(n) + ("" if p.lead is None else text(p.lead)) + text(p.text)
                for n, p in enumerate(b.items, start=1)
            ]
            if b.layout == "inline":
                return [("p", lead + "".join(items), run_in)]
            return [("p", lead + items[0], run_in)] + [("p", i, None) for i in items[1:]]
        entries: list[Entry] = [("p", lead, None)] if lead else []
        if b.caption is not None:
            entries.append(("p", text(b.caption), None))
        rows = [[cell(c) for c in row] for row in b.header + b.rows]
        spans = any(c.rowspan > 1 or c.colspan > 1 for row in b.header + b.rows for c in row)
        entries.append(("html" if spans or len(b.header) != 1 else "table", rows))
        return entries

    placed = iter(outline(report))

    def section(s: gr.Section) -> list[Entry]:
        here = next(placed)
        assert here.section is s
        entries: list[Entry] = []
        blocks = list(s.blocks)
        if s.title is None:
            if blocks:
                entries += block(blocks.pop(0), lead=here.marker)
            else:
                entries.append(("p", here.marker, None))
        else:
            title = here.marker + text(s.title) + s.heading_end
            if s.run_in and not isinstance(blocks[0], gr.Table):
                entries += block(blocks.pop(0), lead=title, run_in=title)
            else:
                entries.append((f"h{min(here.level + 1, 6)}", title))
        for b in blocks:
            entries += block(b)
        for child in s.children:
            entries += section(child)
        return entries

    for b in report.preamble:
        out += block(b)
    for s in report.sections:
        out += section(s)
    if report.closing is not None:
        out.append(("p", report.closing.signature, None))
        out.append(("p", plain.format_date(report.closing.date), None))
    return [normalise(e) for e in out]


def normalise(entry: Entry) -> Entry:
    """Whitespace collapsed as the renderer documents (ASCII runs → one space, stripped)."""
    if entry[0] in ("table", "html"):
        return (entry[0], [[collapse(c) for c in row] for row in entry[1]])
    if entry[0] == "p":
        return ("p", collapse(entry[1]), None if entry[2] is None else collapse(entry[2]))
    return (entry[0], collapse(entry[1]))


# -- what markdown-it parses ----------------------------------------------------------------------


def inline_text(token: Any) -> tuple[str, str | None]:
    """The text of an inline token and the text of its bold lead-in; fails on any other markup."""
    out: list[str] = []
    bold: list[str] | None = None
    inside = False
    for child in token.children:
        if child.type in ("text", "text_special"):
            out.append(child.content)
            if inside:
                assert bold is not None
                bold.append(child.content)
        elif child.type == "strong_open":
            assert bold is None, "bold only once"
            assert not "".join(out), "bold only as the lead-in"
            bold, inside = [], True
        elif child.type == "strong_close":
            inside = False
        else:
            raise AssertionError(f"unexpected inline {child.type}: {child!r}")
    return "".join(out), None if bold is None else "".join(bold)


def parsed_blocks(markdown: str, parse_html: Any) -> list[Entry]:
    """The block structure markdown-it-py (CommonMark + tables) finds."""
    tokens = MD.parse(markdown)
    out: list[Entry] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            out.append((tok.tag, inline_text(tokens[i + 1])[0]))
            i += 3
        elif tok.type == "paragraph_open":
            content, bold = inline_text(tokens[i + 1])
            out.append(("p", content, bold))
            i += 3
        elif tok.type == "table_open":
            rows: list[list[str]] = []
            while tokens[i].type != "table_close":
                if tokens[i].type == "tr_open":
                    rows.append([])
                elif tokens[i].type == "inline":
                    rows[-1].append(inline_text(tokens[i])[0])
                i += 1
            out.append(("table", rows))
            i += 1
        elif tok.type == "html_block":
            tree, errors = parse_html(tok.content, fragment=True)
            assert errors == []
            assert {e.tag for e in tree.iter()} <= {
                "DOCUMENT_FRAGMENT",
                "table",
                "thead",
                "tbody",
                "tr",
                "th",
                "td",
            }
            out.append(("html", [["".join(c.itertext()) for c in tr] for tr in tree.iter("tr")]))
            i += 1
        else:
            raise AssertionError(f"unexpected block {tok.type}: {tok!r}")
    return out


def assert_same_structure(got: list[Entry], want: list[Entry]) -> None:
    """Same kinds and texts in order; a bold lead-in exactly where a run-in title is."""
    assert [e[0] for e in got] == [e[0] for e in want]
    for g, w in zip(got, want, strict=True):
        if g[0] == "p":
            assert collapse(g[1]) == w[1]
            if w[2] is None:
                assert g[2] is None
            else:  # bold runs to the title's last letter; its trailing punctuation follows
                assert g[2] is not None
                assert w[2].startswith(g[2])
                assert g[2]
                assert not any(ch.isalnum() for ch in w[2][len(g[2]) :])
        else:
            assert g == w


# -- tests -----------------------------------------------------------------------------------------


@settings(max_examples=settings.default.max_examples * 5)
@given(data=st.data())
def test_hostile_text_keeps_the_model_structure(
    data: st.DataObject, helpers: SimpleNamespace
) -> None:
    """Text full of Markdown syntax parses back to exactly the model's blocks and text."""
    report = data.draw(helpers.hostile_reports())
    markdown = render(report, "markdown")
    assert_same_structure(parsed_blocks(markdown, helpers.parse_html), expected_blocks(report))


def test_full_report_structure(full_report: gr.Report, helpers: SimpleNamespace) -> None:
    """The fixture report parses to its headings, paragraphs, GFM table and HTML table."""
    markdown = render(full_report, "markdown")
    got = parsed_blocks(markdown, helpers.parse_html)
    assert_same_structure(got, expected_blocks(full_report))
    kinds = [e[0] for e in got]
    assert kinds.count("h1") == 1
    assert {"h2", "h3", "h4", "h6", "table", "html"} <= set(kinds)


def test_layout_of_heads_and_run_in_titles() -> None:
    """Authority paragraph, # title, ## 一、, bold run-in lead-in before trailing punctuation."""
    report = gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=2023,
        sections=[
            gr.Section(
                title="举措",
                children=[
                    gr.Section(
                        title="贯彻落实情况", run_in=True, blocks=[gr.Points(items=["学习。"])]
                    ),
                    gr.Section(
                        title="落实“三项制度”", run_in=True, blocks=[gr.Paragraph(text="建立。")]
                    ),
                ],
            )
        ],
        closing=gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15)),
    )
    assert render(report, "markdown") == (
        "某乡人民政府\n\n# 报告\n\n## 一、举措\n\n"
        "**（一）贯彻落实情况**。一是学习。\n\n"
        "**（二）落实“三项制度**”。建立。\n\n"
        "某乡人民政府\n\n2024年1月15日\n"
    )


def test_heading_levels_are_capped_at_six() -> None:
    """Level 1 is ##, level 4 #####, levels 5 and 6 ######."""
    deep: gr.Section = gr.Section(title="六")
    for name in ("五", "四", "三", "二", "一"):
        deep = gr.Section(title=name, children=[deep])
    report = gr.Report(title="报告", authority="某乡", year=2023, sections=[deep])
    heads = [
        ln.split(" ")[0] for ln in render(report, "markdown").splitlines() if ln.startswith("#")
    ]
    assert heads == ["#", "##", "###", "####", "#####", "######", "######"]


def test_simple_table_is_gfm_and_spans_fall_back_to_html() -> None:
    """One header row without spans is a GFM table; spans need an HTML table block."""
    simple = gr.Table(header=[["a|b", "c"]], rows=[["*d*", None]])
    spanned = gr.Table(header=[[gr.Cell(content="<x>", colspan=2)]], rows=[["1", "2"]])
    report = gr.Report(title="t", authority="a", year=2023, preamble=[simple, spanned])
    body = render(report, "markdown").split("# t\n\n", 1)[1]
    assert body.startswith("| a\\|b | c |\n| --- | --- |\n| \\*d\\* |  |\n\n<table>\n")
    assert '<th scope="col" colspan="2">&lt;x&gt;</th>' in body


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# 不是标题", "\\# 不是标题"),
        ("1. 不是列表", "1\\. 不是列表"),
        ("1.不必转义", "1.不必转义"),
        ("2023) 年", "2023\\) 年"),
        ("- 不是列表", "\\- 不是列表"),
        ("+ 不是列表", "\\+ 不是列表"),
        ("> 不是引用", "\\> 不是引用"),
        ("---", "\\---"),
        ("    不是代码", "不是代码"),
        ("a  \nb", "a b"),
        ("<script>", "\\<script>"),
        ("&amp;", "\\&amp;"),
        ("[链接](x)", "\\[链接\\](x)"),
        ("\u3000缩进", "&#12288;缩进"),
    ],
)
def test_escaping_examples(raw: str, expected: str) -> None:
    """Each metacharacter is escaped where it could create structure, and only there."""
    assert line(escape(raw)) == expected
    assert MD.render(expected + "\n") == "<p>" + MD.render(expected + "\n")[3:]


def test_nul_is_refused() -> None:
    """U+0000 cannot be carried by Markdown and raises, naming the text."""
    with pytest.raises(ValidationError, match="U\\+0000"):
        render(gr.Report(title="a\0b", authority="x", year=2023), "markdown")


def test_renderer_attributes() -> None:
    """Registered as "markdown" with suffix .md."""
    assert (MarkdownRenderer.name, MarkdownRenderer.suffix) == ("markdown", ".md")


def test_deterministic(full_report: gr.Report) -> None:
    """The same report renders to the same string."""
    assert render(full_report, "markdown") == render(full_report, "markdown")


@pytest.mark.parametrize("end", [" ", "\u3000", "："])
def test_run_in_title_keeps_what_ends_it(end: str) -> None:
    """A run-in title ending in a space reads back with the space before the body."""
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[
            gr.Section(
                title="加强学习", title_end=end, run_in=True, blocks=[gr.Paragraph(text="乙。")]
            )
        ],
    )
    html = MD.render(gr.render(report, "markdown"))
    assert f"<strong>一、加强学习</strong>{end}乙。" in html.replace("&#12288;", "\u3000")
    assert f"一、加强学习{end}乙。" in gr.render(report, "text")


_CONTROLS = [chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in "\t\n\v\f\r"]


@pytest.mark.parametrize("char", _CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_controls_are_refused_not_turned_into_replacement_characters(char: str) -> None:
    """CommonMark reads U+0000, and references to controls, as U+FFFD: Markdown refuses them."""
    for text in (f"甲{char}乙", f"甲{char}", f"{char}甲"):
        report = gr.Report(
            title="报告", authority="某乡", year=2023, preamble=[gr.Paragraph(text=text)]
        )
        with pytest.raises(
            gr.ValidationError, match=f"U\\+{ord(char):04X}, which Markdown cannot carry"
        ):
            gr.render(report, "markdown")


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u3000", "\xa0", "\u200b"])
def test_other_unusual_characters_read_back(char: str) -> None:
    """Characters that are not controls are written so that CommonMark reads them back."""
    for text in (f"甲{char}乙", f"甲{char}", f"{char}甲"):
        report = gr.Report(
            title="报告", authority="某乡", year=2023, preamble=[gr.Paragraph(text=text)]
        )
        tokens = MD.parse(gr.render(report, "markdown"))
        inline = [t for t in tokens if t.type == "inline"]
        assert inline[-1].content == text or MD.renderInline(inline[-1].content) == text
