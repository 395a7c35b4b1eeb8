"""The renderer registry: built-ins and entry-point plug-ins through one lookup, loaded lazily."""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import govreport as gr
from govreport.exceptions import ModelTypeError, UnknownRendererError, ValidationError
from govreport.renderers import (
    Renderer,
    available_renderers,
    get_renderer,
    render,
    renderer_for_suffix,
)
from govreport.renderers._registry import BUILTIN_RENDERERS, Builtin

REPORT = gr.Report(
    title="report",
    authority="town",
    year=2023,
    sections=[gr.Section(title="one", children=[gr.Section(title="two")])],
)


def test_builtins_are_available() -> None:
    """The four built-ins are listed, sorted."""
    names = available_renderers()
    assert names == sorted(names)
    assert {"html", "json", "markdown", "text"} <= set(names)


@pytest.mark.parametrize("name", sorted(BUILTIN_RENDERERS))
def test_builtin_entries_describe_their_classes(name: str) -> None:
    """Each entry's suffix and binary flag are the class's own, so they are known before import."""
    entry = BUILTIN_RENDERERS[name]
    module, _, attr = entry.reference.partition(":")
    cls = getattr(importlib.import_module(module), attr)
    assert (cls.name, cls.suffix, cls.binary) == (name, entry.suffix, entry.binary)
    assert isinstance(get_renderer(name), Renderer)


def test_json_is_a_renderer_like_the_others() -> None:
    """render(report, "json") is to_json(report), and takes to_json's indent."""
    assert render(REPORT, "json") == gr.to_json(REPORT)
    assert render(REPORT, "json", indent=None) == gr.to_json(REPORT, indent=None)
    assert gr.from_json(render(REPORT, "json")) == REPORT


def test_plugin_from_an_entry_point(plugin_dist: Path) -> None:
    """A third-party renderer registered under govreport.renderers is listed and used, with options."""
    assert {"shout", "standalone", "broken", "packed"} <= set(available_renderers())
    assert render(REPORT, "shout", exclaim=3) == "REPORT!!!\n一、ONE\n（一）TWO\n"
    assert render(REPORT, "standalone", x=1) == "town|[('x', 1)]"
    assert isinstance(get_renderer("shout"), Renderer)


def test_binary_plugin(plugin_dist: Path) -> None:
    """A renderer may return bytes; it says so before rendering, through its binary attribute."""
    renderer = get_renderer("packed")
    assert isinstance(renderer, Renderer)
    assert type(renderer).binary is True
    assert render(REPORT, "packed") == b"PAK\x00" + "一、one".encode("utf-16-le")


def test_output_must_match_the_binary_promise(plugin_dist: Path) -> None:
    """A renderer that says text and returns bytes is refused, so callers can trust `binary`."""
    with pytest.raises(
        ModelTypeError,
        match="renderer 'liar' returned bytes, but its `binary` attribute promises str",
    ):
        render(REPORT, "liar")


def test_plugin_must_say_whether_it_is_binary(plugin_dist: Path) -> None:
    """A class without a bool `binary` attribute is not a renderer."""
    with pytest.raises(ModelTypeError, match=r"renderer 'unsaid' .* bool `binary` class attribute"):
        get_renderer("unsaid")


def test_plugin_that_cannot_be_imported(plugin_dist: Path) -> None:
    """An entry point whose module is missing is an UnknownRendererError naming the reference."""
    with pytest.raises(UnknownRendererError) as caught:
        render(REPORT, "missing")
    assert str(caught.value) == (
        "the 'missing' renderer cannot be loaded: "
        "shoutplug_gone:Renderer: No module named 'shoutplug_gone'"
    )
    assert caught.value.extra is None


