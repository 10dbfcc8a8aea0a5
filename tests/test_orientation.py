"""Review or plan from a text's own words: the cues, the years it names and what they do not place in time."""
import pytest

from analysis.orientation import orientation
from analysis.structure import parse_plan


def test_a_rank_reached_and_an_estimate_of_a_result_look_back():
    assert orientation("增速位列全市第二，南六县第一；").label() == "review"
    assert orientation("地区生产总值达5600亿元（预计数，下同）。").label() == "review"
    aimed = orientation("力争地区生产总值增长7%，位列全省第一。")  # aimed at: 力争 holds the lead below 2
    assert aimed.label(2) == ""
    # a rank told with 排 (round 132's review of a year: 分别排全区第2、第1、第2、第3位), not one fought for (争排全省第一)
    assert orientation("全年全市GDP分别增长6.7%、6.6%，分别排全区第2、第1位。").label() == "review"
    assert orientation("争排全省第一。").review == 0


def test_a_plan_named_as_a_time_or_in_an_offices_name_is_no_plan_cue():
    back = "“十四五”规划以来，全州地区生产总值迈上1500亿元新台阶；城镇化率较“十三五”规划末提升3.37个百分点。"
    assert orientation(back, period=(2021, 2025)).plan == 0
    assert orientation("州发展改革委、自然资源和规划局等部门负责人出席。").plan == 0
    assert "plan:规划" in orientation("抓紧编制“十五五”规划，做好重大项目储备。").cues  # planning still plans


def test_a_year_before_the_period_looks_back_after_it_ahead():
    assert orientation("2014年完成了任务。", period=(2015, 2015)).label() == "review"
    assert orientation("到2017年新建学校。", period=(2015, 2015)).label() == "plan"


def test_a_base_year_and_a_span_of_years_the_period_falls_in_place_nothing_in_time():
    base = orientation("在2022年的基础上实现“双倍增”。", period=(2023, 2027))
    assert (base.review, base.plan) == (0, 0)
    task = orientation("5100所薄弱学校办学条件改善（2015—2017年）。", period=(2015, 2015))
    assert (task.review, task.plan) == (0, 0)
    past = orientation("2011—2013年新建学校。", period=(2015, 2015))
    assert past.label() == "review"  # a span wholly before the period still looks back


def test_a_comparison_with_the_year_before_is_no_look_back_where_targets_are_stated():
    """地区生产总值同比增长6.5%以上，… under 经济社会发展预期目标 (round 187): 同比 compares a target with the year before,
    as 较2012年 does; where the text is not known to state targets it still looks back (a review's results)."""
    text = "地区生产总值同比增长6.5%以上，固定资产投资同比增长6.5%以上，社会消费品零售总额比上年同期增长11%以上。"
    assert orientation(text, comparison_bases=False).review == 0
    assert orientation(text).review == 3


def test_the_perfective_le_before_a_quotation_mark_looks_back():
    assert orientation('实现了"十三五"良好开局。').review == 2


def test_a_year_that_opens_the_text_dates_it():
    opening = orientation("2016年，全省地区生产总值增长7.9%，实现年度目标。", period=(2017, 2017))
    inside = orientation("全省地区生产总值增长7.9%，高于2016年。", period=(2017, 2017))
    assert (opening.review, inside.review) == (4, 2)
    assert orientation("2018年，要新建学校。", period=(2017, 2017)).plan == 6  # 要 and the year after


def test_an_aim_reached_or_a_decision_taken_tells_no_time():
    reached = orientation("超额完成目标任务，实现年度目标，落实决策部署")
    assert reached.plan == 0
    assert orientation("明确目标任务，作出部署").plan == 2  # 目标 and 部署 as aims still count (目标任务 once)


def test_a_cutoff_of_what_was_done_so_far_looks_back():
    progress = orientation("截至2015年8月底，累计完成公共财政预算总收入67949万元，比上年同期增加6517万元。", period=(2015, 2015))
    assert progress.label(2) == "review"
    assert orientation("截至目前，全市建成驿站97家。").label(2) == "review"


def test_an_honour_received_looks_back_and_a_plan_followed_is_no_plan_cue():
    awards = orientation("定海街道总工会袁国平等11位同志获市先进个人称号，某公司等24家企业获市“优胜单位”称号。")
    assert awards.label(2) == "review"
    lead = orientation("国务院昨天印发了《纲要》。《纲要》指出，到2025年，一体化发展将取得实质性进展。", period=(2019, 2025))
    assert lead.label() == "plan"  # a news lead that reports a plan's issue: 昨天 is no cue


def test_a_year_described_as_it_went_looks_back():
    described = orientation("2020年，是极不平凡的一年，公司工会安排578名职工分三批体检。", period=(2020, 2020))
    assert (described.review, described.plan, described.label()) == (2, 0, "review")  # 安排578名: people or money
    # allocated is no plan cue (a review tells it as often as a plan); 安排 a task still is
    assert orientation("安排今年的重点工作。").plan == 1 and orientation("安排1.7亿元资金，组织体检。").plan == 0


def test_proposals_introduced_look_ahead():
    assert orientation("报告建议：全市生产总值增长10%左右，城镇登记失业率控制在4.3%左右。").label(2) == "plan"


def test_a_five_year_plan_that_begins_with_the_period_looks_ahead_a_past_one_tells_no_time():
    ahead = orientation("“十五五”时期，是基本实现现代化夯实基础的关键时期。", period=(2026, 2026))
    assert ahead.plan == 2 and "plan:“十五五”时期" in ahead.cues
    assert orientation("第二个五年计划期间才能建成。", period=(1955, 1955)).plan == 2
    # a past plan is as often the base of a comparison as the time looked back on; the current one is both
    for text in ("比“十三五”末提高5个百分点。", "同第一个五年计划期间的投资作比较。", "“十四五”时期的目标"):
        cues = orientation(text, period=(2023, 2023))
        assert not any("五" in cue for cue in cues.cues), (text, cues.cues)
    # but a past plan's time opening the text before a comma is the time it tells of (a plan's background)
    back = orientation("“十三五”时期，我市坚持以人民为中心，服务能力显著提升。", period=(2021, 2025))
    assert (back.review, back.strong_review) == (4, 4)


def test_the_name_of_a_new_industry_is_no_time_ahead():
    assert orientation("战略性新兴产业和未来产业加快发展，未来产业领域一批企业入选。").plan == 0
    assert orientation("未来五年，我们要加快发展。").label() == "plan"


def test_xianjiang_that_introduces_a_report_is_no_will():
    cues = orientation("今年取得了一定成绩。现将2023年工作报告如下：")
    assert "plan:将" not in cues.cues and cues.label() == "review"
    assert "plan:将" in orientation("明年将新建职工之家10家。").cues


