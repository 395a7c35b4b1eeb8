"""The plain-text renderer: the seed's layout, figures, references, tables and options."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govreport as gr
from govreport.renderers import render
from govreport.renderers.text import TextRenderer, grid

# Lines of seeds/lutang_2023.txt (trailing spaces and blank lines dropped); the longest
# bodies are shortened, the layout around them is the seed's.
SEED_EXCERPT = """\
石柱土家族自治县六塘乡人民政府
2023年度法治政府建设情况报告
一年来六塘乡深入学习贯彻习近平法治思想，按照《石柱土家族自治县人民政府办公室关于做好2023年法治政府建设工作的通知》（工作通知〔2023〕38号）要求，全力统筹推进建设法治政府、依法执政和依法行政，为全乡经济社会发展提供了有力的法治保障，现将我乡2023年法治政府建设工作开展情况报告如下：
一、法治政府建设的主要举措和成效
（一）贯彻落实习近平法治思想和党的二十大和二十届二中全会精神情况。一是深入学习贯彻习近平法治思想和中央全面依法治国工作会议精神。坚持领导干部带头学法用法，把习近平法治思想和中央全面依法治国工作会议精神纳入六塘乡党委中心组学习，强化领导干部法治思维，提升依法行政能力。二是把学习宣传贯彻习近平法治思想与党史学习教育紧密结合，将习近平法治思想纳入政府、村组干部教育培训重要内容，开展干部职工专题学习达10余次，习近平法治思想宣讲30余次，发放宣传资料400余份。三是全面落实“谁执法谁普法”责任制，成立普法志愿者队伍，进一步健全普法责任清单动态管理机制，重点加强传染病防治、突发事件应对、食品药品安全、交通安全、野生动物保护、动物防疫等法治宣传。四是组织开展干部职工法治学习20余次，法治专题讲座6次，发放宣传资料1000余份。五是全乡法治理论知识考试和新提任领导干部法治理论考试通过率100%。
（二）工作任务推进情况：
1.思想上高度重视。一是提高认识。加强干部职工教育培训，让每一个职工认识到法治政府既是一个尊法守法的政府，更是一个有为的政府。二是抓住关键。领导干部是推进法治建设的关键。
2.落实行政执法“三项制度”。一是已建立行政执法公示制度。二是继续推进行政复议规范化、信息化、专业化建设。三是探索推进复调对接，构建人民调解、行政复议、行政诉讼良性互动、有序衔接的工作制度。
3.全面履行政府职能。
（1）全面加快推动相关领域精简、整合审批事项，依法做好行政权责清单动态调整。安排1名工作人员进行现场指导服务。
（2）全力推进“枫桥经验”创新治理，化解矛盾纠纷。一是10个村充分发挥法律顾问、公职律师作用。二是设置10个贵和工作室，充分发挥149个院落长作用。
二、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况
按照《党政主要负责人履行推进法治建设第一责任人职责规定》要求，六塘乡党政主要负责人认真履行推进法治建设第一责任人职责。
三、2023年推进法治政府建设存在的不足和原因
一是缺少法律知识的专职人员。我乡大多数干部年龄偏大，法律知识的学习不系统，法治队伍人员配备薄弱。
二是法治宣传工作不够深入。普法教育形式比较单一，缺乏针对性和新颖性，难以有效调动群众的学法积极性。
四、2024年推进法治政府建设的主要安排
2024年，我们将持续深化法治政府建设，重点抓好以下四个方面工作：
（一）认真落实领导干部学法用法制度，着力提升领导干部法治思维和能力。压实法治建设主体责任，多元化开展领导干部学法活动，增强领导干部运用法治思维和法治方式解决问题的能力。
（二）强化学习能力，借鉴成功方法机制，因地制宜，“补短板、强弱项”，强化工作落实，不断深入推进法治政府建设。
"""


def seed_like_report() -> gr.Report:
    """The seed's structures, with shortened bodies where the seed is long."""
    m, t = gr.metric, gr.text
    y, y1 = gr.ReportYear(), gr.ReportYear(offset=1)
    notice = gr.DocumentReference(
        title=t("石柱土家族自治县人民政府办公室关于做好{y}年法治政府建设工作的通知", y=y),
        number="工作通知〔2023〕38号",
    )
    points_one = gr.Points(
        items=[
            "深入学习贯彻习近平法治思想和中央全面依法治国工作会议精神。坚持领导干部带头学法用法，"
            "把习近平法治思想和中央全面依法治国工作会议精神纳入六塘乡党委中心组学习，强化领导干部法治思维，"
            "提升依法行政能力。",
            t(
                "把学习宣传贯彻习近平法治思想与党史学习教育紧密结合，将习近平法治思想纳入政府、村组干部教育培训"
                "重要内容，开展干部职工专题学习达{a}，习近平法治思想宣讲{b}，发放宣传资料{c}。",
                a=m("study.sessions", 10, "次", approx="余", label="专题学习"),
                b=m("study.lectures", 30, "次", approx="余", label="宣讲"),
                c=m("study.leaflets", 400, "份", approx="余", label="宣传资料"),
            ),
            "全面落实“谁执法谁普法”责任制，成立普法志愿者队伍，进一步健全普法责任清单动态管理机制，"
            "重点加强传染病防治、突发事件应对、食品药品安全、交通安全、野生动物保护、动物防疫等法治宣传。",
            t(
                "组织开展干部职工法治学习{a}，法治专题讲座{b}，发放宣传资料{c}。",
                a=m("law.study", 20, "次", approx="余", label="法治学习"),
                b=m("law.lectures", 6, "次", label="法治专题讲座"),
                c=m("law.leaflets", 1000, "份", approx="余", label="宣传资料"),
            ),
            t(
                "全乡法治理论知识考试和新提任领导干部法治理论考试通过率{r}。",
                r=m("exam.pass_rate", 100, "%", label="考试通过率"),
            ),
        ]
    )
    one = gr.Section(
        title="法治政府建设的主要举措和成效",
        children=[
            gr.Section(
                title="贯彻落实习近平法治思想和党的二十大和二十届二中全会精神情况",
                run_in=True,
                blocks=[points_one],
            ),
            gr.Section(
                title="工作任务推进情况",
                title_end="：",
                children=[
                    gr.Section(
                        title="思想上高度重视",
                        run_in=True,
                        blocks=[
                            gr.Points(
                                items=[
                                    gr.Point(
                                        lead="提高认识。",
                                        text="加强干部职工教育培训，让每一个职工认识到法治政府既是一个尊法守法的政府，"
                                        "更是一个有为的政府。",
                                    ),
                                    gr.Point(
                                        lead="抓住关键。", text="领导干部是推进法治建设的关键。"
                                    ),
                                ]
                            )
                        ],
                    ),
                    gr.Section(
                        title="落实行政执法“三项制度”",
                        run_in=True,
                        blocks=[
                            gr.Points(
                                items=[
                                    "已建立行政执法公示制度。",
                                    "继续推进行政复议规范化、信息化、专业化建设。",
                                    "探索推进复调对接，构建人民调解、行政复议、行政诉讼良性互动、有序衔接的工作制度。",
                                ]
                            )
                        ],
                    ),
                    gr.Section(
                        title="全面履行政府职能",
                        title_end="。",
                        children=[
                            gr.Section(
                                blocks=[
                                    gr.Paragraph(
                                        text=t(
                                            "全面加快推动相关领域精简、整合审批事项，依法做好行政权责清单动态调整。"
                                            "安排{n}工作人员进行现场指导服务。",
                                            n=m("service.staff", 1, "名", label="现场指导人员"),
                                        )
                                    )
                                ]
                            ),
                            gr.Section(
                                title="全力推进“枫桥经验”创新治理，化解矛盾纠纷",
                                run_in=True,
                                blocks=[
                                    gr.Points(
                                        items=[
                                            t(
                                                "{v}充分发挥法律顾问、公职律师作用。",
                                                v=m("villages", 10, "个村", label="村"),
                                            ),
                                            t(
                                                "设置{r}，充分发挥{c}作用。",
                                                r=m(
                                                    "rooms", 10, "个贵和工作室", label="贵和工作室"
                                                ),
                                                c=m("courtyards", 149, "个院落长", label="院落长"),
                                            ),
                                        ]
                                    )
                                ],
                            ),
                        ],
                    ),
                ],
            ),
        ],
    )
    two = gr.Section(
        title=t("{y}年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况", y=y),
        blocks=[
            gr.Paragraph(
                text=t(
                    "按照{ref}要求，六塘乡党政主要负责人认真履行推进法治建设第一责任人职责。",
                    ref=gr.DocumentReference(
                        title="党政主要负责人履行推进法治建设第一责任人职责规定"
                    ),
                )
            )
        ],
    )
    three = gr.Section(
        title=t("{y}年推进法治政府建设存在的不足和原因", y=y),
        blocks=[
            gr.Points(
                layout="lines",
                items=[
                    gr.Point(
                        lead="缺少法律知识的专职人员。",
                        text="我乡大多数干部年龄偏大，法律知识的学习不系统，法治队伍人员配备薄弱。",
                    ),
                    gr.Point(
                        lead="法治宣传工作不够深入。",
                        text="普法教育形式比较单一，缺乏针对性和新颖性，难以有效调动群众的学法积极性。",
                    ),
                ],
            )
        ],
    )
    four = gr.Section(
        title=t("{y}年推进法治政府建设的主要安排", y=y1),
        blocks=[
            gr.Paragraph(
                text=t(
                    "{y}年，我们将持续深化法治政府建设，重点抓好以下{n}方面工作：",
                    y=y1,
                    n=m("plan.aspects", 4, "个", numerals="chinese", label="方面"),
                )
            )
        ],
        children=[
            gr.Section(
                title="认真落实领导干部学法用法制度，着力提升领导干部法治思维和能力",
                run_in=True,
                blocks=[
                    gr.Commitment(
                        text="压实法治建设主体责任，多元化开展领导干部学法活动，"
                        "增强领导干部运用法治思维和法治方式解决问题的能力。"
                    )
                ],
            ),
            gr.Section(
                blocks=[
                    gr.Commitment(
                        text="强化学习能力，借鉴成功方法机制，因地制宜，“补短板、强弱项”，强化工作落实，"
                        "不断深入推进法治政府建设。"
                    )
                ]
            ),
        ],
    )
    return gr.Report(
        title=t("{y}年度法治政府建设情况报告", y=y),
        authority="石柱土家族自治县六塘乡人民政府",
        year=2023,
        preamble=[
            gr.Paragraph(
                text=t(
                    "一年来六塘乡深入学习贯彻习近平法治思想，按照{notice}要求，全力统筹推进建设法治政府、依法执政和"
                    "依法行政，为全乡经济社会发展提供了有力的法治保障，现将我乡{y}年法治政府建设工作开展情况报告如下：",
                    notice=notice,
                    y=y,
                )
            )
        ],
        sections=[one, two, three, four],
    )


