"""六塘乡 2024 年度法治政府建设情况报告: the year after ``examples/lutang_2023.py``.

An invented following-year report of the same township, written in the same way. Its
figures reuse the 2023 report's metric ids (``enforcement.inspected_firms`` is 检查企业
in both years), so :func:`govreport.compare` pairs them by id; the changes the text
states (``同比增长9.8%``, ``较上年增加2次``, ``是上年的2倍``) are open
:class:`~govreport.Change` relations, closed with the 2023 figure of the same id. One of
them is wrong: 出动车辆 went from 480次 to 420次, a decrease of 12.5%, not 15%.

Run it to write the comparison with 2023 as text and HTML, and to see the finding::

    python examples/lutang_2024.py [OUTDIR]
"""

from __future__ import annotations

import runpy
import subprocess
import sys
from pathlib import Path
from typing import Literal

import govreport as gr

HERE = Path(__file__).resolve().parent
LAST_YEAR = HERE / "lutang_2023.py"
EARLIER = runpy.run_path(str(LAST_YEAR))  # the 2023 report, and its helpers
item = EARLIER["item"]  # （一）标题。正文, as in 2023


def change(id_: str, written: str, label: str) -> gr.Figure:
    """The figure stating a change against last year (``同比增长9.8%``): a magnitude."""
    return gr.figure(written, id=id_, label=label, change=True)


def times(id_: str, value: int, label: str) -> gr.Figure:
    """A multiple of last year's figure (``是上年的2倍``)."""
    return gr.figure(id=id_, label=label, value=value, unit="倍", change=True)


thought = item(
    "深入学习贯彻习近平法治思想",
    "把习近平法治思想和党的二十届三中全会精神作为乡党委中心组学习的重点内容，"
    "全年开展干部职工专题学习{study.thought_sessions=12次}，"
    "组织宣讲{study.thought_talks=30余次}，发放宣传资料{publicity.thought_leaflets=500余份}。",
    gr.text(
        "围绕新修订的法律法规开展干部职工法治学习{study.law_sessions=20余次}，"
        "举办法治专题讲座{study.law_lectures=8次}，较上年增加{lectures}，"
        "全乡法治理论知识考试通过率{study.exam_pass_rate=100%}。",
        lectures=change("study.law_lectures.change", "2次", "较上年增加"),
    ),
)

DOCUMENT_PARTS = ("wei_fa", "wei_wen", "fu_fa", "fu_wen", "fu_han")

documents = gr.Section(
    title="规范文件管理",
    run_in=True,
    blocks=[
        gr.text(
            "坚持发文必审，严把行政规范性文件合法性审核关口。"
            "{year}年共计发文{total}，其中委发{documents.wei_fa=70件}，委文{documents.wei_wen=45件}，"
            "府发{documents.fu_fa=141件}，府文{documents.fu_wen=52件}，府函{documents.fu_han=190件}，"
            "合法性审核率达到{documents.legality_review_rate=100%}。",
            total=gr.figure("498件", id="documents.total", label="共计发文"),
        )
    ],
)

enforcement = item(
    "规范公正文明执法",
    gr.text(
        "持续推行“双随机、一公开”监管，落实行政执法“三项制度”。"
        "{year}年检查企业{enforcement.inspected_firms=402家}，同比增长{firms}，"
        "出动人员{enforcement.staff_deployed=1610人次}，较上年增长{staff}，"
        "出动车辆{enforcement.vehicles_deployed=420次}，同比下降{vehicles}。"
        "处罚{enforcement.penalties=12次}，同比下降{penalties}，"
        "经济处罚{enforcement.fines=1.8万元}，是上年的{fines}。",
        firms=change("enforcement.inspected_firms.change", "9.8%", "同比增长"),
        staff=change("enforcement.staff_deployed.change", "10%", "较上年增长"),
        vehicles=change("enforcement.vehicles_deployed.change", "15%", "同比下降"),
        penalties=change("enforcement.penalties.change", "20%", "同比下降"),
        fines=times("enforcement.fines.change", 2, "是上年的"),
    ),
    "健全行政执法监督机制，畅通投诉举报渠道，对群众反映的执法问题做到件件有回应。",
)

