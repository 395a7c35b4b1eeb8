"""Reading one report file, chosen by its suffix: the one table of readers.

:data:`READERS` maps a suffix to a :class:`Reader`. A reader names its parser
as ``"module:function"``, imported when a file of that kind is read (so
``govreport --help`` stays light), and says whether the parser takes text or
bytes. Adding a format is one line in the table::

    ".html": Reader("govreport.importers:parse_html"),
    ".docx": Reader("govreport.importers:parse_docx", binary=True),

A ``.py`` file is code, not data: its reader is marked ``code=True``, and it
runs in a child process (:func:`run_python`) so that nothing it does —
``sys.exit``, ``os._exit``, ``KeyboardInterrupt`` — ends the command; each ends
in one line naming the file. Folders are searched only for the suffixes of
readers that run no code (:func:`data_suffixes`).

Every failure is a :class:`Fail`: a message template and its facts, worded in
the reader's language when it is printed.
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from .._messages import N_, Fact
from .._messages import render as _word

if TYPE_CHECKING:
    from .._report import Report

__all__ = [
    "CONTEXT",
    "READERS",
    "Fail",
    "Reader",
    "data_suffixes",
    "imported_suffixes",
    "load",
    "one_line",
    "reason",
    "run_python",
]


class Fail(Exception):
    """A one-line reason to exit with status 2: a message template and its facts.

    The facts are plain values, so a failure crosses from a child process intact.
    """

    def __init__(self, template: str, **facts: Fact) -> None:
        super().__init__(template)
        self.template = template
        self.facts = facts

    def __reduce__(self) -> tuple[Any, ...]:
        return (_fail, (self.template, self.facts))

    def worded(self, lang: str) -> str:
        return _word(self.template, self.facts, lang)


def _fail(template: str, facts: dict[str, Fact]) -> Fail:
    return Fail(template, **facts)


@attrs.frozen
class Reader:
    """How to read one kind of file.

    Args:
        parser: ``"module:function"``; the function takes the file's text (or
            its bytes when *binary*) and returns a Report, raising a
            GovReportError for bad input. For a *code* reader it takes the
            path instead.
        binary: the parser takes bytes, not UTF-8 text.
        code: the file is code that runs: read only when named, never found in a folder.
    """

    parser: str
    binary: bool = False
    code: bool = False

    def function(self) -> Callable[[Any], Report]:
        module, _, name = self.parser.partition(":")
        found: Callable[[Any], Report] = getattr(importlib.import_module(module), name)
        return found


READERS: Final[Mapping[str, Reader]] = {
    ".py": Reader("govreport._cli._readers:run_python", code=True),
    ".json": Reader("govreport._serialization:from_json"),
    ".txt": Reader("govreport.importers:parse_text"),
    ".html": Reader("govreport.importers:parse_html", binary=True),
    ".htm": Reader("govreport.importers:parse_html", binary=True),
    ".docx": Reader("govreport.importers:parse_docx", binary=True),
}
"""Each readable suffix (lower case) and its reader, in the order messages list them."""


def data_suffixes() -> tuple[str, ...]:
    """The suffixes a folder is searched for: those whose reader runs no code.

    >>> data_suffixes()
    ('.json', '.txt', '.html', '.htm', '.docx')
    """
    return tuple(suffix for suffix, reader in READERS.items() if not reader.code)


def imported_suffixes() -> tuple[str, ...]:
    """The suffixes of reports as published, which an importer reads (not JSON, not code).

    >>> imported_suffixes()
    ('.txt', '.html', '.htm', '.docx')
    """
    return tuple(s for s, r in READERS.items() if r.parser.startswith("govreport.importers:"))


def load(path: Path) -> Report:
    """Read the report in *path* with the reader of its suffix, or raise :class:`Fail`."""
    from ..exceptions import GovReportError

    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise Fail(
            N_("{path}: expected a report file ({suffixes:, })"),
            path=str(path),
            suffixes=tuple(READERS),
        )
    parse = reader.function()
    if reader.code:
        return parse(path)
    try:
        content: str | bytes = path.read_bytes() if reader.binary else path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Fail(
            N_("{path}: cannot read: {reason}"), path=str(path), reason=reason(exc)
        ) from None
    if not content.strip():
        raise Fail(N_("{path}: the file is empty"), path=str(path))
    try:
        return parse(content)
    # An importer whose extra is not installed raises an ImportError saying what to install.
    except (GovReportError, ImportError) as exc:
        raise Fail(N_("{path}: {problem}"), path=str(path), problem=one_line(str(exc))) from None


# fork starts a child in milliseconds with govreport already imported; spawn where fork is unsafe.
CONTEXT: Final = (
    multiprocessing.get_context("fork")
    if sys.platform.startswith("linux")
    else multiprocessing.get_context("spawn")
)


def run_python(path: Path) -> Report:
    """Run the module at *path* in a child process and return its ``report``.

    The module is the user's code: it may call ``sys.exit``, ``os._exit`` or
    raise ``KeyboardInterrupt``; each ends in :class:`Fail`, one line naming it.
    """
    if not path.is_file():
        raise Fail(N_("{path}: cannot read: no such file"), path=str(path))
    receive, send = CONTEXT.Pipe(duplex=False)
    child = CONTEXT.Process(target=_run_in_child, args=(str(path), send))
    child.start()
    send.close()
    try:
        message: Report | Fail | None = receive.recv()
    except EOFError:
        message = None
    finally:
        receive.close()
        child.join()
    if message is None:
        raise Fail(
            N_(
                "{path}: the module ended the process (exit status {status}) before it defined `report`"
            ),
            path=str(path),
            status=child.exitcode if child.exitcode is not None else "?",
        )
    if isinstance(message, Fail):
        raise message
    return message


def _run_in_child(path: str, send: Connection) -> None:
    import runpy
    import signal

    from .._report import Report

    # A worker that forked this child ignores Ctrl-C; the user's code gets it back.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        namespace = runpy.run_path(path, run_name="__govreport__")
    except SystemExit as exc:
        send.send(
            Fail(N_("{path}: the module called sys.exit({code})"), path=path, code=repr(exc.code))
        )
        return
    except BaseException as exc:  # the user's code failed, Ctrl-C included: one line
        error, problem = type(exc).__name__, one_line(str(exc))
        if problem:
            template = N_("{path}: running it raised {error}: {problem}")
            send.send(Fail(template, path=path, error=error, problem=problem))
        else:
            send.send(Fail(N_("{path}: running it raised {error}"), path=path, error=error))
        return
    report = namespace.get("report")
    if not isinstance(report, Report):
        send.send(
            Fail(N_("{path}: defines no module-level `report` (a govreport.Report)"), path=path)
        )
        return
    try:
        send.send(report)
    except Exception as exc:  # a report that cannot be passed back (a user subclass, say)
        template = N_("{path}: its `report` cannot be passed back: {problem}")
        send.send(Fail(template, path=path, problem=one_line(str(exc))))


def one_line(text: str) -> str:
    """*text* on one line: its non-blank lines joined with ``; ``.

    >>> one_line("bad input\\n  at line 3\\n")
    'bad input; at line 3'
    """
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def reason(exc: BaseException) -> str:
    """The operating system's words for *exc*, else its message."""
    return getattr(exc, "strerror", None) or str(exc)
