"""Importing a report from a web page: :func:`parse_html`.

Needs the ``html`` extra (``pip install 'govreport[html]'``): the page is
parsed by lxml (libxml2's HTML parser), which reads broken real-world markup
as browsers mostly do, gives each element its source line and parses a
100 KB page in under 2 ms. :mod:`._html_page` finds the report's container in
the page and reads it into source drafts; the shared core does the rest.

Bytes are decoded strictly, in the charset the page states (a byte order
mark, ``<meta charset>``, ``<meta http-equiv="Content-Type">``; GB2312 and
GBK are read as their superset GB18030), else UTF-8: a byte that does not
decode is a :class:`~govreport.exceptions.ParseError`, never a replacement
character.
"""

from __future__ import annotations

import codecs
from typing import Any, Final

import attrs

from .._report import Report, SetAside
from ..exceptions import GovReportError, MissingExtraError, ModelTypeError, ParseError
from ._assemble import assemble
from ._flat import PAGE_FORMS
from ._html_marks import restore
from ._html_page import SKIP, read_page, written_by_govreport

__all__ = ["parse_html"]

_SNIFF: Final = (
    (b"%PDF-", "a PDF file (it starts with %PDF-)"),
    (b"PK\x03\x04", "a zip archive, such as a Word .docx file (it starts with PK)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file, such as a Word .doc (it starts with D0 CF 11 E0)"),
)
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Names pages use whose bytes are a larger charset's (as browsers read them).
_SUPERSETS: Final = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "x-gbk": "gb18030",
}
_PRESCAN: Final = 4096  # bytes looked at for a <meta> charset


def parse_html(
    html: str | bytes,
    *,
    kind: str | None = None,
    year: int | None = None,
    url: str | None = None,
) -> Report:
    """Import a report from a web page: the page as published, or as govreport renders it.

    The report is found in the page (navigation, headers and footers, scripts,
    share and print links, 上一篇/下一篇 are not part of it: see
    :doc:`/importing`); its paragraphs, ``<br>`` lines and headings are read
    as the text importer reads lines, and each data ``<table>`` becomes a
    table, spans kept. What the page adds is listed in
    :attr:`Report.set_aside <govreport.Report.set_aside>`, by source line. On a
    page govreport rendered, metric ids and labels come back from the markup.

    Args:
        html: the page, as text or as bytes (decoded in the charset it states,
            else UTF-8).
        kind: the statutory genre; by default the one the title names.
        year: the report year; by default the title's, else the body's.
        url: where the page came from, for error messages.

    Returns:
        The report.

    Raises:
        ParseError: not a web page (a PDF, a zip), bytes that do not decode,
            no report in the page, or no year or authority found; the message
            names *url* (or "the page") and the line is the page's source line.
        ModelTypeError: *html* is neither str nor bytes.
        MissingExtraError: lxml is not installed.

    >>> page = '''<html><body><nav><a href="/">首页</a> <a href="/x">政务公开</a></nav>
    ... <div class="content"><h1>某镇人民政府2023年度工作报告</h1>
    ... <h2>一、主要举措</h2><p>检查企业366家。</p></div></body></html>'''
    >>> report = parse_html(page)
    >>> report.authority, report.year, report.sections[0].title.plain()
    ('某镇人民政府', 2023, '主要举措')
    >>> [(a.line, a.text) for a in report.set_aside]
    [(1, '首页 政务公开')]
    """
    where = url if url is not None else "the page"
    if isinstance(html, bytes):
        _sniff(html, where)
        text = _decode(html, where)
    elif isinstance(html, str):
        _sniff(html.lstrip()[:8].encode("latin-1", "replace"), where)
        text = html
    else:
        raise ModelTypeError(
            f"parse_html() needs the page as str or bytes (got {type(html).__name__})",
            field="html",
            value=html,
        )
    root = _parse(text, where)
    verbatim = written_by_govreport(root)
    _lxml().strip_elements(root, *SKIP, with_tail=False)
    drafts = read_page(root, verbatim=verbatim)
    try:
        report = assemble(
            drafts.source, kind=kind, year=year, set_aside=drafts.set_aside, flattened=PAGE_FORMS
        )
    except ParseError as exc:
        line = exc.line if exc.line is not None else 1
        line = drafts.lines.get(line, line) if drafts.source else 1
        raise ParseError(f"{where}: {exc.reason}", line=line, column=1) from None
    except GovReportError as exc:  # a table the model refuses (spans, limits)
        raise ParseError(f"{where}: {exc}", line=1, column=1) from None
    ours = {id(item) for item in drafts.set_aside}
    if any(
        id(a) not in ours and drafts.lines.get(a.line, a.line) != a.line for a in report.set_aside
    ):
        moved = [
            a if id(a) in ours else attrs.evolve(a, line=drafts.lines.get(a.line, a.line))
            for a in report.set_aside
        ]
        report = attrs.evolve(report, set_aside=sorted(moved, key=_by_line))
    return restore(report, drafts.container)


