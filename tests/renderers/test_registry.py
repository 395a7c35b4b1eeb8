"""The renderer registry: built-ins and entry-point plug-ins through one lookup, loaded lazily."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import govreport as gr
from govreport.exceptions import ModelTypeError, UnknownRendererError, ValidationError
from govreport.renderers import (
    ENTRY_POINT_GROUP,
    Renderer,
    available_renderers,
    get_renderer,
    render,
)

PLUGIN = '''
from govreport.renderers import BaseRenderer, Options
import attrs


@attrs.frozen(kw_only=True)
class ShoutOptions(Options):
    exclaim: int = 1


class ShoutRenderer(BaseRenderer):
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
    suffix = ".txt"

    def __init__(self, **options):
        self.options = options

    def render(self, report):
        return f"{report.authority}|{sorted(self.options.items())}"


NOT_A_CLASS = 42
'''


@pytest.fixture
def plugin_dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real installed distribution on a temporary sys.path entry, with entry points."""
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
            broken = shoutplug:NOT_A_CLASS
            html = shoutplug:ShoutRenderer
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("shoutplug", None)


REPORT = gr.Report(
    title="report",
    authority="town",
    year=2023,
    sections=[gr.Section(title="one", children=[gr.Section(title="two")])],
)


def test_builtins_are_available() -> None:
    """The three built-ins are listed, sorted."""
    names = available_renderers()
    assert names == sorted(names)
    assert {"html", "markdown", "text"} <= set(names)


def test_plugin_from_an_entry_point(plugin_dist: Path) -> None:
    """A third-party renderer registered under govreport.renderers is listed and used, with options."""
    assert {"shout", "standalone", "broken"} <= set(available_renderers())
    assert render(REPORT, "shout", exclaim=3) == "REPORT!!!\n一、ONE\n（一）TWO\n"
    assert render(REPORT, "standalone", x=1) == "town|[('x', 1)]"
    assert isinstance(get_renderer("shout"), Renderer)


def test_plugin_options_are_validated(plugin_dist: Path) -> None:
    """A plug-in built on BaseRenderer gets option validation for free."""
    with pytest.raises(ValidationError, match="unknown option 'loud' for the 'shout' renderer"):
        render(REPORT, "shout", loud=True)


def test_builtin_names_cannot_be_taken_over(plugin_dist: Path) -> None:
    """A plug-in registering "html" does not replace the built-in."""
    assert render(REPORT, "html").startswith("<!DOCTYPE html>")
    assert available_renderers().count("html") == 1


def test_entry_point_that_is_not_a_renderer(plugin_dist: Path) -> None:
    """An entry point naming something other than a renderer class is an error naming it."""
    with pytest.raises(ModelTypeError, match="renderer 'broken' \\(shoutplug:NOT_A_CLASS\\)"):
        render(REPORT, "broken")


def test_unknown_name_lists_the_available_ones(plugin_dist: Path) -> None:
    """An unknown name raises UnknownRendererError listing every registered name."""
    with pytest.raises(UnknownRendererError) as caught:
        render(REPORT, "pdf")
    assert caught.value.name == "pdf"
    assert set(caught.value.available) == set(available_renderers())
    assert "shout" in str(caught.value)
    assert "html, markdown" in str(caught.value)
    assert isinstance(caught.value, LookupError)


def test_unknown_option_for_a_builtin() -> None:
    """A built-in refuses an option it does not take, naming it."""
    with pytest.raises(
        ValidationError, match="unknown option 'fragment' for the 'markdown' renderer"
    ):
        render(REPORT, "markdown", fragment=True)


def test_render_needs_a_report() -> None:
    """Rendering something else than a Report is an error."""
    with pytest.raises(ModelTypeError, match="needs a Report"):
        render("not a report", "text")  # type: ignore[arg-type]


def test_builtin_modules_load_lazily() -> None:
    """Neither import govreport nor available_renderers() imports a built-in renderer module."""
    code = textwrap.dedent(
        """\
        import sys
        import govreport
        loaded = lambda: sorted(m for m in sys.modules if m.startswith("govreport.renderers"))
        print(loaded())
        from govreport.renderers import available_renderers, render
        available_renderers()
        print(loaded())
        render(govreport.Report(title="t", authority="a", year=2023), "markdown")
        print(loaded())
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, listed, used = out.stdout.splitlines()
    assert before == "[]"
    assert not {
        "govreport.renderers.text",
        "govreport.renderers.markdown",
        "govreport.renderers.html",
    } & set(ast.literal_eval(listed))
    assert "govreport.renderers.markdown" in used
    assert "govreport.renderers.html" not in used