def content_lines(text: str) -> list[str]:
    """Lines with trailing whitespace dropped and blank lines removed (how the seed is compared)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()]


def test_reproduces_the_seed_layout() -> None:
    """A model of seed passages renders to exactly the seed's lines."""
    assert content_lines(render(seed_like_report(), "text")) == content_lines(SEED_EXCERPT)


def test_head_and_closing_layout() -> None:
    """Authority, document number and title lines, a blank line, body; closing after a blank line."""
    report = gr.Report(
        title="报告",
        authority="某乡人民政府",
        number="某府发〔2024〕3号",
        year=2023,
        preamble=[gr.Paragraph(text="正文。")],
        closing=gr.Closing(signature="某乡人民政府", date=dt.date(2024, 1, 15)),
    )
    assert render(report, "text") == (
        "某乡人民政府\n某府发〔2024〕3号\n报告\n\n正文。\n\n某乡人民政府\n2024年1月15日\n"
    )


def _one_section(*blocks: gr.Block, **section: object) -> gr.Report:
    return gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[gr.Section(blocks=list(blocks), **section)],
    )


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (
            gr.DocumentReference(title="某某办法", number="某发〔2023〕1号"),
            "《某某办法》（某发〔2023〕1号）",
        ),
        (gr.DocumentReference(title="某某办法"), "《某某办法》"),
        (gr.DocumentReference(number="某发〔2023〕1号"), "某发〔2023〕1号"),
    ],
)
def test_document_references(reference: gr.DocumentReference, expected: str) -> None:
    """A reference renders 《title》（number）, 《title》 or the number alone."""
    report = _one_section(gr.Paragraph(text=gr.text("按照{r}", r=reference)))
    assert render(report, "text").splitlines()[-1] == f"一、按照{expected}"


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (gr.Terms(items=("自治", "法治", "德治")), "自治、法治、德治"),
        (gr.Terms(items=("自治", "法治", "德治"), last_sep="和"), "自治、法治和德治"),
        (gr.Terms(items=("甲", "乙"), sep="，", last_sep="以及"), "甲以及乙"),
        (gr.Terms(items=("甲",), last_sep="和"), "甲"),
    ],
)
def test_terms(terms: gr.Terms, expected: str) -> None:
    """Terms join with sep, and last_sep before the last item."""
    report = _one_section(gr.Paragraph(text=gr.text("{t}", t=terms)))
    assert render(report, "text").splitlines()[-1] == "一、" + expected