def test_a_paragraph_opening_on_the_difficulties_still_seen_looks_back_whatever_its_musts():
    """同时，我们也清醒地看到…还要加大力度: the close of a review; the same words later in a text do not open it."""
    shortfalls = "发展中还存在不少困难。改革还要加大力度，任务仍然艰巨。"
    assert orientation(shortfalls).strong_review == 0
    cues = orientation("同时，我们也清醒地看到，" + shortfalls)
    assert cues.strong_review - cues.strong_plan >= 2  # under a review's heading, its musts no longer lead
    assert "清醒" not in "".join(orientation("要深化改革，推动发展。我们必须清醒地看到风险。").cues)


def test_a_cutoff_date_to_the_day_looks_back_and_a_paragraph_opening_on_a_target_label_looks_ahead():
    assert orientation("截至11月18日，发放奖学金两批次。").strong_review == 2  # as 截至年底, 截至目前
    cues = orientation("目标任务：对8所中小学校进行校舍安全改造，总建筑面积9720平方米。")
    assert cues.strong_plan >= 4 and cues.label(2) == "plan"
    assert orientation("完成目标任务：新建8所。").plan == 0  # what was done, not a label for what is to be


def test_a_deadline_this_year_and_the_requirements_set_out_look_ahead():
    assert orientation("今年年底前，全市行政村快递服务通达率达到100%。").strong_plan >= 2
    assert orientation("于今年年底前完成了改造。").plan == 0  # a deadline met
    assert orientation("市总工会工作的总体要求是：团结动员广大职工。").label(2) == "plan"
    assert orientation("按照总体要求，开展了活动。").plan == 0


def test_a_news_storys_happenings_look_back_and_its_lead_to_a_plan_does_not():
    """Rounds 90-91: the day of an event opening a paragraph, 连日来, 每到一处 and a gift handed over (将慰问品送给)
    tell what happened; a lead that goes on to the plan it reports (记者…了解到，今年将…) does not; 要义 is no 要."""
    visit = "21日，在环卫工作站，市总工会主席将慰问品和新春祝福送给环卫工人，并叮嘱他们一定要注意安全。"
    cues = orientation(visit)
    assert cues.review >= 2 and not any(cue.startswith("plan:将") for cue in cues.cues)  # (its 要 is the exhortation's)
    assert orientation("连日来，市总工会组成4个慰问组。每到一处，都与职工亲切交谈。").label() == "review"
    assert orientation("2月21日，记者从地区工会了解到，今年将着力做好“十项工作”。").label() == "plan"
    assert orientation("深刻领会核心要义。").plan == 0
    # a meeting's lead that plans (谋划2024年工作) is no happening told; one that sums up a year as well is
    assert orientation("1月5日，州总工会召开全委会，谋划2024年工作。").review == 0
    assert orientation("3月6日，旗总工会召开全委会议，对2024年工作进行总结，安排部署2025年工作。").review >= 2
    sets_out = orientation("《纲要》明确了“十四五”发展6个方面具体目标:")  # (its 了 tells the setting out, no result)
    assert sets_out.strong_plan - sets_out.strong_review >= 2


def test_a_year_a_task_sums_up_looks_neither_back_nor_ahead():
    assert orientation("总结2008年工会工作。", period=(2009, 2009)).review == 0
    assert orientation("表彰2023年度先进集体。", period=(2024, 2024)).review == 0
    assert orientation("总结了2008年的工作。", period=(2009, 2009)).review > 0  # done: its 了 tells


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_review_runs_on_only_into_paragraphs_whose_words_do_not_look_only_ahead():
    story = ("今年，某省总工会将新建职工之家10家。\n据了解，2018年某省总工会举办了职工技能大赛。\n"
             "据介绍，这些工作都有明确目标。其中，新命名省级职工创新工作室200家。\n其中，组织60场以上市级竞赛。\n")
    items = parse_plan("n", story, period=(2020, 2020), doc_type="news_report").items
    assert [item["part"] for item in items] == ["plan", "summary", "plan", "plan"]
    background = "去年，全市新建了职工之家8家。\n其中，组织60场竞赛。\n"  # no cue of its own: the review runs on
    assert [item["part"] for item in parse_plan("m", background, period=(2020, 2020)).items] == ["summary", "summary"]


def test_targets_set_out_and_what_a_meeting_sets_out_look_ahead_strongly():
    stated = orientation("今年全省经济社会发展的主要预期目标是，生产总值增长9.5%左右。")
    assert stated.strong_plan >= 2 and stated.label() == "plan"
    assert orientation("会议提出，2023年，区总工会一是明晰方向。").strong_plan >= 2
    assert orientation("完成主要预期目标是最大的成绩。").strong_plan == 0  # a target reached: no look ahead


def test_in_a_plan_a_paragraph_opening_on_its_own_year_takes_no_review_from_the_one_before():
    text = ("据统计，自2014年推出实事项目以来，已累计推出107个项目。\n2024年实事项目分别为：建设改善1000间职工休息室。\n"
            "其中，组织60场竞赛。\n")
    plan = parse_plan("p", text, period=(2024, 2024), doc_type="work_plan").items
    assert [item["part"] for item in plan] == ["summary", "plan", "plan"]
    summary = parse_plan("s", text, period=(2024, 2024), doc_type="work_summary").items  # a summary of 2024: its year
    assert [item["part"] for item in summary] == ["summary", "summary", "summary"]


def test_a_documents_name_tells_no_time_and_a_past_plans_time_opening_a_clause_looks_back():
    named = orientation("先后出台了《某市“十三五”残疾人事业发展规划纲要》《残疾预防行动计划(2016-2020年)》。", period=(2021, 2025))
    assert not any("规划" in cue or "2020" in cue for cue in named.cues), named.cues
    clause = orientation("市委高度重视残疾人事业，“十三五”期间，全市紧紧围绕目标开展工作。", period=(2021, 2025))
    assert "review:“十三五”期间" in clause.cues
    assert "review:“十三五”期间" not in orientation("与“十三五”期间相比，增长一倍。", period=(2021, 2025)).cues


def test_the_end_of_a_change_told_is_no_deadline():
    told = orientation("游客从2015年的3.3亿人次增加到2019年的8.07亿人次。", period=(2025, 2025))
    assert told.label() == "review" and not any(cue.startswith("plan:到") for cue in told.cues)
    assert "plan:到2025年" in orientation("到2025年，全市新增就业10万人。", period=(2021, 2021)).cues


def test_a_look_back_and_a_years_refrain_are_review_cues():
    assert orientation("回望2025年，是市总工会坚守初心、砥砺奋进的一年。").label() == "review"
    assert orientation("这一年，我们始终把政治建设摆在首位，以理论武装凝心铸魂。").label() == "review"
    assert orientation("五年里，市总工会喜讯频传，共获得国家级荣誉34项。").label() == "review"
    assert orientation("这一年，我们将始终把政治建设摆在首位。").label() != "review"  # 将 weighs as much
    assert orientation("三年内，建成职工之家30家。").label() != "review"


