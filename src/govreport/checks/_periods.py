"""The built-in rule about dates and years: each must lie in the period it belongs to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .._finding import Finding, Severity
from .._messages import N_, Fact
from .._report import Report
from ._index import index

__all__ = ["periods"]


def periods(report: Report) -> Iterator[Finding]:
    """``period-mismatch``: a date or year outside the period it should lie in.

    A report on year *Y* is checked for:

    * a signature date (:class:`~govreport.Closing`) before *Y* began (error);
    * a publication date before the signature date, or before *Y* began (error);
    * a document number of its own from a year before *Y* (error);
    * a cited document number from a year after the report was signed or
      published (error), when either date is given;
    * a commitment (a plan for the coming year) due before *Y* + 1 (warning).

    Statutory deadlines for publication belong to the report's kind (``deadline``).

    >>> import datetime, govreport as gr
    >>> r = gr.Report(title="报告", authority="某乡人民政府", year=2023,
    ...     closing=gr.Closing(signature="某乡人民政府", date=datetime.date(2024, 1, 15)),
    ...     published=datetime.date(2024, 1, 10))
    >>> [str(f) for f in periods(r)]
    ['error period-mismatch: the report was published on 2024-01-10, before it was signed on 2024-01-15']
    """
    year = report.year
    start = dt.date(year, 1, 1)
    signed = report.closing.date if report.closing is not None else None

    def finding(
        template: str,
        location: str = "",
        severity: Severity = "error",
        **facts: Fact,
    ) -> Finding:
        return Finding(
            code="period-mismatch",
            severity=severity,
            location=location,
            template=template,
            facts={"year": year, **facts},
        )

    if signed is not None and signed < start:
        yield finding(
            N_("the report on {year} is signed on {signed}, before {year} began"), signed=signed
        )
    published = report.published
    if published is not None:
        if signed is not None and published < signed:
            yield finding(
                N_("the report was published on {published}, before it was signed on {signed}"),
                published=published,
                signed=signed,
            )
        elif published < start:
            yield finding(
                N_("the report on {year} was published on {published}, before {year} began"),
                published=published,
            )
    own = report.number
    if own is not None and own.year < year:
        yield finding(
            N_(
                "the report's own number {number} is from {number_year}, before the year {year} it reports on"
            ),
            number=str(own),
            number_year=own.year,
        )
    dated = [d for d in (signed, published) if d is not None]
    latest = max(dated).year if dated else None
    found = index(report)
    if latest is not None:
        for reference, location in found.references:
            number = reference.number
            if number is not None and number.year > latest:
                yield finding(
                    N_(
                        "the cited document {number} is from {number_year}, after the report was dated ({dated})"
                    ),
                    location,
                    number=str(number),
                    number_year=number.year,
                    dated=max(dated),
                )
    for commitment, location in found.commitments:
        due = commitment.deadline
        if due is not None and due.year <= year:
            yield finding(
                N_(
                    "a plan for the coming year is due on {due}, within the year {year} the report looks back on"
                ),
                location,
                "warning",
                due=due,
            )
