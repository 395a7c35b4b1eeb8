"""青禾县自然资源局 2023 年政府信息公开工作年度报告: a complete report of the 2021 format.

青禾县 is fictional; the report follows the 统一格式 of 国办公开办函〔2021〕30号: six
parts, prose with typed figures, and the three prescribed tables built from plain
numbers (``None`` is a blank cell, as agencies without rule-making power leave the
规章 row). Table cells are unit-less, as the format prints them; the prose figures
carry their units.

Run it to print the findings of :func:`govreport.check` (none are errors)::

    python examples/info_disclosure_2023.py
"""

from __future__ import annotations

import datetime as dt

import govreport as gr
from govreport.kinds import application_table, proactive_table, review_litigation_table

THIS_YEAR = gr.ReportYear()
NEXT_YEAR = gr.ReportYear(offset=1)


def count(id: str, value: int | str, unit: str, label: str, **quantity: object) -> gr.Metric:
    """A metric; keywords go to :class:`govreport.Quantity`."""
    return gr.metric(id, value, unit, label=label, **quantity)


def para(template: str, **figures: gr.Inline) -> gr.Paragraph:
    """A paragraph from a template."""
    return gr.Paragraph(text=gr.text(template, **figures))


# The three tables, as the 统一格式 prints them --------------------------------------

# 表二: 本年制发件数, 本年废止件数, 现行有效件数 / 本年处理决定数量 / 本年收费金额（万元）.
PROACTIVE = proactive_table(
    {
        "rules": [None, None, None],  # a county bureau makes no 规章
        "normative_documents": [2, 1, 15],
        "licensing": [1268],
        "penalties": [37],
        "coercion": [4],
        "fees": ["56.32"],
    }
)

# 表三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
APPLICATIONS = application_table(
    {
        "received": [86, 12, 0, 1, 3, 0, 102],
        "brought_forward": [4, 1, 0, 0, 0, 0, 5],
        "results.disclosed": [41, 6, 0, 1, 1, 0, 49],
        "results.partly_disclosed": [9, 2, 0, 0, 0, 0, 11],
        "results.withheld.state_secret": [0, 0, 0, 0, 0, 0, 0],
        "results.withheld.prohibited": [0, 0, 0, 0, 0, 0, 0],
        "results.withheld.security": [0, 0, 0, 0, 0, 0, 0],
        "results.withheld.third_party": [2, 0, 0, 0, 0, 0, 2],
        "results.withheld.internal": [1, 0, 0, 0, 0, 0, 1],
        "results.withheld.process": [3, 1, 0, 0, 0, 0, 4],
        "results.withheld.enforcement_files": [0, 0, 0, 0, 0, 0, 0],
        "results.withheld.query": [2, 0, 0, 0, 0, 0, 2],
        "results.unavailable.not_held": [18, 2, 0, 0, 1, 0, 21],
        "results.unavailable.to_be_made": [3, 0, 0, 0, 0, 0, 3],
        "results.unavailable.unclear": [1, 0, 0, 0, 0, 0, 1],
        "results.not_processed.complaints": [2, 0, 0, 0, 0, 0, 2],
        "results.not_processed.repeated": [1, 0, 0, 0, 0, 0, 1],
        "results.not_processed.publications": [0, 0, 0, 0, 0, 0, 0],
        "results.not_processed.excessive": [0, 0, 0, 0, 0, 0, 0],
        "results.not_processed.confirmation": [1, 0, 0, 0, 0, 0, 1],
        "results.other_handling.no_correction": [2, 0, 0, 0, 0, 0, 2],
        "results.other_handling.fee_unpaid": [0, 0, 0, 0, 0, 0, 0],
        "results.other_handling.other": [1, 0, 0, 0, 0, 0, 1],
        "results.total": [87, 11, 0, 1, 2, 0, 101],
        "carried_over": [3, 2, 0, 0, 1, 0, 6],
    }
)

# 表四: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 for each group.
REVIEW_LITIGATION = review_litigation_table(
    {
        "review": [1, 0, 0, 1, 2],
        "direct_suit": [1, 0, 0, 0, 1],
        "suit_after_review": [0, 0, 0, 0, 0],
    }
)

# 一、总体情况 ------------------------------------------------------------------------