def test_the_time_since_a_past_five_year_plan_began_looks_back():
    """。“十四五”以来，… in a proposal for the 十五五 (round 186): the years since a past plan began frame what was done."""
    since = orientation("迈出坚实步伐。“十四五”以来，全市推动各项事业取得历史性成就。", period=(2026, 2030))
    assert "review:“十四五”以来" in since.cues and since.strong_review >= 4
    assert "review:“十四五”以来" not in orientation("“十四五”以来，全市推进改革。", period=(2023, 2023)).cues  # its own


def test_a_past_five_year_plan_as_the_subject_of_shi_looks_back():
    """“十三五”时期是不平凡的五年 opens a 十四五 plan's background: the time it tells of, as 十三五时期， does."""
    assert "review:“十三五”时期" in orientation("“十三五”时期是不平凡的五年，是决胜阶段。", period=(2021, 2025)).cues
    assert orientation("“十四五”时期是开启新征程的五年。", period=(2021, 2025)).label() != "review"


def test_words_that_hold_jiang_or_yao_without_promising():
    """即将过去的2022年 is the year ending, told; 作为首要政治任务 names a priority; 切实将…带到车间 marks the object."""
    assert "plan:即将" not in orientation("即将过去的2022年，是中卫发展极不寻常的一年。").cues
    assert orientation("总工会始终把理论武装作为首要政治任务，构建思想引领体系。").strong_plan == 0
    assert orientation("搭建学习场景，切实将党的创新理论从会场带到车间。").strong_plan == 0
    assert "plan:将" in orientation("明年，市总工会将新建职工之家10家。").cues
    assert "plan:要" in orientation("一要把学习贯彻作为首要政治任务。").cues


def test_a_result_told_against_its_target_and_a_past_plans_period_opening_a_sentence_look_back():
    told = orientation("全社会固定资产投资增长12%，高于预期目标2个百分点。")
    assert "review:高于预期目标" in told.cues and told.strong_review > told.strong_plan
    cues = orientation("一是综合实力迈上新台阶。“十三五”期间GDP年均增长6.5%。", period=(2021, 2025)).cues
    assert "review:“十三五”期间" in cues
    assert "review:“十三五”期间" not in orientation("比“十三五”期间增长10%。", period=(2021, 2025)).cues


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_page_cut_into_a_reports_plan_before_its_first_numbered_section_plans():
    """金华's page opens on 2024年工作总体要求和目标任务 and 建议主要预期目标为：… before any numbered heading: those
    paragraphs plan; the speaker's opening sentence (我受国务院的委托，现在向大会提出…) stays the preamble."""
    text = ("2024年工作总体要求和目标任务\n2024年政府工作的总体要求是：坚持稳中求进工作总基调。\n"
            "建议主要预期目标为：地区生产总值增长6%左右，城镇新增就业5万人。\n一、扎实推进高质量发展\n（一）加快建设现代化产业体系。")
    parts = {r["text"][:6]: r["part"] for r in parse_plan("j", text, period=(2024, 2024),
                                                             doc_type="government_work_report").items}
    assert parts["建议主要预期"] == "plan"
    speaker = "我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n一、1979年计划执行情况\n工业增长8.5%。"
    assert parse_plan("s", speaker, period=(1980, 1981), doc_type="government_work_report").items[0]["part"] == "preamble"


def test_honours_received_in_the_passive_look_back_and_an_assessment_of_targets_promises_nothing():
    honoured = orientation("县总工会被表彰为“2016年度全市工会工作创先争优目标考评优秀单位”")
    assert honoured.label() == "review" and not any(cue.startswith("plan:目标") for cue in honoured.cues)
    assert orientation("力争被评为全国文明城市").plan >= 1


def test_a_project_before_its_preliminary_work_is_no_present_state():
    """项目前期工作: 项目 then 前期, not 目前 (now)."""
    assert "review:目前" not in orientation("推进309国道等项目前期工作，加快建设区域交通枢纽中心。").cues
    assert "review:目前" in orientation("目前，全市已建成职工驿站120家。").cues


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_preamble_paragraph_opening_on_the_plan_year_with_no_look_back_plans():
    """A story of a report cut before its numbered review: 2022年是…之年; 2022年，推进…项目前期工作 plan; 2021年，…迈出新步伐
    (before the period) reviews."""
    text = ("2021年，城乡统筹迈出新步伐，客运中心等基本竣工。\n2022年是加快建设现代化区域中心城市的提速加力之年，各项建设全面铺开。\n"
            "2022年，推进309国道等项目前期工作，加快建设区域交通枢纽中心。\n一、2021年工作回顾\n去年，全市生产总值增长6%。")
    parts = [r["part"] for r in parse_plan("h", text, period=(2022, 2022), doc_type="unknown").items]
    assert parts[:3] == ["summary", "plan", "plan"]


def test_jiang_after_a_manner_word_of_doing_things_together_marks_the_object():
    """同步将站点上线“服务云图”小程序: 将 marks the object (it was put online), as after 切实; 今年将… still promises."""
    assert "plan:将" not in orientation("推行扫码取水模式，同步将站点上线小程序，实现一图呈现。").cues
    assert "plan:将" in orientation("今年将新建站点20个。").cues


def test_an_estimate_of_the_years_result_looks_back_but_not_one_ahead_or_a_base_compared_with():
    """预计地区生产总值增长6.9% in a report of the year just ended is its result, as the books close; “十四五”末预计突破…,
    预计到2027年, 预计明年 look ahead; 比1980年预计增加… and 一九五七年的预计完成数 name the base of a plan's figure."""
    for told in ("预计地区生产总值增长6.9%，9项指标增速位居全省前列。", "固定资产投资预计完成44.4亿元，同比增长1.2%；",
                 "初步预计，全市完成地区生产总值3100亿元。"):
        assert any(cue.endswith("预计") for cue in orientation(told).cues if cue.startswith("review:")), told
    for ahead in ("“十四五”末预计突破1200亿元。", "预计到2027年全市新增就业10万人。", "预计明年增长5%左右。",
                  "预计建成后可新增学位约5400个。", "比1980年预计增加1,000万吨；", "比一九五七年的预计完成数增加二十亿元。"):
        assert not any("预计" in cue for cue in orientation(ahead).cues), ahead


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_estimates_of_the_year_just_ended_keep_a_report_stories_review_running():
    """A story of a report for 2026 lists 2025's estimates under plain headings; its only weak plan word (实施…项目) does
    not turn the estimates into a plan."""
    text = ("过去一年，宿迁经济社会发展成绩如何？一起来看看。\n争先进位交出新答卷\n预计地区生产总值增长6.9%，位居全省前列。\n"
            "发展质效实现再提升\n预计六大产业集群产值占比达94.9%，实施传统产业焕新项目415个，预计全体居民人均可支配收入增长6%。\n"
            "新兴动能成为强引擎\n新引进10亿元以上项目146个，新竣工项目55个。\n")
    parts = [r["part"] for r in parse_plan("s", text, period=(2026, 2026), doc_type="government_work_report").items]
    assert parts == ["summary"] * 7


