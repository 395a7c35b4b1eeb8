"""The JSON renderer: the report's lossless interchange form, through the renderer registry.

``render(report, "json")`` is :func:`govreport.to_json`: the same string, read
back by :func:`govreport.from_json` into an equal report. It takes one option,
``indent``, and none of the display options of the other renderers, since JSON
keeps every figure as data rather than as written.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._report import Report
from .._serialization import to_json
from ..exceptions import ValidationError
from ._base import require_report
from ._options import make_options

__all__ = ["JSONOptions", "JSONRenderer"]


@attrs.frozen(kw_only=True)
class JSONOptions:
    """The JSON renderer's option.

    Args:
        indent: spaces per nesting level (``2``, the default), or ``None`` for
            the whole document on one line.

    >>> JSONOptions(indent=-1)
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: option 'indent' must be None or a whole number of spaces, at least 0 (got -1)
    """

    indent: int | None = attrs.field(default=2)

    @indent.validator
    def _check_indent(self, attribute: attrs.Attribute[int | None], value: object) -> None:
        if value is not None and (type(value) is not int or value < 0):
            raise ValidationError(
                "option 'indent' must be None or a whole number of spaces, at least 0 "
                f"(got {value!r})",
                field="indent",
                value=value,
            )


class JSONRenderer:
    """The report as :func:`govreport.to_json` writes it.

    >>> import govreport as gr
    >>> report = gr.Report(title="报告", authority="某乡人民政府", year=2023)
    >>> print(JSONRenderer(indent=None).render(report))
    {"schema_version": 1, "title": "报告", "authority": "某乡人民政府", "year": 2023}
    >>> JSONRenderer(numerals="chinese")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: unknown option 'numerals' for the 'json' renderer; it takes indent
    """

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"
    binary: ClassVar[bool] = False

    def __init__(self, **options: Any) -> None:
        self.options = make_options(JSONOptions, options, renderer=self.name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.options!r})"

    def render(self, report: Report) -> str:
        """The report as JSON text, Chinese unescaped, without a final newline."""
        return to_json(require_report(report), indent=self.options.indent)
