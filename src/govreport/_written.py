"""A :class:`~govreport.Quantity` as the report writes it.

The formatting modules take primitives and never see the model; this is the
one place that unpacks a quantity for them, shared by the renderers, the
checks' messages and the text importer (which keeps a figure only when this
writes it back character for character).
"""

from __future__ import annotations

from ._quantity import Numerals, Quantity
from .quantities import format_quantity

__all__ = ["written"]


def written(quantity: Quantity, *, numerals: Numerals = "arabic") -> str:
    """*quantity* as written; its own ``numerals`` wins over the *numerals* given.

    >>> import govreport as gr
    >>> written(gr.Quantity(value=10, unit="次", approx="余"))
    '10余次'
    >>> written(gr.Quantity(value=4, unit="个"), numerals="chinese")
    '四个'
    """
    return format_quantity(
        quantity.value,
        quantity.unit,
        approx=quantity.approx,
        scale=quantity.scale,
        numerals=quantity.numerals or numerals,
        approx_after_scale=quantity.approx_after_scale,
    )
