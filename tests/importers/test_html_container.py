"""Finding the report in a page: the weight of text outside links, dominance, the title above."""

from __future__ import annotations

import pytest

from govreport.importers._html import _lxml, _parse
from govreport.importers._html_container import count, find, layout
from govreport.importers._html_page import SKIP

PROSE = "全年主动公开政府信息一百二十条，办理申请十二件。" * 4


def path(page: str) -> list[str]:
    """The container path of *page*, each element as its tag and class or id."""
    root = _parse(page, "the page")
    _lxml().strip_elements(root, *SKIP, with_tail=False)
    return [el.get("class") or el.get("id") or el.tag for el in find(root.find("body"))]


def test_count() -> None:
    """White space is not counted; everything else is, full-width spaces included."""
    assert count(" 甲\n乙\t\r丙\u3000") == 4


def test_links_weigh_nothing() -> None:
    """A menu of many links loses to a little prose."""
    menu = "".join(f'<li><a href="/{n}">栏目栏目栏目{n}</a></li>' for n in range(200))
    page = f'<ul class="menu">{menu}</ul><div class="text"><p>{PROSE}</p><p>{PROSE}</p></div>'
    assert path(page) == ["body", "text"]


def test_goes_down_wrappers_and_stops_at_paragraphs() -> None:
    """Wrappers holding 80 % of the text are gone into; a paragraph is not."""
    page = f'<div class="a"><div class="b"><p>{PROSE}{PROSE}{PROSE}{PROSE}</p><p>短</p></div></div>'
    assert path(page) == ["body", "a", "b"]


def test_no_dominant_child() -> None:
    """Two halves: the container is their parent."""
    page = f'<div class="a"><div class="b"><p>{PROSE}</p></div><div class="c"><p>{PROSE}</p></div></div>'
    assert path(page) == ["body", "a"]


@pytest.mark.parametrize(
    "title",
    [
        "<h1>某局2023年度报告</h1>",
        '<div class="article-title">某局2023年度报告</div>',
        '<td id="bt">某局2023年度报告</td>',
    ],
)
def test_title_above_widens(title: str) -> None:
    """A title before the text, within three levels, is taken in."""
    if title.startswith("<td"):
        page = f'<table class="t"><tr>{title}</tr><tr><td><div class="text"><p>{PROSE * 3}</p><p>{PROSE * 3}</p></div></td></tr></table>'
        assert path(page)[-1] == "t"
    else:
        page = f'<div class="box">{title}<div class="text"><p>{PROSE}</p><p>{PROSE}</p></div></div>'
        assert path(page) == ["body", "box"]


def test_title_too_far_or_too_heavy() -> None:
    """No widening past an ancestor that adds more than 30 % of the text's weight."""
    page = (
        f'<div class="box"><h1>某局2023年度报告</h1><div class="side"><p>{PROSE * 2}</p></div>'
        f'<div class="mid"><div class="x"><p>{PROSE}</p></div>'
        f'<div class="text"><p>{PROSE * 4}</p><p>{PROSE * 4}</p></div></div></div>'
    )
    assert path(page) == ["body", "box", "mid", "text"]


@pytest.mark.parametrize(
    ("table", "is_layout"),
    [
        ("<table><tr><td>甲</td><td>1</td></tr></table>", False),
        ("<table><tr><td>独格</td></tr></table>", True),
        ("<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td></tr></table>", True),
        ("<table><tr><td><h2>标题</h2></td><td>1</td></tr></table>", True),
        ("<table><tr><td>" + "行<br>" * 6 + "</td><td>1</td></tr></table>", True),
        ("<table><tr><td>" + "字" * 501 + "</td><td>1</td></tr></table>", True),
        ("<table><tr><td><p>予以</p><p>公开</p></td><td>1</td></tr></table>", False),
    ],
)
def test_layout(table: str, is_layout: bool) -> None:
    """Tables of data are grids; tables that lay out a page are read through."""
    root = _parse(table, "the page")
    assert layout(root.find(".//table")) is is_layout
