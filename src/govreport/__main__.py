"""``python -m govreport``: the same command as the ``govreport`` script."""

from __future__ import annotations

from ._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
