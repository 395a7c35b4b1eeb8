"""``govreport check PATH…``: every file checked, in order, in parallel; the worst status wins."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport._cli import main
from govreport._cli._batch import Found, Outcome, Progress, check_files, expand, summary_table

SEED = Path(__file__).parents[1] / "data" / "lutang_2023.txt"


def _report(total: int) -> gr.Report:
    """A township report whose parts add up to 300: consistent when *total* is 300."""
    whole = gr.metric("firms", total, "家", label="检查企业")
    part = gr.metric("firms.large", 300, "家", label="其中规模以上")
    return gr.Report(
        title="2023年度报告",
        authority="某乡人民政府",
        year=2023,
        preamble=[gr.Paragraph(text=gr.text("检查企业{t}，其中规模以上{p}。", t=whole, p=part))],
        relations=[gr.Total(total="firms", parts=["firms.large"])],
    )


# What each kind of file holds, and the exit status it calls for on its own.
_WRITERS = {
    "ok": (lambda: gr.to_json(_report(300)), 0),
    "error": (lambda: gr.to_json(_report(366)), 1),
    "bad": (lambda: "{", 2),
    "empty": (lambda: " \n", 2),
}


def _write(folder: Path, kinds: list[str]) -> None:
    for number, kind in enumerate(kinds):
        (folder / f"{number:03d}-{kind}.json").write_text(_WRITERS[kind][0](), encoding="utf-8")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _table(err: str) -> dict[str, int]:
    """The closing table's rows, label → count."""
    rows = (line.rsplit(maxsplit=1) for line in err.splitlines() if line[-1:].isdigit())
    return {label.strip(): int(count) for label, count in rows if not label.startswith("govreport")}


