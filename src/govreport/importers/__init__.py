"""Importers: reports that already exist, read into the model.

Each format turns its input into drafts (lines, headings its structure
states, table grids); one shared core reads headings, points, figures,
years, cited documents, relations and plans from them and builds the
:class:`~govreport.Report`, so every format reads the same wording the same
way.

Plain text is read by :func:`parse_text`, Word files by :func:`parse_docx`.

>>> from govreport.importers import parse_text
>>> parse_text("某乡人民政府\\n2023年度工作报告\\n一、主要举措\\n检查企业366家。").year
2023
"""

from __future__ import annotations

from ._docx import parse_docx
from ._html import parse_html
from ._text import parse_text

__all__ = ["parse_docx", "parse_html", "parse_text"]
