"""Importing a report from a Word file: :func:`parse_docx`.

The file is opened with python-docx (the extra ``govreport[docx]``, imported
only when a file is read), its body read into source drafts by
:mod:`._docx_body` (list numbers by :mod:`._docx_numbering`), and the shared
core reads the rest, as it does for a text.
"""

from __future__ import annotations

import io
import os
from typing import IO, Any, Final

from .._report import Report
from ..exceptions import MissingExtraError, ModelTypeError, ParseError, ValidationError
from ._assemble import assemble

__all__ = ["parse_docx"]

_OLE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP: Final = (b"PK\x03\x04", b"PK\x05\x06")
_REL: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_NOTES: Final = (("comments", "comment"), ("footnotes", "footnote"), ("endnotes", "endnote"))


def parse_docx(
    path_or_file: str | os.PathLike[str] | IO[bytes] | bytes,
    *,
    kind: str | None = None,
    year: int | None = None,
    authority: str | None = None,
) -> Report:
    """Import a report from a Word file (.docx), as written in Word or WPS or by the docx renderer.

    Needs the extra: ``pip install 'govreport[docx]'``.

    The body's paragraphs and tables are read in order, with every tracked
    change accepted, and read as :func:`~govreport.parse_text` reads lines
    (see :doc:`/importing`):

    - a paragraph Word numbers automatically (``一、``, ``（一）``, ``1.`` from
      its list, or its style's) is read with that number written before it,
      exactly as if it had been typed;
    - a paragraph in a heading style (``Heading 1``/``标题 1``…) with no number
      is a heading of that level;
    - a table is a table, merged cells spanning rows and columns, its rows
      marked to repeat on each page as the header, a ``Caption`` paragraph
      right above it as its caption;
    - tracked deletions, comments, footnotes and text boxes are left out of
      the text and listed in :attr:`Report.set_aside <govreport.Report.set_aside>`,
      with the paragraph's number (from 1, in document order, table cells included).

    Args:
        path_or_file: the file's path, a binary file object open on it, or its bytes.
        kind: the statutory genre; by default as :func:`~govreport.parse_text` finds it.
        year: the report year; by default as :func:`~govreport.parse_text` finds it.
        authority: the issuing body; by default as :func:`~govreport.parse_text` finds it.

    Returns:
        The report.

    Raises:
        ParseError: the file is not a Word document (not a zip, a legacy .doc
            or an encrypted file, a PDF renamed, a zip without
            ``word/document.xml``…), holds no report, or holds more than a
            report may (a table over 100 columns); the message names the file
            (its path or its ``name``; bytes have none) and, for the report,
            the paragraph.
        MissingExtraError: python-docx is not installed (the message says what to install).
        ModelTypeError: *path_or_file* is none of the above, or a file open in text mode.
        OSError: the path cannot be read.

    >>> import govreport as gr
    >>> report = gr.Report(title="2023年度工作报告", authority="某乡人民政府", year=2023,
    ...     sections=[gr.Section(title="主要举措", blocks=[gr.Paragraph(text="检查企业366家。")])])
    >>> imported = parse_docx(gr.render(report, "docx"))
    >>> imported.authority, imported.sections[0].title.plain(), imported.metrics()["s1.m1"].label
    ('某乡人民政府', '主要举措', '检查企业')
    """
    name, data = _read(path_or_file)
    document = _open(name, data)
    # The Word reader loads with the first Word file: importing parse_text does not load it.
    from ._docx_body import Body, note_texts
    from ._docx_numbering import Styles

    part = document.part
    styles = Styles(document.styles.element, _related(part, "numbering"))
    notes = {reason: note_texts(_related(part, rel), reason) for rel, reason in _NOTES}
    body = Body(styles, notes)
    body.read(document.element.body)
    try:
        return assemble(
            body.source, kind=kind, year=year, authority=authority, set_aside=body.set_aside
        )
    except ParseError as exc:
        raise ParseError(exc.reason, line=exc.line, file=name) from None
    except ValidationError as exc:  # a table too wide for the model's limits, say
        raise ParseError(f"the document holds what no report can: {exc}", file=name) from None


def _read(path_or_file: object) -> tuple[str | None, bytes]:
    """The name of the input's file, if it has one, and its bytes."""
    if isinstance(path_or_file, bytes | bytearray | memoryview):
        return None, bytes(path_or_file)
    if isinstance(path_or_file, str | os.PathLike):
        path = os.fspath(path_or_file)
        with open(path, "rb") as file:
            return str(path), file.read()
    read = getattr(path_or_file, "read", None)
    if callable(read):
        data = read()
        named = getattr(path_or_file, "name", None)
        name = named if isinstance(named, str) else None
        if isinstance(data, bytes):
            return name, data
        raise ModelTypeError(
            "parse_docx() reads a file opened in binary mode ('rb'); "
            f"{name or type(path_or_file).__name__} gave {type(data).__name__}",
            field="path_or_file",
            value=path_or_file,
        )
    raise ModelTypeError(
        "parse_docx() needs a path, a binary file object or the file's bytes "
        f"(got {type(path_or_file).__name__})",
        field="path_or_file",
        value=path_or_file,
    )


def _open(name: str | None, data: bytes) -> Any:
    """The python-docx document of *data*, or a ParseError saying what the file is instead."""
    import zipfile

    if not data:
        raise ParseError("the file is empty", file=name)
    if data.startswith(_OLE):
        raise ParseError(
            "a legacy Word .doc or an encrypted (password-protected) file, not a .docx: "
            "open it in Word or WPS and save it as .docx (Word Document) without a password",
            file=name,
        )
    if data.startswith(b"%PDF"):
        raise ParseError("a PDF renamed .docx: it is not a Word file", file=name)
    if data.startswith(b"{\\rtf"):
        raise ParseError("an RTF file renamed .docx: save it as .docx", file=name)
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist()) if data[:4] in _ZIP else None
    except (zipfile.BadZipFile, ValueError):
        names = None
    if names is None and data[:4] in _ZIP:
        raise ParseError(
            "a .docx that is not a zip: it starts as one, but its directory cannot be read "
            "(a truncated or damaged file)",
            file=name,
        )
    if names is None:
        raise ParseError(
            f"a .docx that is not a zip (it starts with {data[:8]!r}): a .docx is a zip "
            "archive, so this file is damaged or of another kind",
            file=name,
        )
    if "word/document.xml" not in names:
        other = (
            " (an Excel workbook)"
            if "xl/workbook.xml" in names
            else " (a PowerPoint presentation)"
            if "ppt/presentation.xml" in names
            else ""
        )
        raise ParseError(f"a zip without word/document.xml{other}: not a Word file", file=name)
    docx = _python_docx()
    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as exc:  # python-docx: a template, a macro-enabled document…
        raise ParseError(f"not a Word document python-docx can open ({exc})", file=name) from None
    except Exception as exc:  # a damaged package: python-docx and lxml raise many kinds
        why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise ParseError(f"a damaged .docx: {why}", file=name) from None


def _python_docx() -> Any:
    """python-docx, or the error that names the extra providing it."""
    try:
        import docx
    except ImportError as exc:
        raise MissingExtraError("parse_docx", extra="docx", reason=str(exc)) from None
    return docx


def _related(part: Any, kind: str) -> Any:
    """The root element of the part *part* relates to as *kind* (``numbering``…), or ``None``."""
    from docx.oxml import parse_xml

    for rel in part.rels.values():
        if rel.reltype == _REL + kind and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else parse_xml(target.blob)
    return None
