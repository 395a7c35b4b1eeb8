"""Reading one file by its suffix: the table, one-line failures, user code kept in a child."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import govreport as gr
from govreport._cli._readers import READERS, Fail, data_suffixes, load, run_python
from govreport._messages import N_, Phrase


def _report() -> gr.Report:
    return gr.Report(title="2023年度报告", authority="某乡人民政府", year=2023)


class TestTable:
    def test_folders_never_get_code(self) -> None:
        """The suffixes searched in folders are exactly those whose reader runs no code."""
        assert ".py" in READERS
        assert READERS[".py"].code
        assert data_suffixes() == tuple(s for s, r in READERS.items() if not r.code)
        assert ".py" not in data_suffixes()

    def test_every_parser_can_be_found(self) -> None:
        """Each "module:function" in the table names a callable."""
        for reader in READERS.values():
            assert callable(reader.function())

    @pytest.mark.parametrize("suffix", [".json", ".JSON"])
    def test_json_by_suffix(self, tmp_path: Path, suffix: str) -> None:
        """A suffix is matched whatever its case."""
        path = tmp_path / f"r{suffix}"
        path.write_text(gr.to_json(_report()), encoding="utf-8")
        assert load(path) == _report()

    def test_text_by_suffix(self, tmp_path: Path) -> None:
        path = tmp_path / "r.txt"
        path.write_text(gr.render(_report(), "text"), encoding="utf-8")
        assert (load(path).authority, load(path).year) == ("某乡人民政府", 2023)

    def test_unknown_suffix_lists_the_table(self, tmp_path: Path) -> None:
        with pytest.raises(Fail) as caught:
            load(tmp_path / "r.rtf")
        assert (
            caught.value.worded("en")
            == f"{tmp_path / 'r.rtf'}: expected a report file ({', '.join(READERS)})"
        )
        assert caught.value.worded("zh_Hans_CN").endswith(f"（{'、'.join(READERS)}）")


class TestFail:
    def test_crosses_processes_with_its_facts(self) -> None:
        """A failure pickles with template and facts, nested phrases included."""
        fail = Fail(
            N_("{path}: cannot write: {reason}"),
            path=Phrase(template=N_("standard output")),
            reason="full",
        )
        again = pickle.loads(pickle.dumps(fail))
        assert (again.template, again.facts) == (fail.template, fail.facts)
        assert again.worded("zh_Hans_CN") == "标准输出：无法写入：full"


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("import sys\nsys.exit(0)\n", "the module called sys.exit(0)"),
        ("import sys\nsys.exit(3)\n", "the module called sys.exit(3)"),
        ("raise SystemExit('bye')\n", "the module called sys.exit('bye')"),
        ("import os\nos._exit(0)\n", "the module ended the process (exit status 0) before"),
        ("import os\nos._exit(7)\n", "the module ended the process (exit status 7) before"),
        ("raise KeyboardInterrupt\n", "running it raised KeyboardInterrupt"),
        ("1/0\n", "running it raised ZeroDivisionError: division by zero"),
        ("x = 1\n", "defines no module-level `report`"),
        (
            "import govreport as gr\nclass R(gr.Report):\n    pass\nreport = R(title='报告', authority='某乡', year=2023)\n",
            "its `report` cannot be passed back",
        ),
    ],
)
def test_user_code_cannot_end_the_command(tmp_path: Path, code: str, words: str) -> None:
    """Whatever the module does, it ends in a one-line failure naming the file."""
    path = tmp_path / "user.py"
    path.write_text(code, encoding="utf-8")
    with pytest.raises(Fail) as caught:
        run_python(path)
    line = caught.value.worded("en")
    assert line.startswith(f"{path}: {words}")
    assert "\n" not in line


def test_user_code_report_comes_back(tmp_path: Path) -> None:
    """A module defining `report` gives that report back from the child process."""
    path = tmp_path / "good.py"
    path.write_text(
        "import govreport as gr\nreport = gr.Report(title='2023年度报告', authority='某乡人民政府', year=2023)\n",
        encoding="utf-8",
    )
    assert load(path) == _report()


def test_user_code_runs_in_a_child(tmp_path: Path) -> None:
    """What the module does to its interpreter stays in the child."""
    path = tmp_path / "global.py"
    path.write_text(
        "import sys, govreport as gr\nsys.modules['govreport'].MARK = 1\n"
        "report = gr.Report(title='报告', authority='某乡', year=2023)\n",
        encoding="utf-8",
    )
    load(path)
    assert not hasattr(gr, "MARK")