def test_the_wording_of_a_principle_cited_after_a_verb_of_following_promises_nothing():
    """坚决落实疫情要防住、经济要稳住、发展要安全的要求 names the requirement followed; its 要 is the principle's, in a review as in a
    plan; the text's own 要 before 按照 still promises."""
    cited = orientation("坚决落实疫情要防住、经济要稳住、发展要安全的要求，着力稳住经济大盘。")
    assert "plan:要" not in cited.cues
    assert "plan:要" not in orientation("坚持“两手抓、两手都要硬”的方针。").cues
    assert orientation("要按照出手要快、出拳要重的要求，做好防汛工作。").cues.count("plan:要") == 1


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_statistical_communique_reports_whatever_its_words():
    """A communiqué's opening statement (2006年，…紧紧围绕“十一五”规划目标，推进经济结构调整，促进…) and its body report the
    year: no part of it plans, though a work summary's opening statement with as many plan words would."""
    text = ("太原市2006年国民经济和社会发展统计公报\n"
            "2006年，市委、市政府紧紧围绕“十一五”规划目标，推进经济结构调整，加大招商引资力度，促进国民经济健康发展。\n"
            "一、综合\n初步核算，全市实现地区生产总值1013亿元，增长12.5%。\n")
    parsed = parse_plan("t", text, period=(2006, 2006), doc_type="statistical_communique").items
    assert [r["part"] for r in parsed if r["unit_type"] != "heading"] == ["preamble", "summary", "summary"]
    summary = parse_plan("s", text, period=(2006, 2006), doc_type="work_summary").items
    assert summary[1]["part"] != "summary"  # the same words in a summary: its own cues decide, and they plan


