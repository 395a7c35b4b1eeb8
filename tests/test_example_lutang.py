"""examples/lutang_2023.py: the seed report as one instance of the model."""

from __future__ import annotations

import runpy
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import govreport as gr

ROOT = Path(__file__).resolve().parents[1]
SEED = (Path(__file__).parent / "data" / "lutang_2023.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report() -> gr.Report:
    """The example's module-level report."""
    found = runpy.run_path(str(ROOT / "examples" / "lutang_2023.py"))["report"]
    assert isinstance(found, gr.Report)
    return found


def _normalise(text: str) -> list[str]:
    """Lines without trailing white space, blank lines dropped."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def _figure(q: gr.Quantity) -> tuple[Decimal, str, str | None, str | None]:
    return (q.value, q.unit, q.approx, q.scale)


# Every figure the seed states, in reading order, as (value, unit, approx, scale).
SEED_FIGURES = [
    (10, "次", "余", None),
    (30, "次", "余", None),
    (400, "份", "余", None),
    (20, "次", "余", None),
    (6, "次", None, None),
    (1000, "份", "余", None),
    (100, "%", None, None),
    (3, "项", None, None),  # “三项制度”
    (1, "名", None, None),
    (10, "个", None, None),  # 10个村
    (10, "个", None, None),  # 10个贵和工作室
    (149, "个", None, None),
    (10, "个", None, None),  # 定期对10个村
    (1, "名", None, None),  # 1名专业律师
    (10, "个", None, None),  # 辖区10个村
    (560, "件", None, None),
    (76, "件", None, None),
    (48, "件", None, None),
    (157, "件", None, None),
    (58, "件", None, None),
    (206, "件", None, None),
    (6, "份", None, None),
    (6, "份", None, None),
    (100, "%", None, None),
    (2, "名", "以上", None),
    (8, "", None, None),  # 八大领域
    (366, "家", None, None),
    (1464, "人次", None, None),
    (480, "次", None, None),
    (72, "个", None, None),
    (15, "次", None, None),
    (Decimal("0.9"), "元", None, "万"),
    (4, "个", None, None),  # 以下四个方面
]


def test_every_figure_is_a_typed_metric(report: gr.Report) -> None:
    """All the seed's figures are metrics, in reading order."""
    found = [_figure(m.quantity) for m in report.metrics().values()]
    assert found == [(Decimal(v), u, a, s) for v, u, a, s in SEED_FIGURES]


def test_counts_in_fixed_wording_use_chinese_numerals(report: gr.Report) -> None:
    """三项制度, 八大领域 and 四个方面 are figures written in Chinese numerals."""
    metrics = report.metrics()
    for id_ in ("enforcement.three_systems", "enforcement.fields", "plan.areas"):
        assert metrics[id_].quantity.numerals == "chinese"


def test_years_are_derived(report: gr.Report) -> None:
    """No year is typed as characters: every 2023/2024 in the prose is a ReportYear."""
    for text in gr._report.walk_texts(report):
        assert not any("2023" in p or "2024" in p for p in text.parts if isinstance(p, str))


def test_relations(report: gr.Report) -> None:
    """The total with its five parts and the three declared counts are modelled."""
    total, *counts = report.relations
    assert total == gr.Total(
        total="documents.total",
        parts=[f"documents.{k}" for k in ("wei_fa", "wei_wen", "fu_fa", "fu_wen", "fu_han")],
    )
    assert [c.items for c in counts if isinstance(c, gr.DeclaredCount)] == [
        "enforcement.fields.items",
        "enforcement.three_systems.items",
        "plan",
    ]


def test_document_references(report: gr.Report) -> None:
    """The cited documents are typed references with validated numbers."""
    numbers = [str(r.number) for r in report.references() if r.number is not None]
    assert numbers == ["工作通知〔2023〕38号", "石柱府办发〔2023〕26号"]
    assert len(report.references()) == 4


def test_section_tree(report: gr.Report) -> None:
    """一 to 四; （一）（二）; 1.–3.; （1）–（5）; four plan items."""
    one, _two, _three, four = report.sections
    assert len(report.sections) == 4
    assert len(one.children) == 2
    assert len(one.children[1].children) == 3
    assert len(one.children[1].children[2].children) == 5
    assert len(four.children) == 4


def test_json_round_trip(report: gr.Report) -> None:
    """The JSON form loads back to an equal report."""
    assert gr.from_json(gr.to_json(report)) == report


def test_text_reproduces_the_seed(report: gr.Report) -> None:
    """The text renderer reproduces the seed, up to trailing white space and blank lines."""
    assert _normalise(gr.render(report, "text")) == _normalise(SEED)


def test_single_error_is_the_missing_fifteen_documents(report: gr.Report) -> None:
    """Checking finds exactly one error: the five parts add up to 545, not 560."""
    errors = [f for f in gr.check(report) if f.severity == "error"]
    assert len(errors) == 1
    (error,) = errors
    assert (error.code, error.location) == ("sum-mismatch", "一（二）3.（4）")
    assert "560" in error.message
    assert "545" in error.message


def test_main_writes_every_format(tmp_path: Path) -> None:
    """The script writes text, Markdown, HTML and JSON, says where, and prints the findings."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "lutang_2023.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    for suffix in ("txt", "md", "html", "json"):
        assert (tmp_path / f"lutang_2023.{suffix}").stat().st_size > 1000
    assert str(tmp_path) in done.stdout
    assert "sum-mismatch" in done.stdout
    assert gr.from_json((tmp_path / "lutang_2023.json").read_text(encoding="utf-8")).year == 2023
