"""六塘乡 2023 年度法治政府建设情况报告, written as one govreport model instance.

This is the report govreport was created from (``tests/data/lutang_2023.txt`` is the
original text). Every figure is written where it stands, as the report writes it, with a
stable id for year-on-year comparison (``{study.thought_sessions=10余次}``); every year is
derived from the report year (``{year}``), every cited document is a typed reference, and
the relations the text states (a total and its parts, declared counts) are recorded so
they can be checked.

Run it to write the report as text, Markdown, HTML and JSON and to see the consistency
findings::

    python examples/lutang_2023.py [OUTDIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

import govreport as gr


def item(title: str | gr.Text, *texts: str | gr.Text) -> gr.Section:
    """（一）标题。正文: one text is a paragraph, several are 一是…二是… points."""
    body = [gr.text(t) if isinstance(t, str) else t for t in texts]
    blocks = body if len(body) == 1 else [gr.Points(items=body)]
    return gr.Section(title=title, run_in=True, blocks=blocks)


def led(points: dict[str, str]) -> list[gr.Point]:
    """Points that open with a lead phrase (一是提高认识。…), lead → text."""
    return [gr.Point(lead=lead, text=text) for lead, text in points.items()]


def notice(title: str, number: str) -> gr.DocumentReference:
    """A cited notice whose title names the report year."""
    return gr.DocumentReference(title=gr.text(title), number=number)


thought = item(
    "贯彻落实习近平法治思想和党的二十大和二十届二中全会精神情况",
    "深入学习贯彻习近平法治思想和中央全面依法治国工作会议精神。坚持领导干部带头学法用法，"
    "把习近平法治思想和中央全面依法治国工作会议精神纳入六塘乡党委中心组学习，"
    "强化领导干部法治思维，提升依法行政能力。",
    "把学习宣传贯彻习近平法治思想与党史学习教育紧密结合，将习近平法治思想纳入政府、"
    "村组干部教育培训重要内容，开展干部职工专题学习达{study.thought_sessions=10余次}，"
    "习近平法治思想宣讲{study.thought_talks=30余次}，"
    "发放宣传资料{publicity.thought_leaflets=400余份}。",
    "全面落实“谁执法谁普法”责任制，成立普法志愿者队伍，进一步健全普法责任清单动态管理机制，"
    "重点加强传染病防治、突发事件应对、食品药品安全、交通安全、野生动物保护、动物防疫等法治宣传。",
    "组织开展干部职工法治学习{study.law_sessions=20余次}，法治专题讲座{study.law_lectures=6次}，"
    "发放宣传资料{publicity.law_leaflets=1000余份}。",
    "全乡法治理论知识考试和新提任领导干部法治理论考试通过率{study.exam_pass_rate=100%}。",
)

attitude = item(
    "思想上高度重视",
    *led(
        {
            "提高认识。": "加强干部职工教育培训，让每一个职工认识到法治政府既是一个尊法守法的政府，"
            "更是一个有为的政府。",
            "抓住关键。": "领导干部是推进法治建设的关键。要求各班子成员、村支部书记不断提升学法、"
            "守法、用法能力，在工作实践中发挥好示范表率作用，带头运用法治思维思考处理问题，"
            "以自身实际行动维护推进法治建设。",
            "完善规则。": "坚持法定职责必须为、法无授权不可为，推进机构、职能、权限、程序、责任法定化。",
            "健全体系。": "加强政府内部的制约和监督，以法律的有效实施为目标，"
            "努力实现执法监督从个案监督到体系监督的转变。",
            "加强队伍建设。": "建设一支既具有政治视野、又精通法律知识，既能坚持政治原则、"
            "又能捍卫法治精神的政府法制工作队伍。",
        }
    ),
)

THREE_SYSTEMS = gr.Terms(
    items=("行政执法公示制度", "执法全过程记录制度", "重大执法决定法制审核制度"),
    sep="，",
    id="enforcement.three_systems.items",
)

three_systems = item(
    gr.text("落实行政执法“{enforcement.three_systems=三项}制度”"),
    gr.text(
        "已建立{systems}，制定和完善行政执法程序规定，建立重大执法行为目录清单，"
        "动态调整行政处罚裁量标准，规范行政执法文书，各行政村建立了相对集中的党务、"
        "事务公开栏，进一步扩大了公开范围，丰富了公开内容，广泛接受群众监督，"
        "提高政务公开的透明度。",
        systems=THREE_SYSTEMS,
    ),
    "继续推进行政复议规范化、信息化、专业化建设，完善相关行政复议制度规范，"
    "加快推进行政复议对外智能化和听证审理数字化，加强行政复议专业培训力度，"
    "积极参与规范化建设示范单位创建活动。",
    "探索推进复调对接，构建人民调解、行政复议、行政诉讼良性互动、有序衔接的工作制度。",
)

services = gr.Section(
    blocks=[
        gr.text(
            "全面加快推动相关领域精简、整合审批事项，依法做好行政权责清单动态调整。"
            "扎实开展行政权力承接“回头看”工作，确保精准承接、运行顺畅。规范办事服务大厅行为，"
            "实行“一网、一门、一次”办理服务。持续开展“减证便民”行动，推行证明事项告知承诺制，"
            "实现一批高频民生事项“零材料办理”，在办事服务大厅张贴办事指南，"
            "安排{services.guide_staff=1名}工作人员进行现场指导服务。"
        )
    ]
)

fengqiao = item(
    "全力推进“枫桥经验”创新治理，化解矛盾纠纷",
    "{governance.villages=10个}村充分发挥法律顾问、公职律师作用，为党委政府依法科学民主决策"
    "评估法律风险，加快公共法律服务体系和平台建设，形成共建共治共享社会治理格局。",
    "深化推广“枫桥经验”重庆实践十项行动，明确职责，完善信访制度，"
    "设置{governance.guihe_studios=10个}贵和工作室，总结推广“贵和工作法”等经验，"
    "充分发挥{governance.courtyard_heads=149个}院落长作用，时时进行信息收集，"
    "定期对{governance.villages_surveyed=10个}村矛盾纠纷信访问题进行收集汇总，"
    "每月在乡党委会进行风险研判及化解处置。健全矛盾纠纷多元预防调处化解机制，"
    "完善立体化、信息化社会治安防控体系。推进社会治理现代化，拓展群众参与基层社会治理制度化渠道，"
    "深化“三社联动”实践，健全党组织领导的自治、法治、德治相结合的城乡基层治理体系，"
    "全力推进法治乡村建设，实施农村“法律明白人”培养工程，支持乡村法律顾问参与行政事务工作。",
    "完善应急“四大体系”，明确第一责任人负总责和班子成员“一岗双责”直接责任体系，"
    "开展大排查大整治大执法，坚决遏制重特大安全生产事故。",
)

counsel = item(
    "完善法律顾问决策机制",
    "建立依法决策工作机制，健全完善政府重大决策出台前向本级人大报告制度。"
    "乡上聘请{counsel.lawyers=1名}专业律师为法律顾问，"
    "辖区{counsel.villages=10个}村完善法律顾问推行公职律师制度，"
    "充分发挥法律顾问、公职律师在依法决策、依法办事中的作用。推行文化教育、医疗卫生、资源开发、"
    "生态环境保护、公用事业等重大民生决策事项民意调查制度。探索制定行政决策执行纠偏制度，"
    "完善重大行政决策后评估工作机制。",
)

DOCUMENT_PARTS = ("wei_fa", "wei_wen", "fu_fa", "fu_wen", "fu_han")

documents = gr.Section(
    title="规范文件管理",
    run_in=True,
    blocks=[
        gr.text(
            "全面开展重点领域行政规范性文件清理工作，根据县委、县政府要求，"
            "做好政府职能转变和“放管服”改革有关行政规范性文件清理工作。"
            "{year}年共计发文{total}，其中委发{documents.wei_fa=76件}，"
            "委文{documents.wei_wen=48件}，府发{documents.fu_fa=157件}，府文{documents.fu_wen=58件}，"
            "府函{documents.fu_han=206件}，其中党内规范性文件{documents.party_normative=6份}，"
            "上报备案文件{documents.filed=6份}。同时，深入贯彻落实{measures}，"
            "按照县政府办公室{notice}要求，健全行政规范性文件合法性审核机制，深入开展评估和监督检查，"
            "确保合法性审核率达到{documents.legality_review_rate=100%}。"
            "严格高效做好涉及新冠肺炎疫情防控的行政规范性文件合法性审核，"
            "全面高效审查发文主体、事项、程序、依据、内容。加强行政规范性文件备案审查工作，实现全覆盖。",
            total=gr.figure("560件", id="documents.total", label="共计发文"),
            measures=gr.DocumentReference(title="重庆市行政规范性文件管理办法"),
            notice=notice(
                "关于做好{year}年石柱县人民政府行政规范性文件立项计划有关工作的通知",
                "石柱府办发〔2023〕26号",
            ),
        )
    ],
)

EIGHT_FIELDS = gr.Terms.written(
    "市场监管、生态环境保护、交通运输、文化市场、农业、规划和自然资源、城市管理和卫生健康",
    last_sep="和",
    id="enforcement.fields.items",
)

enforcement = item(
    "规范公正文明执法",
    gr.text(
        "进一步规范行政执法裁量基准，加强执法证件和执法人员管理。"
        "{enforcement.officers_per_case=2名以上}规范化着装、亮证执法，"
        "全面落实{fields}{enforcement.fields=八}大领域综合行政执法工作。"
        "{year}年检查企业{enforcement.inspected_firms=366家}，"
        "出动人员{enforcement.staff_deployed=1464人次}，"
        "出动车辆{enforcement.vehicles_deployed=480次}，"
        "限期整改{enforcement.rectification_orders=72个}，处罚{enforcement.penalties=15次}，"
        "经济处罚{enforcement.fines=0.9万元}。",
        fields=EIGHT_FIELDS,
    ),
    "全面建立完善行政执法争议协调和违法执法行为联合处理机制，增强行政执法监督效能，"
    "按要求运用重庆市行政执法信息和监督网络平台，充分发挥其作用，对群众和企业反映强烈的不作为、"
    "乱作为、简单粗暴以及过度执法等问题，完善举报投诉处理机制，做到行政执法活动可投诉、"
    "可追溯、可监督。",
)

functions = gr.Section(
    title="全面履行政府职能",
    title_end="。",
    children=[services, fengqiao, counsel, documents, enforcement],
)

first_responsible = gr.Section(
    title=gr.text("{year}年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况"),
    blocks=[
        gr.text(
            "按照{rules}要求，六塘乡党政主要负责人认真履行推进法治建设第一责任人职责，"
            "带头贯彻落实党中央关于法治建设的重大决策部署，统筹推进严格执法，对法治建设重要工作亲自部署、"
            "重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。其余班子成员分别在分管领域"
            "自觉运用法治思维和法治方式推动六塘乡全面发展，积极将我乡各项工作推入法治化轨道。",
            rules=gr.DocumentReference(title="党政主要负责人履行推进法治建设第一责任人职责规定"),
        )
    ],
)

shortcomings = gr.Section(
    title=gr.text("{year}年推进法治政府建设存在的不足和原因"),
    blocks=[
        gr.Points(
            layout="lines",
            items=led(
                {
                    "缺少法律知识的专职人员。": "我乡大多数干部年龄偏大，法律知识的学习不系统，"
                    "法治队伍人员配备薄弱。",
                    "法治宣传工作不够深入。": "普法教育形式比较单一，多采取悬挂宣传横幅、张贴宣传画、"
                    "发放宣传资料、提供法律咨询、组织培训等方式进行，缺乏针对性和新颖性，"
                    "难以有效调动群众的学法积极性。",
                }
            ),
        )
    ],
)


PLAN: dict[str | None, str] = {
    "认真落实领导干部学法用法制度，着力提升领导干部法治思维和能力": "压实法治建设主体责任，"
    "多元化开展领导干部学法活动，增强领导干部运用法治思维和法治方式解决问题的能力。",
    "提升执法水平，深入推进行政执法协调监督体系建设": "持续抓好乡村干部特别是执法人员的教育培训，"
    "加快构建全覆盖的行政执法协调监督体系。",
    "加大宣传力度": "大力推进法治宣传“六进”活动，提升群众法治思想，简化宣传用语，用案例替代条例，"
    "用更生动形象的方式普及法律意识，进一步推广村居法律明白人，充分发挥法律明白人乡村普法前线作用。",
    None: "强化学习能力，借鉴成功方法机制，因地制宜，“补短板、强弱项”，强化工作落实，"
    "不断深入推进法治政府建设。",
}

plan = gr.Section(
    id="plan",
    title=gr.text("{next_year}年推进法治政府建设的主要安排"),
    blocks=[
        gr.text(
            "{next_year}年，我们将持续深化法治政府建设，重点抓好以下{plan.areas=四个}方面工作："
        )
    ],
    children=[
        gr.Section(title=title, run_in=title is not None, blocks=[gr.Commitment(text=text)])
        for title, text in PLAN.items()
    ],
)

report = gr.Report(
    kind="rule-of-law",
    authority="石柱土家族自治县六塘乡人民政府",
    title="2023年度法治政府建设情况报告",
    year=2023,
    preamble=[
        gr.text(
            "一年来六塘乡深入学习贯彻习近平法治思想，按照{notice}要求，全力统筹推进建设法治政府、"
            "依法执政和依法行政，为全乡经济社会发展提供了有力的法治保障，"
            "现将我乡{year}年法治政府建设工作开展情况报告如下：",
            notice=notice(
                "石柱土家族自治县人民政府办公室关于做好{year}年法治政府建设工作的通知",
                "工作通知〔2023〕38号",
            ),
        )
    ],
    sections=[
        gr.Section(
            title="法治政府建设的主要举措和成效",
            children=[
                thought,
                gr.Section(
                    title="工作任务推进情况",
                    title_end="：",
                    children=[attitude, three_systems, functions],
                ),
            ],
        ),
        first_responsible,
        shortcomings,
        plan,
    ],
    relations=[
        gr.Total(total="documents.total", parts=[f"documents.{key}" for key in DOCUMENT_PARTS]),
        gr.DeclaredCount(count="enforcement.fields", items=EIGHT_FIELDS),
        gr.DeclaredCount(count="enforcement.three_systems", items=THREE_SYSTEMS),
        gr.DeclaredCount(count="plan.areas", items=plan),
    ],
)


def main(argv: list[str]) -> int:
    """Write the report in every format to OUTDIR (default: ./out) and print the findings."""
    outdir = Path(argv[1]) if len(argv) > 1 else Path("out")
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for to, suffix in (("text", "txt"), ("markdown", "md"), ("html", "html")):
        path = outdir / f"lutang_2023.{suffix}"
        path.write_text(gr.render(report, to), encoding="utf-8")
        written.append(path)
    json_path = outdir / "lutang_2023.json"
    json_path.write_text(gr.to_json(report) + "\n", encoding="utf-8")
    written.append(json_path)
    print("Wrote " + ", ".join(str(p) for p in written))
    findings = gr.check(report)
    print(f"{len(findings)} finding(s):")
    for finding in findings:
        where = finding.location or "whole report"
        print(f"  {finding.severity} [{finding.code}] at {where}: {finding.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