def test_years_and_figures_in_chinese_numerals() -> None:
    """numerals="chinese" writes years digit by digit and figures in words; dates follow."""
    report = gr.Report(
        title=gr.text("{y}年度报告", y=gr.ReportYear()),
        authority="某乡",
        year=2023,
        preamble=[
            gr.Paragraph(
                text=gr.text(
                    "{p}检查企业{n}，{old}年以来。",
                    p=gr.ReportYear(offset=1),
                    n=gr.metric("firms", 366, "家", label="企业"),
                    old=gr.Year(value=2000),
                )
            )
        ],
        closing=gr.Closing(signature="某乡", date=dt.date(2024, 1, 15)),
    )
    arabic = render(report, "text").splitlines()
    chinese = render(report, "text", numerals="chinese").splitlines()
    assert arabic[1] == "2023年度报告"
    assert arabic[3] == "2024检查企业366家，2000年以来。"
    assert chinese[1] == "二〇二三年度报告"
    assert chinese[3] == "二〇二四检查企业三百六十六家，二〇〇〇年以来。"
    assert chinese[-1] == "二〇二四年一月十五日"
    assert (
        render(report, "text", numerals="chinese", date_style="arabic").splitlines()[-1]
        == "2024年1月15日"
    )


def test_quantity_numerals_override_the_option() -> None:
    """A quantity's own numerals field wins over the renderer option."""
    four = gr.metric("aspects", 4, "个", numerals="chinese", label="方面")
    five = gr.metric("times", 5, "次", numerals="arabic", label="次数")
    report = _one_section(gr.Paragraph(text=gr.text("{a}方面，{b}", a=four, b=five)))
    assert render(report, "text").splitlines()[-1] == "一、四个方面，5次"
    assert render(report, "text", numerals="chinese").splitlines()[-1] == "一、四个方面，5次"