def _by_line(item: SetAside) -> int:
    return item.line


def _lxml() -> Any:
    try:
        from lxml import etree
    except ImportError as exc:
        raise MissingExtraError("parse_html", extra="html", reason=str(exc)) from None
    return etree


def _parse(text: str, where: str) -> Any:
    etree = _lxml()
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ParseError(
            f"{where}: the text holds a lone surrogate (U+{ord(text[exc.start]):04X}) at "
            f"character {exc.start}, which no page can carry",
            line=text.count("\n", 0, exc.start) + 1,
            column=exc.start - text.rfind("\n", 0, exc.start),
        ) from None
    if not data.strip():
        raise ParseError(f"{where}: the page is empty", line=1, column=1)
    nul = text.find("\x00")
    if nul != -1:  # the parser would turn it into U+FFFD
        raise ParseError(
            f"{where}: a NUL character at character {nul}: a page holds none",
            line=text.count("\n", 0, nul) + 1,
            column=nul - text.rfind("\n", 0, nul),
        )
    # lxml.etree's own elements: lxml.html's element classes cost a Python call per element.
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    root = etree.fromstring(data, parser=parser)
    for error in parser.error_log:
        # libxml2 stops reading at a resource limit (elements nested 256 deep): what follows
        # would be lost, so the page is refused instead.
        if error.type_name == "ERR_RESOURCE_LIMIT":
            raise ParseError(
                f"{where}: the HTML parser stopped reading: {error.message}",
                line=error.line or 1,
                column=error.column or 1,
            )
    if root is None:
        raise ParseError(f"{where}: nothing in it reads as HTML", line=1, column=1)
    return root


def _sniff(head: bytes, where: str) -> None:
    start = head.lstrip()[:8]
    for magic, what in _SNIFF:
        if start.startswith(magic):
            raise ParseError(f"{where} is {what}, not a web page", line=1, column=1)


def _decode(data: bytes, where: str) -> str:
    """*data* decoded in the charset the page states (BOM, then <meta>), else UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, f"its byte order mark ({encoding})", where)
    declared = _meta_charset(data[:_PRESCAN])
    if declared is None:
        return _strict(data, "utf-8", "utf-8 (no charset stated)", where)
    name = declared.strip().lower()
    encoding = _SUPERSETS.get(name, name)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise ParseError(
            f"{where}: the page states charset {declared!r}, which is not an encoding Python "
            "knows; decode it yourself and pass a str",
            line=1,
            column=1,
        ) from None
    said = encoding if encoding == name else f"{encoding} (the page states {declared})"
    return _strict(data, encoding, said, where)


def _strict(data: bytes, encoding: str, said: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.end].hex(" ").upper()
        raise ParseError(
            f"{where}: the bytes are not {said}: byte offset {exc.start} ({bad}) does not decode",
            line=line,
            column=exc.start - data.rfind(b"\n", 0, exc.start),
        ) from None


def _meta_charset(head: bytes) -> str | None:
    """The charset a ``<meta>`` in the first bytes of the page states, read by the HTML parser.

    The bytes are read as Latin-1 (one character per byte), which keeps the
    ASCII of the markup as it is whatever the page's charset.
    """
    etree = _lxml()
    root = etree.fromstring(head, parser=etree.HTMLParser(encoding="iso-8859-1"))
    if root is None:
        return None
    for meta in root.iter("meta"):
        charset = meta.get("charset")
        if charset:
            return str(charset)
        if (meta.get("http-equiv") or "").lower() == "content-type":
            for param in (meta.get("content") or "").split(";")[1:]:
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset" and value.strip():
                    return value.strip().strip("'\"")
    return None
