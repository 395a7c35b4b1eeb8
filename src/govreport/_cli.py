"""The ``govreport`` command: render, check, parse and numeral.

Built on argparse, with every heavy import inside its subcommand so that
``govreport --help`` stays fast. Exit codes: 0 success (for ``check``: no
finding is an error), 1 ``check`` found errors, 2 bad usage or input that
cannot be read (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ._report import Report
    from .checks import Finding

__all__ = ["main"]

_READABLE = (".py", ".json", ".txt")


class _Fail(Exception):
    """A one-line reason to exit with status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["numeral", "100010000"])
    一亿零一万
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args, sys.stdout, sys.stderr)
    except _Fail as exc:
        print(f"govreport: error: {exc}", file=sys.stderr)
        return 2
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport",
        description="Render, check and import Chinese government annual reports.",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    render = sub.add_parser("render", help="render a report to text, Markdown, HTML or JSON")
    render.add_argument(
        "path", metavar="PATH", help="a .py file defining `report`, a .json or a .txt file"
    )
    render.add_argument(
        "--to", required=True, metavar="FORMAT", help="text, markdown, html, json or a plug-in name"
    )
    render.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of standard output"
    )
    render.set_defaults(run=_render)

    check = sub.add_parser("check", help="check reports for inconsistent figures")
    check.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders of them")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    check.add_argument("--kind", metavar="NAME", help="check as this statutory kind")
    check.set_defaults(run=_check)

    parse = sub.add_parser("parse", help="import a plain-text report as JSON")
    parse.add_argument("path", metavar="PATH.txt")
    parse.add_argument(
        "-o", "--output", metavar="OUT.json", help="write here instead of standard output"
    )
    parse.set_defaults(run=_parse)

    numeral = sub.add_parser("numeral", help="write a number in Chinese numerals, or read one")
    numeral.add_argument("value", metavar="VALUE")
    mode = numeral.add_mutually_exclusive_group()
    for flag, text in (
        ("--financial", "financial capitals (大写): 壹万"),
        ("--rmb", "an RMB amount in capitals: 壹仟贰佰叁拾肆元伍角陆分"),
        ("--digits", "digit by digit with 〇: 二〇二三"),
        ("--parse", "read Chinese numerals: 一亿零一万 → 100010000"),
    ):
        mode.add_argument(flag, dest="mode", action="store_const", const=flag[2:], help=text)
    numeral.set_defaults(run=_numeral, mode="lower")
    return parser


def _render(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    report = _load(Path(args.path))
    if args.to == "json":
        from ._serialization import to_json

        rendered = to_json(report) + "\n"
    else:
        from .exceptions import GovReportError
        from .renderers import render

        try:
            rendered = render(report, args.to)
        except GovReportError as exc:
            raise _Fail(str(exc)) from None
    _write(rendered, args.output, out)
    return 0


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import json

    import attrs

    from .checks import check
    from .exceptions import GovReportError

    paths = list(_expand(args.paths))
    several = len(paths) > 1 or any(Path(p).is_dir() for p in args.paths)
    collected: list[dict[str, Any]] = []
    any_error = False
    for number, path in enumerate(paths, start=1):
        if several:
            print(f"[{number}/{len(paths)}] checking {path}", file=err)
        report = _load(path)
        if args.kind is not None:
            try:
                report = attrs.evolve(report, kind=args.kind)
            except GovReportError as exc:
                raise _Fail(str(exc)) from None
        try:
            findings = check(report)
        except GovReportError as exc:
            raise _Fail(f"{path}: {exc}") from None
        any_error = any_error or any(f.severity == "error" for f in findings)
        if args.format == "json":
            collected.extend(_finding_json(f, path if several else None) for f in findings)
        elif several:
            print(f"{path}: {_summary(findings)}", file=out)
        else:
            for f in findings:
                print(f"{f.location or '(report)'}: {f.severity} [{f.code}] {f.message}", file=out)
            print(_summary(findings), file=out)
    if args.format == "json":
        print(json.dumps(collected, ensure_ascii=False, indent=2), file=out)
    return 1 if any_error else 0


def _parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = Path(args.path)
    if path.suffix != ".txt":
        raise _Fail(f"{path}: parse reads a .txt file")
    from ._serialization import to_json

    _write(to_json(_load(path)) + "\n", args.output, out)
    return 0


def _numeral(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import numerals

    value: str = args.value
    try:
        if args.mode == "parse":
            result: object = numerals.from_chinese(value)
        elif args.mode == "rmb":
            result = numerals.rmb(value)
        elif args.mode == "digits":
            result = numerals.digits(value)
        else:
            result = numerals.to_chinese(value, style=args.mode)
    except (ValueError, TypeError) as exc:
        raise _Fail(str(exc)) from None
    print(result, file=out)
    return 0


def _expand(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in _READABLE and p.is_file())
            if not found:
                raise _Fail(f"{path}: no .py, .json or .txt report files in this folder")
            yield from found
        else:
            yield path


def _load(path: Path) -> Report:
    """Read a report from a .py, .json or .txt file, or fail with one line."""
    from ._report import Report
    from .exceptions import GovReportError

    if path.suffix not in _READABLE:
        raise _Fail(f"{path}: expected a .py, .json or .txt file")
    try:
        if path.suffix == ".py":
            return _run_python(path)
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _Fail(f"{path}: cannot read: {_reason(exc)}") from None
    if not content.strip():
        raise _Fail(f"{path}: the file is empty")
    try:
        if path.suffix == ".json":
            from ._serialization import from_json

            report = from_json(content)
        else:
            from .importers import parse_text

            report = parse_text(content)
    except GovReportError as exc:
        raise _Fail(f"{path}: {_one_line(str(exc))}") from None
    assert isinstance(report, Report)
    return report


def _run_python(path: Path) -> Report:
    import runpy

    from ._report import Report

    if not path.is_file():
        raise _Fail(f"{path}: cannot read: no such file")
    try:
        namespace = runpy.run_path(str(path), run_name="__govreport__")
    except Exception as exc:  # the user's code failed: report it in one line
        raise _Fail(
            f"{path}: running it raised {type(exc).__name__}: {_one_line(str(exc))}"
        ) from None
    report = namespace.get("report")
    if not isinstance(report, Report):
        raise _Fail(f"{path}: defines no module-level `report` (a govreport.Report)")
    return report


def _write(text: str, output: str | None, out: TextIO) -> None:
    if output is None:
        out.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _Fail(f"{output}: cannot write: {_reason(exc)}") from None


def _finding_json(finding: Finding, path: Path | None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "severity": finding.severity,
        "location": finding.location,
        "message": finding.message,
        "metrics": list(finding.metrics),
    }
    if path is not None:
        data["path"] = str(path)
    return data


def _summary(findings: Sequence[Finding]) -> str:
    counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
    return f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"


def _one_line(text: str) -> str:
    return "; ".join(line.strip() for line in text.splitlines() if line.strip())


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)
