"""PDF in the official layout, typeset by WeasyPrint from the HTML renderer's print stylesheet.

Needs the extra: ``pip install 'govreport[pdf]'`` (WeasyPrint, which uses the
Pango library of the system).

The page is the HTML renderer's ``@page``: A4, margins 37 mm, 26 mm, 35 mm and
28 mm, 22 lines of 28 characters of 3号 type, the fonts of GB/T 9704-2012
(falling back to Noto CJK where they are missing), and page numbers
``— 1 —`` in the page's margin boxes, at the outside corner. The text is real
text: ``pdftotext`` gives back the title and every figure as written.

The metadata are fixed by the report: the title, the authority as author,
``govreport`` as creator, and the date of the closing (or else of publication)
as the creation date; without a date the file carries none. The same report
gives the same bytes.

>>> import govreport as gr
>>> from govreport.renderers import render
>>> report = gr.Report(title="2023年度报告", authority="某乡人民政府", year=2023)
>>> render(report, "pdf")[:8]
b'%PDF-1.7'
"""

from __future__ import annotations

from typing import ClassVar

import attrs
import weasyprint

from .._report import Report
from ._base import BaseRenderer
from .html import HTMLRenderer

__all__ = ["PDFRenderer"]


class PDFRenderer(BaseRenderer[bytes]):
    """Renders PDF (``to="pdf"``, suffix ``.pdf``); takes the common options.

    ``render(report)`` returns the bytes of the file.
    """

    name = "pdf"
    suffix = ".pdf"
    binary: ClassVar[bool] = True

    def render_report(self, report: Report) -> bytes:
        """The PDF file: the HTML renderer's page, typeset."""
        html = HTMLRenderer(**attrs.asdict(self.options)).render(report)
        document = weasyprint.HTML(string=html).render()
        metadata = document.metadata
        metadata.authors = [report.authority]
        date = report.closing.date if report.closing is not None else report.published
        if date is not None:
            metadata.created = metadata.modified = date.isoformat()
        pdf: bytes = document.write_pdf()
        return pdf