def test_section_forms() -> None:
    """Own-line titles, run-in titles, title_end and untitled markers lay out as the seed does."""
    p = gr.Paragraph
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[
            gr.Section(
                title="甲",
                blocks=[p(text="甲正文。"), p(text="甲续。")],
                children=[
                    gr.Section(
                        title="乙", run_in=True, blocks=[p(text="乙正文。"), p(text="乙续。")]
                    ),
                    gr.Section(title="丙", title_end="：", blocks=[p(text="丙正文。")]),
                    gr.Section(blocks=[p(text="无题正文。")]),
                    gr.Section(children=[gr.Section(title="丁")]),
                ],
            )
        ],
    )
    assert render(report, "text").splitlines()[3:] == [
        "一、甲",
        "甲正文。",
        "甲续。",
        "（一）乙。乙正文。",
        "乙续。",
        "（二）丙：",
        "丙正文。",
        "（三）无题正文。",
        "（四）",
        "1.丁",
    ]


def test_points_layouts() -> None:
    """Inline points share one line; lines points take one each; a run-in title opens the first."""
    items = [gr.Point(lead="提高认识。", text="加强培训。"), gr.Point(text="抓住关键。")]
    inline = _one_section(gr.Points(items=items), title="思想上重视", run_in=True)
    lines = _one_section(gr.Points(items=items, layout="lines"), title="思想上重视", run_in=True)
    assert render(inline, "text").splitlines()[3:] == [
        "一、思想上重视。一是提高认识。加强培训。二是抓住关键。"
    ]
    assert render(lines, "text").splitlines()[3:] == [
        "一、思想上重视。一是提高认识。加强培训。",
        "二是抓住关键。",
    ]


