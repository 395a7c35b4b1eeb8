"""The message catalogs: complete, in step with the sources, compiled, and filled right."""

from __future__ import annotations

import datetime as dt
import io
import os
import string
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from govreport._messages import LOCALE_DIR, LOCALES, N_, Phrase, render, resolve_locale
from govreport.exceptions import ValidationError

SOURCES = Path(__file__).parents[1] / "src" / "govreport"


def _po(folder: str) -> Catalog:
    with (LOCALE_DIR / folder / "LC_MESSAGES" / "govreport.po").open("rb") as f:
        return read_po(f, locale=folder)


def _source_folder(path: str) -> bool:
    # The private packages (_cli) hold messages too: skip only caches and hidden folders.
    name = os.path.basename(path)
    return not name.startswith(".") and name != "__pycache__"


def _extracted() -> set[str]:
    found = extract_from_dir(str(SOURCES), keywords={"N_": None}, directory_filter=_source_folder)
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("folder", sorted(LOCALES.values()))
def test_catalog_holds_exactly_the_marked_templates(folder: str) -> None:
    """Every N_() template of the sources is in the catalog, and nothing else is."""
    held = {m.id for m in _po(folder) if m.id}
    assert held == _extracted()


@pytest.mark.parametrize("folder", sorted(LOCALES.values()))
def test_every_message_is_translated_and_none_is_fuzzy(folder: str) -> None:
    catalog = _po(folder)
    assert not catalog.fuzzy
    untranslated = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert (untranslated, fuzzy) == ([], [])


@pytest.mark.parametrize("folder", sorted(LOCALES.values()))
def test_translations_use_the_fields_of_their_template(folder: str) -> None:
    """A translation that drops or invents a field would lose a fact or fail to fill."""
    wrong = [m.id for m in _po(folder) if m.id and _fields(str(m.id)) != _fields(str(m.string))]
    assert wrong == []


@pytest.mark.parametrize("folder", sorted(LOCALES.values()))
def test_compiled_catalog_is_up_to_date(folder: str) -> None:
    """The committed .mo is what `pybabel compile` makes of the committed .po."""
    compiled = io.BytesIO()
    write_mo(compiled, _po(folder))
    shipped = (LOCALE_DIR / folder / "LC_MESSAGES" / "govreport.mo").read_bytes()
    assert shipped == compiled.getvalue()


def test_chinese_messages_use_chinese_punctuation() -> None:
    """Whole messages end with 。 and use no ASCII comma, colon or parenthesis."""
    catalog = _po("zh_Hans")
    for message in catalog:
        text = str(message.string)
        if not message.id or not text.endswith("。"):
            continue  # a phrase nested in a message
        outside_fields = "".join(literal for literal, *_ in string.Formatter().parse(text))
        assert not set(outside_fields) & set(",:()"), text


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("en", "en"),
        ("en_US", "en"),
        ("en-GB", "en"),
        ("zh", "zh_Hans_CN"),
        ("zh_CN", "zh_Hans_CN"),
        ("zh_Hans", "zh_Hans_CN"),
        ("zh_Hans_CN", "zh_Hans_CN"),
    ],
)
def test_resolve_locale(given: str, expected: str) -> None:
    assert resolve_locale(given) == expected


@pytest.mark.parametrize("given", ["fr", "zh_Hant_TW", "zh_TW", "", "not a locale"])
def test_unknown_locale_lists_the_available(given: str) -> None:
    with pytest.raises(ValidationError, match="available: en, zh_Hans_CN") as caught:
        resolve_locale(given)
    assert caught.value.field == "locale"


def test_dates_in_each_locale() -> None:
    late = N_("published on {published}, after the deadline {due} for a report about {year}")
    facts = {"published": dt.date(2024, 6, 1), "due": dt.date(2024, 4, 1), "year": 2023}
    assert render(late, facts, "en") == (
        "published on 2024-06-01, after the deadline 2024-04-01 for a report about 2023"
    )
    assert render(late, facts, "zh") == "2023年度报告于2024年6月1日公开，晚于公开期限2024年4月1日。"


def test_tuples_are_joined_as_each_translation_says_and_phrases_nest() -> None:
    facts = {
        "listed": Phrase(template=N_("the parts")),
        "verb": Phrase(template=N_("add up to")),
        "parts": ("委发76件", "府函206件"),
        "sum": "282件",
        "gap": "278件",
        "total": "共计发文560件",
    }
    template = N_("{listed} {parts: + } {verb} {sum}, {gap} short of the total {total}")
    assert render(template, facts, "en") == (
        "the parts 委发76件 + 府函206件 add up to 282件, 278件 short of the total 共计发文560件"
    )
    assert render(template, facts, "zh_Hans_CN") == (
        "各分项（委发76件、府函206件）合计282件，比总数“共计发文560件”少278件。"
    )


def _write_catalog(directory: Path, folder: str, messages: dict[str, str]) -> None:
    catalog = Catalog(locale=folder, domain="govreport")
    for key, value in messages.items():
        catalog.add(key, value)
    target = directory / folder / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "govreport.mo").open("wb") as f:
        write_mo(f, catalog)


def test_a_message_missing_in_a_catalog_falls_back_to_english(tmp_path: Path) -> None:
    """Not to the message id: the English catalog words it."""
    _write_catalog(tmp_path, "en", {"msg-id {n}": "English {n}", "other": "Other"})
    _write_catalog(tmp_path, "zh_Hans", {"other": "其他"})
    assert render("msg-id {n}", {"n": 3}, "zh", directory=tmp_path) == "English 3"
    assert render("other", {}, "zh", directory=tmp_path) == "其他"


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_numbers_are_written_as_given(number: int) -> None:
    """Numbers are facts, not words: every locale writes them the same way."""
    value = Decimal(number) / 100
    facts = {"figure": value, "range": number}
    assert render(N_("{figure} ({range})"), facts, "en") == f"{value} ({number})"
    assert render(N_("{figure} ({range})"), facts, "zh") == f"{value}（即{number}）"
