"""Quantity extraction: real spans from every plan, generalisation, the named rules, hostile input."""
import pytest

from analysis.cleaning import clean_text
from analysis.targets import extract_quantities, target_records


@pytest.fixture(scope="module")
def targets(processed):
    return processed.targets


def one(targets, item_id, span):
    rows = targets[(targets.item_id == item_id) & (targets.span == span)]
    assert len(rows) == 1, (item_id, span, list(targets[targets.item_id == item_id].span))
    return rows.iloc[0]


def test_every_span_is_the_text_at_its_offsets(targets, processed):
    for row in targets.itertuples():
        assert processed.clean_texts[row.doc_id][row.start:row.end] == row.span


def test_wujin_target_with_unit_and_multiplier(targets):
    row = one(targets, "wujin-2018:3.8", "3000万元")
    assert (row.value, row.unit, row.kind, row.year) == (30_000_000, "元", "target", "2018")
    assert row.indicator == "有创业意愿的职工发放创业贷款"
    studio = one(targets, "wujin-2018:3.10", "2家")
    assert studio.indicator == "新建劳模创新工作室" and studio.kind == "target"


def test_wujin_approximate_and_threshold(targets):
    row = one(targets, "wujin-2018:3.9", "2万余名")
    assert (row.value, row.direction, row.qualifier) == (20_000, "at_least", "余")
    size = one(targets, "wujin-2018:5.15", "25人以上")
    assert size.kind == "threshold"
    rate = one(targets, "wujin-2018:5.15", "保持在90%以上")
    assert (rate.kind, rate.direction, rate.unit) == ("target", "at_least", "%")


def test_changzhou_range_cap_and_thresholds(targets):
    rng = one(targets, "changzhou-2020:2.5", "1-2家")
    assert (rng.value, rng.value_max, rng.direction) == (1, 2, "range")
    cap = one(targets, "changzhou-2020:3.8", "不超过50万元")
    assert (cap.kind, cap.direction, cap.value) == ("threshold", "at_most", 500_000)
    sales = one(targets, "changzhou-2020:3.8", "10万元以下")
    assert sales.kind == "threshold"
    edition = one(targets, "changzhou-2020:3.10", "十五届")
    assert edition.kind == "label"


def test_echeng_achieved_beside_planned(targets):
    achieved = one(targets, "echeng-2019:1.3", "4.82万元")
    assert (achieved.kind, achieved.value, achieved.part) == ("achieved", 48_200, "summary")
    planned = one(targets, "echeng-2019:2.4", "10家")
    assert (planned.kind, planned.indicator) == ("target", "新成立工会组织")
    aspiration = one(targets, "echeng-2019:1.6", "达到50%以上")
    assert aspiration.kind == "target"  # 力争到2019年底… inside the summary is still a target


def test_xx_city_labels_are_not_targets(targets):
    xx = targets[targets.doc_id == "xxcity-20xx"]
    assert one(targets, "xxcity-20xx:1.2", "十七届").kind == "label"
    assert "20" not in set(xx[xx.kind == "target"].span)  # 20xx is not a quantity
    assert one(targets, "xxcity-20xx:3.8", "不少于10万人次").value == 100_000


def test_lianyungang_schedule_years(targets):
    annex = targets[(targets.item_id == "lianyungang-2018-2020:annex.6") & (targets.kind == "target")]
    assert list(zip(annex.year, annex.value)) == [
        ("2018", 1_000_000), ("2018", 5000), ("2019", 1_200_000), ("2019", 7000), ("2020", 1_500_000), ("2020", 8000),
    ]
    every_year = one(targets, "lianyungang-2018-2020:4.1.3", "5个以上")
    assert every_year.year == "2018-2020"
    members = one(targets, "lianyungang-2018-2020:4.4.1", "100000人")
    assert members.year == "2020"


def test_chinese_numerals_full_width_digits_and_words_that_are_not_numbers():
    quantities = extract_quantities(clean_text("全年发放一万张服务卡，新建“爱心母婴室”２０家，开展“两癌”筛查，提供一站式服务，统一管理。").text)
    assert [(q["span"], q["value"], q["unit"]) for q in quantities if q["kind"] != "label"] == [
        ("一万张", 10_000, "张"), ("20家", 20, "家")]
    assert [(q["span"], q["kind"]) for q in quantities if q["kind"] == "label"] == [("两", "label")]  # “两癌”: a name


def test_government_report_sentences():
    qs = extract_quantities("国内生产总值增长5%左右；城镇新增就业1200万人以上；粮食产量1.3万亿斤以上。")
    assert [(q["span"], q["value"], q["unit"], q["direction"], q["kind"]) for q in qs] == [
        ("增长5%左右", 5, "%", "about", "target"),
        ("1200万人以上", 12_000_000, "人", "at_least", "target"),
        ("1.3万亿斤以上", 1.3e12, "斤", "at_least", "target"),
    ]
    review = extract_quantities("过去一年，城镇新增就业1244万人。", part="summary")
    assert [(q["span"], q["kind"]) for q in review] == [("一年", "date"), ("1244万人", "achieved")]


@pytest.mark.parametrize("text, span, value, unit", [
    ("比重达到百分之六十三。", "百分之六十三", 63, "%"),
    ("增长百分之十三点七。", "百分之十三点七", 13.7, "%"),
    ("有三分之二的职工在企业就业。", "三分之二", 66.6667, "%"),
    ("人员编制总数减少一半。", "一半", 50, "%"),  # 一半 is 二分之一
    ("转移支付项目比上年减少1/3以上。", "1/3以上", 33.3333, "%"),  # a fraction in Arabic digits
    ("发电能力可以达到五十六万千瓦。", "五十六万千瓦", 560_000, "千瓦"),
    ("比上年增长一倍以上。", "一倍", 1, "倍"),
    ("货物周转量达到3617亿吨公里。", "3617亿吨公里", 3617e8, "吨公里"),
    ("国内生产总值达到一亿二千万元。", "一亿二千万元", 1.2e8, "元"),
    ("人口自然增长率下降到10.06‰。", "10.06‰", 1.006, "%"),  # per mille: a rate, in percent
    ("组织几千名专家论证。", "几千名", 1000, "名"),  # 几 before 百, 千, 万, 亿: some thousands
    ("城镇还有几千万人住在棚户区。", "几千万人", 1e7, "人"),
    ("全国共有1万6千多户受益。", "1万6千多户", 16000, "户"),  # Arabic digits between Chinese magnitudes
    ("新建铁路2万5千公里。", "2万5千公里", 25000, "公里"),
    ("进出口总额突破1千亿美元。", "1千亿美元", 1e11, "美元"),  # a 千 or 百 before the multiplier (round 216)
    ("带动5百万人就业。", "5百万人", 5e6, "人"),
    ("全省生产总值突破3万2千亿元。", "3万2千亿元", 3.2e12, "元"),  # 3.2万亿, not 3万 and 2千亿元 (round 162)
    ("住宅面积约达四千六百万平方公尺。", "四千六百万平方公尺", 4.6e7, "平方米"),  # older names of metric units
    ("喀什地区总面积16.2万平方千米。", "16.2万平方千米", 162_000, "平方公里"),  # 千米 is a 公里 (round 223)
    ("清理河塘沟渠4358千米。", "4358千米", 4358, "公里"),
    ("已经偿还了十三亿八千九百万新卢布。", "十三亿八千九百万新卢布", 1.389e9, "卢布"),  # currencies other than 元
    ("弗迪12吉瓦时动力电池扩产。", "12吉瓦时", 1.2e7, "千瓦时"),  # the energy industry's larger units
    ("建成10兆瓦光伏电站。", "10兆瓦", 10_000, "千瓦"),
    ("中欧班列开行6037列。", "6037列", 6037, "列"),
    ("开行4000班次。", "4000班次", 4000, "班次"),
    ("新增公共充电设施260根以上。", "260根以上", 260, "根"),  # posts, piles, pipes counted
    ("为白内障患者实施免费手术2000例。", "2000例", 2000, "例"),  # cases treated
    ("PM2.5年平均浓度降至25微克/立方米。", "25微克/立方米", 25, "微克/立方米"),  # a concentration
    ("PM2.5平均浓度降至28.5微克每立方米。", "28.5微克每立方米", 28.5, "微克/立方米"),  # 每 spelled out
    ("化学需氧量浓度控制在15毫克每升。", "15毫克每升", 15, "毫克/升"),
    ("拖拉机由778标准台增加。", "778标准台", 778, "标准台"),
    ("对美贸易下降超3成。", "3成", 30, "%"),  # tenths
    ("长江干流重庆段水质实现“9连优”。", "9连优", 9, "连优"),  # a streak, quoted or not
    ("粮食生产实现二十二连丰。", "二十二连丰", 22, "连丰"),
    ("全年新建楼宇达到92幢。", "92幢", 92, "幢"),  # buildings, tables and containers (round 114)
    ("操办年夜饭506桌。", "506桌", 506, "桌"),
    ("集装箱吞吐量突破2800万标准箱。", "2800万标准箱", 2.8e7, "标准箱"),
    ("送出500瓶矿泉水。", "500瓶", 500, "瓶"),  # bottles, bags, buckets, boxes, tents (round 123)
    ("共收到摄影作品68幅。", "68幅", 68, "幅"),  # pictures (round 133)
    ("发放大米300袋。", "300袋", 300, "袋"),
    ("送去食用油200桶。", "200桶", 200, "桶"),
    ("发放月饼1000盒。", "1000盒", 1000, "盒"),
    ("调运帐篷100顶。", "100顶", 100, "顶"),
    ("赞成598票，审查通过。", "598票", 598, "票"),  # votes (round 125)
    ("室外温度冲上34℃。", "34℃", 34, "℃"),  # a temperature (round 124)
    ("国际友城增至208对。", "208对", 208, "对"),  # pairs (round 124)
    ("PM2.5平均浓度32μg/m3。", "32μg/m3", 32, "微克/立方米"),  # ASCII concentrations (rounds 101, 126)
    ("化学需氧量浓度15mg/L。", "15mg/L", 15, "毫克/升"),
    ("累计出让土地19宗。", "19宗", 19, "宗"),  # parcels, cases (round 121)
    ("报道时长111秒。", "111秒", 111, "秒"),  # seconds (round 115)
    ("全县涌现先进工作者1 100人。", "1 100人", 1100, "人"),  # thousands set apart by a space (rounds 120, 130)
])
def test_quantities_written_in_words_and_units_of_general_plans(text, span, value, unit):
    found = [q for q in extract_quantities(text) if q["kind"] != "date"]
    assert [(q["number"] in span, q["unit"]) for q in found] == [(True, unit)]
    assert found[0]["value"] == pytest.approx(value) and span in found[0]["span"]


def test_a_unit_is_not_read_where_a_word_goes_on_and_a_quoted_streak_is_a_result():
    assert extract_quantities("坚持一成不变的做法，推动3成为重点。") == []  # 一成不变, 成为: no tenths
    assert extract_quantities("破解两瓶颈。") == []  # 瓶颈: no bottles; 第一桶金: no bucket
    assert extract_quantities("实行一票否决。") == []  # 一票否决: a veto, no vote counted
    assert extract_quantities("开展1对1帮扶，新增5对接企业。") == []  # 1对1, 对接: no pairs
    assert extract_quantities("坚持宗旨，秒杀活动。") == []  # 宗旨, 秒杀: words
    # an indicator's acronym right before its figure (round 109): GDP1877.64亿元; a code's digits stay out (G20, 5G)
    assert [q["span"] for q in extract_quantities("地区生产总值(GDP1877.64亿元，占GDP67.9%。", part="summary")] \
        == ["1877.64亿元", "67.9%"]
    assert extract_quantities("召开G20峰会，建设5G基站。") == []
    assert [q["unit"] for q in extract_quantities("挖到第一桶金。")] in ([], [""])
    assert [(q["span"], q["kind"]) for q in extract_quantities("水质实现“9连优”，粮食产量实现“九连增”。", part="summary")] \
        == [("9连优", "achieved"), ("九连增", "achieved")]


def test_a_span_of_years_that_names_a_plan_is_dropped():
    found = extract_quantities("成立三年行动计划领导小组，落实第一个五年计划，力争用三年时间完成。")
    assert [(q["span"], q["kind"]) for q in found if q["unit"].startswith("年")] == [("三年", "date")]


def test_years_in_chinese_digits_decades_and_spans_of_years_are_dates():
    found = extract_quantities("一九五三年开始的五年计划，六十年代，过去五年，三年内完成。")
    assert [(q["span"], q["kind"]) for q in found if q["kind"] == "date"] == [
        ("一九五三年", "date"), ("六十年代", "date"), ("五年", "date"), ("三年", "date")]  # 五年计划 is a name
    assert found[0]["value"] == 1953


