"""The public face of govreport.renderers: what type checkers see of render()."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = """\
from typing import assert_type

import govreport as gr
from govreport.renderers import BaseRenderer, Renderer, get_renderer, render

report = gr.Report(title="t", authority="a", year=2023)
assert_type(render(report, "text"), str)
assert_type(render(report, "markdown"), str)
assert_type(gr.render(report, "html"), str)
assert_type(render(report, "json"), str)
assert_type(render(report, "some-plug-in"), str | bytes)
assert_type(get_renderer("text"), Renderer)
assert_type(get_renderer("text").render(report), str | bytes)


class Packed(BaseRenderer[bytes]):
    binary = True

    def render_report(self, report: gr.Report) -> bytes:
        return b""


assert_type(Packed().render(report), bytes)
"""


def test_render_is_typed_for_callers(tmp_path: Path) -> None:
    """mypy --strict knows the built-in text formats give str, any other name str | bytes,
    and a BaseRenderer[bytes] gives bytes."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(probe)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, textwrap.indent(done.stdout + done.stderr, "  ")