overview = gr.Section(
    title="总体情况",
    blocks=[
        para(
            "{year}年，青禾县自然资源局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实"
            "{rules}和上级关于政务公开工作的部署要求，围绕自然资源管理中心工作，持续深化"
            "决策、执行、管理、服务、结果公开，不断提升政府信息公开工作质量。",
            year=THIS_YEAR,
            rules=gr.DocumentReference(title="中华人民共和国政府信息公开条例"),
        )
    ],
    children=[
        gr.Section(
            title="主动公开",
            run_in=True,
            blocks=[
                para(
                    "通过青禾县人民政府门户网站本局专栏主动公开政府信息{items}，其中政策文件{docs}、"
                    "政策解读{readings}、国土空间规划及用地审批信息{planning}。",
                    items=count("proactive.items", 486, "条", "主动公开政府信息"),
                    docs=count("proactive.policy_documents", 23, "条", "政策文件"),
                    readings=count("proactive.readings", 9, "条", "政策解读"),
                    planning=count("proactive.planning", 154, "条", "规划及用地审批信息"),
                )
            ],
        ),
        gr.Section(
            title="依申请公开",
            run_in=True,
            blocks=[
                para(
                    "全年新收政府信息公开申请{received}，上年结转{brought}；办结{done}，"
                    "其中按期答复{on_time}，按期答复率{rate}；结转下年度继续办理{carried}。",
                    received=count("overview.applications.received", 102, "件", "新收申请"),
                    brought=count("overview.applications.brought_forward", 5, "件", "上年结转"),
                    done=count("overview.applications.done", 101, "件", "办结申请"),
                    on_time=count("overview.applications.on_time", 101, "件", "按期答复"),
                    rate=count("overview.applications.on_time_rate", 100, "%", "按期答复率"),
                    carried=count("overview.applications.carried_over", 6, "件", "结转下年度"),
                )
            ],
        ),
        gr.Section(
            title="政府信息管理",
            run_in=True,
            blocks=[
                para(
                    "严格落实公文公开属性源头认定制度，对拟公开文件逐件进行保密审查；全年清理"
                    "行政规范性文件{reviewed}，废止{repealed}。",
                    reviewed=count("management.documents_reviewed", 16, "件", "清理规范性文件"),
                    repealed=count("management.documents_repealed", 1, "件", "废止规范性文件"),
                )
            ],
        ),
        gr.Section(
            title="平台建设",
            run_in=True,
            blocks=[
                para(
                    "优化门户网站本局专栏设置，更新“自然资源”政务新媒体{posts}，"
                    "在政务服务大厅设立政府信息查阅点{points}。",
                    posts=count("platform.posts", 132, "条", "政务新媒体信息"),
                    points=count("platform.reading_points", 1, "个", "查阅点"),
                )
            ],
        ),
        gr.Section(
            title="监督保障",
            run_in=True,
            blocks=[
                para(
                    "将政务公开工作纳入年度目标考核，组织业务培训{trainings}，"
                    "参训{trainees}；全年未发生因政府信息公开工作引起的责任追究。",
                    trainings=count("oversight.trainings", 3, "次", "业务培训"),
                    trainees=count("oversight.trainees", 65, "人次", "参训"),
                )
            ],
        ),
    ],
)

# 二–四: the tables ------------------------------------------------------------------

proactive = gr.Section(title="主动公开政府信息情况", blocks=[PROACTIVE])
applications = gr.Section(title="收到和处理政府信息公开申请情况", blocks=[APPLICATIONS])
review_litigation = gr.Section(
    title="政府信息公开行政复议、行政诉讼情况", blocks=[REVIEW_LITIGATION]
)

# 五、六 ---------------------------------------------------------------------------

problems = gr.Section(
    title="存在的主要问题及改进情况",
    blocks=[
        para(
            "{year}年，本局政府信息公开工作取得一定成效，但仍存在政策解读形式较为单一、"
            "依申请公开答复文书规范化水平有待提高等问题。",
            year=THIS_YEAR,
        ),
        gr.Points(
            items=[
                gr.Point(
                    lead="丰富解读形式。",
                    text="综合运用图文、视频、问答等方式解读自然资源政策。",
                ),
                gr.Point(
                    lead="规范答复文书。",
                    text=gr.text(
                        "{year}年组织依申请公开答复文书评查{reviews}。",
                        year=NEXT_YEAR,
                        reviews=count("plan.reply_reviews", 2, "次", "答复文书评查"),
                    ),
                ),
            ]
        ),
    ],
)

other = gr.Section(
    title="其他需要报告的事项",
    blocks=[
        para(
            "本局{year}年未收取政府信息公开信息处理费。全年办理人大代表建议{proposals}、"
            "政协委员提案{motions}，办复率均为{rate}。",
            year=THIS_YEAR,
            proposals=count("other.deputy_proposals", 7, "件", "人大代表建议"),
            motions=count("other.cppcc_motions", 5, "件", "政协委员提案"),
            rate=count("other.reply_rate", 100, "%", "办复率"),
        )
    ],
)

report = gr.Report(
    kind="info-disclosure",
    authority="青禾县自然资源局",
    title=gr.text("青禾县自然资源局{year}年政府信息公开工作年度报告", year=THIS_YEAR),
    year=2023,
    preamble=[
        para(
            "本报告依据{rules}和{format}要求编制，由总体情况、主动公开政府信息情况、收到和处理"
            "政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、"
            "其他需要报告的事项六部分组成。本报告中所列数据统计期限为{year}年1月1日至12月31日。"
            "本报告电子版可在青禾县人民政府门户网站下载。",
            rules=gr.DocumentReference(title="中华人民共和国政府信息公开条例"),
            format=gr.DocumentReference(
                title="中华人民共和国政府信息公开工作年度报告格式",
                number="国办公开办函〔2021〕30号",
            ),
            year=THIS_YEAR,
        )
    ],
    sections=[overview, proactive, applications, review_litigation, problems, other],
    relations=[
        gr.Rate(
            rate="overview.applications.on_time_rate",
            numerator="overview.applications.on_time",
            denominator="overview.applications.done",
        ),
    ],
    closing=gr.Closing(signature="青禾县自然资源局", date=dt.date(2024, 1, 19)),
    published=dt.date(2024, 1, 26),
)


def main() -> int:
    """Print the findings of :func:`govreport.check`; exit 1 if any is an error."""
    from govreport.checks import check

    findings = check(report)
    for finding in findings:
        print(finding)
    if not findings:
        print("no findings")
    return 1 if any(f.severity == "error" for f in findings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
