"""Hypothesis strategies: consistent cases check clean, inconsistent ones report their problem."""

from __future__ import annotations

import importlib
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies
from govreport.checks import check
from govreport.strategies import Related

# Budgets as multiples of the loaded profile's (conftest.py), so `--hypothesis-profile=dev` shortens them.
REPORTS = settings(max_examples=settings.default.max_examples * 6 // 5)
CASES = settings(max_examples=settings.default.max_examples * 3 // 2)


def report_with(case: Related, metrics: tuple[gr.Metric, ...] | None = None) -> gr.Report:
    """A small report holding *case* in its first section (a counted section comes second)."""
    inlines: list[gr.Inline] = list(case.metrics if metrics is None else metrics)
    blocks: list[gr.Block] = []
    extra: list[gr.Section] = []
    item = case.item
    if isinstance(item, gr.Section):  # the count is in the counted section's title
        extra.append(item)
        inlines = []
    elif isinstance(item, gr.Terms):
        inlines.append(item)
    elif item is not None:
        blocks.append(item)
    paragraph = gr.Paragraph(text=gr.Text(("据统计，", *inlines, "。")))
    return gr.Report(
        title="2023年度报告",
        authority="某乡人民政府",
        year=2023,
        sections=[gr.Section(title="情况", blocks=[paragraph, *blocks]), *extra],
        relations=[case.relation],
    )


def expected_location(case: Related) -> str:
    return "二" if isinstance(case.item, gr.Section) else "一"


class TestConsistent:
    @REPORTS
    @given(strategies.reports())
    def test_reports_have_no_error(self, report: gr.Report) -> None:
        """check() reports no error on any consistent report."""
        assert [f for f in check(report) if f.severity == "error"] == []

    @CASES
    @given(st.one_of(strategies.totals(), strategies.rates(), strategies.declared_counts()))
    def test_relations_have_no_finding(self, case: Related) -> None:
        """Consistent totals, rates and counts give no finding at all."""
        assert case.expected is None
        assert check(report_with(case)) == []

    @CASES
    @given(
        st.one_of(strategies.totals(approximate=False), strategies.rates(approximate=False)),
        st.data(),
    )
    def test_rounding_never_creates_a_finding(self, case: Related, data: st.DataObject) -> None:
        """Restating any exact figure at a coarser precision (1.2万元, 30余件…) keeps it consistent."""
        # Rates are written rounded already; restate their numerator or denominator.
        low = 1 if isinstance(case.relation, gr.Rate) else 0
        n = data.draw(st.integers(low, len(case.metrics) - 1), label="which figure")
        old = case.metrics[n]
        new = attrs.evolve(old, quantity=data.draw(strategies.roundings(old.quantity)))
        metrics = (*case.metrics[:n], new, *case.metrics[n + 1 :])
        assert check(report_with(case, metrics)) == []


class TestInconsistent:
    @CASES
    @given(
        st.one_of(
            strategies.inconsistent_totals(),
            strategies.inconsistent_rates(),
            strategies.inconsistent_counts(),
        )
    )
    def test_each_case_reports_exactly_its_problem(self, case: Related) -> None:
        """Each inconsistent relation gives one finding: its code, its metrics, where it is."""
        found = check(report_with(case))
        assert [(f.code, f.severity, f.location, f.metrics) for f in found] == [
            (case.expected, "error", expected_location(case), case.involved)
        ]

    @pytest.mark.parametrize("problem", ["short", "over", "unit"])
    def test_every_sum_problem(self, problem: Any) -> None:
        """Each kind of sum fault is reported as sum-mismatch."""

        @settings(max_examples=settings.default.max_examples * 3 // 10)
        @given(strategies.inconsistent_totals(problem=problem))
        def run(case: Related) -> None:
            assert [f.code for f in check(report_with(case))] == ["sum-mismatch"]

        run()

    @pytest.mark.parametrize(
        ("problem", "code"),
        [("ratio", "ratio-mismatch"), ("range", "percent-range"), ("marker", "percent-range")],
    )
    def test_every_rate_problem(self, problem: Any, code: str) -> None:
        """Each kind of rate fault gives its own code, once."""

        @settings(max_examples=settings.default.max_examples * 3 // 10)
        @given(strategies.inconsistent_rates(problem=problem))
        def run(case: Related) -> None:
            assert case.expected == code
            assert [f.code for f in check(report_with(case))] == [code]

        run()

    @REPORTS
    @given(strategies.inconsistent_reports())
    def test_reports_have_exactly_the_injected_problem(self, case: strategies.Injected) -> None:
        """Amid consistent content, check() finds the one injected problem and nothing else."""
        found = check(case.report)
        assert [(f.code, f.location, f.metrics) for f in found] == [
            (case.code, case.location, case.metrics)
        ]


class TestValues:
    @given(strategies.quantities())
    def test_quantities_denote_something(self, quantity: gr.Quantity) -> None:
        """Drawn figures are valid and never denote an empty interval."""
        assert not quantity.interval().is_empty

    @settings(max_examples=settings.default.max_examples * 3 // 5)
    @given(strategies.texts(hostile=False), strategies.strings(alphabet="ab"))
    def test_text_knobs(self, text: gr.Text, word: str) -> None:
        """hostile=False keeps markup characters out; alphabet= restricts the characters."""
        assert not set(text.plain()) & set("<>&*#_`[]|~\\\n")
        assert set(word) <= {"a", "b"}

    def test_hostile_characters_are_drawn(self) -> None:
        """By default texts include characters that mean something to Markdown and HTML."""
        from hypothesis import find

        markup = set("<>&*#_`[]|~\\\n")
        found = find(
            strategies.texts(),
            lambda t: bool(set(t.plain()) & markup),
            settings=settings(database=None, max_examples=2000),
        )
        assert set(found.plain()) & markup


PUBLIC_MODELS = [
    gr.Report,
    gr.Section,
    gr.Paragraph,
    gr.Points,
    gr.Point,
    gr.Commitment,
    gr.Table,
    gr.Cell,
    gr.Quantity,
    gr.Metric,
    gr.Text,
    gr.Year,
    gr.ReportYear,
    gr.Terms,
    gr.DocumentNumber,
    gr.DocumentReference,
    gr.Total,
    gr.Rate,
    gr.DeclaredCount,
    gr.Closing,
    gr.Interval,
]


@pytest.mark.parametrize("cls", PUBLIC_MODELS, ids=lambda c: c.__name__)
def test_from_type_works_for_every_public_model(cls: type[Any]) -> None:
    """st.from_type draws valid instances of every public model class."""

    @settings(max_examples=settings.default.max_examples // 10)
    @given(st.from_type(cls))
    def run(value: object) -> None:
        assert isinstance(value, cls)

    run()


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_core_never_imports_hypothesis() -> None:
    """import govreport (and its checks) leaves hypothesis unimported."""
    done = _python(
        "import sys, govreport, govreport.checks; "
        "assert 'hypothesis' not in sys.modules, 'hypothesis imported'"
    )
    assert done.returncode == 0, done.stderr


def test_entry_point_registers_on_import_of_hypothesis() -> None:
    """Importing hypothesis loads the govreport hook, so from_type knows the models."""
    done = _python(
        "import sys, hypothesis; assert 'govreport.strategies' in sys.modules; "
        "from hypothesis import strategies as st; import govreport as gr; "
        "print(st.from_type(gr.Report))"
    )
    assert done.returncode == 0, done.stderr


def test_unknown_problem_code_is_refused() -> None:
    """inconsistent_reports(codes=...) names the problems it can inject."""
    with pytest.raises(gr.ValidationError, match="'codes' must be some of sum-mismatch"):
        strategies.inconsistent_reports(codes=["deadline"])  # type: ignore[list-item]


class TestReportPairs:
    @CASES
    @given(strategies.report_pairs())
    def test_consistent_pairs_yield_no_finding(self, pair: strategies.Pair) -> None:
        result = gr.compare(pair.previous, pair.current)
        assert result.findings == ()
        assert all(change.holds is not False for change in result.changes)
        assert [m.by for m in result.matched] == ["id"] * len(pair.previous.metrics())
        assert pair.code is None
        assert [f for f in gr.check(pair.current) if f.severity == "error"] == []

    @CASES
    @given(strategies.report_pairs(inconsistent=True))
    def test_the_injected_mismatch_is_found_at_its_place(self, pair: strategies.Pair) -> None:
        found = gr.compare(pair.previous, pair.current).findings
        assert [(f.code, f.location, f.metrics) for f in found] == [
            (pair.code, pair.location, pair.metrics)
        ]
        assert gr.check(pair.current) == []  # the changes are open: only compare sees them


_PUBLIC_MODULES = (
    "govreport",
    "govreport.checks",
    "govreport.kinds",
    "govreport.renderers",
    "govreport.renderers.html",
    "govreport.renderers.json",
    "govreport.strategies",
)


def _public_attrs_classes() -> list[type]:
    found: dict[type, None] = {}
    for name in _PUBLIC_MODULES:
        module = importlib.import_module(name)
        for attr in module.__all__:
            value = getattr(module, attr)
            if isinstance(value, type) and attrs.has(value):
                found[value] = None
    return list(found)


def test_the_public_classes_are_all_found() -> None:
    """The list below is computed, so a new public class cannot be missed."""
    names = {cls.__name__ for cls in _public_attrs_classes()}
    assert {"Finding", "Kind", "Node", "HTMLOptions", "JSONOptions", "Report", "Related"} <= names


@pytest.mark.parametrize("cls", _public_attrs_classes(), ids=lambda cls: cls.__name__)
def test_every_public_attrs_class_has_a_working_strategy(cls: type) -> None:
    """st.from_type draws valid instances of every public attrs class (issue 17: Finding)."""

    @settings(max_examples=max(settings.default.max_examples // 10, 3), database=None)
    @given(st.from_type(cls))
    def draws(value: object) -> None:
        assert type(value) is cls

    draws()


@given(st.from_type(gr.Finding))
def test_drawn_findings_read_as_findings(finding: gr.Finding) -> None:
    """A drawn finding has a valid code and severity and prints on one line per its message."""
    assert str(finding).startswith(f"{finding.severity} {finding.code}")
    assert gr.Finding(**attrs.asdict(finding, recurse=False)) == finding


def test_a_pair_s_section_titled_like_a_heading_marker_is_opened_with_guan_yu() -> None:
    """A label such as 0、 would be refused as a section title: the pair's section takes
    the one fix every strategy uses for titles (``unmarked``)."""
    from govreport._strategies.pairs import _section

    metric = gr.metric("a", 1, "件", label="0、")
    assert _section("0、", [metric]).title == gr.Text(("关于0、",))
