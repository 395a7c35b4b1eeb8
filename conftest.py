"""Run every code example in the docs and in docstrings as a test (Sybil)."""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE

_docs = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=_FLAGS),
        DocTestDirectiveParser(optionflags=_FLAGS),
        SkipParser(),
    ],
    patterns=["*.md"],
    path="docs",
)
_docstrings = Sybil(
    parsers=[DocTestParser(optionflags=_FLAGS)],
    patterns=["*.py"],
    path="src",
)

pytest_collect_file = (_docs + _docstrings).pytest()
