"""Fixtures shared across test folders: an installed renderer plug-in distribution, the
outside tools (Nu Html Checker, Chromium, LibreOffice, poppler) some tests drive, and a
report that uses every model class."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import govreport as gr
from govreport.renderers import ENTRY_POINT_GROUP

PLUGIN = '''
from govreport.renderers import BaseRenderer, Options
import attrs


@attrs.frozen(kw_only=True)
class ShoutOptions(Options):
    exclaim: int = 1


class ShoutRenderer(BaseRenderer[str]):
    """Title in capitals, one line per section (a plug-in built on BaseRenderer)."""

    name = "shout"
    suffix = ".shout"
    options_type = ShoutOptions

    def escape(self, value):
        return value.upper()

    def render_report(self, report):
        lines = [self.render_text(report.title) + "!" * self.options.exclaim]
        lines += [self.render_section(node) for node in self.sections()]
        return "\\n".join(lines) + "\\n"

    def render_section(self, node):
        own = node.marker + self.render_text(node.section.title)
        return "\\n".join([own] + [self.render_section(child) for child in node.children])


class Standalone:
    """A plug-in that does not subclass anything: only the protocol."""

    name = "standalone"
    suffix = ".shout"
    binary = False

    def __init__(self, **options):
        self.options = options

    def render(self, report):
        return f"{report.authority}|{sorted(self.options.items())}"


class Packed(BaseRenderer[bytes]):
    """A binary plug-in: the top-level headings, UTF-16 encoded behind a magic number."""

    name = "packed"
    suffix = ".pak"
    binary = True

    def render_report(self, report):
        titles = [node.marker + self.plain(node.section.title) for node in self.sections()]
        return b"PAK\\x00" + "\\n".join(titles).encode("utf-16-le")


class Liar(Standalone):
    """Says it writes text, returns bytes."""

    def render(self, report):
        return b"\\x00"


class Unsaid:
    """Does not say whether it writes bytes."""

    name = "unsaid"
    suffix = ".txt"

    def render(self, report):
        return ""


NOT_A_CLASS = 42
'''


@pytest.fixture
def plugin_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real installed distribution on a temporary sys.path entry, with entry points.

    The folder it yields can also go on a child process's ``PYTHONPATH``.
    """
    (tmp_path / "shoutplug.py").write_text(PLUGIN, encoding="utf-8")
    info = tmp_path / "shoutplug-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: shoutplug\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        textwrap.dedent(
            f"""\
            [{ENTRY_POINT_GROUP}]
            shout = shoutplug:ShoutRenderer
            standalone = shoutplug:Standalone
            packed = shoutplug:Packed
            liar = shoutplug:Liar
            unsaid = shoutplug:Unsaid
            broken = shoutplug:NOT_A_CLASS
            missing = shoutplug_gone:Renderer
            html = shoutplug:ShoutRenderer
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("shoutplug", None)


# -- tools the browser, HTML-validation, PDF and Word tests need (skip where missing) -------

REPO_ROOT = Path(__file__).resolve().parents[1]


def find_java_and_vnu() -> tuple[str, Path] | None:
    """Java and vnu.jar: ``$VNU_JAR`` or ``node_modules/vnu-jar/build/dist/vnu.jar`` in the repo."""
    java = shutil.which("java")
    candidates = [
        os.environ.get("VNU_JAR", ""),
        REPO_ROOT / "node_modules/vnu-jar/build/dist/vnu.jar",
    ]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and java:
            return java, Path(candidate)
    return None


@pytest.fixture(scope="session")
def vnu() -> Callable[[Sequence[Path]], list[dict[str, Any]]]:
    """Run the Nu Html Checker once over many files; returns its error messages."""
    found = find_java_and_vnu()
    if found is None:
        pytest.skip("needs java and vnu.jar (set VNU_JAR or `npm install vnu-jar` in the repo)")
    java, jar = found

    def check(paths: Sequence[Path]) -> list[dict[str, Any]]:
        done = subprocess.run(
            [java, "-jar", str(jar), "--errors-only", "--format", "json", *map(str, paths)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        messages: list[dict[str, Any]] = json.loads(
            done.stderr or done.stdout or '{"messages": []}'
        )["messages"]
        return messages

    return check


def find_tool(*names: str, package: str) -> str:
    """The first of *names* on ``PATH``, or skip the test naming the Debian *package*."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    pytest.skip(f"needs {names[0]} (Debian package `{package}`)")


@pytest.fixture(scope="session")
def chromium() -> str:
    """The headless Chromium executable, or skip."""
    return find_tool("chromium", "chromium-browser", "google-chrome", package="chromium")


