"""The label constants equal the format's label lists, written out here on their own.

The lists are those of 国办公开办函〔2021〕30号 (the 统一格式) and of the 2019 trial format
(国办公开办函〔2019〕60号), typed afresh rather than derived from the module under test.
"""

from __future__ import annotations

from govreport.kinds import _labels as labels
from govreport.kinds._labels import RowTree


def _quick_reference() -> dict[str, object]:
    """Every label list of the 2021 format (and the 2019 表二), as the format prints it."""
    T2_2021 = {
        "第二十条第（一）项": (
            ["本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", "行政规范性文件"],
        ),
        "第二十条第（五）项": (["本年处理决定数量"], ["行政许可"]),
        "第二十条第（六）项": (["本年处理决定数量"], ["行政处罚", "行政强制"]),
        "第二十条第（八）项": (["本年收费金额（单位：万元）"], ["行政事业性收费"]),
    }
    T3_COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    T3_COLUMN_GROUPS = {"申请人情况": T3_COLUMNS, "法人或其他组织": T3_COLUMNS[1:6]}
    T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    T4_GROUPS = {"行政复议": None, "行政诉讼": ["未经复议直接起诉", "复议后起诉"]}
    T4_COLUMNS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    SECTIONS_2021 = [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ]
    return {
        "T2_2021": T2_2021,
        "T3_COLUMNS": T3_COLUMNS,
        "T3_COLUMN_GROUPS": T3_COLUMN_GROUPS,
        "T3_NOTE": T3_NOTE,
        "T4_GROUPS": T4_GROUPS,
        "T4_COLUMNS": T4_COLUMNS,
        "SECTIONS_2021": SECTIONS_2021,
    }


# The row labels of 表三 (2021) as the format prints them; indentation shows the merged label cells.
T3_ROWS_BLOCK = """\
一、本年新收政府信息公开申请数量
二、上年结转政府信息公开申请数量
三、本年度办理结果
    （一）予以公开
    （二）部分公开（区分处理的，只计这一情形，不计其他情形）
    （三）不予公开
        1.属于国家秘密
        2.其他法律行政法规禁止公开
        3.危及“三安全一稳定”
        4.保护第三方合法权益
        5.属于三类内部事务信息
        6.属于四类过程性信息
        7.属于行政执法案卷
        8.属于行政查询事项
    （四）无法提供
        1.本机关不掌握相关政府信息
        2.没有现成信息需要另行制作
        3.补正后申请内容仍不明确
    （五）不予处理
        1.信访举报投诉类申请
        2.重复申请
        3.要求提供公开出版物
        4.无正当理由大量反复申请
        5.要求行政机关确认或重新出具已获取信息
    （六）其他处理
        1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
        3.其他
    （七）总计
四、结转下年度继续办理
"""


def _as_lists(value: object) -> object:
    """Tuples and lists alike as lists, recursively (the notes mix both)."""
    if isinstance(value, tuple | list):
        return [_as_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    return value


def _block(tree: RowTree, depth: int = 0) -> str:
    return "".join(
        "    " * depth + label + "\n" + _block(children, depth + 1) for _, label, children in tree
    )


def test_constants_equal_the_quick_reference() -> None:
    """Every label list above equals the constant of the same name."""
    for name, expected in _quick_reference().items():
        assert _as_lists(getattr(labels, name)) == _as_lists(expected), name


def test_rows_equal_the_row_block() -> None:
    """The 2021 表三 rows, indented by merge level, are the block above character for character."""
    assert _block(labels.T3_ROWS_2021) == T3_ROWS_BLOCK


def test_2019_rows_differ_only_in_other_handling() -> None:
    """The 2019 trial format has （六）其他处理 as one row without sub-items."""
    lines = T3_ROWS_BLOCK.splitlines()
    start = lines.index("    （六）其他处理")
    expected = [*lines[: start + 1], *lines[start + 4 :]]
    assert _block(labels.T3_ROWS_2019).splitlines() == expected


def test_2019_proactive_labels() -> None:
    """The 2019 表二 blocks carry the captions, headers and rows of the trial format."""
    assert _as_lists(labels.T2_2019) == _as_lists(
        {
            "第二十条第（一）项": (
                ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                ["规章", "规范性文件"],
            ),
            "第二十条第（五）项": (
                ["上一年项目数量", "本年增/减", "处理决定数量"],
                ["行政许可", "其他对外管理服务事项"],
            ),
            "第二十条第（六）项": (
                ["上一年项目数量", "本年增/减", "处理决定数量"],
                ["行政处罚", "行政强制"],
            ),
            "第二十条第（八）项": (["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
            "第二十条第（九）项": (["采购项目数量", "采购总金额"], ["政府集中采购"]),
        }
    )


def test_keys_are_unique_per_level() -> None:
    """Row keys are unique among siblings, so the dotted row keys are unique."""

    def keys(tree: RowTree, prefix: str = "") -> list[str]:
        return [
            k
            for key, _, children in tree
            for k in [prefix + key, *keys(children, prefix + key + ".")]
        ]

    for tree in (labels.T3_ROWS_2021, labels.T3_ROWS_2019):
        found = keys(tree)
        assert len(found) == len(set(found))
    assert len(labels.T3_COLUMN_KEYS) == len(labels.T3_COLUMNS)
    assert len(labels.T4_COLUMN_KEYS) == len(labels.T4_COLUMNS)