def test_eleven_points_are_numbered_in_words() -> None:
    """The eleventh point is 十一是."""
    report = _one_section(gr.Points(items=[f"第{i}点。" for i in range(1, 12)], layout="lines"))
    assert render(report, "text").splitlines()[-1] == "十一是第11点。"


def test_numbering_restart_and_continuous() -> None:
    """Level-3 items restart under each （一） or run on through the level-1 section."""
    three = [gr.Section(title="x"), gr.Section(title="y")]
    report = gr.Report(
        title="报告",
        authority="某乡",
        year=2023,
        sections=[gr.Section(title="甲", children=[gr.Section(title="乙", children=three)] * 2)],
    )
    restart = [line[:2] for line in render(report, "text").splitlines()[4:]]
    run_on = [line[:2] for line in render(report, "text", numbering="continuous").splitlines()[4:]]
    assert restart == ["（一", "1.", "2.", "（二", "1.", "2."]
    assert run_on == ["（一", "1.", "2.", "（二", "3.", "4."]


def test_table_is_a_tab_separated_grid() -> None:
    """Rows are tab-separated on the full grid: spans leave empty fields, blank cells are empty."""
    table = gr.Table(
        caption="表一",
        header=[
            [gr.Cell(content="项目", rowspan=2), gr.Cell(content="数量", colspan=2)],
            ["甲", "乙"],
        ],
        rows=[["发文", gr.metric("n", 5, "件", label="发文"), None]],
    )
    assert render(_one_section(table), "text").splitlines()[3:] == [
        "一、",
        "表一",
        "项目\t数量\t",
        "\t甲\t乙",
        "发文\t5件\t",
    ]


def test_grid_handles_spans_in_the_middle() -> None:
    """A cell spanning rows in a middle column leaves its column empty below."""
    table = gr.Table(
        rows=[["a", gr.Cell(content="b", rowspan=2), "c"], ["d", "e"]],
    )
    cells = [
        [c.content.plain() if c is not None and c.content is not None else None for c in row]
        for row in grid(table)
    ]
    assert cells == [["a", "b", "c"], ["d", None, "e"]]


def test_text_is_written_as_is() -> None:
    """Nothing is escaped in plain text."""
    report = _one_section(gr.Paragraph(text="<b>&amp; **x** # y"))
    assert render(report, "text").splitlines()[-1] == "一、<b>&amp; **x** # y"


def test_renderer_attributes() -> None:
    """The text renderer is registered as "text" with suffix .txt."""
    assert (TextRenderer.name, TextRenderer.suffix) == ("text", ".txt")


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_output_is_deterministic_and_line_per_block(
    data: st.DataObject, helpers: SimpleNamespace
) -> None:
    """The same report renders to the same string twice, and every line ends with a newline."""
    report = data.draw(helpers.hostile_reports())
    first = render(report, "text")
    assert first == render(report, "text") == TextRenderer().render(report)
    assert first.endswith("\n")
