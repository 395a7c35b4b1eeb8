"""The .docx package around a rendered body: python-docx for the parts, fixed bytes out.

A lean base package (styles, settings, font table, the odd and even footers
with their page fields, and an empty document: a few kilobytes instead of
python-docx's 800 kB default template) is opened with python-docx, which sets
the page size, the margins and the core properties through its public API;
the body's paragraphs and tables are appended as WordprocessingML. The saved archive is
rewritten with fixed member dates and order, so the same report gives the same
bytes every time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Final

import attrs
import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.shared import Twips

from ._docx_layout import PAGE, W_NS, Fonts, escape

__all__ = ["Metadata", "package"]

_FIXED_TIME: Final = (1980, 1, 1, 0, 0, 0)
_XML: Final = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_R_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml"

_CONTENT_TYPES: Final = (
    _XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_CT}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_CT}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_CT}.settings+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{_CT}.fontTable+xml"/>'
    f'<Override PartName="/word/footer1.xml" ContentType="{_CT}.footer+xml"/>'
    f'<Override PartName="/word/footer2.xml" ContentType="{_CT}.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_PACKAGE_RELS: Final = (
    _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
    'metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS: Final = (
    _XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rId4" Type="{_REL}/footer" Target="footer1.xml"/>'
    f'<Relationship Id="rId5" Type="{_REL}/footer" Target="footer2.xml"/>'
    "</Relationships>"
)
# No dates: a document carries a timestamp only when the report has one.
_CORE: Final = (
    _XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_SETTINGS: Final = (
    _XML + f'<w:settings xmlns:w="{W_NS}"><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>'
    '<w:characterSpacingControl w:val="compressPunctuation"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)

# Font table entries let Word and WPS choose a close substitute when a font is missing:
# the GB2312 character set (86), the family and the font's other name.
_KNOWN_FONTS: Final = {
    "方正小标宋简体": ("roman", "FZXiaoBiaoSong-B05S"),
    "仿宋_GB2312": ("modern", "FangSong_GB2312"),
    "仿宋": ("modern", "FangSong"),
    "楷体_GB2312": ("modern", "KaiTi_GB2312"),
    "楷体": ("modern", "KaiTi"),
    "黑体": ("modern", "SimHei"),
    "宋体": ("auto", "SimSun"),
}


def _font_table(fonts: Fonts) -> str:
    names = sorted({getattr(fonts, field.name) for field in attrs.fields(Fonts)})
    out = [_XML, f'<w:fonts xmlns:w="{W_NS}">']
    for name in names:
        family, other = _KNOWN_FONTS.get(name, ("auto", None))
        alt = "" if other is None else f'<w:altName w:val="{other}"/>'
        charset = "00" if name == fonts.western else "86"
        out.append(
            f'<w:font w:name="{escape(name)}">{alt}<w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
        )
    out.append("</w:fonts>")
    return "".join(out)


# Odd pages take the default footer (rId4), even pages the even one (rId5).
_DOCUMENT: Final = (
    _XML + f'<w:document xmlns:w="{W_NS}" xmlns:r="{_R_NS}"><w:body><w:sectPr>'
    '<w:footerReference w:type="default" r:id="rId4"/>'
    '<w:footerReference w:type="even" r:id="rId5"/>'
    f'<w:docGrid w:type="lines" w:linePitch="{PAGE.line_pitch}" '
    f'w:charSpace="{PAGE.char_space}"/></w:sectPr></w:body></w:document>'
)


def _footer(*, odd: bool) -> str:
    """A footer ``— PAGE —``: right-aligned on odd pages, left on even, one character in."""
    side = "right" if odd else "left"
    return (
        f'{_XML}<w:ftr xmlns:w="{W_NS}"><w:p><w:pPr><w:pStyle w:val="Footer"/>'
        f'<w:ind w:{side}Chars="100" w:{side}="280"/><w:jc w:val="{side}"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">— </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r><w:t>1</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>'
    )


@attrs.frozen(kw_only=True)
class Metadata:
    """What the core properties say: title, author (the issuing authority) and date."""

    title: str
    author: str
    created: dt.date | None


def _base(styles: str, fonts: Fonts) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _PACKAGE_RELS),
            ("docProps/core.xml", _CORE),
            ("word/document.xml", _DOCUMENT),
            ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
            ("word/styles.xml", styles),
            ("word/settings.xml", _SETTINGS),
            ("word/fontTable.xml", _font_table(fonts)),
            ("word/footer1.xml", _footer(odd=True)),
            ("word/footer2.xml", _footer(odd=False)),
        ):
            archive.writestr(zipfile.ZipInfo(name, _FIXED_TIME), content.encode())
    return buffer.getvalue()


def _set_up(document: Document, metadata: Metadata) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE.width), Twips(PAGE.height)
    section.top_margin, section.bottom_margin = Twips(PAGE.top), Twips(PAGE.bottom)
    section.left_margin, section.right_margin = Twips(PAGE.left), Twips(PAGE.right)
    section.footer_distance = Twips(PAGE.footer)
    section.header_distance = Twips(PAGE.top // 2)
    section.gutter = Twips(0)
    core = document.core_properties
    core.title = metadata.title
    core.author = metadata.author
    core.last_modified_by = metadata.author
    core.language = "zh-CN"
    core.revision = 1
    if metadata.created is not None:
        stamp = dt.datetime.combine(metadata.created, dt.time())
        core.created = stamp
        core.modified = stamp


def package(body: str, *, styles: str, fonts: Fonts, metadata: Metadata) -> bytes:
    """The .docx bytes: the base package with *body* (paragraphs and tables) in the document."""
    document = docx.Document(io.BytesIO(_base(styles, fonts)))
    _set_up(document, metadata)
    element = document.element.body
    sect_pr = element[-1]
    for child in parse_xml(f'<w:body xmlns:w="{W_NS}">{body}</w:body>'):
        sect_pr.addprevious(child)
    saved = io.BytesIO()
    document.save(saved)
    return _fixed(saved.getvalue())


def _fixed(archive: bytes) -> bytes:
    """*archive* rewritten with fixed member dates, so equal documents are equal bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(archive)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, _FIXED_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(info))
    return out.getvalue()
