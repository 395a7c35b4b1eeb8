"""Findings: one readable line each, and fields validated when built."""

from __future__ import annotations

import pytest

import govreport as gr
from govreport.checks import Finding


class TestFinding:
    def test_str_names_severity_code_and_location(self) -> None:
        """str() reads as one line a CLI can print."""
        f = Finding(code="count-mismatch", severity="warning", location="二", message="m")
        assert str(f) == "warning count-mismatch at 二: m"
        assert str(Finding(code="x", severity="info", message="m")) == "info x: m"

    @pytest.mark.parametrize(
        ("field", "value", "match"),
        [
            ("severity", "fatal", "'severity' must be one of error, warning, info"),
            ("code", "Sum Mismatch", "'code' must be lower-case words joined by hyphens"),
            ("message", " ", "'message' must not be empty"),
            ("metrics", ["Not An Id"], "'metrics' must be a dotted id"),
        ],
    )
    def test_fields_are_validated(self, field: str, value: object, match: str) -> None:
        """Severity, code, message and metric ids are checked when a finding is built."""
        fields: dict[str, object] = {"code": "sum-mismatch", "severity": "error", "message": "m"}
        fields[field] = value
        with pytest.raises(gr.ValidationError, match=match):
            Finding(**fields)  # type: ignore[arg-type]