@pytest.mark.parametrize("text, part, expected", [
    # a Chinese count in 万 or 亿 without a unit is a quantity; before the people it counts, a population (a
    # fact of the present), and so are a bare 百, 千, 万 after 近, 上 or with 数 (about a hundred …)
    ("年底前精简机关编制十二万的工作要如期完成。", "plan", [("十二万", "target")]),
    ("全省三千万农民的收入稳步提高。", "plan", [("三千万", "achieved")]),
    ("凝聚13亿人民的智慧和力量，关系到全国六亿人民的事情。", "plan", [("13亿人", "achieved"), ("六亿人", "achieved")]),
    ("希望数百万难民返回家园，上百万赤脚医生在农村。", "plan", [("数百万", "achieved"), ("百万", "achieved")]),
    ("要帮助三千万农民脱贫，建交国家增加到近百个。", "plan", [("三千万", "target"), ("近百个", "target")]),
    # a bare magnitude of 万 or 亿 after 超, 破, 达: over a hundred billion …; not an idiom's 千 (达千家万户)
    ("争取国家政策性资金超千亿元，总额首次突破万亿元。", "summary", [("千亿元", "achieved"), ("突破万亿元", "achieved")]),
    ("服务送达千家万户，力争粮食产量超万亿斤。", "plan", [("万亿斤", "target")]),
    # and of 亿 after 过, 越 (passed, crossed); not after 经过, 通过 (through)
    ("进出口总额连续两年过万亿元，经过千万次试验，通过百亿元投资。", "summary", [("两年", "achieved"), ("万亿元", "achieved")]),
    # 几 after a numeral is an approximation, like 多 and 余
    ("已有二十几个县建立了制度。", "plan", [("二十几个", "achieved")]),
    # a span of years lengthened or shortened by the plan is a quantity, not a date
    ("将优惠政策的期限延长5年。", "plan", [("5年", "target")]),
    # a duration that frames the time of what is said is a date; one the plan sets stays a quantity
    ("离香港回归祖国只有122天了，竞赛将历时8个月，成立3个多月来。", "summary",
     [("122天", "date"), ("8个月", "date"), ("3个", "date")]),
    ("三个月内把新部委组建起来，免征3个月工会经费。", "plan", [("三个月", "date"), ("3个月", "target")]),
    # a measure counted in years is a quantity, not a span of time
    ("劳动年龄人口平均受教育年限提高到11.7年。", "plan", [("11.7年", "target")]),
    ("平均受教育年限达到10年，三年内完成。", "plan", [("达到10年", "target"), ("三年", "date")]),
    ("过去五年，我们做了很多工作。", "plan", [("五年", "date")]),
    # what the whole country has is a present state, even in a plan
    ("全国有24万多户国有小企业，改革工作由地方政府组织实施。", "plan", [("24万多户", "achieved")]),
    # a present level (目前, 现在) is no commitment
    ("目前参加试点的企业占全省企业的百分之四十。", "plan", [("百分之四十", "achieved")]),
    # a look back elsewhere in the sentence does not reach a clause about the plan's year
    ("近年来先后在12个县开展了试点，今年试点县增加到30个。", "plan",
     [("12个", "achieved"), ("30个", "target")]),
    # a small count that sums up a list before it names the list, even after a verb that makes things
    ("要打好污染防治和整顿关闭两个攻坚战。", "plan", [("两个", "label")]),
    # aspects are not made by the verb before them: they group what is (推出8个方面…政策措施)
    ("推出8个方面政策措施。", "summary", [("8个", "label")]),
    # aspects and the parts of a programme are named in Arabic digits too (a news story's style); so is a
    # list's length in brackets after its title, but not a count the plan sets in brackets
    ("重点抓好职工思想政治引领等9个方面工作。", "plan", [("9个", "label")]),
    ("包头是全国首批提升职工生活品质20个试点城市之一。", "plan", [("20个", "label")]),  # the set it is one of
    # a sentence that takes a body's delegates apart tells who they are (round 211's 四川 congress story), in any part;
    # a body's quota is planned; how long a meeting lasts is a time frame
    ("在879名代表中，有工会工作者592名，占67.35%，其中基层以上工会工作者374名。", "plan",
     [("879名", "achieved"), ("592名", "achieved"), ("67.35%", "achieved"), ("374名", "achieved")]),
    ("代表名额879名。", "plan", [("879名", "target")]),
    ("据悉，此次大会会期3天。", "plan", [("3天", "date")]),
    # a count of missions flown is no plan's figure (round 211's 阿拉尔 story); a task's figure still is
    ("据悉，2024年，救援队累计执行任务309次。", "summary", [("2024年", "date"), ("309次", "achieved")]),
    ("全年收入任务174万元。", "summary", [("174万元", "target")]),
    # a level passed (千亿大关) names no set (round 211's 甘肃 report)
    ("财政收入跨过千亿大关，实施八大行动。", "summary", [("千亿", "achieved"), ("八大", "label")]),
    # the share of the population a survey samples names the survey (round 209's 黑龙江 communiqué); a rate it finds
    # is a result
    ("据2022年5‰人口变动抽样调查显示，全省人口出生率为3.34‰。", "summary", [("2022年", "date"), ("5‰", "label"), ("3.34‰", "achieved")]),
    ("根据全国1%人口抽样调查，满意度调查显示达95%。", "summary", [("1%人口", "label"), ("达95%", "achieved")]),
    # a range of an amount, its multiplier written twice, before the class of things it bands (round 209's 云南
    # opinions): a threshold; a sum planned or given in a range is no class
    ("200亿—500亿元的县（市）达到40个。", "plan", [("200亿—500亿元", "threshold"), ("达到40个", "target")]),
    ("计划投资50万-100万元，提供1万至2万元的补贴。", "plan", [("50万-100万元", "target"), ("1万至2万元", "target")]),
    # …not the things counted by a task that is one of a set named before (round 208's 常州 story)
    ("市总工会今年牵头的4个民生实事服务项目中，新建驿站200家就是其中之一。", "plan", [("4个", "label"), ("200家", "target")]),
    ("《纲要》细化提出20项主要指标，围绕增长提出3项指标。", "plan", [("20项", "label"), ("3项", "label")]),
    # …but indicators that have met their aims are counted as a result; 预期性 names a kind of indicator
    ("12项约束性指标已达到要求，23项预期性指标中已有7项指标进度超过要求。", "summary",
     [("12项", "achieved"), ("23项", "label"), ("7项", "achieved")]),
    # …also when what met the level is a list of them (…8个一级指标、28个二级指标及数字政府建设达到国内先进水平)
    ("营商环境评价8个一级指标、28个二级指标及数字政府建设达到国内先进水平。", "summary",
     [("8个", "achieved"), ("28个", "achieved"), ("二级", "label")]),  # (一级 is dropped as a word with 一)
    ("关于经济发展类目标（13个）。地区生产总值力争增长7.5%左右。", "plan", [("13个", "label"), ("增长7.5%左右", "target")]),
    ("新建职工书屋（12个），在5个乡镇新建服务站。", "plan", [("12个", "target"), ("5个", "target")]),
    # a numbered heading closed by the count of the list under it (a year's projects grouped by field)
    ("一、促进就业（3项）", "plan", [("3项", "label")]),
    ("全年新建职工之家（10家）", "plan", [("10家", "target")]),
    ("年内新建两个职工书屋。", "plan", [("新建两个", "target")]),
    # the start of a planned change is a baseline, with a year before it and a comma after it
    ("农村自来水普及率将由2015年的76%，提高到85%。", "plan",
     [("2015年", "date"), ("76%", "baseline"), ("85%", "target")]),
    # a population in 万 or 亿 is a fact of the present, even in a plan; not when the plan acts on the people
    ("要充分释放十几亿人口的消费潜力。", "plan", [("十几亿人口", "achieved")]),
    ("全县10万职工劳动和技能竞赛正式启动。", "plan", [("10万", "label")]),  # the crowd names a campaign
    # units of things counted one by one (株, 棵, 只, 份, 眼 …), but 两只手 is a saying
    ("栽植花草1790棵，发放宣传资料2000份，推广高效照明灯具1.5亿只。", "summary",
     [("1790棵", "achieved"), ("2000份", "achieved"), ("1.5亿只", "achieved")]),
    ("两只手都要硬。", "plan", [("两只", "label")]),
    # units written as symbols (a page's ㎡, a table's km), the same units as their Chinese names
    ("活动室总面积1245㎡，新建绿道3.5km。", "plan", [("1245㎡", "target"), ("3.5km", "target")]),
    ("今年要减少农村贫困人口1000万以上，使300万人口脱贫。", "plan",
     [("1000万以上", "target"), ("300万人口", "target")]),
    # a range that repeats the unit on both ends is one quantity, and so is a range of years or months
    ("基建投资增加15亿元到20亿元。", "summary", [("15亿元到20亿元", "achieved")]),
    ("2018年至2020年新建职工之家30家。", "plan", [("2018年至2020年", "date"), ("30家", "target")]),
    # a span of time a policy is held for is what the plan sets, not a time frame
    ("土地承包关系三十年不变。", "plan", [("三十年", "target")]),
    # numerals that name: a quoted formula, a plenum, an early plan's period; not 一 ending a word, the
    # indefinite 一个, or 第四， marking an item of a list
    ("为“三农”服务，严格控制“两高”行业贷款。", "plan", [("三", "label"), ("两", "label")]),
    ("贯彻党的十八届三中全会精神，完成“九五”计划。", "plan", [("十八届", "label"), ("三", "label"), ("九五", "label")]),
    ("完成祖国统一大业，这是一个新的阶段。", "plan", []),
    # 次 names a session after a 届 or before a meeting; else it counts how often something was done
    ("七届全国人大三次会议和五届一次全委会议通过。", "summary", [("七届", "label"), ("三次", "label"), ("五届", "label"),
                                                 ("一次", "label")]),
    ("三次提高出口退税率，推动三次产业协同发展。", "summary", [("三次", "achieved"), ("三次", "label")]),
    ("第四，深化国有企业改革。", "plan", []),
    ("中美两国关系稳定，东北三省振兴，贯彻“一国两制”，成为一大亮点。", "plan", [("两国", "label"), ("三省", "label")]),
    ("庆祝工会成立一周年。", "plan", [("一周年", "label")]),  # 一 of an anniversary is still a label
    ("编制《第十二个五年规划纲要》。", "plan", [("十二个", "label")]),
    ("同一九五七年相比，钢产量增长一倍。", "summary", [("一九五七年", "date"), ("增长一倍", "achieved")]),
    # a share with 以上 before a verb is the amount of what it shares, not a condition
    ("下岗职工90%以上进入了再就业服务中心。", "summary", [("90%以上", "achieved")]),
    # a limit stated right before its number is a threshold; a limit the plan changes is a target
    ("小型项目的审批限额为五十万元。", "plan", [("五十万元", "threshold")]),
    ("个人所得税起征点是5000元。", "plan", [("5000元", "threshold")]),
    ("个人所得税起征点提高到5000元。", "plan", [("5000元", "target")]),
    # a poverty line says who counts as poor: its amount is a threshold, raised or not; money given stays a target
    ("国家扶贫标准提高到每人每年2300元。", "plan", [("2300元", "threshold")]),
    ("按照年人均纯收入2800元的贫困标准，再减少贫困人口1000万人。", "plan",
     [("2800元", "threshold"), ("1000万人", "target")]),
    ("新标准提高到人均1500元，扶贫对象覆盖3000万人。", "plan", [("1500元", "threshold"), ("3000万人", "target")]),
    ("新标准提高到人均1500元，补助对象覆盖3000万人。", "plan", [("1500元", "target"), ("3000万人", "target")]),
    ("扶贫资金增加到500亿元，低保标准提高到每月800元。", "plan", [("500亿元", "target"), ("800元", "target")]),
    # a range joins two numbers of one unit: a sum then a count (1500万元到21个…) are two quantities
    ("今年将下拨约1500万元到21个市总工会开展活动。", "plan", [("约1500万元", "target"), ("21个", "target")]),
    ("投资5000万元至1亿元。", "plan", [("5000万元至1亿元", "target")]),
    # a sum bound with its equivalent in brackets: both the class's line
    ("全年新签约5亿元(3000万美元)以上项目60个。", "plan",
     [("5亿元", "threshold"), ("3000万美元", "threshold"), ("60个", "target")]),
    # each number of a list of sessions after 届 names one
    ("贯彻省委十四届五次、六次、七次全会精神。", "summary",
     [("十四届", "label"), ("五次", "label"), ("六次", "label"), ("七次", "label")]),
    # 十四五 before a measure word is a guess of two numbers (dropped, as 七八个), not the plan's period
    ("已有十四五个春节在岗位上度过，“十四五”时期目标全面完成。", "summary", [("十四五", "label")]),
    # a task quoted as a project's name states its count; a quoted code does not
    ("“建设改善1000间职工休息室”被列为实事项目，打造“30强”企业。", "plan", [("1000间", "target"), ("30", "label")]),
    # places gone to are counted (分赴八个地区); 两件大事 is a formula, 十件实事 the name of a programme (every blind
    # label of 办…N件实事 in rounds 75-112 is a label)
    ("组成慰问组分赴八个地区慰问困难职工，全力办好两件大事。", "summary", [("八个", "achieved"), ("两件", "label")]),
    ("今年办好十件实事。", "plan", [("十件", "label")]),
    # an age that bounds who is meant is a threshold; a measured age (life expectancy) is a figure
    ("为年满70周岁的老人和80岁以上老人发放补贴。", "plan", [("70周岁", "threshold"), ("80岁以上", "threshold")]),
    ("全市人均预期寿命达到79.5岁。", "summary", [("达到79.5岁", "achieved")]),
    ("全市人均预期寿命再提高0.5岁。", "plan", [("提高0.5岁", "target")]),
    # a share a change reaches is how far it goes, not which things are meant
    ("家庭医生签约服务扩大到90%以上社区。", "plan", [("90%以上", "target")]),
    ("淘汰10万千瓦以下的小火电机组。", "plan", [("10万千瓦以下", "threshold")]),
    # a clause of a plan's cue and its deadline opens what the clauses after it will do, even after a look back in a
    # story that reviews (round 164); a look back after it still reports
    ("2023年，在开展了十多年的乡村建设基础上，计划到2027年，全省建设1000个左右示范村，中心村总数达到1万个以上。", "summary",
     [("2023年", "date"), ("十多年", "date"), ("2027年", "date"), ("1000个左右", "target"), ("达到1万个以上", "target")]),
    ("计划到2020年，建成职工书屋100家，目前已建成120家。", "summary",
     [("2020年", "date"), ("100家", "target"), ("120家", "achieved")]),
    # so does one of the cue and the span it takes (计划用3年左右时间，; round 201)
    ("去年启动职工之家建设工程，计划用3年左右时间，建成100个职工之家，建设1000个服务站点。", "summary",
     [("3年左右", "date"), ("100个", "target"), ("1000个", "target")]),
    ("市总工会计划在三年内，实现环卫工人慰问全覆盖，建成50个驿站。", "summary", [("三年", "date"), ("50个", "target")]),
    # half a year so far (半年来, round 167): a look back, as 一年来 is, whatever part the page's sentence stands in
    ("半年来，我工会共扶助病难职工5人，投入扶助资金1000元。", "plan", [("5人", "achieved"), ("1000元", "achieved")]),
    ("开展1000场次以上的基层职工技能竞赛。", "plan", [("1000场次以上", "target")]),  # events counted, not bounded
    # a share bounds a measure named before it (a threshold), else it is the share of the things after it
    ("对营业收入增长30%以上的企业给予奖励。", "plan", [("增长30%以上", "threshold")]),
    ("确保90%以上的职工参加培训。", "plan", [("90%以上", "target")]),
    ("新招录人员中80%以上在基层。", "summary", [("80%以上", "achieved")]),
    # where a change starts (从去年的…) dates nothing after it: the level it reaches is planned
    ("赤字率从去年的2.5%提高到2.8%。", "plan", [("2.5%", "baseline"), ("2.8%", "target")]),
    # levels listed before one change (从A、B分别提高到C、D): each is where a change starts
    ("将城乡低保补差水平从每人每月574元、271元分别提高到每人每月609元、300元。", "plan",
     [("574元", "baseline"), ("271元", "baseline"), ("609元", "target"), ("300元", "target")]),
    # 降到, 减为 (a bare 降 or 减) change a level as 降低到 does: the level it starts from is a baseline
    ("物价涨幅要从14.8%降到10%左右。", "plan", [("14.8%", "baseline"), ("10%左右", "target")]),
    # 已 before a verb, or the perfective 了 after one, reports a result even in a plan; 安排了 sets the plan
    ("全省已开工的30个项目要加快建设。", "plan", [("30个", "achieved")]),
    ("本级财政制定了15件规章，减少了8%的支出。", "plan", [("15件", "achieved"), ("8%", "achieved")]),
    ("规划安排了300万元的培训资金。", "plan", [("300万元", "target")]),
    # a figure to the hundredth with four digits or more is measured, unless set, bounded or a budget's share
    ("上半年实际完成投资156.92亿元。", "plan", [("156.92亿元", "achieved")]),
    ("森林覆盖率提高到41.65%，财政赤字2.38万亿元，总预备费占本年预算支出的2.57%。", "plan",
     [("41.65%", "target"), ("2.38万亿元", "target"), ("2.57%", "target")]),
    # a task's size before what of it is done, or before its span of years, is a target even in a review
    ("15个农村幸福院建设已完成8个（53%）。", "summary", [("15个", "target"), ("8个", "achieved"), ("53%", "achieved")]),
    ("2000个行政村环境连片整治（2013-2017年）。", "summary", [("2000个", "target"), ("2013-2017年", "date")]),
    ("全年新建10个站点已投入使用。", "summary", [("新建10个", "achieved")]),
    ("63个区本级重点项目已开工43个。", "summary", [("63个", "achieved"), ("43个", "achieved")]),
    # a rank reached (位列, 跃居 …) or a figure marked as an estimate reports a result; a rank aimed at does not
    ("全年完成地区生产总值112.96亿元，增长6.6%，增速位列全市第二；", "plan",
     [("112.96亿元", "achieved"), ("增长6.6%", "achieved"), ("二", "achieved")]),
    ("地区生产总值达5600亿元（预计数，下同），增长14%以上。", "plan", [("达5600亿元", "achieved"), ("增长14%以上", "achieved")]),
    ("力争地区生产总值增长7%，位列全省第一。", "plan", [("增长7%", "target"), ("一", "target")]),
    # a bare rank after the area it is held in, or in a list of ranks after the verb, is a position; an
    # ordinal before a noun (市第一中学) or marking a list's item (第二，) is not
    ("增速全市第5，南六县第一；位居百强县投资潜力第3、质量第4。", "summary",
     [("5", "achieved"), ("一", "achieved"), ("3", "achieved"), ("4", "achieved")]),
    ("郏县总工会荣获全市六项荣誉，总收入位置前移至第八位。", "summary", [("六项", "achieved"), ("八位", "achieved")]),
    ("综合排名从全国第4位降至第131位，市第一中学扩建。", "summary",
     [("4位", "achieved"), ("131位", "achieved"), ("一", "label")]),
    # a quoted name or slogan holds labels; a quoted sentence (with a comma) holds figures like any other
    ("开展“三个十佳”评选。", "plan", [("三个", "label")]),
    ("通过“20元撬动50元消费”的杠杆效应，争创“30强”。", "plan", [("20元", "target"), ("50元", "target"), ("30", "label")]),
    ("新能源设备年产能达5000台套。", "summary", [("达5000台套", "achieved")]),
    ("他说：“五年来，全市新建职工之家三十个，过去几十年没有这样的速度。”", "summary",
     [("五年", "date"), ("三十个", "achieved"), ("几十年", "date")]),
    # 计划 before a verb plans, even in a review; 已 after it reports what of the plan was done
    ("市总工会计划评选市级劳模100名，计划投入经费300万元。", "summary", [("100名", "target"), ("300万元", "target")]),
    ("计划新开工项目已开工51个。", "summary", [("51个", "achieved")]),
    ("目前已按计划完成年度目标任务58项。", "summary", [("58项", "achieved")]),  # done as planned
    ("全区平均累计降雨量仅16毫米。", "summary", [("16毫米", "achieved")]),
    ("统筹推进五位一体总体布局。", "plan", [("五位", "label")]),  # a formula, quoted or not
    ("此次共验收26家单位。", "plan", [("26家", "achieved")]),  # 共 + a verb of what was done: a total
    ("规上工业企业中销售收入10亿元以上5家，5亿元以上12家。", "summary",  # a bound with the count it takes in
     [("10亿元以上", "threshold"), ("5家", "achieved"), ("5亿元以上", "threshold"), ("12家", "achieved")]),
    ("年服务职工人数达44万人（次），月借阅量达1000册次。", "summary", [("达44万人（次）", "achieved"), ("达1000册次", "achieved")]),
    # the size of a list of things to do, by kind or by its noun, names the list; not when the list is done
    ("做好服务职工群众10件实事，共安排十方面32项。", "plan", [("10件", "label"), ("32项", "label")]),
    ("24个主要指标大多数达到预期进度要求。", "summary", [("24个", "label")]),
    # a figure named as the target is one, and the margin after it is what was done
    ("地区生产总值增长26.4%，高于年初人代会12%的目标14.4个百分点。", "summary",
     [("增长26.4%", "achieved"), ("12%", "target"), ("14.4个百分点", "achieved")]),
    ("80%的目标任务已完成。", "summary", [("80%", "achieved")]),
    # a ratio, its colons spaced or small (﹕), is one quantity; a clock is none
    ("会议于9:30开始。产业结构从13.6 ﹕ 42.1 ﹕ 44.3调整为9.6 ﹕ 35.8 ﹕ 54.6。", "summary",
     [("13.6 ﹕ 42.1 ﹕ 44.3", "achieved"), ("9.6 ﹕ 35.8 ﹕ 54.6", "achieved")]),
    ("10大类52项民生实事全部超额完成，扶持32个实事项目。", "summary",
     [("52项", "achieved"), ("32个", "achieved")]),
])
def test_classes_of_quantity_in_general_plans(text, part, expected):
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert found == expected


def test_a_year_that_names_what_a_thing_is_for_does_not_date_the_number():
    text = "启动面向2035年的重大科技项目，新建8个创新中心。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2021, 2021))]
    assert found == [("2035年", "date"), ("新建8个", "achieved")]
    found = [(q["span"], q["kind"]) for q in extract_quantities("到2035年，新建8个创新中心。", part="summary",
                                                                period=(2021, 2021))]
    assert found == [("2035年", "date"), ("新建8个", "target")]


def test_a_planned_change_named_with_a_year_ahead_starts_from_a_baseline():
    text = "到2025年，人均劳动生产率从9万元提高到12万元。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(2021, 2021))]
    assert found == [("2025年", "date"), ("9万元", "baseline"), ("12万元", "target")]


def test_a_change_made_with_jiang_marking_its_object_has_results_at_both_ends_in_a_review():
    """该区总工会…将特困职工标准每人从700元提高到900元 (a union's story of round 116, after its first scores): in a
    review 将 marks the object of a change made, so where it started and where it reached are results; 将由…提高到…
    (will rise from …) and the same change in a plan still start from a baseline."""
    text = "该区总工会提高救助标准，将特困职工标准每人从700元提高到900元。"
    assert _kinds(text, part="summary") == [("700元", "achieved"), ("900元", "achieved")]
    assert _kinds(text, part="plan") == [("700元", "baseline"), ("900元", "target")]
    assert _kinds("职工最低工资将由1800元提高到2000元。", part="summary") == [("1800元", "baseline"), ("2000元", "target")]


def test_the_budget_of_the_plan_year_is_a_plan_and_a_compared_year_does_not_date_a_number():
    """1956年国家预算规定…: a budget of the plan's year is a target, in a summary part too; 比/同 a year is the
    base of a comparison, passed over for the year before it; the base's own value keeps its year."""
    text = "1956年国家预算规定经济建设支出为160亿元，比1955年增长17%。1956年预算执行到现在，收入300亿元。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(1956, 1956))]
    assert found == [("1956年", "date"), ("160亿元", "target"), ("1955年", "date"), ("增长17%", "target"),
                     ("1956年", "date"), ("300亿元", "achieved")]
    text = "2020年产值达到900亿元，比2015年的600亿元增长50%。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(2021, 2021))]
    assert found == [("2020年", "date"), ("达到900亿元", "achieved"), ("2015年", "date"), ("600亿元", "achieved"),
                     ("增长50%", "achieved")]
    # on the base of a year (在2022年的基础上) compares with it: it places nothing in time, in the rule or the cues
    text = "高新技术企业在2022年的基础上实现“双倍增”，分别超过90家和870家。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(2023, 2027))]
    assert found == [("2022年", "date"), ("超过90家", "target"), ("870家", "target")]


def test_what_a_plan_or_budget_sets_is_a_target_even_in_a_review_but_not_what_a_past_plan_set():
    text = ("计划规定，1959年的工业总产值比1958年增长41%，农业总产值增长39%。"
            "五年内施工的单位有921个，比计划规定的单位数多227个。1958年计划规定钢产量为1070万吨。")
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(1959, 1959))]
    assert found == [("1959年", "date"), ("1958年", "date"), ("增长41%", "target"), ("增长39%", "target"),
                     ("五年", "date"), ("921个", "achieved"), ("227个", "achieved"),
                     ("1958年", "date"), ("1070万吨", "achieved")]


def test_the_plan_of_the_plan_year_is_a_target_but_not_its_outcome():
    text = "1982年计划为4%，预计可以达到6.4%。根据1982年计划，积累率降到30%左右。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(1982, 1982))]
    assert found == [("1982年", "date"), ("4%", "target"), ("达到6.4%", "achieved"),
                     ("1982年", "date"), ("30%左右", "target")]


def test_an_arabic_count_in_myriads_before_people_is_a_population_unless_bounded_or_acted_on():
    found = extract_quantities("把13亿中国人的饭碗牢牢端在自己手中，争取再有1000万以上贫困人口解决温饱，"
                               "促进约1亿农业转移人口落户城镇。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [("13亿", "achieved"), ("1000万以上", "target"),
                                                      ("约1亿", "target")]


def test_a_count_in_myriads_bounds_an_amount_but_not_the_people_it_counts_and_cases_count_in_qi():
    found = extract_quantities("根据销售500万以上企业必须组建工会的要求，完成1000万以上农村贫困人口脱贫任务，"
                               "成功调解劳动争议案件50起。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [("500万以上", "threshold"), ("1000万以上", "target"),
                                                      ("50起", "target")]