def test_jiang_that_places_its_object_somewhere_promises_nothing():
    """亳州各级工会将党的政治建设…摆在更加突出的位置, 将党纪学习教育融入…: 将 marks the object put in its place, in a
    review as in a plan; 将继续把…纳入, 将把…纳入 still say what will be done."""
    assert "plan:将" not in orientation("亳州各级工会将党的政治建设、思想建设、组织建设、作风建设、纪律建设和制度建设摆在更加突出的位置，").cues
    assert "plan:将" not in orientation("将党纪学习教育融入领导班子建设之中，推动落地见效。").cues
    assert "plan:将" in orientation("我们将继续把就业纳入考核。").cues
    assert "plan:将" in orientation("将把职工之家建设纳入规划。").cues
    assert "plan:将" not in orientation("上海迪士尼度假区为来沪职工送上舞台表演，将现场气氛推向高潮。").cues  # an event told


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_that_turned_to_plans_goes_on_with_them_while_its_words_look_only_ahead():
    """A news story (read as a review) turns to what the city will do (通化将坚持…); the paragraphs after it that only
    look ahead, however weakly (紧跟…部署，加快培育…), plan too; one that looks back (去年，建成…) reviews."""
    text = ("过去一年，通化经济保持了稳中有进的态势。\n在项目建设上加力突破。通化将坚持投资于物和投资于人紧密结合，确保产业投资占比达到50%。\n"
            "在产业升级上加力突破。紧跟省委部署，加快培育发展新质生产力。\n去年，全市建成了项目120个。\n")
    parts = [r["part"] for r in parse_plan("t", text, doc_type="work_summary").items]
    assert parts == ["summary", "plan", "plan", "summary"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_running_total_tells_of_what_came_about():
    """累计为企业创造价值115.4亿元, 累计吸纳…超2万人: a sum of what happened, as 共计, 总计 are; a story with no title or
    genre whose paragraphs tally so reviews."""
    assert "review:累计" in orientation("267项创新成果累计为企业创造价值115.4亿元。").cues
    assert orientation("累计完成投资50亿元。").cues.count("review:累计") == 0  # 累计完成 counts once, as its own cue
    text = ("“工匠杯”比赛覆盖面达80%以上，267项创新成果累计为企业创造价值115.4亿元，一个阶段以来，市总工会团结带领全市职工。\n"
            "聚焦重点产业，市总工会创新打造“工匠杯”品牌，298.8万人次参与竞赛，参评成果累计创造价值115.4亿元。\n")
    assert [r["part"] for r in parse_plan("b", text, doc_type="unknown").items] == ["summary", "summary"]



@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_meeting_that_set_out_the_years_tasks_heads_the_list_after_it():
    """会议明确了2026年五项重点工作： (what the meeting set out, with its perfective 了) introduces the tasks, in a story
    read as a review; the items after it plan."""
    assert orientation("会议明确了2026年五项重点工作：").label() == "plan"
    text = ("1月21日，市总工会全委会召开，总结了2025年工作。\n会议明确了2026年五项重点工作：\n"
            "一是强化思想引领，加强职工思想教育。\n二是服务产业升级，推进产业工人队伍建设改革。\n")
    parts = [r["part"] for r in parse_plan("z", text, period=(2026, 2026), doc_type="work_summary").items]
    assert parts == ["summary", "plan", "plan", "plan"]


def test_this_years_intention_told_looks_ahead():
    """今年计划投入785万元专项资金 tells what the union means to do this year; 今年计划完成的 names the plan's figure a
    result is told against."""
    assert "plan:今年计划" in orientation("记者近日获悉，儋州市总工会今年计划投入785万元专项资金，打造十大服务品牌。").cues
    assert "plan:年内拟" in orientation("年内拟新建职工驿站20个。").cues
    assert not any(cue.startswith("plan:今年计划") for cue in orientation("超过今年计划完成的投资额。").cues)


def test_jiang_that_makes_its_object_something_or_prints_it_marks_the_object_not_the_future():
    """将先进模范慰问作为重点, 将政策关怀转化为动力, 将《意见》编印成册 (rounds 80, 81): 将 marks the object, in a review as
    in a plan; 将继续把…作为重点 and 将作为… still promise."""
    for text in ("市总工会将先进模范慰问作为重点，走访劳动模范204人。", "将政策关怀转化为劳动者奋进动力。",
                 "将《实施意见》编印成册，广泛宣传。"):
        assert not [c for c in orientation(text).cues if c == "plan:将"], text
    assert "plan:将" in orientation("市总工会将继续把先进模范慰问作为重点。").cues
    assert "plan:将" in orientation("明年将新建职工之家10家。").cues


def test_what_a_report_or_the_statistics_show_is_told_not_set():
    """政府工作报告显示，2024年，该市地区生产总值6136.4亿元 (round 83): figures a report shows are results."""
    assert orientation("政府工作报告显示，2024年，该市地区生产总值6136.4亿元，增速居全省第三。").label() == "review"
    # what the report shows is aimed at is no figure told (round 128)
    assert orientation("报告显示，某省2026年经济社会发展主要预期目标是：地区生产总值增长5%左右。").review == 0
    assert orientation("统计数据显示，全市新增就业3万人。").label() == "review"
    # nor is what it shows after a sentence's opening on the targets as its topic (round 195's 海南 story)
    assert orientation("对于2024年的预期发展目标，某省2024政府工作报告显示，2024年实现地区总值增长8%左右。").label() == "plan"


def test_jiang_that_changes_its_object_from_what_it_was_tells_what_was_done():
    """今年年初，我区将…标准由原来的每人2500元提高到7000元 (round 86): 将 marks the object of a change told, no plan."""
    from analysis.orientation import orientation

    cues = orientation("今年年初，我区将劳模帮扶金标准由原来的每人2500元提高到7000元，帮扶力度进一步加大。")
    assert cues.strong_plan == 0
    assert orientation("明年将把劳模帮扶金标准提高到8000元。").strong_plan > 0


def test_what_we_will_do_in_our_own_words_looks_ahead_but_our_union_does_not():
    """“我们会一如既往地干好本职工作” (a driver quoted in a story, round 90): an intention told in the first person
    plans; 我会 (the union itself), 会同 and 会议 are no such 会."""
    assert orientation("“我们会一如既往地干好本职工作，确保春节客运安全有序。”她说。").strong_plan >= 2
    assert orientation("我们都会尽最大努力去做。").label() == "plan"
    for text in ("我们会同有关部门开展了专项检查。", "我会女职工委员会获评先进集体。", "我们会议室里坐满了职工。"):
        assert "plan:" not in " ".join(orientation(text).cues), text




@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_last_year_as_a_storys_run_in_label_looks_back():
    """去年：全省财政收入… / 今年：… under a heading of the year's priorities (a story of a report, round 95): the
    run-in label looks back as 去年， does, strongly enough to overrule the heading; the paragraph was read as the
    plan of the paragraph before it."""
    story = ("昨日，省长在省人民代表大会上作政府工作报告。\n2010年8大工作重点\n■加快城镇化进程，促进城乡统筹\n"
             "招商引资 500亿元省外资金力争到位\n"
             "去年：投资消费强劲拉动。全社会固定资产投资1202亿元，增长18.1%。加快落实家电下乡政策，发放补贴4.4亿元。\n"
             "今年：创新招商引资方式，力争到位省外资金500亿元。\n")
    parts = [r["part"] for r in parse_plan("s", story, doc_type="government_work_report").items]
    assert parts[1] == "plan" and parts[-2:] == ["summary", "plan"]


def test_a_past_five_year_plan_opening_a_line_under_the_units_heading_looks_back():
    """第一节 如期全面建成小康社会 / “十三五”时期，面对…任务… (a development plan's review under its section's heading
    line, which the unit holds; round 94): the five-year plan that opens the line is the time told, as at the
    unit's start. It was read as the plan (任务, 目标 in the line)."""
    text = ("某县国民经济和社会发展第十四个五年规划纲要\n第一章 乘势而上迈向新征程\n第一节 如期全面建成小康社会\n"
            "“十三五”时期，面对艰巨繁重的改革发展稳定任务，全县地区生产总值年均增长8%，目标任务全面完成。\n")
    parts = {r["item_id"]: r["part"] for r in parse_plan("l", text, period=(2021, 2025), doc_type="development_plan").items}
    assert parts["l:1.1"] == "summary", parts
    cues = orientation("第一节 如期全面建成小康社会\n“十三五”时期，全县经济增长。", period=(2021, 2025)).cues
    assert "review:“十三五”时期" in cues


def test_a_notices_requirements_look_ahead():
    """通知要求，走访慰问范围为70岁以上…劳模；对在档的3688户…实现走访慰问全覆盖 (a story of a notice issued, round 96):
    what the notice requires is to be done, as what a meeting or a document sets out."""
    cues = orientation("通知要求，走访慰问范围为70岁以上劳模，对在档的3688户困难职工实现走访慰问全覆盖。")
    assert cues.strong_plan >= 4 and cues.label(2) == "plan"


def test_what_a_speaker_set_out_before_the_colon_that_lists_it_looks_ahead():
    """王主席并布置了2020年工作任务：以…为工作主线，… (a union's annual meeting told, round 97): the tasks set out
    are to be done, whoever sets them; a bare 安排了近期工作 is told."""
    assert orientation("王主席并布置了2020年工作任务：以疫情防控为工作主线，团结带领广大职工发挥作用。").strong_plan >= 4
    assert orientation("会上，安排了近期工作。").strong_plan == 0


def test_a_documents_content_told_and_requirements_opening_a_paragraph():
    """Round 98: 《发展计划》新增了…指标 tells what the document holds, no time of the text; 就做好2016年工会工作提了三点
    要求：一是… opening a paragraph sets out what is to be done; requirements told after a report's review in the
    same paragraph (…回顾总结了2012年的工会工作。…提出三点要求：…) do not outweigh it."""
    assert "review:了" not in orientation("值得注意的是，《发展计划》新增了“广东技工”培训方面的指标。").cues
    assert "review:了" in orientation("我们完成了任务。").cues
    assert orientation("区委副书记就做好2016年工会工作提了三点要求：一是深化认识，切实增强责任感。").label(2) == "plan"
    told = ("会议听取了工作报告，报告从7个方面回顾总结了2012年的工会工作。县委副书记作了重要讲话，对2012年工作所取得的成绩"
            "给予了充分肯定，对各级工会组织提出三点要求：一是统一思想；二是围绕中心。")
    assert orientation(told, period=(2012, 2012)).label(2) == "review"


def test_jiang_that_files_or_posts_its_object_marks_the_object_not_the_future():
    """将相关档案进行归档, 并将各项制度上墙 (a township union's year summary, round 99): 将 marks what was filed or posted,
    no plan; 明年将新建… still plans."""
    for text in ("会员档案及工作活动档案等将相关档案进行归档。", "并将各项制度上墙，使工会工作规范化。", "将获奖名单张贴公示。"):
        assert "plan:将" not in orientation(text).cues, text
    assert "plan:将" in orientation("明年将新建职工之家10家。").cues


def test_jiang_that_joins_its_object_with_another_marks_the_object():
    """…4名受助在读大学生入驻各工会驿站，将“助学”与“助业”有机结合 (a story of round 104): 将 marks what is joined, in a
    review as in a plan; 明年将把…相结合 still promises."""
    assert orientation("4名受助大学生入驻工会驿站，将“助学”与“助业”有机结合。").plan == 0
    assert orientation("明年将把党建与业务相结合。").label() == "plan"
    assert "plan:将" in orientation("通化将坚持投资于物和投资于人紧密结合。").cues  # 将坚持: will
    # a field named in a list that ends on 融合 joins nothing (乐东将聚焦产业转型、扩大内需、城乡融合…, round 205): will
    assert "plan:将" in orientation("乐东将聚焦产业转型、扩大内需、城乡融合、改革创新七大方面。").cues


def test_jiang_that_performs_its_object_marks_the_object():
    """…选手们…有的立足岗位将身边先进典型娓娓道来 (a contest told, round 115 after its first scores): 将 marks what the
    performers told, no plan; 将演绎 with nothing between, and 将继续…, still look ahead."""
    for text in ("选手们有的立足岗位将身边先进典型娓娓道来。", "合唱团将红色经典演绎得淋漓尽致。", "他们用舞蹈将工匠精神诠释得生动传神。"):
        assert "plan:将" not in orientation(text).cues, text
    assert "plan:将" in orientation("明年剧团将继续把经典剧目演绎好。").cues


def test_jiang_that_changes_its_object_from_one_level_to_another_marks_the_object():
    """该区总工会…将特困职工标准每人从700元提高到900元 (round 116, after its first scores): 将 marks what was changed;
    将从明年起… and 将由…提高到… (nothing between) still look ahead."""
    assert "plan:将" not in orientation("提高救助标准，将特困职工标准每人从700元提高到900元。").cues
    assert "plan:将" in orientation("新标准将从明年起由每人700元提高到900元。").cues
    assert "plan:将" in orientation("救助标准将由每人700元提高到900元。").cues
    # 将 before a preposition (为, 对, 向, 给) is will: 将为…送去 (round 119, after its first scores) promises
    assert "plan:将" in orientation("活动期间，省总工会将为1万名新就业形态劳动者送去免费健康体检。").cues


def test_the_perfective_le_before_a_year_that_opens_its_object_looks_back():
    """…潞州区总工会开展了2023年元旦春节送温暖活动 (a news story's lead, round 104): 了 before the year that names the
    activity done is the perfective; 了 before an amount (a 1956 budget's 比上年…减少了5.52%) is not counted."""
    lead = "为深入贯彻二十大精神，切实把关爱送到职工心坎上，某区总工会开展了2023年元旦春节送温暖活动。"
    assert "review:了" in orientation(lead).cues and orientation(lead).label() == "review"
    assert "review:了" not in orientation("国家预算规定国防费支出为6,141,391,000元，比上年决算数减少了5.52%。").cues


def test_a_tally_of_what_was_done_looks_back():
    """按照有关规定和程序，共选举产生858名…代表 (a story of a congress being prepared, round 106): 共 before the verb of
    what was done tallies a result; 共建, 共享, 总共 no tally."""
    assert "review:共选举产生" in orientation("按照有关规定和程序，共选举产生858名代表。").cues
    assert "review:共推荐提名" in orientation("共推荐提名148名委员候选人预备人选。").cues
    for text in ("推动共建共享。", "总共发放1万元。"):
        assert not any(cue.startswith("review:共") for cue in orientation(text).cues), text


def test_yao_inside_a_noun_is_no_must():
    """森林防火紧要期 (round 107): 要 of 紧要 (and of 纪要, 概要 …) is part of a noun, no 'must'; 要加强… still is."""
    assert "plan:要" not in orientation("在重要节日期间、森林防火紧要期等关键节点，开展了慰问活动。").cues
    assert "plan:要" not in orientation("印发会议纪要。").cues
    assert "plan:要" in orientation("要加强职工思想政治引领。").cues


def test_how_the_work_will_be_done_looks_ahead():
    """2021年,我区工会工作这样干! / 今年我区工会工作该怎么干? (a story of the year's plan, round 105): how the work will
    be done; 是这样干的 tells how it was."""
    assert orientation("2021年,我区工会工作这样干!").label() == "plan"
    assert orientation("今年我区工会工作该怎么干?").label() == "plan"
    assert "plan:这样干" not in orientation("他们是这样干的。").cues


def test_a_meetings_work_told_as_set_out_is_no_plan_cue():
    """…宣读了《…通报》；…安排部署了2022年工会重点工作。 (a union meeting's story, round 108): 安排部署了 tells what the
    meeting did; 要认真安排部署全年工作 still plans."""
    told = "会上，某主任宣读了《关于2021年度工会工作情况的通报》；常务副主席安排部署了2022年工会重点工作。"
    assert orientation(told, period=(2022, 2022)).label() == "review"
    assert {"plan:安排", "plan:部署"} <= set(orientation("要认真安排部署全年工作。").cues)


def test_an_honour_still_to_come_is_no_look_back():
    """今年，内蒙古将有788名自治区劳动模范…受到自治区党委、政府的表彰 (round 110): 将 before the honour in its clause makes
    it one to come; 受到省总工会表彰 told alone is one received."""
    assert orientation("今年,内蒙古将有788名劳动模范受到自治区党委、政府的表彰。", period=(2015, 2015)).label() == "plan"
    assert orientation("县总工会受到省总工会表彰。").label() == "review"


def test_a_quoted_slogans_yao_and_a_result_beyond_expectations_are_no_plan_cues():
    """坚决落实疫情要防住、经济要稳住、发展要安全”重要要求 (a report's review, round 112) quotes a requirement carried out,
    and 超预期挑战 or 好于预期 tell how things went; 要 before its verb's object, and 预期目标 set out, still plan."""
    assert orientation("坚决落实疫情要防住、经济要稳住、发展要安全”重要要求。").plan == 0
    assert orientation("以超常规举措应对超预期挑战，全年增长好于预期。").plan == 0
    assert orientation("滋长了请客送礼、拉关系、要回扣、走后门等不正之风。").plan == 0  # 要 as demand, in a list
    assert "plan:要" in orientation("要稳住经济大盘，加强、改进服务。").cues
    assert "plan:预期" in orientation("全年经济增长预期6%左右。").cues


def test_targets_set_out_after_a_colon_or_a_proposal_look_ahead():
    """报告也定下了今年经济社会发展主要预期目标:地区生产总值增长5%以上 (round 101), 主要预期目标建议为…, 对于2024发展主要预期
    目标，…提到，… (round 134): the targets set out, a strong plan cue, even in a story with its 了; not the targets met."""
    for told in ("报告也定下了今年经济社会发展主要预期目标:地区生产总值增长5%以上。",
                 "2025年全市经济社会发展主要预期目标建议为：地区生产总值增长5%左右。",
                 "对于2024发展主要预期目标，陕西省政府工作报告中提到，生产总值增长5.5%左右。"):
        assert orientation(told).strong_plan >= 2, told
    assert orientation("“十五”计划主要预期目标提前一年实现。").strong_plan == 0
    assert orientation("全面完成了主要预期目标：经济增长8%。").strong_plan == 0


def test_a_years_tasks_set_out_look_ahead_and_a_share_of_the_target_tasks_is_no_plan_cue():
    """报告指出2024年国民经济和社会发展的主要任务和措施，… (round 135's story of a plan report) sets out the year's tasks;
    已提前完成…的有3项，占目标任务的30% (round 134's progress notice) measures progress against them."""
    assert orientation("报告指出2024年国民经济和社会发展的主要任务和措施，加快建设市级虚拟电厂平台。").strong_plan >= 2
    assert orientation("2023年的主要任务全面完成。").strong_plan == 0
    told = orientation("截至9月底，已提前完成年度目标任务的有3项，占目标任务的30%；正常推进的有4项，占目标任务的40%。")
    assert "plan:目标" not in told.cues and told.label() == "review"


def test_a_total_aimed_for_since_a_span_began_and_a_figure_given_as_the_aim_look_ahead():
    """力争“十四五”以来累计降低10%左右 (round 134): the total aimed for, its 以来 no review; 2024年GDP增长目标5.5%左右 (the same
    story's headline): the figure is the aim. Not a result against its aim (高于预期目标2个百分点, 实现了目标5%)."""
    told = orientation("单位生产总值能耗降低2.5%以上，力争“十四五”以来累计降低10%左右。")
    assert "plan:力争“十四五”以来累计" in told.cues and told.strong_plan >= told.strong_review  # its 以来 offset
    assert orientation("陕西2024年GDP增长目标5.5%左右，城镇新增就业40万人以上").strong_plan >= 2
    for result in ("增长12%，高于预期目标2个百分点。", "超过年初目标3个百分点。", "实现了目标5%。"):
        assert orientation(result).strong_plan == 0, result
    assert orientation("“十四五”以来累计降低13%。").label() == "review"


def test_a_lead_that_opens_on_the_hour_of_an_event_tells_a_happening():
    assert orientation("1月26日上午9时，陕西省第十四届人民代表大会第二次会议开幕会于西安举行。").label() == "review"


def test_a_paragraph_opening_on_a_run_in_label_of_what_a_body_is_describes_the_present():
    """单位概况：…核定编制数为11人。其中：行政编制7人… (round 140's budget disclosure): what the body is, not planned."""
    told = orientation("单位概况：某区总工会在区委的领导下，围绕党的中心任务开展工作。根据“三定”方案我单位核定编制数为11人。")
    assert told.label(2) == "review"
    assert "review:概况" not in orientation("四、项目基本概况").cues  # a heading, no run-in label


def test_a_section_opening_on_a_heading_that_states_what_came_of_the_work_reviews():
    """(二)矢志不渝强园区壮实体，高质量发展支撑更加稳固。加快园区管理体制改革，14个…整合为7个 (round 132's 崇左 review,
    untitled: a known failure): the heading states a result, its items are told in a plan's verbs. A heading that aims
    at it (…，让人民生活更加美好) does not review."""
    assert orientation("（二）矢志不渝强园区壮实体，高质量发展支撑更加稳固。加快园区管理体制改革，14个园区管理机构优化整合为7个。"
                       ).label() == "review"
    assert orientation("（一）稳中求进，经济运行持续向好。全年地区生产总值增长5%。").label() == "review"
    assert orientation("（三）坚持以人民为中心，让人民生活更加美好。加快建设一批民生工程。").label() != "review"
    # more of any quality (round 165's 高陵 report, round 166's union report): not only the qualities listed
    for heading in ("（五）着力促治理优环境，生态底色更加鲜明。", "（七）着力转作风提效能，政府建设更加严实。",
                    "（二）强化党史学习教育，为民服务更加用心用情。"):
        assert orientation(heading + "持续强化大气污染防治，全年优良天数211天。").label() == "review", heading
    assert orientation("（五）着力促治理优环境，推动生态底色更加鲜明。持续强化大气污染防治。").label() != "review"
    # a story's run-in headline with no comma (round 142: 基础设施条件显著改善。5G网络实现…), not a plan's goal told with one
    assert orientation("基础设施条件显著改善。天然气日供能力从600万立方米增加到2000万立方米。").label() == "review"
    for aimed in ("届时，我国经济总量超过90万亿元，发展的质量和效益明显提高。", "经济保持稳定增长，人民生活水平显著提高。"):
        assert not orientation(aimed).review, aimed


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_the_share_of_the_years_plan_done_so_far_looks_back():
    """今年1—6月，全省203个在建重点项目完成投资792.4亿元，为年计划的44% (round 155's progress page with no title): the
    share of the year's plan done tells what came about, and the page's figures are results; an aim to do such a
    share (确保…完成年计划的50%以上) does not look back."""
    text = ("今年1—6月，全省203个在建重点项目完成投资792.4亿元，为年计划的44%；完成投资较去年同期增加50.6亿元，增长6.8%。"
            "其中46个投产项目完成投资442.4亿元，为年计划的52.4%。")
    assert orientation(text).label() == "review"
    parsed = parse_plan("p", text, doc_type="unknown")
    assert [r["part"] for r in parsed.items] == ["summary"]
    assert orientation("力争全年完成投资100亿元，确保上半年完成年计划的50%以上。").label() != "review"


def test_run_in_list_items_that_open_on_more_of_a_quality_review():
    """今年以来，…取得阶段性成效。一是产业振兴更加强劲，…；二是文明乡风更加彰显，… (round 171's county progress report on one
    line): each item's lead states what came of the work, so the paragraph reviews though its items are told in a
    plan's verbs; an item that aims at it (一是推动产业振兴更加强劲) does not."""
    text = ("今年以来，全县上下聚焦重点任务，扎实推进“五大振兴”，各项工作取得阶段性成效。一是产业振兴更加强劲，"
            "顺利通过国家现代农业产业园认定，扎实推进12个重点项目。二是文明乡风更加彰显，创新开展结对联村行动，"
            "实施送电影下乡1270场。三是人才队伍更加壮大，实施乡土人才赋能计划，做好人才培养。")
    assert orientation(text).label() == "review"
    aimed = "一是推动产业振兴更加强劲，实施重点项目10个。二是促进文明乡风更加彰显，开展活动20场。"
    assert not any(cue.startswith("review:") for cue in orientation(aimed).cues)


def test_now_and_the_years_near_is_a_set_phrase_that_looks_neither_way():
    """把…作为当前和今后一个时期的首要政治任务 (round 96's meeting story that plans; round 174's summary): a set phrase,
    in a review as in a plan; 当前 and 今后 elsewhere still weigh."""
    assert orientation("把学习贯彻党的二十大精神作为当前和今后一个时期的首要政治任务。").cues == ("plan:任务",)
    assert "plan:今后" in orientation("今后要新建职工之家10家。").cues
    assert "review:当前" in orientation("当前全市职工之家已有10家。").cues


def test_reality_taken_in_is_no_look_back_actually_done_is_one():
    """结合实际, 从实际出发, 根据实际需要: a plan's words for the situation it works in, not 实际 as actually (实际完成);
    nor is 实现在线 the present (现在)."""
    assert orientation("各级工会要结合实际，从实际出发，根据实际需要制定具体措施。").review == 0
    assert orientation("全年实际完成投资120亿元。").review == 1
    assert orientation("推动政务服务实现在线办理。").review == 0


def test_cue_words_are_not_read_across_or_inside_other_words():
    """斗争取得重大胜利 holds no 争取 (strive), 返回首页 no 回首 (look back), 从现在起 is no present but a start, and
    要事, 要约 are nouns, not 要 (must); 实际上 (in fact) looks nowhere."""
    assert orientation("抗疫斗争取得重大胜利。").plan == 0
    assert orientation("[返回首页] [关闭窗口]").review == 0
    assert orientation("从现在起到2020年，是全面建成小康社会决胜期。").review == 0
    assert orientation("深入开展工资集体协商要约行动，办成一批大事要事。").plan == 0
    assert orientation("实际上，这两项支出不列入当年预算。").review == 0


def test_a_unit_whose_strong_cues_only_look_back_reviews_after_a_unit_that_plans():
    """Round 182's county plan: after its chapter's opening (面向“十四五”…必须…), “十三五”时期是我发展砥砺奋进、极不平凡的五年。
    面对…，加快…建设，十三五目标任务全面完成… reviews: its strong cues only look back and outweigh the clause-opening verbs
    (加快 …) a review tells its work with; the unit before it does not make it plan."""
    from analysis.loader import load_resources
    from analysis.orientation import orient_parts

    ahead = ("面向“十四五”，巩固全面建成小康社会成果，开启现代化建设新征程，必须立足绥宁现实基础，充分总结“十三五”经济社会发展"
             "重大成就，全面分析机遇挑战，厚植发展优势，补齐明显短板，破解发展难题，为基本实现社会主义现代化远景目标打下坚实基础。")
    back = ("“十三五”时期是我发展砥砺奋进、极不平凡的五年。面对错综复杂的国内外环境、艰巨繁重的改革发展稳定任务特别是新冠肺炎疫情"
            "严重冲击，县委、县政府团结带领全县各族人民砥砺前行、克难攻坚认真贯彻“生态立县、人才兴县、旅游带动、特色发展”战略，"
            "加快“特色县域经济先导区、生态文明示范区、社会和谐稳定模范区”建设，十三五目标任务全面完成，全面建成小康社会取得决定性"
            "进展，高质量发展迈出坚实步伐。")
    text = ahead + back
    rows = [{"part": "plan", "heading": ("plan", False), "section_no": 1, "section_title": "决胜全面小康开启现代化建设新征程",
             "start": s, "content_end": e} for s, e in ((0, len(ahead)), (len(ahead), len(text)))]
    orient_parts(rows, text, load_resources(), (2021, 2025), leaning="plan")
    assert [r["part"] for r in rows] == ["plan", "summary"]


def test_in_a_text_of_no_known_genre_strong_cues_back_and_none_ahead_decide():
    """A text of no known genre (leaning ``unknown``): …去年强化…，推动…，加快…，推进… reviews by its strong cue, though the
    verbs that open its clauses outnumber them; in a text of no leaning at all (a news story whose lead plans) all its cues
    decide, as before."""
    from analysis.loader import load_resources
    from analysis.orientation import orient_parts

    unit = "县农业农村局去年强化耕地保护，推动粮食全程减损，加快高标准农田建设，推进农机购置补贴。"

    def part(leaning):
        rows = [{"part": "plan", "heading": ("plan", False), "section_no": 0, "section_title": "", "start": 0,
                 "content_end": len(unit)}]
        orient_parts(rows, unit, load_resources(), leaning=leaning)
        return rows[0]["part"]

    assert part("unknown") == "summary"
    assert part("") == "plan"


def test_a_sentence_that_opens_on_reaching_the_targets_plans():
    """为实现上述目标，…报告给出了11个方面的具体安排：… (round 195's 北京 story), 为完成上述目标，坚持抓好…: the work planned
    for the targets; a review that opens so tells its work with its own cues."""
    assert orientation("为实现上述目标，市政府工作报告给出了11个方面的具体安排：持续提升首都功能，推动协同发展取得新的更大进展。"
                       ).label() == "plan"
    assert orientation("为实现这一目标，全市上下齐心协力，已建成了职工之家20家。").label() == "review"


def test_a_statistics_office_that_releases_figures_tells_results():
    """1月22日，青海省统计局发布2023年青海省经济运行情况。 (round 199's story, of no known genre and no year): the figures
    released are results; a release of what is aimed at is not."""
    assert "review:统计局发布" in orientation("青海省统计局发布2023年青海省经济运行情况。").cues
    assert orientation("某市统计局发布2024年全市主要预期目标，地区生产总值增长5%。").strong_review == 0


def test_the_last_few_years_as_a_clauses_frame_look_back():
    """近五年，新组建工会组织827家，… (round 198's 延吉 story): the years just past, as 过去五年，; 近五年内将… plans."""
    assert orientation("近五年，新组建工会组织827家，发展会员35326人。").label() == "review"
    assert orientation("近五年内将新建工会组织100家。").label() == "plan"


def test_an_event_told_as_ended_looks_back():
    """…“金秋助学”活动于9月8日圆满收官，240余名…获得资助 (round 218's 旺苍 story, of no known genre): an event that came to
    its end happened; one to end, or ensured to end well, is ahead."""
    text = "县总工会2022年“金秋助学”活动于9月8日圆满收官，240余名困难职工子女获得资助。"
    assert orientation(text).label() == "review"
    assert orientation("为期三天的大会胜利闭幕。").label() == "review"
    assert orientation("确保全年目标任务圆满收官。").label() == "plan"
    assert orientation("比赛即将落下帷幕。").label() == "plan"


def test_a_count_told_by_the_statistics_looks_back():
    """据统计，全区各级工会共开展各类慰问活动300余次 (round 222's 平谷 story, of no known genre)."""
    assert orientation("据统计，全区各级工会共开展各类慰问活动300余次。").label() == "review"


def test_a_paragraph_that_opens_on_the_years_work_looks_back():
    """一年的用心用力，民生福祉更加普惠。新增城镇就业创业5600余人 (round 225's 咸丰 report, a slice with no heading)."""
    assert orientation("一年的用心用力，民生福祉更加普惠。新增城镇就业创业5600余人。").label() == "review"
