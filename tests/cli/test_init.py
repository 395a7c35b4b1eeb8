"""The govreport command: each verb, each exit code, and bad input in one line."""

from __future__ import annotations

import io
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import govreport as gr
from govreport._cli import main
from govreport.renderers import available_renderers, render

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "lutang_2023.py"
SEED = Path(__file__).parents[1] / "data" / "lutang_2023.txt"


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

    def test_render_json_goes_through_the_registry(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """--to json writes render(report, "json"), which is to_json, and a final newline."""
        status, out, _ = run(capsys, "render", str(consistent_json), "--to", "json")
        assert status == 0
        assert out == gr.to_json(_consistent()) + "\n"

    def test_render_to_file(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path, tmp_path: Path
    ) -> None:
        """-o writes the output to a file, in UTF-8."""
        target = tmp_path / "out.txt"
        status, out, _ = run(
            capsys, "render", str(consistent_json), "--to", "text", "-o", str(target)
        )
        assert (status, out) == (0, "")
        assert target.read_text(encoding="utf-8") == render(_consistent(), "text")

    def test_dash_is_standard_output(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """-o - writes to standard output, like no -o for a text format."""
        status, out, _ = run(capsys, "render", str(consistent_json), "--to", "html", "-o", "-")
        assert (status, out) == (0, render(_consistent(), "html"))

    @pytest.mark.parametrize(
        ("name", "to"),
        [("out.txt", "text"), ("out.md", "markdown"), ("out.HTML", "html"), ("out.json", "json")],
    )
    def test_format_from_the_output_suffix(
        self,
        capsys: pytest.CaptureFixture[str],
        consistent_json: Path,
        tmp_path: Path,
        name: str,
        to: str,
    ) -> None:
        """Without --to, the format is the one whose suffix -o has."""
        target = tmp_path / name
        status, _, _ = run(capsys, "render", str(consistent_json), "-o", str(target))
        assert status == 0
        assert target.read_text(encoding="utf-8").rstrip("\n") == render(_consistent(), to).rstrip(
            "\n"
        )

    @pytest.mark.parametrize(
        ("argv", "reason"),
        [
            (["-o", "out.xyz"], "no renderer writes .xyz files; give --to FORMAT (available: "),
            ([], "give --to FORMAT, or -o FILE with a suffix to infer it from (available: "),
            (["-o", "-"], "give --to FORMAT, or -o FILE with a suffix to infer it from"),
            (["-o", "README"], "give --to FORMAT, or -o FILE with a suffix to infer it from"),
        ],
    )
    def test_format_cannot_be_inferred(
        self,
        capsys: pytest.CaptureFixture[str],
        consistent_json: Path,
        tmp_path: Path,
        argv: list[str],
        reason: str,
    ) -> None:
        """No --to and no telling suffix: exit 2 with one line listing the formats."""
        argv = [str(tmp_path / a) if a not in ("-o", "-") else a for a in argv]
        status, out, err = run(capsys, "render", str(consistent_json), *argv)
        assert (status, out, err.count("\n")) == (2, "", 1)
        assert err.startswith("govreport: error: " + reason)
        assert f"(available: {', '.join(available_renderers())})" in err
        assert not list(tmp_path.glob("out.*"))

    def test_renderer_options(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--numerals, --numbering and --fragment are passed to the renderer."""
        item = gr.Section(title="细项")
        report = gr.Report(
            title=gr.text("{y}年度报告", y=gr.ReportYear()),
            authority="某乡人民政府",
            year=2023,
            sections=[
                gr.Section(
                    title="举措",
                    children=[
                        gr.Section(title="甲", children=[item]),
                        gr.Section(title="乙", children=[item]),
                    ],
                )
            ],
        )
        path = tmp_path / "report.json"
        path.write_text(gr.to_json(report), encoding="utf-8")
        argv = ["render", str(path), "--numerals", "chinese", "--numbering", "continuous"]
        status, out, _ = run(capsys, *argv, "--to", "text")
        assert status == 0
        assert out.splitlines()[1:] == [
            "二〇二三年度报告", "", "一、举措", "（一）甲", "1.细项", "（二）乙", "2.细项",
        ]  # fmt: skip
        status, out, _ = run(capsys, *argv, "--to", "html", "--fragment")
        assert (status, out) == (
            0,
            render(report, "html", numerals="chinese", numbering="continuous", fragment=True),
        )
        assert out.startswith("<article")

    @pytest.mark.parametrize(
        ("argv", "reason"),
        [
            (["--to", "text", "--fragment"], "unknown option 'fragment' for the 'text' renderer"),
            (["--to", "json", "--numerals", "chinese"], "unknown option 'numerals' for the 'json'"),
            (
                ["--to", "text", "--numerals", "roman"],
                "'numerals' must be one of 'arabic', 'chinese' (got 'roman')",
            ),
            (
                ["--to", "html", "--numbering", "runon"],
                "'numbering' must be one of 'restart', 'continuous' (got 'runon')",
            ),
        ],
    )
    def test_bad_renderer_options(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        argv: list[str],
        reason: str,
    ) -> None:
        """A bad option fails in one line before the input is even read (a .py is not run)."""
        script = tmp_path / "report.py"
        ran = tmp_path / "ran"
        script.write_text(f"open({str(ran)!r}, 'w').close()\n", encoding="utf-8")
        status, out, err = run(capsys, "render", str(script), *argv)
        assert (status, out, err.count("\n")) == (2, "", 1)
        assert reason in err
        assert not ran.exists()

    def test_unknown_format(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """An unknown renderer name exits 2 listing the available ones."""
        status, _, err = run(capsys, "render", str(consistent_json), "--to", "rtf")
        assert status == 2
        assert f"no renderer named 'rtf'; available: {', '.join(available_renderers())}" in err

    def test_cannot_write(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path, tmp_path: Path
    ) -> None:
        """An output path that cannot be written is one line, exit 2."""
        target = tmp_path / "no" / "such" / "out.txt"
        status, _, err = run(capsys, "render", str(consistent_json), "-o", str(target))
        assert status == 2
        assert err == f"govreport: error: {target}: cannot write: No such file or directory\n"

    def test_unencodable_text(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """Text that UTF-8 cannot encode (a lone surrogate) ends in one line, never a traceback."""
        source = tmp_path / "surrogate.json"
        source.write_text(
            '{"schema_version": 1, "title": "\\ud800", "authority": "某乡", "year": 2023}',
            encoding="utf-8",
        )
        target = tmp_path / "out.txt"
        status, out, err = run(capsys, "render", str(source), "-o", str(target))
        assert (status, out, err.count("\n")) == (2, "", 1)
        assert err.startswith("govreport: error: ")
        assert "Traceback" not in err
        assert not target.exists()


class TestWordAndPDF:
    """``--to docx`` and ``--to pdf`` write the renderers' bytes to ``-o``, or infer the format from it."""

    @pytest.mark.parametrize(
        ("fmt", "argv"),
        [
            ("docx", ["--to", "docx", "-o", "out.docx"]),
            ("docx", ["-o", "out.DOCX"]),
            ("pdf", ["--to", "pdf", "-o", "out.pdf"]),
            ("pdf", ["-o", "out.pdf"]),
        ],
    )
    def test_written_to_the_file(
        self,
        capsys: pytest.CaptureFixture[str],
        consistent_json: Path,
        fmt: str,
        argv: list[str],
    ) -> None:
        pytest.importorskip({"docx": "docx", "pdf": "weasyprint"}[fmt])
        target = consistent_json.parent / argv[-1]
        argv[-1] = str(target)
        status, out, err = run(capsys, "render", str(consistent_json), *argv)
        assert (status, out, err) == (0, "", "")
        report = gr.from_json(consistent_json.read_text(encoding="utf-8"))
        assert target.read_bytes() == render(report, fmt)

    @pytest.mark.parametrize("fmt", ["docx", "pdf"])
    def test_refused_without_output(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path, fmt: str
    ) -> None:
        pytest.importorskip({"docx": "docx", "pdf": "weasyprint"}[fmt])
        status, out, err = run(capsys, "render", str(consistent_json), "--to", fmt)
        assert (status, out) == (2, "")
        assert err == (
            f"govreport: error: {fmt!r} output is binary: "
            f"write it to a file with -o FILE.{fmt}, or pipe it with -o -\n"
        )


class TestBinaryRender:
    """A binary renderer (a plug-in here) writes bytes to files and never to a terminal."""

    def test_bytes_to_a_file(self, capsys: pytest.CaptureFixture[str], plugin_dist: Path) -> None:
        """-o writes the bytes as they are; --to is inferred from the plug-in's suffix."""
        expected = render(runpy.run_path(str(EXAMPLE))["report"], "packed")
        assert isinstance(expected, bytes)
        assert expected[4:].decode("utf-16-le").startswith("一、")
        for argv in (["--to", "packed"], []):
            target = plugin_dist / "out.pak"
            status, out, err = run(capsys, "render", str(EXAMPLE), *argv, "-o", str(target))
            assert (status, out, err) == (0, "", "")
            assert target.read_bytes() == expected
            target.unlink()

    def test_refused_without_output(
        self, capsys: pytest.CaptureFixture[str], plugin_dist: Path, consistent_json: Path
    ) -> None:
        """Binary output needs -o: one line, exit 2, nothing printed."""
        status, out, err = run(capsys, "render", str(consistent_json), "--to", "packed")
        assert (status, out) == (2, "")
        assert err == (
            "govreport: error: 'packed' output is binary: "
            "write it to a file with -o FILE.pak, or pipe it with -o -\n"
        )

    def test_refused_on_a_terminal(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        plugin_dist: Path,
        consistent_json: Path,
    ) -> None:
        """-o - to a terminal is refused as well."""
        terminal = io.BytesIO()

        class Terminal(io.TextIOWrapper):
            def isatty(self) -> bool:
                return True

        monkeypatch.setattr(sys, "stdout", Terminal(terminal, encoding="utf-8"))
        status = main(["render", str(consistent_json), "--to", "packed", "-o", "-"])
        assert status == 2
        assert terminal.getvalue() == b""
        assert capsys.readouterr().err == (
            "govreport: error: 'packed' output is binary and standard output is a terminal: "
            "write it to a file with -o FILE.pak, or redirect standard output\n"
        )

    def test_piped(self, plugin_dist: Path) -> None:
        """-o - writes the bytes to standard output when it is a pipe."""
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "govreport",
                "render",
                str(EXAMPLE),
                "--to",
                "packed",
                "-o",
                "-",
            ],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(plugin_dist)},
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, b"")
        assert done.stdout == render(runpy.run_path(str(EXAMPLE))["report"], "packed")


