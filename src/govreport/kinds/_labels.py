"""The exact labels of the 政府信息公开工作年度报告 format (国办公开办函〔2021〕30号).

Labels are data: they keep the full-width punctuation of the official format,
and the test suite compares them, character for character, with the format's
label lists written out on their own. Each label is paired with an ASCII key; keys build the stable metric
ids of the table cells (``disclosure.applications.received.natural_person``),
so that next year's report can be compared with this year's by id.

The 2019 trial format (国办公开办函〔2019〕60号) differs in 表二 and in one
row group of 表三 (``（六）其他处理`` has no sub-rows).
"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

__all__ = [
    "FORMATS",
    "SECTIONS_2021",
    "T2_2019",
    "T2_2021",
    "T2_KEYS",
    "T3_COLUMNS",
    "T3_COLUMN_GROUPS",
    "T3_COLUMN_KEYS",
    "T3_NOTE",
    "T3_ROWS_2019",
    "T3_ROWS_2021",
    "T4_COLUMNS",
    "T4_COLUMN_KEYS",
    "T4_GROUPS",
    "T4_GROUP_KEYS",
    "Format",
    "RowTree",
]

Format = Literal["2021", "2019-trial"]
"""The table format: ``"2021"`` (国办公开办函〔2021〕30号) or the 2019 trial format."""

FORMATS: Final[tuple[Format, ...]] = ("2021", "2019-trial")

SECTIONS_2021: Final = (
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
)
"""The six parts, in order, as the canonical headings."""

# 表二: block caption → (value column labels, row labels), as in §7.
T2_2021: Final = {
    "第二十条第（一）项": (
        ("本年制发件数", "本年废止件数", "现行有效件数"),
        ("规章", "行政规范性文件"),
    ),
    "第二十条第（五）项": (("本年处理决定数量",), ("行政许可",)),
    "第二十条第（六）项": (("本年处理决定数量",), ("行政处罚", "行政强制")),
    "第二十条第（八）项": (("本年收费金额（单位：万元）",), ("行政事业性收费",)),
}
T2_2019: Final = {
    "第二十条第（一）项": (
        ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
        ("规章", "规范性文件"),
    ),
    "第二十条第（五）项": (
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        ("行政许可", "其他对外管理服务事项"),
    ),
    "第二十条第（六）项": (
        ("上一年项目数量", "本年增/减", "处理决定数量"),
        ("行政处罚", "行政强制"),
    ),
    "第二十条第（八）项": (("上一年项目数量", "本年增/减"), ("行政事业性收费",)),
    "第二十条第（九）项": (("采购项目数量", "采购总金额"), ("政府集中采购",)),
}

T2_KEYS: Final = {
    # rows
    "规章": "rules",
    "行政规范性文件": "normative_documents",
    "规范性文件": "normative_documents",
    "行政许可": "licensing",
    "其他对外管理服务事项": "other_services",
    "行政处罚": "penalties",
    "行政强制": "coercion",
    "行政事业性收费": "fees",
    "政府集中采购": "procurement",
    # columns
    "本年制发件数": "issued",
    "本年废止件数": "repealed",
    "现行有效件数": "in_force",
    "本年处理决定数量": "decisions",
    "本年收费金额（单位：万元）": "amount",
    "本年新制作数量": "made",
    "本年新公开数量": "published",
    "对外公开总数量": "published_total",
    "上一年项目数量": "previous_items",
    "本年增/减": "change",
    "处理决定数量": "decisions",
    "采购项目数量": "projects",
    "采购总金额": "amount",
}
"""ASCII keys of the 表二 row and column labels (both formats)."""

T3_COLUMNS: Final = (
    "自然人",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
    "总计",
)
T3_COLUMN_GROUPS: Final = {"申请人情况": T3_COLUMNS, "法人或其他组织": T3_COLUMNS[1:6]}
T3_NOTE: Final = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_COLUMN_KEYS: Final = (
    "natural_person",
    "commercial",
    "research",
    "public_interest",
    "legal_services",
    "other",
    "total",
)
"""ASCII keys of :data:`T3_COLUMNS`, in the same order."""

RowTree: TypeAlias = tuple[tuple[str, str, "RowTree"], ...]
"""Rows as ``(key, label, children)``; a row with children is a merged label cell."""

_WITHHELD: Final[RowTree] = (
    ("state_secret", "1.属于国家秘密", ()),
    ("prohibited", "2.其他法律行政法规禁止公开", ()),
    ("security", "3.危及“三安全一稳定”", ()),
    ("third_party", "4.保护第三方合法权益", ()),
    ("internal", "5.属于三类内部事务信息", ()),
    ("process", "6.属于四类过程性信息", ()),
    ("enforcement_files", "7.属于行政执法案卷", ()),
    ("query", "8.属于行政查询事项", ()),
)
_UNAVAILABLE: Final[RowTree] = (
    ("not_held", "1.本机关不掌握相关政府信息", ()),
    ("to_be_made", "2.没有现成信息需要另行制作", ()),
    ("unclear", "3.补正后申请内容仍不明确", ()),
)
_NOT_PROCESSED: Final[RowTree] = (
    ("complaints", "1.信访举报投诉类申请", ()),
    ("repeated", "2.重复申请", ()),
    ("publications", "3.要求提供公开出版物", ()),
    ("excessive", "4.无正当理由大量反复申请", ()),
    ("confirmation", "5.要求行政机关确认或重新出具已获取信息", ()),
)
_OTHER_HANDLING: Final[RowTree] = (
    ("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ()),
    ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ()),
    ("other", "3.其他", ()),
)


def _t3_rows(other_handling: RowTree) -> RowTree:
    return (
        ("received", "一、本年新收政府信息公开申请数量", ()),
        ("brought_forward", "二、上年结转政府信息公开申请数量", ()),
        (
            "results",
            "三、本年度办理结果",
            (
                ("disclosed", "（一）予以公开", ()),
                (
                    "partly_disclosed",
                    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                    (),
                ),
                ("withheld", "（三）不予公开", _WITHHELD),
                ("unavailable", "（四）无法提供", _UNAVAILABLE),
                ("not_processed", "（五）不予处理", _NOT_PROCESSED),
                ("other_handling", "（六）其他处理", other_handling),
                ("total", "（七）总计", ()),
            ),
        ),
        ("carried_over", "四、结转下年度继续办理", ()),
    )


T3_ROWS_2021: Final[RowTree] = _t3_rows(_OTHER_HANDLING)
"""表三 rows of the 2021 format (25 rows of figures under 30 labels)."""

T3_ROWS_2019: Final[RowTree] = _t3_rows(())
"""表三 rows of the 2019 trial format: ``（六）其他处理`` is a single row."""

T4_GROUPS: Final = {"行政复议": None, "行政诉讼": ("未经复议直接起诉", "复议后起诉")}
T4_COLUMNS: Final = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
T4_GROUP_KEYS: Final = {
    "行政复议": "review",
    "未经复议直接起诉": "direct_suit",
    "复议后起诉": "suit_after_review",
}
"""ASCII keys of the three groups of five figures in 表四."""
T4_COLUMN_KEYS: Final = ("upheld", "corrected", "other", "pending", "total")
"""ASCII keys of :data:`T4_COLUMNS`, in the same order."""
