"""Shared fixtures for the importer tests: Word files built from WordprocessingML fragments."""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

import pytest

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def p(text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None) -> str:
    """A paragraph's XML: plain text in one run, a style, a list (numId, ilvl)."""
    props = "" if style is None else f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{props}</w:pPr>{run}</w:p>"


def level(ilvl: int, fmt: str, text: str, extra: str = "") -> str:
    """A list level (``w:lvl``) starting at 1, with no tab or space after its number."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/>{extra}</w:lvl>'
    )


def tc(text: str = "", props: str = "") -> str:
    """A table cell with one paragraph, and cell properties (spans, merges)."""
    run = f"<w:r><w:t>{text}</w:t></w:r>" if text else ""
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run}</w:p></w:tc>"


def tr(*cells: str, header: bool = False) -> str:
    """A table row; *header* marks it to repeat on each page."""
    head = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return "<w:tr>" + head + "".join(cells) + "</w:tr>"


def build(
    *blocks: str, numbering: str | None = None, styles: str = "", document: Any = None
) -> bytes:
    """A .docx whose body is *blocks* (XML), with *numbering* as the whole of numbering.xml's
    content and *styles* added to styles.xml."""
    import docx
    from docx.oxml import parse_xml

    document = document if document is not None else docx.Document()
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("sectPr"):
            body.remove(child)
    for block in blocks:
        declared = block.replace("<w:p>", f"<w:p {W}>", 1).replace("<w:tbl>", f"<w:tbl {W}>", 1)
        body.sectPr.addprevious(parse_xml(declared))
    if numbering is not None:
        root = document.part.numbering_part.element
        for child in list(root):
            root.remove(child)
        for element in parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"):
            root.append(element)
    if styles:
        for element in parse_xml(f"<w:styles {W}>{styles}</w:styles>"):
            document.styles.element.append(element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def typed(*lines: str) -> bytes:
    """A .docx with one plain paragraph per line."""
    return build(*(p(line) for line in lines))


def drafts(data: bytes) -> Any:
    """The body reader after reading the body of *data* (its source drafts, what it set aside)."""
    import docx

    from govreport.importers._docx_body import Body
    from govreport.importers._docx_numbering import Styles

    document = docx.Document(io.BytesIO(data))
    body = Body(Styles(document.styles.element, document.part.numbering_part.element), {})
    body.read(document.element.body)
    return body


def numbering(xml: str) -> Any:
    """The styles-and-lists reader of a document with no styles and the lists *xml*."""
    from docx.oxml import parse_xml

    from govreport.importers._docx_numbering import Styles

    return Styles(None, parse_xml(f"<w:numbering {W}>{xml}</w:numbering>"))


@pytest.fixture(scope="session")
def word() -> SimpleNamespace:
    """Builders of Word files (needs python-docx): paragraphs, list levels, cells, rows."""
    pytest.importorskip("docx")
    return SimpleNamespace(
        W=W,
        p=p,
        level=level,
        tc=tc,
        tr=tr,
        build=build,
        typed=typed,
        drafts=drafts,
        numbering=numbering,
        # GB/T 9704's four levels as a Word list: 一、 （一） 1. （1）
        GBT=level(0, "chineseCounting", "%1、")
        + level(1, "chineseCounting", "（%2）")
        + level(2, "decimal", "%3.")
        + level(3, "decimal", "（%4）"),
        HEAD=["某乡人民政府", "2023年度法治政府建设情况报告"],
        MERGE='<w:vMerge w:val="restart"/>',
        GO_ON="<w:vMerge/>",
        SPAN2='<w:gridSpan w:val="2"/>',
        INS='<w:ins w:id="1" w:author="甲" w:date="2024-01-02T00:00:00Z">',
        DEL='<w:del w:id="2" w:author="甲" w:date="2024-01-02T00:00:00Z">',
    )
