"""Where each section stands: its level, its number and the heading chain readers cite.

Numbering is derived, never typed (GB/T 9704: 一、 → （一） → 1. → （1）). Reports
differ in one respect: level-3 items (1. 2. 3.) either restart under each
（一） or run on through the whole level-1 section (``3.`` may follow ``（二）``),
so both renderers and checks take ``numbering="restart" | "continuous"``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

from ._report import Report, Section
from .numerals import heading_marker
from .validators import one_of

__all__ = ["Numbering", "Placed", "location", "outline"]

Numbering = Literal["restart", "continuous"]


@attrs.frozen
class Placed:
    """A section with its position: ``chain`` holds the displayed number at each level."""

    section: Section
    chain: tuple[int, ...]

    @property
    def level(self) -> int:
        """1 for 一、, 2 for （一）, and so on."""
        return len(self.chain)

    @property
    def marker(self) -> str:
        """The heading marker written before the title (``一、``, ``（二）``, ``3.``)."""
        return heading_marker(self.level, self.chain[-1])

    @property
    def location(self) -> str:
        """The heading chain a reader cites, e.g. ``一（二）3.（4）``."""
        return location(self.chain)


def location(chain: tuple[int, ...]) -> str:
    """The heading chain for displayed numbers *chain*.

    >>> location((1, 2, 3, 4))
    '一（二）3.（4）'
    >>> location(())
    ''
    """
    return "".join(
        heading_marker(level, n).removesuffix("、") for level, n in enumerate(chain, start=1)
    )


def outline(report: Report, *, numbering: Numbering = "restart") -> Iterator[Placed]:
    """Every section of *report* in reading order, with its number chain.

    >>> import govreport as gr
    >>> r = gr.Report(title="报告", authority="某乡", year=2023, sections=[
    ...     gr.Section(title="甲", children=[gr.Section(title="子", children=[gr.Section(title="孙")])]),
    ...     gr.Section(title="乙")])
    >>> [p.location for p in outline(r)]
    ['一', '一（一）', '一（一）1.', '二']
    """
    one_of("restart", "continuous").check("numbering", numbering)
    yield from _walk(report.sections, (), numbering, [0])


def _walk(
    sections: tuple[Section, ...], chain: tuple[int, ...], numbering: Numbering, run_on: list[int]
) -> Iterator[Placed]:
    level = len(chain) + 1
    if level == 1:
        run_on = [0]
    for index, section in enumerate(sections, start=1):
        if level == 3 and numbering == "continuous":
            run_on[0] += 1
            number = run_on[0]
        else:
            number = index
        here = (*chain, number)
        yield Placed(section, here)
        yield from _walk(section.children, here, numbering, [0] if level == 1 else run_on)
