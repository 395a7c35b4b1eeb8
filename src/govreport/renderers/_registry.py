"""Finding renderers by name: the built-ins and the ``govreport.renderers`` entry points.

There is one lookup for every renderer. The built-ins are listed here as the
same ``"module:attr"`` references a plug-in declares in its ``pyproject.toml``
and are loaded the same way, with :mod:`importlib`, only when asked for; so
``import govreport`` and :func:`available_renderers` import none of them.

A plug-in cannot replace a built-in: a built-in name is resolved from the table
below without consulting the entry points, so the escaping guarantees of
``"html"`` and ``"markdown"`` hold whatever else is installed. Entry points are
read afresh on every lookup of a plug-in name (nothing is cached), so a package
installed while the program runs is found.
"""

from __future__ import annotations

import importlib
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Final

from ..exceptions import ModelTypeError, UnknownRendererError

__all__ = ["BUILTIN_RENDERERS", "ENTRY_POINT_GROUP", "available_renderers", "load_renderer"]

ENTRY_POINT_GROUP: Final = "govreport.renderers"
"""The entry-point group third-party renderers register under."""

BUILTIN_RENDERERS: Final[dict[str, str]] = {
    "html": "govreport.renderers.html:HTMLRenderer",
    "markdown": "govreport.renderers.markdown:MarkdownRenderer",
    "text": "govreport.renderers.text:TextRenderer",
}
"""The built-in renderers, as entry-point references (``module:attr``)."""


def _plugins() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        # Two distributions may claim one name; the first on sys.path wins, as for imports.
        found.setdefault(ep.name, ep)
    return found


def available_renderers() -> list[str]:
    """The names :func:`~govreport.renderers.render` accepts, sorted.

    Reads entry-point metadata only; no renderer module is imported.

    >>> from govreport.renderers import available_renderers
    >>> {"html", "markdown", "text"} <= set(available_renderers())
    True
    """
    return sorted(BUILTIN_RENDERERS.keys() | _plugins().keys())


def load_renderer(name: str) -> type[Any]:
    """The renderer class registered as *name*, imported on first use.

    Raises:
        UnknownRendererError: nothing is registered as *name*; the message lists
            the names that are.
        ModelTypeError: the entry point does not name a renderer class.
    """
    reference = BUILTIN_RENDERERS.get(name)
    if reference is not None:
        module, _, attr = reference.partition(":")
        cls = getattr(importlib.import_module(module), attr)
    else:
        plugin = _plugins().get(name) if isinstance(name, str) else None
        if plugin is None:
            raise UnknownRendererError(str(name), available=available_renderers())
        reference = plugin.value
        cls = plugin.load()
    if not isinstance(cls, type) or not callable(getattr(cls, "render", None)):
        raise ModelTypeError(
            f"renderer {name!r} ({reference}) must be a class with a render(report) method "
            f"(got {type(cls).__name__} {cls!r})",
            field="to",
            value=name,
        )
    return cls
