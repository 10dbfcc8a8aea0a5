"""Metadata inferred from a document: title, genre, place, years, derived id."""
import csv
import shutil

import pytest

from analysis.config import PROJECT_ROOT, RAW_DIR
from analysis.corpus import read_corpus
from analysis.metadata import (
    derive_doc_id, find_doc_type, find_place, find_title, find_years, infer_metadata, is_valid_doc_id, place_level,
    _RE_NOT_TITLE, plan_heading_year, slug_doc_id,
)

NATIONAL_RAW = PROJECT_ROOT / "data" / "national-reports" / "raw"


def test_infer_metadata_takes_title_year_and_type_from_the_text():
    meta = infer_metadata("\n南京市总工会2021—2023年工作三年行动计划\n正文", "plan.txt")
    assert meta["title"] == "南京市总工会2021—2023年工作三年行动计划"
    assert (meta["year_start"], meta["year_end"], meta["doc_type"]) == (2021, 2023, "action_plan")
    assert meta["doc_id"] == "nanjing-2021-2023"
    assert "title" in meta["inferred"] and "year" in meta["inferred"]


@pytest.mark.parametrize("title, place", [
    ("常州市总工会2020年工作要点", "常州市"),
    ("2018年武进区工会工作要点", "武进区"),
    ("鄂城区总工会2019年上半年工作总结及下半年工作计划", "鄂城区"),
    ("江苏省人民政府2022年政府工作报告", "江苏省"),
    ("xx市总工会20xx年工作要点", ""),
    ("全国总工会劳动和经济工作部2022年工作要点", "全国"),
    ("全市工会工作三年行动计划（2018—2020年）", ""),
    # a place before the subject of a title that names a genre, the shortest name that fits
    ("东阳市促进残疾人就业行动实施方案（2023—2025年）", "东阳市"),
    ("成都市城市社区嵌入式服务设施建设工程实施方案", "成都市"),
    # but no common noun, verb phrase or words no place holds
    ("城市社区嵌入式服务设施建设工程实施方案", ""),
    ("推进城市更新行动实施方案", ""),
    ("加强社区工会建设的实施方案", ""),
    ("工会主席在市总工会十四届七次委员会议上的报告", ""),
    ("上半年市总工会工作总结", ""),  # a time, not a place
    ("推出十项区级实事项目", ""),  # 区级: a level's adjective, not the end of a place's name
    ("龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告", "上海市"),  # not 龚正市 (a mayor): the
    # municipality the title names further on
    ("中共云南省委 云南省人民政府关于做好2022年全面推进乡村振兴重点工作的实施意见", "云南省"),
])
def test_the_place_comes_from_the_start_of_the_title(title, place):
    meta = infer_metadata(title + "\n一、正文", "plan.txt")
    assert meta["place"] == place
    assert ("place" in meta["inferred"]) == bool(place)


@pytest.mark.parametrize("title, doc_type", [
    ("2026年政府工作报告", "government_work_report"),
    ("某区总工会2019年上半年工作总结及下半年工作计划", "summary_and_plan"),
    ("某市贯彻落实国务院水污染防治行动计划实施方案", "implementation_plan"),  # how an action plan is carried out
    ("某市推进制造业高质量发展三年行动计划", "action_plan"),
    ("全市工会工作三年行动计划（2018—2020年）", "action_plan"),
    ("某市总工会2020年工作要点", "work_points"),
    ("某县工会2021年工作计划", "work_plan"),
    ("某市总工会2020年工作总结", "work_summary"),
    ("某市国民经济和社会发展第十四个五年规划纲要", "development_plan"),
    ("关于加强产业工人队伍建设的实施方案", "implementation_plan"),
    ("关于进一步加强工会工作的意见", "opinions"),
    ("关于进一步加强工会工作的意见（征求意见稿）", "opinions"),
    ("某校2010学年工作思路（征求意见稿）", "work_plan"),  # a draft for comments is no genre of its own
    ("某区总工会关于2022年工作的安排意见", "work_plan"),  # an annual plan, not the genre 意见
    ("某市总工会2023年重点工作任务清单", "work_plan"),
    ("某县2023年政府工作报告重点任务分解方案", "implementation_plan"),  # how a report's tasks are shared out
    ("某市总工会第十五次代表大会工作报告", "work_report"),
    ("某某文件", "unknown"),
    # a report on how a plan is carried out reviews it, whatever plan it names; not one that also plans
    ("2022年度市县民生实事未完成项目进度表(截至10月31日)", "progress_report"),  # a table of how far projects have come
    ("岳阳市1-11月12件重点民生实事工作落实情况", "progress_report"),
    ("某县2023年政府工作报告落实情况", "progress_report"),
    ("“十四五”规划纲要实施实现“时间过半、任务过半”——从中期评估报告看", "progress_report"),
    ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", "progress_report"),  # read as mixed: it plans too
    ("关于海淀区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划的报告", "progress_report"),  # no 草案
    ("宁德市“十二五”规划交出期中成绩单", "progress_report"),
    ("2021年1-10月嘉定区经济运行情况简析", "progress_report"),  # how the economy went so far (round 174)
    ("上半年全市经济运行情况", "progress_report"),
    ("某县2024年国民经济和社会发展统计公报", "statistical_communique"),
    ("洋县2024年十大民生实事项目", "work_plan"),
    ("街道工会1-8月份工作汇报", "work_summary"),  # a report upwards on the work done
])
def test_the_genre_comes_from_the_title(title, doc_type):
    assert find_doc_type(title, "") == doc_type


@pytest.mark.parametrize("opening, doc_type", [
    ("现将上半年工作总结如下：一、……", "work_summary"),
    ("这是记者从近日召开的省总工会全委会上获悉的。", "news_report"),
    ("2015年25件重点民生实事计划总投资277亿元，上半年实际完成投资156.92亿元。主要进度如下：", "progress_report"),
    ("一、综 合\n根据县(区)地区生产总值统一核算初步结果，2024年某县地区生产总值201.20亿元。", "statistical_communique"),
    ("2021年，全县经济发展保持稳中向好。\n一、综合\n全年生产总值235.28亿元，同比增长9.2%。", "statistical_communique"),
    ("4月起，区工会加强与区仲裁院对接。现通报4月援助情况如下：", "progress_report"),
    ("现将2022年工作总结及2023年工作计划汇报如下：", "summary_and_plan"),
    ("现将20__年工作及未来计划报告如下：", "summary_and_plan"),  # the year's work and the plan: both
    ("现将2023年工作计划报告如下：", "work_plan"),
    ("结合我市实际，特制定本方案。", "implementation_plan"),
    ("2023年工会工作计划如下：", "work_plan"),
    ("各位代表：现在，我代表市人民政府向大会作政府工作报告。", "government_work_report"),
    ("本报讯 (记者高柱 通讯员吕丹)四川自贡市总工会日前举行救助资金发放仪式。", "news_report"),
    ("中工网北京1月15日电(工人日报记者郑莉)工会驿站提质增效会议今天在京召开。", "news_report"),
    # a summary's opening line: the year it looks back on, appraised; a plan's opening looks ahead (no genre)
    ("2021年，全市人社系统坚持以习近平新时代中国特色社会主义思想为指导，工作亮点纷呈、成绩成效显著。", "work_summary"),
    ("2021年上半年，区总工会在区委领导下取得了明显成效。", "work_summary"),
    ("2021年，全市工会工作的总体要求是：坚持以职工为中心，推动工会工作取得新成效。", "unknown"),
    # a report to a meeting of representatives, or a speaker reporting for a committee
    ("尊敬的各位代表：今天，我们召开本次职工代表大会，共同回顾过去一年的工作。", "work_report"),
    ("这次会议的主要任务是总结2020年工作。下面，我代表省总工会常委会作工作报告，请予审议。", "work_report"),
    # a plan drawn up here; not a summary that says a plan was drawn up
    ("新的一年即将到来，今天我们特在此制定工作计划，下面即为2009年工作计划。", "work_plan"),
    ("年初，我们制定了工作计划，全年完成新建职工之家10家。", "unknown"),
    ("为贯彻落实县总工会《关于实施促带示范项目的意见》精神，特制定如下工作方案：", "implementation_plan"),
    # an opinions document that says what it puts forward (round 120: under its document number, no title)
    ("为加快科技强省建设，提出如下实施意见。\n一、总体要求", "opinions"),
    ("现就做好职工服务工作提出以下意见：", "opinions"),
    # a plan that names itself in full, then what it was drawn up by (round 122: 制定, as 编制)
    ("某省国民经济和社会发展第十五个五年(2026—2030年)规划纲要，根据《中共中央关于制定…的建议》制定，主要阐明全省发展战略。",
     "development_plan"),
    ("会议审议通过了《关于做好职工服务工作的意见（征求意见稿）》。", "unknown"),
    # a summary that opens on what it has done since a campaign began, and the results it shows (round 128)
    ("“县级工会加强年”专项工作启动以来，某区总工会聚焦八项提升行动，高质量推进专项工作破题见效。", "work_summary"),
    # a plan's execution reported to a standing committee, or put before a session (round 127), not a government's report
    ("我受省人民政府委托，向省十届人大常委会第二十九次会议报告全省2007年1—6月国民经济和社会发展计划执行情况，请予审议。",
     "progress_report"),
    ("受城区人民政府委托，现将某区2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案提请大会审议。",
     "progress_report"),
    # a report that its tasks were done, then how (round 170's 安顺 十件实事)
    ("截止2019年12月31日，某市“十件实事”涉及的16项工作任务全面完成。具体情况如下：", "progress_report"),
    # a foreword that looks back over years, under a page's photo captions (round 154's 柳州 five-year summary), or an
    # opening on the years just past; not a text that only mentions them further on
    ("大国工匠为学生宣讲\n\n劳模工匠助企行启动仪式\n\n智慧工会活动现场\n前言:过去五年,某市总工会干在实处,走在前列。",
     "work_summary"),
    ("过去5年，某市总工会始终坚持以职工为中心。", "work_summary"),
    ("某市总工会召开全委会。会议指出，过去五年，全市工会工作成效显著。", "unknown"),
])
def test_without_a_title_the_genre_comes_from_the_opening(opening, doc_type):
    assert find_doc_type("", opening) == doc_type


@pytest.mark.parametrize("text, title", [
    ("下载 打印 全屏 收藏\n【字号：大 中 小】\n2026年某省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", "2026年某省政府工作报告"),
    ("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾", ""),
    ("某市总工会\n某工发〔2020〕12号\n某市总工会关于印发《某市总工会2020年工作要点》的通知\n各区工会：\n现将……印发给你们。", "某市总工会2020年工作要点"),
    ("[区总工会2019年度上半年工作总结及下半年工作计划] 2019总工会工作要点\n今年是……。", "区总工会2019年度上半年工作总结及下半年工作计划"),
    ("2018年某区工会工作要点\n——某校工会培训资料(二)\n时间：2018.2.25\n一、任务", "2018年某区工会工作要点"),
    ("一、总体要求\n1.坚持……。", ""),
    # a byline is no title; a file extension and letter-by-letter spacing are taken off
    ("□本报记者 沈雯\n太仓市总工会2023年工作要点\n正文。", "太仓市总工会2023年工作要点"),
    ("某镇工会2023年工作总结_3.docx\n正文，开始。", "某镇工会2023年工作总结"),
    ("政 府 工 作 报 告\n各位代表：\n现在，我代表省人民政府报告工作。", "政府工作报告"),
    ("小学工会工作计划1500字模板6篇\n正文。", "小学工会工作计划"),  # a template site's decorations
    ("原标题：省总工会今年要做实十项重点工作\n正文。", "省总工会今年要做实十项重点工作"),
    ("各省总工会：\n现(xiàn)将《全国总工会劳动和经济工作部2022年工作要点》印发给你们，请参照执行。\n正文。",
     "全国总工会劳动和经济工作部2022年工作要点"),  # a cover notice after a salutation line, pinyin glossed
    ("市政府办公室关于印发连云港市“十三五”老龄事业发展规划的通知\n连政办发〔2017〕94号\n正文。",
     "连云港市“十三五”老龄事业发展规划"),  # a cover notice without 《》
    ("工会代表大会工作报告 篇1\n正文。", "工会代表大会工作报告"),
    # a bracket that holds a category before the title: the title is what follows it
    ("【工会报告】工会主席在市总工会十四届七次委员会议上的报告\n同志们：", "工会主席在市总工会十四届七次委员会议上的报告"),
    ("点击查看\n时间:2022-06-07\n2022年工会工作的总体要求是：……。", ""),
    # a cover notice whose title quotes a slogan; a newspaper's page line; a template site's counts
    ("某市人民政府关于印发《某市深化“千村示范、万村整治”工程实施方案(2023—2027年)》的通知\n正文。",
     "某市深化“千村示范、万村整治”工程实施方案(2023—2027年)"),
    # a document named inside the issued one's title is not what was issued (round 201)
    ("市人民政府办公室关于印发《某都市圈发展规划》主要目标重点任务和重点项目责任分工方案的通知\n正文。",
     "《某都市圈发展规划》主要目标重点任务和重点项目责任分工方案"),
    ("第A02版:要闻\n市总工会召开十四届九次全委(扩大)会\n本报讯 昨天下午，……。", "市总工会召开十四届九次全委(扩大)会"),
    ("医院工会总结及工作计划(3篇范文)\n正文。", "医院工会总结及工作计划"),
    ("第1篇 局工会工作报告\n正文。", "局工会工作报告"),
    # a news site's masthead, a lone button word, a table of contents, a wire dateline and a site's name
    # after the headline are no part of the title
    ("人民网\n人民网\n省总工会发布2025年服务职工群众十件实事\n记者 某某\n近日，省总工会发布……。",
     "省总工会发布2025年服务职工群众十件实事"),
    ("投稿\n2024年甘肃省百万职工劳动和技能竞赛启动\n来源/ 作者/ 时间/2024-03-29\n正文，开始。",
     "2024年甘肃省百万职工劳动和技能竞赛启动"),
    ("目录\n1.工作回顾 2\n2.工作思路 6\n工作回顾\n2022年，……。", ""),
    ("新华社北京12月26日电 题：“十四五”规划纲要实施实现“时间过半、任务过半”\n正文，开始。",
     "“十四五”规划纲要实施实现“时间过半、任务过半”"),
    ("您当前的位置:首页产经 >  >>\n某县启动10万职工劳动和技能竞赛_全球头条\n正文，开始。", "某县启动10万职工劳动和技能竞赛"),
    ("2025年全国总工会机关赴开发区蹲点工作取得新突破|亚洲精品又粗又大又爽a片\n本报北京11月30日电 正文。",
     "2025年全国总工会机关赴开发区蹲点工作取得新突破"),
    ("洋政发〔2024〕8号\n洋县人民政府\n关于印发洋县2024年十大民生实事项目的通知\n各镇人民政府：\n现印发给你们。",
     "洋县2024年十大民生实事项目"),  # a cover notice names the title, before an issuer line
    ("索引号 11320925014387605J/2026-00036 组配分类 重点工作\n发布机构 建湖县 发文日期 2026-01-19\n"
     "公开范围 面向全社会 时效性 有效\n\n2026年政府民生实事项目\n\n今年我县共10个项目被列入。", "2026年政府民生实事项目"),
    ("| 索引号:000014349/2025-20186 | |\n| 发文机关:民政局 | 主题词:上半年工作总结 |\n"
     "| 标题:民政局2025年上半年工作总结和下半年工作计划 | |\n正文，开始。", "民政局2025年上半年工作总结和下半年工作计划"),
    ("(浙江省)庆元县国民经济和社会发展第十四个五年规划纲要\n正文，开始。", "庆元县国民经济和社会发展第十四个五年规划纲要"),
    ("湖南省人民政府\n关于下达《湖南省2017年国民经济和\n社会发展计划》的通知\n湘政发〔2017〕10号\n各市州：\n正文。",
     "湖南省2017年国民经济和社会发展计划"),  # a cover title broken across two lines, 下达 as 印发
    ("2025年乡镇政府镇长工作总结及2026年工作计划.docxVIP\n  • 0\n正文，开始。", "2025年乡镇政府镇长工作总结及2026年工作计划"),
    ("计划总结\n索 引 号: 002482365/2023-00095\n\n浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n正文，开始。",
     "2023年浙江省卫生健康工作要点"),  # a site's category of genre words is no title
    ("| 内容概述 | 2025年1-6月新吴区为民办实事项目进展情况\n正文，开始。", "2025年1-6月新吴区为民办实事项目进展情况"),
    # a disclosure table's field 分  类: (its labels spaced out) is no title; its 标  题: field is
    ("政府信息公开\n索  引 号: 1122/2021-00089\n分  类: 五年发展规划;国民经济和社会发展规划 ; 通知\n发文机关: 某区人民政府\n"
     "标      题: 某区人民政府关于印发某区国民经济和社会发展第十四个五年规划纲要任务清单的通知\n正文，开始。",
     "某区国民经济和社会发展第十四个五年规划纲要任务清单"),
    ("安徽省重点新闻门户网站\n安徽宿州建筑系统工会新增农民工14053人\n正文，开始。", "安徽宿州建筑系统工会新增农民工14053人"),
    # a title broken before its genre's noun alone, with a footnote's mark; a template site's 第一篇: before a title
    ("某州市2021年国民经济和社会发展\n统计公报[1]\n某州市统计局\n2021年，正文。", "某州市2021年国民经济和社会发展统计公报"),
    ("第一篇:某工十七大工作报告\n各位代表：\n现在，我代表。", "某工十七大工作报告"),
    # the dateline and the speaker's line above the title too (round 163): the speaker's line is no half of the title
    ("——2020年12月27日在某县第十六届人民代表大会第六次会议上\n某县人民政府县长:石某\n2021年某县人民政府工作报告\n"
     "——2020年12月27日在某县第十六届人民代表大会第六次会议上\n各位代表：\n我代表县人民政府。", "2021年某县人民政府工作报告"),
    ("索引号: 1134/202403-00076\n发布机构: 某市人民政府(办公室)\n名称: 【保基本民生】某市关于2024年实施47项民生实事的通知 文号:\n"
     "【保基本民生】某市关于2024年实施47项民生实事的通知\n正文，开始。", "某市关于2024年实施47项民生实事的通知"),
    # a news page's headline shown twice is its title, before an advert's line; even one that ends in ！; not a button
    ("竞彩足球比分\n上海今年为民办实事项目发布\n2023-02-08 来源：解放日报\n上海今年为民办实事项目发布\n正文，开始。",
     "上海今年为民办实事项目发布"),
    ("2023年苏州民生实事项目，交卷！\n转自：苏州发布\n2023年苏州民生实事项目，交卷！\n开工建设学校37所。",
     "2023年苏州民生实事项目，交卷！"),
    ("某县启动职工技能竞赛\nX 关闭\n2024-03-29\nX 关闭\n正文，开始。", "某县启动职工技能竞赛"),
    # a byline run onto the title line is cut off; a subtitle after —— that is no byline stays
    ("政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强\n各位代表：\n正文。", "政府工作报告"),
    ("奋力谱写新篇章——2024年某市工会工作要点\n正文，开始。", "奋力谱写新篇章——2024年某市工会工作要点"),
    # a news article's lead announcing the plan names its title, where the headline is a sentence
    ("某市工会工作，2024年工作要点来啦\n《某市总工会2024年工作要点》近日印发，明确了全年任务。\n正文，开始。",
     "某市总工会2024年工作要点"),
    # a template site's collection page: the first document's own title, not the collection's or the site's
    ("当前位置:简历谷 >\n职场 >工作计划 >\n局工会年度工作计划精选6篇\n局工会年度工作计划篇1\n一、围绕中心服务大局",
     "局工会年度工作计划"),
    ("江苏省总工会工作总结\n2021江苏省总工会工作总结3篇\n【篇1】2021江苏省总工会工作总结\n市总工会上半年工作总结\n"
     "上半年，市总工会做了工作。", "市总工会上半年工作总结"),
    # a title broken over lines: its first half names the place or issuer, or the second goes on with 及
    ("静安区全力打响“上海服务”品牌\n加快建设“国际静安”三年行动计划\n（2018—2020年）\n为贯彻落实，制定本计划。",
     "静安区全力打响“上海服务”品牌加快建设“国际静安”三年行动计划（2018—2020年）"),
    ("常州市总工会\n2020年工作要点\n一、总体要求", "常州市总工会2020年工作要点"),
    ("第一篇:2006年团区委工会工作总结及2007年工会计划\n团区委工会2006年工作总结\n及2007年工作计划\n一、工作总结",
     "团区委工会2006年工作总结及2007年工作计划"),
    ("云南要闻\n2026年政府工作报告\n各位代表：", "2026年政府工作报告"),  # a site's section is no half
    # the issuer's line under a title signs it, though it begins like a conjunction (和田地区: 和)
    ("和田地区2021年国民经济和社会发展统计公报\n\n和田地区统计局\n\n2022年4月15日\n\n2021年，全地区经济平稳运行。",
     "和田地区2021年国民经济和社会发展统计公报"),
    # a newspaper group's mastheads, a date alone and an outlet's byline over the headline are no title
    ("《西藏日报》 《西藏日报藏文版》 《西藏商报》\n\n2023年01月11日\n\n山南市力争今年地区生产总值增长8%左右\n"
     "本报泽当1月10日电（记者 段敏）日前，该市力争2023年地区生产总值增长8%左右。", "山南市力争今年地区生产总值增长8%左右"),
    ("石榴云/新疆日报记者 张婷 通讯员 常轶茹\n阿勒泰地区以全会精神为指引铆足干劲抓落实\n2024年1月8日，阿勒泰地委扩大会议召开，传达全会精神。",
     "阿勒泰地区以全会精神为指引铆足干劲抓落实"),
    # an e-paper's page line and a copy button over the headline are no title
    ("正文复制\n德宏团结报/2024 年/1 月/18 日/第 008 版新时代 新征程 新伟业\n“一二三四五”书写新时代工会答卷\n"
     "——德宏州总工会2023年工作纪实\n2023年，州总工会始终坚持服务大局，取得了新成效。", "“一二三四五”书写新时代工会答卷"),
    # a forum thread: its buttons and counters are no title
    ("返回列表 发布新帖\n查看: 9023|回复: 0\n\n某市总工会开展“五送五促”办实事行动\n\n发表于 2021-5-5 21:24:49 | 查看全部 |阅读模式\n"
     "近日，某市总工会在全市工会系统开展实事行动。", "某市总工会开展“五送五促”办实事行动"),
    # a plan's cover in three lines: the second begins on the five-year plan's ordinal, the first title stops on a year
    ("喀什地区国民经济和社会发展\n第十四个五年规划和2035年\n远景目标纲要\n（2021年4月7日通过）\n目录",
     "喀什地区国民经济和社会发展第十四个五年规划和2035年远景目标纲要"),
    ("某市国民经济和社会发展\n“十四五”规划纲要\n第一章 发展基础", "某市国民经济和社会发展“十四五”规划纲要"),
    ("中共某某市委办公室\n关于加强工会工作的意见\n各县区：", "关于加强工会工作的意见"),
    # a notice naming the document without 关于, or around a title with brackets of its own
    ("某区人民政府办公室印发《某区三年行动计划（2018—2020年）》的通知\n各街道：", "某区三年行动计划（2018—2020年）"),
    ("区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n各街道：",
     "2023年区《政府工作报告》确定的主要目标任务责任分解方案"),
    # a text whose line breaks were lost: the title runs into the body
    ("第1页共8页区总工会领导班子工作报告区总工会领导班子2023年工作报告2023年度，区总工会领导班子在区委、区政府和上级工会"
     "的领导和支持下开展工作。", "区总工会领导班子2023年工作报告"),
    ("工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用各位委员,同志们:根据会议安排,我向全委会报告工作,"
     "请予审议。", "工会2022年度工作报告:深入学习贯彻党的二十大精神发挥工会组织作用"),  # its subtitle too, as labellers write titles
    # a title run into the opening words (今年以来, 根据 …), with what it joins to its genre (总结及措施)
    ("镇总工会全年总结及措施今年以来我镇总工会认真贯彻落实上级工会的工作部署，对重点工作逐项抓紧落实，围绕中心"
     "工作，更好地发挥工会的纽带和桥梁作用。", "镇总工会全年总结及措施"),
    # a page's link cut short is not the title; the notice's first sentence names the document (the first of two)
    ("市人民政府办公室 关于印发某市科学素质行动实施方案(2021—2025年)和某市推进国...\n发布时间：2023-07-04\n"
     "各区人民政府：\n《某市科学素质行动实施方案(2021—2025年)》和《某市科普试点工作实施方案》已经市人民政府同意，"
     "现印发给你们，请认真贯彻落实。", "某市科学素质行动实施方案(2021—2025年)"),
    # a notice's title whose issuer and 关于印发 the page cut off; a reporter's name over the time stamp is no title
    ("《某市建设制造强市三年行动计划(2023—2025年)》的通知\n各县(市)、区人民政府:\n正文。",
     "某市建设制造强市三年行动计划(2023—2025年)"),
    ("刘旭\n2020年01月06日09:05 来源:《工人日报》\n1月3日，某省总工会在全委会议上，安排今年的重点工作。", ""),
    # a cover notice of a plan a congress approved names it in its first sentence, before the plan's own title
    ("某府发〔2023〕1号\n各旗区人民政府：\n《2023年某市国民经济和社会发展计划》已经某市五届人大二次会议审议通过，"
     "请结合实际，认真组织实施。\n某市人民政府\n2023年2月23日\n2023年某市国民经济和社会发展计划\n正文。",
     "2023年某市国民经济和社会发展计划"),
    # a newspaper's masthead (甘肃工人报) over its date and page is no title; a column's tag that greets an occasion
    # (【热烈祝贺…七十周年】) heads the headline after it, which is the title (round 126)
    ("甘肃工人报\n2020年07月02日\n第04版:专题报道\n【热烈祝贺甘肃省总工会成立七十周年】谱写工运事业发展新篇章\n"
     "近年来，某市总工会紧紧围绕中心工作认真履行职能。", "谱写工运事业发展新篇章"),
    # a congress session's document head, and the office over the salutation, are no title (round 127)
    ("某市某区第四届人民代表大会\n第五次会议文件之二\n某区发展和改革局\n各位代表:\n受城区人民政府委托，现将…提请审议。", ""),
    # a yearbook's volume over its entry is no title (round 127)
    ("2022卷\n总工会\n【概况】自治区总工会于1949年5月成立，截至2021年底有基层工会51643个。", "总工会"),
    # a site's filter labels above the title are no title (报告年份 names 报告)
    ("注册 | 登录\n筛选地域\n一级目录\n报告年份\n\n2025年某市某区政府工作报告\n各位代表：", "2025年某市某区政府工作报告"),
])
def test_the_title_is_the_real_title_line_not_chrome_salutation_or_heading(text, title):
    assert find_title(text) == title


