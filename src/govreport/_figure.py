"""Figures as the author writes them (``figure("10余次")``) and figures cited again (:class:`Cite`).

A :class:`Figure` is what an author places in a text: a quantity, and an id
and a label only where they matter. When the :class:`~govreport.Report` is
built, every figure becomes a :class:`~govreport.Metric`: a figure without an
id gets one from its place (section path and label), a figure without a label
gets the words of its clause, and the same figure object placed again becomes
a :class:`Cite` of the first.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._quantity import Metric, Quantity
from ._reading import read_figure
from ._written import written
from .exceptions import ModelTypeError, ValidationError
from .validators import dotted_id, non_blank, optional_dotted_id

__all__ = ["Cite", "Figure", "figure", "figure_id"]


@attrs.frozen(kw_only=True)
class Figure:
    """A figure placed in a text; the report gives it an id and a label if it has none.

    Build it with :func:`figure`. Give an *id* when the figure must be found
    again: in a relation (a total, a rate, a declared count), for comparison
    with next year's report, or when it may move to another section (a derived
    id changes with the place).

    >>> Figure(quantity=Quantity(value=366, unit="家")).id is None
    True
    """

    quantity: Quantity
    id: str | None = attrs.field(default=None, validator=optional_dotted_id())
    label: str | None = attrs.field(default=None, validator=attrs.validators.optional(non_blank()))


def figure(
    written: str | None = None,
    /,
    *,
    id: str | None = None,
    label: str | None = None,
    **quantity: Any,
) -> Figure:
    """A figure as the report writes it: ``figure("10余次")``, ``figure("0.9万元")``.

    The written form is read with the text importer's own rules into a
    :class:`~govreport.Quantity` (value, unit, approximation marker, scale;
    Chinese numerals such as ``两名`` are kept as such). Keywords for
    :class:`~govreport.Quantity` win over the written form, and without a
    written form they give the whole quantity.

    Args:
        written: the figure as written (``"近300人次"``, ``"95.5%"``, ``"3,437条"``).
        id: a stable dotted id, for relations and year-on-year comparison.
        label: what the figure counts; by default the words before it.
        quantity: fields of :class:`~govreport.Quantity` that override the reading.

    Raises:
        ValidationError: *written* is not one figure as a report writes it
            (the message says where reading stopped).

    >>> f = figure("10余次")
    >>> (f.quantity.value, f.quantity.unit, f.quantity.approx)
    (Decimal('10'), '次', '余')
    >>> figure("0.9万元", id="enforcement.fines").quantity.scale
    '万'
    >>> figure("10余次", approx="多").quantity.approx
    '多'
    >>> figure("十余回")
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: cannot read '十余回' as a figure: '回' at position 2 is not part of a figure written as a report writes it (such as 10余次, 0.9万元, 近300人次, 95.5% or 两名)
    """
    if written is None:
        found = Quantity(**quantity)
    else:
        found = read_figure(written, change=bool(quantity.get("change", False)))
        if quantity:
            try:
                found = attrs.evolve(found, **quantity)
            except TypeError:
                known = ", ".join(a.name for a in attrs.fields(Quantity))
                raise ModelTypeError(
                    f"figure() takes id, label and the fields of Quantity ({known}); "
                    f"got {', '.join(sorted(quantity))}",
                    field="quantity",
                    value=sorted(quantity),
                ) from None
    return Figure(quantity=found, id=id, label=label)


def figure_id(value: str | Metric | Figure) -> str:
    """The id that names *value*: an id as given, or the id of a metric or figure.

    >>> figure_id(figure("560件", id="documents.total"))
    'documents.total'
    >>> figure_id(figure("560件"))
    Traceback (most recent call last):
    ...
    govreport.exceptions.ValidationError: the figure 560件 has no id; give it one to name it here, e.g. figure('560件', id='documents.total')
    """
    if isinstance(value, Metric):
        return value.id
    if isinstance(value, Figure):
        if value.id is None:
            shown = written(value.quantity)
            raise ValidationError(
                f"the figure {shown} has no id; give it one to name it here, "
                f"e.g. figure({shown!r}, id='documents.total')",
                field="id",
                value=shown,
            )
        return value.id
    if isinstance(value, str):
        return value
    raise ModelTypeError(
        f"expected an id, a Metric or a Figure (got {type(value).__name__} {value!r})",
        field="id",
        value=value,
    )


@attrs.frozen(kw_only=True)
class Cite:
    """The same figure again: renders the quantity of the metric called *id*.

    Reports repeat figures (a total in the summary and again in its section);
    the figure stays one metric, and the citation cannot disagree with it.
    Placing the same figure object twice cites it the second time; write
    ``Cite(id=…)`` (or ``{=id}`` in a template) to cite a figure by id.

    >>> Cite(id=figure("560件", id="documents.total")).id
    'documents.total'
    """

    id: str = attrs.field(converter=figure_id, validator=dotted_id())
