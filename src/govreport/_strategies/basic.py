"""Strategies for the small model values: strings, texts, figures, ids, dates, intervals.

Imported only through :mod:`govreport.strategies` (needs the ``hypothesis`` extra).
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import Final

from hypothesis import strategies as st

from .._approx import MARKERS
from .._interval import Interval
from .._quantity import Metric, Quantity
from .._report import leading_marker
from .._text import DocumentNumber, DocumentReference, Inline, ReportYear, Terms, Text, Year
from ..exceptions import ValidationError
from ..units import SCALES, unit_kind

__all__ = [
    "COUNT_UNITS",
    "closed_dates",
    "document_numbers",
    "document_references",
    "ids",
    "intervals",
    "labels",
    "metrics",
    "quantities",
    "strings",
    "terms",
    "texts",
    "unmarked",
    "written",
]

# Common characters of report prose, so generated text looks like a report.
_CJK: Final = (
    "的一是在了和有大这主中人上为们地个用工时要动国以我到他会作来分生对于学下级就年阶义发成部民"
    "可出能方进同行面说种过命度革而多子后自社加小机也经力线本电高量长党得实家定深法表着水理化争现"
    "所二起政三好十战无农使性前等反体合斗路图把结第里正新开论之物从当两些还天资事队批如应形想制心样"
    "干都向变关点育重其思与间内去因件日利相由压员气业代全组数果期导平各基或月毛然问比展那它最及外没"
    "看治提五解系林者米群头意只明四道马认次文通但条较克又公孔领军流入接席位情运器并飞原油放立题质指"
    "建区验活众很教决特此常石强极土少已根共直团统式转别造切九你取西持总料连任志观调七么山程百报更见"
    "必真保热委手改管处己将修支识病象几先老光专什六型具示复安带每东增则完风回南广劳轮科北打积车计给"
    "节做务被整联步类集号列温装即毫知轴研单色坚据速防史拉世设达尔场织历花受求传口断况采精金界品判参"
    "层止边清至万确究书术状厂须离再目海交权且儿青才证低越际八试规斯近注办布门铁需走议县兵固除般引齿"
    "千胜细影济白格效置推空配刀叶率述今选养德话查差半敌始片施响收华觉备名红续均药标记难存测士身紧液"
    "派准斤角降维板许破述技消底床田势端感往神便贺村构照容非搞亚磨族火段算适讲按值美态黄易彪服早班麦"
    "削信排台声该击素张密害侯草何树肥继右属市严径螺检左页抗苏显苦英快称坏移约巴材省黑武培著河帝仅针"
    "怎植京助升王眼她抓含苗副杂普谈围食射源例致酸旧却充足短划剂宣环落首尺波承粉践府鱼随考刻靠够满夫"
)
_PUNCTUATION: Final = "，。、；：？！“”‘’（）《》〔〕【】—…·　"
_HOSTILE: Final = "<>&*#_`[]|~\\{}\n\r\t -+=!.\"'$%@^/"
_ASCII: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
COUNT_UNITS: Final = ("件", "次", "家", "人次", "个", "名", "项", "场", "份", "条")


def strings(
    *,
    alphabet: str | st.SearchStrategy[str] | None = None,
    hostile: bool = True,
    min_size: int = 1,
    max_size: int = 24,
) -> st.SearchStrategy[str]:
    """Report-like strings that are never blank.

    By default they mix Chinese characters, full-width punctuation, ASCII
    letters and digits and, with *hostile* (the default), characters that
    mean something to Markdown, HTML or a shell: ``< > & * # _ ` [ ] | ~ \\``,
    braces and line breaks. Pass *alphabet* (characters, or a strategy of
    them) to draw from your own.

    >>> from hypothesis import find, settings
    >>> find(strings(alphabet="ab"), lambda s: len(s) >= 3, settings=settings(database=None, max_examples=1000))
    'aaa'
    """
    return _strings(alphabet, hostile, min_size, max_size)


@functools.lru_cache(maxsize=64)
def _strings(
    alphabet: str | st.SearchStrategy[str] | None, hostile: bool, min_size: int, max_size: int
) -> st.SearchStrategy[str]:
    # Strategies are immutable; building a text strategy is costly, so reuse it.
    if alphabet is None:
        # Separate pools so that the few hostile characters come up often.
        pools = [_CJK, _CJK, _PUNCTUATION + _ASCII, *([_HOSTILE] if hostile else [])]
        alphabet = st.one_of([st.sampled_from(pool) for pool in pools])
    return st.text(alphabet, min_size=min_size, max_size=max_size).filter(lambda s: bool(s.strip()))


def labels(*, hostile: bool = False) -> st.SearchStrategy[str]:
    """Short labels for metrics (``检查企业``), without hostile characters unless asked.

    >>> from hypothesis import find, settings
    >>> find(labels(), lambda label: True, settings=settings(database=None, max_examples=1000))
    '0'
    """
    return strings(hostile=hostile, min_size=1, max_size=8)


def ids(*, prefix: str | None = None) -> st.SearchStrategy[str]:
    """Dotted metric ids such as ``enforcement.inspections``, optionally under *prefix*.

    >>> import re
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(ids(prefix="docs"))
    ... def test(id_):
    ...     assert re.fullmatch(r"docs([.][a-z0-9_]+)+", id_)
    >>> test()
    """
    found = _ids()
    if prefix is not None:
        return found.map(lambda rest: f"{prefix}.{rest}")
    return found


@functools.lru_cache(maxsize=1)
def _ids() -> st.SearchStrategy[str]:
    word = st.from_regex(r"[a-z][a-z0-9_]{0,7}", fullmatch=True)
    return st.lists(word, min_size=1, max_size=3).map(".".join)


def _count_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(st.integers(0, 120), st.integers(0, 10**7)).map(Decimal)


def _money_values() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.integers(0, 10**6).map(Decimal),
        st.integers(0, 10**11).map(lambda cents: Decimal(cents).scaleb(-2)),
    )


@st.composite
def quantities(
    draw: st.DrawFn,
    *,
    units: tuple[str, ...] | None = None,
    approximate: bool = True,
) -> Quantity:
    """Valid figures: counts, amounts of money (possibly 万/亿) and shares.

    With *approximate* (the default) a figure may carry a marker (余 约 近
    以上 …) or be rounded at a 万/亿 scale; markers never make a figure denote
    nothing (no ``超100%``). *units* restricts the units drawn.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, database=None)
    ... @given(quantities(units=("次", "%")))
    ... def test(quantity):
    ...     assert quantity.unit in ("次", "%") and not quantity.interval().is_empty
    >>> test()
    """
    unit = draw(st.sampled_from(units or (*COUNT_UNITS, "元", "%", "‰", "公里")))
    if unit in ("%", "‰"):
        whole = 100 if unit == "%" else 1000
        places = draw(st.integers(0, 2))
        value = Decimal(draw(st.integers(0, whole * 10**places))).scaleb(-places)
        return Quantity(value=value, unit=unit)
    values = _money_values() if unit in ("元", "公里") else _count_values()
    true = draw(values)
    return draw(written(true, unit, approximate=approximate))


_BY_MEANING: Final[dict[str, tuple[str, ...]]] = {
    meaning: tuple(m.text for m in MARKERS.values() if m.meaning == meaning)
    for meaning in ("over", "at_least", "more_than", "at_most", "less_than", "nearly", "about")
}


def _multiple(x: Decimal, step: Decimal, rounding: str) -> Decimal:
    """*x* rounded to a multiple of *step* (a power of ten), written without an exponent."""
    found = (x / step).to_integral_value(rounding=rounding) * step
    return found.quantize(Decimal(1)) if step >= 1 else found


@st.composite
def written(draw: st.DrawFn, true: Decimal, unit: str, *, approximate: bool = True) -> Quantity:
    """How a report might write the true value *true* (unscaled) in *unit*.

    The result is exact, rounded at a 万/亿 scale, or carries a marker; it is
    always a figure whose :meth:`~govreport.Quantity.interval` holds *true*
    (when a drawn form would not, the exact figure is used instead).

    >>> from decimal import Decimal
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, database=None)
    ... @given(written(Decimal(12345), "元"))
    ... def test(quantity):  # 12345元, 1.2万元, 1万余元, 约1.23万元, 12000元以上 …
    ...     assert quantity.interval().contains(Decimal(12345))
    >>> test()
    """
    exact = Quantity(value=true, unit=unit)
    if not approximate or true <= 0:
        return exact
    scale = draw(st.sampled_from([None, *(s for s, m in SCALES.items() if true >= m)]))
    x = true if scale is None else true.scaleb(-SCALES[scale].adjusted())
    meaning = draw(st.sampled_from((None, "rounded", *_BY_MEANING)))
    integral = scale is None and unit_kind(unit) == "count"
    lowest = 0 if integral else min(x.adjusted(), 0) - 2
    k = draw(st.integers(lowest, max(x.adjusted(), lowest)))
    step = Decimal(1).scaleb(k)
    marker = None if meaning in (None, "rounded") else draw(st.sampled_from(_BY_MEANING[meaning]))
    if meaning is None:
        value = x
    elif meaning in ("rounded", "about"):
        value = _multiple(x, step, ROUND_HALF_EVEN)
    elif meaning in ("over", "at_least", "more_than"):
        value = _multiple(x, step, ROUND_FLOOR)
        if meaning != "at_least" and value == x:
            value = _multiple(x - step, step, ROUND_FLOOR)
    else:
        value = _multiple(x, step, ROUND_CEILING)
        if meaning != "at_most" and value == x:
            value = _multiple(x + step, step, ROUND_CEILING)
    after = scale is not None and meaning == "over" and k == 0 and draw(st.booleans())
    if value <= 0 or (scale is None and meaning is None):
        return exact
    try:
        candidate = Quantity(
            value=value, unit=unit, approx=marker, scale=scale, approx_after_scale=after
        )
    except ValidationError:
        return exact
    return candidate if candidate.interval().contains(true) else exact


def metrics(
    *,
    id: st.SearchStrategy[str] | None = None,
    quantity: st.SearchStrategy[Quantity] | None = None,
    hostile: bool = False,
) -> st.SearchStrategy[Metric]:
    """Metrics with a dotted id, a label and a figure from :func:`~govreport.strategies.quantities`.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(metrics(id=ids(prefix="docs")))
    ... def test(metric):
    ...     assert metric.id.startswith("docs.") and metric.label.strip()
    >>> test()
    """
    return _metrics(id=id, quantity=quantity, hostile=hostile)


@st.composite
def _metrics(
    draw: st.DrawFn,
    *,
    id: st.SearchStrategy[str] | None = None,
    quantity: st.SearchStrategy[Quantity] | None = None,
    hostile: bool = False,
) -> Metric:
    return Metric(
        id=draw(id if id is not None else ids()),
        label=draw(labels(hostile=hostile)),
        quantity=draw(quantity if quantity is not None else quantities()),
    )


def document_numbers(
    *, min_year: int = 1990, max_year: int = 2035
) -> st.SearchStrategy[DocumentNumber]:
    """Document numbers ``{机关代字}〔{year}〕{n}号`` within the years given.

    >>> from hypothesis import find, settings
    >>> str(find(document_numbers(min_year=2023), lambda n: True, settings=settings(database=None, max_examples=1000)))
    '一〔2023〕1号'
    """
    return st.builds(
        DocumentNumber,
        code=_codes(),
        year=st.integers(min_year, max_year),
        seq=st.integers(1, 400),
    )


@functools.lru_cache(maxsize=1)
def _codes() -> st.SearchStrategy[str]:
    # A text strategy over a large alphabet is costly to build: build it once.
    return st.text(st.sampled_from(_CJK), min_size=1, max_size=6)


@st.composite
def document_references(
    draw: st.DrawFn, *, hostile: bool = True, max_year: int = 2035
) -> DocumentReference:
    """References to documents: a 《title》, a number, or both.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=10, database=None)
    ... @given(document_references(max_year=2023))
    ... def test(reference):
    ...     assert reference.number is None or reference.number.year <= 2023
    >>> test()
    """
    # No new strategy around strings() per draw: each would validate its alphabet anew.
    title = Text((draw(strings(hostile=hostile)),)) if draw(st.booleans()) else None
    number = draw(document_numbers(max_year=max_year))
    if title is not None and draw(st.booleans()):
        return DocumentReference(title=title)
    return DocumentReference(title=title, number=number)


def terms(*, hostile: bool = True, id: str | None = None) -> st.SearchStrategy[Terms]:
    """Inline enumerations (``自治、法治、德治``).

    >>> from hypothesis import find, settings
    >>> find(terms(), lambda t: len(t.items) > 1, settings=settings(database=None, max_examples=1000)).items
    ('0', '0')
    """
    return st.builds(
        Terms,
        items=st.lists(strings(hostile=hostile, max_size=8), min_size=1, max_size=6).map(tuple),
        last_sep=st.sampled_from((None, "和", "及")),
        id=st.just(id),
    )


@functools.lru_cache(maxsize=64)
def _inlines(hostile: bool, max_year: int) -> st.SearchStrategy[Inline]:
    return st.one_of(
        st.builds(Year, value=st.integers(1990, max_year)),
        st.builds(ReportYear, offset=st.integers(-2, 1)),
        terms(hostile=hostile),
        document_references(hostile=hostile, max_year=max_year),
    )


def texts(
    *,
    alphabet: str | st.SearchStrategy[str] | None = None,
    hostile: bool = True,
    figures: bool = True,
    max_parts: int = 4,
    max_year: int = 2035,
) -> st.SearchStrategy[Text]:
    """:class:`~govreport.Text` values: strings from :func:`~govreport.strategies.strings` and, with
    *figures*, inline years, report years, term lists and document references.

    Texts hold no metrics, because metric ids must be unique within a report;
    :func:`~govreport.strategies.reports` places metrics itself.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=20, database=None)
    ... @given(texts(hostile=False, figures=False))
    ... def test(text):
    ...     assert not set(text.plain()) & set("<>&*_`[]|")
    >>> test()
    """
    return _texts(
        alphabet=alphabet, hostile=hostile, figures=figures, max_parts=max_parts, max_year=max_year
    )


@st.composite
def _texts(
    draw: st.DrawFn,
    *,
    alphabet: str | st.SearchStrategy[str] | None = None,
    hostile: bool = True,
    figures: bool = True,
    max_parts: int = 4,
    max_year: int = 2035,
) -> Text:
    parts: list[Inline] = [draw(strings(alphabet=alphabet, hostile=hostile))]
    for _ in range(draw(st.integers(0, max_parts - 1))):
        if figures and draw(st.booleans()):
            parts.append(draw(_inlines(hostile, max_year)))
        parts.append(draw(strings(alphabet=alphabet, hostile=hostile)))
    return Text(tuple(parts))


@st.composite
def intervals(draw: st.DrawFn, *, bounded: bool = False) -> Interval:
    """Non-empty intervals with decimal ends, open or closed, possibly unbounded.

    >>> from hypothesis import find, settings
    >>> str(find(intervals(), lambda i: i.low is None, settings=settings(database=None, max_examples=1000)))
    '(-∞, 0]'
    """
    ends = sorted(draw(st.lists(st.integers(-(10**6), 10**6), min_size=2, max_size=2)))
    places = draw(st.integers(0, 2))
    low: Decimal | None = Decimal(ends[0]).scaleb(-places)
    high: Decimal | None = Decimal(ends[1]).scaleb(-places)
    if not bounded and draw(st.booleans()):
        low = None if draw(st.booleans()) else low
        high = None if low is not None and draw(st.booleans()) else high
    found = Interval(low, high, draw(st.booleans()), draw(st.booleans()))
    if found.is_empty:
        return Interval(found.low, found.high)
    return found


def closed_dates(year: int) -> st.SearchStrategy[dt.date]:
    """Signature dates for a report on *year*: early in the following year."""
    return st.dates(dt.date(year + 1, 1, 1), dt.date(year + 1, 3, 31))


def unmarked(title: Text) -> Text:
    """*title*, opened with 关于 if it starts with a heading marker (which a Section refuses)."""
    return Text(("关于", *title.parts)) if leading_marker(title) else title
