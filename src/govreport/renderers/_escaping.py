"""Text hygiene shared by the renderers: whitespace folding and HTML escaping.

HTML cannot carry some code points at all (NUL, C0/C1 controls, surrogates,
noncharacters); :func:`escape_html` refuses them with a clear error rather than
dropping them, so no character of the report is ever lost silently.
"""

from __future__ import annotations

import html
from typing import Final

from ..exceptions import ValidationError

__all__ = ["collapse", "escape_html", "html_unsafe", "refuse_lone_surrogates"]

_ASCII_SPACE: Final = str.maketrans(dict.fromkeys("\t\n\r\f\v", " "))


def collapse(value: str) -> str:
    r"""Runs of ASCII whitespace (line breaks included) become one space; ends are stripped.

    Other spaces, such as the ideographic space U+3000, are text and stay.

    >>> collapse(" a\n\n b\t c\u3000 ")
    'a b c\u3000'
    """
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value  # fast path: no whitespace but single inner spaces
    return " ".join(word for word in value.translate(_ASCII_SPACE).split(" ") if word)


def html_unsafe(value: str) -> str | None:
    r"""The first character HTML cannot carry in text or attributes, or ``None``.

    HTML forbids U+0000, control characters other than ASCII whitespace,
    surrogates and noncharacters (parse errors even as character references).

    >>> html_unsafe("正文 <b>&amp;"), html_unsafe("a\x07b")
    (None, '\x07')
    """
    if value.isprintable():  # fast path: no control, format, surrogate or unassigned code point
        return None
    for char in value:
        code = ord(char)
        if (
            (code < 0x20 and char not in "\t\n\f\r")
            or 0x7F <= code <= 0x9F
            or 0xD800 <= code <= 0xDFFF
            or 0xFDD0 <= code <= 0xFDEF
            or code & 0xFFFE == 0xFFFE
        ):
            return char
    return None


def refuse_lone_surrogates(value: str) -> None:
    r"""Refuse a lone surrogate, which no encoding can write, in the same words for every renderer.

    >>> refuse_lone_surrogates("甲\ud800乙")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: the report contains U+D800, a lone surrogate, which no encoding can write
    """
    if value.isascii():
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start]
        raise ValidationError(
            f"the report contains U+{ord(bad):04X}, a lone surrogate, which no encoding can write",
            field="text",
            value=bad,
        ) from None


def refuse_unsafe(value: str, *, where: str, format: str) -> None:
    """Refuse the first character *format* (HTML or Markdown) cannot carry, naming it."""
    bad = html_unsafe(value)
    if bad is not None:
        refuse_lone_surrogates(value)
        raise ValidationError(
            f"{where} contains U+{ord(bad):04X}, which {format} cannot carry: {value!r}",
            field="text",
            value=value,
        )


def escape_html(value: str, *, where: str = "text") -> str:
    r"""``html.escape(value, quote=True)``, refusing what HTML cannot carry rather than dropping it.

    A carriage return is written ``&#13;``: HTML parsers turn a raw one into a line feed.

    >>> escape_html('</p><p onclick="x">&amp;\r')
    '&lt;/p&gt;&lt;p onclick=&quot;x&quot;&gt;&amp;amp;&#13;'
    """
    if value.isprintable():
        return html.escape(value, quote=True)
    refuse_unsafe(value, where=where, format="HTML")
    return html.escape(value, quote=True).replace("\r", "&#13;")
