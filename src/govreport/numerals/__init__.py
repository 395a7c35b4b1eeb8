"""Chinese numerals: cardinals, 大写 money, digit-by-digit labels, heading markers.

Why hand-written: every library measured for govreport gets standard usage
wrong somewhere (details in ``docs/numerals.md``):

* cn2an drops the 零 after 亿 when the 万 group is zero (一亿一千 for
  100001000, which its own parser then rejects), stops at 10**16 and truncates
  money below 分 silently;
* ICU/CLDR writes 〇 inside cardinals by default (一百〇一), drops the 零 at the
  亿 boundary (一亿一万, 一亿十万) and writes 拾 for 壹拾 in 大写;
* pycnnum drops trailing units (一百一 for 110), goes through ``float`` above
  2**53 and loses the sign of negative floats;
* num2words has no Chinese in any release.

This module follows GB/T 15835-2011 (零 in quantities, 〇 in labels), the
People's Bank of China rules for 大写 amounts and GB/T 9704-2012 for headings.
Formatting is table-driven: every 4-digit group is rendered once, and a number
is a few integer divisions and list lookups; parsing canonical text is a few
dictionary lookups. Options are keyword-only; the only module state is those
lazily built tables (caches, not configuration).

The package keeps writing (``_groups``, ``_format``) apart from reading
(``_parse``); writing never needs the reader.
"""

from __future__ import annotations

from ._format import digits, heading_marker, ordinal, rmb, to_chinese
from ._parse import from_chinese

__all__ = ["digits", "from_chinese", "heading_marker", "ordinal", "rmb", "to_chinese"]
