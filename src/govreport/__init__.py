"""govreport: Chinese government annual reports as typed, checkable Python objects."""

from __future__ import annotations