def test_a_count_after_zhuahao_or_zhuazhu_announces_a_list_but_one_after_zhua_is_counted():
    found = extract_quantities("今年重点抓好三件事，抓住两个关键。去年抓了五个试点。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [("三件", "label"), ("两个", "label"), ("五个", "achieved")]


def test_what_exists_now_is_a_present_state_even_in_a_plan():
    found = extract_quantities("提质壮大现有8个万亿元级产业集群，新培育3个产业集群。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [("8个", "achieved"), ("万亿元", "threshold"), ("3个", "target")]


def test_words_of_the_present_are_not_read_inside_other_words():
    """项目前期工作经费3亿元 (one opinions page, rounds 128-178): 项目 then 前期, not 目前 (now); so 实现在线 is not 现在 and
    至今年底 not 至今; the words themselves are the present."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("省财政新增筹措重大建设项目前期工作经费3亿元，确保一批重大工程项目开工建设。") == [("3亿元", "target")]
    assert kinds("目前全市有职工之家120家。") == [("120家", "achieved")]
    assert kinds("政务服务事项实现在线办理率达到90%。") == [("达到90%", "target")]  # 实现 then 在线, not 现在 (now)
    assert kinds("至今年底全市新建职工之家20家。") == [("20家", "target")]  # 至 今年底, not 至今 (so far)
    assert kinds("至今全市已建成职工之家120家。") == [("120家", "achieved")]
    # 现将 is hereby, now (现将…发放到…手中 in a story of the day), not 将 (will)
    assert [(q["span"], q["kind"]) for q in extract_quantities("现将慰问金120万元发放到困难职工手中。", part="summary")] \
        == [("120万元", "achieved")]


def test_a_grade_bounded_is_a_threshold_a_grade_alone_a_label():
    found = extract_quantities("电子病历共享覆盖二级以上医疗机构97%门诊量，28个二级指标达到先进水平。", part="summary")
    assert [(q["span"], q["kind"]) for q in found] == [
        ("二级以上", "threshold"), ("97%", "achieved"), ("28个", "achieved"), ("二级", "label")]


def test_a_magnitude_of_yi_before_ji_is_a_size_class_unless_a_level_is_reached():
    """千亿级产业集群: the least size of the things named (a threshold), as the labellers of rounds 17 and 22 read it;
    达万亿级规模, 跨越千亿级台阶: a level reached, read by the part and the cues like any figure."""
    found = extract_quantities("形成3个万亿级和7个千亿元级产业集群，打造百亿级项目。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [
        ("3个", "target"), ("万亿级", "threshold"), ("7个", "target"), ("千亿元", "threshold"), ("百亿级", "threshold")]
    reached = extract_quantities("全省财政收入达万亿级规模，进出口连续4年跨越千亿级台阶。", part="summary")
    assert [(q["span"], q["kind"]) for q in reached] == [("达万亿级", "achieved"), ("4年", "achieved"), ("千亿级", "achieved")]


def test_every_item_of_a_list_of_planned_targets_is_a_target_even_in_a_review_part():
    text = "报告提出了2013年的主要预期目标：生产总值增长11%左右；财政收入增长12%；失业率控制在4.2%以内。去年增长了9%。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2013, 2013))]
    assert found == [("2013年", "date"), ("增长11%左右", "target"), ("增长12%", "target"), ("4.2%以内", "target"),
                     ("9%", "achieved")]


def test_a_count_of_the_things_after_it_or_how_far_a_change_reaches_is_no_threshold():
    found = extract_quantities("达到95%以上工会组建率，建成100个以上精品村，邀请28位工会代表，"
                               "职工25人以上企业要建立工会。亩产达到一百斤以上的有四十五个县。"
                               "努力达到25人以上企业建会率达95%以上。", part="plan")
    assert [(q["span"], q["kind"]) for q in found] == [
        ("达到95%以上", "target"), ("100个以上", "target"), ("28位", "target"), ("25人以上", "threshold"),
        ("达到一百斤以上", "threshold"), ("四十五个", "target"), ("达到25人以上", "threshold"),
        ("达95%以上", "target")]


def test_the_figure_a_plan_or_budget_states_is_a_target_even_in_a_review_but_not_a_share_done_of_it():
    text = "财政一般预算收入任务174万，完成198万；年初预算1184万。完成年计划27%，超过原定计划百分之四。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert found == [("174万", "target"), ("198万", "achieved"), ("1184万", "target"), ("27%", "achieved"),
                     ("百分之四", "achieved")]


def test_the_item_a_budget_plans_states_its_figure_unless_something_was_done_to_it():
    text = "今年财政预算赤字1503亿元，年初预算投资20亿元。单是基本建设就节减了预算支出2.45亿元。其中一般预算收入12.7亿元。"
    found = [(q["span"], q["kind"], q["evidence"]) for q in extract_quantities(text, part="summary")]
    assert found == [("1503亿元", "target", "planned_figure"), ("20亿元", "target", "planned_figure"),
                     ("2.45亿元", "achieved", "achieved_cue"), ("12.7亿元", "achieved", "part_of_a_total")]


def test_a_number_restating_the_one_before_it_is_of_its_kind():
    planned = extract_quantities("全年会员要增长20%，即增加5000人，2025年…", part="summary")
    assert [(q["span"], q["kind"], q["evidence"]) for q in planned][:2] == [
        ("增长20%", "target", "plan_cue"), ("5000人", "target", "restatement")]
    done = extract_quantities("过去五年，会员增长10%，即增加3000人。", part="plan")
    assert [(q["span"], q["kind"]) for q in done] == [("五年", "date"), ("增长10%", "achieved"),
                                                     ("3000人", "achieved")]
    (date,) = [q for q in extract_quantities("增长10%，即2024年的两倍。", part="plan") if q["span"] == "2024年"]
    assert date["kind"] == "date"
    # a sum of what the clause before counts (round 208's 富阳 story), not a sum told as done
    assert _kinds("接下来，富阳区总工会将组织18批，共计820人的疗休养活动。", "summary") == [("18批", "target"), ("820人", "target")]
    assert _kinds("计划投资80亿元，共计完成65亿元。", "plan") == [("80亿元", "target"), ("65亿元", "achieved")]


def test_a_bound_written_before_an_amount_of_a_class_is_a_threshold():
    text = "年营业收入超1000亿元的集群2个、不足10人的企业建联合工会，力争营业收入超过100亿元。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert found == [("1000亿元", "threshold"), ("2个", "target"), ("10人", "threshold"), ("超过100亿元", "target")]
    (state,) = extract_quantities("在能源增长不到3%的情况下，工业增长了8.5%。", part="summary")[:1]
    assert state["kind"] == "achieved"


def test_what_a_span_of_months_so_far_came_to_and_the_share_of_a_plan_done_are_results():
    text = "全年计划完成投资98.5亿元，1-4月累计完成投资21.01亿元，完成年度投资计划的21.3%。6-8月开展送清凉活动，慰问职工1000人。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert [f for f in found if f[1] != "date"] == [("98.5亿元", "target"), ("21.01亿元", "achieved"), ("21.3%", "achieved"),
                                                  ("1000人", "target")]


def test_a_bound_written_with_a_sign_is_read_with_its_direction_unit_or_not():
    found = extract_quantities("到2025年，人均健康期望寿命≥71，城镇调查失业率<5.5%。", period=(2021, 2025))
    assert [(q["span"], q["kind"], q["direction"]) for q in found] == [
        ("2025年", "date", ""), ("≥71", "target", "at_least"), ("<5.5%", "target", "at_most")]


def test_the_base_of_a_comparison_is_no_look_back_in_targets():
    # in a part of targets, a past year compared with is the base of the target, not the time it tells of
    goal = "其中，武汉市、襄阳市可吸入颗粒物年均浓度较2012年下降18%。"
    assert [(q["span"], q["kind"]) for q in extract_quantities(goal, part="goals", period=(2014, 2017))] == [
        ("2012年", "date"), ("下降18%", "target")]
    # nor is 较上年, as 比上年 is not, anywhere
    cut = "即化学需氧量、氨氮分别较上年削减400吨、25吨。"
    assert [q["kind"] for q in extract_quantities(cut, part="plan", period=(2016, 2016))] == ["target", "target"]
    # elsewhere a past year compared with still tells a result (the old national reports' reviews)
    told = "国民生产总值达到一万一千一百七十亿元，比一九八〇年增长一点六倍。"
    assert [q["kind"] for q in extract_quantities(told, part="plan", period=(1986, 1990))] == [
        "achieved", "date", "achieved"]


def test_a_progress_reports_list_of_targets_runs_on_to_the_turn_to_results():
    text = ("2021年促进就业计划目标为：全省城镇新增就业60万人以上。农村劳动力转移就业70万人，城镇登记失业率预期目标为"
            "5.0%以内。实际完成情况如下：全省新增就业64万人。")
    found = extract_quantities(text, part="summary", period=(2021, 2021))
    assert [(q["span"], q["kind"]) for q in found if q["kind"] != "date"] == [
        ("60万人以上", "target"), ("70万人", "target"), ("5.0%以内", "target"), ("64万人", "achieved")]
    # a target named as the one a result beats (低于5%的控制目标)
    beat = extract_quantities("全省城镇登记失业率4.45%，低于5%的控制目标。", part="summary", period=(2021, 2021))
    assert [(q["span"], q["kind"]) for q in beat] == [("4.45%", "achieved"), ("5%", "target")]


def test_a_plan_stated_is_no_result_and_its_target_no_class_of_things():
    text = "2011年1月，全总制定下发工作规划，明确了到2013年企业职工入会率达到90%以上，其中农民工会员达到10300万人以上的目标。"
    found = extract_quantities(text, part="summary", period=(2012, 2012))
    assert [(q["span"], q["kind"]) for q in found if q["kind"] not in ("date",)] == [
        ("达到90%以上", "target"), ("达到10300万人以上", "target")]


def test_round_counts_after_a_bound_or_before_an_approximation():
    found = lambda text: [(q["span"], q["value"]) for q in extract_quantities(text, part="summary")]
    assert found("学习人数破万，学习率超200%。") == [("万", 10000.0), ("200%", 200.0)]
    assert found("相关经验获主流媒体宣传推介百余次。") == [("百余次", 100.0)]
    assert found("读书破万卷。") == [] and found("成千上万的职工投身建设。") == []  # sayings


def test_figures_of_rounds_44_and_45_a_sign_an_index_a_list_and_a_plans_figure():
    kinds = lambda text, part="summary": [(q["span"], q["kind"], q["value"])
                                          for q in extract_quantities(text, part=part, period=(2014, 2014))]
    assert kinds("固定资产投资增速-4.7%。") == [("-4.7%", "achieved", -4.7)]  # a negative growth keeps its sign
    assert kinds("2021年-2025年") == [("2021年-2025年", "date", 2021.0)]  # a range's dash is no sign
    # a sign after 比 and in a list after 分别 or 、 (round 95): 同比分别-6.2%、-19.3%
    assert kinds("收入2亿元，同比分别-6.2%、-19.3%。")[1:] == [("-6.2%", "achieved", -6.2), ("-19.3%", "achieved", -19.3)]
    # and after a list's last 和 (round 219): 分别增长21.6%和-2.9%
    assert kinds("产值分别增长21.6%和-2.9%。")[-1] == ("-2.9%", "achieved", -2.9)
    assert kinds("规上工业增加值同比-3.5%。") == [("-3.5%", "achieved", -3.5)]
    # a sign after 至 or 到, and a full-width minus or the minus sign (round 124: 气温降至-5℃)
    assert kinds("最低气温降至-5℃。") == [("-5℃", "achieved", -5.0)]
    assert kinds("出口增速为－3.5%，进口增速为−1.2%。") == [("－3.5%", "achieved", -3.5), ("−1.2%", "achieved", -1.2)]
    assert kinds("1-3月") == [("1-3月", "date", 1.0)]
    assert kinds("居民消费价格指数为102.7。") == [("102.7", "achieved", 102.7)]  # an index has no unit
    # nor has a coefficient or a ratio (rounds 93, 100, 167, 182, 193): its value after the name and a verb of level
    assert kinds("城乡居民收入比为2.026，男女性别比为118。") == [("2.026", "achieved", 2.026), ("118", "achieved", 118.0)]
    assert kinds("农田灌溉水有效利用系数提高到0.517，城乡居民收入比缩小至1.7以内。", "plan") == [
        ("0.517", "target", 0.517), ("1.7以内", "target", 1.7)]
    assert kinds("比上年提高到0.517，增加到13。", "plan") == []  # no measure named: no quantity
    # two figures of one list joined by 和: the first bounds no class of things
    assert [k for _, k, _ in kinds("农民人均纯收入分别增长9%以上和10%以上。", "plan")] == ["target", "target"]
    # the figure of a plan compared with is the plan's, a target, even in a review
    assert kinds("累计新增学位34090个，比规划的28300个增加5790个。")[1] == ("28300个", "target", 28300.0)
    # a count of the names right before it, as many as they are, names them
    named = "凉州区祁连路小学、凉州区东升幼儿园、古浪县第五幼儿园3所学校建设项目完成开工手续。"
    assert [(q["span"], q["kind"]) for q in extract_quantities(named, part="plan")][-1] == ("3所", "label")
    assert [q["kind"] for q in extract_quantities("全市新建学校、医院3所。", part="plan")] == ["target"]
    marked = extract_quantities("五、投资12亿元建设2个全省重大疫情救治基地。", part="plan")  # 五、 is a marker
    assert [q["kind"] for q in marked] == ["target", "target"]


def test_a_percent_sign_printed_apart_or_small_is_read():
    spaced = extract_quantities("全县农业总产值增长5.7 %；", part="summary")
    assert [(q["span"], q["unit"], q["value"]) for q in spaced] == [("增长5.7 %", "%", 5.7)]


def test_a_place_won_is_a_rank_and_a_ratio_is_one_quantity_but_not_a_clock():
    won = extract_quantities("运动会上，我公司夺得女子羽毛球第一名、象棋第三名。获第一批示范称号。", part="summary")
    assert [(q["span"], q["kind"]) for q in won] == [("一名", "achieved"), ("三名", "achieved"), ("一批", "label")]
    ratio = extract_quantities("三次产业比重由2.8:56.1:41.1调整为2.3：48.7：49，会议9:30开始。", part="summary")
    assert [(q["span"], q["value"], q["unit_category"]) for q in ratio if q["kind"] == "achieved"] == [
        ("2.8:56.1:41.1", None, ""), ("2.3：48.7：49", None, "")]
    capped = extract_quantities("城乡收入差距控制在2.2∶1以内。")[0]
    assert (capped["span"], capped["kind"], capped["direction"]) == ("2.2∶1以内", "target", "at_most")
    # terms that could be a clock's are a ratio's after a word of a ratio in their clause
    planned = extract_quantities("到2025年，三次产业结构调整为5：40：55。", period=(2021, 2025))
    assert [(q["span"], q["kind"]) for q in planned] == [("2025年", "date"), ("三次", "label"), ("5：40：55", "target")]
    assert extract_quantities("发布日期:2025/1/16 9:11:03 发布时间：2023-09-05 09:00:02", part="plan") == []  # clocks
    # a range of clock times after a label's colon (a site's service hours) is no ratio
    assert extract_quantities("人工客服工作时间:9:00-18:30。", part="summary") == []


def test_the_people_attending_the_meeting_reported_are_counted():
    found = extract_quantities("会议应到代表172人，出席本次全体会议的代表155人。50名职工代表、25名列席代表出席此次职代会。"
                               "全年组织1000名职工参加培训。市综合考核组一行7人，在市政府目标办主任的带领下，到市总工会进行综合目标考核。"
                               "下半年将组织考察组一行5人赴外地学习。", part="plan")
    assert [(q["span"], q["kind"]) for q in found if q["kind"] != "date"] == [
        ("172人", "achieved"), ("155人", "achieved"), ("50名", "achieved"), ("25名", "achieved"), ("1000名", "target"),
        ("7人", "achieved"), ("5人", "target")]  # 一行7人: the party that came (round 192); 将组织…一行5人: a plan
    # the delegates gathered (…特邀代表160余人齐聚一堂, round 204); not the people a plan will gather (组织200名职工齐聚一堂…)
    gathered = extract_quantities("全院职工代表、特邀代表160余人齐聚一堂，共谋发展。组织200名职工齐聚一堂开展联谊活动。", part="plan")
    assert [(q["span"], q["kind"]) for q in gathered] == [("160余人", "achieved"), ("200名", "target")]


def test_a_number_taken_as_a_line_is_a_threshold():
    found = extract_quantities("困难职工以月收入3000元为界认定，补助以每户2000元为限。", part="plan")
    assert [(q["span"], q["kind"], q["evidence"]) for q in found] == [
        ("3000元", "threshold", "stated_limit"), ("2000元", "threshold", "stated_limit")]


def test_a_share_describing_the_people_after_it_is_how_things_stand_but_not_a_share_a_change_reaches():
    text = "团结占职工总数90%以上的一线职工，使技能人才占比提高到30%以上的水平。"
    found = [(q["span"], q["kind"], q["evidence"]) for q in extract_quantities(text, part="plan")]
    assert found == [("90%以上", "achieved", "share_of_a_whole"), ("30%以上", "target", "commitment")]


def test_a_rank_held_or_reached_is_a_measured_position_but_other_ordinals_are_labels():
    text = "研发经费占比居全省第3位，装机位居世界第一，由上年居第五位上升到第四位。召开第十五届职工代表大会，女排第一次夺冠。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert found == [("3位", "achieved"), ("一", "achieved"), ("五位", "achieved"), ("四位", "achieved"),
                     ("十五届", "label"), ("一次", "label")]
    found = [(q["span"], q["kind"]) for q in extract_quantities("增幅全省排第7位，排第一批。", part="summary")]
    assert found == [("7位", "achieved"), ("一批", "label")]  # 排 right before the rank places it


def test_a_rank_a_change_starts_from_or_on_a_list_or_in_a_region_is_a_measured_position():
    def kinds(text):
        return [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary") if q["kind"] != "date"]
    assert kinds("总量由全省第7进到第6位。") == [("7", "achieved"), ("6位", "achieved")]
    assert kinds("营业收入列中国民营经济500强第83位、全省第一。") == [("83位", "achieved"), ("一", "achieved")]
    assert kinds("荣登外贸百强城市榜单第39名，列全省第一、中部第六。") == [("39名", "achieved"), ("一", "achieved"),
                                                                ("六", "achieved")]
    assert kinds("列入第一批试点，系列活动第一场。") == [("一批", "label"), ("一场", "label")]  # no rank verb


def test_gongwei_before_a_number_only_totals_but_before_people_reports_what_was_done():
    text = "1956年国家预算规定，本年收入共为297亿元。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(1956, 1956))]
    assert found == [("1956年", "date"), ("297亿元", "target")]
    (q,) = extract_quantities("共为困难职工发放慰问金20万元。", part="plan")
    assert (q["span"], q["kind"]) == ("20万元", "achieved")


def test_a_bare_hundred_after_mei_is_the_denominator_of_a_rate_and_takes_its_statement_kind():
    found = extract_quantities("城镇居民每百户拥有家用汽车21.5辆。", part="summary")
    assert [(q["span"], q["value"], q["kind"]) for q in found] == [("百户", 100, "achieved"),
                                                                 ("21.5辆", 21.5, "achieved")]


def test_percent_range():
    (q,) = extract_quantities("力争增长6%-6.5%。")
    assert (q["value"], q["value_max"], q["unit"], q["direction"]) == (6, 6.5, "%", "range")


# --- Hostile input: linear time (the timings are in benchmarks/bench_adversarial.py) ---------------


def test_repeated_qualifiers_before_a_number_do_not_backtrack():
    # 26 × 分别为 took about a minute with the old pattern, each further one multiplying it.
    (q,) = extract_quantities("全年职工" + "分别为" * 60 + "5人。")
    assert (q["span"], q["indicator"]) == ("5人", "职工")
    (q,) = extract_quantities("全年职工" + "分别为" * 60 + "工5人。")
    assert q["span"] == "5人"


def test_a_long_item_dense_with_quantities_is_extracted_in_linear_time():
    text = "全年" + "新建职工之家3家，" * 30_000 + "完成"
    found = extract_quantities(text)
    assert len(found) == 30_000 and {q["span"] for q in found} == {"3家"}
    assert all(len(q["sentence"]) <= 502 for q in found[:10])  # a window, not the whole 270,000-character clause


def test_a_long_sentence_of_results_after_a_long_lead_costs_linear_time():
    # each number once searched to its sentence's end for a lead unit's bracket: 8,000 took 6 s, 80,000 ten minutes
    found = extract_quantities("推进工作" * 20_000 + "预期目标5%" + "，增长3%" * 20_000 + "。", part="summary")
    assert len(found) == 20_001


def test_many_words_ending_in_one_cost_linear_time():
    assert extract_quantities("完成统一大业，" * 40_000) == []  # each 一 once searched the text from its start


def test_numbers_in_a_long_quote_cost_linear_time():
    # each number looks at most 30 characters ahead for the closing quote: a quoted speech of any length
    found = extract_quantities("他说：“" + "全年新建职工之家3家，" * 20_000 + "”")
    assert len(found) == 20_000 and {q["kind"] for q in found} == {"target"}


def test_a_run_of_wan_is_not_a_number():
    assert extract_quantities("职工" + "万" * 200_000 + "人。") == []
    assert [q["value"] for q in extract_quantities("职工三万人。")] == [30000.0]


@pytest.mark.parametrize("text, year, period", [
    ("“十一五”期间，单位国内生产总值能源消耗降低20%左右。", "2006-2010", (2006, 2006)),
    ("到“十二五”末，城镇保障性住房覆盖面达到20%左右。", "2015", (2006, 2006)),
    ("第六个五年计划期间，工业总产值平均每年增长百分之四。", "1981-1985", (1981, 1981)),  # (in 2006: the past)
    ("今年城镇新增就业900万人。", "2006", (2006, 2006)),  # no year named: the plan's own
])
def test_a_five_year_plan_named_before_a_target_gives_its_years(text, year, period):
    from analysis.targets import target_records

    rows = [{"doc_id": "d", "item_id": "d:1", "part": "plan", "text": text, "start": 0}]
    (record,) = [r for r in target_records(rows, {"d": period}, []) if r["kind"] == "target"]
    assert record["year"] == year


def test_a_change_from_one_level_to_another_keeps_its_subject_on_both_numbers():
    """国防费从41.5%降低到21.1%: both numbers measure 国防费 (the start's phrase loses its 从, the end's verb
    alone takes the subject); a bare 增加 is an increment and keeps its own phrase."""
    from analysis.targets import target_records

    text = ("其中国防费从百分之四十一点五降低到百分之二十一点一，城镇化率由52.6%提高到58.5%。棚户区改造580万套，增加110万套。"
            "化肥（按有效成份计算）由三百万吨增加到五百万吨。")
    rows = [{"doc_id": "d", "item_id": "d:1", "part": "plan", "text": text, "start": 0}]
    found = [(r["span"], r["indicator"]) for r in target_records(rows, {"d": (2015, 2015)}, [])]
    assert found == [("百分之四十一点五", "国防费"), ("百分之二十一点一", "国防费"), ("52.6%", "城镇化率"),
                     ("58.5%", "城镇化率"), ("580万套", "棚户区改造"), ("110万套", "增加"),
                     ("三百万吨", "化肥（按有效成份计算）"), ("五百万吨", "化肥（按有效成份计算）")]


def test_a_year_pointed_at_is_no_quantity_but_a_span_of_more_than_a_year_is_a_date():
    found = extract_quantities("这一年，自治区成立60周年庆祝活动隆重举行。在这一年内修筑铁路。这一年多来的实践证明。", part="summary")
    assert [(q["span"], q["kind"]) for q in found] == [("60周年", "label"), ("一年", "date")]  # 一年多来: the span as the pattern reads it


def test_an_estimate_in_a_review_is_the_years_result_unless_it_looks_ahead():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part) if q["kind"] != "date"]
    assert kinds("由于历年修复和新建了不少铁路，今年预计将达二万五千五百公里。", "summary") == [("达二万五千五百公里", "achieved")]
    assert kinds("社会商品零售额今年预计将比去年增长9%。", "summary") == [("增长9%", "achieved")]
    assert kinds("合作社预计明年春耕时将达五十万个以上。", "summary") == [("达五十万个以上", "target")]
    assert kinds("未来产业营收预计将达1200亿元。", "summary") == [("达1200亿元", "achieved")]  # an industry's name
    assert kinds("全年预计将达到5000亿元。", "plan") == [("达到5000亿元", "target")]  # in a plan, a forecast
    assert kinds("明年工业产值将达到5000亿元。", "summary") == [("达到5000亿元", "target")]  # 将 alone still commits


def test_a_measured_age_is_no_bound_and_a_budget_to_the_hundredth_is_still_planned():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part) if q["kind"] != "date"]
    assert kinds("人均预期寿命从2020年的82.4岁提升至83.9岁。", "summary") == [("82.4岁", "achieved"), ("83.9岁", "achieved")]
    assert kinds("为80岁老人发放补贴。", "plan") == [("80岁", "threshold")]
    assert kinds("筹措310.33亿元实施健康惠民工程。", "plan") == [("310.33亿元", "target")]
    # a project's cost in a plan of projects (round 212's 嘉兴 plan), to the hundredth too
    assert kinds("1.实施类项目：共35个，总投资357.86亿元，2022年计划投资74.05亿元。", "plan") == [
        ("35个", "target"), ("357.86亿元", "target"), ("74.05亿元", "target")]
    assert kinds("上半年实际完成投资156.92亿元。", "plan") == [("156.92亿元", "achieved")]


def test_the_object_marker_jiang_commits_to_nothing_and_a_margin_over_a_plan_is_no_planned_figure():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("将8个公司运营的16支基金整合为2支基金。", "summary") == [
        ("8个", "achieved"), ("16支", "achieved"), ("2支", "achieved")]
    assert kinds("全年将新建100所学校。", "summary") == [("新建100所", "target")]  # 将 before a verb: will
    assert kinds("水体比例优于国家考核目标14.6个百分点。", "summary") == [("14.6个百分点", "achieved")]
    assert kinds("投资超过原定计划四百二十七亿元的百分之十五。", "summary")[0] == ("四百二十七亿元", "target")


def test_arabic_numbers_joined_by_a_pause_mark_share_the_unit_of_the_last():
    found = extract_quantities("蔬菜、小浆果设施产量占比分别提高15、22个百分点，分别增长1.8、2.1万亿元。", part="summary")
    assert [(q["number"], q["unit"], q["value"], q["kind"]) for q in found] == [
        ("15", "个百分点", 15, "achieved"), ("22", "个百分点", 22, "achieved"),
        ("1.8", "元", 1.8e12, "achieved"), ("2.1", "元", 2.1e12, "achieved")]
    years = extract_quantities("1998、1999年连续遭受特大洪涝灾害。", part="summary")
    assert [(q["span"], q["kind"]) for q in years] == [("1998", "date"), ("1999年", "date")]
    # Chinese numerals so joined are an approximation or a heading's marker: nothing is shared
    assert [q["span"] for q in extract_quantities("一、2005年工作总体部署\n在两、三年内实现自给。")] == ["2005年", "三年"]


def test_a_count_of_runs_closing_its_clause_is_no_phase():
    found = extract_quantities("举办培训班五期，宝钢三期工程投产，第五期。吉林（二期）等厂", part="summary")
    assert [(q["span"], q["kind"]) for q in found] == [("五期", "achieved"), ("三期", "label"), ("五期", "label"),
                                                        ("二期", "label")]
    held = extract_quantities("举办三期汽车电控技术培训班，组织二期工程建设。", part="plan")
    assert [(q["span"], q["kind"]) for q in held] == [("三期", "target"), ("二期", "label")]


def test_a_year_after_a_lists_number_is_a_year_and_a_part_is_no_count():
    found = extract_quantities("附件：1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解", part="plan")
    assert [(q["span"], q["kind"]) for q in found if q["unit"] == "年"] == [("2025年", "date"), ("2025年", "date")]
    assert extract_quantities("截至2018.12.25", part="summary") == []  # a dotted date stays a code
    assert extract_quantities("竞赛分为理论考试和实作竞赛两部分。", part="summary") == []  # 部分 'part'
    assert [q["span"] for q in extract_quantities("拍摄微电影3部，全市5部门联合发文", part="summary")] == ["3部", "5部"]


def test_a_list_whose_last_number_is_joined_by_he_shares_its_unit():
    found = extract_quantities("分别拉动经济增长2.3、11.1和4.6个百分点。", part="summary")
    assert [(q["number"], q["unit"], q["kind"]) for q in found] == [
        ("2.3", "个百分点", "achieved"), ("11.1", "个百分点", "achieved"), ("4.6", "个百分点", "achieved")]


def test_a_bound_before_an_amount_then_a_class_of_firms_and_its_count_is_a_threshold():
    """主营业务收入超5000万元企业15户 (round 125): the amount is the class's floor, as in 超10亿元的工业企业有151家;
    an amount exceeded with no class counted after it is the figure itself."""
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("主营业务收入超5000万元企业15户。", "summary") == [("5000万元", "threshold"), ("15户", "achieved")]
    assert kinds("培育产值超百亿元企业5家。", "plan") == [("百亿元", "threshold"), ("5家", "target")]
    assert kinds("投资超5000万元。", "summary") == [("5000万元", "achieved")]


def test_a_bound_with_its_equivalent_in_another_currency_then_a_class_counted_is_a_threshold_twice():
    """总投资超100亿元或10亿美元项目6个以上 (round 181): both sums bound one class of projects, whose count is the
    target; a sum and its equivalent with no class after them are the figure itself."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("其中总投资超100亿元或10亿美元项目6个以上、超50亿元或5亿美元项目10个以上。") == [
        ("100亿元", "threshold"), ("10亿美元", "threshold"), ("6个以上", "target"),
        ("50亿元", "threshold"), ("5亿美元", "threshold"), ("10个以上", "target")]
    assert kinds("全年投资100亿元或15亿美元。") == [("100亿元", "target"), ("15亿美元", "target")]


def test_a_level_of_yi_raised_to_is_the_aim_not_a_size_class():
    """提升至7万亿级 (round 125): a level the plan reaches for, as 达万亿级 is one reached; 千亿级产业集群 names a class."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("力争全省工业规模稳步提升至7万亿级。") == [("7万亿级", "target")]
    assert kinds("打造2个千亿级产业集群。") == [("2个", "target"), ("千亿级", "threshold")]


def test_a_streak_is_a_result_not_a_frame_of_time():
    """连续35年居全国首位: how long a result has held is a result (32 of 42 blind labels of 连续N年 in rounds 68-125,
    and every 连续N个月 and 连续N个季度); in a plan it is a commitment. Other spans of time still frame it."""
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("总量连续35年居全国首位。", "summary") == [("35年", "achieved")]
    assert kinds("消费增速连续8个月位居全省第1。", "summary")[0] == ("8个月", "achieved")
    assert kinds("力争连续三年保持增长。", "plan") == [("三年", "target")]
    assert kinds("过去五年粮食产量稳定，近8个月以来持续增长。", "summary") == [("五年", "date"), ("8个月", "date")]


def test_a_number_inside_a_documents_title_names_it():
    found = extract_quantities("制定《土地承包到期后再延长30年试点工作方案》，启动再延长30年整镇试点。", part="summary")
    assert [(q["span"], q["kind"]) for q in found] == [("30年", "label"), ("30年", "achieved")]
    dated = extract_quantities("印发《2019-2023年工会干部培训五年规划》《关于3个试点的通知》", part="plan")
    assert [(q["span"], q["kind"]) for q in dated] == [("2019-2023年", "date"), ("3个", "label")]


def test_a_fact_found_out_is_a_result_even_in_a_story_of_a_plan():
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("今年将推出一系列措施，据了解，厦门职场女性有67万人。") == [("67万人", "achieved")]
    assert kinds("据了解，今年1月至5月，全省新发展会员近2.18万名。") == [("1月至5月", "date"), ("近2.18万名", "achieved")]
    assert kinds("据悉，今年将新增32间。") == [("新增32间", "target")]  # what it says will be done
    assert kinds("据了解，方案提出，新发展会员4万人。") == [("4万人", "target")]  # a plan it cites


def test_a_margin_over_or_under_a_target_in_a_review_is_a_result():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("增速超目标2个百分点。", "summary") == [("2个百分点", "achieved")]
    assert kinds("同比增长1.3%，落后目标18.7个百分点。", "summary") == [("增长1.3%", "achieved"), ("18.7个百分点", "achieved")]
    assert kinds("力争增速超目标2个百分点。", "plan") == [("2个百分点", "target")]


def test_the_number_of_a_figure_table_or_annex_referred_to_is_a_label():
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert kinds("图1：2011-2015年全县地区生产总值") == [("1", "label"), ("2011-2015年", "date")]
    assert kinds("上涨3.9%（见表1）。") == [("3.9%", "achieved"), ("1", "label")]
    assert kinds("选举代表120名，报表1份。") == [("120名", "achieved"), ("1份", "achieved")]  # 表 ends a word


def test_the_year_a_clause_describes_is_no_span_of_time():
    spans = lambda text: [q["span"] for q in extract_quantities(text, part="summary")]
    assert spans("2022年是极为重要的一年，也是极不平凡的一年。") == ["2022年"]
    assert spans("2024年是实施规划的关键一年。") == ["2024年"]
    assert spans("过去一年是大事难事集中交织的一年。一年来，完成了任务。") == ["一年", "一年"]  # 过去一年, 一年来: spans
    assert spans("今年是为提前全面建成小康社会奠定坚实基础的重要一年。") == []  # a long description still describes


def test_a_count_of_people_with_yishang_is_no_bound_before_the_people_or_a_list_end_and_a_bracketed_target():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("新增高技能人才1600人以上等。", "plan") == [("1600人以上", "target")]
    assert kinds("为4.6万名以上劳模、技术工人提供体检。", "plan") == [("4.6万名以上", "target")]
    assert kinds("积极引导1000名以上高校毕业生到基层就业。", "plan") == [("1000名以上", "target")]  # round 218
    assert kinds("25人以上企业建会率达到90%。", "plan") == [("25人以上", "threshold"), ("达到90%", "target")]
    # a class of projects under way (实施项目, a noun: round 219), not a verb after the bound
    assert kinds("总投资500万元以上实施项目166个。", "summary") == [("500万元以上", "threshold"), ("166个", "achieved")]
    assert kinds("增长4.2%，比年初目标(6.5%)低2.3个百分点。", "summary") == [
        ("增长4.2%", "achieved"), ("6.5%", "target"), ("2.3个百分点", "achieved")]


def test_a_count_in_liang_is_never_an_edition():
    found = extract_quantities("连续举办两届产业转移对接活动，召开十五届三中全会。", part="summary")
    assert [(q["span"], q["kind"]) for q in found if q["unit"] == "届"] == [("两届", "achieved"), ("十五届", "label")]


def test_in_a_review_jiang_that_marks_the_object_of_a_change_commits_to_nothing():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("发放补助，将价格临时补贴标准提高1倍。", "summary") == [("提高1倍", "achieved")]
    assert kinds("将制造业企业研发费用加计扣除比例提高到100%。", "summary") == [("100%", "achieved")]
    assert kinds("糖料产量将比去年增长10%以上。", "summary") == [("增长10%以上", "target")]  # 将 'will'
    assert kinds("本年将发放农业贷款22亿元，比上年增长一倍以上。", "summary") == [
        ("22亿元", "target"), ("增长一倍以上", "target")]
    assert kinds("将价格临时补贴标准提高1倍。", "plan") == [("提高1倍", "target")]  # a plan's change


def test_in_a_review_a_task_done_or_won_is_no_planned_figure():
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part) if q["kind"] != "label"]
    assert kinds("生态环境不断改善，完成“三北”工程建设任务6063万亩。", "summary") == [("6063万亩", "achieved")]
    assert kinds("争取国家“两重”建设任务162项。", "summary") == [("162项", "achieved")]
    assert kinds("完成造林任务500万亩。", "plan") == [("500万亩", "target")]
    assert ("28,049,780,000元", "target") in kinds("本年收入完成预算的96.98%，比预算数28,049,780,000元少846,461,000元。",
                                                  "summary")  # the budget it was compared with


def test_a_result_of_a_review_that_reports_on_the_year_before_is_dated_so():
    rows = [{"doc_id": "g", "item_id": "g:1.1", "part": "summary", "text": "地区生产总值增长5.5%，2024年增长5%。", "start": 0},
            {"doc_id": "g", "item_id": "g:2.1", "part": "plan", "text": "力争增长5%左右。", "start": 30}]
    years = [(r["span"], r["year"]) for r in target_records(rows, {"g": (2026, 2026)}, [], reviewed={"g": (2025, 2025)})
             if r["kind"] != "date"]
    assert years == [("增长5.5%", "2025"), ("增长5%", "2024"), ("增长5%左右", "2026")]  # a year named is its own
    assert target_records(rows, {"g": (2026, 2026)}, [])[0]["year"] == "2026"  # without it, the plan's year


def test_a_sentence_that_opens_on_a_cutoff_date_reports_what_stood_by_then_in_every_clause():
    kinds = lambda text, period: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=period)
                                  if q["kind"] != "date"]
    assert kinds("截至11月18日，累计资助困难青少年10人，筹资并发放捐助资金1.72万元。", (2009, 2009)) == [
        ("10人", "achieved"), ("1.72万元", "achieved")]
    assert kinds("截至2025年底，全市职工之家达到120家。", (2025, 2025)) == [("达到120家", "target")]  # a deadline


def test_a_number_after_a_label_that_names_a_target_is_a_target_even_in_a_progress_report():
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert kinds("目标任务：对8所中小学校进行校舍安全改造，总建筑面积9720平方米。") == [
        ("8所", "target"), ("9720平方米", "target")]
    assert kinds("工作目标：新建职工书屋5个。") == [("5个", "target")]
    assert kinds("完成目标任务：新建职工书屋5个。") == [("5个", "achieved")]  # what was done


def test_a_fraction_before_a_word_for_a_point_of_the_year_is_a_headings_number():
    assert [q["span"] for q in extract_quantities("1.2年度总目标：建设职工书屋。", part="plan")] == []
    assert [q["span"] for q in extract_quantities("项目工期1.5年。", part="plan")] == ["1.5年"]


def test_ponds_and_wells_are_counted_in_kou():
    found = extract_quantities("有堰塘12口，新打机井30眼。开放3个口岸。", part="summary")
    assert [(q["span"], q["unit"]) for q in found] == [("12口", "口"), ("30眼", "眼"), ("3个", "个")]


def test_courses_are_counted_in_men_and_a_set_phrases_numerals_count_nothing():
    found = extract_quantities("开设培训班90个，共计45门课程。三门峡市新建门诊12个。", part="summary")
    assert [(q["span"], q["unit"]) for q in found] == [("90个", "个"), ("45门", "门"), ("12个", "个")]
    phrases = "活动形式五花八门，群众来自四面八方，三番五次上门，开设3门课程。"
    assert [q["span"] for q in extract_quantities(phrases, part="summary")] == ["3门"]


def _kinds(text: str, part: str) -> list[tuple[str, str]]:
    return [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]


def test_a_part_of_the_year_gone_by_framing_a_sentence_reports_what_it_came_to():
    """今年上半年，全区实现地区生产总值369.9亿元，增长10.2%；… (round 200), 一季度，…为5229户企业拨付… (round 194): in a part that
    plans (a paragraph that goes on to 下步，…将…), the frame of a part of the year gone by makes the sentence's figures,
    over its semicolons, results; not after the time ahead (下半年，力争…), nor where a plan names its deadline inside
    its clause (确保上半年完成…)."""
    text = ("今年上半年，全区实现地区生产总值369.9亿元，增长10.2%；完成固定资产投资194.1亿元，增速全市第二。"
            "下步，区政府将全面完成各项目标任务。")
    assert _kinds(text, part="plan") == [("369.9亿元", "achieved"), ("增长10.2%", "achieved"), ("194.1亿元", "achieved"),
                                         ("二", "achieved")]
    assert _kinds("一季度，为5229户企业拨付稳岗返还资金3.75亿元，稳定岗位74.2万个。", part="plan") == [
        ("一季度", "date"), ("5229户", "achieved"), ("3.75亿元", "achieved"), ("74.2万个", "achieved")]
    assert _kinds("1-10月，全区完成投资50亿元；下半年，力争完成投资80亿元。", part="plan") == [
        ("1-10月", "date"), ("50亿元", "achieved"), ("80亿元", "target")]
    assert _kinds("确保上半年完成改造50个。", part="plan") == [("50个", "target")]


def test_the_margin_by_which_a_task_was_beaten_is_a_result():
    """2024年完成新改建高标准农田2.428万亩，超建设任务200多亩 (round 200): the margin over the task is what came, not the
    task's figure (任务 before a number is a plan's figure elsewhere)."""
    assert _kinds("完成新改建高标准农田2.428万亩，超建设任务200多亩。", part="summary") == [
        ("2.428万亩", "achieved"), ("200多亩", "achieved")]


def test_a_level_reached_for_the_first_time_is_a_result():
    """比重首次超过50%, 总额首次突破万亿元 (round 200): a first is told of what came, even in a part that plans; a plan's
    cue before it (确保…首次突破万亿元) still sets a target."""
    assert _kinds("高新技术产业产值占规上工业比重首次超过50%。", part="plan") == [("超过50%", "achieved")]
    assert _kinds("确保全年数字经济规模首次突破万亿元。", part="plan") == [("突破万亿元", "target")]


def test_a_count_of_meetings_a_verb_holds_is_how_often_not_which_one():
    # 一次: one meeting held, a count (not the first session); the blind rounds' labellers count it (round 151's 每年召开一次…教代会)
    assert _kinds("每学年至少召开一次大会。", part="plan") == [("一次", "target")]
    assert _kinds("召开了三次会议。", part="summary") == [("三次", "achieved")]
    assert _kinds("七届全国人大三次会议召开。", part="summary") == [("七届", "label"), ("三次", "label")]
    assert _kinds("召开第三次会议。", part="plan") == [("三次", "label")]


def test_trips_are_counted_in_checi_and_jiaci():
    found = extract_quantities("组织劳务输送232车次6199人，出动飞机120架次。", part="summary")
    assert [(q["span"], q["unit"]) for q in found] == [("232车次", "车次"), ("6199人", "人"), ("120架次", "架次")]


def test_a_count_after_deng_of_the_items_just_named_is_a_label():
    assert _kinds("对“城镇新增就业”“新增返乡创业”“脱贫人口外出务工”等3项重要指标进行统计。", part="summary") == [
        ("3项", "label")]
    assert _kinds("成立书法、摄影、舞蹈等3个兴趣小组。", part="summary") == [("3个", "label")]
    assert _kinds("组织张三、李四等20家企业参加。", part="summary") == [("20家", "achieved")]  # examples of many
    assert _kinds("产量将增长一倍的有生铁、钢、原油、糖等4种；", part="plan")[-1] == ("4种", "target")  # how many there are


def test_the_last_character_of_a_word_is_no_qualifier():
    signed = extract_quantities("签约5亿元以上项目50个，投资约3亿元，节约20万元。", part="summary")
    assert [(q["span"], q["qualifier"]) for q in signed] == [("5亿元以上", "以上"), ("50个", ""), ("约3亿元", "约"),
                                                            ("20万元", "")]
    recent = extract_quantities("最近三年内完成，历时将近两年。", part="summary")
    assert [(q["span"], q["qualifier"]) for q in recent] == [("三年", ""), ("两年", "近")]  # 将近 is nearly


def test_a_count_of_digits_is_a_class_of_size_and_a_large_set_in_arabic_digits_is_a_name():
    assert _kinds("制造业投资保持两位数增长；表彰先进个人两位。", part="summary") == [("两位数", "threshold"), ("两位", "achieved")]
    assert _kinds("光电子信息、汽车制造、大健康3大产业迈入万亿级规模，推进5大行动。", part="summary") == [
        ("3大", "label"), ("万亿级", "threshold"), ("5大", "label")]


def test_a_sentence_that_calls_what_follows_its_targets_makes_them_targets_even_in_a_story():
    found = _kinds("今年全省经济社会发展的主要预期目标是，生产总值增长9.5%左右，城镇新增就业100万人，城镇登记失业率控制在"
                   "4%以内。", part="summary")
    assert found == [("增长9.5%左右", "target"), ("100万人", "target"), ("4%以内", "target")]
    drawn = _kinds("市总工会初步制定的目标是，力争至2015年底，全市农民工会员数量较2014年增长15%以上。", part="summary")
    assert [k for k in found + drawn if k[1] != "date"][-1] == ("增长15%以上", "target")


def test_a_progress_reports_task_its_planned_size_and_what_it_will_give_are_targets():
    task = "2020年某市教育局承担市委、市政府为民办实事新、改扩建公办幼儿园20所，规划建设面积约6万平方米，规划总投资约4.4亿元；"
    assert _kinds(task, part="summary")[1:] == [("20所", "target"), ("约6万平方米", "target"), ("约4.4亿元", "target")]
    assert _kinds("预计建成后可新增学位约5400个。", part="summary") == [("约5400个", "target")]
    progress = _kinds("截至4月，2020年新改扩建20所公办幼儿园，已推动开工建设7所，开工率35%；", part="summary")
    assert [k for k in progress if k[1] != "date"] == [("20所", "target"), ("7所", "achieved"), ("35%", "achieved")]


def test_three_articles_and_two_signboards_are_figures_of_speech():
    assert _kinds("扎实做好“产、城、人”三篇文章，实行两块牌子、一套人马。", part="plan") == [("三篇", "label"), ("两块", "label")]
    # a Chinese count right before a quotation names a formula (三个“一号工程”); Arabic digits count what was made
    assert _kinds("深入实施三个“一号工程”，建成5个“职工之家”。", part="summary") == [("三个", "label"), ("5个", "achieved")]
    assert _kinds("努力打造四个“千字号”产业集群。", part="plan") == [("四个", "label")]
    assert _kinds("发表论文3篇，新建两块篮球场。", part="plan") == [("3篇", "target"), ("新建两块", "target")]


def test_rounds_are_counted_but_not_the_wheels_of_a_vehicle_nor_a_new_round():
    text = "面对入汛以来的10轮强降雨，开展三轮督查，发放三轮车20辆，启动新一轮改革。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert found == [("10轮", "achieved"), ("三轮", "achieved"), ("20辆", "achieved")]


def test_a_bare_hundred_thousand_or_ten_thousand_before_a_measure_word_is_a_round_count_but_not_in_set_phrases():
    text = "组织万名一线职工疗休养，打造千个驿站，开展百场体检，推进建设千家母婴室，播映百部影片。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert found == [("万名", "target"), ("千个", "target"), ("百场", "target"), ("千家", "target"), ("百部", "target")]
    idioms = "走进千家万户，千方百计，万人空巷，百家争鸣，千人一面，成千万人，万家忧乐，实施百村千户工程。"
    assert extract_quantities(idioms, part="plan") == []


def test_a_look_back_in_the_introduction_of_a_planned_list_is_not_its_items():
    text = "邓辉在报告中提出了2019年经济社会发展主要预期目标：地区生产总值增长9%，全社会固定资产投资增长18%。"
    found = [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2019, 2019))]
    assert found == [("2019年", "date"), ("增长9%", "target"), ("增长18%", "target")]
    done = [q["kind"] for q in extract_quantities("完成了年度目标：新建职工之家18家。", part="summary")]
    assert done == ["achieved"]  # no plan cue before the colon: a result


def test_jiang_after_yi_or_before_a_perfective_le_in_a_review_reports_what_was_done():
    text = "此前省总工会已将下拨的7501万元专项资金用于对9.5万户困难职工的救助。"
    assert _kinds(text, part="summary") == [("7501万元", "achieved"), ("9.5万户", "achieved")]
    text = "将收集的24件代表提案分类提交有关部门进行了办理。"
    assert _kinds(text, part="summary") == [("24件", "achieved")]
    assert _kinds("下半年将新建职工之家10家。", part="summary") == [("10家", "target")]  # 将 'will'


def test_funds_secured_are_a_result_but_a_year_strived_for_is_ahead():
    assert _kinds("全年争取到位基本建设类补助资金9.66亿元。", part="summary") == [("9.66亿元", "achieved")]
    assert _kinds("争取到2020年建成10个。", part="summary") == [("2020年", "date"), ("10个", "target")]
    secured = "今年，我会积极争取到上级总工会困难职工帮扶资金20多万元。"  # funds obtained, no time after 争取到
    assert _kinds(secured, part="summary") == [("20多万元", "achieved")]
    assert _kinds("争取到年底新建职工之家10家。", part="summary") == [("10家", "target")]


def test_a_plan_verb_after_jihua_with_a_manner_between_is_a_commitment():
    text = "今年他们计划免费培训1200名贫困母亲。"
    assert _kinds(text, part="summary") == [("1200名", "target")]
    assert _kinds("按计划完成培训1200名。", part="summary") == [("1200名", "achieved")]


def test_the_plans_figure_as_the_base_of_a_rate_or_share_is_no_commitment():
    rate = "59项重大项目完成投资52.61亿元，年度计划投资完成率达115.2%。"
    assert _kinds(rate, part="summary")[-1] == ("达115.2%", "achieved")
    share = "83个重点项目累计完成投资200.64亿元，占年度计划投资总额153.92%。"
    assert _kinds(share, part="summary")[-1] == ("153.92%", "achieved")
    # the share of the plan's figure a quarter reached (round 204's 广东 bulletin), and what its frame reports after it
    reached = "一季度，全省重点项目完成投资约2111亿元，为年度计划投资的26.4%，比2020年同期高8.4个百分点。"
    assert [k for _, k in _kinds(reached, part="plan")] == ["date", "achieved", "achieved", "date", "achieved"]
    assert _kinds("全年计划投资50亿元。", part="summary") == [("50亿元", "target")]  # the plan's own figure
    assert _kinds("计划实施的547个重点项目。", part="plan") == [("547个", "target")]  # a count the plan names


def test_a_precise_figure_a_plan_holds_steady_is_a_target():
    text = "全市能繁母猪存栏量稳定在16.38万头。"
    assert _kinds(text, part="plan") == [("16.38万头", "target")]
    assert _kinds("上半年实际完成投资156.92亿元。", part="plan") == [("156.92亿元", "achieved")]
    # a figure its clause calls the task (round 221's housing plan): set, however precise
    text = "城镇老旧小区改造新开工目标任务为716个小区、269515户、2762.75万平方米。"
    assert _kinds(text, part="plan")[-1] == ("2762.75万平方米", "target")


def test_a_number_of_kinds_with_a_floor_is_a_count_not_a_name():
    assert _kinds("开展不少于50类劳动和技能竞赛。", part="plan") == [("不少于50类", "target")]
    assert _kinds("重点抓好三类人员。", part="plan") == [("三类", "label")]


def test_camels_and_herds_are_counted_but_not_the_masses():
    found = _kinds("养殖规模稳定在2万匹、5000峰左右，标准化畜群达到2800群，带动5万群众增收。", part="summary")
    assert found == [("2万匹", "achieved"), ("5000峰左右", "achieved"), ("达到2800群", "achieved"), ("5万", "achieved")]


def test_a_plan_period_or_a_clause_closing_le_leaves_a_statement_as_it_was():
    text = "第一个五年计划期间新建和改建的重大工业建设项目约有六百个。"
    assert _kinds(text, part="summary") == [("一个", "label"), ("六百个", "achieved")]
    text = "没有转为公私合营的资本主义工业的比重，将只占百分之二十九左右了。"
    assert _kinds(text, part="summary") == [("百分之二十九左右", "target")]  # 了 of a state then reached


def test_a_sum_given_with_yishang_de_before_money_is_the_sum_not_a_bound():
    assert _kinds("发放3000万元以上的小额贷款。", part="plan") == [("3000万元以上", "target")]
    assert _kinds("对年收入5000元以下的职工发放补助。", part="plan") == [("5000元以下", "threshold")]
    assert _kinds("支持投资5000万元以上的项目。", part="plan") == [("5000万元以上", "threshold")]


def test_nuli_shixian_commits_but_effort_that_achieved_reports():
    text = "加快发展现代工业，努力实现规模以上工业增加值增长9%-9.5%。"
    assert _kinds(text, part="summary") == [("增长9%-9.5%", "target")]
    assert _kinds("经过努力，实现工业增加值增长9%。", part="summary") == [("增长9%", "achieved")]
    assert _kinds("全县上下努力实现了工业增加值增长9%。", part="summary") == [("增长9%", "achieved")]


def test_a_size_class_in_arabic_digits_is_a_threshold_as_in_chinese_ones():
    """力争引进20亿级项目不少于12个: 20亿级 is the least size of the projects counted, as 百亿级 is; a level reached
    (达到10亿级) is a result."""
    assert _kinds("力争引进20亿级项目不少于12个、50亿级项目不少于2个。", "plan") == [
        ("20亿级", "threshold"), ("不少于12个", "target"), ("50亿级", "threshold"), ("不少于2个", "target")]
    assert ("达到10亿级", "achieved") in _kinds("投资规模达到10亿级。", "summary")
    assert ("达到千亿级", "achieved") in _kinds("产业规模达到千亿级。", "summary")


def test_an_age_band_before_the_count_of_its_people_is_a_threshold():
    """人口年龄结构为：0-17岁77324人: the band names who is counted, as 60岁以上 does; an age measured is a result."""
    assert _kinds("人口年龄结构为：0-17岁77324人，占18.8%；", "summary")[:2] == [("0-17岁", "threshold"), ("77324人", "achieved")]
    assert _kinds("平均年龄45岁。", "summary") == [("45岁", "achieved")]


def test_the_grade_of_a_prize_is_a_label():
    """共获得5个一等奖、5个二等奖: the grades name the prizes, the counts count them; 等 elsewhere is no unit."""
    assert _kinds("共获得5个一等奖、5个二等奖，荣获二等功1次。", "summary") == [
        ("5个", "achieved"), ("一等", "label"), ("5个", "achieved"), ("二等", "label"), ("二等", "label"), ("1次", "achieved")]
    assert _kinds("彩云镇工会联合会等5个单位获奖。", "summary") == [("5个", "achieved")]


def test_plenums_listed_before_the_全会_they_share_are_each_a_label():
    assert _kinds("全面贯彻党的十九大和十九届二中、三中、四中全会精神。", "plan")[2:] == [
        ("二", "label"), ("三", "label"), ("四", "label")]
    assert _kinds("全市三中、四中两所学校扩建。", "plan") == [("两所", "label")]  # schools named 三中, 四中: no plenum


def test_a_band_of_the_first_places_is_a_rank_like_a_place():
    """进入全省前三 aims at a rank as 跃居全省第二 reports one; 前三季度, 前5年 are times, and 前列 no number."""
    assert _kinds("力争全市经济总量进入全省前三。", "plan") == [("三", "target")]
    assert _kinds("全市经济总量位居全省前三。", "summary") == [("三", "achieved")]
    assert _kinds("增速全市前三，", "summary") == [("三", "achieved")]
    assert _kinds("前三季度完成投资50亿元。", "summary") == [("三季度", "date"), ("50亿元", "achieved")]  # a date, not a band
    assert _kinds("主要指标增速均居全省前列。", "summary") == []


def test_the_margin_by_which_a_result_beat_or_missed_its_target_is_a_result():
    assert ("2个百分点", "achieved") in _kinds("全社会固定资产投资增长12%，高于预期目标2个百分点。", "plan")
    assert _kinds("地区生产总值增长8.1%，低于预期目标0.4个百分点。", "summary")[-1] == ("0.4个百分点", "achieved")
    assert _kinds("力争高于预期目标1个百分点。", "plan") == [("1个百分点", "target")]  # a margin aimed at
    # the target's own figure in brackets between: it is the target, the margin after it the result
    told = _kinds("——地区生产总值增长6.7%，超过年初预期目标(6.5%)0.2个百分点。", "summary")
    assert told[-2:] == [("6.5%", "target"), ("0.2个百分点", "achieved")]
    # against what was expected or planned, no target named: a result too; an aim stays a target
    assert _kinds("社会消费品零售总额增长10.4%，高于预期0.4个百分点。", "plan")[-1] == ("0.4个百分点", "achieved")
    assert _kinds("规上工业增加值增长8%，比预期高0.5个百分点。", "plan")[-1] == ("0.5个百分点", "achieved")
    assert _kinds("力争增速高于预期1个百分点。", "plan") == [("1个百分点", "target")]


def test_a_headlines_figure_takes_the_kind_its_story_tells_it_by():
    """改造提升480家 over a story that says 今年将改造提升480家…: the kicker's figure is the story's target; a figure the
    story does not tell again keeps its own kind, and a line after the lead is no headline."""
    rows = [{"doc_id": "d", "item_id": f"d:p{n}", "part": "summary", "text": text, "start": 100 * n}
            for n, text in enumerate(["改造提升480家 开展服务活动1000场次以上", "某市服务站点建设有新动作",
                                      "近日，某市总工会召开现场推进会。",
                                      "今年将改造提升480家服务站点，开展服务活动1000场次以上。"], start=1)]
    rows[3]["part"] = "plan"  # the story's plan paragraph
    kinds = {(r["item_id"], r["span"]): (r["kind"], r["evidence"])
             for r in target_records(rows, {"d": (2025, 2025)}, [])}
    assert kinds[("d:p1", "480家")] == ("target", "headline_restated")
    assert kinds[("d:p1", "1000场次以上")][0] == "target"
    rows[3]["text"] = "今年将开展服务活动1000场次以上。"
    kinds = {(r["item_id"], r["span"]): r["kind"] for r in target_records(rows, {"d": (2025, 2025)}, [])}
    assert kinds[("d:p1", "480家")] == "achieved"  # not told again: a summary's figure



def test_a_headlines_figure_with_words_of_its_own_or_told_as_a_range_keeps_its_kind():
    """新疆2026年地区生产总值预期目标增长5.5%—6% over a story whose review tells 2025's 增长5.5% (round 97): the
    headline's figure is a target by its own words (预期目标) and a range, not last year's result."""
    rows = [{"doc_id": "d", "item_id": f"d:p{n}", "part": "summary", "text": text, "start": 100 * n}
            for n, text in enumerate(["某区2026年地区生产总值预期目标增长5.5%—6%",
                                      "1月27日，某区人民代表大会开幕，区长作政府工作报告。",
                                      "2025年，全区地区生产总值2.15万亿元、增长5.5%。"], start=1)]
    kinds = {(r["item_id"], r["span"]): (r["kind"], r["evidence"])
             for r in target_records(rows, {"d": (2026, 2026)}, [])}
    assert kinds[("d:p1", "增长5.5%—6%")][0] == "target"
    assert kinds[("d:p3", "增长5.5%")][0] == "achieved"


def test_figures_of_rounds_74_and_75_the_named_an_area_a_crowd_a_notice_and_targets_met():
    """Rules for classes the blind rounds 74 and 75 found (tests/data/blind_rounds)."""
    # a list whose last two names 和 joins: one name more than the commas tell, the count names them
    listed = "本规划范围包括兰州市、白银市、定西市和临夏回族自治州4个市州。"
    assert _kinds(listed, part="plan") == [("4个", "label")]
    assert _kinds("建设甲、乙和丙5个园区。", part="plan") == [("5个", "target")]  # five are more than those named
    # the area of a place is a fact of the present, even in a plan; an area a task builds is not
    assert _kinds("本规划范围包括甲市、乙州，总面积6.1万平方公里。", part="plan")[-1] == ("6.1万平方公里", "achieved")
    assert _kinds("全市国土面积1.2万平方公里。", part="plan") == [("1.2万平方公里", "achieved")]
    assert _kinds("新建厂房总面积10万平方米。", part="plan") == [("10万平方米", "target")]
    # a round crowd that opens an event's name names the event; a crowd gathered or taking part is counted
    assert _kinds("办好“中国梦·劳动美”百名劳模图片展。", part="summary") == [("百名", "label")]
    assert _kinds("开展千名劳模进校园活动。", part="plan") == [("千名", "label")]
    assert _kinds("组织千名职工参加健步走活动。", part="summary") == [("千名", "achieved")]
    assert _kinds("“向幸福出发”万名职工参与疗休养活动。", part="summary") == [("万名", "achieved")]
    # a number in a notice's title on its line names what the notice issues
    notice = "甘肃省人民政府办公厅关于印发《“十四五”兰州经济圈发展规划》等3项省级区域规划的通知\n各市州人民政府：\n"
    assert [k for k in _kinds(notice, part="plan") if k[0] == "3项"] == [("3项", "label")]
    assert _kinds("全年印发等3项规划。", part="plan") == [("3项", "target")]  # in a sentence: a count
    # in a review, how many of the planned targets were met is a result
    met = "12项主要预期目标中9项能够达到或超额完成、3项与预期目标存在差距。"
    assert [k for _, k in _kinds(met, part="summary")][1:] == ["achieved", "achieved"]
    assert _kinds("力争12项主要预期目标中10项达到。", part="plan")[-1] == ("10项", "target")


def test_figures_of_rounds_76_and_77_how_early_a_campaigns_time_a_days_hours_and_events_named_by_their_number():
    """Rules for classes the blind rounds 76 and 77 found (tests/data/blind_rounds)."""
    # how early a thing is done is an amount, of the clause's kind; a span of years as a time stays a date
    assert _kinds("青藏铁路提前一年建成通车。", part="summary") == [("一年", "achieved")]
    assert _kinds("确保“十二五”淘汰任务要提前一年完成。", part="plan")[-1] == ("一年", "target")
    assert _kinds("过去五年，全市新建学校30所。", part="summary")[0] == ("五年", "date")
    # a campaign's days are its time frame
    assert _kinds("奋战一百天，决胜全年度，确保实现全年目标。", part="plan")[0] == ("一百天", "date")
    # a whole day's hours in the name of a place or line describe it; hours kept up or a time limit do not
    assert _kinds("全市首个24小时智能工会驿站正式投用。", part="summary") == [("24小时", "label")]
    assert _kinds("驿站实现24小时无人值守。", part="summary") == [("24小时", "achieved")]
    assert _kinds("优先选择大型商场、24小时营业网点等区域共建。", part="plan") == [("24小时", "label")]  # round 126
    assert _kinds("职工诉求24小时内办结。", part="plan") != [("24小时", "label")]
    # a number of events that opens an event's name names it
    assert _kinds("广东工会百场职工品质生活展示活动走进潮州供电局。", part="summary") == [("百场", "label")]
    assert _kinds("慰问百名困难职工，开展帮扶活动。", part="summary") == [("百名", "achieved")]


def test_a_count_whose_things_are_named_right_after_it_names_the_list():
    """4个事业单位分别是传媒中心、…; 入选的3个案例分别为：甲…；乙… (round 80): the count names the list after it, a
    label, as the count of things named before it is; not a count whose 分别为 gives figures, nor one a comma parts
    from the names."""
    assert _kinds("4个事业单位分别是传媒中心、工会干部学校、工人疗养院。", part="summary") == [("4个", "label")]
    assert _kinds("入选的3个案例分别为：甲集团保障职工权益；乙工会推进产教融合。", part="summary") == [("3个", "label")]
    assert _kinds("两项指标分别为8%和9%。", part="summary")[1:] == [("8%", "achieved"), ("9%", "achieved")]
    assert _kinds("新建3个职工之家，分别是甲、乙、丙。", part="plan") == [("新建3个", "target")]
    assert _kinds("共有4个事业单位。", part="summary") == [("4个", "achieved")]


def test_a_count_after_yixia_says_how_many_things_follow():
    """做好以下9个方面、28项具体工作 (round 126): counts of the list the text goes on to give, labels; a count that
    yixia does not introduce is a quantity."""
    assert _kinds("今年将重点做好以下9个方面、28项具体工作。", part="plan") == [("9个", "label"), ("28项", "label")]
    assert _kinds("从以下三个方面推进，全年新建28项工程。", part="plan") == [("三个", "label"), ("新建28项", "target")]
    # 要 in a noun (政治要件, round 126) is no 'must'
    assert _kinds("闭环办理政治要件62件。", part="summary") == [("62件", "achieved")]
    assert _kinds("涵盖省级案例5个、县级以下14个。", part="summary") == [("5个", "achieved"), ("14个", "achieved")]  # a bound


def test_a_numeral_that_begins_a_place_name_counts_nothing():
    # places.csv: a full name (三台县, 五家渠市) or a short one of three characters or more (七台河, 六盘水)
    assert _kinds("承担牡丹江、鸡西、七台河危重症病例救治任务，六盘水新增就业1万人。", part="summary") == [("1万人", "achieved")]
    assert _kinds("三台县、五家渠市和九台区共建4个。", part="summary") == [("4个", "achieved")]
    # a two-character short name alone is no place: 三台机器 are three machines
    assert _kinds("购置三台机器、九台设备。", part="summary") == [("三台", "achieved"), ("九台", "achieved")]


def test_a_figure_named_as_the_years_target_one_persons_age_and_a_word_that_begins_with_guo():
    # 低于3.6%的全年调控目标 (round 87): the figure the target is, in a review too
    assert _kinds("城镇登记失业率为2.43%，低于3.6%的全年调控目标。", part="summary") == [
        ("2.43%", "achieved"), ("3.6%", "target")]
    # the target named by the session that set it (高于市人代会预期目标0.3个百分点, round 129): the margin is a result
    assert _kinds("同比增长4.3%，高于市人代会预期目标0.3个百分点。", part="plan")[-1] == ("0.3个百分点", "achieved")
    # 80岁高龄的徐松年 (round 86): one person's age, told; 80岁的老人 still bounds who is meant
    assert _kinds("80岁高龄的徐松年早年从事外贸工作。", part="summary") == [("80岁", "achieved")]
    assert _kinds("为80岁的老人发放补贴。", part="summary") == [("80岁", "threshold")]
    # 今年81岁的困难劳模… (round 96): 今年, 现年 before an age tell one person's
    assert _kinds("今年81岁的困难劳模赵某是原某厂的退休职工。", part="summary") == [("81岁", "achieved")]
    # 3.86万国标贫困人口 (round 87), 几百万国防部队 (1955): no count of countries; 中印两国有 still is one
    assert [q["span"] for q in extract_quantities("确保3.86万国标贫困人口全部脱贫，保证几百万国防部队的需要。")] == [
        "3.86万", "几百万"]
    assert _kinds("中印两国有两千多年的友好历史。", part="summary")[0] == ("两国", "label")


def test_a_bounded_figure_in_a_plan_is_compared_with_its_base_year_not_told_of_it():
    """茶叶投产面积较2019年增长10%以上 in a plan for 2020 (round 94): the year before the plan is the base a bounded
    target is set against; a figure without a bound so compared still reports (the old reports' …比1952年增长…)."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(2020, 2020))
                          if q["kind"] != "date"]
    assert kinds("茶叶投产面积较2019年增长10%以上，综合产值增长15%以上；") == [("增长10%以上", "target"),
                                                                  ("增长15%以上", "target")]
    assert kinds("钢产量比2019年增长百分之三十。") == [("增长百分之三十", "achieved")]