def test_a_text_of_no_known_genre_or_a_storys_lead_dates_it_by_the_year_it_opens_on():
    """2017年，東營市總工會轄3區…; 2025年，兴庆区将加大…投资 (rounds 180 and 113, no genre or a news story): the year a
    text of no known genre opens on is the one it is about, whether it reviews or plans it; a story's or a report's lead
    that says what will be done dates it too; a report's lead on what was done does not (its session is the year after)."""
    meta = lambda text: infer_metadata(text, "x.txt")
    assert meta("东营市总工会\n\n2017年，东营市总工会辖3区、2县总工会；直属产业工会13个。")["year_start"] == 2017
    assert meta("1月5日，兴庆区两会召开。\n2025年，兴庆区将加大国家投资力度，确保固定资产投资达到120亿元以上。\n"
                "深挖内需潜能")["year_start"] == 2025


def test_a_headline_telling_the_reports_delivery_is_news():
    """省长刘伟平作政府工作报告 (round 131): a story of the delivery, told in the third person, not the report."""
    assert find_doc_type("省长刘伟平作政府工作报告", "1月28日上午，某省人民代表大会开幕。") == "news_report"
    assert find_doc_type("吴晓军主持 罗东川作政府工作报告", "1月19日上午，某省人民代表大会开幕。") == "news_report"  # round 186
    assert find_doc_type("2024年某省政府工作报告", "各位代表：") == "government_work_report"
    # to whom it was delivered may stand between (…会议上，县长陈某某向大会作政府工作报告。, round 200): a story's line, no title
    page = "12月29日，某县第十八届人民代表大会第四次会议上，县长陈某某向大会作政府工作报告。2024年我们做了什么？今报为您解读。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"


def test_a_news_lead_on_the_session_that_hears_the_report_tells_the_genre():
    lead = "5月22日上午9时，十三届全国人大三次会议在人民大会堂开幕，听取国务院总理李克强关于政府工作的报告。\n一、工作回顾"
    assert find_doc_type("", lead) == "government_work_report"


def test_a_speech_without_a_title_line_gets_a_title_made_from_year_place_and_genre():
    meta = infer_metadata("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、过去一年工作回顾", "gwr_2019.txt")
    assert (meta["title"], meta["place"], meta["level"], meta["doc_type"]) == (
        "2019年政府工作报告", "全国", "national", "government_work_report")
    assert "title (made)" in meta["inferred"] and meta["issuing_body"] == "国务院"
    assert meta["doc_id"] == "national-2019"


@pytest.mark.parametrize("title, text, filename, place, source", [
    ("", "周恩来总理在报告中首先指出，……。", "x.txt", "全国", "opening"),
    ("政府工作报告", "各位代表：\n刚刚过去的一年，是我国各族人民取得伟大成就的一年。", "x.txt", "全国", "opening"),
    ("政府工作报告", "各位代表：\n现在，我代表上杭县人民政府，向大会报告政府工作。", "x.txt", "上杭县", "opening"),
    ("中共中央 国务院关于实施乡村振兴战略的意见", "", "x.txt", "全国", "title"),  # a national issuer
    ("政府工作报告", "各位代表：\n现在，我代表市人民政府，向大会报告政府工作。", "x.txt", "", ""),
    ("政府工作报告", "各位代表：\n过去一年，全国各族人民……。", "2026_jiangsu.txt", "江苏省", "file name"),
    ("政府工作报告", "——2026年1月12日在江苏省第十四届人民代表大会第四次会议上\n各位代表：", "x.txt", "江苏省", "byline"),
    # the one province a title names anywhere (here in a slogan); not when it names two
    ("深化数字浙江建设2020年工作要点", "《深化数字浙江建设2020年工作要点》近日出台。", "x.txt", "浙江省", "title"),
    ("沪苏浙皖协同推进长三角一体化工作要点", "……。", "x.txt", "", ""),
    # a title for the issuer's own area: the place of that level the text names most often, twice at least
    ("全市工会工作三年行动计划", "根据《连云港市…规划》，为推动连云港发展。\n推进连云港市职工服务中心建设，做强产业强市。",
     "x.txt", "连云港市", "text"),
    ("全市工会工作要点", "学习苏州市的经验，做强产业强市。", "x.txt", "", ""),  # named once; 产业强市 is no place
    # the speaker's line under the title, with or without 人民政府, before or without a byline
    ("政府工作报告", "四川日报\n四川省人民政府省长施小琳\n各位代表：", "x.txt", "四川省", "byline"),
    ("政府工作报告", "广东省省长 孟凡利\n各位代表：", "x.txt", "广东省", "byline"),
    ("政府工作报告", "某县人民政府县长:石某\n各位代表：", "x.txt", "某县", "byline"),  # a colon before the name
    ("政府工作报告", "代市长 张三\n各位代表：", "x.txt", "", ""),  # no place named
    # the byline broken over lines as the page laid it out
    ("政府工作报告", "——2026年1月26日在广东省第十四届\n人民代表大会第五次会议上\n各位代表：", "x.txt", "广东省", "byline"),
    ("政府工作报告", "各位代表：\n……。\n", "2026_guangxi_report.txt", "广西壮族自治区", "file name"),
    ("政府工作报告", "各位代表：\n……。\n", "2026年湖南政府工作报告.txt", "湖南省", "file name"),
    ("区总工会工作计划", "……。\n鄂城区总工会\n2019年7月1日", "x.txt", "鄂城区", "sign-off"),
    ("工作要点", "各位代表：\n我代表本市人民政府报告工作。", "x.txt", "", ""),
    # a news lead naming the assembly, and the mayor speaking for the government
    ("", "2月20日上午，佳县第十九届人民代表大会第四次会议隆重开幕。", "x.txt", "佳县", "byline"),
    # the union of a work unit named with its place (a hospital's, a company's)
    ("我院工会第三次代表大会胜利召开", "上海市东海老年护理医院工会第三次代表大会于10月26日召开。", "x.txt", "上海市", "opening"),
    ("", "本报讯 市长王剑锋代表徐州市人民政府向大会作政府工作报告。", "x.txt", "徐州市", "opening"),
    ("昆明市市直机关工会联合会召开2024年工作会议", "", "x.txt", "昆明市", "title"),
    ("中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划的建议", "", "x.txt", "温州市鹿城区", "title"),
    # the party committee under its full name (round 186's 拉萨 proposal), as under 中共
    ("中国共产党拉萨市委员会关于制定“十五五”时期国民经济和社会发展规划的建议", "", "x.txt", "拉萨市", "title"),
    ("中国共产党中央委员会关于制定国民经济和社会发展第十五个五年规划的建议", "", "x.txt", "全国", "title"),
    # the issuer a news lead or a notice opens with; not 全国总工会, a zone, the speaker's government or 全市
    ("", "本报讯（记者 王红）近日，佛山市顺德区总工会召开十六届九次全委会议。", "x.txt", "佛山市顺德区", "opening"),
    ("", "4月2日，沈阳市教科文卫工会召开2024年工作会议。", "x.txt", "沈阳市", "opening"),
    ("", "根据全国总工会部署，常州市总工会开展送温暖活动。", "x.txt", "常州市", "opening"),
    ("", "近日，中华全国总工会印发通知。", "x.txt", "", ""),
    ("", "根据省总工会要求，高新技术开发区工会组织职工疗休养。", "x.txt", "", ""),
    ("", "目前，全市总工会系统共有会员10万人。", "x.txt", "", ""),
    # a Youth League committee named the short way; an office named before 关于; a common noun is no place
    ("龙华团区委2018年工作总结和2019年工作计划", "", "x.txt", "龙华区", "title"),
    ("共青团深圳市委2019年工作要点", "", "x.txt", "深圳市", "title"),
    ("宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知", "", "x.txt", "宣城市", "title"),
    ("城市管理局关于印发工作要点的通知", "", "x.txt", "", ""),
    # the assembly by its short name, without 第; a region's Party committee and government together
    ("", "1月20日上午，安徽省十四届人大三次会议开幕，安徽省省长王清宪作政府工作报告。", "x.txt", "安徽省", "byline"),
    ("", "南宁1月15日电 1月15日，广西壮族自治区党委、政府在南宁召开全区农村工作会议。", "x.txt", "广西壮族自治区", "opening"),
    # a title that starts with two levels of place keeps both, as an opening's 佛山市顺德区 does
    ("九江市都昌县2008年国民经济和社会发展统计公报", "", "x.txt", "九江市都昌县", "title"),
    ("成都市城市社区嵌入式服务设施建设工程实施方案", "", "x.txt", "成都市", "title"),
    # praise from the State Council is no national speaker; speaking on its behalf is
    ("", "本报讯 近日，我市劳务品牌建设工作去年受国务院办公厅通报表扬。", "x.txt", "", ""),
    ("", "各位代表：\n我受中共中央和国务院的委托，向大会报告工作。", "x.txt", "全国", "opening"),
])
def test_the_place_comes_from_byline_sign_off_or_file_name(title, text, filename, place, source):
    assert find_place(title, text, filename) == (place, source)


def test_place_levels():
    assert [place_level(p) for p in ("全国", "内蒙古自治区", "重庆市", "苏州市", "鄂城区", "沛县")] == [
        "national", "province", "province", "city", "district", "county"]


def test_an_inferred_province_is_named_as_metadata_rows_name_it():
    # the seeds' rows say 江苏, not 江苏省: an inferred province in the same column groups with them
    assert infer_metadata("2026年山东省政府工作报告\n各位代表：", "x.txt")["province"] == "山东"
    assert infer_metadata("2026年广西壮族自治区政府工作报告\n各位代表：", "x.txt")["province"] == "广西"
    # a city names no province, but places.csv has one 常州市, in 江苏 (079ae86)
    assert infer_metadata("常州市总工会2020年工作要点\n一、", "x.txt")["province"] == "江苏"


def test_derived_ids_are_short_readable_and_safe():
    assert derive_doc_id("武进区", 2018, 2018, "x.txt") == "wujin-2018"
    assert derive_doc_id("陕西省", 2023, 2023, "x.txt") == "shaanxi-2023"  # not shanxi, which is 山西
    assert derive_doc_id("", None, None, "2018-2020_lianyungang-city_union-three-year-action-plan.txt") == \
        "2018-2020_lianyungang-city_union-three"
    assert slug_doc_id("2022 苏州 工作要点.TXT") == "2022-suzhou-gongzuoyaodian"
    for name in ("../../etc/passwd.txt", "_x.txt", "...txt", "——.txt", "a" * 200 + ".txt", "〇.txt"):
        assert is_valid_doc_id(derive_doc_id("", None, None, name)), name


def test_traditional_characters_are_read_as_simplified():
    meta = infer_metadata("各位代表：\n現在我代表國務院向大會作政府工作報告。\n", "gwr_1956.txt")
    assert (meta["place"], meta["doc_type"]) == ("全国", "government_work_report")


def test_seed_plans_without_their_metadata_rows_get_the_same_facts(tmp_path):
    """What the five seed plans' metadata rows say, inferred from the texts alone (a plan added without a row)."""
    rows = {r["file"]: r for r in csv.DictReader(open(RAW_DIR / "metadata.csv", encoding="utf-8"))}
    for name in rows:
        shutil.copy(RAW_DIR / name, tmp_path / name)
    inferred = {d.file: d.metadata for d in read_corpus(tmp_path).documents}
    assert set(inferred) == set(rows)
    for name, row in rows.items():
        meta = inferred[name]
        assert meta["doc_type"] == row["doc_type"], name
        assert str(meta["year_start"] or "") in ("", row["year_start"]), name
        assert meta["place"] == "" or row["place"].startswith(meta["place"]), name
        assert is_valid_doc_id(meta["doc_id"]) and len(meta["doc_id"]) <= 40
    assert inferred["2020_changzhou-city_union-work-points.txt"]["title"] == "常州市总工会2020年工作要点"
    assert inferred["2018_wujin-district_union-work-points.txt"]["doc_id"] == "wujin-2018"
    assert inferred["2019_echeng-district_union-half-year-summary-and-plan.txt"]["issuing_body"] == "鄂城区总工会"


def test_derived_ids_are_made_unique(tmp_path):
    text = "某市总工会2021年工作要点\n一、任务\n1.开展活动20场次。\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(text.replace("某市", "苏州市"), encoding="utf-8")
    ids = [d.doc_id for d in read_corpus(tmp_path).documents]
    assert ids == ["suzhou-2021", "suzhou-2021-2", "suzhou-2021-3"]


def test_a_derived_id_never_takes_an_id_given_in_metadata(tmp_path):
    text = "苏州市总工会2021年工作要点\n一、任务\n1.开展活动20场次。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,file\nsuzhou-2021,b.txt\n", encoding="utf-8")
    by_file = {d.file: d.doc_id for d in read_corpus(tmp_path).documents}
    assert by_file == {"a.txt": "suzhou-2021-2", "b.txt": "suzhou-2021"}


@pytest.fixture(scope="module")
def inferred(tmp_path_factory):
    """The 46 national reports read without metadata rows, and their rows."""
    folder = tmp_path_factory.mktemp("gwr")
    for path in NATIONAL_RAW.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    rows = {r["file"]: r for r in csv.DictReader(open(NATIONAL_RAW / "metadata.csv", encoding="utf-8"))}
    return {d.file: d.metadata for d in read_corpus(folder).documents}, rows


class TestNationalReportsWithoutMetadata:
    """The 46 national government work reports (1954–2018), read with no metadata rows."""

    def test_every_report_is_read(self, inferred):
        metas, rows = inferred
        assert set(metas) == set(rows) and len(rows) == 46

    def test_genre_year_and_title(self, inferred):
        metas, rows = inferred
        wrong_genre = [f for f, m in metas.items() if m["doc_type"] != "government_work_report"]
        assert not wrong_genre, wrong_genre  # 1964, a news summary of the report: 周恩来总理在报告中…
        assert all(m["year_start"] == int(rows[f]["year_start"]) for f, m in metas.items())
        titled = [f for f, m in metas.items() if m["title"] == rows[f]["title"] or m["title"] == "政府工作报告"]
        assert len(titled) >= 45
        assert not any(m["title"].startswith(("各位代表", "下载")) for m in metas.values())

    def test_place(self, inferred):
        metas, _ = inferred
        national = [f for f, m in metas.items() if m["place"] == "全国" and m["level"] == "national"]
        assert len(national) == 46  # 1964 by its premier, 1985 by 我国各族人民 (no other sign in its opening)


def test_a_plans_lead_that_opens_on_a_year_and_says_what_will_be_done_then_dates_it():
    """推出十项区级实事项目 (a work plan by its title) over 本报讯（…）2020年，闵行区总工会将进一步… (round 158): the year the
    lead says the plan's work will be done in; a lead that looks back at its year dates no plan."""
    page = ("推出十项区级实事项目\n2020-01-23东方网-劳动报\n"
            "本报讯（劳动报记者张某）2020年，某区总工会将进一步完善服务职工工作体系，创新拓展10项区级服务职工实事项目。")
    assert infer_metadata(page, "x.txt")["year_start"] == 2020
    back = "推出十项区级实事项目\n2019年，某区总工会建成职工之家12家，超额完成任务。"
    assert infer_metadata(back, "x.txt")["year_start"] is None


def test_with_no_other_year_a_plan_is_dated_by_the_span_its_opening_sets():
    plan = "关于推进民生幸福工程的实施意见\n为全面推进新型城市化发展，提出如下意见。\n一、总体目标\n到2015年，2012～2015年新增就业岗位。"
    meta = infer_metadata(plan, "x.txt")
    assert (meta["year_start"], meta["year_end"]) == (2012, 2015) and "year (from a span the opening names)" in meta["inferred"]
    assert infer_metadata("关于推进人才集聚工程的实施意见\n一、总体目标\n1.目标。2012年起5年内，大力实施。", "x.txt")["year_start"] == 2012
    # an era looked back on dates nothing, nor does a report's or summary's opening (it looks back)
    assert infer_metadata("某某工程实施意见\n一、目标\n投资相当于1950年到1997年的总和。", "x.txt")["year_start"] is None
    assert infer_metadata("各位代表：\n现在，我代表国务院，向大会作政府工作报告。2012～2015年新增就业。", "x.txt")["year_start"] is None


def test_a_title_that_is_a_genre_alone_gets_its_year_and_place():
    meta = infer_metadata("政府工作报告\n——2026年1月27日在海南省第七届人民代表大会第五次会议上\n各位代表：", "x.txt")
    assert (meta["title"], meta["inferred"].split("; ")[1]) == ("2026年海南省政府工作报告", "title (year and place added)")
    national = infer_metadata("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强", "x.txt")
    assert national["title"] == "2024年政府工作报告"  # 全国 is no part of a national report's title
    assert infer_metadata("政府工作报告\n各位代表：", "x.txt")["title"] == "政府工作报告"  # no year: as it stands


def test_full_width_digits_in_the_title_are_read_as_the_cleaned_text_reads_them():
    meta = infer_metadata("常州市总工会２０２０年工作要点\n一、总体要求", "x.txt")
    assert (meta["title"], meta["year_start"], meta["doc_id"]) == ("常州市总工会2020年工作要点", 2020, "changzhou-2020")


def test_a_school_year_in_the_title_is_the_plan_year():
    assert find_years("某中学团委2009学年工作计划", "x.txt", "") == (2009, 2009)