class TestLanguage:
    LINE_ZH = (
        "一（二）3.（4）：错误［sum-mismatch］各分项（委发76件、委文48件、府发157件、府文58件、"
        "府函206件）合计545件，比总数“共计发文560件”少15件。"
    )

    def test_lang_zh(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Findings and the summary in Chinese, as staff cite them."""
        status, out, _ = run(capsys, "check", str(EXAMPLE), "--lang", "zh")
        assert status == 1
        assert self.LINE_ZH in out.splitlines()
        assert out.splitlines()[-1] == "错误1个，警告0个，提示1个"

    @pytest.mark.parametrize(
        ("environ", "chinese"),
        [
            ({"LANG": "zh_CN.UTF-8"}, True),
            ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, True),
            ({"LC_ALL": "C", "LC_MESSAGES": "zh_CN.UTF-8"}, False),
            ({"LC_ALL": "zh_CN.GB18030@pinyin", "LANG": "C"}, True),
            ({"LANG": "fr_FR.UTF-8"}, False),
            ({"LANG": "zh_TW.UTF-8"}, False),
            ({}, False),
        ],
    )
    def test_language_follows_the_environment(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        environ: dict[str, str],
        chinese: bool,
    ) -> None:
        """LC_ALL, then LC_MESSAGES, then LANG; C and languages without a catalog are English."""
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        _, out, _ = run(capsys, "check", str(EXAMPLE))
        assert (self.LINE_ZH in out.splitlines()) is chinese
        assert ("一（二）3.（4）: error [sum-mismatch] the parts" in out) is not chinese

    def test_lang_flag_wins_over_the_environment(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
        _, out, _ = run(capsys, "check", str(EXAMPLE), "--lang", "en")
        assert out.splitlines()[-1] == "1 error(s), 0 warning(s), 1 info"

    def test_error_lines_in_chinese(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        empty = tmp_path / "empty.json"
        empty.write_text("  \n", encoding="utf-8")
        status, out, err = run(capsys, "check", str(empty), "--lang", "zh")
        assert (status, out, err) == (2, "", f"govreport：错误：{empty}：文件为空\n")

    def test_summary_in_chinese(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent_json: Path
    ) -> None:
        """The closing table's words are translated; findings name their file."""
        (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        status, out, err = run(capsys, "check", str(tmp_path), "--lang", "zh")
        assert status == 1
        assert f"{tmp_path / 'seed.txt'}: 一（二）3.（4）：错误［sum-mismatch］" in out
        rows = [line.split() for line in err.splitlines() if not line.startswith("-")]
        assert rows == [
            ["文件", "2"],
            ["无法读取", "0"],
            ["有错误的报告", "1"],
            ["按代码统计的问题"],
            ["missing-part（提示）", "1"],
            ["sum-mismatch（错误）", "1"],
        ]


class TestAnnotated:
    def test_html_to_a_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """--format html -o writes the annotated report; the exit status still counts errors."""
        target = tmp_path / "out.html"
        status, out, err = run(
            capsys, "check", str(EXAMPLE), "--format", "html", "--lang", "zh", "-o", str(target)
        )
        assert (status, out, err) == (1, "", "")
        page = target.read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>")
        assert "检查结果：错误1个，警告0个，提示1个" in page
        assert '<aside class="finding error" id="finding-2" lang="zh-Hans-CN">' in page

    def test_html_needs_one_report(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, consistent_json: Path
    ) -> None:
        status, out, err = run(capsys, "check", str(tmp_path), "--format", "html")
        assert (status, out) == (2, "")
        assert err == "govreport: error: --format html annotates one report: give one file\n"

    def test_text_to_a_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        target = tmp_path / "out.txt"
        status, out, _ = run(capsys, "check", str(EXAMPLE), "-o", str(target))
        assert (status, out) == (1, "")
        assert target.read_text(encoding="utf-8").endswith("1 error(s), 0 warning(s), 1 info\n")


class TestCheck:
    def test_example_has_an_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        """The township report has one error: exit 1, the finding printed."""
        status, out, _ = run(capsys, "check", str(EXAMPLE))
        assert status == 1
        assert "一（二）3.（4）: error [sum-mismatch]" in out

    def test_word_files(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A .docx is checked as its text is, alone or in a folder; one with no report fails
        naming the file and the paragraph."""
        pytest.importorskip("docx")
        report = runpy.run_path(str(EXAMPLE))["report"]
        (tmp_path / "seed.docx").write_bytes(render(report, "docx"))
        status, out, _ = run(capsys, "check", str(tmp_path / "seed.docx"))
        assert status == 1
        assert "一（二）3.（4）: error [sum-mismatch]" in out
        status, out, _ = run(capsys, "check", str(tmp_path))
        assert status == 1
        assert f"{tmp_path / 'seed.docx'}: 一（二）3.（4）: error [sum-mismatch]" in out
        empty = gr.Report(title="总结", authority="某乡人民政府", year=2023)
        (tmp_path / "empty.docx").write_bytes(render(empty, "docx"))
        status, _, err = run(capsys, "check", str(tmp_path / "empty.docx"))
        assert status == 2
        assert err.startswith(
            f"govreport: error: {tmp_path / 'empty.docx'}: paragraph 2: no report"
        )

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
        """A folder is checked file by file: each finding names its file; a table closes."""
        (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        status, out, err = run(capsys, "check", str(tmp_path))
        assert status == 1
        assert f"{tmp_path / 'seed.txt'}: 一（二）3.（4）: error [sum-mismatch]" in out
        assert not any(line.startswith(str(consistent_json)) for line in out.splitlines())
        table = [line.rsplit(maxsplit=1) for line in err.splitlines()[1:4]]
        assert table == [["files", "2"], ["could not be read", "0"], ["reports with errors", "1"]]

    def test_empty_folder(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """A folder without reports is bad input: one line naming it, then the table."""
        status, out, err = run(capsys, "check", str(tmp_path))
        assert (status, out) == (2, "")
        assert err.splitlines()[0] == (
            f"govreport: error: {tmp_path}: no report files (.json, .txt, .html, .htm, .docx) in this folder"
        )


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
            ("report.rtf", "x", "expected a report file (.py, .json, .txt, .html, .htm, .docx)"),
            ("report.docx", "x", "a .docx that is not a zip"),
            ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Word .doc"),
            ("missing.docx", None, "cannot read: No such file or directory"),
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

    def test_parse_says_what_it_set_aside(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Lines not read into the report are in the JSON, and one line on stderr says so."""
        source = tmp_path / "copy.txt"
        source.write_text(
            "字号：大 中 小\n某乡人民政府\n2023年度工作报告\n一、甲\n乙。\n", encoding="utf-8"
        )
        monkeypatch.setenv("LC_ALL", "C")
        status, out, err = run(capsys, "parse", str(source))
        assert status == 0
        assert [item.text for item in gr.from_json(out).set_aside] == ["字号：大 中 小"]
        assert err == (
            f"govreport: {source}: 1 line(s) set aside (web page 1); "
            "they are listed under set_aside in the JSON\n"
        )
        status, out, err = run(capsys, "parse", str(SEED))
        assert (status, err) == (0, "")

    def test_parse_a_page(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """parse imports a web page, in the charset it states, and writes JSON."""
        page = tmp_path / "seed.htm"
        seed = gr.parse_text(SEED.read_text(encoding="utf-8"))
        html = render(seed, "html").replace('charset="utf-8"', 'charset="gb2312"')
        page.write_bytes(html.encode("gb18030"))
        status, out, _ = run(capsys, "parse", str(page))
        assert status == 0
        assert gr.from_json(out) == seed

    def test_check_a_page(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """check reads .html files, alone or in a folder."""
        seed = gr.parse_text(SEED.read_text(encoding="utf-8"))
        (tmp_path / "seed.html").write_text(render(seed, "html"), encoding="utf-8")
        status, out, _ = run(capsys, "check", str(tmp_path / "seed.html"))
        assert status == 1
        assert "sum-mismatch" in out
        status, out, _ = run(capsys, "check", str(tmp_path))
        assert f"{tmp_path / 'seed.html'}: 一（二）3.（4）: error [sum-mismatch]" in out

    @pytest.mark.parametrize(
        ("content", "reason"),
        [
            (b"%PDF-1.7", "the page is a PDF file"),
            (b"<p>\xff</p>", "byte offset 3 (FF) does not decode"),
            (b" \n", "the file is empty"),
        ],
    )
    def test_bad_page(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, reason: str
    ) -> None:
        """A page that is not one, or does not decode, is one line naming the file."""
        page = tmp_path / "bad.html"
        page.write_bytes(content)
        for verb in ("parse", "check"):
            status, out, err = run(capsys, verb, str(page))
            assert (status, out, err.count("\n")) == (2, "", 1)
            assert err.startswith(f"govreport: error: {page}: ")
            assert reason in err

    def test_parse_needs_text(
        self, capsys: pytest.CaptureFixture[str], consistent_json: Path
    ) -> None:
        """parse imports reports as published (.txt, .html, .docx), not JSON."""
        status, _, err = run(capsys, "parse", str(consistent_json))
        assert status == 2
        assert "parse imports a report from a .txt, .html, .htm, .docx file" in err

    def test_parse_a_word_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """parse imports a Word file as it imports the same report's text."""
        pytest.importorskip("docx")
        report = runpy.run_path(str(EXAMPLE))["report"]
        source = tmp_path / "seed.docx"
        source.write_bytes(render(report, "docx"))
        status, out, _ = run(capsys, "parse", str(source))
        assert status == 0
        assert gr.from_json(out) == gr.parse_text(render(report, "text"))


class TestNumeral:
    @pytest.mark.parametrize(
        ("argv", "expected"),
        [
            (["100010000"], "一亿零一万"),
            (["16", "--financial"], "壹拾陆"),
            (["1234.56", "--rmb"], "壹仟贰佰叁拾肆元伍角陆分"),
            (["2023", "--digits"], "二〇二三"),
            (["一亿零一万", "--parse"], "100010000"),
            (["三万五", "--parse", "--lenient"], "35000"),
            (["1.2亿", "--parse", "--lenient"], "120000000"),
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
            (["三万五", "--parse"], "lenient=True"),
            (["35", "--lenient"], "--lenient applies to --parse only"),
            (
                ["一" + "亿" * 600, "--parse"],
                "more than 100 digits before the point at position 13",
            ),
            (["1" * 5000], "'n' has more than 100 digits before the point"),
        ],
    )
    def test_bad_numeral(
        self, capsys: pytest.CaptureFixture[str], argv: list[str], reason: str
    ) -> None:
        """A value that is not a number, or too large a one, exits 2 with one line of reason."""
        status, _, err = run(capsys, "numeral", *argv)
        assert status == 2
        assert reason in err
        assert err.count("\n") == 1


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


def _year(year: int, value: int, stated: str | None = None) -> gr.Report:
    """A report of *year* with one count and, optionally, a stated rise in per cent."""
    inlines: list[gr.Inline] = ["受理", gr.metric("cases", value, "件", label="受理")]
    relations: list[gr.Relation] = []
    if stated is not None:
        inlines += ["，增长", gr.metric("cases.rise", stated, "%", change=True, label="增长")]
        relations.append(gr.Change(current="cases", stated="cases.rise", form="rate"))
    return gr.Report(
        title="报告",
        authority="某乡人民政府",
        year=year,
        sections=[gr.Section(title="情况", blocks=[gr.Paragraph(text=gr.Text((*inlines, "。")))])],
        relations=relations,
    )


class TestCompare:
    @pytest.fixture
    def pair(self, tmp_path: Path) -> tuple[Path, Path, Path]:
        paths = (tmp_path / "2023.json", tmp_path / "right.json", tmp_path / "wrong.json")
        for path, report in zip(
            paths, (_year(2023, 50), _year(2024, 60, "20"), _year(2024, 60, "25")), strict=True
        ):
            path.write_text(gr.to_json(report), encoding="utf-8")
        return paths

    def test_text(self, capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path, Path]) -> None:
        old, right, wrong = map(str, pair)
        status, out, _ = run(capsys, "compare", old, right)
        assert status == 0
        assert "一  受理  50件 → 60件  +10件 (+20%)" in out
        assert "right  cases rate (cases.rise) against cases" in out
        assert out.endswith("0 error(s), 0 warning(s), 0 info\n")
        status, out, _ = run(capsys, "compare", old, wrong)
        assert status == 1
        assert (
            "一: error [change-mismatch] the change 增长25% does not match 受理50件 → 受理60件, "
            "which is an increase of 20%"
        ) in out

    def test_json(self, capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path, Path]) -> None:
        status, out, _ = run(capsys, "compare", str(pair[0]), str(pair[2]), "--format", "json")
        data = json.loads(out)
        assert status == 1
        assert data["matched"] == [
            {
                "id": "cases",
                "previous_id": "cases",
                "by": "id",
                "location": "一",
                "label": "受理",
                "previous": "50件",
                "current": "60件",
                "unit": "件",
                "change": "10",
                "relative": "20",
            }
        ]
        assert data["changes"][0]["holds"] is False
        assert [f["code"] for f in data["findings"]] == ["change-mismatch"]
        assert (data["new"], data["dropped"]) == (
            [{"id": "cases.rise", "label": "增长", "written": "25%"}],
            [],
        )

    def test_wrong_order_is_one_line_unless_asked(
        self, capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path, Path]
    ) -> None:
        """Reports in the wrong order: one line naming --any-order, which compares them anyway."""
        status, _, err = run(capsys, "compare", str(pair[1]), str(pair[0]))
        assert status == 2
        assert err == (
            f"govreport: error: OLD must be the earlier report: {pair[1]} is of 2024, {pair[0]} "
            "of 2023 (pass --any-order to compare anyway)\n"
        )
        status, out, _ = run(capsys, "compare", str(pair[1]), str(pair[0]), "--any-order")
        assert status == 0
        assert out.startswith("2024 → 2023: 1 matched, 0 new, 1 dropped")

    def test_refusals_in_chinese(
        self,
        capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch,
        pair: tuple[Path, Path, Path],
    ) -> None:
        """The refusal is worded in the user's language and still names the option."""
        monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
        _, _, err = run(capsys, "compare", str(pair[1]), str(pair[0]))
        assert err == (
            f"govreport：错误：OLD 应为较早的报告：{pair[1]}是2024年的，{pair[0]}是2023年的"
            "（如仍要比较，请加 --any-order）\n"
        )

    def test_different_kinds_name_any_kind(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, pair: tuple[Path, Path, Path]
    ) -> None:
        """Reports of different kinds: one line naming --any-kind, which compares them anyway."""
        other = tmp_path / "kind.json"
        other.write_text(gr.to_json(attrs.evolve(_year(2024, 60), kind="rule-of-law")), "utf-8")
        status, _, err = run(capsys, "compare", str(pair[0]), str(other))
        assert status == 2
        assert err == (
            f"govreport: error: OLD and NEW must be reports of one kind: {pair[0]} is not of a "
            f"statutory kind, {other} is rule-of-law (pass --any-kind to compare anyway)\n"
        )
        status, _, _ = run(capsys, "compare", str(pair[0]), str(other), "--any-kind")
        assert status == 0


def test_compare_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(gr.to_json(_year(2023, 50)), encoding="utf-8")
    new.write_text(gr.to_json(_year(2024, 60, "25")), encoding="utf-8")
    status, out, _ = run(capsys, "compare", str(old), str(new), "--format", "html")
    assert status == 1
    assert out.startswith("<!DOCTYPE html>")
    assert '<li class="wrong">' in out


class TestCharacters:
    @pytest.fixture
    def surrogate_json(self, tmp_path: Path) -> Path:
        path = tmp_path / "bad.json"
        report = gr.Report(
            title="报告", authority="某乡", year=2023, preamble=[gr.Paragraph(text="甲\ud800")]
        )
        path.write_text(gr.to_json(report), encoding="utf-8")
        return path

    @pytest.mark.parametrize("to", ["text", "markdown", "html"])
    def test_lone_surrogate_is_one_line(
        self, capsys: pytest.CaptureFixture[str], surrogate_json: Path, tmp_path: Path, to: str
    ) -> None:
        """A lone surrogate ends in exit 2 and one line naming it, to stdout or to a file."""
        for extra in ([], ["-o", str(tmp_path / "out")]):
            status, out, err = run(capsys, "render", str(surrogate_json), "--to", to, *extra)
            assert (status, out) == (2, "")
            assert err.count("\n") == 1
            assert "U+D800, a lone surrogate" in err

    def test_lone_surrogate_survives_json(
        self, capsys: pytest.CaptureFixture[str], surrogate_json: Path, tmp_path: Path
    ) -> None:
        """--to json keeps it, escaped, so nothing is lost."""
        target = tmp_path / "out.json"
        status, _, _ = run(capsys, "render", str(surrogate_json), "--to", "json", "-o", str(target))
        assert status == 0
        assert gr.from_json(target.read_bytes()) == gr.from_json(surrogate_json.read_bytes())
