"""Sphinx configuration for the govreport documentation."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

project = "govreport"
author = "govreport developers"
copyright = "2026, govreport developers"
language = "zh_CN"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = "govreport"

autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

nitpicky = True
# The build is offline (no intersphinx), so names from the standard library and
# dependencies cannot be linked; everything of govreport's own must resolve.
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(decimal|datetime|dt|collections\.abc|typing|attrs?|cattrs|hypothesis|babel|importlib|os|io)(\..*)?",
    ),
    (
        r"py:.*",
        r"(Decimal|date|Any|Iterator|Iterable|Callable|Mapping|Sequence|Literal|TypeAlias|Final|ClassVar|Protocol|SearchStrategy|Attribute|Converter|EntryPoint|Path|TextIO|IO|PathLike)",
    ),
    (
        r"py:.*",
        r"(str|int|bool|float|list|tuple|dict|set|frozenset|type|object|bytes|None|NoneType|Exception|ValueError|TypeError|LookupError)",
    ),
    (r"py:.*", r"(.*\.)?_[A-Za-z]\w*"),  # private implementation classes
    (
        r"py:.*",
        r"(Severity|Fact|Numerals|UnitKind|Meaning|Numbering|Inline|Block|Relation|Rule|_T|T|(govreport\.renderers\._base\.)?Output)",
    ),
]
