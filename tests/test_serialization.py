"""Lossless JSON through cattrs, and errors that name every problem by path."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import strategies

from .conftest import every_class_report


def test_round_trip_of_every_class() -> None:
    """A report using every class and option loads back equal."""
    report = every_class_report()
    assert gr.from_json(gr.to_json(report)) == report
    assert gr.from_dict(gr.to_dict(report)) == report


def test_decimals_keep_their_digits() -> None:
    """Decimals are written as strings, trailing zeros included."""
    data = gr.to_dict(every_class_report())
    fine = data["preamble"][0]["text"][5]
    assert fine["quantity"]["value"] == "0.90"


def test_json_is_unescaped_utf8() -> None:
    """Chinese is written as is, not as \\u escapes."""
    text = gr.to_json(every_class_report())
    assert "某县某局" in text
    assert "\\u" not in text


def test_json_numbers_are_read_exactly() -> None:
    """A JSON number with a fraction is read as an exact decimal, not a float."""
    data = json.loads(gr.to_json(every_class_report()))
    data["preamble"][0]["text"][5]["quantity"]["value"] = 0.1
    text = json.dumps(data, ensure_ascii=False).replace('"value": 0.1', '"value": 0.1000')
    loaded = gr.from_json(text)
    fine = loaded.metrics()["fines"].quantity
    assert fine.value == Decimal("0.1000")


def test_python_floats_are_refused() -> None:
    """from_dict refuses floats, which are not exact."""
    data = gr.to_dict(every_class_report())
    data["preamble"][0]["text"][5]["quantity"]["value"] = 0.1
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert err.value.errors == (
        '0.1 is a float; write decimals as strings such as "0.9" @ $.preamble[0].text[5].quantity.value',
    )


def test_every_problem_is_listed_with_its_path() -> None:
    """Structural problems are all reported at once, each with its JSON path."""
    data = gr.to_dict(every_class_report())
    del data["authority"]
    data["year"] = "2023"
    data["extra"] = 1
    data["preamble"][0]["text"][5]["quantity"]["value"] = "abc"
    data["sections"][0]["blocks"][1]["type"] = "chart"
    data["relations"][1]["denominator"] = 5
    data["sections"][0]["children"][2]["blocks"] = "x"
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert sorted(err.value.errors) == sorted(
        [
            "required field missing @ $.authority",
            "'2023' is not an integer @ $.year",
            "unknown field(s) 'extra' @ $",
            "'abc' is not a decimal @ $.preamble[0].text[5].quantity.value",
            "unknown type 'chart'; expected one of paragraph, points, commitment, table @ $.sections[0].blocks[1]",
            "5 is not a string @ $.relations[1].denominator",
            "'x' is not a list @ $.sections[0].children[2].blocks",
        ]
    )


def test_validator_messages_keep_their_words_and_field() -> None:
    """An attrs validator failure keeps govreport's message and names the field in the path."""
    data = gr.to_dict(every_class_report())
    data["preamble"][0]["text"][5]["quantity"]["unit"] = "万元"
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert err.value.errors == (
        "'unit' '万元' contains the scale '万': write unit='元', scale='万' @ $.preamble[0].text[5].quantity.unit",
    )


def test_every_bad_value_is_listed_not_just_the_first() -> None:
    """attrs stops at the first failing validator; from_dict still lists every bad field."""
    data = gr.to_dict(every_class_report())
    metric = data["preamble"][0]["text"][5]
    metric["id"] = "Bad"
    metric["label"] = ""
    metric["quantity"]["approx"] = "余…"
    data["year"] = 1900
    data["authority"] = " "
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert sorted(err.value.errors) == sorted(
        [
            "'approx': '余' is written after the number ('…余'), not before @ $.preamble[0].text[5].quantity.approx",
            "'id' must be a dotted id of lower-case ASCII words such as 'enforcement.inspections' (got 'Bad') @ $.preamble[0].text[5].id",
            "'label' must not be empty (got '') @ $.preamble[0].text[5].label",
            "'authority' must not be empty (got ' ') @ $.authority",
            "'year' must be in [1949, 2100] (got 1900) @ $.year",
        ]
    )


def test_cross_field_errors_point_at_the_object() -> None:
    """An error between fields is reported at the object's path."""
    data = gr.to_dict(every_class_report())
    data["relations"][0]["items"] = "nothing"
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert err.value.errors == (
        "'relations'[0] counts 'nothing', which is not the id of a Section, Points, Terms or Table in the report @ $.relations",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{",
            "not valid JSON at line 1, column 2: Expecting property name enclosed in double quotes @ $",
        ),
        ("[]", "expected an object, got list @ $"),
        ('{"title": "x"}', "'schema_version' must be 1 (got None) @ $.schema_version"),
        ('{"schema_version": 2}', "'schema_version' must be 1 (got 2) @ $.schema_version"),
    ],
)
def test_malformed_documents(text: str, message: str) -> None:
    """Non-JSON, non-objects and unknown versions are refused with one clear line."""
    with pytest.raises(gr.StructureError) as err:
        gr.from_json(text)
    assert err.value.errors == (message,)


