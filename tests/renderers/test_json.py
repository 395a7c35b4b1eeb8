"""The JSON renderer: to_json through the registry, with its one option."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import govreport as gr
from govreport import strategies
from govreport.exceptions import ModelTypeError, ValidationError
from govreport.renderers.json import JSONOptions, JSONRenderer


@settings(max_examples=25, deadline=None)
@given(strategies.reports())
def test_same_as_to_json(report: gr.Report) -> None:
    """Every report renders to exactly what to_json writes, and reads back equal."""
    rendered = JSONRenderer().render(report)
    assert rendered == gr.to_json(report)
    assert gr.from_json(rendered) == report


@pytest.mark.parametrize("indent", [None, 0, 4])
def test_indent(indent: int | None) -> None:
    """indent is passed to to_json."""
    report = gr.Report(title="报告", authority="某乡人民政府", year=2023)
    assert JSONRenderer(indent=indent).render(report) == gr.to_json(report, indent=indent)


@pytest.mark.parametrize("indent", [-1, True, 2.0, "2"])
def test_bad_indent(indent: object) -> None:
    """indent is None or a whole number of spaces; anything else names the option."""
    with pytest.raises(
        ValidationError, match="option 'indent' must be None or a whole number"
    ) as caught:
        JSONOptions(indent=indent)  # type: ignore[arg-type]
    assert caught.value.field == "indent"


def test_needs_a_report() -> None:
    """Like every built-in, it refuses what is not a Report."""
    with pytest.raises(ModelTypeError, match=r"render\(\) needs a Report \(got dict\)"):
        JSONRenderer().render({})  # type: ignore[arg-type]


def test_declares_text_output() -> None:
    """JSON is text: binary is False, and the class describes itself."""
    assert (JSONRenderer.name, JSONRenderer.suffix, JSONRenderer.binary) == ("json", ".json", False)
    assert repr(JSONRenderer(indent=None)) == "JSONRenderer(JSONOptions(indent=None))"
