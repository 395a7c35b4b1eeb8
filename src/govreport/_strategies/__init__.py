"""The hypothesis strategies behind :mod:`govreport.strategies` (needs the ``hypothesis`` extra).

Importing hypothesis runs its entry points, and govreport's entry point imports
:mod:`govreport.strategies`, which imports the modules of this package. So
hypothesis must be fully imported before any of them starts: Python imports
this package first, and the import below makes hypothesis finish loading
(and run the hook) before a sibling module is half-way through its own import.
"""

from __future__ import annotations

import hypothesis  # noqa: F401 - imported first on purpose, see above
