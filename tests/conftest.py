"""Fixtures shared across test folders: an installed renderer plug-in distribution."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

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
