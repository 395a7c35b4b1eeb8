"""The govreport command: each verb, each exit code, and bad input in one line."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import govreport as gr
from govreport._cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "lutang_2023.py"
SEED = Path(__file__).parent / "data" / "lutang_2023.txt"


def _consistent() -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=2023,
        preamble=[
            gr.Paragraph(
                text=gr.text("检查企业{n}。", n=gr.metric("firms", 366, "家", label="检查企业"))
            )
        ],
    )


@pytest.fixture
def consistent_json(tmp_path: Path) -> Path:
    """A report without errors, as JSON."""
    path = tmp_path / "ok.json"
    path.write_text(gr.to_json(_consistent()), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestRender:
    @pytest.mark.parametrize("to", ["text", "markdown", "html"])
    def test_render_python_example(self, capsys: pytest.CaptureFixture[str], to: str) -> None:
        """A .py file defining `report` prints exactly that report rendered to the format."""
        report = runpy.run_path(str(EXAMPLE))["report"]
        status, out, err = run(capsys, "render", str(EXAMPLE), "--to", to)
        assert (status, out, err) == (0, gr.render(report, to), "")

    def test_render_json_round_trips(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """--to json writes the JSON form."""
        status, out, _ = run(capsys, "render", str(consistent_json), "--to", "json")
        assert status == 0
        assert gr.from_json(out) == _consistent()

    def test_render_to_file(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path, tmp_path: Path
    ) -> None:
        """-o writes the output to a file."""
        target = tmp_path / "out.txt"
        status, out, _ = run(
            capsys, "render", str(consistent_json), "--to", "text", "-o", str(target)
        )
        assert (status, out) == (0, "")
        assert "检查企业366家" in target.read_text(encoding="utf-8")

    def test_render_text_import(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A .txt report is imported, then rendered."""
        status, out, _ = run(capsys, "render", str(SEED), "--to", "text")
        assert status == 0
        assert "共计发文560件" in out

    def test_unknown_format(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """An unknown renderer name exits 2 listing the available ones."""
        status, _, err = run(capsys, "render", str(consistent_json), "--to", "pdf")
        assert status == 2
        assert "no renderer named 'pdf'; available:" in err
        assert "html" in err


class TestCheck:
    def test_example_has_an_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The township report has one error: exit 1, the finding printed."""
        status, out, _ = run(capsys, "check", str(EXAMPLE))
        assert status == 1
        assert "一（二）3.（4）: error [sum-mismatch]" in out

    def test_consistent_report_exits_zero(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """No error finding: exit 0."""
        status, out, _ = run(capsys, "check", str(consistent_json))
        assert status == 0
        assert out.strip().endswith("0 error(s), 0 warning(s), 0 info")

    def test_json_format(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--format json prints an array of findings with the fixed keys."""
        status, out, _ = run(capsys, "check", str(EXAMPLE), "--format", "json")
        findings = json.loads(out)
        assert status == 1
        errors = [f for f in findings if f["severity"] == "error"]
        assert len(errors) == 1
        assert set(errors[0]) == {"code", "severity", "location", "message", "metrics"}
        assert errors[0]["metrics"][0] == "documents.total"

    def test_kind_option(self, capsys: pytest.CaptureFixture[str], consistent_json: Path) -> None:
        """--kind checks the report as a statutory kind: missing parts are reported."""
        status, out, _ = run(capsys, "check", str(consistent_json), "--kind", "rule-of-law")
        assert "missing-part" in out
        assert status == 1

    def test_unknown_kind(self, capsys: pytest.CaptureFixture[str], consistent_json: Path) -> None:
        """An unknown kind is bad usage."""
        status, _, err = run(capsys, "check", str(consistent_json), "--kind", "no-such-kind")
        assert status == 2
        assert "no-such-kind" in err

    def test_folder(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent_json: Path
    ) -> None:
        """A folder is checked file by file: a summary line each, progress on stderr."""
        (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        status, out, err = run(capsys, "check", str(tmp_path))
        assert status == 1
        lines = out.strip().splitlines()
        assert lines == [f"{consistent_json}: 0 error(s), 0 warning(s), 0 info", lines[1]]
        assert lines[1].startswith(f"{tmp_path / 'seed.txt'}: 1 error(s)")
        assert "[2/2] checking" in err

    def test_empty_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder without reports is bad input."""
        status, _, err = run(capsys, "check", str(tmp_path))
        assert status == 2
        assert "no .py, .json or .txt report files" in err


class TestBadInput:
    @pytest.mark.parametrize(
        ("name", "content", "reason"),
        [
            ("missing.json", None, "cannot read: No such file or directory"),
            ("empty.json", "", "the file is empty"),
            ("blank.txt", "  \n\n", "the file is empty"),
            ("bad.json", "{not json", "not valid JSON"),
            (
                "wrong.json",
                '{"schema_version": 1, "title": "x"}',
                "required field missing @ $.authority",
            ),
            ("binary.json", b"\xff\xfe\x00", "cannot read:"),
            ("noreport.py", "x = 1\n", "defines no module-level `report`"),
            ("crash.py", "raise RuntimeError('boom')\n", "running it raised RuntimeError: boom"),
            ("report.docx", "x", "expected a .py, .json or .txt file"),
        ],
    )
    def test_one_line_reason(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        name: str,
        content: str | bytes | None,
        reason: str,
    ) -> None:
        """Unreadable, empty and malformed input exits 2 with one line, never a traceback."""
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif content is not None:
            path.write_text(content, encoding="utf-8")
        for verb in (["check"], ["render", "--to", "text"]):
            status, out, err = run(capsys, *verb[:1], str(path), *verb[1:])
            assert status == 2
            assert out == ""
            assert err.count("\n") == 1
            assert err.startswith(f"govreport: error: {path}")
            assert reason in err
            assert "Traceback" not in err

    def test_missing_arguments_are_usage_errors(self) -> None:
        """argparse usage errors exit 2."""
        with pytest.raises(SystemExit) as exit_:
            main(["render"])
        assert exit_.value.code == 2


class TestParse:
    def test_parse_to_json(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """parse imports a text report and writes JSON."""
        target = tmp_path / "seed.json"
        status, _, _ = run(capsys, "parse", str(SEED), "-o", str(target))
        report = gr.from_json(target.read_text(encoding="utf-8"))
        assert status == 0
        assert report.year == 2023

    def test_parse_needs_text(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """parse reads .txt files only."""
        status, _, err = run(capsys, "parse", str(consistent_json))
        assert status == 2
        assert "parse reads a .txt file" in err


class TestNumeral:
    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (["100010000"], "一亿零一万"),
            (["16", "--financial"], "壹拾陆"),
            (["1234.56", "--rmb"], "壹仟贰佰叁拾肆元伍角陆分"),
            (["2023", "--digits"], "二〇二三"),
            (["一亿零一万", "--parse"], "100010000"),
            (["0.05"], "零点零五"),
        ],
    )
    def test_numeral(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
    ) -> None:
        """The formatter and parser from the shell."""
        status, out, _ = run(capsys, "numeral", *argv)
        assert (status, out) == (0, expected + "\n")

    @pytest.mark.parametrize(
        ("argv", "reason"),
        [
            (["abc"], "'n' must be a decimal number (got 'abc')"),
            (["十十", "--parse"], "position 1"),
        ],
    )
    def test_bad_numeral(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
    ) -> None:
        """A value that is not a number exits 2 with the reason."""
        status, _, err = run(capsys, "numeral", *argv)
        assert status == 2
        assert reason in err


def test_python_dash_m_and_help_speed() -> None:
    """python -m govreport works and --help prints usage."""
    done = subprocess.run(
        [sys.executable, "-m", "govreport", "--help"], capture_output=True, text=True, check=True
    )
    assert "render" in done.stdout
    assert "numeral" in done.stdout


def test_help_imports_nothing_heavy() -> None:
    """--help loads neither the renderers, cattrs nor the checks."""
    code = (
        "import sys; from govreport._cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('cattrs', 'govreport.renderers', 'govreport.checks', 'babel.dates') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
