"""What a copy of a web page carries besides the report: chrome lines and watermarks.

A report copied from the page where it is published comes with the page's
navigation (``当前位置：首页 > 政务公开``), its tools (``字号：大 中 小``,
``打印 关闭``, ``无障碍 简体|繁体``), its metadata (``发布时间：2024-03-28 09:18``,
``来源：某区人民政府办公室``), the site's date line (``某区人民政府 2019年12月3日星期二``)
and sometimes a watermark the site repeats inside paragraphs (``某某网—每日更新
www.example.com``). These are set aside, never dropped: each becomes a
:class:`~govreport.SetAside` with its line number and text. Words are matched
on :func:`~govreport._hanzi.simplified` keys, so ``發布時間`` is chrome too.
"""

from __future__ import annotations

import re
from typing import Final

from .._hanzi import simplified
from .._report import SetAside
from ._drafts import Line
from ._figures import words

__all__ = ["PAGE", "WATERMARK", "chrome", "source_of", "watermarks"]

PAGE: Final = "web page"
WATERMARK: Final = "watermark"

# A label that opens a line of page metadata or navigation.
_LABELED: Final = re.compile(
    r"[【\[(（]?\s*(?:字号|字体|当前位置|您现在的位置|您当前的位置|您的位置|所在位置|当前页面"
    r"|发布日期|发布时间|发文日期|发表时间|更新时间|日期|来源|信息来源|文章来源|稿件来源|发布机构|发布单位"
    r"|浏览次数|阅读次数|访问次数|浏览量|阅读量|点击数|点击量|点击率|访问量|责任编辑|编辑|作者|撰稿"
    r"|索引号|主题分类|分类|体裁分类|发文机关|成文日期|有效性|关键词|分享到)\s*[:：]"
)
# Words that make up a line of page tools when nothing else is on it.
_TOOLS: Final = frozenset(
    words(
        "打印 打印本页 打印页面 关闭 关闭窗口 关闭本页 收藏 分享 分享到 大 中 小 无障碍 简体 繁体 "
        "简 繁 返回 返回顶部 顶部 首页 字号 默认 扫一扫 微信 微博 保存 下载 纠错 我要纠错 长者模式 "
        "适老化 读屏 放大 缩小 视力保护色 - — > ＞ »"
    )
)
_TOOL_SPLIT: Final = re.compile(r"[\s|｜/·•【】\[\]()（）:：]+")
_WEEKDAY: Final = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]$")
_BREADCRUMB: Final = re.compile(r"[>＞»›](?:.*[>＞»›])")
_URL: Final = re.compile(r"(?:https?://|www\.)[A-Za-z0-9.\-_/%?=&#~]+")
_LINE_MAX: Final = 60
_STOP: Final = frozenset("。，；：！？、（）《》“”‘’,.;:!?()\"' \u3000\t")


def chrome(lines: list[Line]) -> tuple[list[Line], list[SetAside]]:
    """The lines that are the report, and the web page lines set aside."""
    kept: list[Line] = []
    aside: list[SetAside] = []
    for line in lines:
        if _is_chrome(line.text):
            aside.append(SetAside(line=line.number, text=line.text, reason=PAGE))
        else:
            kept.append(line)
    return kept, aside


def _is_chrome(text: str) -> bool:
    key = simplified(text.strip())
    if _LABELED.match(key):
        return True
    if len(key) > _LINE_MAX:
        return False
    words = [w for w in _TOOL_SPLIT.split(key) if w]
    if words and all(w in _TOOLS for w in words) and any(len(w) > 1 for w in words):
        return True
    if _WEEKDAY.search(key) and re.search(r"[0-9]{4}\s*年|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", key):
        return True
    return bool(_BREADCRUMB.search(key)) and ("首页" in key or "位置" in key)


def source_of(aside: list[SetAside]) -> str | None:
    """The publishing body a set-aside ``来源：…`` line names, if any."""
    for item in aside:
        found = re.match(
            r"[【\[]?\s*(?:来源|信息来源|文章来源|发布机构|发布单位)\s*[:：]\s*([^\s:：|｜]+)",
            simplified(item.text.strip()),
        )
        if found:
            return item.text.strip()[found.start(1) : found.end(1)]
    return None


def watermarks(lines: list[Line]) -> tuple[list[Line], list[SetAside]]:
    """The lines without a site's watermark, and each watermark taken out, where it stood.

    A watermark is a run of text ending in a web address that occurs, the same
    character for character, at least twice: its extent is what all its
    occurrences share around the address.
    """
    found: dict[str, list[tuple[int, int]]] = {}  # address → (line index, start) of each
    for index, line in enumerate(lines):
        for m in _URL.finditer(line.text):
            found.setdefault(m.group(), []).append((index, m.start()))
    marks: list[str] = []
    for address, places in found.items():
        if len(places) < 2:
            continue
        texts = [lines[i].text for i, _ in places]
        starts = [s for _, s in places]
        ends = [s + len(address) for s in starts]
        while all(s > 0 for s in starts) and _same(
            {t[s - 1] for t, s in zip(texts, starts, strict=True)}
        ):
            starts = [s - 1 for s in starts]
        while all(e < len(t) for t, e in zip(texts, ends, strict=True)) and _same(
            {t[e] for t, e in zip(texts, ends, strict=True)}
        ):
            ends = [e + 1 for e in ends]
        marks.append(texts[0][starts[0] : ends[0]])
    if not marks:
        return lines, []
    kept: list[Line] = []
    aside: list[SetAside] = []
    for line in lines:
        text = line.text
        for mark in marks:
            while mark in text:
                aside.append(SetAside(line=line.number, text=mark, reason=WATERMARK))
                text = text.replace(mark, "", 1)
        if text.strip():
            kept.append(line if text == line.text else Line(text=text, number=line.number))
    return kept, aside


def _same(chars: set[str]) -> bool:
    """Whether every occurrence has the same character here, and it can be part of a mark."""
    return len(chars) == 1 and not chars & _STOP
