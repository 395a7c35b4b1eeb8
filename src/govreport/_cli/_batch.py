"""``govreport check PATH…`` over many files: each file checked on its own, in parallel.

A failure in one file never stops the others: it is one line naming the file.
Folders are searched for data files only (:func:`~._readers.data_suffixes`); a
``.py`` file runs only when it is named.

Worker processes send back plain records — :class:`Outcome` and :class:`Found`
are named tuples of strings — worded in the reader's language there, because a
:class:`~govreport.checks.Finding` holds its facts in a read-only mapping that
does not pickle.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TextIO

from .._messages import N_, Fact, Phrase
from .._messages import render as _word
from ._annotated import SEVERITY_WORDS, summary, worded_line
from ._readers import CONTEXT, Fail, data_suffixes, load, one_line

if TYPE_CHECKING:
    from .._finding import Finding

__all__ = [
    "Found",
    "Outcome",
    "Progress",
    "check_file",
    "check_files",
    "default_jobs",
    "expand",
    "run",
    "summary_table",
]


class Found(NamedTuple):
    """A finding as the command prints it, its message already worded."""

    code: str
    severity: str
    location: str
    message: str
    metrics: tuple[str, ...]

    @classmethod
    def of(cls, finding: Finding) -> Found:
        return cls(
            finding.code, finding.severity, finding.location, finding.message, finding.metrics
        )

    def data(self, path: str | None = None) -> dict[str, Any]:
        """JSON-ready, as ``--format json`` and ``jsonl`` write it (with *path* when given)."""
        data: dict[str, Any] = {} if path is None else {"path": path}
        return data | self._asdict() | {"metrics": list(self.metrics)}


class Outcome(NamedTuple):
    """What checking one file gave: a worded one-line failure, or the findings."""

    path: str
    failure: str | None = None
    findings: tuple[Found, ...] = ()

    @property
    def has_error(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


def expand(names: Sequence[str], lang: str) -> tuple[list[Path], list[Outcome]]:
    """The files to check, and a failure for each folder that holds no report file.

    A folder is searched recursively, in name order, for the suffixes of
    :func:`~._readers.data_suffixes` (never ``.py``); other names are taken as given.
    """
    suffixes = data_suffixes()
    files: list[Path] = []
    empty: list[Outcome] = []
    for name in names:
        path = Path(name)
        if not path.is_dir():
            files.append(path)
            continue
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes and p.is_file())
        if not found:
            fail = Fail(
                N_("{path}: no report files ({suffixes:, }) in this folder"),
                path=str(path),
                suffixes=suffixes,
            )
            empty.append(Outcome(str(path), fail.worded(lang)))
        files.extend(found)
    return files, empty


def check_file(path: Path, kind: str | None, lang: str) -> Outcome:
    """Read and check one file; whatever goes wrong is the outcome's one-line failure."""
    import attrs

    from ..checks import check
    from ..exceptions import GovReportError

    try:
        report = load(path)
        if kind is not None:
            report = attrs.evolve(report, kind=kind)
        return Outcome(str(path), findings=tuple(map(Found.of, check(report, locale=lang))))
    except Fail as exc:
        return Outcome(str(path), exc.worded(lang))
    except GovReportError as exc:
        fail = Fail(N_("{path}: {problem}"), path=str(path), problem=one_line(str(exc)))
        return Outcome(str(path), fail.worded(lang))
    except Exception as exc:  # a bug of ours must not stop the other files: name it, exit 2
        fail = Fail(
            N_("{path}: govreport failed on this file ({error}: {problem})"),
            path=str(path),
            error=type(exc).__name__,
            problem=one_line(str(exc)),
        )
        return Outcome(str(path), fail.worded(lang))