def test_a_count_of_countries_is_no_unit_before_the_words_guo_begins():
    """招商引资 5000亿国内省外资金力争到位 (a story's heading, round 95): 国 begins 国内 there, no count of countries
    (5000亿国 was a label), nor before 外, 企, 债, 营, 务, 土; 东盟10国, 两国有…, 两国民间 still count them."""
    spans = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan", period=(2010, 2010))]
    assert spans("招商引资 5000亿国内省外资金力争到位") == [("5000亿", "target")]
    assert spans("发行5000亿国债。") == [("5000亿", "target")]
    assert spans("东盟10国领导人出席。") == [("10国", "label")]
    assert spans("中印两国有两千多年的友好历史。")[0] == ("两国", "label")


def test_an_echelon_and_the_first_things_of_a_formula_are_words_not_ranks():
    """连续10个季度保持在全国第一方阵 (round 93), 科学技术是第一生产力 (national gold J100, G155: 'lexicalised slogan'):
    no quantity in 第一方阵, 第一梯队, 第一要务, 第一生产力; a rank held (居全省第一) still is one."""
    spans = lambda text: [q["span"] for q in extract_quantities(text, part="summary", period=(2025, 2025))]
    assert spans("连续10个季度保持在全国第一方阵。") == ["10个季度"]
    assert spans("进入全国第一梯队。") == spans("发展是第一要务。") == spans("科学技术是第一生产力。") == []
    assert spans("增速居全省第一。") == ["一"]


