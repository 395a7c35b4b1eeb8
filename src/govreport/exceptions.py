"""The exceptions govreport raises, in one leaf module so every layer can import it.

Every error subclasses :class:`GovReportError` *and* the builtin it behaves like,
so ``except ValueError`` keeps working for callers who do not know govreport::

    GovReportError
    ├── ValidationError(ValueError)        a model value is wrong (field, value)
    │   └── LimitError                     a value exceeds a documented limit (limit, path)
    ├── ModelTypeError(TypeError)          a model field got a value of the wrong type
    ├── NumeralError(ValueError)           Chinese numeral text cannot be read (position)
    ├── StructureError(ValueError)         JSON/dict input is malformed (every problem, by path)
    ├── ParseError(ValueError)             an import failed (line, column; or file)
    ├── MissingExtraError(ImportError)     a feature's optional extra is not installed
    └── UnknownRendererError(LookupError)  no renderer of that name, or its extra is missing
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "GovReportError",
    "LimitError",
    "MissingExtraError",
    "ModelTypeError",
    "NumeralError",
    "ParseError",
    "StructureError",
    "UnknownRendererError",
    "ValidationError",
]


class GovReportError(Exception):
    """Base class of every error govreport raises on purpose.

    >>> issubclass(ValidationError, GovReportError)
    True
    """


class _FieldProblem(GovReportError):
    """A bad value for one field: carries the field's name and the value."""

    def __init__(self, message: str, *, field: str = "", value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __str__(self) -> str:
        return self.message


class ValidationError(_FieldProblem, ValueError):
    """A model value was rejected at construction.

    Attributes:
        field: the name of the offending field (``"year"``), or ``""`` when the
            problem is between fields.
        value: the rejected value.

    >>> err = ValidationError("'year' must be in [1949, 2100] (got 1900)", field="year", value=1900)
    >>> err.field, err.value
    ('year', 1900)
    """


class LimitError(ValidationError):
    """A value exceeds one of the documented size limits (see ``govreport.validators``).

    The limits keep hostile input cheap: a tiny document cannot ask for a
    30,000,000-column table or a figure of a billion digits.

    Attributes:
        reason: the message without the path.
        limit: the name of the limit in ``govreport.validators``
            (``"MAX_TABLE_COLUMNS"``).
        path: the JSON path of the value (``"$.sections[0].blocks[1]"``) when
            it was read from JSON, else ``""``.

    >>> err = LimitError("'colspan' must be at most 100 (got 500)", limit="MAX_TABLE_COLUMNS")
    >>> err.limit, isinstance(err, ValidationError)
    ('MAX_TABLE_COLUMNS', True)
    """

    def __init__(
        self, message: str, *, limit: str, field: str = "", value: object = None, path: str = ""
    ) -> None:
        super().__init__(f"{message} @ {path}" if path else message, field=field, value=value)
        self.reason = message
        self.limit = limit
        self.path = path


class ModelTypeError(_FieldProblem, TypeError):
    """A model field received a value of a type it cannot hold.

    Attributes:
        field: the name of the offending field.
        value: the rejected value.

    >>> raise ModelTypeError("'value' must be int, Decimal or str (got float 1.5)", field="value")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ModelTypeError: 'value' must be int, Decimal or str (got float 1.5)
    """


_AROUND = 20  # characters of a long numeral quoted either side of the error


class NumeralError(GovReportError, ValueError):
    """Chinese numeral text that cannot be read exactly.

    The message quotes the text, or for a long text the 20 characters either
    side of the position, so it stays one short line.

    Attributes:
        text: the whole input.
        position: index of the first offending character (``len(text)`` when
            the text ends too early).

    >>> err = NumeralError("unexpected '十'", text="十十", position=1)
    >>> err.position
    1
    >>> str(NumeralError("unexpected '十'", text="一" * 50 + "十" + "一" * 50, position=50))
    "unexpected '十' at position 50 in '…一一一一一一一一一一一一一一一一一一一一十一一一一一一一一一一一一一一一一一一一…'"
    """

    def __init__(self, reason: str, *, text: str, position: int) -> None:
        shown = text
        if len(text) > 2 * _AROUND:
            start, end = max(0, position - _AROUND), position + _AROUND
            shown = "…" * (start > 0) + text[start:end] + "…" * (end < len(text))
        super().__init__(f"{reason} at position {position} in {shown!r}")
        self.reason = reason
        self.text = text
        self.position = position


class StructureError(GovReportError, ValueError):
    """Serialized input does not describe a valid report.

    Attributes:
        errors: one message per problem, each ending in its JSON path
            (``"'abc' is not a decimal @ $.sections[1].blocks[0].value"``).

    >>> str(StructureError(["required field missing @ $.title"]))
    'invalid report data:\\n  required field missing @ $.title'
    """

    def __init__(self, errors: Sequence[str]) -> None:
        self.errors = tuple(errors)
        super().__init__("invalid report data:\n" + "\n".join("  " + e for e in self.errors))


class ParseError(GovReportError, ValueError):
    """A text or a file could not be imported as a report.

    Attributes:
        line: 1-based line number (for a Word file, the paragraph), or ``None``
            when the problem is the file as a whole.
        column: 1-based column, or ``None`` for a paragraph.
        file: the file's name, when the input was a named file, else ``None``.

    >>> str(ParseError("empty input", line=1, column=1))
    'line 1, column 1: empty input'
    >>> str(ParseError("a .docx that is not a zip", file="a.docx"))
    'a.docx: a .docx that is not a zip'
    >>> str(ParseError("no report year", file="a.docx", line=3))
    'a.docx: paragraph 3: no report year'
    >>> str(ParseError("no report year", line=3))
    'paragraph 3: no report year'
    """

    def __init__(
        self,
        reason: str,
        *,
        line: int | None = None,
        column: int | None = None,
        file: str | None = None,
    ) -> None:
        where = []
        if file is not None:
            where.append(file)
        if line is not None and column is not None:
            where.append(f"line {line}, column {column}")
        elif line is not None:  # a document's lines are paragraphs, which have no columns
            where.append(f"paragraph {line}")
        super().__init__(": ".join([*where, reason]))
        self.reason = reason
        self.line = line
        self.column = column
        self.file = file


class MissingExtraError(GovReportError, ImportError):
    """A feature needs an optional extra that is not installed.

    Attributes:
        feature: what was asked for (``"parse_html"``).
        extra: the extra that installs it (``"html"`` for ``govreport[html]``).
        reason: why it could not be loaded (the import error's message).

    >>> print(MissingExtraError("parse_html", extra="html", reason="No module named 'lxml'"))
    parse_html needs the 'html' extra (No module named 'lxml'): pip install 'govreport[html]'
    """

    def __init__(self, feature: str, *, extra: str, reason: str) -> None:
        super().__init__(
            f"{feature} needs the {extra!r} extra ({reason}): pip install 'govreport[{extra}]'"
        )
        self.feature = feature
        self.extra = extra
        self.reason = reason


class UnknownRendererError(GovReportError, LookupError):
    """No renderer is registered under the requested name, or it cannot be loaded.

    Attributes:
        name: the name asked for.
        available: the names that are registered and can be loaded.
        extra: for a built-in whose dependencies are an optional extra that is
            not installed, the extra's name (``"docx"`` for ``govreport[docx]``);
            otherwise ``None``.

    >>> str(UnknownRendererError("pdf", available=["html", "markdown", "text"]))
    "no renderer named 'pdf'; available: html, markdown, text"
    >>> print(UnknownRendererError("docx", available=["text"], extra="docx",
    ...     reason="No module named 'docx'"))
    the 'docx' renderer is not installed (No module named 'docx'): pip install 'govreport[docx]'
    """

    def __init__(
        self,
        name: str,
        *,
        available: Sequence[str],
        extra: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.name = name
        self.available = tuple(available)
        self.extra = extra
        if extra is not None:
            why = "" if reason is None else f" ({reason})"
            message = (
                f"the {name!r} renderer is not installed{why}: pip install 'govreport[{extra}]'"
            )
        elif reason is not None:
            message = f"the {name!r} renderer cannot be loaded: {reason}"
        else:
            message = f"no renderer named {name!r}; available: {', '.join(self.available)}"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])
