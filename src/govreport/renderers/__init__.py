"""Rendering a report: the plain official text, Markdown, HTML, JSON, or a plug-in's format.

>>> import govreport as gr
>>> from govreport.renderers import render
>>> report = gr.Report(title=gr.text("{y}年度报告", y=gr.ReportYear()), authority="某乡人民政府",
...     year=2023)
>>> render(report, "text", numerals="chinese").splitlines()[1]
'二〇二三年度报告'
>>> render(report, "rtf")
Traceback (most recent call last):
...
govreport.exceptions.UnknownRendererError: no renderer named 'rtf'; available: docx, html, json, markdown, pdf, text

A renderer is a class that follows the :class:`Renderer` protocol. It returns
``str`` or, for a binary format, ``bytes``, and says which in its ``binary``
class attribute. Third-party packages register theirs under the entry-point
group ``govreport.renderers`` (:data:`ENTRY_POINT_GROUP`); the built-ins are
looked up in the same registry and imported only when used.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Protocol, overload, runtime_checkable

from .._report import Report
from ..exceptions import ModelTypeError
from ._base import BaseRenderer, Node
from ._options import Options
from ._registry import (
    ENTRY_POINT_GROUP,
    available_renderers,
    load_renderer,
    renderer_for_suffix,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "BaseRenderer",
    "Node",
    "Options",
    "Renderer",
    "available_renderers",
    "get_renderer",
    "render",
    "renderer_for_suffix",
]


@runtime_checkable
class Renderer(Protocol):
    """What a renderer is: a class configured by keyword options that turns a report into a document.

    Class attributes: ``name``, the name it is registered under (``"html"``);
    ``suffix``, the file suffix of its output (``".html"``); and ``binary``,
    ``True`` when ``render`` returns ``bytes`` (a .docx, a PDF) and ``False``
    when it returns ``str``, so a caller knows before rendering where the
    output can go. ``__init__`` takes the options as keywords only and raises
    :class:`~govreport.exceptions.ValidationError` naming any option it does not
    know or any value it refuses; ``render`` returns the whole output, the same
    string or bytes for the same report and options. Subclassing
    :class:`BaseRenderer` gives the numbering, figure formatting and one method
    per node type.

    >>> from govreport.renderers import get_renderer
    >>> isinstance(get_renderer("text"), Renderer)
    True
    """

    name: ClassVar[str]
    suffix: ClassVar[str]
    binary: ClassVar[bool]

    def __init__(self, **options: Any) -> None: ...

    def render(self, report: Report) -> str | bytes:
        """The report in this renderer's format: ``bytes`` if ``binary``, else ``str``."""
        ...


def get_renderer(name: str, **options: Any) -> Renderer:
    """A renderer instance: the class registered as *name*, built with *options*.

    Raises:
        UnknownRendererError: nothing is registered as *name*.
        ValidationError: an option is unknown to that renderer or has a bad value.

    >>> get_renderer("html", fragment=True).options.fragment
    True
    >>> get_renderer("text", fragment=True)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: unknown option 'fragment' for the 'text' renderer; it takes date_style, locale, numbering, numerals
    """
    renderer: Renderer = load_renderer(name)(**options)
    return renderer


@overload
def render(
    report: Report, to: Literal["text", "markdown", "html", "json"], **options: Any
) -> str: ...
@overload
def render(report: Report, to: str, **options: Any) -> str | bytes: ...
def render(report: Report, to: str, **options: Any) -> str | bytes:
    """Render *report* with the renderer registered as *to* (``"text"``, ``"markdown"``, ``"html"``…).

    Returns ``str``, or ``bytes`` from a renderer whose ``binary`` is true;
    type checkers know the built-in text formats return ``str``.

    Args:
        report: the report.
        to: a renderer name; see :func:`available_renderers`.
        **options: the renderer's options: ``numerals``, ``date_style``,
            ``numbering`` and ``locale`` for ``"text"``, ``"markdown"`` and
            ``"html"``, ``fragment`` for ``"html"``, ``indent`` for ``"json"``.

    Raises:
        UnknownRendererError: no renderer is registered as *to* (the message
            lists the available names), or it needs an extra that is not
            installed (the message names it).
        ValidationError: an option is unknown or has a bad value, or the
            report holds a character the format cannot carry.
        ModelTypeError: the renderer returned something else than its
            ``binary`` attribute promises.

    >>> import govreport as gr
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023,
    ...     sections=[gr.Section(title="情况", children=[gr.Section(title="细节")])])
    >>> print(render(r, "markdown"))
    某乡人民政府
    <BLANKLINE>
    # 报告
    <BLANKLINE>
    ## 一、情况
    <BLANKLINE>
    ### （一）细节
    <BLANKLINE>
    """
    renderer = get_renderer(to, **options)
    output = renderer.render(report)
    promised = bytes if type(renderer).binary else str
    if not isinstance(output, promised):
        raise ModelTypeError(
            f"renderer {to!r} returned {type(output).__name__}, but its `binary` attribute "
            f"promises {promised.__name__}",
            field="to",
            value=to,
        )
    return output