def test_a_measure_within_a_places_borders_and_a_long_run_average_are_measured_not_set():
    """…境内黄河干流长度1694公里…多年平均出境水量达264.3亿立方米 in a development plan's preface (round 90): facts of the
    place, read as targets before; a length a plan builds within the borders still is a target."""
    kinds = lambda text: {q["span"]: q["kind"] for q in extract_quantities(text, part="plan", period=(2021, 2025))}
    found = kinds("某省是重要的生态安全屏障，境内某河干流长度1694公里，多年平均出境水量达264.3亿立方米。")
    assert found["1694公里"] == found["达264.3亿立方米"] == "achieved"
    assert kinds("新建境内高速公路长度达到500公里。") == {"达到500公里": "target"}


def test_a_cap_per_unit_named_by_a_noun_and_the_object_marker_of_a_division():
    """一是持续夯实网格化管理，按照每网格不超过20户要求，将全镇农户划分为529个网格 (a township's summary, round 97): a cap
    per grid is a threshold (每家 was the only kind of unit read), and 将 marking what is divided carries no time: the
    part tells (a result in a summary, a target in a plan); 明年将… still plans."""
    text = "一是持续夯实网格化管理，按照每网格不超过20户要求，将全镇农户划分为529个网格，形成联防联控格局。"
    kinds = lambda part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part, period=(2022, 2022))]
    assert kinds("summary") == [("不超过20户", "threshold"), ("529个", "achieved")]
    assert kinds("plan") == [("不超过20户", "threshold"), ("529个", "target")]
    assert [q["kind"] for q in extract_quantities("明年将新建职工之家10家。", part="summary", period=(2022, 2022))] \
        == ["target"]


