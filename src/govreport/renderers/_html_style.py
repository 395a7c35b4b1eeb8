"""The stylesheet of the HTML renderer: GB/T 9704-2012 on A4, readable without its fonts.

The page follows the layout of GB/T 9704-2012: A4, margins 37 mm (天头), 26 mm
(right), 35 mm (bottom) and 28 mm (订口), which leaves the 156 mm × 225 mm 版心.
The grid target is 28 characters × 22 lines of 3号 (16 pt) type:

- one character advance is 156 mm / 28 = 5.571 mm = 15.79 pt, so
  ``letter-spacing`` is ``calc(156mm / 28 - 16pt)`` (−0.21 pt) and a line of
  28 full-width characters fills the measure exactly;
- one line is 225 mm / 22 = 10.227 mm = 28.99 pt, so ``line-height`` is
  ``calc(225mm / 22)`` and 22 lines fill the 版心;
- paragraphs indent two character advances, ``calc(156mm / 14)``.

Fonts: title 2号 (22 pt) 小标宋, body 3号 仿宋, 一、 headings 黑体, （一） 楷体,
deeper levels 仿宋 (by the section's level class, since the heading rank
depends on which ancestors have headings); each stack ends in the Noto CJK / Source Han families and
a generic family, so the page still reads well where the official fonts are
missing. Page numbers are ``— 1 —`` in 4号 (14 pt), outside corner of each page.
"""

from __future__ import annotations

from typing import Final

__all__ = ["STYLESHEET"]

_XIAOBIAOSONG: Final = (
    '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "方正小标宋_GBK", "STZhongsong", "华文中宋", '
    '"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", "SimSun", serif'
)
_FANGSONG: Final = (
    '"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "华文仿宋", '
    '"Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", "Songti SC", serif'
)
_HEITI: Final = (
    '"SimHei", "黑体", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", '
    '"Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
)
_KAITI: Final = (
    '"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "华文楷体", "Kaiti SC", '
    '"Noto Serif CJK SC", "Source Han Serif SC", serif'
)

STYLESHEET: Final = f"""\
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm; }}
@page :left {{ @bottom-left {{ content: "— " counter(page) " —"; \
font: 14pt SimSun, "Noto Serif CJK SC", serif; margin-left: 1em; }} }}
@page :right {{ @bottom-right {{ content: "— " counter(page) " —"; \
font: 14pt SimSun, "Noto Serif CJK SC", serif; margin-right: 1em; }} }}
.govreport {{
  font-family: {_FANGSONG};
  font-size: 16pt;
  line-height: calc(225mm / 22);
  letter-spacing: calc(156mm / 28 - 16pt);
  max-width: 156mm;
  margin: 0 auto;
  color: #000;
  background: #fff;
  text-align: justify;
  overflow-wrap: anywhere;
}}
.govreport header {{ margin-bottom: calc(225mm / 22); }}
.govreport h1, .govreport .authority, .govreport .document-number {{
  font-family: {_XIAOBIAOSONG};
  font-size: 22pt;
  font-weight: normal;
  letter-spacing: normal;
  text-align: center;
  text-indent: 0;
  margin: 0;
}}
.govreport .document-number {{ font-family: inherit; font-size: 16pt; }}
.govreport p, .govreport li, .govreport h2, .govreport h3, .govreport h4, \
.govreport h5, .govreport h6 {{
  font-size: 16pt;
  font-weight: normal;
  margin: 0;
  text-indent: calc(156mm / 14);
}}
.govreport section {{ margin: 0; }}
.govreport .level-1 > h2, .govreport .level-1 > p > .run-in {{ font-family: {_HEITI}; }}
.govreport .level-2 > h2, .govreport .level-2 > h3, .govreport .level-2 > p > .run-in, \
.govreport .level-2 > ol > li > .run-in {{ font-family: {_KAITI}; }}
.govreport .run-in, .govreport .marker {{ font-weight: normal; }}
.govreport ol.points {{ list-style: none; margin: 0; padding: 0; }}
.govreport cite {{ font-style: normal; }}
.govreport data, .govreport time {{ white-space: nowrap; }}
.govreport table {{
  border-collapse: collapse;
  margin: 0.5em auto;
  font-size: 12pt;
  line-height: 1.5;
  letter-spacing: normal;
  text-align: center;
}}
.govreport caption {{ font-family: {_HEITI}; font-size: 14pt; }}
.govreport th, .govreport td {{ border: 1px solid #000; padding: 0.2em 0.4em; font-weight: normal; }}
.govreport th {{ font-family: {_HEITI}; }}
.govreport footer {{ margin-top: calc(225mm / 22); text-align: right; }}
.govreport footer p {{ text-indent: 0; padding-right: calc(156mm / 7); }}
@media print {{
  .govreport {{ max-width: none; }}
  .govreport h1, .govreport h2, .govreport h3, .govreport h4 {{ break-after: avoid; }}
  .govreport tr {{ break-inside: avoid; }}
}}
"""
"""The CSS the standalone HTML document embeds (GB/T 9704 on A4)."""