def check_files(
    paths: Sequence[Path], *, kind: str | None, lang: str, jobs: int
) -> Iterator[Outcome]:
    """Check each file, *jobs* at a time, yielding outcomes in the order of *paths*.

    ``jobs=1`` checks in this process. A named ``.py`` file runs in its own
    child process either way (from a worker, when there are workers).
    """
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield check_file(path, kind, lang)
        return
    # The first file of each data suffix is checked here, before the workers fork: that imports
    # the readers and checks and primes their caches once, for every worker to inherit.
    primed: dict[int, Outcome] = {}
    seen: set[str] = set()
    for number, path in enumerate(paths):
        suffix = path.suffix.lower()
        if suffix not in seen and suffix in data_suffixes():
            seen.add(suffix)
            primed[number] = check_file(path, kind, lang)
    rest = [path for number, path in enumerate(paths) if number not in primed]
    workers = min(jobs, max(len(rest), 1))
    # Big enough chunks that passing work is cheap, small enough that progress moves.
    chunk = max(1, min(64, len(rest) // (workers * 8)))
    pool = ProcessPoolExecutor(workers, mp_context=CONTEXT, initializer=_leave_ctrl_c)
    try:
        count = len(rest)
        # Forked workers start with the first submission. Frozen objects are never scanned by
        # a worker's garbage collector, so the pages they share with this process stay shared.
        gc.freeze()
        try:
            done = pool.map(check_file, rest, [kind] * count, [lang] * count, chunksize=chunk)
        finally:
            gc.unfreeze()
        for number in range(len(paths)):
            try:
                yield primed[number] if number in primed else next(done)
            except BrokenProcessPool:
                # A worker killed from outside (out of memory, a signal) takes its chunk with
                # it; the run cannot say which file did it, so it stops and says how many are left.
                raise Fail(
                    N_(
                        "a checking process ended abruptly (killed, or out of memory); "
                        "{number} file(s) were not checked: run again with --jobs 1 to find the file"
                    ),
                    number=len(paths) - number,
                ) from None
    finally:
        # On Ctrl-C (or any early end) the files not yet started are dropped, not waited for.
        pool.shutdown(wait=True, cancel_futures=True)


def _leave_ctrl_c() -> None:
    """In a worker: Ctrl-C is the command's to handle, once, not each worker's with a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(
    names: Sequence[str],
    *,
    out: TextIO,
    err: TextIO,
    form: str,
    kind: str | None,
    lang: str,
    jobs: int,
    save: Callable[[str], None] | None,
) -> int:
    """``govreport check``: check every file, print as *form* says, return the worst status.

    Findings go to *out* as they come (``text`` and ``jsonl``; ``json`` at the
    end), or to *save* at the end when it is given (``-o FILE``). Failures are
    one line each on *err*, and in the data for ``json`` and ``jsonl``. With
    several files a table closes the run, on *err* so that *out* holds only findings.

    Returns:
        2 if a file could not be read, else 1 if a report has an error finding, else 0.
    """
    several = len(names) > 1 or any(Path(name).is_dir() for name in names)
    paths, empty = expand(names, lang)
    outcomes = list(empty)
    kept: list[str] = []
    entries: list[dict[str, Any]] = []

    def emit(line: str) -> None:
        if save is None and form != "json":
            progress.write(line, out)  # clears the bar first when both share a terminal
        else:
            kept.append(line)

    def show(outcome: Outcome) -> None:
        where = outcome.path if several or form == "jsonl" else None
        if outcome.failure is not None:
            progress.write(
                _word(N_("govreport: error: {problem}"), {"problem": outcome.failure}, lang)
            )
            data: list[dict[str, Any]] = [{"path": outcome.path, "error": outcome.failure}]
        elif form == "text":
            prefix = f"{where}: " if where else ""
            for f in outcome.findings:
                emit(prefix + worded_line(f.location, f.severity, f.code, f.message, lang))
            data = []
        else:
            data = [f.data(where) for f in outcome.findings]
        if form == "jsonl":
            for entry in data:
                emit(json.dumps(entry, ensure_ascii=False))
        else:
            entries.extend(data)

    progress = Progress(len(paths), err, lang)
    try:
        for outcome in empty:
            show(outcome)
        for outcome in check_files(paths, kind=kind, lang=lang, jobs=jobs):
            outcomes.append(outcome)
            progress.advance()
            show(outcome)
    except BrokenPipeError:
        # The reader of our output went away (`| head`): stop quietly, as command-line tools do.
        progress.close()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())  # so that the interpreter's last flush does not fail
        return 141
    except KeyboardInterrupt:
        progress.close()
        facts: dict[str, Fact] = {"done": len(outcomes) - len(empty), "total": len(paths)}
        print(
            _word(N_("govreport: interrupted after {done} of {total} files"), facts, lang), file=err
        )
        return 130
    progress.close()
    if not several and form == "text" and outcomes[0].failure is None:
        emit(summary(outcomes[0].findings, lang))
    if form == "json":
        kept.append(json.dumps(entries, ensure_ascii=False, indent=2))
    if save is not None and kept:
        save("\n".join(kept))
    elif form == "json":
        print(kept[0], file=out)
    if several:
        print(summary_table(outcomes, lang), file=err)
    if any(o.failure is not None for o in outcomes):
        return 2
    return 1 if any(o.has_error for o in outcomes) else 0


def default_jobs() -> int:
    """The number of cores (``os.cpu_count()``), at least 1."""
    return os.cpu_count() or 1


class Progress:
    """Files done, rate and ETA on stderr while it is a terminal: tqdm if installed, else a line.

    tqdm is the ``progress`` extra: one small pure-Python package with no
    dependencies, which writes other lines above its bar cleanly. Without it a
    plain line is redrawn at most ten times a second. When stderr is not a
    terminal nothing is drawn; :meth:`write` still prints.
    """

    def __init__(self, total: int, err: TextIO, lang: str) -> None:
        self._err = err
        self._lang = lang
        self._total = total
        self._done = 0
        self._start = self._drawn = time.monotonic()
        self._bar: Any = None
        self._shown = total > 1 and err.isatty()
        if self._shown:
            try:
                from tqdm import tqdm
            except ImportError:
                return

            class Bar(tqdm):  # type: ignore[misc]  # tqdm ships no types
                # No monitor thread: a thread in this process would make forking unsafe.
                monitor_interval = 0

            try:
                sized = os.get_terminal_size(err.fileno()).columns > 0
            except (OSError, ValueError):
                sized = False
            # tqdm hides its bar on a terminal that reports no size: give it one.
            shape = {"dynamic_ncols": True} if sized else {"ncols": 80, "nrows": 24}
            self._bar = Bar(total=total, file=err, unit="file", **shape)

    def advance(self) -> None:
        self._done += 1
        if self._bar is not None:
            self._bar.update()
        elif self._shown:
            now = time.monotonic()
            if now - self._drawn >= 0.1 or self._done == self._total:
                self._drawn = now
                self._err.write("\r\033[K" + self.line(now))
                self._err.flush()

    def write(self, line: str, file: TextIO | None = None) -> None:
        """Print *line* to *file* (stderr by default) above the bar, and flush it.

        Lines are flushed one by one, so that ``jsonl`` streams.
        """
        file = self._err if file is None else file
        if self._bar is not None:
            self._bar.write(line, file=file)
        else:
            if self._shown:
                self._err.write("\r\033[K")
                self._err.flush()
            print(line, file=file)
        file.flush()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._shown:
            self._err.write("\r\033[K")
            self._err.flush()

    def line(self, now: float) -> str:
        """The plain progress line: files done, rate and ETA."""
        rate = self._done / max(now - self._start, 1e-9)
        eta = (self._total - self._done) / rate if rate else 0.0
        facts: dict[str, Fact] = {
            "done": self._done,
            "total": self._total,
            "rate": f"{rate:.0f}",
            "eta": f"{eta:.0f}",
        }
        return _word(N_("{done}/{total} files, {rate} files/s, ETA {eta} s"), facts, self._lang)


def summary_table(outcomes: Iterable[Outcome], lang: str) -> str:
    """The closing table: files, files not read, reports with errors, findings by code."""
    outcomes = list(outcomes)
    codes = Counter((f.code, f.severity) for o in outcomes for f in o.findings)
    totals = [
        (N_("files"), len(outcomes)),
        (N_("could not be read"), sum(o.failure is not None for o in outcomes)),
        (N_("reports with errors"), sum(o.has_error for o in outcomes)),
    ]
    rows = [(_word(label, {}, lang), count) for label, count in totals]
    by_code = [
        (
            "  "
            + _word(
                N_("{code} ({severity})"),
                {"code": code, "severity": Phrase(template=SEVERITY_WORDS[severity])},
                lang,
            ),
            count,
        )
        for (code, severity), count in sorted(codes.items())
    ]
    labels = [label for label, _ in rows + by_code]
    width = max(_width(label) for label in labels) + 2
    digits = max(len(str(count)) for _, count in rows + by_code)

    def row(label: str, count: int) -> str:
        return f"{label}{' ' * (width - _width(label))}{count:>{digits}}"

    rule = "-" * (width + digits)
    lines = [rule, *(row(label, count) for label, count in rows)]
    if by_code:
        lines.append(_word(N_("findings by code"), {}, lang))
        lines += [row(label, count) for label, count in by_code]
    return "\n".join([*lines, rule])


def _width(text: str) -> int:
    """Columns *text* takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