def test_an_amount_named_as_the_target_task_is_the_target_in_a_review_too():
    """超额完成了县里争资跑项90万元目标任务 (a bureau's summary, round 97): the amount is the target it beat; a share of
    the tasks (完成80%的目标任务) and a count of goals (确定了10个目标) are not."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2020, 2020))]
    assert kinds("合计获得项目资金208万元，超额完成了县里争资跑项90万元目标任务；") == [
        ("208万元", "achieved"), ("90万元", "target")]
    assert kinds("完成80%的目标任务。") == [("80%", "achieved")]
    assert kinds("确定了10个目标。") == [("10个", "achieved")]


def test_a_storys_headline_in_title_marks_after_its_label_is_no_documents_name():
    """原标题:《今年新培育1000个乡村建设示范村 河南采取一揽子措施…》 (round 98): the marks set a story's headline, whose
    figure is the story's target, not a label naming a document; 《…3项…规划》 still names one."""
    found = extract_quantities("原标题:《今年新培育1000个乡村建设示范村 某省采取一揽子措施》", part="plan", period=(2021, 2021))
    assert [(q["span"], q["kind"]) for q in found] == [("1000个", "target")]
    cited = extract_quantities("印发《某省培育1000个示范村行动方案》。", part="plan", period=(2021, 2021))
    assert [q["kind"] for q in cited] == ["label"]


def test_the_end_of_a_span_of_dates_is_the_time_a_number_is_of_not_a_deadline():
    """全年人口出生率8.66% after 2020年公历年度（2020年1月至2020年12月） (a county's communiqué, round 100): 至 closes a
    span that opens on a date, so its year dates the number as any year does; 到/至 a year alone sets a deadline."""
    kinds = lambda text, part: [q["kind"] for q in extract_quantities(text, part=part, period=(2020, 2020))
                                if q["kind"] != "date"]
    assert kinds("2020年公历年度（2020年1月至2020年12月）全年人口出生率8.66%。", "summary") == ["achieved"]
    assert kinds("2020年1月至2020年12月，全县新增就业1.2万人。", "summary") == ["achieved"]
    assert kinds("到2020年，全县新增就业1.2万人。", "summary") == ["target"]
    assert kinds("从2020年到2022年，全县新增就业1.2万人。", "summary") == ["target"]



def test_a_rank_told_by_its_place_in_an_order_a_run_of_wins_or_a_place_won_again():
    """…位次由2015年的第23位提升为2019年的第18位, …蝉联世界第一, …再夺第一名 (round 105): ranks held or reached, measured
    positions (the conventions: past ranks are results), not ordinal labels; 第十五届 and 第三次会议 stay labels."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2020, 2020))
                          if q["kind"] != "date"]
    assert kinds("全省经济总量在全国的位次由2015年的第23位提升为2019年的第18位。") == [("23位", "achieved"),
                                                                                   ("18位", "achieved")]
    assert kinds("上海港集装箱吞吐量连续多年蝉联世界第一。") == [("一", "achieved")]
    assert kinds("上线率在各县市区以绝对优势再夺第一名。") == [("一名", "achieved")]
    assert kinds("召开第十五届第三次会议。") == [("十五届", "label"), ("三次", "label")]


def test_a_return_period_is_a_measured_standard_not_a_span_of_time():
    """防洪能力提高到50年一遇标准 (round 105): the years of a return period measure a standard, a result in a review and
    a target in a plan; 过去五年 stays a time frame."""
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part, period=(2020, 2020))]
    assert kinds("完成堤防加固工程，防洪能力提高到50年一遇标准。", "summary") == [("50年", "achieved")]
    assert kinds("城区防洪能力达到50年一遇。", "plan") == [("达到50年", "target")]
    assert kinds("过去五年，新建学校10所。", "summary") == [("五年", "date"), ("10所", "achieved")]


def test_what_a_project_is_expected_to_give_once_built_is_a_forecast_in_either_order():
    """项目建成达产后，预计年可生产…200余万吨 (a township's half-year summary, round 111): a forecast, a target even in a
    review, as 预计建成后可新增… is; a project's output told as reached stays a result."""
    for comma in "，,":
        forecast = extract_quantities(f"项目建成达产后{comma}预计年可生产各类硅基新材料200余万吨。", part="summary")
        assert [q["kind"] for q in forecast] == ["target"], comma
    told = extract_quantities("项目建成投产，全年生产硅基新材料20万吨。", part="summary")
    assert [q["kind"] for q in told if q["span"] == "20万吨"] == ["achieved"]


def test_targets_a_higher_level_assigned_are_targets_whatever_year_the_sentence_names():
    """2024年，省市下达我县粮食生产目标任务为：…133.13万亩 (a summary and plan for 2025, round 115): the targets
    set for a past year are targets (as a plan's figure is), though the year named is before the period."""
    text = "2024年，省市下达我县粮食生产目标任务为：粮食生产总面积133.13万亩、总产量61万吨。"
    found = [k for k in _kinds_in_period(text, (2025, 2025)) if k[1] != "date"]
    assert found == [("133.13万亩", "target"), ("61万吨", "target")]
    done = [k for k in _kinds_in_period("2024年，全县粮食生产总面积133.13万亩。", (2025, 2025)) if k[1] != "date"]
    assert done == [("133.13万亩", "achieved")]


def _kinds_in_period(text: str, period: tuple) -> list[tuple[str, str]]:
    return [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=period)]


def test_a_bound_joined_to_its_figure_by_ji_bounds_the_things_after_it():
    """新增500万元及以上技改项目388个 (round 121): 及以上 before a noun bounds a class of things as 以上 does, a threshold;
    a count of things made with 及以上 after it stays a target."""
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("新增500万元及以上技改项目388个。", "summary") == [("新增500万元", "threshold"), ("388个", "achieved")]
    assert kinds("对年营业收入2000万元及以上企业给予奖励。", "plan") == [("2000万元", "threshold")]
    assert kinds("新建职工书屋10个及以上。", "plan") == [("10个", "target")]


def test_a_cue_written_inside_a_place_name_is_no_cue():
    """高要区、…、怀集县提高到16032元 (round 118): the 要 of 高要区 is no "will", nor the 将 of 将乐县; a real cue in
    the same clause still makes a target."""
    assert _kinds("其中，高要区、四会市提高到16032元。", part="summary") == [("16032元", "achieved")]
    assert _kinds("将乐县新建3个职工之家。", part="summary") == [("新建3个", "achieved")]
    assert _kinds("高要区要新建3个职工之家。", part="summary") == [("新建3个", "target")]


def test_a_yearly_sum_set_from_this_year_on_is_a_commitment():
    """从今年起，省总工会每年设置5000万元资金 (round 123, a news story's review): a standing commitment, a target;
    a sum a review tells without it, or without 每年, stays a result."""
    assert _kinds("此外，从今年起，省总工会每年设置5000万元资金，助推民营经济发展。", part="summary") == [("5000万元", "target")]
    assert _kinds("此外，省总工会每年设置5000万元资金，助推民营经济发展。", part="summary") == [("5000万元", "achieved")]
    assert _kinds("从今年起，省总工会设置了5000万元资金。", part="summary") == [("5000万元", "achieved")]
    # a rate per year after it (round 111)
    assert _kinds("从今年起，也按4000元/年的标准予以资助。", part="summary") == [("4000元", "target")]


def test_a_programme_of_things_to_do_is_named_by_its_count_even_after_a_verb():
    """为职工办好十件实事, 继续兴办10件实事 (rounds 112 and earlier: the labellers' label): the programme's name, whatever
    verb does it; not projects (10项实事项目), nor a programme whose clause tells what came of it (10件实事全部兑现)."""
    assert _kinds("今年继续为职工兴办10件实事。", part="plan") == [("10件", "label")]
    assert _kinds("为职工办好十件实事。", part="plan") == [("十件", "label")]
    assert _kinds("去年10件民生实事全面完成。", part="summary") == [("10件", "achieved")]
    assert _kinds("推出10项服务职工实事项目。", part="plan") == [("10项", "target")]


def test_a_floor_set_for_a_figure_is_a_commitment_even_in_a_summary():
    """不少于3个, 不低于12% (rounds 83, 96, 99, 117: every such figure the labellers marked is a target), in a progress
    report's restated task too; before 的 the floor bounds a class (a threshold); a cap a review reports kept is a result."""
    assert _kinds("1.引进上市公司投资项目不少于3个；", part="summary") == [("不少于3个", "target")]
    assert _kinds("旅游总收入同比增长不低于12%。", part="summary") == [("不低于12%", "target")]
    assert _kinds("年销售收入不低于2000万元的企业达到50家。", part="summary") == [
        ("不低于2000万元", "threshold"), ("达到50家", "achieved")]
    assert _kinds("力争不低于35%的行政村生活污水得到治理。", part="plan") == [("不低于35%", "target")]  # a share (round 94)
    assert _kinds("开展不少于20场次的劳模宣讲进基层活动。", part="plan") == [("不少于20场次", "target")]  # a count done
    assert _kinds("居民消费价格涨幅不超过3%。", part="summary") == [("不超过3%", "achieved")]


def test_a_bare_yi_or_qianwan_of_yuan_naming_a_size_class_is_a_threshold():
    """签约投资亿元以上产业项目228个, 落地过亿元项目74个, 注册资金千万元以上46家 (labelled threshold in rounds 74–131,
    and never read before): the class's floor; the count after it a result; 亿万家庭, 数亿元 stay as they were."""
    assert _kinds("签约投资亿元以上产业项目228个。", part="summary") == [("亿元以上", "threshold"), ("228个", "achieved")]
    assert _kinds("落地过亿元项目74个，过10亿元项目6个。", part="summary") == [
        ("亿元", "threshold"), ("74个", "achieved"), ("10亿元", "threshold"), ("6个", "achieved")]
    assert _kinds("其中注册资金千万元以上46家。", part="summary") == [("千万元以上", "threshold"), ("46家", "achieved")]
    assert _kinds("亿万家庭受益。", part="summary") == []


def test_a_band_of_ages_is_a_threshold():
    """0-17岁、18-34岁、35-59岁 (rounds 88, 99, 110, 114, 117: a population by age band): each band bounds who is counted,
    a threshold; an average age measured stays a result."""
    found = _kinds("0-17岁、18-34岁、35-59岁户籍人口分别占17%、20%、40%。", part="summary")
    assert found[:3] == [("0-17岁", "threshold"), ("18-34岁", "threshold"), ("35-59岁", "threshold")]
    assert _kinds("职工平均年龄35-40岁。", part="summary") == [("35-40岁", "achieved")]


