"""Previous/current report pairs whose stated changes hold, or with one wrong change."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from .._blocks import Paragraph
from .._quantity import Metric, Quantity
from .._relations import Change, ChangeForm, Direction, Relation
from .._report import Report, Section
from .._text import Inline, Text
from ..numerals import to_chinese
from .basic import labels, unmarked, written

__all__ = ["Pair", "report_pairs"]


@attrs.frozen(kw_only=True)
class Pair:
    """Two reports of consecutive years and the one wrong change, if any.

    Args:
        previous: last year's report.
        current: this year's report; its stated changes are open
            :class:`~govreport.Change` relations (closed by :func:`govreport.compare`).
        code: ``"change-mismatch"`` for an inconsistent pair, ``None`` otherwise.
        location: where the wrong change is stated (``"二"``), or ``None``.
        metrics: the ids the finding names (current figure, stated change).
    """

    previous: Report
    current: Report
    code: str | None = None
    location: str | None = None
    metrics: tuple[str, ...] = ()


_FORMS: tuple[ChangeForm, ...] = ("rate", "difference", "multiple")


@st.composite
def _figure(
    draw: st.DrawFn, *, wrong: bool
) -> tuple[Quantity, Quantity, tuple[ChangeForm, Quantity, Direction] | None]:
    """Previous and current figure n, and the change the current report states (or none)."""
    unit = draw(st.sampled_from(("件", "次", "人")))
    form = draw(st.sampled_from((*_FORMS, None) if not wrong else _FORMS))
    p = Decimal(draw(st.integers(1, 100_000)))
    if form == "multiple":
        k = draw(st.integers(2, 5))
        c = p * k
    else:
        c = Decimal(draw(st.integers(0, 200_000)))
    exact = wrong or draw(st.booleans())
    before = written(p, unit, approximate=not exact)
    after = written(c, unit, approximate=not exact)
    if form is None:
        return draw(before), draw(after), None
    if form == "multiple":
        stated = Quantity(value=k + (1 if wrong else 0), unit="倍", change=True)
    elif form == "difference":
        stated = Quantity(value=abs(c - p) + (1 if wrong else 0), unit=unit, change=True)
    else:
        places = draw(st.integers(0, 2))
        true = abs(Fraction(c - p) * 100 / Fraction(p))
        value = _rounded(true, places) + (5 if wrong else 0)
        stated = Quantity(value=value, unit="%", change=True)
    direction: Direction = "decrease" if c < p else "increase"
    return draw(before), draw(after), (form, stated, direction)


def _rounded(value: Fraction, places: int) -> Decimal:
    step = Decimal(1).scaleb(-places)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(step, rounding=ROUND_HALF_EVEN)


def _report(year: int, sections: list[Section], relations: list[Relation]) -> Report:
    return Report(
        title="年度报告",
        authority="某乡人民政府",
        year=year,
        sections=sections,
        relations=relations,
    )


@st.composite
def report_pairs(draw: st.DrawFn, *, inconsistent: bool = False, max_figures: int = 5) -> Pair:
    """Pairs of reports of consecutive years that state changes between their figures.

    Figures keep their ids from one year to the next; each is written exactly,
    rounded or with a marker around a true value, and each stated change (a
    rate rounded to 0–2 places, a difference or a multiple) is computed from
    the true values, so it holds for the written figures. With
    *inconsistent*, exactly one change is wrong and :class:`Pair` says where.

    >>> import govreport as gr
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, database=None)
    ... @given(report_pairs(inconsistent=True))
    ... def test(pair):
    ...     found = gr.compare(pair.previous, pair.current).findings
    ...     assert [(f.code, f.location) for f in found] == [(pair.code, pair.location)]
    >>> test()
    """
    count = draw(st.integers(1, max_figures))
    bad = draw(st.integers(0, count - 1)) if inconsistent else None
    year = draw(st.integers(2000, 2099))
    old: list[Section] = []
    new: list[Section] = []
    relations: list[Relation] = []
    pair: dict[str, object] = {}
    for n in range(count):
        label = draw(labels(hostile=False))
        before, after, change = draw(_figure(wrong=n == bad))
        id_ = f"pair.f{n}"
        old.append(_section(label, [Metric(id=id_, label=label, quantity=before)]))
        inlines: list[Inline] = [Metric(id=id_, label=label, quantity=after)]
        if change is not None:
            form, stated, direction = change
            words = {"rate": "变化", "difference": "变化", "multiple": "是上年的"}[form]
            inlines += ["，", Metric(id=f"{id_}.change", label=words, quantity=stated)]
            relations.append(
                Change(current=id_, stated=f"{id_}.change", form=form, direction=direction)
            )
            if n == bad:
                pair = {
                    "code": "change-mismatch",
                    "location": to_chinese(n + 1),
                    "metrics": (id_, f"{id_}.change"),
                }
        new.append(_section(label, inlines))
    return Pair(
        previous=_report(year, old, []),
        current=_report(year + 1, new, relations),
        **pair,  # type: ignore[arg-type]
    )


def _section(label: str, inlines: list[Inline]) -> Section:
    return Section(
        title=unmarked(Text((label,))), blocks=[Paragraph(text=Text(("据统计，", *inlines, "。")))]
    )
