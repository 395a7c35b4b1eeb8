"""A fictional 2024 rule-of-law report of 清溪县市场监督管理局, written as a new user writes it.

Figures are written once, where they stand; ids only where a relation or a citation names them.
One slip is planted: 1205 of 1236 complaints closed is 97.5%, not 98.5%, and check() finds it.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import govreport as gr


def part(title: str, *body: str | gr.Block, **section: Any) -> gr.Section:
    """A section from templates ({year}, {10余次}, {id=186件}); several texts are 一是…二是… points."""
    texts = [gr.text(b) if isinstance(b, str) else b for b in body]
    points = len(texts) > 1 and all(isinstance(t, gr.Text) for t in texts)
    blocks = [gr.Points(items=texts)] if points else texts
    return gr.Section(title=gr.text(title), blocks=blocks, **section)


item = functools.partial(part, run_in=True)  # （一）标题。正文…


def commit(title: str, template: str, **commitment: Any) -> gr.Section:
    """A plan item: a run-in title and a commitment for next year."""
    return item(title, gr.Commitment(text=gr.text(template), **commitment))


measures = (
    item(
        "深化法治学习",
        "局党组理论学习中心组开展习近平法治思想专题学习{12次}，举办法治讲座{4次}。",
        "组织{56名}执法人员参加行政执法资格考试，考试通过率{100%}。",
    ),
    item(
        "规范行政执法",
        "全年立案查处各类违法案件{cases=186件}，其中食品安全{food=52件}，药品医疗器械"
        "{drugs=23件}，特种设备{equipment=17件}，产品质量{products=38件}，价格及其他"
        "{prices=56件}，罚没款{126.4万元}。开展“双随机、一公开”抽查{85次}，检查市场主体{1,042户}，"
        "出动执法人员{2,310人次}。",
    ),
    item(
        "优化法治化营商环境",
        "推行“证照分离”改革，办理涉企经营许可事项{3,437件}。",
        "开展送法进企业活动{30余次}，培训个体工商户{300余人次}。",
    ),
    item(
        "依法化解消费纠纷",
        "受理投诉举报{complaints=1,236件}，办结{closed=1,205件}，"
        "办结率{closing_rate=98.5%}，为消费者挽回经济损失{48.6万元}。",
    ),
)

DUE = dt.date(2025, 12, 31)
plan = (
    commit("加强执法队伍建设", "分批次开展执法人员轮训，做到全员轮训一遍。"),
    commit("提升调解质效", "按期办结率达到{target=99%以上}。", target="target", deadline=DUE),
    commit("深化法治宣传", "落实“谁执法谁普法”责任制，推进以案释法。"),
)

PLAN = gr.DocumentReference(title="清溪县法治政府建设工作要点", number="清府办发〔2024〕12号")

report = gr.Report(
    kind="rule-of-law",
    authority="清溪县市场监督管理局",
    title="2024年度法治政府建设情况报告",
    year=2024,
    preamble=[
        gr.text("{year}年，我局按照{plan}部署，推进法治市场监管。现将有关情况报告如下：", plan=PLAN)
    ],
    sections=[
        part("{year}年推进法治政府建设的主要举措和成效", children=measures),
        part(
            "党政主要负责人履行推进法治建设第一责任人职责情况",
            "局主要负责人主持召开党组会专题研究法治工作{6次}，"
            "对全年查处的{=cases}违法案件中的重大案件逐一审定，带头讲法治课{两次}。",
        ),
        part("存在的不足和原因", "执法人员办案经验不足。", "{9个}监管所平均仅有执法人员{5名}。"),
        part(
            "{next_year}年推进法治政府建设的主要安排",
            "{next_year}年，我局将重点抓好以下{plan.areas=三个}方面工作：",
            id="plan",
            children=plan,
        ),
    ],
    relations=[
        gr.Total(total="cases", parts=["food", "drugs", "equipment", "products", "prices"]),
        gr.Rate(rate="closing_rate", numerator="closed", denominator="complaints"),
        gr.DeclaredCount(count="plan.areas", items="plan"),
    ],
    closing=gr.Closing(signature="清溪县市场监督管理局", date=dt.date(2025, 1, 20)),
)

if __name__ == "__main__":
    print(gr.render(report, "text"))
    print(*gr.check(report), sep="\n")