def test_a_bare_magnitude_of_yi_before_the_class_it_sizes_is_a_threshold():
    """千亿产业集群, 超百亿工业企业, 万亿城市, 千亿县, 百亿项目, 连跨4个千亿台阶 (labelled threshold in rounds 72–133, never
    read or read as a result before): the least size of the things named; 千亿大关 reached and 千亿斤 of grain are no class."""
    assert _kinds("千亿产业集群总数突破15个，产值超百亿工业企业达47家。", part="summary") == [
        ("千亿", "threshold"), ("突破15个", "achieved"), ("百亿", "threshold"), ("达47家", "achieved")]
    assert _kinds("增速居全国万亿城市前列。", part="summary") == [("万亿", "threshold")]
    assert _kinds("其中百亿项目5个以上。", part="plan") == [("百亿", "threshold"), ("5个以上", "target")]
    assert _kinds("全省地区生产总值连跨4个千亿台阶。", part="summary") == [("4个", "achieved"), ("千亿", "threshold")]
    assert _kinds("跨越3个千亿元台阶。", part="summary") == [("3个", "achieved"), ("千亿元", "threshold")]
    assert ("千亿", "threshold") not in _kinds("迈上千亿台阶。", part="summary")  # a level reached, not a class counted
    assert _kinds("推进千亿斤粮食产能提升行动。", part="plan") == []
    assert _kinds("新增设备30台，完成3项目标。", part="summary") == [("30台", "achieved"), ("3项", "achieved")]


def test_a_roman_grade_of_water_quality_is_a_threshold():
    """达到或好于Ⅲ类水体比例97.9%, Ⅰ-Ⅲ类水质比例100% (labelled threshold in rounds 101, 126, 129 and 133; never read
    before): the grade bounds the waters whose share is given; the grade a water is at is the figure itself; a Roman grade
    of anything else (Ⅲ类医疗器械) names a class."""
    assert _kinds("主要河流达到或好于Ⅲ类水体比例97.9%，国控断面Ⅰ-Ⅲ类水质比例100%。", part="summary") == [
        ("Ⅲ类", "threshold"), ("97.9%", "achieved"), ("Ⅰ-Ⅲ类", "threshold"), ("100%", "achieved")]
    assert _kinds("地表水达到或好于III类水体比例93.3%。", part="summary") == [("III类", "threshold"), ("93.3%", "achieved")]
    assert _kinds("Ⅲ类医疗器械生产企业12家。", part="summary") == [("Ⅲ类", "label"), ("12家", "achieved")]
    assert _kinds("白洋淀淀区水质稳定保持III类。", part="summary") == [("III类", "achieved")]  # the grade it is at (round 110)
    assert _kinds("湘江干流水质稳定在Ⅱ类。", part="plan") == [("Ⅱ类", "target")]


def test_a_lone_er_before_a_session_or_phase_numbers_it_and_never_counts():
    """秦沈高速二期 (round 132), 实现二次创业 (round 137): two runs or phases are 两期, 两次; a lone 二 numbers one. 十二期,
    两次, and 二次 before a preposition and what was done, still count."""
    assert _kinds("开工建设秦沈高速二期、本庄高速。", part="plan") == [("二期", "label")]
    assert _kinds("今年是实现二次创业的关键。", part="plan") == [("二次", "label")]
    assert _kinds("举办十二期培训班，开展两次培训。", part="plan") == [("十二期", "target"), ("两次", "target")]
    # 二 written for 两 before what was done twice (round 126) still counts
    assert _kinds("我会先后二次对各单位活动开展情况进行了督促检查。", part="summary") == [("二次", "achieved")]


def test_every_rank_of_a_list_after_the_area_is_a_rank():
    """分别排全区第2、第1、第2、第3位 (round 132), 分别为全省第1、第3和第2 (round 139): each rank of the list is held in the
    area before its first one; 第一、 and 第二、 far apart mark a list's items instead."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert kinds("GDP分别增长6.7%、6.6%，分别排全区第2、第1、第3位。") == [
        ("增长6.7%", "achieved"), ("6.6%", "achieved"), ("2", "achieved"), ("1", "achieved"), ("3位", "achieved")]
    assert kinds("限上零售、住宿、餐饮分别为全省第1、第3和第2。") == [("1", "achieved"), ("3", "achieved"), ("2", "achieved")]
    assert kinds("第一、加强领导，建立机制。第二、推进改革。") == []


def test_a_sum_in_yi_right_before_the_places_or_firms_it_sizes_is_a_threshold():
    """成为玉林首个300亿元园区 (round 132), 过10万亿元省份 (round 139): the class of places a sum bounds, as 千亿产业集群 is;
    not a sum spent or agreed (总投资300亿元企业), nor a project's sum (签约300亿元项目)."""
    assert _kinds("产值首次突破300亿元，成为玉林首个300亿元园区。", part="summary") == [
        ("突破300亿元", "achieved"), ("300亿元", "threshold")]
    assert _kinds("成为北方第一个过10万亿元省份。", part="summary")[-1] == ("10万亿元", "threshold")
    assert _kinds("总投资300亿元企业落户，签约300亿元项目。", part="summary") == [
        ("300亿元", "achieved"), ("300亿元", "achieved")]


def test_a_count_of_quarters_is_one_duration():
    """连续10个季度保持在全国第一方阵 (round 134): 10个季度, as 44个月, not 10个."""
    assert [q["span"] for q in extract_quantities("增速连续10个季度保持在全国第一方阵。", part="summary")] == ["10个季度"]


def test_the_margin_over_a_task_set_from_above_is_a_result():
    """煤炭去产能1643万吨，超出国家下达任务433万吨 (round 141): the margin beyond the task is what was done, as the margin
    over a target is; a margin aimed at stays a target."""
    assert _kinds("煤炭去产能1643万吨，超出国家下达任务433万吨。", part="summary") == [
        ("1643万吨", "achieved"), ("433万吨", "achieved")]
    assert _kinds("力争高于预期目标1个百分点。", part="summary") == [("1个百分点", "target")]


def test_a_ratio_whose_terms_fell_keeps_their_minus():
    """三次产业可比价贡献率分别是-1.6:8.0:93.6，分别拉动GDP增长-0.1:0.4:4.3个百分点 (round 141): one ratio each, signs kept."""
    found = [q["span"] for q in extract_quantities("贡献率分别是-1.6:8.0:93.6，分别拉动GDP增长-0.1:0.4:4.3个百分点。",
                                                  part="summary")]
    assert found == ["-1.6:8.0:93.6", "增长-0.1:0.4:4.3个百分点"]


def test_a_places_people_counted_and_its_share_of_the_whole_are_facts_of_the_present():
    """少数民族人口244万人，占全省总人口的9.4%, 占全省国土总面积的43% (round 140, a plan's opening): the present, even in a
    plan; a population a plan looks ahead to (到2025年，…500万人左右) or reaches (达到…) is a target."""
    assert _kinds("少数民族人口244万人，占全省总人口的9.4%，国土面积18万平方公里，占全省国土总面积的43%。",
                  part="principles") == [("244万人", "achieved"), ("9.4%", "achieved"), ("18万平方公里", "achieved"),
                                         ("43%", "achieved")]
    assert _kinds("到2025年，全市常住人口500万人左右。", part="plan")[-1] == ("500万人左右", "target")
    assert _kinds("全市常住人口达到500万人。", part="plan") == [("达到500万人", "target")]
    assert _kinds("全省将累计新增城镇常住人口约600万人。", part="plan") == [("约600万人", "target")]


def test_degrees_celsius_written_out_are_a_temperature():
    (q,) = extract_quantities("年平均气温1摄氏度，气温偏低。", part="summary")
    assert (q["span"], q["unit"], q["kind"]) == ("1摄氏度", "℃", "achieved")


def test_a_year_spelled_out_in_a_quoted_title_is_a_date():
    """《…第十四个五年规划和二〇三五年远景目标纲要》 (round 141): the year, not a numbered slogan; “三五年” still names one."""
    text = "《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》根据建议编制。"
    assert ("二〇三五年", "date") in _kinds(text, part="plan")
    assert _kinds("实施“三五年”规划。", part="plan") == [("三五年", "label")]


def test_the_counts_that_spell_out_a_quoted_formula_are_its_parts_names():
    """现提出如下“1+3+15+1”（1个总体要求，3项重大任务，15项重点工作，1个组织保障）方面工作安排 (round 138): the document's outline,
    labels; a count in brackets after other words still counts."""
    text = "现提出如下“1+3+15+1”（1个总体要求，3项重大任务，15项重点工作，1个组织保障）方面工作安排。"
    assert [k for _, k in _kinds(text, part="plan")] == ["label"] * 8
    assert _kinds("新建（改建）职工之家10个。", part="plan") == [("10个", "target")]


def test_the_grade_of_a_prize_won_is_a_result_in_a_review():
    """荣获全国职工网络正能量创意三等奖 (rounds 140, 141, 143: the labellers call it a result, 13 of 19 times over rounds
    68-143): read by the part, a result in a review, an aim in a plan; a grade named without a win stays a label."""
    assert _kinds("市总工会荣获全国广播体操工间操云比赛三等奖。", part="summary") == [("三等", "achieved")]
    assert _kinds("农村公路养护工作荣获全市一等奖。", part="summary") == [("一等", "achieved")]
    assert _kinds("力争获得全省一等奖。", part="plan") == [("一等", "target")]
    assert _kinds("个人组一等奖：某某。", part="summary") == [("一等", "label")]


def test_a_change_on_the_year_before_in_a_list_called_targets_is_a_target():
    """经济社会发展的主要目标是:预计财政总收入10000万元,同比增长5%;一般公共预算收入5300万元,同比增长8% (round 144): 同比
    measures the targets' change, no result; in a sentence of its own it still reports one."""
    text = "2024年经济社会发展的主要目标是：预计财政总收入10000万元，同比增长5%；一般公共预算收入5300万元，同比增长8%。"
    assert [k for _, k in _kinds(text, part="plan")] == ["date", "target", "target", "target", "target"]
    assert _kinds("上半年财政收入同比增长5%。", part="plan") == [("增长5%", "achieved")]


def test_a_change_on_the_year_before_set_as_a_goal_in_a_part_that_plans_is_a_target():
    """上争资金同比增长20%以上 (round 113's 兴庆 story), 全年农林牧渔业总产值同比增长10% (round 101's work points), 地区生产总值
    同比增长6.5%以上 under 经济社会发展预期目标 (round 187): in a part that plans, a change on the year before that is bounded
    as a goal is, or that is the whole year's, is set, not measured; a half year's is still a result, and so is any in a
    summary."""
    assert _kinds("确保固定资产投资达到120亿元以上，上争资金同比增长20%以上。", part="plan") == [
        ("达到120亿元以上", "target"), ("增长20%以上", "target")]
    assert _kinds("全年农林牧渔业总产值同比增长10%。", part="plan") == [("增长10%", "target")]
    assert _kinds("地区生产总值同比增长6.5%以上，固定资产投资同比增长6.5%以上，社会消费品零售总额同比增长11%以上。",
                  part="goals") == [("增长6.5%以上", "target"), ("增长6.5%以上", "target"), ("增长11%以上", "target")]
    assert _kinds("全年农林牧渔业总产值同比增长10%。", part="summary") == [("增长10%", "achieved")]
    assert _kinds("地区生产总值同比增长6.5%以上。", part="summary") == [("增长6.5%以上", "achieved")]


def test_an_area_right_before_the_land_it_measures_is_the_places_extent():
    """闵行372平方公里的土地上，正经历着翻天覆地的变化 (round 145, a plan's opening): a fact; an area a task makes stays a target."""
    assert _kinds("闵行372平方公里的土地上，正经历着翻天覆地的变化。", part="plan") == [("372平方公里", "achieved")]
    assert _kinds("新增造林面积100平方公里。", part="plan") == [("100平方公里", "target")]


def test_the_same_amount_in_another_unit_in_brackets_is_of_the_same_kind():
    """新增油茶面积113万亩(7.53万公顷)、低改166万亩(11.07万公顷) (round 146, a plan): the hectares restate the mu, both
    targets (the bracketed ones were read as precise results); a change in brackets is no restatement."""
    assert _kinds("新增油茶面积113万亩（7.53万公顷）、低改166万亩（11.07万公顷）。", part="plan") == [
        ("113万亩", "target"), ("7.53万公顷", "target"), ("166万亩", "target"), ("11.07万公顷", "target")]
    assert _kinds("完成投资10亿元（同比增长5%）。", part="summary") == [("10亿元", "achieved"), ("增长5%", "achieved")]


def test_an_amount_a_counted_or_ordinal_subject_passed_is_a_threshold():
    """7个县区生产总值超过百亿元: the count is the result, the amount the floor of the class counted; 全国首个突破13万亿元
    的省份 likewise. A round figure the measure itself passed stays a result, as the labellers mostly read it."""
    assert _kinds("7个县区生产总值超过百亿元。", "summary") == [("7个", "achieved"), ("超过百亿元", "threshold")]
    assert _kinds("7个省级重点产业集群过500亿、4个过百亿。", "summary") == [
        ("7个", "achieved"), ("500亿", "threshold"), ("4个", "achieved"), ("百亿", "threshold")]
    assert _kinds("是全国首个突破13万亿元的省份。", "summary")[-1] == ("突破13万亿元", "threshold")
    assert _kinds("全市地区生产总值突破千亿元，达1082.18亿元，增长9%。", "summary")[:2] == [
        ("突破千亿元", "achieved"), ("达1082.18亿元", "achieved")]
    # a passed amount with no class counted and no exact figure after it is the result itself
    assert _kinds("经济总量突破6000亿元。", "summary") == [("突破6000亿元", "achieved")]
    assert _kinds("全市3个项目完成投资超过50亿元。", "summary")[-1] == ("超过50亿元", "achieved")


def test_the_size_of_a_task_set_from_above_is_a_target_in_a_review():
    """超额完成区总下达的1500人参保任务 (rounds 138, 149, 159, 161 and 166, a union summary), 完成…三年行动计划确定的22个
    传统商圈改造提升任务 (rounds 145 and 165): the task's size is what was set, the result beside it what was done. A
    count of the items of a list set (下达的47项…指标) is read by the other rules."""
    assert _kinds("参保人数达到了1793人，超额完成区总下达的1500人参保任务。", "summary") == [
        ("1793人", "achieved"), ("1500人", "target")]
    assert _kinds("超额完成国家下达的110万人年度任务。", "summary") == [("110万人", "target")]
    assert _kinds("完成商圈改造提升三年行动计划确定的22个传统商圈改造提升任务。", "summary") == [("22个", "target")]
    assert _kinds("年初下达的47项经济和社会发展指标中，45项完成。", "summary")[0] != ("47项", "target")
    assert _kinds("区总下达的1500人已全部参保。", "summary") == [("1500人", "achieved")]  # no task named: a count


def test_an_indicator_set_before_its_figure_is_the_planned_figure_in_a_review():
    """2022年高标准农田建设考核指标23.1万亩，完成28.69万亩 (round 168's 长治 summary), 一九五八粮食的指标为三千九百二十亿斤
    (the 1958 national report): the figure an indicator sets is planned, as after 任务 or 目标; not a count of the
    indicators (主要指标30项), nor a figure that changed (指标增长8%)."""
    assert _kinds("高标准农田建设考核指标23.1万亩，完成28.69万亩。", "summary") == [
        ("23.1万亩", "target"), ("28.69万亩", "achieved")]
    assert _kinds("主要指标30项全部完成。", "summary") == [("30项", "achieved")]
    assert _kinds("主要经济指标增长8%。", "summary") == [("增长8%", "achieved")]


def test_a_plan_to_carry_out_projects_is_a_commitment_in_a_story():
    """年度计划实施43个项目、投资137亿元; 全市计划实施的547个重点项目，现已开复工501个 (round 171's 通辽 story): 计划实施
    plans as 计划新建 does; how the plan went (计划实施情况) is no plan."""
    assert _kinds("年度计划实施43个项目、投资137亿元。", "summary") == [("43个", "target"), ("137亿元", "target")]
    assert _kinds("全市计划实施的547个重点项目，现已开复工501个。", "summary") == [("547个", "target"), ("501个", "achieved")]
    assert _kinds("2022年计划实施情况良好，完成投资120亿元。", "summary")[-1] == ("120亿元", "achieved")


def test_a_plan_for_a_stage_of_projects_is_a_commitment_in_a_story():
    """计划开复工项目140个，其中新开工项目66个…，截至目前已开复工71个 (round 206's 哈尔滨 story): a plan for the
    projects to start, be finished or go into production (开复工, 竣工, 投产, 建成) plans as 计划开工 does; what has
    started since is told with 已."""
    text = "2022年江北一体发展区计划开复工项目140个，其中新开工项目66个，续建项目74个，截至目前已开复工71个。"
    assert _kinds(text, "plan")[1:] == [("140个", "target"), ("66个", "target"), ("74个", "target"), ("71个", "achieved")]
    assert _kinds("计划投产投用项目8个，已投产11个。", "summary") == [("8个", "target"), ("11个", "achieved")]
    assert _kinds("计划建成投产大中型项目118个，实际建成128个。", "summary") == [("118个", "target"), ("128个", "achieved")]


def test_a_breakdown_of_a_planned_total_is_planned_in_a_review_its_levels_to_start_from_baselines():
    """其中 after a planned total breaks it down before the part (a review) or the sentence's look back decide: the
    parts of the sixth five-year plan's figures, told in a 1982 report's review, are planned; a level a planned part
    starts from (由40元提高到80元) is a baseline."""
    text = "第六个五年计划规定，工农业总产值达到八千七百一十亿元。其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元。"
    assert _kinds(text, "summary")[-2:] == [("二千一百八十七亿元", "baseline"), ("二千六百六十亿元", "target")]
    text = "用两年时间将筹资标准由每人每年50元提高到100元，其中中央和地方财政的补助标准由40元提高到80元。"
    assert _kinds(text, "plan")[-2:] == [("40元", "baseline"), ("80元", "target")]
    # numbers of another measure after 其中 break down something else (the projects named before, not their planned
    # cost: round 117's 镇江 story): the part and the look back decide them first
    text = "紧抓10个产业项目，年度计划总投资3.66亿元。其中新建项目9个、续建项目1个，8个项目已竣工。"
    assert _kinds(text, "summary")[1:] == [("3.66亿元", "target"), ("9个", "achieved"), ("1个", "achieved"), ("8个", "achieved")]


def test_a_task_named_with_the_unit_that_leads_it_is_a_target_in_a_review():
    """一、减少农村扶贫对象6.76万人；实施易地扶贫搬迁18695人。（责任单位：市扶贫办）该件实事已全面完成 (round 170's 安顺
    progress report): the sentence restates the task with who leads it, its figures are what was set; what was done
    follows apart (此项工作已完成。…完成…7.497万人)."""
    text = "一、减少农村扶贫对象6.76万人；实施易地扶贫搬迁18695人。（责任单位：市扶贫办、市移民局）该件实事已全面完成"
    assert [k for _, k in _kinds(text, "summary")] == ["target", "target"]
    item = "1.减少农村扶贫对象6.76万人（责任单位：市扶贫办）\n此项工作已完成。全市完成减少农村扶贫对象7.497万人。"
    assert _kinds(item, "summary") == [("6.76万人", "target"), ("7.497万人", "achieved")]
    assert _kinds("全市完成减少农村扶贫对象7.497万人。", "summary") == [("7.497万人", "achieved")]


def test_a_count_of_runs_that_names_who_they_trained_is_how_many_were_held():
    """一期授训120多人, 六期受训560人 (round 171's street union summary), 举办了一期…培训: runs held, counted; a project's
    phase (项目一期, 一期投资27.1亿元) is its number."""
    assert _kinds("邀请市总工会领导上课，六期受训560人。", "summary") == [("六期", "achieved"), ("560人", "achieved")]
    assert ("二期", "label") in _kinds("总投资53.1亿元，一期投资27.1亿元，二期投资26亿元。", "summary")


def test_a_sentence_on_this_occasion_tells_what_it_did_even_in_a_paragraph_that_plans():
    """本次“暖冬行动”集中慰问活动慰问一线劳动者795名，共计13.5万元。下一步，…将… (round 170's 彬州 story): the first
    sentence tells what the event did; a plan cue before the number in it still plans (此次活动将慰问…)."""
    text = "本次“暖冬行动”集中慰问活动慰问一线劳动者795名，共计13.5万元。下一步，市总工会将持续关注户外劳动者。"
    assert _kinds(text, "plan") == [("795名", "achieved"), ("13.5万元", "achieved")]
    assert _kinds("此次活动将慰问困难职工100名。", "plan") == [("100名", "target")]
    # reported first (据悉，本次集中开工项目10项…, round 202): the same
    assert _kinds("据悉，本次集中开工项目10项，总投资28.3亿元。下一步，我县将确保完成全年目标任务。", "plan") == [
        ("10项", "achieved"), ("28.3亿元", "achieved")]
    # a meeting's agenda is no result (round 126: 这次全委会的主要任务是…)
    assert _kinds("这次全委会的主要任务是研究确定2014年的工作任务，慰问职工100名。", "plan")[-1] == ("100名", "target")


