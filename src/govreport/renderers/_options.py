"""The options every renderer takes, validated when the renderer is built."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final, Literal, TypeVar

import attrs

from .._outline import Numbering
from ..dates import format_date
from ..exceptions import ValidationError
from ..validators import instance_of, one_of

__all__ = ["Options", "make_options"]

OptionsT = TypeVar("OptionsT", bound=attrs.AttrsInstance)


_PROBE: Final = dt.date(2023, 12, 31)
_LOCALE: Final = re.compile(r"[A-Za-z]{2,8}(?:[_-][A-Za-z0-9]{1,8})*")


@attrs.frozen(kw_only=True)
class Options:
    """Options every renderer takes.

    Args:
        numerals: ``"arabic"`` (the default: statistics are written in Arabic
            digits, GB/T 15835 §4.1) or ``"chinese"`` (一千四百六十四, 二〇二三).
            A quantity's own ``numerals`` field overrides it.
        date_style: the closing date's style for ``govreport.dates.format_date``
            (``"arabic"`` 2024年1月15日, ``"chinese"`` 二〇二四年一月十五日, or a
            CLDR pattern); ``None`` (the default) follows *numerals*, so figures
            and dates use the same form (GB/T 15835 同类别同形式).
        numbering: ``"restart"`` numbers level-3 items from 1. under each
            （一）; ``"continuous"`` runs them on through the level-1 section.
        locale: passed to ``govreport.dates.format_date``; the HTML
            renderer also derives ``lang`` from it (``zh_CN`` → ``zh-CN``).

    >>> Options().numerals
    'arabic'
    >>> Options(numbering="runon")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: 'numbering' must be one of 'restart', 'continuous' (got 'runon')
    """

    numerals: Literal["arabic", "chinese"] = attrs.field(
        default="arabic", validator=one_of("arabic", "chinese")
    )
    date_style: str | None = attrs.field(default=None, validator=instance_of(str, type(None)))
    numbering: Numbering = attrs.field(default="restart", validator=one_of("restart", "continuous"))
    locale: str = attrs.field(default="zh_CN", validator=instance_of(str))

    @locale.validator
    def _check_locale(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _LOCALE.fullmatch(value):
            raise ValidationError(
                f"option 'locale' must be a locale name such as 'zh_CN' (got {value!r})",
                field="locale",
                value=value,
            )

    def __attrs_post_init__(self) -> None:
        # Ask the date formatter now, so a bad style or locale fails at construction.
        try:
            format_date(_PROBE, style=self.resolved_date_style, locale=self.locale)
        except Exception as exc:  # babel's UnknownLocaleError is no ValueError
            raise ValidationError(
                f"option 'date_style' {self.date_style!r} with locale {self.locale!r} "
                f"cannot format a date: {exc}",
                field="date_style",
                value=self.date_style,
            ) from exc

    @property
    def resolved_date_style(self) -> str:
        """The date style in effect, which is :attr:`date_style` or else the numerals' own."""
        return self.numerals if self.date_style is None else self.date_style


def make_options(
    options_type: type[OptionsT], options: dict[str, Any], *, renderer: str
) -> OptionsT:
    """Build *options_type* (an attrs class) from keywords, naming any option the renderer does not know.

    >>> make_options(Options, {"numeral": "chinese"}, renderer="text")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: unknown option 'numeral' for the 'text' renderer; it takes date_style, locale, numbering, numerals
    """
    known = {a.name for a in attrs.fields(options_type)}
    for name in options:
        if name not in known:
            raise ValidationError(
                f"unknown option {name!r} for the {renderer!r} renderer; "
                f"it takes {', '.join(sorted(known))}",
                field=name,
                value=options[name],
            )
    return options_type(**options)
