"""Relations a report states between its figures: totals, rates, shares, declared counts
and changes.

Relations name metrics (and counted items) by id, or take the figures
themselves (which then need ids). The report checks at construction that
every id resolves; :func:`govreport.check` then checks that the figures agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, Protocol, TypeAlias

import attrs

from ._figure import Figure, figure_id
from ._quantity import Metric
from .exceptions import ModelTypeError, ValidationError
from .validators import dotted_id, instance_of, one_of, optional_dotted_id, sequence

FigureRef: TypeAlias = str | Metric | Figure
"""A figure named by id, or the figure itself."""


def _ids(values: Iterable[FigureRef] | FigureRef) -> tuple[str, ...]:
    if isinstance(values, str | Metric | Figure):
        return (figure_id(values),)
    return tuple(figure_id(v) for v in sequence(values, "parts", ()))


class _HasId(Protocol):
    @property
    def id(self) -> str | None: ...


def _item_id(value: str | _HasId) -> str:
    if isinstance(value, str):
        return value
    found = getattr(value, "id", None)
    if not isinstance(found, str):
        raise ModelTypeError(
            f"'items' must be an id, or a Section, Points, Terms or Table with an id "
            f"(got {type(value).__name__} with id {found!r})",
            field="items",
            value=value,
        )
    return found


__all__ = [
    "Change",
    "ChangeForm",
    "DeclaredCount",
    "Direction",
    "Rate",
    "Relation",
    "Share",
    "Total",
]


@attrs.frozen(kw_only=True)
class Total:
    """A total and its parts (``共计发文560件，其中委发76件，委文48件…``).

    Args:
        total: the total: its id, or the figure (with an id) itself.
        parts: the parts, likewise.
        exhaustive: the parts are all of the total (they must add up to it);
            ``False`` when the text lists only some parts (其中…等).

    >>> Total(total="docs.total", parts=("docs.a", "docs.b")).exhaustive
    True
    >>> from govreport import figure
    >>> Total(total=figure("560件", id="docs.total"), parts=[figure("545件", id="docs.a")]).parts
    ('docs.a',)
    """

    total: str = attrs.field(converter=figure_id, validator=dotted_id())
    parts: tuple[str, ...] = attrs.field(converter=_ids, validator=dotted_id())
    exhaustive: bool = attrs.field(default=True, validator=instance_of(bool))

    @parts.validator
    def _check_parts(self, attribute: attrs.Attribute[Any], parts: tuple[str, ...]) -> None:
        instance_of(tuple).check("parts", parts)
        if not parts:
            raise ValidationError("'parts' must not be empty", field="parts", value=parts)
        if self.total in parts:
            raise ValidationError(
                f"'parts' must not contain the total {self.total!r}", field="parts", value=parts
            )
        if len(set(parts)) != len(parts):
            raise ValidationError(
                f"'parts' lists an id twice: {parts!r}", field="parts", value=parts
            )

    def ids(self) -> tuple[str, ...]:
        """Every metric id the relation names."""
        return (self.total, *self.parts)


@attrs.frozen(kw_only=True)
class Rate:
    """A rate and the figures it is computed from (``收到8件，办结7件，办结率87.5%``).

    >>> Rate(rate="x.rate", numerator="x.done", denominator="x.received").ids()
    ('x.rate', 'x.done', 'x.received')
    """

    rate: str = attrs.field(converter=figure_id, validator=dotted_id())
    numerator: str = attrs.field(converter=figure_id, validator=dotted_id())
    denominator: str = attrs.field(converter=figure_id, validator=dotted_id())

    def __attrs_post_init__(self) -> None:
        if len(set(self.ids())) != 3:
            raise ValidationError(
                f"a Rate needs three different ids (got {self.ids()!r})",
                field="rate",
                value=self.rate,
            )

    def ids(self) -> tuple[str, ...]:
        """Every metric id the relation names."""
        return (self.rate, self.numerator, self.denominator)


@attrs.frozen(kw_only=True)
class Share:
    """A part's share of its whole (``答复申请80件……予以公开20件，占25%``).

    Unlike a :class:`Rate`, nothing in the wording says which figures a share
    is computed from: the whole is the total the sentence is about, stated
    before the part. The ``share-mismatch`` check holds the share against
    part ÷ whole.

    >>> Share(share="s1.m3", part="s1.m2", whole="s1.m1").ids()
    ('s1.m3', 's1.m2', 's1.m1')
    """

    share: str = attrs.field(validator=dotted_id())
    part: str = attrs.field(validator=dotted_id())
    whole: str = attrs.field(validator=dotted_id())

    def __attrs_post_init__(self) -> None:
        if len(set(self.ids())) != 3:
            raise ValidationError(
                f"a Share needs three different ids (got {self.ids()!r})",
                field="share",
                value=self.share,
            )

    def ids(self) -> tuple[str, ...]:
        """Every metric id the relation names."""
        return (self.share, self.part, self.whole)


@attrs.frozen(kw_only=True)
class DeclaredCount:
    """A count the text declares (``以下四个方面``, ``八大领域``) and what it counts.

    Args:
        count: the figure that states the count (its id, or the figure with an id).
        items: what is counted, or its id: a :class:`~govreport.Section` (its
            child sections), :class:`~govreport.Points` (its points),
            :class:`~govreport.Terms` (its terms) or :class:`~govreport.Table`
            (its body rows).

    >>> DeclaredCount(count="plan.areas", items="plan").items
    'plan'
    """

    count: str = attrs.field(converter=figure_id, validator=dotted_id())
    items: str = attrs.field(converter=_item_id, validator=dotted_id())

    def ids(self) -> tuple[str, ...]:
        """The metric id the relation names."""
        return (self.count,)


ChangeForm: TypeAlias = Literal["rate", "difference", "multiple"]
"""How a change is stated: a rate (``增长12.3%``), a difference (``减少5件``) or a
multiple (``是上年的2倍``, ``翻一番``)."""

Direction: TypeAlias = Literal["increase", "decrease"]
"""Which way a rate or difference goes (``增长``/``增加`` or ``下降``/``回落``/``减少``)."""


@attrs.frozen(kw_only=True)
class Change:
    """A change the text states between a previous value and a current figure.

    ``比2022年的50件增长20%，达60件`` relates the current figure (60件), the
    previous one (50件) and the stated change (20%, a figure with
    ``change=True``). The previous value is a figure of the same report
    (*previous*) or, when *previous* is ``None``, the figure with the id
    *current* in last year's report: the relation is then *open* until
    :func:`govreport.compare` closes it.

    Args:
        current: id of the current figure.
        stated: id of the figure that states the change: a rate in ``%`` or
            ``‰``, a difference in the current figure's unit (in ``个百分点``
            for a per-cent figure: ``较上年下降3.2个百分点``), or a multiple in
            ``倍`` (``是上年的2倍``) or ``番`` (``翻一番`` is a multiple of 2,
            ``翻两番`` of 4).
        form: ``"rate"``, ``"difference"`` or ``"multiple"``.
        direction: ``"increase"`` or ``"decrease"`` (a multiple ignores it).
        previous: id of the previous figure in the same report, or ``None``.

    >>> Change(current="cases.total", stated="cases.growth", form="rate").ids()
    ('cases.total', 'cases.growth')
    >>> Change(current="a", stated="b", form="rate", previous="a")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: a Change needs different ids (got ('a', 'b', 'a'))
    """

    current: str = attrs.field(converter=figure_id, validator=dotted_id())
    stated: str = attrs.field(converter=figure_id, validator=dotted_id())
    form: ChangeForm = attrs.field(validator=one_of("rate", "difference", "multiple"))
    direction: Direction = attrs.field(default="increase", validator=one_of("increase", "decrease"))
    previous: str | None = attrs.field(default=None, validator=optional_dotted_id())

    def __attrs_post_init__(self) -> None:
        if len(set(self.ids())) != len(self.ids()):
            raise ValidationError(
                f"a Change needs different ids (got {self.ids()!r})",
                field="previous" if self.previous in (self.current, self.stated) else "stated",
                value=self.stated,
            )

    @property
    def is_open(self) -> bool:
        """Whether the previous value is in another report (last year's)."""
        return self.previous is None

    def ids(self) -> tuple[str, ...]:
        """Every metric id of this report the relation names."""
        if self.previous is None:
            return (self.current, self.stated)
        return (self.current, self.stated, self.previous)


Relation: TypeAlias = Total | Rate | Share | DeclaredCount | Change
"""A relation between figures."""
