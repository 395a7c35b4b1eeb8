"""govreport: Chinese government annual reports as typed, checkable Python objects.

>>> import govreport as gr
>>> report = gr.Report(
...     title="2023年度法治政府建设情况报告",
...     authority="某乡人民政府",
...     year=2023,
...     sections=[gr.Section(title="主要举措和成效", blocks=[
...         gr.Paragraph(text=gr.text("检查企业{366家}，处罚{0.9万元}。")),
...     ])],
... )
>>> [(m.label, str(m.quantity.value)) for m in report.metrics().values()]
[('检查企业', '366'), ('处罚', '0.9')]
>>> gr.from_json(gr.to_json(report)) == report
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._blocks import Block, Cell, Commitment, Paragraph, Point, Points, Table
from ._figure import Cite, Figure, figure
from ._interval import Interval
from ._quantity import Metric, Quantity, metric
from ._relations import Change, DeclaredCount, Rate, Relation, Share, Total
from ._report import Closing, Report, Section, SetAside
from ._text import (
    DocumentNumber,
    DocumentReference,
    Inline,
    ReportYear,
    Terms,
    Text,
    Year,
    text,
)
from .exceptions import (
    GovReportError,
    LimitError,
    ModelTypeError,
    NumeralError,
    ParseError,
    StructureError,
    UnknownRendererError,
    ValidationError,
)

if TYPE_CHECKING:
    from . import (
        checks,
        dates,
        exceptions,
        importers,
        kinds,
        numerals,
        quantities,
        renderers,
        units,
        validators,
    )
    from ._serialization import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
    from .checks import Comparison, Finding, Matched, StatedChange, check, compare
    from .importers import parse_docx, parse_html, parse_text
    from .renderers import available_renderers, render

__all__ = [
    "SCHEMA_VERSION",
    "Block",
    "Cell",
    "Change",
    "Cite",
    "Closing",
    "Commitment",
    "Comparison",
    "DeclaredCount",
    "DocumentNumber",
    "DocumentReference",
    "Figure",
    "Finding",
    "GovReportError",
    "Inline",
    "Interval",
    "LimitError",
    "Matched",
    "Metric",
    "ModelTypeError",
    "NumeralError",
    "Paragraph",
    "ParseError",
    "Point",
    "Points",
    "Quantity",
    "Rate",
    "Relation",
    "Report",
    "ReportYear",
    "Section",
    "SetAside",
    "Share",
    "StatedChange",
    "StructureError",
    "Table",
    "Terms",
    "Text",
    "Total",
    "UnknownRendererError",
    "ValidationError",
    "Year",
    "available_renderers",
    "check",
    "checks",
    "compare",
    "dates",
    "exceptions",
    "figure",
    "from_dict",
    "from_json",
    "importers",
    "kinds",
    "metric",
    "numerals",
    "parse_docx",
    "parse_html",
    "parse_text",
    "quantities",
    "render",
    "renderers",
    "text",
    "to_dict",
    "to_json",
    "units",
    "validators",
]

# Heavy modules (cattrs, the renderers) load on first use so `import govreport` stays light.
_LAZY: dict[str, str] = {
    "Finding": ".checks",
    "check": ".checks",
    "Comparison": ".checks",
    "Matched": ".checks",
    "StatedChange": ".checks",
    "compare": ".checks",
    "available_renderers": ".renderers",
    "render": ".renderers",
    "parse_docx": ".importers",
    "parse_html": ".importers",
    "parse_text": ".importers",
    "SCHEMA_VERSION": "._serialization",
    "from_dict": "._serialization",
    "from_json": "._serialization",
    "to_dict": "._serialization",
    "to_json": "._serialization",
}


# govreport.strategies is reachable too, but not in __all__: it needs hypothesis.
_SUBMODULES = frozenset(
    {
        "checks",
        "dates",
        "exceptions",
        "importers",
        "kinds",
        "numerals",
        "quantities",
        "renderers",
        "strategies",
        "units",
        "validators",
    }
)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        value = importlib.import_module(f".{name}", __name__)
        globals()[name] = value
        return value
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govreport' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names only: not the helpers this module imports, nor the private modules.
    return sorted({*__all__, "strategies"})