@pytest.fixture
def province(tmp_path: Path) -> Path:
    """Twelve reports, three unreadable, one with an error, and code that must not run."""
    folder = tmp_path / "province"
    (folder / "county").mkdir(parents=True)
    _write(folder, ["ok"] * 8)
    (folder / "county" / "seed.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    _write(folder / "county", ["bad", "empty", "bad"])
    (folder / "county" / "evil.py").write_text(
        "import pathlib\npathlib.Path(__file__).with_name('ran').touch()\n", "utf-8"
    )
    (folder / "notes.md").write_text("# 备注\n", "utf-8")
    return folder


class TestExpand:
    def test_folders_hold_data_only(self, province: Path) -> None:
        """A folder gives its .json and .txt files, recursively in name order; never .py or .md."""
        files, empty = expand([str(province)], "en")
        names = [p.relative_to(province).as_posix() for p in files]
        assert names == sorted(names)
        assert len(names) == 12
        assert all(name.endswith((".json", ".txt")) for name in names)
        assert empty == []

    def test_named_files_are_taken_as_given(self, tmp_path: Path) -> None:
        """A named .py is kept; an empty folder is a failure line, not the end."""
        (tmp_path / "empty").mkdir()
        files, empty = expand([str(tmp_path / "empty"), "x.py"], "en")
        assert files == [Path("x.py")]
        assert empty == [
            Outcome(
                str(tmp_path / "empty"),
                f"{tmp_path / 'empty'}: no report files (.json, .txt, .html, .htm, .docx) in this folder",
            )
        ]


class TestStatus:
    @settings(max_examples=settings.default.max_examples // 2)
    @given(kinds=st.lists(st.sampled_from(sorted(_WRITERS)), min_size=1, max_size=6))
    def test_worst_result_wins(
        self, tmp_path_factory: pytest.TempPathFactory, kinds: list[str]
    ) -> None:
        """2 if a file could not be read, else 1 if a report has an error, else 0; all counted."""
        folder = tmp_path_factory.mktemp("mix")
        _write(folder, kinds)
        out, err = io.StringIO(), io.StringIO()
        sys_out, sys_err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            status = main(["check", str(folder), "--jobs", "1"])
        finally:
            sys.stdout, sys.stderr = sys_out, sys_err
        assert status == max(_WRITERS[kind][1] for kind in kinds)
        unreadable = sum(_WRITERS[kind][1] == 2 for kind in kinds)
        failures = [
            line for line in err.getvalue().splitlines() if line.startswith("govreport: error: ")
        ]
        assert len(failures) == unreadable
        table = _table(err.getvalue())
        assert table["files"] == len(kinds)
        assert table["could not be read"] == unreadable
        assert table["reports with errors"] == kinds.count("error")
        assert table.get("sum-mismatch (error)", 0) == kinds.count("error")


class TestEveryFile:
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_a_failure_never_stops_the_others(
        self, capsys: pytest.CaptureFixture[str], province: Path, jobs: str
    ) -> None:
        """Twelve files, three failure lines naming them, every finding, the table, status 2."""
        status, out, err = run(capsys, "check", str(province), "--jobs", jobs)
        assert status == 2
        failures = [line for line in err.splitlines() if line.startswith("govreport: error: ")]
        assert len(failures) == 3
        for line in failures:
            assert line.startswith(f"govreport: error: {province / 'county'}/")
        assert any("the file is empty" in line for line in failures)
        assert f"{province / 'county' / 'seed.txt'}: 一（二）3.（4）: error [sum-mismatch]" in out
        table = _table(err)
        assert (table["files"], table["could not be read"], table["reports with errors"]) == (
            12,
            3,
            1,
        )
        assert not (province / "county" / "ran").exists()

    def test_jobs_2_finds_what_jobs_1_finds(self, province: Path) -> None:
        """Processes change the speed, not the outcomes, nor their order."""
        files, _ = expand([str(province)], "en")
        one = list(check_files(files, kind=None, lang="zh_Hans_CN", jobs=1))
        two = list(check_files(files, kind=None, lang="zh_Hans_CN", jobs=2))
        assert one == two
        assert [o.path for o in two] == [str(p) for p in files]
        assert sum(o.has_error for o in two) == 1

    def test_kind_is_checked_once_up_front(
        self, capsys: pytest.CaptureFixture[str], province: Path
    ) -> None:
        """An unknown --kind is one line, not one per file."""
        status, out, err = run(capsys, "check", str(province), "--kind", "no-such-kind")
        assert (status, out) == (2, "")
        assert err.count("\n") == 1
        assert "no-such-kind" in err

    def test_jobs_must_be_positive(self, province: Path) -> None:
        with pytest.raises(SystemExit) as exit_:
            main(["check", str(province), "--jobs", "0"])
        assert exit_.value.code == 2


class TestFormats:
    def test_jsonl_streams_findings_and_failures(
        self, capsys: pytest.CaptureFixture[str], province: Path
    ) -> None:
        """One JSON object per line: each finding, and each file that could not be read."""
        status, out, err = run(capsys, "check", str(province), "--format", "jsonl", "-j", "2")
        assert status == 2
        entries = [json.loads(line) for line in out.splitlines()]
        failed = [e for e in entries if "error" in e]
        findings = [e for e in entries if "code" in e]
        assert len(failed) + len(findings) == len(entries)
        assert len(failed) == 3
        assert all(set(e) == {"path", "error"} and e["error"].startswith(e["path"]) for e in failed)
        assert all(
            set(e) == {"path", "code", "severity", "location", "message", "metrics"}
            for e in findings
        )
        assert {e["code"] for e in findings} >= {"sum-mismatch"}
        assert _table(err)["files"] == 12

    def test_jsonl_for_one_file_names_it(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = run(capsys, "check", str(SEED), "--format", "jsonl")
        assert (status, err) == (1, "")
        assert {json.loads(line)["path"] for line in out.splitlines()} == {str(SEED)}

    def test_json_array_holds_failures(
        self, capsys: pytest.CaptureFixture[str], province: Path
    ) -> None:
        status, out, _ = run(capsys, "check", str(province), "--format", "json")
        entries = json.loads(out)
        assert status == 2
        assert sum("error" in e for e in entries) == 3
        assert all("path" in e for e in entries)

    def test_output_file_gets_the_findings(
        self, capsys: pytest.CaptureFixture[str], province: Path, tmp_path: Path
    ) -> None:
        """-o takes the findings; failures and the table stay on stderr."""
        target = tmp_path / "findings.txt"
        status, out, err = run(capsys, "check", str(province), "-o", str(target))
        assert (status, out) == (2, "")
        assert "[sum-mismatch]" in target.read_text("utf-8")
        assert _table(err)["files"] == 12


class TestSummary:
    def test_counts_files_failures_errors_and_codes(self) -> None:
        """Files, unreadable files, reports with errors, then findings by code."""
        mismatch = Found("sum-mismatch", "error", "一", "合计不符", ("a",))
        late = Found("deadline", "warning", "", "晚了", ())
        outcomes = [
            Outcome("a", findings=(mismatch, late)),
            Outcome("b", findings=(mismatch,)),
            Outcome("c", "c: bad"),
            Outcome("d"),
        ]
        english = summary_table(outcomes, "en").splitlines()
        assert [line.rsplit(maxsplit=1) for line in english if line[-1].isdigit()] == [
            ["files", "4"],
            ["could not be read", "1"],
            ["reports with errors", "2"],
            ["  deadline (warning)", "1"],
            ["  sum-mismatch (error)", "2"],
        ]
        assert "findings by code" in english

    def test_chinese_columns_line_up(self) -> None:
        """Chinese characters take two columns: counts stand in one column."""
        outcomes = [Outcome("a", findings=(Found("sum-mismatch", "error", "", "m", ()),))]
        lines = [
            line
            for line in summary_table(outcomes, "zh_Hans_CN").splitlines()
            if line[-1].isdigit()
        ]
        ends = {sum(2 if ord(c) > 0x2E80 else 1 for c in line) for line in lines}
        assert len(ends) == 1

    def test_no_findings_no_code_rows(self) -> None:
        assert "findings by code" not in summary_table([Outcome("a")], "en")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TestProgress:
    def test_nothing_but_the_table_when_stderr_is_not_a_terminal(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """No progress drawn into a file or pipe: stderr holds the table alone."""
        _write(tmp_path, ["ok", "ok", "ok"])
        status, out, err = run(capsys, "check", str(tmp_path))
        assert (status, out) == (0, "")
        assert err == summary_table([Outcome("x")] * 3, "en") + "\n"

    @staticmethod
    def _drawn(total: int) -> str:
        """What a run of *total* files with one failure line draws on a terminal."""
        err = _Terminal()
        progress = Progress(total, err, "en")
        progress.advance()
        progress.write("govreport: error: x")
        for _ in range(total - 1):
            progress.advance()
        progress.close()
        return err.getvalue()

    def test_plain_line_without_tqdm(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without tqdm, a plain line with files done, rate and ETA is redrawn, then wiped."""
        monkeypatch.setitem(sys.modules, "tqdm", None)
        shown = self._drawn(2)
        assert "2/2 files, " in shown
        assert " files/s, ETA 0 s" in shown
        assert "\ngovreport: error: x\n" in shown.replace("\r\033[K", "\n")
        assert shown.endswith("\r\033[K")

    def test_plain_line_in_chinese(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "tqdm", None)
        progress = Progress(1, _Terminal(), "zh_Hans_CN")
        progress.advance()
        assert progress.line(0.0).startswith("1/1个文件，每秒")

    def test_tqdm_when_installed(self) -> None:
        """With the progress extra, tqdm draws files done, rate and ETA; lines go above it."""
        pytest.importorskip("tqdm")
        shown = self._drawn(2)
        assert "2/2" in shown
        assert "file/s" in shown or "s/file" in shown
        assert "govreport: error: x" in shown


class TestCode:
    def test_python_runs_only_when_named(
        self, capsys: pytest.CaptureFixture[str], province: Path
    ) -> None:
        """The .py a folder holds is left alone; named, it runs (from a worker with -j 2)."""
        evil = province / "county" / "evil.py"
        run(capsys, "check", str(province), "-j", "2")
        assert not (province / "county" / "ran").exists()
        status, _, err = run(capsys, "check", str(evil), str(province / "000-ok.json"), "-j", "2")
        assert (province / "county" / "ran").exists()
        assert status == 2
        assert f"govreport: error: {evil}: defines no module-level `report`" in err

    @pytest.mark.parametrize(
        ("code", "words"),
        [
            ("import sys\nsys.exit(0)\n", "the module called sys.exit(0)"),
            ("import sys\nsys.exit(3)\n", "the module called sys.exit(3)"),
            ("raise SystemExit\n", "the module called sys.exit(None)"),
            ("import os\nos._exit(0)\n", "the module ended the process (exit status 0)"),
            ("raise KeyboardInterrupt\n", "running it raised KeyboardInterrupt"),
        ],
    )
    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_user_code_ends_in_the_contract(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, code: str, words: str, jobs: str
    ) -> None:
        """sys.exit, os._exit, SystemExit and KeyboardInterrupt: exit 2 and one line."""
        path = tmp_path / "user.py"
        path.write_text(code, encoding="utf-8")
        for verb in (["check", str(path), "-j", jobs], ["render", str(path), "--to", "text"]):
            status, out, err = run(capsys, *verb)
            assert (status, out) == (2, "")
            assert err.startswith(f"govreport: error: {path}: {words}")
            assert err.count("\n") == 1


def _default_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_ends_the_run_in_one_line(tmp_path: Path, jobs: str) -> None:
    """Ctrl-C stops the run: exit 130, one line saying how far it got, no traceback."""
    started = tmp_path / "started"
    slow = tmp_path / "slow.py"
    slow.write_text(
        f"import pathlib, time\npathlib.Path({str(started)!r}).touch()\ntime.sleep(60)\n", "utf-8"
    )
    _write(tmp_path, ["ok", "ok"])
    command = [sys.executable, "-m", "govreport", "check", str(slow), str(tmp_path), "-j", jobs]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=environment,
        # A shell without job control starts background jobs with Ctrl-C ignored, and an
        # ignored signal stays ignored across exec: give the command the Ctrl-C a terminal would.
        preexec_fn=_default_ctrl_c,
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists()
        os.killpg(child.pid, signal.SIGINT)
        _, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 130
    assert "Traceback" not in err
    assert err.splitlines()[-1] == "govreport: interrupted after 0 of 3 files"


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path: Path) -> None:
    """`| head` closes the pipe: the run stops with 141 (as for SIGPIPE), no traceback."""
    _write(tmp_path, ["error"] * 5)
    read, write = os.pipe()
    os.close(read)  # nobody will read: the first line written finds the pipe broken
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "govreport", "check", str(tmp_path), "-j", "1"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert done.returncode == 141
    assert done.stderr == ""


def test_a_worker_killed_from_outside_ends_the_run_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies (out of memory, killed) is one line and exit 2, not a traceback."""
    from govreport._cli import _batch

    _write(tmp_path, ["ok"] * 6)
    parent = os.getpid()
    load = _batch.load

    def dies_in_a_worker(path: Path) -> gr.Report:
        if os.getpid() != parent:  # the workers fork after this is in place
            os._exit(9)  # as the kernel's out-of-memory killer would end it
        return load(path)

    monkeypatch.setattr(_batch, "load", dies_in_a_worker)
    status, _, err = run(capsys, "check", str(tmp_path), "--jobs", "2")
    assert status == 2
    (line,) = err.splitlines()
    assert line.startswith("govreport: error: a checking process ended abruptly")
    assert "5 file(s) were not checked" in line
