"""The built-in rule about 一是…二是… enumerations: a lone 一是 is a slip.

Writers number points only when there are several; a ``Points`` block with one
item renders ``一是…`` with no ``二是``. The renderer still writes it as given
(so an imported report renders back character for character, and the slip
stays visible where it was made); the check reports it, and the writer either
adds the missing points or turns the one point into a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._blocks import Block, Points
from .._finding import Finding
from .._messages import N_
from .._outline import outline
from .._report import Report

__all__ = ["single_points"]


def single_points(report: Report) -> Iterator[Finding]:
    """``single-point``: a 一是 enumeration with one point (warning).

    >>> import govreport as gr
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023, sections=[
    ...     gr.Section(title="主要举措", blocks=[gr.Points(items=["加强学习。"])])])
    >>> [str(f) for f in single_points(r)]
    ['warning single-point at 一: 一是 without 二是: the enumeration has one point; add the others or write it as a paragraph']
    """
    places: list[tuple[str, tuple[Block, ...]]] = [("", report.preamble)]
    places += [(p.location, p.section.blocks) for p in outline(report)]
    for location, blocks in places:
        for block in blocks:
            if isinstance(block, Points) and len(block.items) == 1:
                yield Finding(
                    code="single-point",
                    severity="warning",
                    location=location,
                    template=N_(
                        "一是 without 二是: the enumeration has one point; add the others or "
                        "write it as a paragraph"
                    ),
                )