def test_bad_date_and_document_number() -> None:
    """Dates are ISO strings and document numbers keep the GB/T 9704 form."""
    data = gr.to_dict(every_class_report())
    data["published"] = "2024/3/31"
    data["number"] = "某局发[2024]3号"
    with pytest.raises(gr.StructureError) as err:
        gr.from_dict(data)
    assert sorted(err.value.errors) == [
        "'2024/3/31' is not an ISO date such as \"2024-03-31\" @ $.published",
        "'number' must be written code〔year〕seq号 with 六角括号 〔〕, a four-digit year and no zero padding (got '某局发[2024]3号') @ $.number",
    ]


@pytest.mark.parametrize("write", [gr.to_dict, gr.to_json])
def test_only_reports_are_serialized(write: Any) -> None:
    """Anything else is a ModelTypeError naming the argument."""
    with pytest.raises(gr.ModelTypeError) as err:
        write("x")
    assert (str(err.value), err.value.field) == (
        "'report' must be a Report (got str 'x')",
        "report",
    )


def test_from_json_refuses_non_text() -> None:
    """JSON is read from str or bytes only."""
    with pytest.raises(
        gr.ModelTypeError, match=r"^'text' must be a str, bytes or bytearray \(got dict"
    ):
        gr.from_json({})  # type: ignore[arg-type]


@settings(max_examples=settings.default.max_examples * 5)
@given(strategies.reports())
def test_round_trip_property(report: gr.Report) -> None:
    """from_json(to_json(r)) == r for generated reports of every shape."""
    assert gr.from_json(gr.to_json(report)) == report


def _problems(document: dict[str, object]) -> tuple[str, ...]:
    """The StructureError lines for *document*, or () when it loads; anything else propagates."""
    try:
        gr.from_dict(document)
    except gr.StructureError as err:
        return err.errors or ("a StructureError that names no problem",)
    except gr.LimitError as err:
        return (str(err),)
    return ()


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=settings.default.max_examples * 3)
@given(st.data())
def test_malformed_data_only_raises_structure_error(data: st.DataObject) -> None:
    """Mutating any value of a valid document raises StructureError or loads, never anything else."""
    document = gr.to_dict(every_class_report())
    target = document
    path = data.draw(st.lists(st.integers(0, 20), max_size=6))
    for step in path:
        children = list(target.items()) if isinstance(target, dict) else list(enumerate(target))
        if not children:
            break
        key, child = children[step % len(children)]
        if not isinstance(child, dict | list) or not child:
            target[key] = data.draw(_json_values)
            break
        target = child
    else:
        target["extra" if isinstance(target, dict) else 0] = data.draw(_json_values)
    assert all(" @ $" in line for line in _problems(document))
    assert not any(word in line for line in _problems(document) for word in _PYTHON_WORDS)


@settings(max_examples=settings.default.max_examples * 3)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "title",
                "authority",
                "year",
                "sections",
                "preamble",
                "relations",
                "kind",
                "closing",
                "number",
                "published",
            ]
        ),
        _json_values,
    )
)
def test_arbitrary_documents_only_raise_structure_error(fields: dict[str, object]) -> None:
    """Any JSON object at all either loads or raises StructureError naming paths."""
    problems = _problems({"schema_version": 1, **fields})
    assert all(" @ $" in line for line in problems)
    assert not any(word in line for line in problems for word in _PYTHON_WORDS)


def _minimal(**fields: object) -> str:
    """A valid report document with *fields* added or replaced, as JSON text."""
    return json.dumps(
        {"schema_version": 1, "title": "报告", "authority": "某乡", "year": 2023, **fields},
        ensure_ascii=False,
    )


def _table(cell: object) -> str:
    return _minimal(preamble=[{"type": "table", "rows": [[cell]]}])


def _quantity(value: object) -> str:
    metric = {"type": "metric", "id": "a", "label": "甲", "quantity": {"value": value}}
    return _minimal(preamble=[{"type": "paragraph", "text": ["共", metric]}])


def _nested_sections(depth: int) -> dict[str, object]:
    section: dict[str, object] = {"title": "甲"}
    for _ in range(depth - 1):
        section = {"title": "甲", "children": [section]}
    return section