def test_a_plan_cue_of_intent_reaches_the_clause_that_goes_on_with_its_plan():
    """全市工会计划投入资金超1720万元，走访慰问各类劳动者10万人次 (round 139's 苏州 story, read as a review): the second
    clause goes on with what 计划 plans; a clause that tells what came of it does not (完成, 已, the plan's verb again),
    nor one after a cue that is no intent (低于预期目标的情况下，实现…增长8.9%)."""
    text = "2026年两节期间，全市工会计划投入资金超1720万元，走访慰问各类劳动者10万人次，切实将温暖送到职工心坎上。"
    assert _kinds(text, "summary")[-2:] == [("1720万元", "target"), ("10万人次", "target")]
    assert _kinds("计划投资80亿元，完成投资65亿元。", "summary") == [("80亿元", "target"), ("65亿元", "achieved")]
    assert _kinds("计划新开工项目50个，开工51个。", "summary") == [("50个", "target"), ("51个", "achieved")]
    assert _kinds("计划新建站点30个，已建成32个。", "summary") == [("30个", "target"), ("32个", "achieved")]
    text = "2018年全省在固定资产投资增长11.6%、低于预期目标的情况下，实现地区生产总值增长8.9%。"
    assert _kinds(text, "summary")[-1] == ("增长8.9%", "achieved")


def test_a_clause_that_tells_the_reach_of_the_plan_before_it_is_planned_too():
    """今年…各级工会将共同投入610万元开展“送清凉”活动，惠及职工10万余人 (round 214's 西城 story, read as a review): a
    clause that opens on 惠及, 覆盖, 带动 … tells what the deed before it comes to, and takes its plan's cue, 将 too; after
    a deed done it is a result."""
    text = "今年西城区各级工会将共同投入610万元开展“送清凉”活动，惠及职工10万余人。"
    assert _kinds(text, "summary")[-2:] == [("610万元", "target"), ("10万余人", "target")]
    assert _kinds("投入资金35万元，惠及困难职工2350人。", "summary") == [("35万元", "achieved"), ("2350人", "achieved")]
    assert _kinds("将收集的24件提案进行了办理，惠及职工500人。", "summary")[-1] == ("500人", "achieved")


def test_a_plan_that_names_whom_it_acts_on_first_is_a_plan():
    """省总工会本级筹集资金7747万元，计划对全省20余万名职工…开展慰问 (round 163's 哈尔滨 story): 计划对/为/向/给 opens
    a plan as 计划开展 does; 以…计划为主 is a way of planning."""
    text = "省总工会本级筹集资金7747万元，计划对全省20余万名职工和近1.1万名困难职工开展慰问。"
    assert _kinds(text, "summary") == [("7747万元", "achieved"), ("20余万名", "target"), ("近1.1万名", "target")]
    assert _kinds("计划为全市困难职工发放慰问金300万元。", "summary") == [("300万元", "target")]
    assert _kinds("坚持以指导性计划为主，完成投资120亿元。", "summary") == [("120亿元", "achieved")]


def test_one_event_a_verb_holds_is_counted():
    """4月左右组织一次春游活动, 召开教代会一次 (rounds 72, 150, 158, 160: a school union's plan): one event to hold is
    a count, as 两次 is; 第一次, 一次性 and a session's 一届四次 are not."""
    assert _kinds("4月左右组织一次春游活动。", "plan")[-1] == ("一次", "target")
    assert _kinds("7月10日前召开教代会一次，进一步推进民主管理。", "plan")[-1] == ("一次", "target")
    assert _kinds("举办一场示范性职工健步走活动。", "plan") == [("一场", "target")]
    assert _kinds("六月份还举办了一期全县政工干部培训。", "summary")[-1] == ("一期", "achieved")
    assert _kinds("一次性补助500元。", "plan") == [("500元", "target")]
    assert _kinds("召开第一次会议。", "plan") == [("一次", "label")]
    assert _kinds("召开了一届四次全委会。", "summary") == [("一届", "label"), ("四次", "label")]
    assert _kinds("实行一次告知制度。", "plan") == []
    # a floor on how often (round 176's mine union: 每季举行大型集体安全劝导不少于一次)
    assert _kinds("每季举行安全劝导不少于一次。", "plan") == [("不少于一次", "target")]


def test_jiang_that_marks_whom_a_designation_names_is_no_plan_cue():
    """…印发通知，将…等8家职工服务中心，西藏航空等3家企业确定为…试点单位 (round 174): 将 marks the object of 确定为, however
    long the list before it; in a review the counts are what was decided. 将 meaning 'will' still plans."""
    text = "近日，自治区总工会印发通知，将拉萨市帮扶中心等8家职工服务中心，西藏航空等3家企业确定为第一批试点单位。"
    assert _kinds(text, "summary")[:2] == [("8家", "achieved"), ("3家", "achieved")]
    assert _kinds("今年将新建职工之家10家。", "summary") == [("10家", "target")]


def test_the_units_and_extent_of_a_region_are_facts_even_in_a_plan():
    """…位于黑龙江省腹地，包括11个市的51个县，面积28.9万平方公里 (round 174's 两大平原 plan, its opening), 鹤山市下辖10个镇
    (round 162), 全乡现辖1个社区、19个行政村 (round 165): what a place is made of and how large it is are told, not planned;
    a count inside what a task lists (整治125个村庄（包括63个省级补助村）) and a built area in square metres are still
    targets."""
    text = "两大平原位于黑龙江省腹地，包括11个市的51个县，面积28.9万平方公里，人口2367万人。"
    assert [k for _, k in _kinds(text, "plan") if k != "label"] == ["achieved"] * 4
    assert _kinds("鹤山市下辖10个镇（街）。", "plan") == [("10个", "achieved")]
    assert [q["evidence"] for q in extract_quantities("已在三个直辖市、2116个县建立政权。", part="summary")][-1] != "units_of_a_place"
    assert _kinds("全乡现辖1个社区、19个行政村。", "plan") == [("1个", "achieved"), ("19个", "achieved")]
    assert _kinds("整治125个村庄（包括63个省级补助村）。", "plan") == [("125个", "target"), ("63个", "target")]
    assert _kinds("新建厂房，面积2万平方米。", "plan") == [("2万平方米", "target")]
    assert _kinds("新建10个社区服务中心。", "plan") == [("新建10个", "target")]


def test_an_expectation_for_a_later_year_and_a_targets_bounded_figure_are_targets():
    """…已陆续开工建设西延高铁…，预计到2025年新建铁路总里程达540公里 (round 179's 2023 story): expected by a year after the
    text's period, a target though the sentence looked back before; 控制在省定目标3.0%以内 (round 178's progress report):
    the target's own figure, bounded, not a share of the plan done (完成年计划27%)."""
    text = "已陆续开工建设西延高铁、西康高铁，预计到2025年新建铁路总里程达540公里，届时高铁网将全线贯通。"
    kinds = lambda period: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=period)][-1]
    assert kinds((2023, 2023)) == ("达540公里", "target")
    assert kinds((2025, 2025)) == ("达540公里", "achieved")  # the year being told: an estimate of its result
    assert _kinds("居民消费价格指数上涨0.9%，控制在省定目标3.0%以内。", "summary") == [("0.9%", "achieved"), ("3.0%以内", "target")]
    assert _kinds("完成年计划27%。", "summary") == [("27%", "achieved")]


def test_a_place_won_is_a_result_even_in_a_part_that_plans():
    """年内，市总工会获…选拔赛团体第五名 (round 180's yearbook entry, read as plan): a place won is a result; one aimed at
    (力争, 要 before it in the sentence) is a target."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("年内，市总工会获全省选拔赛团体第五名等多项荣誉称号。") == [("五名", "achieved")]
    assert kinds("在全市职工运动会上获得团体总分第二名。") == [("二名", "achieved")]
    assert kinds("力争在全省职工技能大赛中获得团体第三名。") == [("三名", "target")]
    assert kinds("全年要组织职工参加全市运动会，获得团体第二名。") == [("二名", "target")]
    # the first places won (round 221's 运城 contest story): 分获团体前3名; aimed at, 力争获得团体前三名
    assert kinds("经过激烈角逐，阳泉市、晋中市代表队分获团体前3名。") == [("3名", "achieved")]
    assert kinds("力争获得团体前三名。") == [("三名", "target")]


def test_a_sentence_that_told_what_was_done_goes_on_telling_it():
    """组织开展了20项…竞赛，有2万余名技术工人参与其中，在此基础上…参加省级大赛18项 (round 180's union story, read as
    plan): the perfective 了 of an earlier clause reaches the later ones; the plan's year or 下一步 turns the sentence ahead."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("组织开展了20项市级职业技能竞赛，有2万余名技术工人参与其中，在此基础上选拔优秀职工参加省级大赛18项。") == [
        ("20项", "achieved"), ("2万余名", "achieved"), ("18项", "achieved")]
    assert kinds("开展了职工需求调研，下一步新建职工之家20家。") == [("20家", "target")]
    assert kinds("先后在58个城市进行了试点，今年试点城市扩大到110个。") == [("58个", "achieved"), ("110个", "target")]


def test_a_bound_before_a_level_is_that_level_not_a_class():
    """粮食产量连续8年稳定在700亿斤以上水平 (round 180's report): 以上 then 水平 bounds the measure's own level, a result
    here and a target in a plan; 以上 before the things of a class (2000万元以上企业) stays a threshold."""
    kinds = lambda text, part: [(q["span"], q["kind"]) for q in extract_quantities(text, part=part)]
    assert kinds("粮食产量稳定在700亿斤以上水平。", "summary") == [("700亿斤以上", "achieved")]
    assert kinds("全年经济增速保持在6%以上的水平。", "plan") == [("保持在6%以上", "target")]
    assert kinds("年销售收入2000万元以上企业120家。", "summary") == [("2000万元以上", "threshold"), ("120家", "achieved")]


def test_a_quarter_of_the_year_is_a_date():
    """一季度, 二季度, 第三季度, 前三季度 (67 quarters the blind labellers dated, none extracted before): a quarter of the
    year is a date; a count of quarters (连续3个季度) is a duration, read by the later rules."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="plan")]
    assert kinds("一季度完成立项；二季度全面开工；第三季度完成60%任务；四季度投入使用。") == [
        ("一季度", "date"), ("二季度", "date"), ("三季度", "date"), ("60%", "target"), ("四季度", "date")]
    assert kinds("前三季度地区生产总值增长5%。")[0] == ("三季度", "date")
    assert kinds("连续3个季度保持增长。")[0][0] == "3个季度"


def test_a_plan_announced_with_le_is_still_a_plan():
    """市总工会公布了11件…实事项目，…覆盖职工数526.2万人次 (rounds 99 and 102): 公布了 tells the announcement, what it
    announced is planned; and a sentence that turns to what would be (如果…就可以节省出…) is not told as done."""
    kinds = lambda text: dict((q["span"], q["kind"]) for q in extract_quantities(text, part="plan"))
    assert kinds("市总工会公布了11件2020年服务职工的实事项目，涵盖技能提升、文体服务等六大类，覆盖职工数526.2万人次。"
                 )["526.2万人次"] == "target"
    assert kinds("全国流动资金大大超过了应该拥有的数量，如果能够加速周转，减少百分之二、三的占用量，就可以节省出七十亿到一百亿元的"
                 "资金。")["七十亿到一百亿元"] == "target"


def test_a_grade_joined_to_its_bound_is_a_threshold():
    """普通国省道二级及以上公路比重, 通三级及以上等级公路 (round 182's highway story): a grade bounded through 及 is a class's
    bound, as 二级以上医疗机构 is; a grade alone (28个二级指标) is a label."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary")]
    assert kinds("普通国省道二级及以上公路比重提升至76.3%。") == [("二级", "threshold"), ("76.3%", "achieved")]
    assert kinds("全年新增78个乡镇通三级及以上等级公路。") == [("新增78个", "achieved"), ("三级", "threshold")]
    assert kinds("28个二级指标达到先进水平。") == [("28个", "achieved"), ("二级", "label")]


def test_an_items_number_is_not_part_of_what_its_quantity_measures():
    """4.新建劳模创新工作室3家 (a plan a new user added: items numbered 1．, 2．): the item's number is structure, not the
    indicator; so are （3） and 四、."""
    indicators = lambda text: [q["indicator"] for q in extract_quantities(text)]
    assert indicators("4.新建劳模创新工作室3家，推荐市级以上劳动模范10名。") == ["新建劳模创新工作室", "推荐市级以上劳动模范"]
    assert indicators("4．新建职工之家5家。") == ["新建职工之家"]
    assert indicators("（3）举办职工技能培训班20期。") == ["举办职工技能培训班"]


def test_a_quota_set_from_above_and_the_plan_figure_a_result_is_measured_against_are_targets():
    """省市下达我县全年粮食生产任务面积182万亩、产量15.65亿斤; 完成年计划710亿元的89.4% (round 191: a department's summary, a
    plan-execution report): the quota and the plan's figure are targets in a review; what was done against them, and
    the share of the quota done, are results; a count of a list's items stays a label."""
    assert _kinds("省市下达我县全年粮食生产任务面积182万亩、产量15.65亿斤。", part="summary") == [
        ("182万亩", "target"), ("15.65亿斤", "target")]
    assert _kinds("地区生产总值635亿元，完成年计划710亿元的89.4%。", part="summary") == [
        ("635亿元", "achieved"), ("710亿元", "target"), ("89.4%", "achieved")]
    # the plan's figure in brackets (round 194's news): 完成年度目标(45万人)的27.8%
    assert _kinds("城镇新增就业12.5万人，完成年度目标(45万人)的27.8%。", part="summary") == [
        ("12.5万人", "achieved"), ("45万人", "target"), ("27.8%", "achieved")]
    assert _kinds("省市下达我县任务182万亩，实际完成185万亩。", part="summary")[1] == ("185万亩", "achieved")
    assert _kinds("全年出栏生猪62万头，完成下达任务的103%。", part="summary") == [("62万头", "achieved"), ("103%", "achieved")]
    assert _kinds("完成上级下达的47项指标。", part="summary") == [("47项", "label")]


def test_the_parts_a_total_is_broken_down_into_after_qizhong_are_of_its_kind():
    """选举产生代表696名。其中工会工作者452名，占64.9%；… (round 195's 湖南 story, a congress announced, its delegates
    elected): the breakdown of a result is results, of a target targets; 其中 inside a clause (参与其中) breaks
    nothing down, and a breakdown ends with its sentence."""
    text = ("本次大会选举产生代表696名，结构比较合理。其中工会工作者452名，占64.9%；女代表264名，占37.9%。"
            "全年新建工会100家，其中非公企业工会80家。职工踊跃参与其中，共20人。")
    found = [(q["span"], q["kind"], q["evidence"]) for q in extract_quantities(text, part="plan")]
    assert found[:5] == [("696名", "achieved", "this_occasion"), ("452名", "achieved", "part_of_a_total"),
                         ("64.9%", "achieved", "part_of_a_total_of_another_measure"),
                         ("264名", "achieved", "part_of_a_total"),
                         ("37.9%", "achieved", "part_of_a_total_of_another_measure")]
    planned = text.replace("本次大会选举产生", "大会将选举产生")
    found = [(q["span"], q["kind"], q["evidence"]) for q in extract_quantities(planned, part="plan")]
    assert found == [("696名", "target", "plan_cue"), ("452名", "target", "part_of_a_total"),
                     ("64.9%", "target", "part_of_a_total_of_another_measure"), ("264名", "target", "part_of_a_total"),
                     ("37.9%", "target", "part_of_a_total_of_another_measure"), ("100家", "target", "commitment"),
                     ("80家", "target", "part_of_a_total"), ("20人", "target", "commitment")]


def test_a_number_in_a_line_of_another_language_is_no_quantity():
    """地区生产总值6% / The gross domestic product (GDP) of the region will increase by 6%. (round 192's bilingual page):
    the translation restates the Chinese line, so its number is not counted a second time; a Chinese line with Latin
    letters in it (GDP增长6%) or a short Latin line (GDP 6%) keeps its quantity."""
    text = ("地区生产总值6%\nThe gross domestic product (GDP) of the region will increase by 6%.\n城镇新增就业70万人以上\n"
            "More than 700,000 new urban jobs will be created.\nGDP增长6%\nGDP 6%")
    assert [q["span"] for q in extract_quantities(text, part="plan")] == ["6%", "70万人以上", "增长6%", "6%"]


def test_ni_inside_a_word_is_no_cue_of_intent():
    """国家虚拟现实创新中心获批成立，新增3家省实验室 (round 196's 山东 results story): 拟 of 虚拟 (virtual), 模拟, 比拟 is no
    拟 (to intend); 拟新建3家 still plans."""
    kinds = lambda text: [(q["span"], q["kind"]) for q in extract_quantities(text, part="summary", period=(2022, 2022))]
    assert kinds("国家虚拟现实创新中心获批成立，新增3家省实验室。") == [("新增3家", "achieved")]
    assert kinds("开展模拟演练5次。") == [("5次", "achieved")]
    assert kinds("明年拟新建3家省实验室。") == [("新建3家", "target")]


def test_a_target_named_with_its_figure_makes_the_figures_listed_after_it_targets():
    """今年广西经济增长预期目标6.5%以上，一般公共预算收入增长3%，… (round 222's interview, read as a review): the list that goes
    on from a target named with its figure is the targets; a result measured against a target is not one."""
    text = "根据政府工作报告，今年广西经济增长预期目标6.5%以上，一般公共预算收入增长3%，规模以上工业增加值增长7%。"
    assert [k for _, k in _kinds(text, "summary")] == ["target", "target", "target"]
    assert _kinds("全年经济增长低于预期目标2个百分点，实现增长5.5%。", "summary")[-1] == ("增长5.5%", "achieved")
    assert _kinds("完成年度目标任务的52%，增长8%。", "summary") == [("52%", "achieved"), ("增长8%", "achieved")]
    # nor a target set in brackets beside a result (round 89's progress report): the results after it stay results
    text = "全年实现地区生产总值增长5.9%，排名全市第1位（预期目标为8.5%以上）；规模工业增加值增长9.5%，高于全市1.2个百分点。"
    assert [k for _, k in _kinds(text, "summary")] == ["achieved", "achieved", "target", "achieved", "achieved"]


def test_a_population_passed_bounds_the_class_of_places_it_names():
    """规划城区人口超过50万的县城按照中等城市打造 (round 224's 河北 story): the population bounds the class of county towns."""
    assert _kinds("规划城区人口超过50万的县城按照中等城市打造。", "plan") == [("超过50万", "threshold")]
    assert _kinds("完成1000万以上农村贫困人口脱贫任务。", "plan") == [("1000万以上", "target")]


def test_a_sentence_that_opens_on_the_aim_governs_its_clauses():
    """力争固定资产投资增幅16%以上、…，财政总收入达到20亿元、增幅12%以上，… (round 226's 鄂城 story, read as a review after its
    final check): 力争 or 确保 opening a sentence reach over its clauses, its aims' 同比 too; not past a word of what was
    done (已, a perfective 了); 争取 in a review tells what was won (争取国家“两重”建设任务162项)."""
    text = "力争固定资产投资增幅16%以上、限上社零额同比增长15%以上，财政总收入达到20亿元、增幅12%以上。"
    assert {k for _, k in _kinds(text, "summary")} == {"target"}
    assert _kinds("力争早日建成，目前已完成投资3亿元。", "summary") == [("3亿元", "achieved")]
    assert _kinds("争取到了资金500万元。", "summary") == [("500万元", "achieved")]
    assert _kinds("确保了全年目标任务完成，全年实现增长5.5%。", "summary")[-1] == ("增长5.5%", "achieved")
