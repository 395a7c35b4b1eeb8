"""Fixtures for the command's tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI follows the locale environment; the tests start from none."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