@pytest.mark.parametrize(
    ("text", "limit", "path"),
    [
        (_table({"colspan": 30000000}), "MAX_TABLE_COLUMNS", "$.preamble[0].rows[0][0].colspan"),
        (_quantity("1e999999999"), "MAX_QUANTITY", "$.preamble[0].text[1].quantity.value"),
        (_quantity("1e1000000"), "MAX_QUANTITY", "$.preamble[0].text[1].quantity.value"),
        (
            _quantity("0.0000000000001"),
            "MAX_DECIMAL_PLACES",
            "$.preamble[0].text[1].quantity.value",
        ),
        (_quantity("9" * 50), "MAX_NUMBER_LENGTH", "$.preamble[0].text[1].quantity.value"),
        (_minimal(year=0).replace(": 0", ": " + "9" * 5000), "MAX_NUMBER_LENGTH", "$.year"),
        (_minimal(authority="乡" * 100_001), "MAX_STRING_LENGTH", "$.authority"),
        (_minimal(sections=[_nested_sections(7)]), "MAX_SECTION_DEPTH", "$.sections[0]"),
        (_minimal(extra=json.loads("[" * 60 + "]" * 60)), "MAX_JSON_DEPTH", "$.extra"),
        ("[" * 100_000 + "]" * 100_000, "MAX_JSON_DEPTH", "$"),
    ],
)
def test_limits_are_refused_with_their_name_and_path(text: str, limit: str, path: str) -> None:
    """Hostile sizes raise a LimitError (a ValidationError) naming the limit and the JSON path."""
    with pytest.raises(gr.LimitError) as err:
        gr.from_json(text)
    assert isinstance(err.value, gr.ValidationError)
    assert err.value.limit == limit
    assert err.value.path.startswith(path)
    assert str(err.value).endswith(f" @ {err.value.path}")
    assert len(str(err.value)) < 200


def test_seven_levels_of_sections_are_refused_at_load_time() -> None:
    """The model's depth is six levels (一、 to a.); JSON cannot build a seventh."""
    gr.from_json(_minimal(sections=[_nested_sections(6)]))
    with pytest.raises(gr.LimitError, match="at most 6 levels") as err:
        gr.from_json(_minimal(sections=[_nested_sections(7)]))
    assert err.value.path == f"$.sections[0]{'.children[0]' * 5}.children"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (_minimal(schema_version=True), "'schema_version' must be 1 (got True) @ $.schema_version"),
        (
            '{"schema_version": 1.0}',
            "'schema_version' must be 1 (got Decimal('1.0')) @ $.schema_version",
        ),
        (_minimal(sections={}), "{} is not a list @ $.sections"),
        (_minimal(preamble="甲乙"), "'甲乙' is not a list @ $.preamble"),
        (_minimal(closing="x"), "'x' is not an object @ $.closing"),
        (_minimal(closing=[1]), "[1] is not an object @ $.closing"),
        (
            '{"schema_version": 1, "title": "a", "title": "b", "authority": "某乡", "year": 2023}',
            "key(s) 'title' written more than once @ $",
        ),
        (  # a colon in a string makes up for the key lost: the keys are counted again
            '{"schema_version": 1, "title": "时间：10:30", "authority": "某乡", "year": 2023,'
            ' "preamble": [{"type": "paragraph", "text": "甲", "text": "乙"}]}',
            "key(s) 'text' written more than once @ $.preamble[0]",
        ),
        (
            _minimal()[:-1]
            + ', "preamble": [{"type": "table", "rows": [[{"content": "甲", "content": "乙"}]]}]}',
            "key(s) 'content' written more than once @ $.preamble[0].rows[0][0]",
        ),
        (_minimal()[:-1] + ', "published": NaN}', "NaN is not a number JSON allows @ $.published"),
        (b"\xff", "not valid UTF-8 at byte 0 @ $"),
    ],
)
def test_bad_documents_get_one_line_in_the_librarys_words(text: str | bytes, line: str) -> None:
    """Each reproducer of issue 17 is one StructureError line with a path, no Python text."""
    with pytest.raises(gr.StructureError) as err:
        gr.from_json(text)
    assert err.value.errors == (line,)


def test_messages_shorten_large_values() -> None:
    """A huge wrong value is shown shortened, so an error stays one readable line."""
    with pytest.raises(gr.StructureError) as err:
        gr.from_json(_minimal(year="9" * 50_000, kind=[[[["x"] * 1000]]]))
    assert all(len(line) < 200 for line in err.value.errors)


_PYTHON_WORDS = ("Error", "object has no attribute", "Traceback", "<class", "takes ")


def test_lone_surrogates_are_written_as_escapes() -> None:
    """to_json writes a lone surrogate as \\udXXX, so the text can be saved and reads back equal."""
    report = gr.Report(title="报告", authority="某乡\udc80", year=2023)
    text = gr.to_json(report)
    assert '"某乡\\udc80"' in text
    text.encode("utf-8")
    assert gr.from_json(text.encode("utf-8")) == report
