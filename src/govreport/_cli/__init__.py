"""The ``govreport`` command: render, check, compare, parse and numeral.

Built on argparse, with every heavy import inside its subcommand so that
``govreport --help`` stays fast. Exit codes: 0 success (for ``check``: no
finding is an error), 1 ``check`` found errors, 2 bad usage or input that
cannot be read (one line on stderr, never a traceback).

``check`` takes many files and folders and checks them in worker processes
(:mod:`._batch`). Files are read by their suffix through one table
(:data:`._readers.READERS`); a ``.py`` input is code and runs, in a child
process, only when it is named.

The CLI's own lines (errors, progress, summaries) and ``check``'s findings are
worded in Chinese or English: ``check --lang zh|en``, or else the first of
``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set, as command-line programs do
(``zh_CN.UTF-8`` is Chinese; ``C``, unset and any language without a catalog are
English).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .._messages import N_, Fact, Phrase, resolve_locale
from .._messages import render as _word
from ..exceptions import ValidationError
from ._readers import Fail as _Fail
from ._readers import one_line as _one_line
from ._readers import reason as _reason

if TYPE_CHECKING:
    from .._report import Report

__all__ = ["main"]


def _language(environ: Mapping[str, str]) -> str:
    """The locale the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG set."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            wanted = value.split(".")[0].split("@")[0]
            try:
                return resolve_locale(wanted)
            except ValidationError:
                return "en"  # C, POSIX and languages without a catalog
    return "en"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["numeral", "100010000"])
    一亿零一万
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "lang", None)
    args.lang = _language(os.environ) if lang is None else resolve_locale(lang)
    try:
        status: int = args.run(args, sys.stdout, sys.stderr)
    except _Fail as exc:
        line = _word(
            N_("govreport: error: {problem}"), {"problem": exc.worded(args.lang)}, args.lang
        )
        print(line, file=sys.stderr)
        return 2
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport",
        description="Render, check and import Chinese government annual reports.",
    )
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    render = sub.add_parser(
        "render", help="render a report to text, Markdown, HTML, JSON or a plug-in's format"
    )
    render.add_argument(
        "path", metavar="PATH", help="a .py file defining `report`, a .json, .txt or .html file"
    )
    render.add_argument(
        "--to",
        metavar="FORMAT",
        help="text, markdown, html, json or a plug-in name (default: from the suffix of -o)",
    )
    render.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output (- is standard output); required for a binary format",
    )
    render.add_argument(
        "--numerals",
        metavar="{arabic,chinese}",
        help="write figures and years in Arabic digits (the default) or Chinese numerals",
    )
    render.add_argument(
        "--numbering",
        metavar="{restart,continuous}",
        help="restart level-3 items (1. 2. …) under each （一） (the default), or run them on",
    )
    render.add_argument(
        "--fragment",
        action="store_true",
        default=None,
        help="html: only the <article>, to embed in a page",
    )
    render.set_defaults(run=_render)

    check = sub.add_parser("check", help="check reports for inconsistent figures")
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="report files, or folders searched for data files (.json, .txt; never .py)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "html"),
        default="text",
        help="output format: lines, one JSON array, one JSON object per line "
        "(a finding or a file that could not be read), or one report annotated in HTML",
    )
    check.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help="check N files at a time in separate processes (default: the number of cores)",
    )
    check.add_argument(
        "-o", "--output", metavar="OUT", help="write here instead of standard output"
    )
    check.add_argument("--kind", metavar="NAME", help="check as this statutory kind")
    check.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="language of findings and summaries (default: from LC_ALL, LC_MESSAGES, LANG)",
    )
    check.set_defaults(run=_check)

    compare = sub.add_parser(
        "compare", help="compare a report with last year's and check the changes it states"
    )
    compare.add_argument(
        "old", metavar="OLD", help="last year's report (.py, .json, .txt or .html)"
    )
    compare.add_argument("new", metavar="NEW", help="this year's report")
    compare.add_argument(
        "--format", choices=("text", "json", "html"), default="text", help="output format"
    )
    compare.add_argument(
        "--any-order", action="store_true", help="compare even if OLD is not of an earlier year"
    )
    compare.add_argument(
        "--any-kind", action="store_true", help="compare even if the reports' kinds differ"
    )
    compare.set_defaults(run=_compare)

    parse = sub.add_parser(
        "parse", help="import a report as published (text, web page, Word file) as JSON"
    )
    parse.add_argument("path", metavar="PATH", help="a .txt, .html/.htm or .docx file")
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
    numeral.add_argument(
        "--lenient",
        action="store_true",
        help="with --parse, also read colloquial forms (三万五, 两千二, 3万, 1.2亿)",
    )
    numeral.set_defaults(run=_numeral, mode="lower")
    return parser


