"""Finding messages in the reader's language: templates, catalogs and locales.

A finding's message is a *template* (its English wording, with ``{name}``
fields) and the *facts* it found (figures as written, numbers, dates, nested
:class:`Phrase` objects). :func:`render` looks the template up in the gettext
catalog of a locale (``locale/<dir>/LC_MESSAGES/govreport.mo``, compiled from
the ``.po`` files with Babel) and fills in the facts the way that locale writes
them: a date as ``2024-06-01`` in English and ``2024年6月1日`` in Chinese; a
tuple joined by the field's format spec, which each translation chooses
(``{parts: + }`` in English, ``{parts:、}`` in Chinese). A template missing
from a catalog falls back to the English catalog.

Templates are marked with :func:`N_` so that ``pybabel extract`` finds them.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import string
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeAlias

import attrs

from .exceptions import ValidationError

if TYPE_CHECKING:  # Babel is imported when a message is worded, not with the CLI
    import babel

__all__ = ["LOCALES", "N_", "Fact", "Phrase", "render", "resolve_locale", "translations"]

DOMAIN: Final = "govreport"
"""The gettext domain: the catalogs are ``govreport.po`` and ``govreport.mo``."""

LOCALE_DIR: Final = Path(__file__).parent / "locale"

LOCALES: Final[dict[str, str]] = {"en": "en", "zh_Hans_CN": "zh_Hans"}
"""The locales findings can be worded in, each with the folder of its catalog."""


def N_(template: str) -> str:
    """Mark *template* for the catalogs; it stays the English template."""
    return template


@attrs.frozen(kw_only=True)
class Phrase:
    """Part of a message worded by its own template (``more than 30次``), nested in facts."""

    template: str
    facts: Mapping[str, Fact] = attrs.field(factory=dict, hash=False)


Fact: TypeAlias = "str | int | Decimal | dt.date | Phrase | tuple[Fact, ...]"
"""What a finding found: text as written, a number, a date, a phrase, or several of them."""


def resolve_locale(locale: str | babel.Locale) -> str:
    """The name in :data:`LOCALES` that *locale* asks for (``zh``, ``zh_CN`` → ``zh_Hans_CN``).

    >>> resolve_locale("zh_CN"), resolve_locale("en_GB")
    ('zh_Hans_CN', 'en')
    >>> resolve_locale("fr")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: no messages in locale 'fr'; available: en, zh_Hans_CN
    """
    import babel

    given = str(locale) if isinstance(locale, babel.Locale) else locale
    try:
        parsed = babel.Locale.parse(given.replace("-", "_"))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        parsed = None
    if parsed is not None:
        if parsed.language == "en":
            return "en"
        chinese = parsed.language == "zh" and parsed.script in (None, "Hans")
        if chinese and parsed.territory in (None, "CN", "SG"):
            return "zh_Hans_CN"
    raise ValidationError(
        f"no messages in locale {given!r}; available: {', '.join(LOCALES)}",
        field="locale",
        value=locale,
    )


@functools.cache
def translations(locale: str, directory: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """The catalog of a locale named in :data:`LOCALES`, falling back to English.

    A message missing from the catalog comes from the English catalog, so a
    reader sees English rather than a message id.
    """
    english = gettext.translation(DOMAIN, directory, languages=[LOCALES["en"]])
    if locale == "en":
        return english
    found = gettext.translation(DOMAIN, directory, languages=[LOCALES[locale]])
    found.add_fallback(english)
    return found


class _Filler(string.Formatter):
    """Fills a translated template with facts worded for one locale."""

    def __init__(self, locale: str, directory: Path) -> None:
        self.locale = locale
        self.catalog = translations(locale, directory)

    def template(self, template: str, facts: Mapping[str, Fact]) -> str:
        return self.vformat(self.catalog.gettext(template), (), facts)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Phrase):
            return self.template(value.template, value.facts)
        if isinstance(value, tuple):
            return format_spec.join(self.format_field(v, "") for v in value)
        if isinstance(value, dt.date):
            if self.locale == "en":
                return value.isoformat()
            from babel.dates import format_date

            return format_date(value, "long", locale=self.locale)
        return str(format(value, format_spec))


def render(
    template: str,
    facts: Mapping[str, Fact],
    locale: str | babel.Locale,
    *,
    directory: Path = LOCALE_DIR,
) -> str:
    """*template* in *locale* (see :func:`resolve_locale`), filled with *facts*.

    *directory* holds the catalogs (``<dir>/LC_MESSAGES/govreport.mo``).

    >>> late = N_("published on {published}, after the deadline {due} for a report about {year}")
    >>> facts = {"published": dt.date(2024, 6, 3), "due": dt.date(2024, 5, 31), "year": 2023}
    >>> render(late, facts, "zh_Hans_CN")
    '2023年度报告于2024年6月3日公开，晚于公开期限2024年5月31日。'
    >>> render(late, facts, "en")
    'published on 2024-06-03, after the deadline 2024-05-31 for a report about 2023'
    """
    return _Filler(resolve_locale(locale), directory).template(template, facts)