governance = item(
    "坚持和发展新时代“枫桥经验”",
    "{governance.villages=10个}村法律顾问全覆盖，"
    "依托{governance.guihe_studios=10个}贵和工作室和{governance.courtyard_heads=152个}院落长"
    "收集矛盾纠纷线索，每月在乡党委会研判化解。",
)


def yoy(
    current: str,
    form: Literal["rate", "difference", "multiple"],
    direction: Literal["increase", "decrease"] = "increase",
) -> gr.Change:
    """The open change stated by the figure ``{current}.change``: against last year's *current*."""
    return gr.Change(current=current, stated=f"{current}.change", form=form, direction=direction)


CHANGES = [
    yoy("study.law_lectures", "difference"),
    yoy("enforcement.inspected_firms", "rate"),
    yoy("enforcement.staff_deployed", "rate"),
    yoy("enforcement.vehicles_deployed", "rate", "decrease"),
    yoy("enforcement.penalties", "rate", "decrease"),
    yoy("enforcement.fines", "multiple"),
]

PLAN: dict[str | None, str] = {
    "抓实领导干部学法用法": "落实党委中心组集体学法制度，把法治素养纳入干部考核。",
    "提升行政执法质效": "推行包容审慎监管，开展执法案卷评查，提高执法规范化水平。",
    "深化法治宣传教育": "围绕群众关心的土地、婚姻家庭、劳动就业等问题开展以案释法。",
    None: "补短板、强弱项，推动法治政府建设各项任务落地见效。",
}

plan = gr.Section(
    id="plan",
    title=gr.text("{next_year}年推进法治政府建设的主要安排"),
    blocks=[gr.text("{next_year}年，我乡将重点抓好以下{plan.areas=四个}方面工作：")],
    children=[
        gr.Section(title=title, run_in=title is not None, blocks=[gr.Commitment(text=text)])
        for title, text in PLAN.items()
    ],
)

report = gr.Report(
    kind="rule-of-law",
    authority="石柱土家族自治县六塘乡人民政府",
    title="2024年度法治政府建设情况报告",
    year=2024,
    preamble=[
        gr.text(
            "{year}年，六塘乡坚持以习近平法治思想为指导，统筹推进法治政府建设各项工作，"
            "现将有关情况报告如下："
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
                    children=[documents, enforcement, governance],
                ),
            ],
        ),
        gr.Section(
            title=gr.text("{year}年党政主要负责人履行推进法治建设第一责任人职责情况"),
            blocks=[
                gr.text(
                    "乡党政主要负责人带头尊法学法守法用法，对法治建设重要工作亲自部署、"
                    "重大问题亲自过问，班子成员在分管领域落实“一岗双责”。"
                )
            ],
        ),
        gr.Section(
            title=gr.text("{year}年推进法治政府建设存在的不足和原因"),
            blocks=[
                gr.text("专职法治工作人员仍然不足，部分村干部运用法治方式化解矛盾的能力有待提高。")
            ],
        ),
        plan,
    ],
    relations=[
        gr.Total(total="documents.total", parts=[f"documents.{key}" for key in DOCUMENT_PARTS]),
        gr.DeclaredCount(count="plan.areas", items=plan),
        *CHANGES,
    ],
)


def main(argv: list[str]) -> int:
    """Write the comparison with 2023 as text and HTML to OUTDIR (default: ./out), print the
    findings."""
    outdir = Path(argv[1]) if len(argv) > 1 else Path("out")
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for form, suffix in (("text", "txt"), ("html", "html")):
        # The command line is the public way to write a comparison (govreport compare).
        command = ["compare", str(LAST_YEAR), __file__, "--format", form]
        done = subprocess.run(
            [sys.executable, "-m", "govreport", *command],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if done.returncode not in (0, 1):  # 1: the comparison found an error
            print(done.stderr, file=sys.stderr, end="")
            return done.returncode
        path = outdir / f"lutang_2023_2024.{suffix}"
        path.write_text(done.stdout, encoding="utf-8")
        written.append(path)
    print("Wrote " + ", ".join(str(p) for p in written))
    findings = gr.compare(EARLIER["report"], report).findings
    print(f"{len(findings)} finding(s):")
    for finding in findings:
        where = finding.location or "whole report"
        print(f"  {finding.severity} [{finding.code}] at {where}: {finding.message}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
