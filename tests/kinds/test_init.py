"""govreport.kinds: the kinds by name, the Kind value, and check() applying a report's kind."""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

import govreport as gr
import govreport.kinds as kinds
from govreport.checks import DEFAULT_RULES, check, default_rules
from govreport.kinds import KINDS, Kind, available_kinds, get_kind, rule_of_law


def _ruff_order(name: str) -> tuple[int, str]:
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def test_all_is_sorted_and_documented() -> None:
    """__all__ is sorted as ruff sorts it, and every public callable has a docstring."""
    assert list(kinds.__all__) == sorted(set(kinds.__all__), key=_ruff_order)
    for name in kinds.__all__:
        value = getattr(kinds, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), name


def test_kinds_by_name() -> None:
    """Both statutory kinds are listed and resolve to their default configuration."""
    assert available_kinds() == ["info-disclosure", "rule-of-law"]
    for name in available_kinds():
        kind = get_kind(name)
        assert isinstance(kind, Kind)
        assert kind.name == name
        assert kind == KINDS[name]()
        assert kind.rules
    assert get_kind("rule-of-law") == rule_of_law()


def test_unknown_kind_lists_the_kinds() -> None:
    """An unknown name is a ValidationError naming it and the available kinds."""
    with pytest.raises(gr.ValidationError) as info:
        get_kind("work-report")
    assert str(info.value) == (
        "no report kind named 'work-report'; available: info-disclosure, rule-of-law"
    )
    assert info.value.field == "kind"


def test_registry_is_read_only() -> None:
    """KINDS cannot be changed at run time (no global mutable state)."""
    with pytest.raises(TypeError):
        KINDS["mine"] = rule_of_law  # type: ignore[index]


def test_kind_validates_its_fields() -> None:
    """A Kind needs a lower-case name and callable rules."""
    with pytest.raises(gr.ValidationError, match="'rules'\\[0\\] must be callable"):
        Kind(name="mine", title="我的", rules=["sums"])  # type: ignore[list-item]
    kind = Kind(name="mine", title="我的", rules=[rule_of_law().rules[0]])
    assert isinstance(kind.rules, tuple)


def test_check_applies_the_reports_kind() -> None:
    """check() runs the rules of Report.kind; a report without a kind gets none of them."""
    plain = gr.Report(title="2023年度法治政府建设情况报告", authority="某乡人民政府", year=2023)
    of_kind = gr.Report(
        kind="rule-of-law", title=plain.title, authority=plain.authority, year=plain.year
    )
    assert check(plain) == []
    assert [f.code for f in check(of_kind)] == ["missing-part"] * 5
    assert set(get_kind("rule-of-law").rules) <= set(default_rules(of_kind))


def test_configured_kind_replaces_the_default() -> None:
    """A configured kind's rules are passed to check() in place of the default ones."""
    report = gr.Report(
        kind="rule-of-law",
        title="2023年度法治政府建设情况报告",
        authority="某乡人民政府",
        year=2023,
        published=dt.date(2024, 3, 15),
    )
    assert "deadline" not in [f.code for f in check(report)]
    earlier = rule_of_law(deadline=(3, 1))
    found = check(report, rules=[*DEFAULT_RULES, *earlier.rules])
    assert [str(f) for f in found if f.code == "deadline"] == [
        "error deadline: published on 2024-03-15, after the deadline 2024-03-01 for a report "
        "about 2023"
    ]