@pytest.fixture
def fancy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two built-ins behind an extra: one whose dependency is absent, one whose import fails."""
    monkeypatch.setitem(
        BUILTIN_RENDERERS,
        "fancy",
        Builtin(
            reference="govreport.renderers.text:TextRenderer",
            suffix=".fancy",
            extra="fancy",
            requires=("json", "govreport_fancy_dependency"),
        ),
    )
    monkeypatch.setitem(
        BUILTIN_RENDERERS,
        "shaky",
        Builtin(
            reference="govreport.renderers.no_such_module:Renderer",
            suffix=".shaky",
            binary=True,
            extra="shaky",
            requires=("json",),
        ),
    )


@pytest.mark.usefixtures("fancy")
def test_builtin_behind_a_missing_extra() -> None:
    """Not listed; asking for it names the extra to install."""
    assert "fancy" not in available_renderers()
    with pytest.raises(UnknownRendererError) as caught:
        render(REPORT, "fancy")
    assert str(caught.value) == (
        "the 'fancy' renderer is not installed (no module named 'govreport_fancy_dependency'): "
        "pip install 'govreport[fancy]'"
    )
    assert (caught.value.name, caught.value.extra) == ("fancy", "fancy")
    assert set(caught.value.available) == set(available_renderers())


@pytest.mark.usefixtures("fancy")
def test_builtin_whose_extra_is_present_but_broken() -> None:
    """Found but failing to import (a missing system library, say): the extra is still named."""
    assert "shaky" in available_renderers()
    with pytest.raises(UnknownRendererError, match=r"pip install 'govreport\[shaky\]'$"):
        render(REPORT, "shaky")


def test_a_builtin_extra_cannot_be_shadowed_by_a_plugin(
    plugin_dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plug-in claiming a built-in's name is not listed even while the built-in is missing."""
    monkeypatch.setitem(
        BUILTIN_RENDERERS,
        "packed",
        Builtin(reference="x:Y", suffix=".pak", extra="packed", requires=("govreport_no_such",)),
    )
    assert "packed" not in available_renderers()
    with pytest.raises(UnknownRendererError, match="govreport\\[packed\\]"):
        render(REPORT, "packed")


@pytest.mark.parametrize(
    ("suffix", "name"),
    [(".txt", "text"), (".md", "markdown"), (".HTML", "html"), (".json", "json"), (".xyz", None)],
)
def test_renderer_for_suffix_builtins(suffix: str, name: str | None) -> None:
    """The built-ins are found by their file suffix, whatever its case."""
    assert renderer_for_suffix(suffix) == name


def test_renderer_for_suffix_plugins(plugin_dist: Path) -> None:
    """A plug-in is found by its suffix when it alone writes it; built-ins come first."""
    assert renderer_for_suffix(".pak") == "packed"
    assert renderer_for_suffix(".shout") is None  # two plug-ins write .shout
    assert renderer_for_suffix(".txt") == "text"  # "unsaid" cannot be loaded, and text wins
    assert renderer_for_suffix("") is None


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
        render(REPORT, "rtf")
    assert caught.value.name == "rtf"
    assert set(caught.value.available) == set(available_renderers())
    assert "shout" in str(caught.value)
    assert "html, json, liar, markdown" in str(caught.value)
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


def test_plugin_metadata_is_read_only_for_plugins() -> None:
    """importlib.metadata is imported for a plug-in name or the full list, not for a built-in."""
    code = textwrap.dedent(
        """\
        import sys
        import govreport
        from govreport.renderers import available_renderers, render
        report = govreport.Report(title="t", authority="a", year=2023)
        render(report, "text")
        render(report, "json")
        print("importlib.metadata" in sys.modules)
        try:
            render(report, "no-such-renderer")
        except govreport.UnknownRendererError:
            pass
        print("importlib.metadata" in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "True"]


@pytest.mark.parametrize(("name", "module"), [("docx", "docx"), ("pdf", "weasyprint")])
def test_word_and_pdf_are_listed_with_their_extra_and_named_without_it(
    monkeypatch: pytest.MonkeyPatch, name: str, module: str
) -> None:
    """Without python-docx (WeasyPrint), "docx" ("pdf") is not listed and asking names the extra."""
    pytest.importorskip(module)
    assert name in available_renderers()
    monkeypatch.setitem(sys.modules, module, None)
    assert name not in available_renderers()
    with pytest.raises(UnknownRendererError, match=re.escape(f"pip install 'govreport[{name}]'")):
        render(REPORT, name)


@pytest.mark.parametrize("suffix", [None, 3, b".md"])
def test_renderer_for_suffix_refuses_a_suffix_that_is_not_a_str(suffix: object) -> None:
    with pytest.raises(ModelTypeError, match="'suffix' must be a str"):
        renderer_for_suffix(suffix)  # type: ignore[arg-type]
