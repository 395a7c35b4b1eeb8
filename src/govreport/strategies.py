"""Hypothesis strategies for property-testing reports and the code that builds them.

This module needs the ``hypothesis`` extra (``pip install "govreport[hypothesis]"``);
the rest of govreport never imports hypothesis.

Every function returns a strategy and takes keyword-only knobs. Figures that
belong together are drawn from true values and written in forms whose
intervals hold them, so :func:`~govreport.strategies.reports` never contains a contradiction, while
the ``inconsistent_*`` strategies inject exactly one known problem and say
which:

>>> from hypothesis import given, settings
>>> import govreport as gr
>>> @settings(max_examples=5, database=None)
... @given(reports())
... def test_no_errors(report):
...     assert not [f for f in gr.check(report) if f.severity == "error"]
>>> test_no_errors()
>>> @settings(max_examples=5, database=None)
... @given(inconsistent_reports())
... def test_the_one_problem(case):
...     assert [f.code for f in gr.check(case.report)] == [case.code]
>>> test_the_one_problem()

When hypothesis is installed, ``st.from_type`` knows every public model class
(the strategies are registered through hypothesis' entry point):

>>> from hypothesis import find, strategies as st
>>> quiet = settings(database=None)
>>> isinstance(find(st.from_type(gr.Metric), lambda m: True, settings=quiet), gr.Metric)
True
"""

from __future__ import annotations


def _register_strategies() -> None:
    """Register a strategy for every public model class with ``st.register_type_strategy``.

    Hypothesis calls this through its ``hypothesis`` entry point when it is
    imported, so ``st.from_type(gr.Report)`` draws consistent reports. It is
    defined before anything is imported because hypothesis may call it while
    this module is still being imported (when this module imports hypothesis
    first); it needs nothing from the rest of this module.
    """
    from hypothesis import strategies as st

    from ._strategies.types import by_type

    for cls, strategy in by_type().items():
        st.register_type_strategy(cls, strategy)


# The entry point above must stay the first definition; imports follow it.
from ._strategies.basic import (  # noqa: E402
    document_numbers,
    document_references,
    ids,
    intervals,
    labels,
    metrics,
    quantities,
    strings,
    terms,
    texts,
    written,
)
from ._strategies.pairs import Pair, report_pairs  # noqa: E402
from ._strategies.related import (  # noqa: E402
    Related,
    declared_counts,
    inconsistent_counts,
    inconsistent_rates,
    inconsistent_totals,
    rates,
    roundings,
    totals,
)
from ._strategies.reports import (  # noqa: E402
    Injected,
    inconsistent_reports,
    reports,
    sections,
    tables,
)

__all__ = [
    "Injected",
    "Pair",
    "Related",
    "declared_counts",
    "document_numbers",
    "document_references",
    "ids",
    "inconsistent_counts",
    "inconsistent_rates",
    "inconsistent_reports",
    "inconsistent_totals",
    "intervals",
    "labels",
    "metrics",
    "quantities",
    "rates",
    "report_pairs",
    "reports",
    "roundings",
    "sections",
    "strings",
    "tables",
    "terms",
    "texts",
    "totals",
    "written",
]
