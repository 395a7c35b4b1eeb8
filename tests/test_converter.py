"""The cattrs converter: embedding reports in other data, and errors flattened with paths."""

from __future__ import annotations

import attrs
import pytest
from cattrs.errors import ClassValidationError

import govreport as gr
from govreport._converter import explain, make_converter


@attrs.frozen
class _Submission:
    """User data that embeds a report, structured by the same converter."""

    source: str
    report: gr.Report


def test_reports_embed_in_user_data() -> None:
    """make_converter() structures a report inside the user's own attrs class."""
    conv = make_converter()
    report = gr.Report(title="报告", authority="某乡", year=2023)
    data = conv.unstructure(_Submission(source="邮件", report=report))
    assert conv.structure(data, _Submission) == _Submission(source="邮件", report=report)


def test_explain_gives_limits_back_with_their_path() -> None:
    """A LimitError deep in the tree comes back as itself, its JSON path filled in."""
    conv = make_converter()
    with pytest.raises(ClassValidationError) as err:
        conv.structure({"rows": [[{"colspan": 1000}]]}, gr.Table)
    (problem,) = explain(err.value, "$.table")
    assert isinstance(problem, gr.LimitError)
    assert (problem.limit, problem.path) == ("MAX_TABLE_COLUMNS", "$.table.rows[0][0].colspan")


def test_explain_never_passes_python_text() -> None:
    """An exception govreport did not raise is described, not quoted."""
    assert explain(AttributeError("'str' object has no attribute 'keys'"), "$.x", gr.Closing) == [
        "not a Closing @ $.x"
    ]