def test_a_five_year_plan_a_title_names_gives_its_years_and_an_inner_place_names_the_id():
    assert find_years("中共某市某区委关于制定某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", "x.txt", "") \
        == (2021, 2025)
    assert find_years("某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "x.txt", "") == (2021, 2025)
    assert find_years("某市“十三五”老龄事业发展规划", "x.txt", "") == (2016, 2020)
    assert find_years("某市“十三五”规划（2017—2020年）", "x.txt", "") == (2017, 2020)  # the years it writes first
    assert derive_doc_id("温州市鹿城区", 2021, 2025, "x.txt") == "lucheng-2021-2025"
    assert derive_doc_id("广州市", 2020, 2020, "x.txt") == "guangzhou-2020"


def test_without_a_year_in_title_or_file_name_a_plan_heading_gives_it(tmp_path):
    """The national reports under names without years: a heading that plans a year (二、2005年工作总体部署)
    gives the year, never a year a heading looks back on (一、1998年工作回顾和1999年工作的总体要求)."""
    rows = {r["file"]: int(r["year_start"]) for r in csv.DictReader(open(NATIONAL_RAW / "metadata.csv", encoding="utf-8"))}
    for k, name in enumerate(sorted(rows)):
        shutil.copy(NATIONAL_RAW / name, tmp_path / f"report_{k:02d}.txt")
    found = {}
    for k, name in enumerate(sorted(rows)):
        meta = infer_metadata((tmp_path / f"report_{k:02d}.txt").read_text(encoding="utf-8"), f"report_{k:02d}.txt")
        if meta["year_start"] is not None:
            found[name] = meta["year_start"]
            assert any(part == "year" or part.startswith("year (from") for part in meta["inferred"].split("; "))
    assert len(found) >= 15
    # the year delivered, or the next one for a report given in the autumn on the next year's plan (1980 → 1981)
    assert all(year - rows[name] in (0, 1) for name, year in found.items()), found
    assert sum(year == rows[name] for name, year in found.items()) >= len(found) - 1


def test_a_heading_year_looked_back_on_is_not_the_plan_year():
    assert plan_heading_year("一、上半年工作总结\n二、2019年下半年工作计划") == 2019
    assert plan_heading_year("一、2019年上半年工作总结\n二、下半年打算") is None
    assert plan_heading_year("2020年，全国……。2021年的工作目标是：……") is None  # body text, not a heading
    assert plan_heading_year("二、2018年经济社会发展总体要求和政策取向") == 2018


def test_a_news_lead_that_names_the_years_economic_plan_gives_the_year():
    lead = ("5月22日上午9时，十三届全国人大三次会议在人民大会堂开幕，听取国务院总理李克强关于政府工作的报告，审查国务院"
            "关于2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告。\n一、工作回顾\n去年……")
    meta = infer_metadata(lead, "e01.txt")
    assert (meta["year_start"], meta["title"], meta["doc_type"]) == (2020, "2020年政府工作报告", "government_work_report")
    assert "year (from the plan the opening names)" in meta["inferred"]


def test_every_field_read_from_the_text_is_listed_as_inferred_and_a_made_title_names_no_issuer():
    """A bare title completed (2026年广东省政府工作报告) is not the issuer's name: the speaker's body is (我代表省人民政府)."""
    meta = infer_metadata("政府工作报告\n——2026年1月26日在广东省第十四届人民代表大会第五次会议上\n各位代表：\n"
                          "现在，我代表省人民政府，向大会报告工作。", "x.txt")
    assert (meta["title"], meta["issuing_body"], meta["province"]) == ("2026年广东省政府工作报告", "广东省人民政府", "广东")
    listed = meta["inferred"].split("; ")
    assert {"period", "place_en", "level", "province", "issuing_body"} <= set(listed)


@pytest.mark.parametrize("title, years", [
    ("团区委工会2006年工作总结及2007年工作计划", (2006, 2007)),  # a summary of one year and the plan of the next
    ("2020年工作情况和2021年工作计划", (2020, 2021)),
    ("2019年上半年工作总结及下半年工作计划", (2019, 2019)),
    ("2021年工作总结和2019年计划", (2021, 2021)),  # an earlier year is no plan of the next
])
def test_a_title_joining_two_years_spans_both(title, years):
    assert find_years(title, "x.txt", "") == years


@pytest.mark.parametrize("title, doc_type", [
    ("区人民政府年度工作报告", "government_work_report"),
    ("2020年工作情况和2021年工作计划", "summary_and_plan"),
    ("2023年区《政府工作报告》确定的主要目标任务责任分解方案", "implementation_plan"),
])
def test_the_genre_of_titles_a_government_or_department_writes(title, doc_type):
    assert find_doc_type(title, "") == doc_type


def test_a_title_naming_its_issuer_by_level_takes_no_place_of_another_level_from_the_opening():
    opening = "市总工会上半年工作总结\n上半年，市总工会在市委领导下开展工作。\n湖南省总工会《关于开展活动的通知》下发后，我会召开会议。"
    assert find_place("市总工会上半年工作总结", opening, "x.txt") == ("", "")  # 湖南省总工会 is the authority above
    assert find_place("市总工会上半年工作总结", "近日，湘乡市总工会召开会议。", "x.txt") == ("湘乡市", "opening")


@pytest.mark.parametrize("text, title", [
    ("2019年陇县人民政府工作报告（全文）\n各位代表：\n现在，我代表县人民政府向大会作工作报告。", "2019年陇县人民政府工作报告"),
    ("2008政府工作报告-定稿\n\n政府工作报告\n各位代表：", "2008政府工作报告"),  # a file's note
    ("工作计划 会员上传 下载docx\n乡镇示范村创建工作计划1\n一、基本情况", "乡镇示范村创建工作计划"),  # a site's category
    # and buttons, then the template's numbered instance
    ("2025年学校工会工作年度计划第一章形势研判与年度总目标1.1政策与校情双轨扫描2024年12月，教育部、全国总工会联合下发"
     "《新时代高校工会高质量发展三年行动计划》，学校2025年预算总量压缩6%。",
     "2025年学校工会工作年度计划"),  # a title run into its first chapter's heading
])
def test_a_title_without_a_sites_or_files_decorations(text, title):
    assert find_title(text) == title


def test_the_place_of_a_union_reports_subtitle_or_of_an_issuer_whose_notice_opens_the_text():
    byline = "聚心协力谋发展\n——在慈溪市总工会十四届七次委员（扩大）会议上的报告\n各位委员，同志们："
    assert find_place("", byline, "x.txt") == ("慈溪市", "byline")
    congress = "崇信县人民代表大会常务委员会\n关于上半年计划执行情况的审查意见"
    assert find_place("关于上半年计划执行情况的审查意见", congress, "x.txt") == ("崇信县", "opening")
    bureau = "文号〔2013〕4号\n湘乡市农业局关于印发2012年农业工作总结的通知\n局属各科站："
    assert find_place("2012年农业工作总结", bureau, "x.txt") == ("湘乡市", "opening")


def test_a_story_takes_the_place_its_subtitle_begins_with_or_the_one_it_names_most():
    """A subtitle's leading place (…——临夏州经济社会高质量发展走笔; a line ——德宏州总工会2023年…工作纪实); else, for a
    story whose headline names none (临夏：凝心聚力…), the place it names at least three times and more than any other."""
    subtitle = "锚定目标冲刺跑铿锵迈步谱新篇——临夏州经济社会高质量发展走笔"
    assert find_place(subtitle, "东乡县布楞沟村。", "x.txt") == ("临夏州", "title")
    story = "“一二三四五”书写新时代工会答卷\n——德宏州总工会2023年工作纪实\n2023年，州总工会始终坚持服务大局。"
    assert find_place("“一二三四五”书写新时代工会答卷", story, "x.txt") == ("德宏州", "title")
    named = ("岁月的奔涌从不停歇。\n12月5日至9日，政协临夏州第十三届委员会第一次会议、临夏州第十六届人民代表大会第一次会议召开。\n"
             "五年来，临夏州生产总值年均增长7%，和政县、康乐县各新建学校3所。")
    assert find_place("临夏：凝心聚力迈步新征程", named, "x.txt") == ("临夏州", "text")
    tied = "临夏州、甘南州、临夏州、甘南州、临夏州、甘南州联合举办。"  # two places named as often: neither
    assert find_place("某某活动举行", tied, "x.txt") == ("", "")


def test_a_text_that_announces_what_was_done_is_a_summary():
    opening = "镇工会在镇党委领导下，围绕党的工作大局，今年着重做了以下几方面工作：\n一、推进工会维权工作"
    assert find_doc_type("", opening) == "work_summary"
    assert find_doc_type("", "一、今年社区工会主要开展了以下工作：\n（一）完善了制度") == "work_summary"
    assert find_doc_type("", "今年要重点开展以下工作：\n一、加强宣传") == "unknown"  # what is to be done


def test_a_news_story_of_a_report_gets_its_year_from_the_targets_it_reports_and_no_lead_as_title():
    """A news story's lead after its wire tag (【…网讯】2月20日，…开幕。) is no title; the year whose expected
    targets the story reports is the plan's; a photographer's credit and a reporter's byline are no title either
    and tell the genre."""
    story = ("开幕式现场 李明 摄\n【某某日报网讯】2月20日，某县第三届人民代表大会第二次会议开幕。县长作政府工作报告。\n"
             "报告说，2021年全县经济稳中有进，地区生产总值增长6%。\n"
             "报告提出了2022年全县经济社会发展主要预期目标：地区生产总值增长6.5%。")
    meta = infer_metadata(story, "x.txt")
    assert "开幕" not in meta["title"] and "摄" not in meta["title"]
    # a story of the report, not the report: its wire tag leads (no title is made as if it were the report)
    assert (meta["year_start"], meta["year_end"], meta["doc_type"]) == (2022, 2022, "news_report")
    assert find_title("【工会动态】市总工会召开全委会\n一、任务") == "市总工会召开全委会"  # a category, then the title
    met = "过去一年，我们完成了2021年主要预期目标。\n今年工作的总体要求是：稳中求进。"
    assert infer_metadata(met, "x.txt")["year_start"] is None  # targets met are no year planned for
    feature = "□本报记者 王芳\n2023年是全面贯彻落实党的二十大精神的开局之年。市总工会工作的总体要求是：团结职工。"
    meta = infer_metadata(feature, "x.txt")
    assert (meta["year_start"], meta["doc_type"]) == (2023, "news_report")


@pytest.mark.parametrize("text, title", [
    ("温馨提示：\n局机关工会2022年上半年工作总结\n局机关现有在岗职工228人。", "局机关工会2022年上半年工作总结"),  # a label
    ("范文首页总结报告工作总结工作计划演讲稿讲话稿合同范文\n社区工会在社区党委领导下开展工作。", ""),  # a site's menu
    ("某市都市圈建设三年行动计划发布 每日资讯\n2023-02-20 14:50:41\n近日，行动计划发布。", "某市都市圈建设三年行动计划发布"),
    ("今年南昌将新建100家户外劳动者服务站点-每日短讯\n\n(资料图)\n\n南昌新闻网讯(全媒体记者 黄之昊)日前，南昌市总工会召开推进会。",
     "今年南昌将新建100家户外劳动者服务站点"),  # a site's section after a hyphen (round 133)
])
def test_a_label_a_sites_menu_and_its_section_name_are_no_title(text, title):
    assert find_title(text) == title


def test_a_place_after_the_time_a_report_covers_a_one_character_county_and_no_own_area_or_heading_words():
    assert find_place("2020年1-11月份宣城市《政府工作报告》部分目标任务完成情况", "", "x.txt") == ("宣城市", "title")
    assert find_place("2021年上半年东阳市工会工作总结", "", "x.txt") == ("东阳市", "title")
    notice = "歙县人民政府办公室关于印发《就业工作方案》的通知\n各乡镇人民政府："
    assert find_place("就业工作方案", notice, "x.txt") == ("歙县", "opening")
    speech = "政府工作报告\n现在，我代表自治县人民政府向大会报告工作。"
    assert find_place("2023年自治县政府工作报告", speech, "x.txt")[0] != "自治县"  # a level alone: the own area
    assert find_place("工会工作情况汇报", "现将我县工会工作汇报如下：\n一、县基本县情和工会基本情况", "x.txt") == ("", "")


def test_a_news_lead_makes_a_news_story_whatever_genre_it_quotes():
    wire = "中国经济网乌鲁木齐1月12日讯 (记者查燕荣) “2016年新疆预计地区生产总值9550亿元。”9日，自治区主席向大会作政府工作报告时如是说。"
    assert find_doc_type("", wire) == "news_report"
    assert find_doc_type("", "本报全媒体记者 王何军\n7月19日下午，远在千里之外的重庆") == "news_report"
    assert find_doc_type("", "今年3月12日讯问了嫌疑人") == "unknown"  # 讯 of 讯问 leads nothing
    assert find_doc_type("政府工作报告", wire) == "government_work_report"  # a title still decides first
    page = "营商环境优化 市场活力激发\n\n来源:海南日报\n\n作者:刘梦晓\n\n1月24日，专场新闻发布会在海口举办。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"  # a newspaper's source line, removed as clutter


def test_a_report_delivered_told_in_the_third_person_is_a_news_story_of_it():
    """省长王凯作政府工作报告 in a story's lead (rounds 121-125: nine such pages, all news); the report itself says
    我代表…; a line telling the delivery is no title, even where it names the genre."""
    lead = "河南省十四届人大二次会议开幕\n\n省长王凯作政府工作报告\n\n带你读懂报告\n\n2023年生产总值增长4.1%"
    assert find_doc_type("", lead) == "news_report"
    assert find_doc_type("", "市长张三作政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。") \
        == "government_work_report"  # the report reproduced after its lead: its speaker's own words
    page = "今年GDP预期目标增长5%\n\n市长李四作政府工作报告\n\n2023年生产总值增长4.8%。"
    assert find_title(page) == "今年GDP预期目标增长5%"
    yearbook = "【概况】 2008年，某市总工会有30个局工会。" + "全年举办各类技能竞赛1337场次。" * 12 + "主席李凤俊作总结报告。"
    assert find_doc_type("", yearbook) != "news_report"  # told deep in a yearbook's entry, not in a lead


def test_a_breakdown_of_a_reports_tasks_is_a_work_plan_unless_it_is_a_scheme():
    assert find_doc_type("2025年政府工作报告主要目标任务分解", "") == "work_plan"  # round 125
    assert find_doc_type("2024年政府工作报告", "") == "government_work_report"
    assert find_doc_type("关于印发《2023年省〈政府工作报告〉任务分解和责任分工方案》的通知", "") != "work_plan"


def test_a_reports_full_name_run_into_its_first_sentence_is_its_title():
    """关于…计划执行情况及…计划草案的报告受…委托，现将… on one line (round 125's 福建 page): the name is the title, whole,
    though 计划 inside it is a genre's word too; so the genre and the year reported follow."""
    text = ("关于某省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告受某省人民政府委托，"
            "现将某省2023年国民经济和社会发展计划执行情况及2024年计划草案提请审议。\n2023年，全省经济持续恢复。")
    meta = infer_metadata(text, "x.txt")
    assert meta["title"] == "关于某省2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
    assert (meta["doc_type"], meta["year_start"]) == ("progress_report", 2023)


def test_blank_lines_between_a_pages_first_lines_do_not_hide_a_dated_lead():
    page = "某某广播电台 Radio\n\n今年GDP预期目标增长5%\n\n1月23日，某省十四届人大二次会议开幕，省长在开幕会上作政府工作报告。"
    assert find_doc_type("", page) == "news_report"


def test_a_review_a_yearbook_entry_a_summary_and_plan_and_a_committee_report_are_told_by_their_words():
    assert find_doc_type("情暖职工聚合力——铜仁市总工会2025年工作综述", "") == "work_summary"
    assert find_doc_type("", "2022卷\n总工会\n【概况】自治区总工会于1949年5月成立") == "work_summary"
    # a page's lines run into the entry's, its heading spaced: still a yearbook's overview
    assert find_doc_type("", "门户网站www.九江市总工会【概 况】 2010年，九江市各级工会组织动员…") == "work_summary"
    # a midterm review named inside the title marks of a notice the entry cites (round 209's 呼兰 entry) is not its genre
    entry = ("农业农村\n【概    况】2022年,呼兰区农业农村局贯彻中央、省、市级农业农村工作会议精神。按照省农业农村厅下发"
             "《关于农村集体资产财务管理系统整省试点情况通报和开展中期评估工作的通知》要求,分批次指导各乡镇启动试点工作。")
    assert find_doc_type("农业农村", entry) == "work_summary"
    assert find_doc_type("", "受省政府委托,现将全省规划纲要实施中期评估情况报告如下,请予审议。") == "progress_report"
    # a yearbook's volume over a bracketed heading of its entry (round 215's 内蒙古 entry)
    assert find_doc_type("", "2020卷\n【行政区划】内蒙古自治区，简称内蒙古，首府呼和浩特市。") == "work_summary"
    both = "一、2024年工作完成情况\n建设高标准农田6万亩。\n二、2025年工作计划\n稳定粮食播种面积。"
    assert find_doc_type("", both) == "summary_and_plan"
    assert find_doc_type("", "一、2024年工作完成情况\n建设高标准农田6万亩。\n二、存在问题\n资金不足。") == "unknown"
    speech = "围绕中心服务大局\n——在市总九届八次常委(扩大)会议上的工作报告\n同志们："
    assert find_doc_type("围绕中心服务大局", speech) == "work_report"


def test_no_place_from_a_preposition_before_a_county_or_a_phrase_before_a_province_and_one_from_a_sister_body():
    notice = "各乡、镇人民政府，县直各有关单位：\n经县政府同意，现将《任务分解》印发给你们。"
    assert find_place("", notice, "x.txt") == ("", "")
    lead = "1月24日，专场新闻发布会在海口举办。发布会围绕省政府工作报告中的关键点，介绍…"
    assert find_place("营商环境优化", lead, "x.txt")[0] != "发布会围绕省"
    assert find_place("", "日前，安徽省妇联向各市妇联印发《全省妇联2025年工作要点》", "x.txt") == ("安徽省", "opening")


def test_a_news_story_of_a_plan_issued_gets_the_plans_year():
    story = "日前，安徽省妇联向各市妇联印发《全省妇联2025年工作要点》，明确今年工作总体思路。\n据悉，今年将持续深化…"
    meta = infer_metadata(story, "x.txt")
    assert (meta["year_start"], meta["place"], meta["doc_type"]) == (2025, "安徽省", "news_report")
    assert infer_metadata("认真落实省总印发的《2024年工作要点》，全年发展会员100人。", "x.txt")["year_start"] is None


def test_a_headline_with_a_comma_over_a_news_lead_is_the_title_without_its_arrow():
    story = "广中路街道召开社代会，明年实事项目确定了→\n日前，广中路街道召开2024年社区代表大会。"
    assert find_title(story) == "广中路街道召开社代会，明年实事项目确定了"
    assert find_title("今年，全市工会要抓好三件事\n一、加强宣传") == ""  # no lead under it: a sentence


def test_a_year_that_opens_on_honours_won_is_a_summary():
    opening = "2023年，西宁市总工会不断夯实主责主业。先后荣获“全国工会系统先进集体”等称号。\n一、职工思想政治引领不断加强"
    assert find_doc_type("", opening) == "work_summary"


def test_a_congress_report_under_a_collection_label_and_a_notice_citing_a_government():
    speech = "工会代表大会工作报告 篇1\n各位代表、同志们:\n受公司第五届职代会主席团的委托,我向大会作职代会工作报告,请予审议。"
    meta = infer_metadata(speech, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("工会代表大会工作报告", "work_report")  # the salutation is no title
    notice = "关于下达2010年促进就业工作目标责任制的通知\n根据《福建省人民政府关于做好促进就业工作的通知》精神"
    assert find_doc_type("", notice) != "government_work_report"  # a government's document cited
    assert find_doc_type("", "各位代表：\n我现在根据国务院的决定，向大会作政府工作报告。") == "government_work_report"


def test_a_meeting_held_a_dated_event_lead_and_a_summary_label_make_news_and_a_leading_year_dates_a_title():
    assert find_doc_type("市总工会召开2024年工作总结及2025年工作谋划务虚会", "") == "news_report"
    assert find_doc_type("关于召开2024年工作会议的通知", "") != "news_report"  # a notice of a meeting to come
    lead = "3月9日上午，某农场公司第七届职工代表大会第五次会议在《国歌》声中隆重开幕。"
    assert find_doc_type("", lead) == "news_report"
    assert find_doc_type("", "核心提示 7月21日，某县召开动员大会，全面部署创建工作。") == "news_report"
    summary = "镇工会工作总结\n今年以来，我镇工会做了以下工作：\n一、民主管理\n3月9日，召开了职代会。"
    assert find_doc_type("", summary) == "work_summary"  # a dated event deep in a summary
    assert find_years("2016中学工会工作计划", "x.txt", "") == (2016, 2016)


def test_a_text_that_opens_on_this_year_so_far_is_a_summary():
    assert find_doc_type("", "今年以来，某区总工会聚焦职工需求，创新服务模式。\n精研细访拓覆盖") == "work_summary"
    assert find_doc_type("", "在过去的一年里，某局围绕中心工作，扎实开展各项工作。\n一、指标完成情况") == "work_summary"
    assert find_doc_type("", "某局上下团结一心。本报告将回顾一年来的工作进展和成果。") == "work_summary"  # says it reviews
    assert find_doc_type("", "过去一年，我们坚持稳中求进。\n今年要抓好以下工作。") != "work_summary"  # a report's review


def test_a_story_that_reports_its_news_as_an_outlets_and_a_plan_of_the_day_are_told_apart():
    """消息 after a paper or site is a wire's word; the same word in a sentence, or a day's time in a plan's
    schedule without a dateline's place, is not."""
    assert find_doc_type("", "某县工会2024年活动安排\n3月5日上午，开展志愿服务活动，组织职工200人参加。") != "news_report"
    assert find_doc_type("", "及时发布招聘消息，帮助职工就业。") != "news_report"
    assert find_doc_type("", "某县总工会2024年工作计划\n一、指导思想\n二、任务\n今年以来，…") != "work_summary"  # not its opening


def test_a_subtitle_naming_the_year_and_the_genre_gives_the_year_when_title_and_date_lines_do_not():
    text = "六届三次教代会、工会工作报告\n强化服务意识 提升保障水平 ——2015 年某大学教代会、工会工作报告\n正文，开始。"
    assert find_years("六届三次教代会、工会工作报告", "x.txt", text) == (2015, 2015)
    assert find_years("工作报告", "x.txt", "工作报告\n——在某市总工会全委会议上的报告\n2015年的工作。") == (None, None)


def test_a_byline_dated_in_chinese_numerals_gives_the_year():
    """——二〇二三年一月十五日在江苏省第十四届人民代表大会第一次会议上 (round 169's 江苏 and 宜昌 reports): a report's
    byline written in Chinese numerals dates it as one in Arabic digits does; a year inside a sentence does not."""
    text = "政府工作报告\n——二〇二三年一月十五日在江苏省第十四届人民代表大会第一次会议上\n省长 许昆林\n各位代表："
    assert find_years("政府工作报告", "x.txt", text) == (2023, 2023)
    assert find_years("政府工作报告", "x.txt", "政府工作报告\n——一九九八年三月五日在第九届全国人民代表大会第一次会议上") == (
        1998, 1998)
    assert find_years("工作报告", "x.txt", "工作报告\n各位代表：\n本届政府自二〇一八年一月就职以来，我们坚持稳中求进工作总基调，"
                      "统筹推进各项工作，经济社会发展取得了新的成绩。") == (None, None)


def test_a_notice_cited_as_the_basis_is_not_the_documents_cover():
    """根据《…关于印发…三年行动方案(2022—2024年)的通知》，结合楚雄州实际，制定本行动方案 (round 170's 楚雄 plan): the notice
    cited is another document's, so its title is not this one's, nor its province the place; a cover that hands this
    document on after a comma (为贯彻落实…精神，现将《…》印发给你们) still names it."""
    text = ("全文\n根据《云南省人民政府办公厅关于印发云南省农业现代化三年行动方案(2022—2024年)的通知》，结合楚雄州实际，"
            "制定本行动方案。\n一、总体要求\n（一）指导思想。以新发展理念为引领，推进楚雄州农业现代化。")
    assert "云南省农业现代化" not in find_title(text)
    assert infer_metadata(text, "x.txt")["place"] != "云南省"
    cover = ("某市总工会文件\n关于印发《某市总工会2021年工作要点》的通知\n各县区总工会：\n"
             "为深入贯彻落实全会精神，现将《某市总工会2021年工作要点》印发给你们，请认真贯彻执行。\n一、总体要求")
    assert find_title(cover) == "某市总工会2021年工作要点"


def test_a_disclosure_pages_field_table_gives_its_title_row_and_hides_the_others():
    text = ("某县政府信息公开专栏 >> 水利局 >> 政府信息公开基础平台\n索 引 号: | 11220622412906087Q/2022-10119 |\n"
            "分 类: | 其他 ; 报告 |\n成文日期: | 2022年10月31日 |\n标 题: | 靖宇县水利局2022年工作总结及2023工作安排情况报告 |\n"
            "中共靖宇县委办公室:\n现将水利局工作总结及下一步工作安排报告如下:\n一、基本情况")
    assert find_title(text) == "靖宇县水利局2022年工作总结及2023工作安排情况报告"


def test_a_breadcrumb_trail_gives_its_last_step_only_when_that_names_a_genre():
    text = "找总结网 > 工作计划 > 年度工作计划 > 镇政府2019年工作总结和2020年工作计划\n\n2020年是关键一年。镇政府坚持…。"
    assert find_title(text) == "镇政府2019年工作总结和2020年工作计划"
    news = ("福建妇联新闻> 基层互动\n> 正文\n惠安县妇联召开十四届十四次执委(扩大)会\n"
            "惠安县妇联十四届十四次执委(扩大)会议于3月26日召开。会议回顾总结了过去一年的工作。")
    meta = infer_metadata(news, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("惠安县妇联召开十四届十四次执委(扩大)会", "news_report")


def test_a_speakers_line_is_no_title_and_template_decorations_come_off_layer_by_layer():
    text = "——2016年1月6日在某市第十五届人民代表大会第五次会议上\n市长 魏尧\n各位代表:\n现在，我代表市人民政府，向大会报告工作。"
    assert find_title(text) == ""
    assert find_title(text.replace("魏尧", "秦 猛")) == ""  # a two-character name spaced to a three's width (round 121)
    assert find_title(text.replace("市长 魏尧", "市发展改革委主任 郭 平")) == ""
    assert find_title("镇目标工作计划(2篇).docxVIP\n为了推动我镇发展，特制定本计划。") == "镇目标工作计划"
    assert find_title("有关于医院工会工作总结范文|医院工会工作总结\n以下是医院工会工作总结。") == "医院工会工作总结"


def test_a_dated_title_under_a_category_line_is_the_title():
    text = "团委半年工作总结\n团县委2023年度上半年工作总结及下半年工作思路\n今年以来，团县委开展了一系列工作。"
    assert find_title(text) == "团县委2023年度上半年工作总结及下半年工作思路"
    assert find_title("某市总工会2020年工作要点\n2020年工作总结与计划\n一、目标") == "某市总工会2020年工作要点"  # dated: kept


def test_a_cover_notice_or_a_dated_news_lead_names_the_title():
    notice = ("各有关单位:\n《西安市高陵区稳就业促就业三年行动方案(2022—2024年)》已经区政府同意,现印发你们,请认真贯彻执行。\n"
              "西安市高陵区人民政府办公室\n2022年11月11日")
    assert find_title(notice) == "西安市高陵区稳就业促就业三年行动方案(2022—2024年)"
    lead = ("1月12日,省发展和改革委员会受省政府委托,以书面形式向省人民代表大会作《关于安徽省2019年国民经济和社会发展计划执行情况"
            "与2020年计划草案的报告》。\n报告指出,2019年,全省统筹推进各项工作。")
    assert find_title(lead) == "关于安徽省2019年国民经济和社会发展计划执行情况与2020年计划草案的报告"
    speech = "各位代表：\n现在，我代表国务院，向大会作关于第一个五年计划的报告。"  # no news lead: the speaker's words
    assert find_title(speech) == ""


def test_a_summarys_year_is_the_year_its_first_line_of_text_opens_on():
    text = "市科协科普工作总结\n时间:2024-02-14 16:39:54\n2011年,市科协在市委的正确领导下,开展了系列活动,现将主要工作总结如下:\n一、科普"
    assert infer_metadata(text, "x.txt")["year_start"] == 2011


def test_a_news_storys_year_is_the_year_its_lead_names_else_its_pages_time_stamp():
    lead = "工会新闻\n市总工会召开年度工作总结暨表彰大会\n1月19日，汉中市总工会召开2022年度机关工作总结暨表彰大会，全体干部参加。"
    assert infer_metadata(lead, "x.txt")["year_start"] == 2022
    stamp = ("区总工会召开四届五次全会\n来源:昭阳信息网  更新时间:2023-11-23 23:38\n"
             "11月23日，昭阳区总工会召开四届五次全体会议，全面总结去年全区工会工作。")
    assert infer_metadata(stamp, "x.txt")["year_start"] == 2023
    past = "在某区的新闻发布会上，区领导介绍说：全区要建设就业大区。\n为此，该区2001年提出为民办好10件实事。"
    assert infer_metadata(past, "x.txt")["year_start"] is None  # a later line tells of the past


def test_a_news_storys_page_stamp_outweighs_an_earlier_year_a_later_sentence_names():
    """A story stamped 2023-03-29 whose lead names no year, and whose second paragraph tells of a speech at a meeting
    that summed up 2022 (round 124's 西藏 story): the story is of 2023."""
    page = ("某区总工会召开纪念座谈会\n来源:中工网\n2023-03-29 13:48\n中工网讯 3月28日下午，某区总工会召开座谈会。\n"
            "座谈会传达学习了书记在2022年度总结表彰暨2023年度动员部署会上的讲话精神。")
    assert infer_metadata(page, "x.txt")["year_start"] == 2023


def test_a_news_story_is_dated_no_later_than_the_deadline_it_sets_ahead():
    """贵州将建270个…驿站 on a page stamped 时间:2020-08-06, whose story says the unions 将…在2019年底前建成…130个 (round
    193): a story told before the deadline it sets, reposted later, is of that year; a deadline an old plan set, retold
    (2019年省里提出将在2020年底前…), or one already met, does not date the story."""
    head = "贵州将建270个“工会户外劳动者服务驿站”\n时间:2020-08-06 作者:佚名\n"
    story = ("7月18日，记者从建设启动仪式上获悉，即日起，省总工会将联合银行开展驿站建设工作，在2020年底前建成驿站270个以上。\n"
             "据了解，各级工会将与银行主动对接，在2019年底前建成驿站130个，在2020年底前再建成驿站140个。")
    assert infer_metadata(head + story, "x.txt")["year_start"] == 2019
    retold = story.replace("据了解，各级工会将", "2018年，省里提出各级工会将")
    assert infer_metadata(head + retold, "x.txt")["year_start"] == 2020
    met = story.replace("在2019年底前建成", "已在2019年底前建成")
    assert infer_metadata(head + met, "x.txt")["year_start"] == 2020


def test_a_news_story_of_the_year_before_told_in_the_next_is_dated_by_its_page():
    """《政府工作报告》摘要(一):2021年 全县…目标任务高质量全面完成 on a page stamped 日期:2022年01月24日 (round 170's
    牟定 story), 杭州园林2017年度工会工作总结会议顺利召开 stamped 2018: a story of the year before, told in the next, is
    dated by when it is told, as the labellers of the kept rounds date such pages (20 of 27); a stamp two years on
    is no reading of it."""
    story = ("《政府工作报告》摘要(一):2021年 全县经济社会发展各项目标任务高质量全面完成\n"
             "日期:2022年01月24日   作者:   来源:牟定县融媒体中心\n"
             "1月20日,县长在作《政府工作报告》时,对2021年工作作了全面回顾,对2022年的主要工作作了安排部署。")
    assert infer_metadata(story, "x.txt")["year_start"] == 2022
    meeting = "杭州园林2017年度工会工作总结会议顺利召开\n发布时间：2018-01-26 10:21\n1月25日，会议总结了全年工作。"
    assert infer_metadata(meeting, "x.txt")["year_start"] == 2018
    later = "杭州园林2017年度工会工作总结会议顺利召开\n发布时间：2019-01-26 10:21\n1月25日，会议总结了全年工作。"
    assert infer_metadata(later, "x.txt")["year_start"] == 2017


def test_a_news_storys_year_comes_before_a_span_of_years_it_names():
    # the span is an award of the past (获评…2017—2022年…集体), the story of the page's time stamp
    story = ("某县总工会召开第十七届委员会第二次全体会议\n来源:红网 作者:李景 2023-03-10 11:34:58\n"
             "红网时刻新闻3月10日讯(通讯员 某某)3月9日，某县总工会召开全委会议，回顾总结过去一年的成绩。\n"
             "2022年，某县总工会获评湖南省2017—2022年公益法律服务行动成绩突出集体。")
    assert infer_metadata(story, "x.txt")["year_start"] == 2023


def test_a_headline_under_a_pages_label_is_measured_without_the_label():
    text = ("原标题：某州发布“十四五”规划经济答卷：“四大产业”齐头并进，发展动能澎湃\n"
            "10月20日，某州召开新闻发布会，共同揭晓了一份亮眼的五年成绩单。")
    assert find_title(text) == "某州发布“十四五”规划经济答卷：“四大产业”齐头并进，发展动能澎湃"


def test_a_pages_time_stamp_with_a_news_site_as_its_source_makes_a_news_story_of_that_year():
    page = ("某市工会开展欢庆国庆系列活动\n2017-10-30 18:33 来源:某某网\n"
            "某市总工会举办职工运动会，全市17家单位14支队伍参赛。某县总工会开展两节慰问，为5户结对户送上慰问金。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2017)
    plan = "某市总工会2018年工作要点\n2017-12-30 18:33 来源:某某网\n一、加强思想引领"
    assert infer_metadata(plan, "x.txt")["doc_type"] == "work_points"  # the title's genre comes first


def test_a_source_and_its_time_stamp_with_a_view_count_make_a_news_story():
    """宝盒观城市2024-07-16 10:31:40  42 (round 222's page of a city's district GDP figures, of no known genre): a blog's
    name with the date and time it posted and the times it was read stamps a news story."""
    page = "2023年某市各地GDP表现，某区突破千亿\n\n宝盒观城市2024-07-16 10:31:40  42\n\n某市2023年全市地区生产总值1673亿元。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2024)


def test_a_reporters_byline_with_a_colon_makes_a_news_story():
    """来源:齐鲁壹点 记者:李梓博 5月30日,… (round 224's story of a county's award)."""
    page = "某县2022年工作情况\n记者:李某博\n全县获得高质量发展先进县称号。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"
    assert infer_metadata(page.replace("记者:李某博\n", ""), "x.txt")["doc_type"] == "unknown"


def test_a_speechs_dateline_is_no_title_and_dates_the_report_also_run_onto_the_title():
    opening = "2018年4月17日在某市第五届人民代表大会第四次会议上\n某市代市长李某\n各位代表:现在,我代表市人民政府向大会报告工作。"
    meta = infer_metadata(opening, "x.txt")
    assert not meta["title"].startswith("2018年4月17日") and meta["year_start"] == 2018
    run_on = ("政府工作报告—2021年7月29日在某县第八届人民代表大会第一次会议上某县人民政府代理县长 孙某\n"
              "各位代表:\n现在,我代表县人民政府向大会报告工作。")
    assert infer_metadata(run_on, "x.txt")["year_start"] == 2021


@pytest.mark.parametrize("opening", [
    "缙云发布 2022-11-14 17:17\n为加强山区职工疗休养合作，11月9日，协作活动在缙云举行。",  # a publisher's stamp
    "2月21日，记者从某地区工会办事处了解到，今年将着力做好十项工作。",  # what a reporter learned
    "某某信息港讯(某某日报 记者李某某)某州位于云南省最南端。",  # a byline in brackets
    "昨日上午，省总工会与某市人民政府联合主办的协作活动在某县举行。",  # a lead that opens on the day of an event
    "某某日报消息，3月2日，区总工会召开执委会，通报了上年工作。",  # a paper's 消息 lead
    "某网-某某晚报消息：市工会启动职工技能大赛，共设12个赛项。",  # a site and its paper
    "春风送暖迎新岁。\n3月5日上午，某某南宁，某某会堂。\n自治区总工会全委会在此举行。",  # a feature's dateline
])
def test_a_news_storys_marks_make_a_text_of_no_genre_news(opening):
    assert infer_metadata(opening, "x.txt")["doc_type"] == "news_report"


def test_a_five_year_plan_named_without_quotes_before_its_genre_dates_the_title():
    assert find_years("驻马店市汝南县国民经济和社会发展十四五规划", "x.txt", "") == (2021, 2025)
    assert find_years("十五计划纲要", "x.txt", "") == (2001, 2005)
    assert find_years("某县十五项重点工作", "x.txt", "") == (None, None)  # a count, not the tenth plan


def test_a_newspapers_headline_in_labelled_parts_gives_its_main_headline():
    page = ("来源:中工网-工人日报\n原标题:聚焦职工需求 投入专项资金(引题)\n某市总打造“十大服务品牌”(主题)\n"
            "中工网讯(工人日报-中工网记者 某某)记者近日获悉，某市总工会今年计划投入专项资金。")
    assert find_title(page) == "某市总打造“十大服务品牌”"
    page = "原标题:某市去年新建基层工会组织181家(主题)\n新增货车司机会员数全省居首(副题)\n某某日报讯(记者 某某)近日，会议召开。"
    assert find_title(page) == "某市去年新建基层工会组织181家"


def test_a_department_beginning_its_account_gives_the_place():
    text = "2022年，是具有特殊重要意义的一年，番禺区卫生健康局围绕发展主线，坚持公益，多项工作成绩明显。"
    assert infer_metadata(text, "x.txt")["place"] == "番禺区"


def test_a_headline_broken_after_a_dash_is_joined():
    text = "全国总工会——\n努力实现2023年底全国服务站点达到15万个\n全国总工会10日在京举行发布会，明确提出目标。"
    assert find_title(text) == "全国总工会——努力实现2023年底全国服务站点达到15万个"
    assert find_title("某市总工会2020年工作要点\n——在全委会议上\n一、目标") == "某市总工会2020年工作要点"  # a subtitle starts on one


def test_a_deadline_year_in_a_headline_is_not_the_documents_year():
    assert find_years("长沙启动服务行动 到2025年建成1000个职工服务站点", "x.txt", "") == (None, None)
    assert find_years("某市2021年工作要点", "x.txt", "")[0] == 2021


def test_an_issuers_place_loses_the_verb_before_it_and_two_names_run_together_are_none():
    assert infer_metadata("走进义乌市总工会一楼大厅，一张工作清单格外引人关注。", "x.txt")["place"] == "义乌市"
    # and the reporter who made the visit
    assert infer_metadata("5月6日，笔者走进太原市总工会数据中心，一面显示屏上数据实时更新。", "x.txt")["place"] == "太原市"
    assert infer_metadata("本报讯 近日，盐田区遵照市政府部署，新增学位1770个。", "x.txt")["place"] == ""
    # a verb of taking a body's requirements in (结合, 对照, 围绕 …) before 区总工会: the district above, named by its level
    assert infer_metadata("今年以来，某街道总工会创新服务模式，结合区总工会的要求，开展了以下工作：", "x.txt")["place"] == ""


def test_a_provinces_name_before_the_noun_city_is_no_city():
    """北京城市副中心: 北京 and the noun 城市 (the city's sub-centre), no city named 北京城; 晋城市 is a city."""
    title = "北京城市副中心（通州区）国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要区级任务分工方案"
    assert infer_metadata(title + "\n正文。", "x.txt")["place"] != "北京城市"
    assert infer_metadata("晋城市2024年工会工作要点\n正文。", "x.txt")["place"] == "晋城市"


def test_levels_named_together_are_no_place():
    """2022年度市县民生实事未完成项目进度表 (round 169's 苍南 table): 市县 names two levels, no place; the page's source
    line names the county."""
    text = ("2022年度市县民生实事未完成项目进度表(截至10月31日)\n发布日期:2022-12-14\n来源:苍南县人民政府办公室\n"
            "序号\n项目内容\n当前进度\n牵头单位\n新建公办园5所。\n80%\n县教育局")
    assert infer_metadata(text, "x.txt")["place"] != "市县"
    assert infer_metadata("沛县2024年工会工作要点\n正文。", "x.txt")["place"] == "沛县"


def test_a_sites_menu_a_shared_files_page_number_and_a_templates_instance_number_are_no_title():
    menu = "首页 资讯 社会 经济 快讯 文化 时尚\n明确2022年工会工作总体要求和主要任务 全面推动工会工作高质量发展\n今天在京召开的会议，明确了任务。"
    assert find_title(menu) == "明确2022年工会工作总体要求和主要任务 全面推动工会工作高质量发展"
    assert find_title("2012年工会年终总结(7)\n时间: 01-01 作者:某某\n二、xx年工作要点") == "2012年工会年终总结"
    page = "1、2020年某镇农业工作计划2020年是收获的一年，在这一年里，我们在区委、区政府的正确领导下，农业农村工作取得了新的成绩。"
    assert find_title(page) == "2020年某镇农业工作计划"


def test_a_report_on_a_plans_execution_and_its_draft_plan_is_a_progress_report():
    title = "关于成都市2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
    assert find_doc_type(title, "") == "progress_report"


def test_a_speaker_who_represents_a_government_names_no_place_and_a_verb_before_a_byline_place_comes_off():
    title = "韩寓群代表省政府作政府工作报告"
    text = title + "\n昨天上午，山东省第十届人民代表大会第二次会议在山东会堂隆重举行。"
    assert find_place(title, text, "x.txt")[0] == "山东省"
    lead = "本报讯 三百多名人大代表满怀期望，参加天水市四届人大七次会议。"
    assert find_place("", lead, "x.txt")[0] == "天水市"


def test_title_lines_a_page_lays_out_of_rounds_44_and_45():
    # a 关于 title broken before the noun it ends on goes on in the next line
    broken = "金寨县十八届人大\n关于金寨县2024年国民经济和社会发展计划\n执行情况与2025年计划草案的报告\n各位代表：\n现在报告。"
    meta = infer_metadata(broken, "x.txt")
    assert meta["title"] == "关于金寨县2024年国民经济和社会发展计划执行情况与2025年计划草案的报告"
    assert meta["doc_type"] == "progress_report"
    # a shared file's page number, a disclosure row's label and date field are no part of the title
    assert find_title("2025年学校工会工作计划_第1页\n2025年学校工会工作计划_第2页\n一、指导思想\n坚持。") == \
        "2025年学校工会工作计划"
    assert find_title("名 称: 市教育局教育规划落实情况工作报告 发布日期: 2024年02月27日\n一、总体情况\n完成。") == \
        "市教育局教育规划落实情况工作报告"
    # a page's button after a space (round 208's 福州三中 page, its text run on after the stamp line below)
    page = ("福州三中2019年工會工作總結 二維碼\n發表時間:2019-12-31 17:38 2019年學校工會在學校黨委和上級工會領導下，"
            "團結動員全校教職工，成功完成以下活動：1、組織召開第八屆教代會第十五次全體會議。2、組織教職工觀看電影，豐富教職工的業餘生活。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == ("福州三中2019年工会工作总结", 2019, "work_summary")
    # a year alone over a graphic's figures is no title (round 211's 重庆 graphic)
    assert find_title("2023年\n重庆地区生产总值迈上3万亿元新台阶\n城镇新增就业73.9万人") != "2023年"
    # round 213's pages: a call for comments names its draft; a site's logo text and like count, and a button line
    # between a headline with a comma and its lead, are no title's business; a government site's name over its story
    assert find_title("当前位置: 首页 >> 民意征集\n关于《临沧市2023年促进县(区)高质量发展实施方案》(征求意见稿)的公告\n"
                      "时间:2023-03-09\n为推动县域高质量发展，现公开征求意见。") == "临沧市2023年促进县(区)高质量发展实施方案"
    page = ("澎湃Logo\n  • +1\n2024年江西加快构建现代化产业体系,GDP预计增长5%\n字号\n"
            "1月23日,江西省十四届人大二次会议在南昌开幕,江西省省长叶建春作政府工作报告。")
    assert find_title(page) == "2024年江西加快构建现代化产业体系,GDP预计增长5%"
    assert find_title("文山市人民政府\n\n文山市开展“喜迎二十大 佳节暖人心” 2022年中秋国庆送温暖慰问活动\n\n"
                      "信息来源:总工会     发布日期:2022年10月04日     作者:杨红梅     点击:    \n[字体: ]\n\n"
                      "在中秋国庆来临之际,市总工会组织开展了慰问活动。") \
        == "文山市开展“喜迎二十大 佳节暖人心” 2022年中秋国庆送温暖慰问活动"
    # the page's date in brackets after the title (round 208's 进贤 report)
    assert find_title("进贤县2023年政府工作报告(20230106)\n各位代表：\n现在，我代表县人民政府作报告。") == "进贤县2023年政府工作报告"
    # the leaders who led the union's people are no place (秀屿区领导带领区总工会…, round 208)
    story = ("工地战高温 关爱送清凉\n秀屿区为一线职工开展“送清凉”活动\n"
             "连日来,秀屿区领导带领区总工会人员迎着骄阳,深入辖区内企业,为坚守在高温工作一线的职工们送去清凉。"
             "据悉,秀屿区总工会向全区各级工会组织发出通知。")
    assert infer_metadata(story, "x.txt")["place"] == "秀屿区"
    # a link's words and a news dateline alone on its line are no title
    linked = "（点击查阅更多2014年地方政府工作报告）\n——2014年1月22日在珠海市第八届人民代表大会第四次会议上\n各位代表：\n现在报告。"
    assert "点击" not in find_title(linked)
    assert find_title("大众网青岛2月19日讯\n（记者 安玉生）今天上午，青岛市第十五届人民代表大会第三次会议开幕。") != "大众网青岛2月19日讯"


def test_a_place_after_guanyu_and_a_county_of_one_character_head_a_title():
    assert find_place("关于九江市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "", "x.txt") == ("九江市", "title")
    assert find_place("2022年莘县国民经济和社会发展统计公报", "", "x.txt") == ("莘县", "title")
    for title in ("2022年全县国民经济和社会发展统计公报", "关于加快推进城市更新的实施方案", "关于进一步加强社区工作的意见"):
        assert find_place(title, "", "x.txt") == ("", ""), title


@pytest.mark.parametrize("text, title", [
    ("齐齐哈尔市政府工作报告(2022年1月13日 沈宏宇)\n各位代表：", "齐齐哈尔市政府工作报告"),  # the day it was given
    ("贵州铜仁市总工会:奋力开创工会工作新局面 - 贵州 - 中工网\n来源:中工网\n2021年，铜仁市工会将围绕…。",
     "贵州铜仁市总工会:奋力开创工会工作新局面"),  # the site's path
    ("2022年莘县国民经济和社会发展统计公报 2022\n2022年，在县委的领导下，经济平稳增长。", "2022年莘县国民经济和社会发展统计公报"),
    ("工人日报-中工网\n工人日报 2022年09月30日 星期五\n吉林白山市总倾情聚力服务职工\n本报讯 市直机关职工排球赛激情飞扬。",
     "吉林白山市总倾情聚力服务职工"),  # a site's names, a newspaper's date line
    ("2017年 8月 12日 星期\n当前版: 001版  下一版 上一期\n\n四川省工会“金秋助学”启动仪式在绵举行\n\n本报讯(记者 某某)昨(11)日，仪式举行。",
     "四川省工会“金秋助学”启动仪式在绵举行"),  # an e-paper's date line, its weekday lost with its image (round 201)
    # a deck line telling who delivered the report is the story's, not its title (round 205)
    ("第一版:要闻版 >2024-01-22编印\n\n县十六届人大四次会议开幕\n执行主席某某在主席台前排就座 县长某某某代表县人民政府向大会作工作报告\n"
     "刊发日期:2024-01-22 作者:\n\n1月21日上午，某县第十六届人民代表大会第四次会议开幕。", "县十六届人大四次会议开幕"),
    ("[ 索引号 ] 11500101/2025-00014\n[ 主题分类 ] 国民经济发展规划、计划\n[ 发布机构 ] 万州区发展改革委\n"
     "关于重庆市万州区2024年国民经济和社会发展计划执行情况\n及2025年计划草案的报告",
     "关于重庆市万州区2024年国民经济和社会发展计划执行情况及2025年计划草案的报告"),  # disclosure fields
    ("要闻动态\n师宗县总工会召开第八届六次全委(扩大)会议\n发布时间:2012-12-31 14:38  来源:师宗县总工会\n"
     "回顾总结部署安排 表彰先进展望未来\n12月25日下午，会议召开。", "师宗县总工会召开第八届六次全委(扩大)会议"),  # over its stamp
    ("晋中大同吕梁\n山西频道\n山西频道 > 正文\n新晋·新局|2023年的大同，将建成一座怎样的“城”？\n2023年03月21日 09:00:53 来源: 新华网",
     "新晋·新局|2023年的大同，将建成一座怎样的“城”？"),  # after a breadcrumb that ends on the story
])
def test_a_news_pages_headline_without_the_pages_fields(text, title):
    assert find_title(text) == title


@pytest.mark.parametrize("title", ["衡水市工会第四次代表大会开幕", "鄂尔多斯市工会第五次代表大会胜利闭幕",
                                   "鞍山市总工会第十三届委员会第八次全体(扩大)会议召开",
                                   "张家口市总工会第二十五届委员会第三次全体会议召开——为全市交出高质量发展优异答卷",
                                   "“贵州高质量完成‘十四五’规划”系列主题新闻发布会举行,首场从五个关键字看贵阳贵安五年答卷",
                                   "市总工会召开2024年工作会议，部署全年重点任务"])
def test_a_headline_of_a_meeting_that_opens_closes_or_is_held_is_news(title):
    assert find_doc_type(title, "") == "news_report"


def test_a_dated_lead_of_a_visit_is_news_and_a_plan_named_so_is_no_meeting():
    assert find_doc_type("", "6月22日至27日，闵行区总工会一行7人，来到保山市开展交流学习活动。") == "news_report"
    assert find_doc_type("关于召开2024年工会工作会议的通知", "") != "news_report"
    assert find_doc_type("市总工会2024年工作要点", "") == "work_points"


def test_a_notice_forwarding_a_plan_through_its_sender_and_a_news_lead_of_a_document_issued_give_the_title():
    notice = ("滕州市人民政府办公室\n关于转发市发展和改革局《滕州市2021年国民经济和社会发展计划》的通知\n"
              "各镇人民政府、街道办事处：\n市发展和改革局《滕州市2021年国民经济和社会发展计划》已经审议通过，现转发给你们。")
    assert find_title(notice) == "滕州市2021年国民经济和社会发展计划"
    assert find_place("关于转发市发展和改革局《滕州市2021年国民经济和社会发展计划》的通知", "", "x.txt") == ("", "")
    lead = "近日，中共酒泉市委发布关于建设酒泉区域中心城市的意见，意见指出加快创建全国新能源产业示范区。\n建强新能源大基地。"
    assert find_title(lead) == "关于建设酒泉区域中心城市的意见"
    assert find_doc_type(find_title(lead), lead) == "opinions"


def test_a_report_that_reviews_a_year_under_its_heading_is_given_the_year_after():
    """政府工作报告 alone, its page cut before its plan's heading: 一、过去四年及2021年工作回顾 dates it 2022. A summary
    of 2021 keeps 2021."""
    report = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、过去四年及2021年工作回顾\n过去四年，极不平凡。"
    m = infer_metadata(report, "x.txt")
    assert (m["year_start"], m["doc_type"]) == (2022, "government_work_report")
    assert infer_metadata("某局2021年工作总结\n一、2021年工作回顾\n全年完成…。", "x.txt")["year_start"] == 2021


def test_a_pages_update_note_after_the_title_is_no_year_of_the_plan():
    text = "泸州市江阳区国民经济和社会发展“十四五”规划(2022年更新)\n第一篇 开启新征程"
    assert find_title(text) == "泸州市江阳区国民经济和社会发展“十四五”规划"
    assert find_years(find_title(text), "x.txt", text) == (2021, 2025)


def test_a_page_whose_source_line_names_a_news_outlet_is_news_under_a_headline_of_words():
    page = ("您当前所在位置:首页 > 要 闻 > 焦点图\n银川:汇聚“工人力量” 唱响新时代劳动者之歌\n"
            "作者:信息来源:银川发布客户端发布日期:2023-04-27访问次数:\n银川市总工会坚持…，各项工作取得了新成效。\n"
            "◆新建工会组织316个，发展会员25133人。")
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"
    notice = "某市总工会2023年工作要点\n来源:某市新闻网 发布日期:2023-03-01\n一、总体要求\n…"
    assert infer_metadata(notice, "x.txt")["doc_type"] == "work_points"  # the title's genre comes first


def test_a_headline_naming_its_subject_then_what_came_of_it_is_news_unless_a_genre_or_a_label():
    """主体：… headlines (长春市总工会：提质升级让服务触手可及; 某市“十四五”发展报告：…多项指标超额完成) are news stories;
    an attachment's label (附件1：…工作要点) or a topic's (专题：…政府工作报告) before a genre's name is no headline."""
    assert find_doc_type("长春市总工会：提质升级让服务触手可及", "") == "news_report"
    assert find_doc_type("某市“十四五”发展报告：城乡收入差距缩小，多项指标超额完成", "") == "news_report"
    assert find_doc_type("附件1：某市总工会2024年工作要点", "") == "work_points"
    assert find_doc_type("专题：2024年某市政府工作报告", "") == "government_work_report"
    # a report's part and its slogan is no story's subject: the body tells the genre
    assert find_doc_type("2025年工作任务：勇创佳绩攀新高 增创优势开新局",
                         "今年政府工作的总体要求是：坚持稳中求进") == "government_work_report"
    assert find_doc_type("2024年工作回顾：砥砺奋进谱新篇", "") == "work_summary"
    # the subject's words are no place of the title: the lead names it (河北沧州市总 → 沧州市)
    lead = "近日，沧州市总工会召开九届八次全委(扩大)会议。"
    assert find_place("河北沧州市总：以改革创新开创工会工作新局面", lead, "x.txt")[0] == "沧州市"


def test_a_task_done_of_a_meetings_decisions_names_no_place():
    """…，较好完成市十五届人大一次会议确定的目标任务: 较好完成 is no part of a place's name."""
    text = "报告指出，去年，我市坚持稳中求进，较好完成市十五届人大一次会议确定的目标任务。"
    assert find_place("", text, "x.txt")[0] != "较好完成市"


def test_a_one_character_name_before_a_level_is_no_place_unless_listed():
    """——访市人大代表 (an interview's subtitle) names no 访市; 全面落实省《政府工作报告》 no 全面落实省; 芒市 and 沛县 are
    places (places.csv)."""
    title = "汇聚力量建功强省会——访市人大代表、市总工会常务副主席某某"
    assert find_place(title, "“政府工作报告总结全面客观。”市人大代表表示。", "x.txt")[0] == ""
    text = "各有关单位：\n为贯彻落实全国两会精神，全面落实省第十三届人民代表大会第四次会议通过的省《政府工作报告》部署。"
    assert find_place("", text, "x.txt")[0] == ""
    assert find_place("芒市总工会2024年工作要点", "", "x.txt")[0] == "芒市"
    assert find_place("沛县总工会2024年工作要点", "", "x.txt")[0] == "沛县"


def test_a_meeting_opened_yesterday_and_a_lead_tagged_by_two_outlets_are_news():
    """市十六届人大二次会议昨日隆重开幕 is a meeting's news; 大江网/萍乡头条客户端讯 a wire tag, so a story quoting
    …代表市人民政府向大会报告工作 is no government work report."""
    assert find_doc_type("市十六届人大二次会议昨日隆重开幕", "") == "news_report"
    lead = "大江网/萍乡头条客户端讯记者某某报道：10月20日，萍乡市第十六届人民代表大会第一次会议开幕。代理市长代表市人民政府向大会报告工作。"
    assert find_doc_type("", lead) == "news_report"
    speech = "各位代表：现在，我代表市人民政府向大会报告工作。"
    assert find_doc_type("", speech) == "government_work_report"  # the speech itself, no wire tag


def test_a_columns_tag_and_a_wire_lead_before_the_headline_are_no_part_of_the_title():
    """聚焦市工代会|日照市工会工作高质量发展综述 and 工会送温暖丨…: the column's tag goes (a site's name after | still does);
    东北网1月9日讯 题：… is a wire lead; a story's own kind (…工作侧记) makes it news, though it names a 报告."""
    assert find_title("聚焦市工代会|日照市工会工作高质量发展综述\n正文。") == "日照市工会工作高质量发展综述"
    assert find_title("工会送温暖丨个旧市总工会走访慰问困难职工\n近日，…。") == "个旧市总工会走访慰问困难职工"
    assert find_title("某某劳动竞赛|全球头条\n近日，…。") == "某某劳动竞赛"
    wire = "东北网1月9日讯 题:跳跃式发展著华章——七台河市人民政府向人民代表报告2008年工作侧记\n2008年，…。"
    title = find_title(wire)
    assert title == "跳跃式发展著华章——七台河市人民政府向人民代表报告2008年工作侧记"
    assert find_doc_type(title, "") == "news_report"


def test_a_story_with_no_headline_whose_photos_are_credited_is_news():
    """A page of a union's campaign story without its headline or any wire tag (round 81; round 68 had the same page):
    its photo captions closed by a credit ((供图)) tell a news story, as a reporter's byline does."""
    page = ("2026年元旦春节期间，某市总工会启动专项送温暖行动，累计慰问超3500人。\n"
            "工会干部与39名劳动者结对，召开11次一线职工座谈会。\n慰问一线职工。(供图)\n"
            "市总工会走访劳动模范204人。\n")
    assert infer_metadata(page, "page.txt")["doc_type"] == "news_report"
    assert infer_metadata(page.replace("(供图)", ""), "page.txt")["doc_type"] == "unknown"


def test_an_overview_of_a_place_reviews_and_a_document_cited_by_its_approver_names_no_issuer():
    """聊城市概况 (a yearbook's overview of a year: round 78): a record of the year, of the place its title names; the
    State Council that approved the city (根据国务院国函〔1997〕82号文批复) is no speaker of a national report."""
    text = ("聊城市概况\n根据国务院国函[1997] 82号文批复，1997年9月12日，撤销聊城地区，设立地级聊城市。"
            "1997年，全市实现国内生产总值218亿元，比上年增长10.23%。\n")
    meta = infer_metadata(text, "overview.txt")
    assert (meta["doc_type"], meta["place"]) == ("work_summary", "聊城市")
    assert find_doc_type("2023年某县经济社会发展概况", "") == "work_summary"
    assert find_place("", "根据国务院国函〔2020〕5号批复，设立某新区。", "x.txt")[0] != "全国"
    assert find_place("", "根据中共中央、国务院印发的《乡村全面振兴规划》，结合我市实际，制定本方案。", "x.txt")[0] != "全国"
    assert find_place("", "根据国务院的决定，我向大会报告工作。", "x.txt")[0] == "全国"


def test_a_place_written_under_those_above_it_is_the_lowest_and_its_province_is_kept():
    """山东滨州：… gives 山东省滨州市; a county's report names its prefecture first (2022年大理白族自治州祥云县…统计公报):
    the document is of the lowest place (rounds 68–81 wrote the lowest in sixteen such cases), its province kept."""
    meta = infer_metadata("2022年大理白族自治州祥云县国民经济和社会发展统计公报\n2022年，全县经济平稳增长。\n", "x.txt")
    assert (meta["place"], meta["level"]) == ("祥云县", "county")
    meta = infer_metadata("宁夏回族自治区银川市2023年工作要点\n一、总体要求\n", "x.txt")
    assert (meta["place"], meta["province"]) == ("银川市", "宁夏")
    assert infer_metadata("郑州市金水区2023年工作要点\n一、总体要求\n", "x.txt")["place"] == "金水区"


def test_a_title_opened_by_guanyu_runs_over_its_lines_to_its_noun():
    """关于广汉市2025年1—6月国民经济和社会 / 发展计划执行情况的报告 (round 81); 重庆市人民政府关于 / 印发…建设 /
    行动方案(2023—2027年)的通知: the title's lines are joined up to the noun a title opened by 关于 ends on."""
    text = "关于某市2025年1—6月国民经济和社会\n发展计划执行情况的报告\n市人大常委会：\n现将执行情况汇报如下。\n"
    assert find_title(text) == "关于某市2025年1—6月国民经济和社会发展计划执行情况的报告"
    text = "某市人民政府关于\n印发某市推动经济圈建设\n行动方案(2023—2027年)的通知\n各区县人民政府：\n现将方案印发给你们。\n"
    assert find_title(text) == "某市人民政府关于印发某市推动经济圈建设行动方案(2023—2027年)的通知"


def test_a_yearbook_entry_opening_on_its_overview_of_the_year_is_a_record_of_it():
    """青岛市总工会 概 况 2017年，青岛市总工会辖…7个区总工会… (a yearbook's union entry, round 78): its overview opens on
    the year it records, a summary; a plan's 基本概况 section is not one."""
    entry = "某市总工会 概 况 2017年，某市总工会辖7个区总工会，全市建立基层工会组织25899个。 职工思想政治引领 2017年，开展宣讲。"
    assert find_doc_type("", entry) == "work_summary"
    assert find_doc_type("", "一、基本概况 2022年，全县地区生产总值增长6%。\n二、主要任务") != "work_summary"
    # an entry under its bracketed name that opens on the year it records (round 90)
    entry = "【劳模表彰与关怀】2021年，某市总工会深入学习贯彻讲话精神。2月3日，召开迎新春劳模座谈会。"
    meta = infer_metadata(entry, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("work_summary", 2021)
    assert find_doc_type("", "【重点任务】\n一、加强职工思想政治引领") != "work_summary"


def test_a_year_a_title_names_by_its_place_in_a_five_year_plan_and_a_meeting_that_discusses_next_year():
    """“十四五”收官年 (round 83): the plan's last year, not its span; 开局之年 its first. A story of a meeting that sums up
    one year and discusses the next (回顾总结2022年工作，集思广益讨论2023年工作), even one held in December, is of the
    year it plans: so the labellers of rounds 70-94 dated all 20 such stories (it was (2022, 2023) before, and the
    stories that lead with the year summed up were dated by it)."""
    assert find_years("“十四五”收官年 奋力推进中国式现代化汕头实践", "x.txt", "") == (2025, 2025)
    assert find_years("“十五五”开局之年工作要点", "x.txt", "") == (2026, 2026)
    assert find_years("“十四五”规划纲要", "x.txt", "") == (2021, 2025)
    story = ("某市总工会召开领导班子工作务虚会\n2022-12-09 11:08 来源：某网\n"
             "某网讯 12月7日，某市总工会召开领导班子工作务虚会，回顾总结2022年工作，集思广益讨论2023年工作。\n")
    meta = infer_metadata(story, "x.txt")
    assert (meta["year_start"], meta["year_end"]) == (2023, 2023)
    lead = "3月6日，某县总工会召开十届四次全委会议，对2024年全县工会工作进行总结，安排部署2025年目标任务。\n会议要求…"
    assert infer_metadata("某县总工会十届四次全委会议召开\n" + lead, "x.txt")["year_start"] == 2025
    assert infer_metadata("某县总工会召开全委会议\n3月6日，会议总结了2024年工作。", "x.txt")["year_start"] == 2024
    five = "某省总工会全委会议召开\n3月30日，某省总工会全委会议召开。会议回顾总结“十三五”期间和2020年全省工会工作，研究部署2021年工作。"
    assert infer_metadata(five, "x.txt")["year_start"] == 2021  # round 94: 2020, the first year the lead names


def test_a_file_name_gives_a_prefecture_or_county_by_its_pinyin_unless_two_places_share_it():
    """02_huaibei_union-ten-projects.txt with 市总工会 alone in the text (round 82): 淮北市 (resources/places.csv, from
    cpca's table of divisions); fuzhou is 福州 and 抚州, jilin the province first, a short English word nothing.
    datong is 大同市 (a prefecture) and two county-level districts (大同区, 大通区): the city, the one prefecture
    that bears it (round 87); wenshan is written 文山州, not 文山壮族苗族自治州."""
    text = "市总工会研究确定了年度服务职工的“十件实事”。\n"
    assert find_place("", text, "02_huaibei_union-ten-projects.txt") == ("淮北市", "file name")
    assert find_place("", text, "04_fuzhou_union-news.txt")[0] == ""
    assert find_place("", text, "jilin_gwr_2026.txt")[0] == "吉林省"
    assert find_place("", text, "plan_news_2024.txt")[0] == ""
    assert find_place("", text, "07_datong_gov-work-report.txt") == ("大同市", "file name")
    assert find_place("", text, "12_ganzhou_news.txt")[0] == "赣州市"
    assert find_place("", text, "09_wenshan_news.txt")[0] == "文山州"
    # of the places sharing a pinyin, the one the page names, its header among its clutter (rounds 159, 160): jixi is
    # 鸡西市 and 绩溪县, jian 集安市, 吉安市 and 吉安县; fuzhou over a page naming 抚州 is 抚州市
    assert find_place("", text, "17_jixi_opinions.txt", page="绩溪县数据资源管理局\n" + text)[0] == "绩溪县"
    assert find_place("", text, "17_jixi_opinions.txt")[0] == "鸡西市"  # the one prefecture, without a word of the page's
    assert find_place("", "为加强领导，成立了集安市总工会送温暖活动领导小组。", "01_jian_union-plan.txt") == ("集安市", "file name")
    assert find_place("", "抚州市总工会慰问。", "04_fuzhou_union-news.txt")[0] != "福州市"


def test_a_place_after_a_word_of_authority_is_the_speakers_own_level_not_a_place():
    """根据市第十四届人大常委会第二十二次会议安排 (round 82) names no place 根据市."""
    text = "温州市人民政府市长 张文杰\n主任、副主任：\n根据市第十四届人大常委会第二十二次会议安排，现在我代表市人民政府向会议报告。\n"
    assert find_place("关于上半年全市经济社会发展情况和下半年政府工作的报告", text, "x.txt")[0] != "根据市"


def test_a_dateline_naming_its_reporters_tells_a_news_story():
    """2018年07月16日 来源: 浙江在线    记者 赵静 张丹萍 杨群 (round 82): a reporter's byline, as 本报记者 is."""
    opening = "台州市工会第五次代表大会开幕会举行\n2018年07月16日 来源: 浙江在线    记者 赵静 张丹萍 杨群\n今天下午，大会开幕。\n"
    assert find_doc_type("", opening) == "news_report"
    assert find_doc_type("", "全市新增就业3万人，记者 来访次数增加。\n") != "news_report"


def test_a_news_story_without_its_headline_line_takes_the_headline_its_lead_restates():
    """A page that lost its headline (round 84): the lead's first clause after its dateline, when it tells of a
    meeting held; a lead that tells of something else gives no title."""
    lead = "2月19日讯(记者 谷雨)今天上午，济宁市总工会召开第十六届委员会第七次全体会议。会议表彰先进单位。\n截至12月底，新增工会2237个。"
    meta = infer_metadata(lead, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("济宁市总工会召开第十六届委员会第七次全体会议", "news_report")
    assert "title (from the news story's lead)" in meta["inferred"]
    assert infer_metadata("3月20日，滕州市工会第十七次代表大会隆重开幕。市领导出席会议。", "x.txt")["title"] == \
        "滕州市工会第十七次代表大会隆重开幕"
    assert infer_metadata("近日，市总工会走访慰问困难职工120户，记者了解到。", "x.txt")["title"] == ""


def test_a_sites_decorated_title_gives_way_to_the_documents_own_title_below_it():
    """(湖南省)…十四五规划(2022年更新) over the plan's own title, broken after 第十四个五年 or after a year in Chinese
    digits (rounds 73, 83, 85)."""
    page = ("(湖南省)邵阳市武冈市国民经济和社会发展十四五规划(2022年更新)\n武冈市国民经济和社会发展第十四个五年\n"
            "规划和二〇三五年远景目标纲要\n第一章 决胜全面小康\n“十三五”时期，全市经济稳步增长。")
    assert find_title(page) == "武冈市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    page = ("(山东省)潍坊市高密市国民经济和社会发展十四五规划(2022年更新)\n高密市国民经济和社会发展第十四个五年规划和二〇三五年\n"
            "远景目标纲要\n二O二一年十月\n序 言\n《纲要》根据…编制。")
    assert find_title(page) == "高密市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    # without the site's decorations, the first title stands (a title over its subtitle naming a genre too)
    assert find_title("某市总工会2024年工作要点\n某市总工会2024年工作要点任务分工方案\n一、任务") == "某市总工会2024年工作要点"


def test_a_disclosure_pages_fields_a_label_a_line_and_a_story_that_reproduces_the_document():
    """• 标题 / • 重庆市…计划执行情况及 (the value cut short) among other fields, each a label line and its value (round
    85): the title is the line below them; 全文如下： ends a news story's words before the document (rounds 83, 85)."""
    page = ("部  门\n  • 索引号\n  • 1150/2025-00004\n  • 主题分类\n  • 国民经济发展规划、计划\n  • 标题\n"
            "  • 重庆市某区2024年国民经济和社会发展计划执行情况及\n  • 发文字号\n  • 有 效 性\n"
            "重庆市某区2024年国民经济和社会发展计划执行情况及2025年计划草案报告\n各位代表:\n受区人民政府委托，现将…提请审议。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("重庆市某区2024年国民经济和社会发展计划执行情况及2025年计划草案报告",
                                                 "progress_report")
    story = ("近日，市委市政府印发了《曲靖市促进区域协调发展实施方案》，全文如下:\n曲靖市促进区域协调发展实施方案\n"
             "为贯彻落实…，制定本方案。")
    meta = infer_metadata(story, "x.txt")
    assert (meta["title"], meta["place"]) == ("曲靖市促进区域协调发展实施方案", "曲靖市")  # 促进区域 is no 促进区
    # the document's title in title marks before 主要内容如下 (round 91): a reposted plan, not a news story
    story = ("某网讯:近日,省委、省政府印发《某省先行区三年行动计划 (2023-2025 年)》,要求认真贯彻落实。\n"
             "《某省先行区三年行动计划(2023-2025年)》主要内容如下。\n为深入贯彻党的二十大精神，制定本行动计划。\n一、总体要求")
    meta = infer_metadata(story, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == ("某省先行区三年行动计划(2023-2025年)", "action_plan", 2023)


def test_no_place_from_a_verb_an_adverb_or_a_metropolitan_area_and_a_spaced_byline_names_one():
    """受县政府委托 names no 受县, 认真执行区六届人大… no 认真执行区 (round 84, 85); 银川都市圈 is no city 银川都市
    (round 86); the byline …在通化县第十八届 人民代表大会… names the county though a space breaks it."""
    opening = ("关于2025年国民经济和社会发展计划执行情况的报告\n——2025年12月30日在通化县第十八届 人民代表大会第六次会议上\n"
               "各位代表:\n受县政府委托，现将计划执行情况提请大会审议。")
    assert find_place("关于2025年国民经济和社会发展计划执行情况的报告", opening, "x.txt") == ("通化县", "byline")
    assert find_place("", "2024年，全区上下认真执行区六届人大四次会议审议通过的计划。", "x.txt")[0] != "认真执行区"
    assert find_place("银川都市圈建设2019年工作计划", "今天，宁夏回族自治区人民政府发布通知。", "x.txt")[0] != "银川都市"


def test_a_communiques_issuers_and_release_date_are_no_title_and_date_the_year_after_it_reports():
    """漳州市统计局 / 国家统计局漳州调查队 / 2020年3月12日 over 一、综合 (round 87): the issuers sign, no title; the
    communiqué released in 2020 reports on 2019. An issuer over the rest of its title is its first half still."""
    page = "漳州市统计局\n国家统计局漳州调查队\n2020年3月12日\n一、综合\n初步核算，全年实现地区生产总值4741.83亿元。"
    meta = infer_metadata(page, "16_zhangzhou_statistical-communique.txt")
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == ("2019年漳州市统计公报", 2019, "statistical_communique")
    assert find_title("常州市总工会\n2020年工作要点\n一、任务") == "常州市总工会2020年工作要点"


def test_a_menu_an_apps_button_and_a_sites_name_are_no_title():
    """首页   十四五规划 over the report's title (round 86); APP下载 over a story (round 84); …-m6米乐网页版 after a
    headline (round 84)."""
    assert find_title("首页   十四五规划\n乌鲁木齐市2021年政府工作报告\n各位代表:\n现在，我代表市人民政府报告工作。") == \
        "乌鲁木齐市2021年政府工作报告"
    assert find_title("APP下载\n为太原高质量发展汇聚职工力量\n2022-05-19曹婷婷\n近日，市总工会召开会议。") == "为太原高质量发展汇聚职工力量"
    assert find_title("衡水市总170万元“关爱金”情暖职工-m6米乐网页版\n河工新闻网讯(记者李昊男)2月4日起，慰问职工。") == \
        "衡水市总170万元“关爱金”情暖职工"


def test_a_plan_that_names_itself_in_its_opening_and_a_made_title_with_its_span():
    """本规划纲要根据《…建议》编制 (round 87): a development plan, titled by its place and its five years when no
    title line is left."""
    opening = ("本规划纲要根据《中共湛江市委关于制定国民经济和社会发展第十三个五年规划的建议》编制，是未来五年的宏伟蓝图。\n"
               "“十三五”时期(2016年-2020年)，是全面建成小康社会决胜阶段。\n第一章 发展基础")
    assert find_doc_type("", opening) == "development_plan"
    meta = infer_metadata(opening, "19_zhanjiang_13th-fyp.txt")
    assert (meta["title"], meta["period"]) == ("2016—2020年湛江市发展规划", "2016-2020")


def test_genres_a_plan_issued_as_a_list_or_as_the_following_action_plan_and_a_summary_opening_on_recent_years():
    """市政府2025年重点工作清单 (round 87) is a work plan; 特制定以下行动方案 an action plan (round 87); a story opening
    近年来，…各项工作取得显著成效 reviews (round 87), but 近年来 before no result does not tell a summary."""
    assert find_doc_type("市政府2025年重点工作清单", "") == "work_plan"
    assert find_doc_type("", "为加快建设“海上宁德”，推进海洋经济高质量发展，特制定以下行动方案。\n一、总体要求") == "action_plan"
    opening = "岳阳市人大代表、市总工会党组书记彭公穆。\n近年来，岳阳市总工会坚持以职工为中心，各项工作取得显著成效。\n"
    assert find_doc_type("", opening) == "work_summary"
    assert find_doc_type("", "近年来，职工需求日益多样。为进一步做好服务，现提出如下意见。\n") != "work_summary"


def test_an_autonomous_prefectures_full_name_at_the_start_of_a_title_is_its_place():
    """昌吉回族自治州国民经济和社会发展第十四个五年规划… (round 75): a name longer than four characters before 自治州."""
    assert find_place("昌吉回族自治州国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "", "x.txt") == (
        "昌吉回族自治州", "title")


def test_a_year_in_chinese_digits_a_speechs_broken_dateline_a_bulleted_headline_and_a_report_on_a_plans_execution():
    """Rounds 88 and 89: 嵩明县二O二三年…统计公报 (its zero a letter O) is of 2023; …在新宾满族自治县 / 第十届人民代表大会
    第三次会议上 is a dateline's end, no title; • 凤庆县:… over 刊发时间:… is the headline; an issuer over the page's
    date widget signs; 现向大会报告…计划执行情况 tells a report on a plan's execution."""
    assert find_years("嵩明县二O二三年国民经济和社会发展统计公报", "x.txt", "") == (2023, 2023)
    assert find_years("二〇二四年某县政府工作报告", "x.txt", "") == (2024, 2024)
    assert find_title("——2023年12月13日在某某县\n第十届人民代表大会第三次会议上\n县长 李某\n各位代表:\n现在，我代表县人民政府报告工作。") == ""
    page = "• 新闻网首页\n  • 时政聚焦\n  • 凤庆县:工会组织建设提升质效\n    刊发时间:2024-12-28\n今年以来，县总工会新建工会12个。"
    assert find_title(page) == "凤庆县:工会组织建设提升质效"
    page = ("天津市河北区人民政府\n2019年12月3日星期二\n各位代表:\n受区人民政府委托，现向大会报告河北区2025年国民经济和社会发展"
            "计划执行情况和2026年计划草案。\n一、2025年国民经济和社会发展计划执行情况")
    meta = infer_metadata(page, "x.txt")
    assert meta["title"] != "天津市河北区人民政府" and meta["doc_type"] == "progress_report"


def test_a_headline_over_its_pages_stamp_a_relayed_report_and_a_reports_general_requirements_tell_their_genres():
    """Rounds 88-89 (after their first scores): 宝山区兵分多路送去“娘家人”的温暖 over 2018-3-1 10:23:50发布64次查看,
    under a site's greeting; 湟中县提前谋划2014年农业工作 over 浏览:639次 时间:…; 据《劳动报》报道，…; a government
    work report's plan section cut from its page (政府工作的总体要求是：…)."""
    page = ("您好,欢迎来到上海分类信息网\n免费发信息\n宝山区兵分多路送去“娘家人”的温暖\n2018-3-1 10:23:50发布64次查看\n"
            "新春之际，宝山区总工会开展帮扶，帮扶约3500人。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("宝山区兵分多路送去“娘家人”的温暖", "news_report")
    page = "湟中县提前谋划2014年农业工作\n浏览:639次 时间:2013-11-29 来源:本站\n2014年湟中县将加强农业基础设施建设。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"
    assert find_doc_type("", "据《劳动报》报道，2018年新春之际，区总工会开展帮扶。") == "news_report"
    # a lead whose first sentence tells the day of what was done (为…，2024年12月31日，某县总工会开展送温暖慰问活动, round
    # 203) is news, dated by that day when nothing else dates it; a list of events further down a review is not
    page = "为持续做好一线职工关心关爱工作，2024年12月31日，某县总工会开展送温暖慰问活动。\n慰问期间，慰问组来到3家企业。"
    assert (infer_metadata(page, "x.txt")["doc_type"], infer_metadata(page, "x.txt")["year_start"]) == ("news_report", 2024)
    assert find_doc_type("", "一年来，全市工会成效显著。\n一、工作回顾\n二、重点活动\n2017年4月28日，全市劳动节大会举行。") \
        != "news_report"
    # a quotation's speaker told after it (“…”3月10日，…工会主席吴某如是说。, round 202) is a feature story's
    assert find_doc_type("", "“今天，年会的召开，是对工会工作的再部署。”3月10日，某工会主席吴某如是说。") == "news_report"
    # a line of a year's highlights (2024年十大亮点工作, round 202) heads a work summary
    assert find_doc_type("", "2024年，市农业农村局坚持…，累计承办会议22次。\n2024年十大亮点工作\n粮食总产再创新高。") == "work_summary"
    # an explainer's invitation, a report just out (round 200's 《两会数数看》…一起来了解…; …政府工作报告新鲜出炉，…)
    assert find_doc_type("", "我们一起来了解某省在2024年交出的厚实答卷。\n某省政府工作报告新鲜出炉。") == "news_report"
    assert find_doc_type("", "二、2025年主要工作\n按照县委安排部署，政府工作的总体要求是：以…为指导。") == "government_work_report"
    assert find_doc_type("", "二、2025年工作安排\n做好政府工作总的要求是：以…为指导。") == "government_work_report"
    # a plan's title over its stamp keeps its genre
    assert infer_metadata("某县2024年工作要点\n发布时间:2024-02-01\n一、总体要求", "x.txt")["doc_type"] == "work_points"


def test_a_notice_that_transmits_a_document_over_its_pages_stamp_is_no_news_story():
    """Round 115 (after its first scores): a county government's notice sending on its measures (…若干举措, a title of
    no genre) under its portal's stamp (发布时间: 2024-06-04 17:54) is not a news story: 现印发给你们 is the notice's."""
    page = ("某市人民政府关于印发某市推动设备更新若干举措的通知\n  • 发布时间: 2024-06-04 17:54\n  • 信息来源: 市府办\n"
            "各镇人民政府:\n《某市推动设备更新若干举措》已经市政府同意,现印发给你们,请结合实际,认真贯彻执行。\n"
            "某市人民政府\n2024年5月24日\n某市推动设备更新若干举措\n一、支持设备更新。对投资500万元以上的项目给予补助。")
    assert infer_metadata(page, "x.txt")["doc_type"] == "unknown"
    page = "某县总工会开展送温暖活动\n发布时间: 2024-02-01 10:15\n近日，县总工会走访困难职工52户。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"


def test_a_columns_weekly_news_is_a_news_story_under_its_bracketed_category():
    """Round 115 (after its first scores): 【县(市)工会 】一周工作动态 is a column's news (its category in brackets, the
    title after it: the bracket's characters counted, not its spaces and brackets); a title ending in 动态, 简讯 or 快讯
    is news, and its story of an event held reviews."""
    page = ("新闻动态\n现在的位置:首页 > 新闻动态 > 基层动态\n【县(市)工会 】一周工作动态\n发布者:ybzzgh发布时间:2024-06-07 15:34:45\n"
            "敦化市总工会精心打造品牌活动\n5月31日上午，市总工会举办了职工诵读比赛。\n"
            "本次活动经过前期海选，共有47个作品进入复赛，有的立足岗位将身边先进典型娓娓道来。\n个人组一等奖：某购物中心宋佳")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("一周工作动态", "news_report")
    assert find_doc_type("某县总工会工作简讯", "") == find_doc_type("工会快讯", "") == "news_report"


def test_an_outlets_name_in_brackets_before_a_lead_makes_a_news_story_and_no_title():
    """[邯郸新闻]在春节来临之际，…区总工会开展…活动 (round 116, after its first scores): the bracket names the outlet,
    the line is the story's lead; no title, and the genre is news."""
    page = "[邯郸新闻]在春节来临之际,邯郸市邯山区总工会开展“温暖冬日”活动,筹措资金二十余万元,对困难职工进行慰问。\n该区总工会加大帮扶力度。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("", "news_report")
    assert find_title("【工会报告】工会主席在某县工会第三次代表大会上的报告\n各位代表：") == "工会主席在某县工会第三次代表大会上的报告"


def test_a_months_work_done_then_next_months_plan_and_a_recent_meeting_tell_their_genres():
    """Round 117 (after its first scores): 一、5月份完成工作 … 二、6月份工作计划 is a summary and plan; a story opening on
    近期，…大会召开 is news; 近期，要… (a plan's near-term tasks) is not."""
    text = "一、5月份完成工作\n1. 召开全市产业工会工作会议。\n二、6月份工作计划\n1. 开展劳动竞赛。"
    assert find_doc_type("", text) == "summary_and_plan"
    assert find_doc_type("", "近期,某科技园工会第一次会员代表大会召开,选举产生第一届委员会。") == "news_report"
    assert find_doc_type("", "近期，要重点抓好安全生产。") == "unknown"


def test_a_headline_announcing_the_full_text_yields_to_the_document_its_notice_names():
    """吉林省“十四五”规划纲要全文来了! over the notice that sends the plan on (round 117, after its first scores): the
    title is the plan's, as its notice names it; a headline of a full text with no notice keeps its own."""
    page = ("某县广播电视台\n某省“十四五”规划纲要全文来了!\n时间:2021-04-24 13:49:06 来源:fish\n某省人民政府关于印发\n"
            "某省国民经济和社会发展\n第十四个五年规划纲要的通知\n各市人民政府:\n"
            "《某省国民经济和社会发展第十四个五年规划纲要》已经省人大审查批准,现印发给你们,请认真组织实施。\n第一章 发展基础")
    assert find_title(page) == "某省国民经济和社会发展第十四个五年规划纲要"
    assert find_title("某省“十四五”规划纲要全文来了!\n时间:2021-04-24 13:49:06\n第一章 发展基础\n“十三五”时期，全省经济增长。") \
        == "某省“十四五”规划纲要全文来了!"


def test_an_opinions_title_broken_after_its_subject_and_the_year_of_its_document_number():
    """Round 116 (after its first scores): 国务院关于推动内蒙古高质量发展 / 奋力书写中国式现代化新篇章的意见 is one title
    (the issuer, 关于 and the subject's start above the rest); 国发〔2023〕16号 under it dates a plan's or an
    opinion's issue, where nothing else does; 镇原县2024工作报告📜: the year before the genre, the emoji no part of it."""
    page = ("国务院关于推动内蒙古高质量发展\n奋力书写中国式现代化新篇章的意见\n国发〔2023〕16号\n各省、自治区人民政府：\n"
            "紧紧围绕高质量发展这个首要任务，现提出如下意见。\n一、总体要求")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == (
        "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见", 2023, "opinions")
    assert "year (from its document number)" in meta["inferred"]
    assert meta["place"] == "内蒙古自治区"  # a national body's opinion about a province: the province
    assert find_place("中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见", "", "x.txt") == ("全国", "title")
    meta = infer_metadata("镇原县2024工作报告📜\n尊敬的各位领导、各位代表:\n回顾2023年工作成果🏆", "x.txt")
    assert (meta["title"], meta["year_start"]) == ("镇原县2024工作报告", 2024)
    assert find_years("某县2000个职工之家建设方案", "x.txt", "") == (None, None)


def test_the_documents_own_title_dated_as_given_under_the_sites_title_for_it():
    """Round 117 (after its first scores): 东川区人民政府2026年《政府工作报告》 (the site's) over 2026年东川区人民政府工作报告
    and its dateline (——2026年2月10日在…会议上): the report's own title; a breadcrumb's last step (政府工作报告) over a
    street office's report dated so: the report's own title too."""
    page = ("东川区人民政府2026年《政府工作报告》\n2026年东川区人民政府工作报告\n——2026年2月10日在东川区第六届人民代表大会第五次会议上\n"
            "代理区长 游涯坤\n各位代表:\n现在,我代表区人民政府,向大会报告工作。")
    assert find_title(page) == "2026年东川区人民政府工作报告"
    page = ("首页>\n> 政务公开 > 乡镇公开目录 > 凤鸣街道 > 报告统计 > 政府工作报告\n凤鸣街道办事处工作报告\n"
            "(2025年1月14日在凤鸣街道第二届居民议事会第四次会议上)\n各位议事员、同志们:\n现在,我代表凤鸣街道办事处向大会作工作报告。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["place"]) == ("凤鸣街道办事处工作报告", "凤鸣街道")
    # a bare genre's name dated under a site's fuller title (round 89's 咸丰 page) keeps the fuller one, its year
    page = ("(湖北省)2025年恩施州咸丰县政府工作报告\n政府工作报告\n——2024年12月26日在咸丰县第十九届人民代表大会第四次会议上\n"
            "各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2024年工作回顾")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["year_start"]) == ("2025年恩施州咸丰县政府工作报告", 2025)


def test_a_news_pages_stamp_dated_with_slashes_dates_the_story():
    """吉林省工会第十二次代表大会隆重开幕 / 2008/5/29 源自:中华职工学习网 (round 117, after its first scores): the
    story of a congress opening 今天 is of 2008."""
    page = "吉林省工会第十二次代表大会隆重开幕\n2008/5/29 源自:中华职工学习网\n吉林省工会第十二次代表大会今天在长春隆重开幕。"
    assert infer_metadata(page, "x.txt")["year_start"] == 2008


def test_a_sites_greeting_words_before_autonomous_region_and_plan_as_a_verb_tell_nothing_of_title_place_genre():
    """Round 118 (the stop's unseen check, after its first scores): 欢迎浏览道里区人民政府网站 | 关怀版 | … is the site's
    greeting, not the title (nor is 欢迎浏览道里区 a place); 讨论拟提请自治区 (verbs before 自治区) is no region; 沈阳市总
    计划每年打造… (计划 a verb: plans to) names no work plan, and the story under its stamp is news."""
    page = "欢迎浏览道里区人民政府网站 | 关怀版 | 无障碍浏览 简体  繁体\n2023年经济社会发展主要任务\n2023年是开局之年，做好今年工作意义重大。"
    meta = infer_metadata(page, "x.txt")
    assert meta["title"] == "2023年经济社会发展主要任务" and "欢迎" not in meta["place"]
    assert find_place("", "本报讯 1月15日，会议讨论拟提请自治区十三届人大四次会议审议的规划纲要。", "x.txt")[0] != "讨论拟提请自治区"
    page = "沈阳市总计划每年打造一批品牌工作和特色经验\n发布时间:2022-02-15 11:05:30 来源:工人日报\n日,辽宁省沈阳市总工会推出项目化推进重点工作举措。"
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"
    assert find_doc_type("某市总工会2024年工作计划", "") == "work_plan"


def test_a_source_in_title_marks_a_source_line_and_a_phrase_ending_on_the_whole_province():
    """Round 119 (the stop's unseen check, after its first scores): 2022年09月13日11:03 来源:《工人日报》 under a
    headline tells a news story; 稿源:长沙晚报 is the page's source line, no title; 努力实现全省 (a headline's words
    ending on 全省) is no place."""
    page = ("中国共产党新闻网>>中国工会新闻\n云南省总启动中秋国庆送温暖活动\n黄榆\n2022年09月13日11:03  来源:《工人日报》\n"
            "9月7日,云南省2022年中秋国庆送温暖活动正式启动。")
    assert infer_metadata(page, "x.txt")["doc_type"] == "news_report"
    page = "稿源:长沙晚报\n2024-11-27 07:25\n长沙晚报11月26日讯(全媒体记者 唐朝昭)26日,全省“小三级”工会建设推进会召开。"
    assert infer_metadata(page, "x.txt")["title"] != "稿源:长沙晚报"
    page = "努力实现全省工会工作良好开局\n来源:\n安徽新闻网-安徽日报\n2024-01-13 08:01:41\n本网讯(记者 张岳)1月11日至12日,全省工会研讨会在合肥召开。"
    assert infer_metadata(page, "x.txt")["place"] != "努力实现全省"


def test_a_place_after_its_provinces_short_name_is_the_place_in_that_province():
    """河北唐山市总工会… (round 118), 西藏拉萨市…, 青海海西州… (round 114): the city or prefecture, in its province; 吉林市
    is a city of its own name."""
    meta = infer_metadata("河北唐山市总工会2021年工作要点\n一、总体要求", "x.txt")
    assert (meta["place"], meta["province"]) == ("唐山市", "河北")
    assert infer_metadata("吉林市总工会2021年工作要点\n一、总体要求", "x.txt")["place"] == "吉林市"


def test_a_place_alone_on_its_line_is_no_title():
    """天津 alone under 主页 > 资讯 > 天津 > is the page's category; a place's name is no document's title (here the
    headline is too long to be read as one, so no title is found), and a place over a genre's title is left out."""
    page = ("主页 > 资讯 > 天津 >\n天津\n天津市工会系统将全面建设高素质劳动大军,推进职工生活品质提升大力唱响“咱们工人有力量”主旋律\n"
            "发布时间:2023-02-24 13:09:31\n记者从市工会第十八次代表大会获悉,今后五年,天津市工会系统将全面建设高素质劳动大军。")
    assert find_title(page) == ""
    assert find_title("武进\n2018年工作要点\n一、总体要求") == "2018年工作要点"


def test_a_table_rows_one_cell_can_be_a_title_and_a_row_of_fields_cannot():
    """| 2026年政府工作报告 | (a page's banner drawn as a one-cell table) is the title, not the section heading below
    it; | 关键词 | 发布机构 | 政府办 | (a disclosure page's fields in a table) holds no title."""
    page = "| 2026年政府工作报告 |\n2025年和“十四五”时期工作回顾\n区长在政府工作报告中说，2025年是重要一年。"
    assert find_title(page) == "2026年政府工作报告"
    page = ("| 索引号 | 620702001/2026-00010 | 发文字号 | |\n| 关键词 | 发布机构 | 政府办 | |\n政 府 工 作 报 告\n"
            "各位代表:\n现在，我代表区人民政府向大会报告工作。")
    assert find_title(page) == "政府工作报告"


def test_a_communique_whose_lines_lost_their_indents_and_a_slogans_province():
    """Round 93: ????2022年，… under 某市统计局 / (2023年4月) is a communiqué of 2022 (the issuer over its month of
    release is no title); 文化强省 (a slogan's aim) is no place."""
    page = "某市统计局\n(2023年4月)\n????2022年,全市上下坚持稳中求进。\n????一、综合\n????全年地区生产总值增长6%。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("statistical_communique", 2022)
    assert meta["title"] != "某市统计局"
    assert find_place("", "《纲要》明确了6个方面具体目标:\n——文化强省建设取得显著进展。", "x.txt")[0] != "文化强省"


def test_titles_of_round_92s_pages():
    """A footnote's mark ends a title (…统计公报[1] 2024); a notice's title broken after 关于印发 is one title (the
    document it issues, by the project's rule); a subtitle that names the genre (——2023年全省工会工作综述) is part of
    the title and tells the genre; a province's union by its short name (湖南工会…) gives the province."""
    assert find_title("2024年某县国民经济和社会发展统计公报[1] 2024\n选择区域:>>\n2024年，全县经济增长。") \
        == "2024年某县国民经济和社会发展统计公报"
    page = "某省人民政府办公厅关于印发\n某省“十四五”区域协调发展规划的通知\n某政办发〔2022〕25号\n各州、市人民政府："
    assert find_title(page) == "某省“十四五”区域协调发展规划"
    page = "高歌唱响新时代“咱们工人有力量”\n——2023年全省工会工作综述\n发布时间: 2024-03-01 12:38:44\n2023年，全省工会开展竞赛。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("高歌唱响新时代“咱们工人有力量”——2023年全省工会工作综述", "work_summary")
    assert find_place("湖南工会启动2026年“两节”送温暖行动", "近日，吉首经开区工会驿站开展送温暖活动。", "x.txt")[0] == "湖南省"


def test_a_metropolitan_circle_and_a_verb_before_a_place_name_no_issuers_place():
    """推动武汉城市圈各级工会和广大职工… in a story's opening (round 95): 武汉城市圈 is a region, and 推动 a verb; the
    place was 推动武汉城市."""
    from analysis.metadata import find_place

    opening = ("3月3日，某省劳动和技能竞赛启动大会召开。\n会上，组织开展技能竞赛活动；推动武汉城市圈各级工会和广大职工围绕"
               "同城化发展建功立业。")
    assert find_place("", opening, "x.txt") == ("", "")
    assert find_place("", "近日，顺德区总工会召开全委会议。", "x.txt") == ("顺德区", "opening")


def test_a_bracketed_original_headline_a_sites_stamp_line_and_an_e_papers_chrome_are_no_titles():
    """Round 94: (原标题:…) over the headline gives the headline, not its label; 公文搜 2021-07-23 10:38:42 政府报告 (a
    document site's stamp line) is no title, the report's line above it is; 多媒体数字报 / 通版阅读请点击： / 展开通版
    (an e-paper's interface) is chrome, the headline under it the title."""
    assert find_title("(原标题:奋力唱响新时代“劳动者之歌”)\n奋力唱响新时代“劳动者之歌”\n本报记者 陈正\n去年以来，市总工会…") \
        == "奋力唱响新时代“劳动者之歌”"
    report = ("(湖北省)2017年某县人民政府工作报告(全文)\n公文搜 2021-07-23 10:38:42 政府报告\n各位代表：\n"
              "现在，我代表县人民政府向大会报告工作。\n一、2016年工作回顾\n")
    meta = infer_metadata(report, "x.txt")
    assert "公文搜" not in meta["title"] and meta["doc_type"] == "government_work_report"
    paper = ("多媒体数字报\n通版阅读请点击：\n展开通版\n收缩通版\n把温暖送到职工群众的心坎上\n"
             "本报讯（记者王越）1月6日，省总工会主席到企业开展送温暖活动。\n")
    assert infer_metadata(paper, "x.txt")["title"] == "把温暖送到职工群众的心坎上"


def test_the_nations_unions_a_plans_span_in_a_lead_a_meetings_business_told_twice_and_this_outline():
    """Round 95: 2024年全国工会重点工作明确 is the nation's (全国); a story of a plan issued for 2023—2025 is of 2023,
    the span's first year (2025 before, the first year before 年); 对市妇联2020年工作进行了总结回顾，对2021年工作进行了安排部署
    dates a meeting's story 2021; 本纲要以…为指导 names a development plan."""
    from analysis.metadata import find_place

    assert find_place("2024年全国工会重点工作明确", "1月25日，全总执委会议召开。", "x.txt") == ("全国", "title")
    assert find_place("全国工会先进集体名单公布", "", "x.txt")[0] != "全国"
    issued = "为新就业形态劳动者打造“温暖之家”\n近日，某省总工会出台《新就业形态劳动者工会工作三年行动方案(2023—2025年)》。"
    assert infer_metadata(issued, "x.txt")["year_start"] == 2023
    meeting = ("某市妇联召开十四届五次执委(扩大)会议\n本报讯(记者 某某)4月12日，某市妇联召开执委会议。\n"
               "会议对市妇联2020年工作进行了总结回顾，对2021年工作进行了安排部署。")
    assert infer_metadata(meeting, "x.txt")["year_start"] == 2021
    outline = "2011至2015年是国民经济和社会发展第十二个五年规划时期。本纲要以科学发展观为指导，主要阐述政府战略意图。"
    assert find_doc_type("", outline) == "development_plan"


def test_a_byline_by_its_slash_a_source_line_and_a_three_year_action_work_plan():
    """Round 96: 文/哈工宣 (a byline by its slash) and 转自:中工网 (where a page took the story from) are no titles;
    …三年行动工作方案 is an action plan, as …三年行动方案 is."""
    story = "文/哈工宣\n哈市总工会为金秋助学添把火\n文/哈工宣\n为贯彻落实省委关于大力开展金秋助学活动的决策部署，…"
    assert find_title(story) == "哈市总工会为金秋助学添把火"
    assert find_title("转自:中工网\n某省总将开展超150项劳动和技能竞赛\n中工网讯 近日，…") == "某省总将开展超150项劳动和技能竞赛"
    assert find_doc_type("某县促进脱贫人口持续增收三年行动工作方案", "") == "action_plan"
    assert find_doc_type("某县落实三年行动计划工作方案", "") == "implementation_plan"


def test_a_text_that_names_itself_and_a_bracketed_stamp_under_a_headline():
    """Round 97: 《…第十二个五年规划纲要(草案)》(以下简称《纲要》)根据…编制 opening a page names the document (no title
    found before); 【信息来源:【信息时间:2022-02-15 15:10 under a headline is a page's stamp: a news story of 2022."""
    outline = ("《某市国民经济和社会发展第十二个五年规划纲要(草案)》(以下简称《纲要》)根据《中共某市委关于制定…的建议》编制，"
               "主要阐明全市发展的战略意图。")
    meta = infer_metadata(outline, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == (
        "某市国民经济和社会发展第十二个五年规划纲要(草案)", "development_plan", 2011)
    story = ("县农业农村局认真传达学习县委经济工作会议精神\n\n【信息来源:【信息时间:2022-02-15 15:10  阅读次数: 】【字号 】\n\n"
             "县农业农村局组织召开党组会议和全体干部职工大会，传达学习会议精神。")
    meta = infer_metadata(story, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2022)


def test_a_regions_tag_in_square_brackets_before_a_title_is_the_sites():
    """[广西] 2023年梧州市龙圩区政府工作报告 (a forum's title, round 97): the tag is the site's, as (浙江省) is."""
    assert find_title("[广西] 2023年某市某区政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。") \
        == "2023年某市某区政府工作报告"


def test_a_regions_short_name_in_brackets_before_a_titles_year_is_the_sites_and_not_the_place():
    """(内蒙古)2022年苏尼特左旗人民政府工作报告(全文) (rounds 101, 103): the tag names the province in its short form; the
    place is the banner the title names, not the tag's region."""
    page = "(内蒙古)2022年苏尼特左旗人民政府工作报告(全文)\n各位代表：\n现在，我代表旗人民政府，向大会报告工作。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["place"]) == ("2022年苏尼特左旗人民政府工作报告", "苏尼特左旗")
    assert find_title("(草案)某县2022年工作要点\n一、任务") != "某县2022年工作要点"  # no year after it: kept


def test_a_sites_stars_after_a_headline_are_no_part_of_it():
    """江西今年计划实施3527个省大中型项目 总投资4.42万亿元****** (round 97)."""
    assert find_title("某省今年计划实施3527个省大中型项目 总投资4.42万亿元******\n近日，记者从省发改委获悉，…") \
        == "某省今年计划实施3527个省大中型项目 总投资4.42万亿元"


def test_a_text_that_names_itself_below_its_opening_lines_of_text():
    """“十二五”期间，… / 《乐清市…第十二个五年规划纲要》(以下简 / 称《…》)是根据…编制 (round 98, the short name broken
    over a line): the plan named below lines of text is the document; a cited proposal so named is not."""
    text = ("“十二五”期间，外部环境呈现出复杂、多变的特征，仍然面临着多重机遇与挑战。\n"
            "《某市国民经济和社会发展第十二个五年规划纲要》(以下简\n称《纲要》)是根据《中共某市委关于制定…的建议》编制。")
    meta = infer_metadata(text, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == (
        "某市国民经济和社会发展第十二个五年规划纲要", "development_plan", 2011)
    cited = "为了推进发展，现作如下说明。\n《中共某市委关于制定某市十二五规划的建议》(以下简称《建议》)提出，…"
    assert find_title(cited) != "中共某市委关于制定某市十二五规划的建议"
    # a plan's preface naming it before what it was drawn up from, under a news site's 详情如下： and 前言 (round 153)
    page = ("某网获悉：今日某市下发关于国民经济和社会发展第十三个五年规划纲要，详情如下：\n前 言\n"
            "某市国民经济和社会发展第十三个五年(2016—2020)规划纲要，根据《中共某市委关于制定…的建议》编制，主要阐明…。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["year_start"], meta["year_end"]) == (
        "某市国民经济和社会发展第十三个五年(2016—2020)规划纲要", 2016, 2020)


def test_a_township_or_subdistrict_opening_a_title_or_signing_off_is_the_place():
    """三墩镇总工会召开2020年工作会议, 东柳街道2023年工作总结和2024年工作思路, a summary signed 王庆坨镇总工会 (rounds 95–99,
    five pages with no place before): a place below the county, level township; 城镇, 乡镇, 全镇, 特色小镇 are none."""
    from analysis.metadata import find_place, place_level

    assert find_place("三墩镇总工会召开2020年工作会议", "4月28日下午，三墩镇总工会召开了会议。", "x.txt") == ("三墩镇", "title")
    assert find_place("东柳街道2023年工作总结和2024年工作思路", "一、2023年工作回顾", "x.txt") == ("东柳街道", "title")
    # a sector's union of the township (凤凰镇教育工会联合会, round 160)
    assert find_place("凤凰镇教育工会联合会2023年工作要点", "一、指导思想", "x.txt") == ("凤凰镇", "title")
    summary = "镇工会工作总结和明年工作计划\n2017年镇工会扎实推进各项工作，新增建会企业12家。\n王庆坨镇总工会\n2017年12月"
    assert find_place("镇工会工作总结和明年工作计划", summary, "x.txt") == ("王庆坨镇", "sign-off")
    for title in ("城镇2023年工作要点", "乡镇工会2011年度工作总结", "全镇2023年工作计划", "推进特色小镇2024年建设方案"):
        assert find_place(title, "", "x.txt")[0] not in ("城镇", "乡镇", "全镇", "推进特色小镇"), title
    assert place_level("三墩镇") == place_level("东柳街道") == "township"
    assert infer_metadata("东柳街道2023年工作总结和2024年工作思路\n一、2023年工作回顾\n2023年，街道新增企业20家。",
                          "x.txt")["doc_id"].startswith("dongliu-")


def test_an_e_papers_masthead_and_page_line_are_no_title_and_tell_a_news_story():
    """盐城晚报 / 12 / 图说新闻 2024年03月21日 盐城晚报 12版 县域动态 over a story (round 101): the masthead alone and the
    line of the day, the paper and its page are no headline, and they make the page a newspaper's story."""
    page = ("某城晚报\n\n12\n\n图说新闻 2024年03月21日 某城晚报 12版 县域动态\n\n"
            "3月18日起，某区总工会开展新春走访困难职工活动，对35户家庭逐一登门入户走访。目前已走访22户。")
    meta = infer_metadata(page, "x.txt")
    assert meta["title"] not in ("某城晚报", "图说新闻2024年03月21日 某城晚报12版")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2024)
    assert find_title("某城日报社关于2024年工作的总结\n一、2023年工作回顾") == "某城日报社关于2024年工作的总结"


def test_a_headline_with_its_columns_tag_over_a_stamp_of_column_time_and_region_is_a_news_story():
    """工作动态丨中宁县总工会村级劳动竞赛助力乡村振兴 / 政务   2024-11-14 17:22   宁夏 (round 100): the stamp line holds the
    column and region around its time, and the headline line the column's tag before the title; a news story of 2024."""
    page = ("工作动态丨某县总工会村级劳动竞赛助力乡村振兴\n\n政务   2024-11-14 17:22   宁夏  \n\n"
            "为助力乡村全面振兴，某县总工会大力开展村级劳动技能竞赛。\n竞赛内容多元，涵盖多个特色领域\n"
            "竞赛活动设置了实操环节。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == ("某县总工会村级劳动竞赛助力乡村振兴", "news_report", 2024)
    assert infer_metadata(page.replace("政务   2024-11-14 17:22   宁夏", "政务工作要求如下，各单位抓好落实"),
                          "x.txt")["doc_type"] != "news_report"


def test_a_communiques_title_run_into_its_text_after_a_space_is_its_title():
    """2023年宜章縣國民經濟和社會發展統計公報 2023年,宜章縣全面貫徹… (round 103: the page's line breaks lost): the title
    ends on 公报, a space before the year that begins the text; the title gives the year and the place."""
    page = ("2023年某县国民经济和社会发展统计公报 2023年，某县全面贯彻落实党的二十大精神，坚持稳中求进工作总基调，"
            "着力扩大内需、优化结构、提振信心。全县地区生产总值完成200亿元，增长5%。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == (
        "2023年某县国民经济和社会发展统计公报", 2023, "statistical_communique")


def test_a_league_prefecture_or_banner_opening_a_title_and_a_portals_wire_tag():
    """锡林郭勒盟国民经济和社会发展第十二个五年规划纲要 and 昆明信息港讯 记者… (round 105): a league, a prefecture (地区) or a
    banner that places.csv names is the place a title opens on (not 五星红旗, 高举旗帜, 联盟); a portal's wire tag makes
    the page a news story."""
    from analysis.metadata import find_place

    assert find_place("锡林郭勒盟国民经济和社会发展第十二个五年规划纲要", "", "x.txt") == ("锡林郭勒盟", "title")
    assert find_place("准格尔旗2024年国民经济和社会发展计划", "", "x.txt") == ("准格尔旗", "title")
    assert find_place("大兴安岭地区2023年工作要点", "", "x.txt")[0] == "大兴安岭地区"
    assert find_place("2025年赤峰市克什克腾旗人民政府政府工作报告", "", "x.txt")[0] == "赤峰市克什克腾旗"  # its lowest
    for title in ("五星红旗2024年工作要点", "高举旗帜2024年工作方案", "联盟2024年工作要点"):
        assert find_place(title, "", "x.txt") == ("", ""), title
    lead = "某市信息港讯 记者某某 9月3日上午，某省重点工程劳动和技能竞赛主题新闻发布会举行。"
    assert find_doc_type("", lead) == "news_report"


def test_a_forwarding_note_and_two_issuers_run_together_over_a_date_are_no_title():
    """(转发自:“创新西安”微信公众号) over a story, and 宁夏回族自治区统计局国家统计局宁夏调查总队 / 2018年5月2日 over a
    communiqué whose title the page lost (round 105): where the page took the story from, and who signs, no titles."""
    story = "(转发自:“创新西安”微信公众号)\n2月2日，某市第十六届人民代表大会第六次会议举行。\n会上，市长作政府工作报告。"
    assert infer_metadata(story, "x.txt")["title"] != "(转发自:“创新西安”微信公众号)"
    communique = ("某某自治区统计局国家统计局某某调查总队\n2018年5月2日\n"
                  "2017年，全区上下认真学习贯彻党的十九大精神。全年地区生产总值3443亿元，增长7.8%。")
    assert find_title(communique) != "某某自治区统计局国家统计局某某调查总队"


def test_a_census_communique_and_a_headline_of_any_meeting_held():
    """石嘴山市第七次全国人口普查公报(第一号) (round 104): a census communiqué is a communiqué, dated the year before its
    release; …十届六次全委会暨2022年度基层工会工作总结交流培训会召开: a meeting of any name held is news."""
    census = "某市第七次全国人口普查公报(第一号)\n某市统计局\n2021年6月1日\n根据第七次全国人口普查结果，全市常住人口为751389人。"
    meta = infer_metadata(census, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("statistical_communique", 2020)
    assert find_doc_type("某市教育工会十届六次全委会暨2022年度基层工会工作总结交流培训会召开", "") == "news_report"
    assert find_doc_type("关于召开2024年工作会议的通知", "") != "news_report"


def test_a_headline_with_a_comma_and_an_exclamation_over_a_stamp_with_the_year_last():
    """2021年,我区工会工作这样干! / 05.03.2021  17:41 (round 105): a headline with one comma and a closing
    exclamation over the page's time stamp, written day, month, year: the title, a news story of 2021. The same line
    over a sentence of text stays no title."""
    page = ("2021年,我区工会工作这样干!\n\n05.03.2021  17:41\n\n2021年是中国共产党成立100周年,是“十四五”开局之年。\n\n"
            "今年我区工会工作该怎么干?记者根据全委会议审议通过的《工作报告》梳理出今年工会工作关键词。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == ("2021年,我区工会工作这样干!", "news_report", 2021)
    assert infer_metadata(page.replace("05.03.2021  17:41", "全区工会要抓好落实,做好服务。"), "x.txt")["title"] != (
        "2021年,我区工会工作这样干!")


def test_a_lead_telling_of_a_document_released_that_day_is_a_news_story_of_it():
    """今日,广东省统计局…发布《2020年广东省国民经济和社会发展统计公报》,… (round 105): a story of the communiqué, not the
    communiqué; a communiqué's own opening stays one."""
    story = ("今日,某省统计局、国家统计局某省调查总队发布《2020年某省国民经济和社会发展统计公报》,多项数据为首次公布。\n\n"
             "2020年,某省第三产业对GDP增长贡献率接近六成;规模以上工业实现利润总额增长3.2%。")
    assert find_doc_type("", story) == "news_report"
    own = "2020年,某省第三产业对GDP增长贡献率接近六成。全年地区生产总值增长2.3%。数据来源于统计公报。"
    assert find_doc_type("2020年某省国民经济和社会发展统计公报", own) == "statistical_communique"


def test_a_media_columns_tag_before_a_long_headline_is_no_part_of_the_title():
    """人民视频 | 吉林省产业工会改革建设暨换届工作会议召开 (round 106): the column's tag, set off by a bar between spaces,
    before a long headline; a short right side after a bar is a site's name (…竞赛 | 全球头条), taken off the other way."""
    page = ("人民网\n\n 人民视频 | 某省产业工会改革建设暨换届工作会议召开\n\n2023年11月20日17:07 | 来源:人民网-某省频道\n\n"
            "11月20日,某省产业工会改革建设暨换届工作会议召开。会议总结了工作。")
    assert infer_metadata(page, "x.txt")["title"] == "某省产业工会改革建设暨换届工作会议召开"


def test_a_headline_over_a_date_and_its_source_is_a_news_story():
    """移动新媒体 / 2023年黑龙江粮食产量1557.64亿斤 连续14年位居中国第一 / 2023-12-11 来源:中国新闻网 (round 107): the
    line over the page's date and source is the headline, not the menu word above it."""
    page = ("登录 注册\n\n移动新媒体\n\n2023年某省粮食产量1557.64亿斤 连续14年位居全国第一\n\n2023-12-11 来源:中国新闻网\n\n"
            "  中新网哈尔滨12月11日电(记者 王某)某省农业农村厅11日发布消息,今年,某省粮食总产量1557.64亿斤。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("2023年某省粮食产量1557.64亿斤 连续14年位居全国第一", "news_report")


def test_an_officials_post_and_name_is_no_title():
    """——2023年11月28日在…人大常委会…会议上 / 省发展改革委主任王前虎 (a progress report, round 106): who reports, by post
    and name, no title; a meeting of a presidium (市总工会主席团会议) may be one."""
    assert not _RE_NOT_TITLE.search("市总工会主席团会议")
    page = ("——2023年11月28日在某省人大常委会第五次会议上\n省发展改革委主任王某某\n主任、各位副主任、秘书长、各位委员:\n"
            "受省政府委托,现将全省“十四五”规划纲要实施中期评估情况报告如下,请予审议。")
    assert "王某某" not in infer_metadata(page, "x.txt")["title"]


def test_a_columns_bar_before_a_headline_stands_for_a_kickers_colon():
    """四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右 (人民网成都1月22日电…, round 107): a story about the
    report, news; a bar before a genre's name (专题丨2024年政府工作报告) keeps the genre."""
    assert find_doc_type("某省政府工作报告丨2024年某省地区生产总值预期增长6%左右", "") == "news_report"
    assert find_doc_type("2024年某市政府工作报告", "") == "government_work_report"


def test_a_news_storys_year_is_its_events_where_the_lead_dates_it_after_the_year_its_headline_names():
    """…组织召开2023年度镇街工会述职评议会议 / 为深入推动…,2024年1月29日下午,…召开了… (round 106): the meeting of 2024
    that reviews 2023, dated by its day; a lead dated the year the headline names keeps it."""
    page = ("某新区总工会组织召开2023年度镇街工会述职评议会议\n为深入推动全区工会工作高质量发展,2024年1月29日下午,某新区总工会"
            "在八楼会议室组织召开了2023年度镇街工会述职评议会议。\n会上,全区23个镇街总工会依次汇报了工作。")
    assert infer_metadata(page, "x.txt")["year_start"] == 2024
    assert infer_metadata(page.replace("2024年1月29日", "2023年12月29日"), "x.txt")["year_start"] == 2023


def test_a_delegates_salutation_over_the_governments_work_is_a_government_work_report():
    """二、2024年工作安排 / 各位代表,2024年是…做好政府工作意义重大 (a page cut into a county's report, round 106)."""
    page = ("二、2024年工作安排\n各位代表,2024年是实施“十四五”规划关键一年。做好政府工作意义重大、责任重大,要持续加压奋进抓落实。")
    assert infer_metadata(page, "x.txt")["doc_type"] == "government_work_report"


def test_a_headlines_sentence_about_a_document_in_title_marks_is_a_news_story():
    """@南阳人,《政府工作报告》2023年成绩单来了! (round 71, once a headline with an exclamation was read): a story about the report; a title
    that is the document's name (关于印发《…》的通知, 《2024年政府工作报告》) keeps its genre."""
    assert find_doc_type("@某市人,《政府工作报告》2023年成绩单来了!", "") == "news_report"
    assert find_doc_type("2024年某市政府工作报告", "") == "government_work_report"


def test_a_notices_addressees_are_not_its_place():
    """兰州市、白银市、定西市、临夏回族自治州人民政府,…省属有关企业: (a provincial notice, round 107): the bodies it is sent
    to; the place comes from elsewhere (here the file name)."""
    page = ("甘政办发〔2018〕154号\n兰州市、白银市、定西市、临夏回族自治州人民政府,兰州新区管委会,省政府有关部门:\n"
            "《某城市群发展规划实施方案》已经省政府同意,现印发给你们,请结合实际,认真贯彻落实。\n")
    assert find_place("", page, "05_gansu_implementation-plan.txt")[0] == "甘肃省"


def test_a_text_opening_on_the_heading_of_a_plans_execution_is_a_progress_report():
    """一、上半年计划执行情况 / 今年以来，… (a district's mid-year report, its title lost, round 107): a report on how the
    plan went, not a summary for its 今年以来; a text opening on its plan's tasks is none."""
    assert find_doc_type("", "一、上半年计划执行情况\n今年以来，全区上下坚持稳中求进，经济运行总体平稳。") == "progress_report"
    assert find_doc_type("", "一、下半年工作计划\n今年以来，全区经济运行总体平稳。") != "progress_report"


def test_a_pages_field_label_alone_is_no_title_though_its_characters_are_spaced_out():
    """时 间 / 2022 / 12/18 / 06:28 / 分 享 / 评 论 under a breadcrumb (round 102, whose title was 时间): the page's fields and
    buttons, no title."""
    for line in ("时 间", "分 享", "评 论", "时间", "来 源"):
        assert _RE_NOT_TITLE.search(line), line
    assert not _RE_NOT_TITLE.search("时间就是生命")


def test_an_untitled_page_that_opens_on_its_stamp_is_a_sites_story():
    """来源: 时间:2018-05-04 13:30【字号:大 中 小】 / 会上,县总工会…总结了2017年的工作,安排部署2018年工作任务。 (round 105): a
    site's story whose headline the page lost, dated by the year its meeting plans; an untitled text without a stamp
    stays of no known genre."""
    page = ("来源: 时间:2018-05-04 13:30【字号:大 中 小】\n会上,县总工会常务副主席刘某某同志总结了2017年的工作,安排部署2018年"
            "工作任务。\n县总工会主席吴某某同志出席并讲话。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2018)
    assert infer_metadata(page.split("\n", 1)[1], "x.txt")["doc_type"] == "unknown"


def test_a_headline_that_ends_on_a_result_reached_is_news_dated_by_its_page_within_the_span_it_names():
    """陕西“十四五”规划主要目标基本实现 over a page stamped 2025 (round 161): a story of how the plan went, not the plan, of
    2025 (the span's start, 2021, before); a task to reach the result (确保…全面完成) names the plan's genre."""
    page = ("某省“十四五”规划主要目标基本实现\n2025-11-20 07:49:14 来源:某网\n"
            "11月19日，省政府新闻办公室举办新闻发布会，介绍“十四五”经济社会发展成就。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2025)
    assert find_doc_type("确保“十四五”规划目标全面完成", "") != "news_report"


def test_genres_named_by_a_chronicle_a_years_key_tasks_and_a_work_plans_other_name():
    """杭州市总工会二〇二三年一月大事记 (a month's chronicle: a summary), 山东省…2023年重点工作任务 (the year's key tasks: work
    points), 城东街道2025年工作谋划 (a work plan) (rounds 108-109); a task list's division of work keeps its genre."""
    assert find_doc_type("某市总工会二〇二三年一月大事记", "") == "work_summary"
    assert find_doc_type("某省建设绿色低碳高质量发展先行区2023年重点工作任务", "") == "work_points"
    assert find_doc_type("2018年政府工作任务", "") == "work_points"  # a government's tasks for the year (round 158)
    assert find_doc_type("2016年市政府重点工作", "") == "work_points"  # the year's key work of a government (round 167)
    assert find_doc_type("某街道2025年工作谋划", "") == "work_plan"
    assert find_doc_type("2023年重点工作任务分工方案", "") != "work_points"


def test_a_speaker_reporting_for_a_citys_government_to_the_congress_gives_a_government_work_report():
    """各位代表: / 现在,我代表市政府向大会报告工作,… / 一、2022年工作回顾 (round 109): a government work report of 2023;
    受省政府委托，现将…情况报告如下 (to a standing committee) is no such report."""
    page = "各位代表:\n现在,我代表市政府向大会报告工作,请予审议。\n一、2022年工作回顾\n2022年,全市生产总值增长4%。"
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("government_work_report", 2023)
    assert find_doc_type("", "受省政府委托,现将全省规划纲要实施中期评估情况报告如下,请予审议。") != "government_work_report"


def test_a_release_preface_names_the_document_whose_text_follows():
    """近日,…印发了《江西省…三年行动计划(2024-2026年)》,要求…。现将计划予以公开发布。 (round 109): the page is the plan,
    its title the one the preface names; a news lead of a document issued, with no text released, stays news."""
    page = ("近日,中共某省委办公厅、某省人民政府办公厅印发了《某省打造生态文明建设高地三年行动计划(2024-2026年)》,要求各地各部门"
            "结合实际认真抓好贯彻落实。现将计划予以公开发布。\n打造生态文明建设高地,要坚持以习近平新时代中国特色社会主义思想为指导。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("某省打造生态文明建设高地三年行动计划(2024-2026年)", "action_plan")


def test_page_decorations_the_date_run_on_a_title_two_reporters_and_a_stamp_with_the_year_last():
    """五角场街道办事处2023年工作总结2024-02-29 (the page's date run on), 葉小鐘 趙思遠 (two reporters over the stamp),
    05.02.2023  12:43 (a stamp with the year last, which dates an untitled story) (rounds 108-109)."""
    assert find_title("某街道办事处2023年工作总结2024-02-29\n一、主要工作") == "某街道办事处2023年工作总结"
    page = ("中国工会新闻\n\n2024年“千人汇湾区”活动启动\n\n叶小钟 赵思远\n\n2024年07月05日15:34  来源:工人日报客户端\n\n"
            "粤港工会携手同心,共创湾区美好未来。近日,活动启动仪式在广州南沙举行。")
    assert infer_metadata(page, "x.txt")["title"] == "2024年“千人汇湾区”活动启动"
    story = "市十五届人大三次会议隆重开幕\n\n05.02.2023  12:43\n\n来源: 某日报\n\n2月4日上午,市十五届人大三次会议在会堂隆重开幕。"
    assert infer_metadata(story, "x.txt")["year_start"] == 2023


def test_an_epigraph_above_a_speechs_title_and_a_speech_at_a_meeting():
    """要树立大抓基层的鲜明导向，…。 / 习近平 / 在全省工会工作调度会议上的讲话 / (2019年8月19日) (round 110): a leader's words
    and name above the title; a speech at a meeting is a work report."""
    page = ("要树立大抓基层的鲜明导向,坚持眼睛向下,面向基层。\n习近平\n在全省工会工作调度会议上的讲话\n(2019年8月19日)\n王某某\n"
            "同志们:\n这次会议的主要任务是,总结交流2019年上半年全省工会工作,研究部署下一步工作任务。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("在全省工会工作调度会议上的讲话", "work_report")


def test_page_lines_of_newspapers_and_numbered_disclosure_fields_are_no_titles():
    """浙江工人日报 数字报纸 / 00002版:浙工会 (an e-paper, round 111); 海南日报报业集团旗下媒体: 海南日报 |南国都市报 |…
    and 国内统一刊号:CN52-0013 (a newspaper group's lines, round 110); 1. [主题分类] 国土资源 (a numbered disclosure
    field, round 110, whose page had no title before)."""
    for line in ("浙江工人日报 数字报纸", "00002版:浙工会", "某日报报业集团旗下媒体: 某日报 |南国都市报 |南海网 |证券导报",
                 "某日报报刊社 出版 国内统一刊号:CN52-0013代号65-1"):
        assert _RE_NOT_TITLE.search(line), line
    assert not _RE_NOT_TITLE.search("标题: | 某街道2025年工作谋划 | ||")  # a table's row that holds the title
    page = ("政务公开 > 规划 > 五年规划 > 其他规划\n  1. [主题分类] 国土资源、能源/其他\n  2. [规划分类] 其他规划\n"
            "  3. [发文单位] 某市规划和自然资源委员会\n\n某市国土空间近期规划(2021年—2025年)\n\n序 言\n\n2021年至2025年是总体规划实施"
            "第二阶段,要综合考虑多方面因素。")
    assert infer_metadata(page, "x.txt")["title"] == "某市国土空间近期规划(2021年—2025年)"


def test_a_wires_dateline_with_a_space_and_a_half_years_opening():
    """中新网 太原1月23日电 (a wire's dateline, the outlet and the city set apart, round 111): news; 2022年上半年，鲁城镇…
    (a half-year summary's opening, round 111): its year."""
    assert find_doc_type("", "中新网 太原1月23日电 (记者 杨某)1月23日,某省人民代表大会在太原开幕。") == "news_report"
    page = "2022年上半年,某镇按照县委部署,扎实推进重点工作。现将工作具体情况汇报如下:\n一、上半年工作总结\n(一)疫情防控扎实推进。"
    assert infer_metadata(page, "x.txt")["year_start"] == 2022


def test_an_e_papers_rating_button_a_pictures_marker_and_a_front_matter_heading_are_no_titles():
    """我给版面打分 (an e-paper's button), 【资料图】 (where a photo was) and 前言 alone (a plan's first heading) are no
    titles; a headline over a stamp of who put it up and when (编辑:某某 时间:2013-02-04) is one."""
    page = "- 第2版:二版\n我给版面打分\n某某时报2024年10月01日 星期二\n某市工会代表大会文件征求意见座谈会召开\n本报讯 9月26日，座谈会召开。"
    assert find_title(page) == "某市工会代表大会文件征求意见座谈会召开"
    assert find_title("【资料图】\n近日，某市总工会启动“夏送清凉”活动，慰问职工。") == ""
    assert find_title("前言\n某州地处高原腹地，行政区划面积26.7万平方公里。") == ""
    # 簡介 over a yearbook's introduction (round 116, after its first scores): the entry's own title is below
    page = "簡介\n陝西省總工會目前已發展基層工會46591個。\n工會工作\n2010年陝西工會工作\n【綜述】 2010年,陝西經濟社會繼續保持發展。"
    assert infer_metadata(page, "x.txt")["title"] == "2010年陕西工会工作"
    stamped = "某某区总工会\n忠诚党的事业 竭诚服务职工\n基层动态\n各级工会精心组织开展“送温暖”活动\n编辑:某某 时间:2013-02-04 点击量:\n正文，开始。"
    assert find_title(stamped) == "各级工会精心组织开展“送温暖”活动"


def test_a_long_headline_with_commas_over_its_lead_or_its_reporter_is_the_title_and_news():
    """A headline of up to 48 characters with up to three commas is the title when the story's lead, the page's stamp
    or its reporter's name over the stamp follows; 总结 as the verb of a slogan's clause (总结过去，…) names no
    summary."""
    long_one = "自治区总工会党组学习习近平总书记重要讲话精神，强调为推动自治区高质量发展贡献工会力量"
    assert find_title(f"{long_one}\n\n9月29日，自治区总工会党组召开2025年第42次（扩大）会议，传达学习。") == long_one
    slogans = "山东省总工会：总结过去，表彰先进，开好新局"
    page = f"{slogans}\n\n田国垒\n\n2023年02月14日14:13  来源：工人日报客户端\n\n2月10日上午，山东省总工会2022年度工作总结表彰会召开。"
    meta = infer_metadata(page, "06_shandong_union-news.txt")
    assert (meta["title"], meta["doc_type"]) == (slogans, "news_report")
    assert find_doc_type("某县总工会2023年工作总结", "") == "work_summary"  # the genre's name still tells
    assert find_title("今年工会工作要推进，要落实，要见效，要创新\n下面分几点讲。") == ""  # no lead below: no headline


def test_a_papers_page_line_with_slashes_dates_the_story_not_a_year_of_its_history():
    text = ("工人日报/2025 年/4 月/2 日/第 002 版工会新闻\n河南工会不断创新服务方式\n"
            "1925 年 9 月 18 日，在党的领导下，河南省总工会在“五卅运动”的洪流中诞生。")
    assert find_years("", "x.txt", text) == (2025, 2025)


def test_on_behalf_of_a_government_names_its_place_without_the_verb():
    text = "各位代表：\n受上海市人民政府委托，向大会报告2024年国民经济和社会发展计划执行情况，请予审议。"
    assert infer_metadata(text, "report.txt")["place"] == "上海市"


def test_a_plan_that_names_itself_in_full_and_says_what_it_was_drawn_up_from_is_a_development_plan():
    """(2021年2月1日…会议批准) / 安徽省国民经济和社会发展第十四个五年规划和2035年远景目标纲要,根据…编制 (round 121): no
    title line, but the opening sentence names the plan and how it was drawn up; a sentence that merely plans to draw one
    up is no such opening."""
    opening = ("(2021年2月1日某省第十三届人民代表大会第四次会议批准)\n某省国民经济和社会发展第十四个五年规划和2035年远景目标"
               "纲要,根据党的十九届五中全会精神和《建议》编制,主要明确“十四五”时期发展指导思想。\n第一篇 全面开启现代化建设新征程")
    assert find_doc_type("", opening) == "development_plan"
    assert find_doc_type("", "我们要根据省委要求，编制好“十五五”规划，推动高质量发展。") == "unknown"


def test_a_report_of_how_a_plan_went_without_a_title_line_takes_the_name_its_speaker_gives_it():
    """——2025年2月25日在…会议上 / 市发展和改革委员会主任 郭某 / 各位代表: / 受市政府委托，我向大会作关于…计划执行情况与
    2025年计划草案的报告 (round 121): the report's name is its title, which dates it by the year reported on; a
    government work report so delivered keeps a title made from year and place."""
    page = ("——2025年2月25日在某市第七届人民代表大会第六次会议上\n某市发展和改革委员会主任 郭某某\n各位代表:\n"
            "受市政府委托,我向大会作关于某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告,请予审议。\n"
            "一、2024年国民经济和社会发展计划执行情况\n2024年，全市地区生产总值增长5.8%。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"], meta["year_start"]) == (
        "关于某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告", "progress_report", 2024)
    assert "title (the report the opening delivers)" in meta["inferred"]
    speech = infer_metadata("各位代表：\n现在，我代表国务院，向大会作关于政府工作的报告，请予审议。", "gwr_1980.txt")
    assert (speech["title"], speech["doc_type"]) == ("1980年政府工作报告", "government_work_report")
    on_a_plan = infer_metadata("各位代表：\n我代表国务院，向大会作关于一九五六年到一九六七年全国农业发展纲要的执行情况和争取提前"
                               "实现这个纲要的报告。", "gwr_1960.txt")  # the opening tells its genre, another one
    assert (on_a_plan["title"], on_a_plan["doc_type"]) == ("1960年政府工作报告", "government_work_report")


def test_a_headline_that_announces_the_full_text_gives_way_to_the_documents_own_title_below():
    """权威发布!2021年四川省委一号文件(全文) / 发布时间:… 来源:… / 中共四川省委四川省人民政府 / 关于…开启农业农村 /
    现代化建设新征程的意见(2021年3月1日) (round 121): the page reproduces the document, whose own title, broken over
    lines and dated, is the title; a headline over no such title stays."""
    page = ("权威发布!2021年某省委一号文件(全文)\n\n发布时间:2021-03-25  来源:某省在线  点击量:492\n\n中共某省委某省人民政府\n\n"
            "关于全面实施乡村振兴战略开启农业农村\n\n现代化建设新征程的意见(2021年3月1日)\n\n"
            "为全面实施乡村振兴战略,开启农业农村现代化建设新征程,结合我省实际,现提出如下意见。\n\n一、总体要求")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("关于全面实施乡村振兴战略开启农业农村现代化建设新征程的意见", "opinions")
    assert find_title("某省政府工作报告(全文)\n发布时间:2021-03-25  来源:某省在线\n各位代表:\n现在,我代表省人民政府,向大会报告工作。") \
        == "某省政府工作报告"


def test_a_headline_under_its_label_in_brackets_over_page_fields_or_with_its_date_after_it():
    """Round 123: 【原标题】 before the headline is a label; a page's fields (所属地区:上海) between a headline and its
    stamp are no headline; the date a page sets after a title in brackets is no part of it."""
    assert find_title("【原标题】某市总工会召开全委会议\n1月8日，某市总工会召开全委会议。") == "某市总工会召开全委会议"
    page = "上海工会启动新年度实事项目征集 聚焦职工需求再发力\n所属地区:上海\n发布日期:2025年08月17日\n上海市总工会近日启动征集工作。"
    assert find_title(page) == "上海工会启动新年度实事项目征集 聚焦职工需求再发力"
    report = ("关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告 ( 2026年02月12日 )\n"
              "各位代表：\n现在报告。")
    assert find_title(report) == "关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告"


def test_a_news_lead_after_a_sentence_of_slogan_and_a_provinces_unions_at_every_level():
    """Round 122: 与新时代同行，向高质量奋进。12月23日，…开幕: a news story; round 123: 江西各级工会为…: the province's."""
    assert find_doc_type("", "与新时代同行，向高质量奋进。12月23日，某省工会第十四次代表大会在某地开幕。") == "news_report"
    assert find_doc_type("", "一年来，我们做了以下工作。") == "work_summary"
    assert find_place("江西各级工会为一线劳动者“送清凉”", "", "x.txt") == ("江西省", "title")
    assert find_place("江西全省各级工会开展送清凉", "", "x.txt") == ("江西省", "title")


def test_a_yearbooks_entry_is_a_summary():
    """A page under a yearbook's navigation (首页 > … > 志书年鉴) is its entry, which reviews its year (rounds 80, 105,
    126, 127: every labeller calls it a summary); without the navigation, its stamp makes it news."""
    page = ("首页 > 某市库 > 某区库 > 志书年鉴\n\n工会基层组织建设\n\n2021-06-17 10:09:36 来源:某区档案馆\n\n"
            "2013年，区总工会通过进一步实施组建工作机制，工会组建工作稳步发展。全区新建单独基层工会160个。")
    assert infer_metadata(page, "x.txt")["doc_type"] == "work_summary"
    assert infer_metadata(page.split("\n", 2)[2], "x.txt")["doc_type"] == "news_report"  # no yearbook: its stamp


def test_a_yearbooks_volume_dates_its_entry_the_year_before():
    """2015卷保定年鉴 over an entry (round 129; 2022卷 in rounds 80 and 127): the volume reports the year before, whatever
    the page's stamp (更新时间:2016-06-23) says."""
    page = ("2015卷保定年鉴 您当前所在位置:首页 > 方志馆 > 数字方志 > 年鉴 > 2015卷保定年鉴 > 正文\n\n社会团体\n\n"
            "更新时间:2016-06-23 17:36:00点击次数:207095次\n\n社会团体·工会\n\n【保定市总工会】保定市总工会是市委联系全市职工的桥梁和纽带。")
    m = infer_metadata(page, "x.txt")
    assert (m["doc_type"], m["year_start"]) == ("work_summary", 2014)


def test_a_reports_byline_dates_it_after_an_e_papers_date_on_the_same_line():
    """商洛日报/2024 年/2 月/6 日/第 001 版政府工作报告——2024 年 2 月 2 日在…会议上… on one line (round 129): the
    byline's date gives the year, not the first date of the line."""
    page = ("某某日报/2024 年/2 月/6 日/第 001 版政府工作报告——2024 年 2 月 2 日在某市第五届人民代表大会第四次会议上"
            "某市人民政府市长 王某各位代表:现在,我代表市人民政府向大会报告工作,请予审议。一、2023 年工作回顾")
    assert infer_metadata(page, "x.txt")["year_start"] == 2024


@pytest.mark.parametrize("text, title", [
    ("2022年某区政府工作报告(全文29812字)\n各位代表：", "2022年某区政府工作报告"),  # a site's count of characters
    # a page's stamp run onto the title line, and a notice's title in title marks (round 131)
    ("2021年某省政府工作报告 发布时间:2021-02-22 10:16\n各位代表：", "2021年某省政府工作报告"),
    # a communiqué's title run into its page's stamp and text, the line breaks lost (round 130)
    ("2015年上海市闵行区国民经济和社会发展统计公报来源:闵行区统计局2016-03-01第6期2016年2月22日2015年,在区委、区政府的坚强领导下,"
     "全区经济总体保持平稳健康发展。", "2015年上海市闵行区国民经济和社会发展统计公报"),
    ("《某市人民政府办公厅关于印发2019年〈政府工作报告〉确定的主要目标任务责任分解方案的通知》\n各区(市)县政府:",
     "2019年〈政府工作报告〉确定的主要目标任务责任分解方案"),
    ("某某政协报数字报纸\n微信公众平台:CQZXB999\n按日期搜索\n2024年某市某区政府工作报告\n各位代表：",
     "2024年某市某区政府工作报告"),  # an e-paper's name, its account and its search button (round 129)
])
def test_a_title_without_an_e_papers_lines_or_a_sites_character_count(text, title):
    assert find_title(text) == title


def test_a_verb_before_the_level_word_diqu_is_no_place():
    """…精神,将地区工会及其下属各级工会… (round 130): 将地区 is no place; the place the text names is."""
    text = ("改革开放40年地区总工会工作\n1979年，地区总工会根据中国工会“九大”精神，将地区工会及其下属各级工会领导人的主任职称改为主席。"
            "地委进一步明确，大兴安岭地区总工会也是大兴安岭林管局工会。")
    assert infer_metadata(text, "x.txt")["place"] == "大兴安岭地区"


def test_words_before_sheng_are_no_province():
    """确保省十四届人大三次会议审议通过的… (round 132): the province's own assembly after a verb, no place named 确保省;
    the file name's province is the place. 某省 stays an anonymised one."""
    text = ("2025年省《政府工作报告》重点工作分工方案(一)\n\n  2025年是“十四五”规划的收官之年。为贯彻落实省“两会”精神，"
            "确保省十四届人大三次会议审议通过的省《政府工作报告》各项重点工作落地见效，现制定分工方案。")
    assert infer_metadata(text, "13_liaoning_task-allocation-plan.txt")["place"] == "辽宁省"
    assert find_place("", "会议指出，某省十四届人大三次会议…", "x.txt")[0] == "某省"


def test_a_yearbook_entry_by_its_bracketed_heading_and_year_and_an_honour_from_the_state_council():
    """市总工会 / 人民团体 / 【职工经济技术创新“三建功”活动】 2005年，市总工会深入开展… (round 132): a yearbook's entry,
    a summary of 2005, though no navigation names the yearbook; 受到了国务院的表彰 (an honour received) is no speaker
    reporting for the State Council, so no government work report."""
    text = ("市总工会\n人民团体\n市总工会\n【职工经济技术创新 “三建功”活动】 2005年，市总工会深入开展职工经济技术创新活动。"
            "全市共有820多名职工参加了27个工种的决赛。8名全国劳动模范在“五一”前夕受到了国务院的表彰。")
    meta = infer_metadata(text, "01_jiamusi_union-work-summary.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("work_summary", 2005)
    assert find_doc_type("", "我受国务院委托，向大会报告政府工作。") == "government_work_report"


def test_a_years_highlights_looked_back_on_are_a_summary():
    """陝西省總工會2023年亮點回眸 (round 134): the union's own review of its year, a work summary; a story's series
    tag before its headline (回眸2024：…) is not."""
    assert find_doc_type("陕西省总工会2023年亮点回眸", "") == "work_summary"
    assert find_doc_type("2024年工作回眸", "") == "work_summary"
    assert find_doc_type("回眸2024：我市经济稳中有进", "") != "work_summary"


def test_a_union_report_told_delivered_in_the_opening_is_named_by_it():
    """各位代表:我受第十五届工会委员会…委托,向大会作2024年度校工会工作报告,… (round 134, no title line): the report's own
    name, its year and genre; a government work report told so keeps the genre's made title."""
    text = ("各位代表:我受第十五届工会委员会、第九届教代会执行委员会委托,向大会作2024年度校工会工作报告,请各位代表予以审议。\n"
            "2024年,在学校党委和市教育工会的领导下,校工会坚持以习近平新时代中国特色社会主义思想为指导。")
    meta = infer_metadata(text, "03_x_union-work-report.txt")
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == ("2024年度校工会工作报告", 2024, "work_report")
    assert infer_metadata("各位代表：\n现在，我代表市人民政府，向大会作2024年政府工作报告，请予审议。", "x.txt")["doc_type"] \
        == "government_work_report"


def test_a_document_sites_keywords_one_to_a_line_are_no_title():
    """2023 / 总工会 / 半年 / 工作总结 / 下半年 / 工作思路 above the real title (round 137's document site): a run of
    keyword lines, none of them the title, though 工作思路 names a genre."""
    text = ("2023\n总工会\n半年\n工作总结\n下半年\n工作思路\n区总工会XX年半年工作总结及下半年工作思路\n"
            "2023年上半年，在区委、区政府和上级工会的正确领导下，区总工会开展工作。")
    meta = infer_metadata(text, "05_x_union-summary-and-plan.txt")
    assert (meta["title"], meta["doc_type"]) == ("区总工会XX年半年工作总结及下半年工作思路", "summary_and_plan")


def test_a_lead_that_opens_on_the_hour_of_a_session_makes_news():
    """1月5日上午9时，…第十八届人民代表大会第三次会议…隆重开幕 (round 140): a story of the session, though it goes on to the
    government work report; the headline of a story whose lead names the hour is its title (round 134)."""
    lead = ("1月5日上午9时，某旗第十八届人民代表大会第三次会议在雄壮的国歌声中隆重开幕。\n"
            "大会首先听取了旗长代表旗人民政府所作的工作报告。政府工作报告共分三个部分。")
    assert find_doc_type("", lead) == "news_report"
    page = "某省2024年GDP增长目标5.5%左右，城镇新增就业40万人以上\n1月26日上午9时，某省人民代表大会开幕。"
    assert find_title(page) == "某省2024年GDP增长目标5.5%左右，城镇新增就业40万人以上"


def test_a_notice_title_cut_before_the_plan_it_sends_is_titled_by_the_plan():
    """南宁市人口发展规划(2021—2030年)的通知 / 各县(市、区)人民政府…: / 《…》已经…审议通过,现印发给你们 (round 141): the notice's
    关于印发 is cut off; its title is the plan it sends. A notice of work to do keeps its own title."""
    page = ("某市人口发展规划(2021—2030年)的通知\n各县(市、区)人民政府,市政府各部门:\n"
            "《某市人口发展规划(2021—2030年)》已经市人民政府常务会议审议通过,现印发给你们。\n某市人口发展规划(2021—2030年)\n")
    assert find_title(page) == "某市人口发展规划(2021—2030年)"
    assert find_title("开展2024年春节送温暖活动的通知\n各县工会：") == "开展2024年春节送温暖活动的通知"


def test_a_sharing_sites_notice_names_the_title_by_its_file():
    """《2022工会上半年工作总结 (19).doc》由会员分享… over 1、工会上半年工作总结 一、… (round 141): the file's name, its copy
    number, date tag and extension off, is the title; the notice itself is clutter."""
    page = ("《2022工会上半年工作总结 (19).doc》由会员分享,可在线阅读,更多相关《2022工会上半年工作总结 (19).doc(14页珍藏版)》请在"
            "某某网上搜索。\n1、工会上半年工作总结 一、上半年主要工作\n")
    assert find_title(page) == "2022工会上半年工作总结"
    assert find_title("《市文化和旅游局2023年工作总结及2024年重点工作安排(20240108).docx》由会员分享\n正文") == \
        "市文化和旅游局2023年工作总结及2024年重点工作安排"


def test_round_152_and_153_pages_a_proposal_an_original_headline_a_magazines_byline_and_a_title_in_two_parts():
    """A party committee's 关于制定…规划…的建议 is a proposal (opinions), as the blind labellers have it, not the plan
    itself; a headline with a comma that the page labels again as 原标题: is the title; □本刊编辑部 is a byline; a title
    in two parts run into the text (…工作总结及2021年工作要点2021年…) is whole."""
    assert find_doc_type("中共某市委关于制定某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", "") == "opinions"
    assert find_doc_type("某市国民经济和社会发展第十四个五年规划纲要", "") == "development_plan"
    # the proposal whose page lost its title, by its own words (…就制定…“十四五”规划…提出以下建议。, round 161): no news
    proposal = "（2020年12月9日中国共产党某省第十二届委员会第八次全体会议通过）\n中共某省委就制定国民经济和社会发展“十四五”规划提出以下建议。"
    assert find_doc_type("", proposal) == "opinions"
    story = ("中工娱乐\n\n牢记嘱托 主动作为，奋力书写新时代工会工作高质量发展答卷\n\n来源:工人日报客户端\n2023-10-26 19:40\n\n"
             "原标题:牢记嘱托 主动作为，奋力书写新时代工会工作高质量发展答卷\n\n新区总工会始终牢记嘱托，开展系列品牌工作。")
    assert find_title(story) == "牢记嘱托 主动作为，奋力书写新时代工会工作高质量发展答卷"
    assert find_title("□本刊编辑部\n2023年是全面贯彻落实党的二十大精神的开局之年。一年来，首都各级工会深入开展主题教育。") == ""
    run_in = ("教育工会2021年工作总结及2021年工作要点2021年市教育工会工作在上级工会组织和各级党政领导的关心支持下，"
              "紧紧围绕学校教育教学工作中心，取得了一定的成绩。")
    assert find_title(run_in) == "教育工会2021年工作总结及2021年工作要点"


def test_a_flattened_notices_addressees_are_no_place_and_the_plan_it_sends_is_the_title():
    """各县市区人民政府,市政府各工作部门: 《郴州市 2025 年国民经济和社会发展计划》已经…审议通过,现印发给你们 on one line (round
    155, a page that lost its line breaks): the addressees (各县市区) name no place; the plan the notice sends is the
    title, and its place the place."""
    page = ("各县市区人民政府,市政府各工作部门,中省驻郴各单位: 《某州市 2025 年国民经济和社会发展计划》已经市六届人大四次会议"
            "审议通过,现印发给你们,请认真组织实施。 某 州 市 人 民 政 府 2025 年 3 月 22 日 某州市 2025 年国民经济和社会发展计划 "
            "2025 年是“十四五”规划收官之年。")
    meta = infer_metadata(page, "x.txt")
    assert (meta["title"], meta["place"], meta["year_start"]) == ("某州市2025年国民经济和社会发展计划", "某州市", 2025)


def test_a_cluster_of_cities_at_a_titles_start_is_no_place():
    """北部湾城市群发展规划广西实施方案 (round 154): 城市群 is a cluster of cities, no place; the province the title names is;
    东阳市群众… still opens on its city."""
    assert infer_metadata("北部湾城市群发展规划广西实施方案\n一、总体要求\n正文。", "x.txt")["place"] == "广西壮族自治区"
    assert infer_metadata("东阳市群众文化活动实施方案\n正文。", "x.txt")["place"] == "东阳市"
    # nor is a city the addressees name by their short names (南宁、北海…、崇左市人民政府，…:): the signing issuer is the place
    notice = ("南宁、北海、防城港、钦州、玉林、崇左市人民政府，自治区人民政府各组成部门、各直属机构：\n"
              "现将《北部湾城市群发展规划广西实施方案》印发给你们，请认真组织实施。\n广西壮族自治区人民政府\n2018年1月5日\n正文。")
    assert infer_metadata(notice, "x.txt")["place"] == "广西壮族自治区"


def test_a_disclosure_pages_empty_keyword_field_is_no_title():
    """关键词: | on a line of its own (round 174's 嘉定 page): a form's field with an empty cell, page meta; the title
    is the line after the form."""
    text = ("索引号: | 00001434-9/2021-00057 | 发布机构: | 区统计局 |\n发文日期: | 2021年10月20日 | 主题分类: | 数据开放 |\n"
            "关键词: |\n2021年1-10月嘉定区经济运行情况简析\n一、工业生产增速持续放缓\n1-10月，全区规模以上工业实现总产值4317.1亿元。")
    meta = infer_metadata(text, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("2021年1-10月嘉定区经济运行情况简析", "progress_report")


def test_a_preface_that_ends_on_the_plan_it_draws_up_names_the_text():
    """…根据《中共某市委员会关于制定…的建议》，制定《某市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。 (round 176's
    鄂尔多斯 page, cut below its title): the plan drawn up here is the text; the proposal it follows is not."""
    text = ("“十四五”时期是开启全面建设社会主义现代化新征程的第一个五年。根据《中共鄂尔多斯市委员会关于制定国民经济和社会发展第十四个"
            "五年规划和二〇三五年远景目标的建议》，制定《鄂尔多斯市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。\n"
            "第一篇 开启全面建设社会主义现代化鄂尔多斯新征程\n第一章 发展基础\n“十三五”时期，全市经济总量稳步提升。")
    meta = infer_metadata(text, "x.txt")
    assert (meta["title"], meta["doc_type"]) == ("鄂尔多斯市国民经济和社会发展第十四个五年规划和2035年远景目标纲要", "development_plan")


def test_a_communique_with_no_title_is_known_by_its_estimate_and_its_first_section():
    """初步测算，全年全县地区生产总值110.30亿元 under 一 综 合 (round 176's 曲沃 communiqué, its traditional characters
    made simplified by cleaning, its title lost): 初步测算 as 初步核算, and the section heading set out with a space."""
    text = ("2019年，曲沃县高举习近平新时代中国特色社会主义思想伟大旗帜，全县经济激昂奋进超出预期。\n一 综 合\n"
            "初步测算，全年全县地区生产总值110.30亿元，同比增长14.5%。\n二 农 业\n全年全县农林牧渔业总产值27.28亿元。")
    assert infer_metadata(text, "18_quwo_statistical-communique.txt")["doc_type"] == "statistical_communique"


def test_an_annual_report_is_a_summary():
    """2017年上海教育工作年报 (round 184, read as plan: its figures became targets): a 年报 or 年度报告 reports its year."""
    assert find_doc_type("2017年上海教育工作年报", "") == "work_summary"
    assert find_doc_type("2023年政府信息公开工作年度报告", "") == "work_summary"
    assert find_doc_type("2024年上海市工会工作要点", "") == "work_points"


def test_a_districts_province_comes_from_the_places_table_when_only_one_province_has_it():
    """姑苏区's plan names no province (a new user's added plan got none): places.csv has one 姑苏区, in 江苏; 鼓楼区 is in
    four provinces, so none is guessed."""
    plan = "{}总工会2023年工作要点\n一、主要任务\n1．新建职工之家10家。"
    assert infer_metadata(plan.format("姑苏区"), "2023_gusu_union-work-points.txt")["province"] == "江苏"
    assert infer_metadata(plan.format("鼓楼区"), "2023_gulou_union-work-points.txt")["province"] == ""


def test_a_headline_over_its_dashed_subtitle_and_the_pages_stamp_is_the_title_with_its_subtitle():
    """桂工网 / … / 筑梦新征程 扬帆“星”启航 / ——2024年桂林市七星区总工会亮点工作回眸 / 来源:… 发表时间:… (round 195): the
    headline stands over its subtitle, not right over the stamp; the subtitle names the genre (a year's highlights
    looked back on: a work summary) and the year."""
    page = ("桂工网\ngxworker.org.cn\n广西职工的网上家园\n筑梦新征程 扬帆“星”启航\n——2024年某市某区总工会亮点工作回眸\n"
            "来源:桂工网    作者:某某    发表时间:2024-11-18 19:25:34\n"
            "摘要:2024年以来,某区总工会围绕中心、服务大局,书写了精彩答卷。")
    found = infer_metadata(page, "x.txt")
    assert (found["title"], found["year_start"], found["doc_type"]) == (
        "筑梦新征程 扬帆“星”启航——2024年某市某区总工会亮点工作回眸", 2024, "work_summary")


def test_a_headline_that_is_one_of_a_series_of_readings_of_a_report_is_news():
    """两会聚焦·政府工作报告解读①|回望二〇二三 主要经济指标增速高于全国平均水平 (round 194): a numbered reading of the report,
    then the story's own headline, is a story about the report, not the report; the report's own title is not."""
    assert find_doc_type("两会聚焦·政府工作报告解读①|回望二〇二三 主要经济指标增速高于全国平均水平", "") == "news_report"
    assert find_doc_type("政府工作报告解读（二）：稳就业", "") == "news_report"
    assert find_doc_type("2024年某市政府工作报告", "") == "government_work_report"
    # the reading's word first, as a column's name (round 208's 舜网 story); a plain 解读《…意见》 keeps its policy's genre
    assert find_doc_type("“数读”政府工作报告 感受山东高质量发展脉动", "") == "news_report"
    assert find_doc_type("数读某市政府工作报告", "") == "news_report"
    assert find_doc_type("解读《某县人民政府关于抓好2020年大春农业生产工作的意见》", "") == "opinions"
    # a launch told (round 208's 富阳 story); a plan of the launch keeps its genre
    assert find_doc_type("富阳区总工会一线职工疗休养启动", "") == "news_report"
    assert find_doc_type("某区2021年职工疗休养活动启动方案", "") == "implementation_plan"
    # an outlet's wire tag after the name of its site and a comma (中安在线、中安新闻客户端讯, round 208): a news lead
    assert find_doc_type("", "发布时间:2024-02-21\n中安在线、中安新闻客户端讯 5项工作居全国首位……2023年,安徽农业强省建设开局良好") \
        == "news_report"


def test_a_news_lead_that_tells_the_year_a_report_looks_back_on_dates_the_story_by_the_session_after():
    """中新社拉萨1月19日电 …会议19日在拉萨开幕，…向大会作政府工作报告时称，2024年，西藏地区生产总值增长6.3%。 (round 195):
    the report is delivered the year after the one it reviews, and the story is dated by the session, as a labeller
    dates it; a year the report plans for (报告指出，2025年将…) is the story's own."""
    lead = "某社拉萨1月19日电 某区人民代表大会第三次会议19日开幕，主席在向大会作政府工作报告时称，2024年，地区生产总值增长6.3%。"
    assert infer_metadata(lead, "x.txt")["year_start"] == 2025
    plans = lead.replace("2024年，地区生产总值增长6.3%", "2025年，将推进重大项目建设")
    assert infer_metadata(plans, "x.txt")["year_start"] == 2025
    told = lead.replace("时称，2024年，", "，2024年，")
    assert infer_metadata(told, "x.txt")["year_start"] == 2024


def test_a_review_that_opens_on_looking_back_on_its_year_is_a_summary_of_that_year():
    """岁月更迭，四季轮回 / 回首2024，是乘风破浪… / 展望2025，… / 2024年，是…关键之年 (round 196's 湖州 department review):
    a text whose first lines look back on a year sums that year up."""
    text = ("岁月更迭，四季轮回\n回首2024，是乘风破浪、笃行不怠\n展望2025，是百舸争流、奋楫争先\n"
            "2024年，是关键之年，全市农林牧渔业总产值288.75亿元，排名全省第一。")
    found = infer_metadata(text, "x.txt")
    assert (found["doc_type"], found["year_start"]) == ("work_summary", 2024)


def test_a_far_horizon_in_a_news_lead_is_not_the_storys_year():
    """我苏网讯 未来5年江苏会是什么样?2035年又有哪些远景可期?3月1日上午，…发布《…纲要》 (round 196): 2035 is the plan's
    horizon, not the year of the story (whose targets for 2025 had read as past)."""
    lead = "某网讯 未来5年某省会是什么样?2035年又有哪些远景可期?3月1日上午，某省政府召开新闻发布会，发布《某省规划纲要》。"
    assert infer_metadata(lead, "x.txt")["year_start"] != 2035
    assert infer_metadata(lead.replace("2035年又有哪些远景可期?", "2021年的新闻发布会。"), "x.txt")["year_start"] == 2021


def test_a_headline_under_a_column_word_and_over_a_stamp_laid_out_a_part_a_line():
    """新闻 / 重庆将打造10条100亿元以上生态特色产业链 / 2024 / 01/26 / 10:49 (round 197): 新闻 is the site's column, the
    headline stands over the page's stamp, which dates the story."""
    page = ("新闻\n某市将打造10条100亿元以上生态特色产业链\n2024\n01/26\n10:49\n\n"
            "今年某市政府工作报告中提到，2024年，有力有效推进乡村全面振兴。")
    found = infer_metadata(page, "x.txt")
    assert (found["title"], found["year_start"], found["doc_type"]) == (
        "某市将打造10条100亿元以上生态特色产业链", 2024, "news_report")


def test_a_story_listed_twice_below_the_text_is_not_its_headline():
    """…(记者 曾小凤) / 您需要登录后才可以评论, 登录| 注册 / 晋江创造·…发布会举行2024-12-06 / … the same again (round 196): a line
    shown twice in the page's list of other stories, below the text, is not the story's headline, and the comment box's
    prompt is page clutter."""
    page = ("昨日，某市总工会十七届二次全委(扩大)会议召开，总结2023年工会工作情况，部署2024年工会工作任务。\n"
            "会上，某某作工作报告。\n(记者 某某)\n您需要登录后才可以评论, 登录| 注册\n某市运动时尚产业场景创新发布会举行2024-12-06\n"
            "某网推出专题报道。\n您需要登录后才可以评论, 登录| 注册\n某市运动时尚产业场景创新发布会举行2024-12-06\n")
    title = infer_metadata(page, "x.txt")["title"]
    assert "发布会" not in title and "登录" not in title
