"""Finding renderers by name: the built-ins and the ``govreport.renderers`` entry points.

There is one lookup for every renderer. The built-ins are listed here as
:class:`Builtin` entries holding the same ``"module:attr"`` reference a plug-in
declares in its ``pyproject.toml``, and are loaded the same way, with
:mod:`importlib`, only when asked for; so ``import govreport`` and
:func:`available_renderers` import none of them. An entry also says what the
renderer writes (its file suffix, and whether the output is bytes) so that a
caller knows before importing anything, and which optional extra, if any,
provides its dependencies: such a renderer is listed only when those are
installed, and asking for it without them is an error naming the extra.

A plug-in cannot replace a built-in: a built-in name is resolved from the table
below without consulting the entry points, so the escaping guarantees of
``"html"`` and ``"markdown"`` hold whatever else is installed. Entry points are
read afresh on every lookup of a plug-in name (nothing is cached), so a package
installed while the program runs is found; :mod:`importlib.metadata`, which
reads them, is itself imported only then.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any, Final

import attrs

from ..exceptions import GovReportError, ModelTypeError, UnknownRendererError
from ..validators import instance_of

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = [
    "BUILTIN_RENDERERS",
    "ENTRY_POINT_GROUP",
    "Builtin",
    "available_renderers",
    "load_renderer",
    "renderer_for_suffix",
]

ENTRY_POINT_GROUP: Final = "govreport.renderers"
"""The entry-point group third-party renderers register under."""


@attrs.frozen(kw_only=True)
class Builtin:
    """A built-in renderer: where its class is, what it writes, what it needs.

    ``reference`` is ``"module:attr"``, as in an entry point; ``suffix`` and
    ``binary`` repeat the class's own attributes so that they are known
    without importing it. ``extra`` names the optional extra that installs
    its dependencies (``"docx"`` for ``pip install 'govreport[docx]'``), and
    ``requires`` the top-level modules that extra provides; a renderer whose
    required modules are missing is not available.

    >>> Builtin(reference="govreport.renderers.text:TextRenderer", suffix=".txt").installed()
    True
    >>> Builtin(reference="m:R", suffix=".x", extra="x", requires=("no_such_module",)).installed()
    False
    """

    reference: str
    suffix: str
    binary: bool = False
    extra: str | None = None
    requires: tuple[str, ...] = ()

    def missing(self) -> str | None:
        """The first required module that cannot be found, or ``None``; imports nothing."""
        for module in self.requires:
            try:
                found = importlib.util.find_spec(module) is not None
            except (ImportError, ValueError):  # a parent package is missing or broken
                found = False
            if not found:
                return module
        return None

    def installed(self) -> bool:
        """Whether every module in :attr:`requires` can be found."""
        return self.missing() is None


BUILTIN_RENDERERS: Final[dict[str, Builtin]] = {
    "docx": Builtin(
        reference="govreport.renderers.docx:DocxRenderer",
        suffix=".docx",
        binary=True,
        extra="docx",
        requires=("docx",),
    ),
    "html": Builtin(reference="govreport.renderers.html:HTMLRenderer", suffix=".html"),
    "json": Builtin(reference="govreport.renderers.json:JSONRenderer", suffix=".json"),
    "markdown": Builtin(reference="govreport.renderers.markdown:MarkdownRenderer", suffix=".md"),
    "pdf": Builtin(
        reference="govreport.renderers.pdf:PDFRenderer",
        suffix=".pdf",
        binary=True,
        extra="pdf",
        requires=("weasyprint",),
    ),
    "text": Builtin(reference="govreport.renderers.text:TextRenderer", suffix=".txt"),
}
"""The built-in renderers by name. A new one is a module and an entry here."""


def _plugins() -> dict[str, EntryPoint]:
    from importlib.metadata import entry_points

    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        # Two distributions may claim one name; the first on sys.path wins, as for imports.
        if ep.name not in BUILTIN_RENDERERS:
            found.setdefault(ep.name, ep)
    return found


def available_renderers() -> list[str]:
    """The names :func:`~govreport.renderers.render` accepts, sorted.

    A built-in that needs an optional extra is listed only when the extra is
    installed. Reads entry-point metadata only; no renderer module is imported.

    >>> from govreport.renderers import available_renderers
    >>> {"html", "json", "markdown", "text"} <= set(available_renderers())
    True
    """
    builtins = {name for name, entry in BUILTIN_RENDERERS.items() if entry.installed()}
    return sorted(builtins | _plugins().keys())


def load_renderer(name: str) -> type[Any]:
    """The renderer class registered as *name*, imported on first use.

    Raises:
        UnknownRendererError: nothing is registered as *name* (the message lists
            the names that are), or it is a built-in whose extra is not
            installed (the message says what to install).
        ModelTypeError: the entry point does not name a renderer class.
    """
    builtin = BUILTIN_RENDERERS.get(name) if isinstance(name, str) else None
    if builtin is not None:
        reference = builtin.reference
        cls = _load_builtin(name, builtin)
    else:
        plugin = _plugins().get(name) if isinstance(name, str) else None
        if plugin is None:
            raise UnknownRendererError(str(name), available=available_renderers())
        reference = plugin.value
        try:
            cls = plugin.load()
        except ImportError as exc:
            raise UnknownRendererError(
                name, available=available_renderers(), reason=f"{reference}: {exc}"
            ) from exc
    if (
        not isinstance(cls, type)
        or not callable(getattr(cls, "render", None))
        or not isinstance(getattr(cls, "binary", None), bool)
    ):
        raise ModelTypeError(
            f"renderer {name!r} ({reference}) must be a class with a render(report) method "
            f"and a bool `binary` class attribute (got {type(cls).__name__} {cls!r})",
            field="to",
            value=name,
        )
    return cls


def _load_builtin(name: str, builtin: Builtin) -> Any:
    missing = builtin.missing()
    if missing is not None:
        raise UnknownRendererError(
            name,
            available=available_renderers(),
            extra=builtin.extra,
            reason=f"no module named {missing!r}",
        )
    module, _, attr = builtin.reference.partition(":")
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, OSError) as exc:
        # An extra's dependency can be present yet unusable (a missing system library).
        if builtin.extra is None:
            raise
        raise UnknownRendererError(
            name, available=available_renderers(), extra=builtin.extra, reason=str(exc)
        ) from exc


def renderer_for_suffix(suffix: str) -> str | None:
    """The name of the renderer that writes files ending in *suffix*, or ``None``.

    The comparison ignores case. A built-in is preferred; otherwise the
    plug-ins are loaded and the one whose ``suffix`` matches is returned, if
    exactly one does (a plug-in that cannot be loaded is passed over).

    >>> from govreport.renderers import renderer_for_suffix
    >>> renderer_for_suffix(".md"), renderer_for_suffix(".HTML"), renderer_for_suffix(".xyz")
    ('markdown', 'html', None)
    """
    instance_of(str).check("suffix", suffix)
    wanted = suffix.casefold()
    if not wanted:
        return None
    for name, entry in BUILTIN_RENDERERS.items():
        if entry.suffix.casefold() == wanted:
            return name
    matches = [name for name in sorted(_plugins()) if _plugin_suffix(name) == wanted]
    return matches[0] if len(matches) == 1 else None


def _plugin_suffix(name: str) -> str | None:
    try:
        cls = load_renderer(name)
    except GovReportError:  # a plug-in that cannot be loaded writes nothing
        return None
    return str(getattr(cls, "suffix", "")).casefold()
