"""The fast path of loading: every document to_json writes, and nothing the converter refuses."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport import _converter as conv
from govreport import _fast_load as fast
from govreport import _serialization, strategies
from govreport._fast_load import Unexpected, load
from govreport.validators import MAX_STRING_LENGTH

from .conftest import every_class_report


def _keys(value: object) -> int:
    if isinstance(value, dict):
        return len(value) + sum(_keys(v) for v in value.values())
    if isinstance(value, list):
        return sum(_keys(v) for v in value)
    return 0


def _sample() -> gr.Report:
    """Every model class, a citation, and colons inside strings."""
    report = every_class_report()
    cited = gr.Paragraph(text=gr.text("时间：10:30，罚款{=fines}。"))
    return attrs.evolve(report, preamble=(*report.preamble, cited))


@settings(max_examples=settings.default.max_examples * 3)
@given(strategies.reports())
def test_reads_every_document_to_json_writes(report: gr.Report) -> None:
    """Whatever to_json writes, the fast path reads to the same report, counting every key."""
    data = json.loads(gr.to_json(report), parse_float=Decimal)
    loaded, keys = load(data, version=gr.SCHEMA_VERSION)
    assert loaded == report
    assert keys == _keys(data)


def test_reads_every_class_and_option() -> None:
    """The sample holds every inline, block and cell form the format has."""
    report = _sample()
    data = json.loads(gr.to_json(report), parse_float=Decimal)
    assert load(data, version=gr.SCHEMA_VERSION)[0] == report


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(schema_version=2),
        lambda d: d.update(schema_version=True),
        lambda d: d.update(extra=1),
        lambda d: d.update(year="2023"),
        lambda d: d.update(year=True),
        lambda d: d.update(sections={}),
        lambda d: d["preamble"][0].update(type="poem"),
        lambda d: d["preamble"][0]["text"][5]["quantity"].update(value=Decimal("0.9")),
        lambda d: d["preamble"][0]["text"][5]["quantity"].update(value=1),
        lambda d: d["sections"][0].update(run_in=None),
        lambda d: d["sections"][0].update(title="x" * (MAX_STRING_LENGTH + 1)),
        lambda d: d["sections"][0]["blocks"][3]["header"][0][1].update(colspan=10**41),
        lambda d: d["sections"][0]["blocks"][3]["rows"][0].__setitem__(1, {"id": "x"}),
        lambda d: d.pop("authority"),
    ],
)
def test_gives_up_on_what_the_converter_would_refuse(change: Any) -> None:
    """Off by a type, a key, a tag or a limit: the fast path gives up and leaves it to the converter."""
    data = gr.to_dict(_sample())
    change(data)
    with pytest.raises(Unexpected):
        load(data, version=gr.SCHEMA_VERSION)


_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 2100),
    st.sampled_from([10**40, -(10**40), 2**64]),
    st.decimals(allow_nan=False, places=2, min_value=-5, max_value=5),
    st.floats(allow_nan=True),
    st.sampled_from(["", " ", "x", "a.b", "metric", "paragraph", "2024-01-01", "余", "万", "%"]),
    st.sampled_from(["某局发〔2024〕3号", "inline", "lines", "rate", "increase", "x" * 100_001]),
    st.text(max_size=4),
)
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _outcome(read: Any) -> gr.Report | None:
    try:
        found: gr.Report = read()
    except (Unexpected, gr.GovReportError):
        return None
    return found


@settings(max_examples=settings.default.max_examples * 5)
@given(st.data())
def test_accepts_nothing_the_converter_refuses(data: st.DataObject) -> None:
    """Change any value, drop any key or add one: where the fast path reads the document,
    the converter reads it too, to the same report."""
    document = gr.to_dict(_sample())
    target: Any = document
    for step in data.draw(st.lists(st.integers(0, 30), max_size=8)):
        children = list(target.items()) if isinstance(target, dict) else list(enumerate(target))
        if not children:
            break
        key, child = children[step % len(children)]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            target = child
            continue
        if isinstance(target, dict) and data.draw(st.booleans()):
            del target[key]
        else:
            target[key] = data.draw(_VALUES)
        break
    else:
        if isinstance(target, dict):
            target[data.draw(st.text(max_size=6))] = data.draw(_VALUES)
    fast = _outcome(lambda: load(document, version=gr.SCHEMA_VERSION)[0])
    if fast is not None:
        assert _outcome(lambda: _serialization._convert(document)) == fast


def test_from_json_reads_to_json_output_without_the_converter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document to_json wrote is read by the fast path alone, colons in its text and all."""

    def refuse(data: object) -> gr.Report:
        raise AssertionError("the converter was asked")

    report = _sample()
    text = gr.to_json(report)
    monkeypatch.setattr(_serialization, "_convert", refuse)
    assert "10:30" in text
    assert gr.from_json(text) == report
    assert gr.from_json(text.encode()) == report
    assert gr.from_dict(gr.to_dict(report)) == report


def test_knows_the_format_the_converter_knows() -> None:
    """The fast path's tags are the converter's, and each object's keys are its class's
    fields (a tagged one's and "type"): a field added to the model fails here first."""
    assert set(fast._INLINE) == set(conv.INLINE_TAGS)
    assert set(fast._BLOCK) == set(conv.BLOCK_TAGS)
    assert set(fast._RELATION) == set(conv.RELATION_TAGS)
    tagged = {**conv.INLINE_TAGS, **conv.BLOCK_TAGS, **conv.RELATION_TAGS}
    keys = {
        "metric": fast._METRIC,
        "cite": fast._CITE,
        "year": fast._YEAR,
        "report_year": fast._REPORT_YEAR,
        "terms": fast._TERMS,
        "reference": fast._REFERENCE,
        "paragraph": fast._PARAGRAPH,
        "points": fast._POINTS,
        "commitment": fast._COMMITMENT,
        "table": fast._TABLE,
        "total": fast._TOTAL,
        "rate": fast._RATE,
        "share": fast._SHARE,
        "count": fast._COUNT,
        "change": fast._CHANGE,
    }
    assert set(keys) == set(tagged)
    for tag, cls in tagged.items():
        assert keys[tag] == {"type", *attrs.fields_dict(cls)}, tag
    untagged = {
        fast._QUANTITY: gr.Quantity,
        fast._POINT: gr.Point,
        fast._CELL: gr.Cell,
        fast._SECTION: gr.Section,
        fast._CLOSING: gr.Closing,
        fast._SET_ASIDE: gr.SetAside,
    }
    for known, cls in untagged.items():
        assert known == set(attrs.fields_dict(cls)), cls
    assert {"schema_version", *attrs.fields_dict(gr.Report)} == fast._REPORT
