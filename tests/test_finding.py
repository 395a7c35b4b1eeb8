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
            ("severity", "fatal", "'severity' must be one of 'error', 'warning', 'info'"),
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


class TestWording:
    LATE = "published on {published}, after the deadline {due} for a report about {year}"

    def test_message_is_worded_in_english_from_the_template(self) -> None:
        f = Finding(
            code="deadline",
            severity="error",
            template=self.LATE,
            facts={"published": "x", "due": "y", "year": 2023},
        )
        assert f.message == "published on x, after the deadline y for a report about 2023"
        assert f.format("zh_Hans_CN") == "2023年度报告于x公开，晚于公开期限y。"

    def test_a_fixed_message_is_the_same_in_every_locale(self) -> None:
        f = Finding(code="my-rule", severity="info", message="自定义")
        assert (f.format("en"), f.format("zh")) == ("自定义", "自定义")

    def test_a_finding_needs_a_message_or_a_template(self) -> None:
        with pytest.raises(gr.ValidationError, match="'message' must not be empty"):
            Finding(code="my-rule", severity="info")

    def test_facts_cannot_be_changed_and_take_part_in_equality(self) -> None:
        facts = {"published": "x", "due": "y", "year": 2023}
        f = Finding(code="deadline", severity="error", template=self.LATE, facts=facts)
        facts["year"] = 2024
        assert f.facts["year"] == 2023
        with pytest.raises(TypeError):
            f.facts["year"] = 2024  # type: ignore[index]
        other = Finding(
            code="deadline", severity="error", template=self.LATE, facts=facts, message=f.message
        )
        assert f != other
        assert hash(f) == hash(other)  # facts are left out of the hash, not of equality
