"""Hypothesis profiles, and every code example in the docs and docstrings as a test (Sybil).

Two hypothesis profiles (CONTRIBUTING.md says when to use which):

``ci``
    The full budget, loaded by default: ``pytest`` runs it, and so does ``.ci/run``.
``dev``
    A tenth of it, for quick local runs: ``pytest --hypothesis-profile=dev``.

Tests that want more or fewer examples than the profile's budget state it as a multiple of
``settings.default.max_examples`` (the loaded profile's budget), so ``dev`` shortens them too.
Neither profile has a deadline or the too-slow health check: the machines that run the suite
are shared, and a slow draw is not a wrong one.
"""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from hypothesis import HealthCheck, settings
from sybil import Sybil
from sybil.parsers.myst import DocTestDirectiveParser, PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser
from sybil.sybil import SybilCollection

# How fast examples are drawn is not what the suite tests, and a busy shared machine must not
# fail a property: every @settings in the tests inherits this.
_SHARED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", _SHARED, max_examples=100)
settings.register_profile("dev", _SHARED, max_examples=10)
settings.load_profile("ci")  # `--hypothesis-profile=dev` loads `dev` after this file

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
_readme = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS)],
    patterns=["README.md"],
)
_docstrings = Sybil(
    parsers=[DocTestParser(optionflags=_FLAGS)],
    patterns=["*.py"],
    path="src",
)

pytest_collect_file = SybilCollection([_docs, _readme, _docstrings]).pytest()