@pytest.fixture(scope="session")
def soffice() -> str:
    """LibreOffice's headless converter, or skip."""
    return find_tool("soffice", "libreoffice", package="libreoffice-writer-nogui")


@pytest.fixture(scope="session")
def poppler() -> SimpleNamespace:
    """``pdfinfo`` and ``pdftotext`` as functions of a PDF path, or skip."""
    pdfinfo = find_tool("pdfinfo", package="poppler-utils")
    pdftotext = find_tool("pdftotext", package="poppler-utils")

    def run(*args: str) -> str:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout

    def info(path: Path) -> dict[str, str]:
        lines = run(pdfinfo, "-isodates", str(path)).splitlines()
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in lines)}

    def text(path: Path, *, page: int | None = None) -> str:
        pages = () if page is None else ("-f", str(page), "-l", str(page))
        return run(pdftotext, *pages, str(path), "-")

    def words(path: Path, *, page: int) -> list[tuple[str, float, float]]:
        """Each word on *page* with its left and right edge, in points from the left."""
        out = run(pdftotext, "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
        found = re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', out
        )
        return [(word, float(x0), float(x1)) for x0, x1, word in found]

    return SimpleNamespace(info=info, text=text, words=words)


def every_class_report() -> gr.Report:
    """A report that uses every model class and option at least once."""
    fine = gr.metric("fines", "0.90", "元", scale="万", label="罚款", approx="约", rounded=True)
    share = gr.metric("share", "63.5", "%", label="占比")
    growth = gr.metric("growth", "-12.5", "%", label="增长", change=True)
    four = gr.metric("areas", 4, "个", label="方面", numerals="chinese")
    done = gr.metric("done", 7, "件", label="办结")
    received = gr.metric("received", 8, "件", label="收到")
    rate = gr.metric("rate", "87.5", "%", label="办结率")
    target = gr.metric(
        "plan.target", 10, "元", scale="万", approx="余", approx_after_scale=True, label="目标"
    )
    table = gr.Table(
        id="t",
        caption=gr.text("表{y}", y=gr.Year(value=2022)),
        header=[
            [gr.Cell(content="项目", rowspan=2), gr.Cell(content="数量", colspan=2)],
            ["甲", "乙"],
        ],
        rows=[
            [gr.Cell(content="收到", header=True), gr.Cell(content=received), None],
            [gr.Cell(content="办结", header=True), gr.Cell(content=done), ""],
        ],
    )
    return gr.Report(
        kind="rule-of-law",
        title=gr.text("{y}年度报告", y=gr.ReportYear()),
        authority="某县某局",
        year=2023,
        number="某局发〔2024〕3号",
        published=dt.date(2024, 3, 31),
        closing=gr.Closing(signature="某县某局", date=dt.date(2024, 3, 20)),
        preamble=[
            gr.Paragraph(
                text=gr.text(
                    "依据{ref}和{doc}，罚款{fine}，占比{share}，增长{growth}。",
                    ref=gr.DocumentReference(title="条例", number="国办公开办函〔2021〕30号"),
                    doc=gr.DocumentReference(number="渝府发〔2023〕1号"),
                    fine=fine,
                    share=share,
                    growth=growth,
                )
            )
        ],
        sections=[
            gr.Section(
                id="plan",
                title="安排",
                title_end="：",
                blocks=[
                    gr.Paragraph(
                        text=gr.text(
                            "以下{n}方面，{terms}：",
                            n=four,
                            terms=gr.Terms(items=("a", "b"), sep="，", last_sep="和", id="terms"),
                        )
                    ),
                    gr.Points(
                        items=[gr.Point(lead="甲。", text="乙"), "丙"], layout="lines", id="pts"
                    ),
                    gr.Commitment(
                        text=gr.text("力争{t}。", t=target),
                        target="plan.target",
                        deadline=dt.date(2024, 12, 31),
                    ),
                    table,
                    gr.Paragraph(text=gr.text("办结率{r}。", r=rate)),
                ],
                children=[
                    gr.Section(title=str(i), run_in=True, blocks=[gr.Paragraph(text="x")])
                    for i in range(4)
                ],
            )
        ],
        relations=[
            gr.DeclaredCount(count="areas", items="plan"),
            gr.Rate(rate="rate", numerator="done", denominator="received"),
            gr.Total(total="received", parts=["done"], exhaustive=False),
            gr.Change(
                current="done",
                stated="areas",
                form="difference",
                direction="decrease",
                previous="received",
            ),
            gr.Change(current="received", stated="rate", form="rate"),
        ],
    )