def _render(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..exceptions import GovReportError
    from ..renderers import get_renderer, render

    output: str | None = args.output
    name: str = args.to if args.to is not None else _format_from(output)
    options = {
        option: getattr(args, option)
        for option in ("numerals", "numbering", "fragment")
        if getattr(args, option) is not None
    }
    try:
        renderer = get_renderer(name, **options)
    except GovReportError as exc:
        raise _Fail(N_("{problem}"), problem=str(exc)) from None
    if type(renderer).binary:
        file = f"-o FILE{type(renderer).suffix}"
        if output is None:
            raise _Fail(
                N_(
                    "'{name}' output is binary: write it to a file with {file}, or pipe it with -o -"
                ),
                name=name,
                file=file,
            )
        if output == "-" and out.isatty():
            raise _Fail(
                N_(
                    "'{name}' output is binary and standard output is a terminal: "
                    "write it to a file with {file}, or redirect standard output"
                ),
                name=name,
                file=file,
            )
    report = _load(Path(args.path))
    try:
        rendered = render(report, name, **options)
    except GovReportError as exc:
        raise _Fail(N_("{problem}"), problem=str(exc)) from None
    _write(rendered, output, out)
    return 0


def _format_from(output: str | None) -> str:
    """The renderer named by the suffix of *output*, for ``render`` without ``--to``."""
    from ..renderers import available_renderers, renderer_for_suffix

    suffix = "" if output is None or output == "-" else Path(output).suffix
    name = renderer_for_suffix(suffix)
    if name is None:
        available = tuple(available_renderers())
        if not suffix:
            raise _Fail(
                N_(
                    "give --to FORMAT, or -o FILE with a suffix to infer it from "
                    "(available: {available:, })"
                ),
                available=available,
            )
        raise _Fail(
            N_("no renderer writes {suffix} files; give --to FORMAT (available: {available:, })"),
            suffix=suffix,
            available=available,
        )
    return name


def _check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Check every file named or found in a folder (:mod:`._batch`); html annotates one."""
    if args.kind is not None:
        from ..exceptions import GovReportError
        from ..kinds import get_kind

        try:
            get_kind(args.kind)
        except GovReportError as exc:
            raise _Fail(N_("{problem}"), problem=str(exc)) from None
    if args.format == "html":
        if len(args.paths) > 1 or Path(args.paths[0]).is_dir():
            raise _Fail(N_("--format html annotates one report: give one file"))
        return _check_annotated(Path(args.paths[0]), args, out)
    from ._batch import default_jobs, run

    def save(content: str) -> None:
        _write(content, args.output, out)

    return run(
        args.paths,
        out=out,
        err=err,
        form=args.format,
        kind=args.kind,
        lang=args.lang,
        jobs=args.jobs if args.jobs is not None else default_jobs(),
        save=None if args.output is None or args.output == "-" else save,
    )


def _check_annotated(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    import attrs

    from ..checks import check
    from ..exceptions import GovReportError
    from ._annotated import annotated_html

    report = _load(path)
    try:
        if args.kind is not None:
            report = attrs.evolve(report, kind=args.kind)
        findings = check(report, locale=args.lang)
    except GovReportError as exc:
        raise _Fail(N_("{path}: {problem}"), path=str(path), problem=_one_line(str(exc))) from None
    _write(annotated_html(report, findings, locale=args.lang), args.output, out)
    return 1 if any(f.severity == "error" for f in findings) else 0


def _compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import json

    from ..checks import compare
    from ..exceptions import GovReportError
    from ._annotated import summary
    from ._compare_output import comparison_data, comparison_text

    previous, current = _load(Path(args.old)), _load(Path(args.new))
    try:
        result = compare(previous, current, ordered=not args.any_order, same_kind=not args.any_kind)
    except ValidationError as exc:
        raise _refused(exc, args, previous, current) from None
    except GovReportError as exc:
        raise _Fail(N_("{problem}"), problem=_one_line(str(exc))) from None
    if args.format == "json":
        print(json.dumps(comparison_data(result), ensure_ascii=False, indent=2), file=out)
    elif args.format == "html":
        from ._compare_html import comparison_html

        out.write(comparison_html(result))
    else:
        print(comparison_text(result), file=out)
        print(summary(result.findings, args.lang), file=out)
    return 1 if any(f.severity == "error" for f in result.findings) else 0


def _refused(exc: ValidationError, args: argparse.Namespace, old: Report, new: Report) -> _Fail:
    """Why compare refused OLD and NEW, naming the option that compares them anyway."""
    if exc.field == "previous":  # the years are not in order
        return _Fail(
            N_(
                "OLD must be the earlier report: {old} is of {old_year}, {new} of {new_year} "
                "(pass --any-order to compare anyway)"
            ),
            old=args.old,
            new=args.new,
            old_year=old.year,
            new_year=new.year,
        )
    if exc.field == "current":  # the kinds differ
        none = Phrase(template=N_("not of a statutory kind"))
        return _Fail(
            N_(
                "OLD and NEW must be reports of one kind: {old} is {old_kind}, {new} is "
                "{new_kind} (pass --any-kind to compare anyway)"
            ),
            old=args.old,
            new=args.new,
            old_kind=old.kind or none,
            new_kind=new.kind or none,
        )
    return _Fail(N_("{problem}"), problem=_one_line(str(exc)))


def _parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ._readers import imported_suffixes

    path = Path(args.path)
    if path.suffix.lower() not in imported_suffixes():
        raise _Fail(
            N_("{path}: parse imports a report from a {suffixes:, } file"),
            path=str(path),
            suffixes=imported_suffixes(),
        )
    from collections import Counter

    from .._serialization import to_json

    report = _load(path)
    _write(to_json(report), args.output, out)
    if report.set_aside:
        # Nothing is dropped silently: the JSON lists them, and the terminal says so.
        counts = Counter(item.reason for item in report.set_aside)
        facts: dict[str, Fact] = {
            "path": str(path),
            "number": len(report.set_aside),
            "reasons": tuple(f"{reason} {count}" for reason, count in counts.items()),
        }
        template = N_(
            "govreport: {path}: {number} line(s) set aside ({reasons:, }); "
            "they are listed under set_aside in the JSON"
        )
        print(_word(template, facts, args.lang), file=err)
    return 0


def _numeral(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .. import numerals

    value: str = args.value
    if args.lenient and args.mode != "parse":
        raise _Fail(N_("--lenient applies to --parse only"))
    try:
        if args.mode == "parse":
            result: object = numerals.from_chinese(value, lenient=args.lenient)
        elif args.mode == "rmb":
            result = numerals.rmb(value)
        elif args.mode == "digits":
            result = numerals.digits(value)
        else:
            result = numerals.to_chinese(value, style=args.mode)
    except (ValueError, TypeError) as exc:
        raise _Fail(N_("{problem}"), problem=str(exc)) from None
    print(result, file=out)
    return 0


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1 (got {value!r})")
    return int(value)


def _load(path: Path) -> Report:
    """Read a report by its suffix (the table :data:`._readers.READERS`), or fail with one line."""
    from ._readers import load

    return load(path)


def _write(content: str | bytes, output: str | None, out: TextIO) -> None:
    """Write *content* to the file *output*, or to *out* for ``None`` or ``-``.

    Text always ends with a newline.
    """
    if isinstance(content, str) and not content.endswith("\n"):
        content += "\n"
    try:
        if output is not None and output != "-":
            # Encoded before the file is opened, so a failure leaves no empty file behind.
            data = content.encode("utf-8") if isinstance(content, str) else content
            Path(output).write_bytes(data)
        elif isinstance(content, bytes):
            out.flush()
            out.buffer.write(content)
            out.buffer.flush()
        else:
            out.write(content)
    except (OSError, UnicodeEncodeError) as exc:
        where: Fact = (
            output
            if output is not None and output != "-"
            else Phrase(template=N_("standard output"))
        )
        raise _Fail(N_("{path}: cannot write: {reason}"), path=where, reason=_reason(exc)) from None
