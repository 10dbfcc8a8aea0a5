"""The rules that say what kind of quantity a number is, tried in order (:data:`RULES`).

Every number the quantity pattern (:func:`quantity_pattern`) finds becomes a
:class:`Candidate` holding what the rules read (its unit, qualifiers, the
characters around it, whether it is quoted). The first rules, which say a number
is a name, a date or no quantity, are in :mod:`analysis.name_rules`; the rest,
which say what kind of measure it is, are here. Each rule is a small named
function that takes a :class:`Candidate` and returns a kind (``label``,
``date``, ``threshold``, ``achieved``, ``target``, ``baseline``), :data:`DROP` (the
number is no quantity: a word such as 一批, a code such as 5G) or ``None`` (no
decision); :func:`classify` tries them in the order of :data:`RULES`, the first
to decide wins, and its name is the evidence a reader can look up (the
``evidence`` column of the targets table; the rule's docstring says what it
decides). Word lists come from the resource files (``cue_words.csv``,
``units.csv``, ``qualifiers.csv``).

>>> from analysis.loader import load_resources
>>> from analysis.textindex import TextIndex
>>> resources = load_resources()
>>> text = "全年新建职工之家10家。"
>>> m = quantity_pattern(resources).search(text)
>>> classify(candidate(m, TextIndex(text), "plan", resources))
('target', 'commitment')
"""

from __future__ import annotations

import re
from typing import Callable

from .candidates import BOUNDARY, MAGNITUDE_CLASS_NOUN, SIZE_CLASS_NOUN, Candidate, candidate, clause_start, quantity_pattern
from .name_rules import DROP, NAME_RULES, RE_WON, counts_in_myriads
from .orientation import BASE_BEFORE_YEAR, RE_BASE_AFTER_YEAR, REVIEW, orientation
from .patterns import CHANGE_VERBS, bracket_open, digit_string, year_value

__all__ = ["DROP", "RULES", "Candidate", "quantity_pattern", "candidate", "classify"]

#: A year in Arabic or Chinese digits, before 年.
_RE_YEAR = re.compile(r"((?:19|20)\d{2}|[一二][九〇零][〇零一二三四五六七八九]{2})(?=年)")
#: A starting level: 由, 从, 现行 … before the number; a change to another level after it (a comma may stand
#: between: 由1957年的42%左右，提高到60%左右).
_RE_FROM = re.compile(r"由|从|现行|目前的")
#: After a starting level: the change to another (提高到, 降至 …), perhaps after the other starting levels listed with it
#: (从每人每月574元、271元分别提高到…: each a level the change starts from).
_RE_CHANGE_TO = re.compile(rf"(?:、[^，。；、]{{1,12}}?)*，?[^，。；0-9]{{0,6}}?(?:{CHANGE_VERBS})(?:到|至|为)")
#: Words of the plan's own year in a number's clause (今年试点城市扩大到110个).
_RE_THIS_YEAR = re.compile(r"今年|明年|本年|年内")
#: Characters before a year that make it the base of a comparison or the start of a change (比2010年, 由1957年).
_BASE_BEFORE_YEAR = (*BASE_BEFORE_YEAR, "从")  # and the start of a change (从2015年的…)
#: The last characters of a date (2020年, 1月, 5日, 5号): a 至 or 到 after one closes a span of dates.
_DATE_ENDS = ("年", "月", "日", "号")
#: Years passed over, at most, looking for the one that places a number in time (:func:`named_year`).
_YEARS_PASSED = 3
#: A budget or plan of the year just named or of the plan's year (1956年国家预算, 1980年计划, 一九五九年的国民经济
#: 计划): a plan, unless it is the budget's execution or final accounts that are reported.
_RE_BUDGET = re.compile(r"年度?的?(?:国家|中央|地方)?(?:财政)?(?:预算(?![执调])|(?:国民经济)?计划(?![执完]))")
#: Words between such a budget or plan and a number that make the number its outcome (计划为4%，预计可以达到6.4%).
_RE_OUTCOME = re.compile(r"预计|实际|执行|完成|结果")
#: Nouns of a plan that state the planned figure right after them (:func:`planned_figure`).
_RE_PLAN_NOUN = re.compile(r"任务|预算|计划|目标|指标|规划的")  # 比规划的28300个增加5790个: the plan's figure; 考核指标23.1万亩
#: A figure named as a target (12%的目标, 8%的预期目标, 5%的控制目标, 3.6%的全年调控目标; not 80%的目标任务, a share of
#: the tasks).
_TARGET_NOUN_BEFORE = r"的(?:全年|年度|年初|当年)?(?:预期|年度|计划|调控|控制|奋斗)?"
_RE_OF_TARGET = re.compile(rf"{_TARGET_NOUN_BEFORE}目标(?!任务)")
#: An amount right before the target or task it names, with or without 的 (90万元目标任务, 100亿元的年度目标): the
#: target's figure; not a share (80%的目标任务: a share of the tasks) nor a count (10个目标: so many goals).
_RE_AMOUNT_OF_TARGET = re.compile(rf"(?:{_TARGET_NOUN_BEFORE})?目标(?:任务)?")
#: The categories of a measured amount (money, area, weight …), not of a count of things.
_MEASURED_CATEGORIES = ("currency", "area", "weight", "length", "volume", "power", "energy")
#: A figure right before a plan's noun it qualifies (12%的目标): the number after that noun is not what it states.
_RE_FIGURE_OF = re.compile(rf"[\d%％][^\d，。；]{{0,3}}{_TARGET_NOUN_BEFORE}$")
#: Verbs of completing or obtaining a plan's task or funds (完成…任务, 争取…任务, 获批…计划).
_RE_DONE_TO_PLAN = re.compile(r"完成|落实|实现|争取|获批|获得")
_DONE_LOOK = 12
#: A result compared with a plan's noun (优于国家考核目标14.6个百分点, 高于年度计划2个百分点): a difference in
#: percentage points after the noun is the margin the result beats it by, not what the plan states.
_RE_COMPARED_WITH = re.compile(r"(?:优于|好于|高于|低于|超过|超出|快于|慢于|落后于?|差于?|超(?!额))[^，。；\d]{0,8}$")
#: What may stand between a plan's noun and the figure it states (预算赤字1503亿元, 计划投资…).
_PLANNED_ITEMS = ("", "数", "赤字", "投资", "总投资")  # not 预算收入: also the name of a statistic
#: What ends a sentence with its ；-separated list items (a list introduced before a colon runs to it).
_FULL_STOP = "。！？\n\t"
#: Parts that plan: there a look back must be in a number's own clause (see achieved_cue).
PLANNING_PARTS = ("plan", "goals", "guarantees", "principles")
#: A sentence looks back when its review cues lead its plan cues by this much.
_SENTENCE_LEAD = 2
#: A change that reaches the number (扩大到, 提高至, 达到): the number is how far it goes (:func:`scope_condition`).
_RE_REACHES = re.compile(rf"(?:(?:{CHANGE_VERBS})(?:到|至)|达到|覆盖)$")
#: A change or reach anywhere between 占 and a share (占比提高到60%以上的): the share is no description (:func:`share_of_a_whole`).
_RE_REACHES_ANYWHERE = re.compile(rf"{CHANGE_VERBS}|达")
#: A place's whole population or land that a share is taken of, right before it (占全省总人口的, 占国土总面积的).
_RE_SHARE_OF_A_PLACE = re.compile(r"占(?:全[省市县区国州])?(?:总人口|人口总数|国土总?面积|土地总?面积|总面积)的?$")
#: A share describing the things named after it (…以上的人民群众).
_RE_DESCRIBES = re.compile(r"(?:以上|以下|左右|多)?的[\u4e00-\u9fff]")
#: A measure a share can bound (增长20%以上的企业, 资产负债率60%以下的): looked for just before the share.
_RE_MEASURE = re.compile(r"率|增长|增速|增幅|涨幅|降幅|比重|比例|占|份额|提高|下降|降低|减少|增加|上涨|下跌|超过|达")
_MEASURE_LOOK = 12
#: A campaign named by the crowd it is for, right after the people (10万职工劳动和技能竞赛正式启动); not when they
#: take part in it (超过百万职工参与竞赛).
_RE_CROWD_EVENT = re.compile(r"[^，。；：！？\s参]{0,10}?(?:竞赛|大赛|比武|健步走|运动会|读书活动|技能大比武)")
#: What follows a task's size in its clause: its name, then what of it is done (…农村幸福院建设已完成8个).
_RE_TASK_DONE = re.compile(r"[^，。；、：\d]{2,16}?[，,]?(?<!项目)(?:已|累计)(?:推动|推进)?(?:完成|开工|建成|送|实施|办结|解决|改造|整治)了?"
                           r"(?:建设)?\d")
#: …or its name, then its span of years in brackets (2000个行政村环境连片整治（2013-2017年）).
_RE_TASK_PERIOD = re.compile(r"[^，。；、：\d]{2,20}?[（(](?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)?\d{2}年?[）)]")
#: A number given to two decimal places or more (156.92, 28.55), with this many significant digits at least.
_RE_TWO_DECIMALS = re.compile(r"\.\d{2,}$")
_PRECISE_DIGITS = 4
_RE_SHARE_OF = re.compile(r"占")
#: A clause that calls what follows its task or target (目标任务为…, 竣工任务为…, 目标是…).
_RE_NAMED_TASK = re.compile(r"(?:目标|任务)(?:任务)?(?:为|是)")
#: Verbs that set the level a number states, just before it (达到41.65%, 提高到, 控制在, 稳定在16.38万头).
_RE_SETS_LEVEL = re.compile(rf"(?:{CHANGE_VERBS})(?:到|至|为)|达到|控制在|保持在|稳定在|不低于|不超过"
                            r"|筹措|筹集|安排|拨付|下达"  # 筹措310.33亿元实施…: a budget is set to the hundredth
                            r"|总投资|计划投资")  # 实施类项目：共35个，总投资357.86亿元 (round 212): so is a project's cost
#: Unit categories that count the things a number stands before (个, 项, 家, 所 …), not a measure of them.
_COUNTING_CATEGORIES = ("count", "organisations", "events")
#: An amount a number in 万 or 亿 without a unit can bound (销售500万以上企业, 年营业收入2000万以下的, 城区人口超过50万的县城:
#: round 224).
_RE_AMOUNT_MEASURE = re.compile(r"销售|营业|收入|营收|产值|资产|投资|利润|纳税|规模|金额|人口")
#: Words before a year that make it name what a thing is for, not a time (:func:`named_year`).
_YEAR_OF_A_NOUN = ("面向", "着眼")
#: Words before an age that make it a bound on who is meant (:func:`eligibility_age`).
_AGE_BOUND = ("满", "未满", "不满", "年满", "超过")
#: What an age measures, before it in its clause (人均预期寿命, 平均年龄): the age is a level, not a bound.
_RE_MEASURED_AGE = re.compile(r"寿命|平均年龄|年龄中位数|平均受教育年限")
#: How far before a number a limit noun is looked for (:func:`stated_limit`), and what may stand between them.
_LIMIT_LOOK = 8
#: People attending the meeting reported, after the count (…参加此次会议) or before it (应到代表…, 出席…的代表, 一行),
#: looked for this many characters away (:func:`attendance`).
_ATTEND_LOOK = 24
_RE_ATTENDS = re.compile(r"(?:出席|列席|参加|参与|到会)了?(?:此次|本次|这次|今天的|当天的)?[\u4e00-\u9fff]{0,4}?"
                         r"(?:会议|大会|开幕式|全会|职代会|全委会|座谈会)|^(?:齐聚|欢聚|共聚)一堂")
_RE_ATTENDED = re.compile(r"(?:应到|实到|应出席|实出席|出席(?:此次|本次|这次)?[\u4e00-\u9fff]{0,6}?的)[\u4e00-\u9fff]{0,4}$"
                          r"|一行$")  # 考核组一行7人: the party a story says came
#: A bound written before a number of a class named after it (超1000亿元的, 不足10人的): :func:`scope_condition`.
_BOUND_BEFORE = ("超", "不足", "不到", "低于", "高于")
#: Nouns after such a bound and 的 that make it a state, not a class (超过60万亿元的高基数上, 不到3%的情况下).
_RE_STATE_AFTER = re.compile(r"高?(?:情况|基础|基数|背景|条件|前提|水平|局面|形势|高位)")
#: what follows a number a sentence takes as a line (以四十斤为界)
#: A conjunction and the next figure of a list after a bound (…增长9%以上和10%以上).
_RE_NEXT_FIGURE = re.compile(r"[和与及或、]\s*[\d〇零一二两三四五六七八九十百千万]")
#: A verb that gives or spends money right before an amount (发放3000万元以上的小额贷款) …
_RE_GIVES_BEFORE = re.compile(r"(?:发放|投入|筹集|筹措|拨付|下拨|提供|募集|兑现)$")
#: … and money after its 以上的: the amount given, not a bound on a class of things.
_RE_MONEY_AFTER = re.compile(r"的[^，。；]{0,8}?(?:贷款|资金|补助|补贴|经费|奖金|慰问金|救助金|善款|款项)")
#: A level right after a bound (粮食产量稳定在700亿斤以上水平, 增速保持在6%以上的水平): the measure's own level, not a class.
_RE_LEVEL_AFTER = re.compile(r"的?水平")
#: A count right after a bound (销售收入10亿元以上5家): how many things the bound takes in, so the bound is a class's.
_RE_COUNT_OF_BOUNDED = re.compile(r"\d+(?:家|个|户|人|项|所|座|款|种)")
#: A class of firms or projects right after a bound before an amount, then how many of them (超5000万元企业15户,
#: 超百亿元企业5家, 超亿元项目达到32个): the amount is the class's floor, a threshold.
_RE_CLASS_COUNTED = re.compile(r"(?:或\s*\d+(?:\.\d+)?[万亿]?美?元)?的?(?:企业|项目|工业企业|龙头企业)(?:达到?|有|共|为)?"
                               r"[\d一二三四五六七八九十两]+(?:家|个|户|项|所)")
#: The first sum of a bound with its equivalent in another currency after 或, right before that equivalent (总投资超100亿元或
#: 10亿美元项目6个: 10亿美元 bounds the same class).
_RE_BOUND_OR = re.compile(r"(?:超过?|过|不足|不到|低于|高于)\s*\d+(?:\.\d+)?[万亿]?美?元\s*或\s*$")
_TAKEN_AS_LINE = ("为界", "为限", "为上限", "为下限", "为线")
#: A sum's equivalent in brackets and the bound after them (（3000万美元）以上项目), what closes the brackets and bounds
#: (…）以上项目), and a sum with a unit that opens them (5亿元（): :func:`bound_with_its_equivalent`.
_RE_BRACKET_BOUND = re.compile(r"\s*[）)](?:以上|以下|以内)(?=[\u4e00-\u9fff])")
_RE_EQUIVALENT_BOUND = re.compile(r"[（(]\s*[\d.,，]+\s*[万亿]?[\u4e00-\u9fff]{1,3}" + _RE_BRACKET_BOUND.pattern)
_RE_SUM_OPENS_BRACKET = re.compile(r"\d\s*[万亿]?(?:元|镑|美元|欧元|港元|日元)\s*[（(]$")
_EQUIVALENT_LOOK = 8
#: What may stand between a poverty line and the amount it is set at (标准提高到人均1196元, 贫困线为每人每年…):
#: :func:`poverty_line`.
_RE_SETS_LINE = re.compile(r"(?:(?:提高|上调|调整|调高)(?:到|至|为)|定为|确定为|为|是)?(?:农民)?(?:人均|每人每年|年人均)?"
                           r"(?:年)?(?:纯收入|可支配收入)?")
_STATES_LIMIT = ("", "为", "是", "定为", "设为")

# --- The rules, in order: the first to decide wins ---------------------------------------------
# Each takes a Candidate and returns a kind, DROP (not a quantity) or None (no decision).


def restatement(c: Candidate) -> str | None:
    """增长26%，即增加一百二十七亿六千万元: a number that restates the one right before it (after 即, 亦即, 也就是)
    is of the same kind, target, result or starting value."""
    return c.restates if c.restates in ("target", "achieved", "baseline") else None


def part_of_a_total(c: Candidate) -> str | None:
    """选举产生代表696名。其中工会工作者452名，占64.9%；…; 全年新建工会100家，其中非公企业工会80家: a number in the sentence
    of a clause opening on 其中 after a target or a result breaks that total down, and is of its kind, where no cue
    of its own decided it (a threshold, a plan's figure or a cue in the breakdown decides first, 其中10亿元以上项目20个);
    the part and the sentence's look back come after it (计划开复工项目140个，其中新开工项目66个，…，截至目前已开复工71个,
    round 206: the 66 are planned, whatever the clause on what has started since), when it measures what the total
    measures (a count of a count, money of money); a number of another measure after 其中 (年度计划总投资3.66亿元。其中新建
    项目9个…，8个项目已竣工, round 117: the 9 break down the projects named before, not their planned cost) is read by
    :func:`part_of_a_total_of_another_measure`, tried last but one. A planned part's level to start from is a baseline
    (其中…补助标准由40元提高到80元: :func:`starting_value`)."""
    if not c.breaks_down or c.category != c.total_category:
        return None
    if c.breaks_down == "target" and starting_value(c) == "baseline":
        return "baseline"
    return c.breaks_down


def part_of_a_total_of_another_measure(c: Candidate) -> str | None:
    """A number after 其中 that measures something else than the total before it (…占64.9% after 代表696名。其中工会
    工作者452名): of the total's kind where nothing else decided it (tried last but one)."""
    return c.breaks_down or None


#: The people a count of people (人, 名 …) with 以上 counts, right after it (4.6万名以上劳模、技术工人…): no bound.
_RE_PEOPLE_COUNTED = re.compile(r"[^的，。；：、\s]{0,3}?(?:劳模|工匠|职工|工人|农民工|会员|干部|学生|儿童|妇女|老人|群众|"
                                r"居民|人员|人才|代表|教师|医生|司机|骑手|毕业生|青年|志愿者|农民|残疾人)")


def scope_condition(c: Candidate) -> str | None:
    """25人以上企业, 月销售额10万元以下的, 销售500万以上企业, 年营业收入超1000亿元的: a number with a unit (or in
    万, 亿 after an amount it bounds, 销售, 产值 …) and 以上/以下/以内 before a noun, 的 or a count of the things it
    takes in (销售收入10亿元以上5家; or 超, 超过, 不足, 不到,
    低于, 高于 before it and 的 after, or a class of firms or projects and their count: 超5000万元企业15户) qualifies
    that noun, a threshold. Not before a
    verb (60%以上来自国有企业 is a statement, cue role not_scope); not a count of the things after it
    (1000万以上农村贫困人口, 建成100个以上精品村: units of categories count and organisations); not where a
    share reaches (扩大到85%以上地市, 达到95%以上组建率, 覆盖80%以上的大城市; but 亩产达到一百斤以上的县 and
    达到25人以上企业建会率… name the things meant); and a share only as the bound of a measure named before
    it (增长20%以上的企业), not as the share of the things after it (95%以上的学生); not a sum given (发放3000万元
    以上的小额贷款). A range of an amount before the class of things it bands (200亿—500亿元的县（市）达到40个, 营业收入1亿—5亿元的
    企业, round 209) is a threshold too."""
    if c.m.group("num2") and c.mult and c.unit != "%" and _RE_BANDED_CLASS.match(c.index.text, c.m.end()):
        return "threshold"
    if c.num in ("亿", "千万") and c.unit == "元" and not c.pre and c.prev not in "近上逾数" \
            and (c.post == "以上" or _RE_SIZE_CLASS_NOUN.match(c.index.text, c.m.end())):
        return "threshold"  # 亿元楼, 亿元以上项目: a bare magnitude names a size class (candidates._BARE_SIZE_CLASS);
        # not 近千万元, 上亿元: about that much, an amount
    word_before = c.index.text.endswith(_BOUND_BEFORE, 0, c.m.start())
    bound_before = c.nxt == "的" and (c.pre == "超过" or word_before) \
        and not _RE_STATE_AFTER.match(c.index.text, c.m.end() + 1)  # 增长不到3%的情况下: how things were
    past = c.index.text.endswith("过", 0, c.m.start()) and not c.index.text.endswith(_NOT_PAST, 0, c.m.start())
    past = past or bool(_RE_BOUND_OR.search(c.index.text, max(0, c.m.start() - 16), c.m.start()))
    counted = (c.pre in ("超", "超过") or word_before or past) and _RE_CLASS_COUNTED.match(c.index.text, c.m.end())
    bound_before = bound_before or bool(counted)  # 主营业务收入超5000万元企业15户, 落地过亿元项目74个: the class's floor
    joined = None if c.post else _RE_JOINED_BOUND.match(c.index.text, c.m.end())  # 新增500万元及以上技改项目: the
    post, end = (joined.group("bound"), joined.end()) if joined else (c.post, c.m.end())  # bound joined by 及
    nxt = c.index.text[end:end + 1] if joined else c.nxt
    if not bound_before and (post not in ("以上", "以下", "以内")
                             or not (nxt == "的" or re.match(r"[\u4e00-\u9fff]", nxt or "") and (nxt != "等" or c.index.text.startswith("等级", end))
                                     or _RE_COUNT_OF_BOUNDED.match(c.index.text, end))):
        return None  # (新增高技能人才1600人以上等: 等 ends a list, it names nothing bounded; 等级 is a noun, 三级及以上等级公路)
    if _RE_OF_TARGET.match(c.index.text, end):
        return None  # 农民工会员达到10300万人以上的目标: the figure a target names, no class of things
    if _RE_LEVEL_AFTER.match(c.index.text, end):
        return None  # 稳定在700亿斤以上水平: the level the measure holds, no class of things
    if _RE_NEXT_FIGURE.match(c.index.text, end) and not counted:
        return None  # 分别增长9%以上和10%以上: the next figure of the same list, no class of things (超100亿元或10亿美元
        # 项目6个: the same bound in another currency, then the class)
    if _RE_GIVES_BEFORE.search(c.index.text, max(0, c.m.start() - 2), c.m.start()) \
            and _RE_MONEY_AFTER.match(c.index.text, end):
        return None  # 发放3000万元以上的小额贷款: the sum given, no class of loans
    if c.category == "people" and _RE_PEOPLE_COUNTED.match(c.index.text, end):
        return None  # 为4.6万名以上劳模、技术工人…提供体检: the people counted, not a bound on them
    reached = _RE_REACHES.search(c.index.text, max(0, c.core_start - 4), c.core_start)
    if not (c.unit or c.mult) or (reached and c.unit == "%"):
        return None  # 扩大到85%以上地市, 覆盖80%以上的大城市: how far a share reaches (but 达到25人以上企业建会率…,
        # 亩产达到一百斤以上的县: the things meant)
    if c.category in _COUNTING_CATEGORIES:
        return None  # 建成100个以上精品村, 新建100家以上: a count of the things after it, not a bound on them
    look_from = max(clause_start(c), c.core_start - _MEASURE_LOOK)
    if not c.unit and not c.index.has_match(_RE_AMOUNT_MEASURE, look_from, c.core_start):
        return None  # 1000万以上贫困人口: a bare count of what follows; 销售500万以上企业: a bound on an amount
    if c.unit == "%" and not c.index.has_match(_RE_MEASURE, max(clause_start(c), c.core_start - _MEASURE_LOOK),
                                               c.core_start):
        return None  # 95%以上的学生: a share of the things named, not a bound on a measure of them
    return None if c.resources.cue("not_scope").match(c.index.text, end) else "threshold"


#: A count of places or firms as the subject of a clause, then the measure and a verb of passing (7个县区生产总值超过百亿元,
#: 2个县工会经费突破150万元, 4个过百亿 after 、), or an ordinal place in a class (全国首个突破13万亿元的省份, 第二个市场主体
#: 破百万的省辖市): the amount passed is the line that makes the class.
_RE_COUNTED_SUBJECT_PASSES = re.compile(r"(?:其中)?[\d一二三四五六七八九十两]+(?:个|家|户|所|座)[^，。；：、\d]{0,16}?"
                                        r"(?:超过|突破|超|过|破)")
_RE_ORDINAL_PASSES = re.compile(r"(?:首个|第[一二三四五六七八九十\d]{1,3}个)[^，。；：、\d]{0,16}?(?:超过|突破|超|过|破)$")
#: How far before a number such a subject is looked for.
_PASSES_LOOK = 24


def class_floor_passed(c: Candidate) -> str | None:
    """7个县区生产总值超过百亿元, 全国首个突破13万亿元的省份: an amount that a counted or ordinal subject of places or firms
    passed is the floor of the class counted, a threshold (the count is the result). Not a round figure the measure itself
    passed (突破千亿元，达1082.18亿元): the blind labellers mostly call that a result, as the exact figure after it."""
    clause = clause_start(c)
    start = max(clause, c.core_start - _PASSES_LOOK)
    item = c.index.text.rfind("、", start, c.core_start) + 1 or clause  # the clause, or its last item after 、
    if item >= start and _RE_COUNTED_SUBJECT_PASSES.fullmatch(c.index.text, item, c.core_start):
        return "threshold"
    if c.nxt == "的" and _RE_ORDINAL_PASSES.search(c.index.text, start, c.core_start):
        return "threshold"
    return None


#: What a bare magnitude of yuan names the size class of (亿元楼, 亿元项目, 千万元工业企业): the candidates' own pattern.
_RE_SIZE_CLASS_NOUN = re.compile(SIZE_CLASS_NOUN)
#: The class of things a range of an amount bands, right after it (的县（市）, 的企业, 项目).
_RE_BANDED_CLASS = re.compile(rf"的?(?:{MAGNITUDE_CLASS_NOUN})")
#: Words ending in 过 that are no bound passed (经过, 通过 …): 过 alone before an amount is one (过亿元项目).
_NOT_PAST = ("经过", "通过", "不过", "超过", "度过", "渡过", "穿过", "跨过")
#: A bound joined to its figure by 及 (500万元及以上, 10人及以下): read as 以上/以下 are.
_RE_JOINED_BOUND = re.compile(r"及(?P<bound>以上|以下)")


def bound_with_its_equivalent(c: Candidate) -> str | None:
    """5亿元（3000万美元）以上项目: a sum with its equivalent in another currency in brackets, the two bound by 以上,
    以下 or 以内 before a noun, is one class's line, as in :func:`scope_condition`: both amounts are thresholds."""
    if c.category != "currency":
        return None
    text = c.index.text
    if _RE_EQUIVALENT_BOUND.match(text, c.m.end()):
        return "threshold"  # the sum before the brackets
    before = text[max(0, c.m.start() - _EQUIVALENT_LOOK):c.m.start()]
    if _RE_SUM_OPENS_BRACKET.search(before) and _RE_BRACKET_BOUND.match(text, c.m.end()):
        return "threshold"  # the equivalent in them
    return None


def per_unit_cap(c: Candidate) -> str | None:
    """每家不超过50万元: an upper bound after a per-unit word in its clause (cue role per_unit) is a threshold."""
    start = c.index.last_before(BOUNDARY + "、", c.core_start) + 1
    if c.direction == "at_most" and c.index.has_match(c.resources.cue("per_unit"), start, c.core_start):
        return "threshold"
    return None


def stated_limit(c: Candidate) -> str | None:
    """投资限额为四百万元, 起征点是5000元: a number a limit noun states (cue role limit_noun, right before it or
    before 为, 是, 定为) is the limit, a threshold; a limit the plan changes (上限提高到…) is left to later rules.
    So is a number a sentence takes as a line (以四十斤为界, 以2300元为限)."""
    if c.index.text.startswith(_TAKEN_AS_LINE, c.m.end()) and c.index.last_before("以", c.m.start()) >= clause_start(c):
        return "threshold"
    start = max(clause_start(c), c.m.start() - _LIMIT_LOOK)
    return "threshold" if any(c.index.text[m.end():c.m.start()] in _STATES_LIMIT
                              for m in c.resources.cue("limit_noun").finditer(c.index.text, start, c.m.start())) else None


def poverty_line(c: Candidate) -> str | None:
    """新标准提高到人均1196元, 将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准: an amount of money a line
    of who counts as poor is set at (cue role line_noun; right after it, through 提高到, 为 … and 人均, or the amount
    taken as it, 作为…标准, …元的扶贫标准) is a category condition, a threshold, whether the line is kept or raised;
    not the money given to the poor (扶贫资金增加到…)."""
    if c.category != "currency":
        return None
    start = clause_start(c)
    line = c.resources.cue("line_noun")
    for at in range(max(start, c.m.start() - _LIMIT_LOOK - 4), c.m.start()):  # (a line's lookahead reads on)
        m = line.match(c.index.text, at)
        if m and m.end() <= c.m.start() and _RE_SETS_LINE.fullmatch(c.index.text, m.end(), c.m.start()):
            return "threshold"
    taken = c.resources.compiled("taken_as_line", _taken_as_line)
    return "threshold" if taken.match(c.index.text, c.m.end()) else None


def _taken_as_line(resources) -> re.Pattern:
    """An amount taken as the line (…元（2010年不变价）作为新的国家扶贫标准, …元的扶贫标准): after the amount, the line
    (cue role line_noun) it is taken as."""
    return re.compile(r"(?:[（(][^）)。]{0,20}[）)])?(?:的|作为[^，。；、]{0,6}?)(?:" + resources.cue("line_noun").pattern + ")")


def share_of_a_whole(c: Candidate) -> str | None:
    """占人口百分之九十五以上的人民群众, 占全国人口80%的农民: a share after 占 that describes the people or things
    named after it (…的 and a noun) is how things stand, a fact of the present even in a plan, and so is a share of a
    place's whole population or land (占全省总人口的9.4%, 占全省国土总面积的43%); not a bound
    (scope_condition), and not where a change or reach comes between (占比提高到60%以上的…)."""
    if c.unit == "%" and _RE_SHARE_OF_A_PLACE.search(c.index.text, max(clause_start(c), c.m.start() - 16), c.m.start()):
        return "achieved"  # 占全省总人口的12.5%, 占全省国土总面积的43%: how much of a place's people or land
    if c.unit != "%" or not _RE_DESCRIBES.match(c.index.text, c.m.end() - len(c.post)):
        return None
    share_word = c.index.last_before("占", c.core_start)
    if share_word < clause_start(c) or c.index.has_match(_RE_REACHES_ANYWHERE, share_word, c.core_start):
        return None
    return "achieved"


def eligibility_age(c: Candidate) -> str | None:
    """年满60周岁, 14岁以下子女, 80岁的老人, 0-17岁77324人: an age that bounds who is meant (after 满, 年满, 未满, 不满;
    with 以上, 以下, 以内; before 的, a noun or the count of the people of that age) is an eligibility condition, a
    threshold. An age that is
    measured (人均预期寿命达到76.7岁, 寿命从82.4岁提升至83.9岁), or one person's (80岁高龄的…, 今年81岁的…), is left to
    the later rules."""
    if c.category != "age" or c.index.has_match(_RE_MEASURED_AGE, clause_start(c), c.core_start):
        return None  # 人均预期寿命从2020年的82.4岁提升至83.9岁: a measure, not who is meant
    bounded = c.post in ("以上", "以下", "以内") or c.index.text.endswith(_AGE_BOUND, 0, c.m.start()) \
        or c.nxt == "的" or bool(re.match(r"[\u4e00-\u9fff\d０-９]", c.nxt or ""))  # 0-17岁77324人: those counted
    bounded = bounded or c.direction == "range"  # 0-17岁、18-34岁、…; 其中:0-17岁 | 22.52 |: a band of ages, listed
    if c.index.text.startswith(_ONES_OWN_AGE, c.m.end()) or c.index.text.endswith(_ONES_AGE_BEFORE, 0, c.m.start()):
        return None  # 80岁高龄的徐松年, 今年81岁的困难劳模: one person's age, told
    return "threshold" if bounded else None


#: What follows one person's age (80岁高龄, 90岁生日): the age of someone named, not a bound of who is meant.
_ONES_OWN_AGE = ("高龄", "生日", "寿辰", "寿诞", "华诞")
#: What tells one person's age before it (今年81岁的…, 现年65岁的…, 年仅23岁的…).
_ONES_AGE_BEFORE = ("今年", "现年", "年仅", "年近", "已经", "已")


def planned_starting_value(c: Candidate) -> str | None:
    """将由1957年的42%提高到60%: the level a change starts from, in a clause that plans the change (a plan
    cue before the number), is a baseline, though the cue makes the clause's other numbers targets; in a review, 将
    with the change's object between it and 由/从 marks that object (将特困职工标准每人从700元提高到900元: a change
    made, its levels results, as :func:`plan_cue` reads the level it reached)."""
    cue = c.index.last_match(c.resources.cue("plan"), clause_start(c), c.core_start)
    if cue is not None and c.part == "summary" and cue.group(0).startswith("将") and _marks_an_object(c, cue.end()):
        cue = None  # 将…从700元提高到900元 in a review: done (not 将由…提高到…, 将继续…)
    if starting_value(c) and (cue is not None or named_year(c) == "target"):
        return "baseline"  # a plan cue in its clause, or a year ahead named in its sentence (到2020年…从…提高到…)
    return None


def population_size(c: Candidate) -> str | None:
    """十几亿人口的消费潜力, 13亿人口的大国, 八亿农民, 13亿中国人, 数百万难民, 六亿人民: the size of a population stated in
    counts of 万 or 亿 (in 人口 or 人民, or a count right before the people it counts: cue role people_noun) is a fact of the
    present, even in a plan; not when a verb in its clause acts on the people (减少1000万贫困人口, 解决…人口的
    温饱, 转移, 新增 …: cue role acts_on_people). A crowd that names a campaign (10万职工劳动和技能竞赛) is a label."""
    in_myriads = counts_in_myriads(c) or not (c.chinese or c.post) and c.mult.startswith(("万", "亿"))  # 13亿;
    # not a bound (1000万以上贫困人口: a count the plan sets)
    before_people = not c.unit and in_myriads and c.resources.cue("people_noun").match(c.index.text, c.m.end())
    of_population = c.unit == "人口" or c.unit == "人" and c.index.text.startswith("民", c.m.end())  # 六亿人民
    if not before_people and (not of_population or not (c.mult or re.search("[万亿]", c.num))):
        return None
    if before_people and _RE_CROWD_EVENT.match(c.index.text, before_people.end()):
        return "label"  # 10万职工劳动和技能竞赛: the crowd names a campaign
    acted_on = c.index.has_match(c.resources.cue("acts_on_people"), clause_start(c), c.core_start)
    return None if acted_on else "achieved"


def population_of_a_place(c: Candidate) -> str | None:
    """少数民族人口244万人, 全县常住人口36.03万人, 总人口为102408人: the people of a place counted, right after its noun of
    population opening the clause (or after the place), is a fact of the present, even in a plan's opening; not in a
    sentence that looks ahead (到2025年，全市常住人口500万人左右), nor where a plan cue or a verb that acts on people
    stands before it in its clause (全省将累计新增城镇常住人口约600万人), or the count is reached (常住人口达到…)."""
    if c.category != "people" or c.unit not in ("人", "万人"):
        return None
    noun = _RE_POPULATION_OF_PLACE.search(c.index.text, max(0, c.core_start - _AREA_LOOK), c.core_start)
    sentence_start = c.index.last_before("。！？\n", c.core_start) + 1
    if noun is None or c.index.has_match(_RE_AHEAD, sentence_start, c.core_start) \
            or c.index.has_match(c.resources.cue("acts_on_people"), clause_start(c), c.core_start) \
            or c.index.has_match(c.resources.cue("plan"), clause_start(c), c.core_start):
        return None  # 全省将累计新增城镇常住人口约600万人: people a plan adds
    return "achieved" if _noun_of_a_place(c, noun) else None


#: A place's noun of population right before the number (少数民族人口, 常住人口为, 全县户籍总人口), with the place when named.
_RE_POPULATION_OF_PLACE = re.compile(r"((?:全|本)[市县区省州镇乡]|[\u4e00-\u9fff]{1,8}?[市县区省州镇乡])?"
                                     r"(?:常住|户籍|少数民族|城镇|乡村|农村)?总?人口(?:总数)?(?:为|约|共)?$")


def _noun_of_a_place(c: Candidate, noun: re.Match) -> bool:
    """Whether a noun of area or population (``noun``, its place in group 1) opens its clause or names its place
    (总面积…, 全市总面积, 兰州经济圈总面积, 少数民族人口…): the place's own measure, not one a task makes."""
    before = c.index.text[max(0, noun.start() - 1):noun.start()]
    return not before or before in "，。；：,;:\n" or bool(noun.group(1))


def units_of_a_place(c: Candidate) -> str | None:
    """鹤山市下辖10个镇（街）, 全乡现辖1个社区、19个行政村, …位于黑龙江省腹地，包括11个市的51个县: the administrative units a
    place is made of (辖, 下辖, 管辖 right before the count, or 包括 opening its clause), counted, are a fact of the
    present, even in a plan's opening; not 包括 inside what a task lists (整治125个村庄（包括63个省级补助村…）)."""
    if c.unit != "个" or not _RE_ADMINISTRATIVE_UNIT.match(c.index.text, c.m.end()):
        return None
    start = clause_start(c)
    before = c.index.text[start:c.core_start]
    if _RE_GOVERNS.search(before) or _RE_MADE_OF.fullmatch(before):
        return "achieved"
    return None


#: What a place governs, right before the count (下辖, 现辖, 辖, the count's list after it: 1个社区、19个行政村 reads on; not the
#: nouns 直辖市, 市辖区, 辖区).
_RE_GOVERNS = re.compile(r"(?:下|现|共|管)?(?<![直市])辖(?!区)(?:[^，。；]{0,24}、)?$")
#: A clause that opens on what a region includes, the count after it, perhaps after another count (包括11个市的51个县).
_RE_MADE_OF = re.compile(r"(?:包括|包含|涵盖)(?:[\d一二三四五六七八九十]+个[\u4e00-\u9fff]{1,3}的)?")
#: The administrative units a place is made of, right after the count (个县（市、区）, 个镇（街）, 个行政村, 个社区).
_RE_ADMINISTRATIVE_UNIT = re.compile(r"(?:[\u4e00-\u9fff]{0,3}?)(?:市|县|区|乡|镇|街道|行政村|村|社区|州|旗|盟)(?![\u4e00-\u9fff]{0,2}(?:项目|工程|建设))")


def area_of_a_place(c: Candidate) -> str | None:
    """总面积6.1万平方公里, 全市国土面积1.2万平方公里, 辖区面积…: the area of a place or region, its noun of area opening
    the clause or right after the place (全市, …州, 规划范围), is a fact of the present, even in a plan's opening; not
    an area a task builds or changes (新建厂房总面积10万平方米: the noun follows what is made, not a place). So is a
    length or area within a place's borders (境内黄河干流长度1694公里) and a long-run average (多年平均出境水量达264.3亿
    立方米): measured, not set; and so is an area right before the land it measures (闵行372平方公里的土地上), and an
    area in square kilometres in a clause that is only 面积 and the number (…，包括11个市…，面积28.9万平方公里，…)."""
    if c.category in ("length", "area", "volume") and _RE_MEASURED_FACT.search(
            c.index.text, max(clause_start(c), c.core_start - _AREA_LOOK), c.core_start):
        return "achieved"
    if c.category != "area":
        return None
    if _RE_EXTENT_OF_LAND.match(c.index.text, c.m.end()):
        return "achieved"  # 闵行372平方公里的土地上: the extent of a place's land
    if c.unit == "平方公里" and _RE_BARE_AREA.fullmatch(c.index.text, clause_start(c), c.core_start):
        return "achieved"  # …位于黑龙江省腹地，包括…，面积28.9万平方公里，人口2367万人: a region's extent, told in a clause
        # of its own (in square kilometres: a building's or a task's area is told in square metres or mu)
    noun = _RE_AREA_OF_PLACE.search(c.index.text, max(0, c.core_start - _AREA_LOOK), c.core_start)
    if noun is None:
        return None
    return "achieved" if _noun_of_a_place(c, noun) else None  # 全市总面积, 兰州经济圈总面积


#: A place's area noun right before the number (总面积, 国土面积为, 全市陆域面积约), with the place when it is named.
_RE_AREA_OF_PLACE = re.compile(r"((?:全|本)[市县区省州镇乡]|[\u4e00-\u9fff]{1,8}?[市县区省州镇乡圈带]|规划范围)?"
                               r"(?:总|国土|辖区|行政区域|区域|陆域|土地)总?面积(?:为|约|达|近|共)?$")
#: A clause that is only the noun of area before the number (，面积28.9万平方公里，).
_RE_BARE_AREA = re.compile(r"面积(?:为|约|达|近|共)?")
#: The land a place's area measures, right after it (372平方公里的土地上, 1.2万平方公里热土): the place's extent, a fact.
_RE_EXTENT_OF_LAND = re.compile(r"的?(?:土地|热土|大地|区域内|范围内)(?:上|里|中)?")
#: A measure of what lies within a place's borders, or a long-run average, right before the number.
_RE_MEASURED_FACT = re.compile(r"(?:境内[^，。；！？,;]{0,10}?(?:长度|全长|总长|长|面积)|多年平均[^，。；！？,;]{0,10}?)"
                               r"(?:为|约|达|近|共)?$")
#: How far before the number its area noun is looked for (characters).
_AREA_LOOK = 16


#: Already (已开工, 已经完成): what was done, after a plan cue that names what was planned.
_RE_ALREADY = re.compile(r"已经|(?<![而])已(?![婚])")
#: A perfective 了 later in the number's clause (将收集的24件代表提案…进行了办理): 将 marked the object of what was done;
#: not a 了 that closes the clause (将只占百分之二十九左右了: what will then be so).
_RE_DONE_LATER = re.compile(r"[^，。；！？,;]*?了(?![解却结断然]|[，。；！？,;]|$)")
#: After 将 meaning 'will': an adverb, a modal or a verb first (将继续, 将进一步, 将在, 将于, 将有, 将提高).
_RE_WILL_FOLLOWS = re.compile(rf"(?:继续|进一步|逐步|全面|大力|加快|努力|力争|基本|全部|陆续|再|又|更|会|可|能|在|于|从|对|向|为|有|是|比"
                              rf"|达到?|实现|完成|新增|新建|建成|超过|突破|{CHANGE_VERBS})")
#: A verb of change right before the number, after 将 and its object (…提高1倍, …提高到100%, …调整为).
_RE_DISPOSAL = re.compile(rf"(?:{CHANGE_VERBS})(?:到|至|为)?$")
_RE_CLAUSE_MARK = re.compile(r"[，,；;。：:]")
#: An estimate before 将 (今年预计将达二万五千五百公里, 预计在一九五四年又将…): in a review, the expected result of the
#: year being reported, not a commitment; unless the clause looks ahead (预计明年春耕时将达…).
_RE_ESTIMATE_BEFORE = re.compile(r"预计[^，。；]{0,12}$")
#: (未来产业, 未来科技 …: new industries' names, not the time ahead; as the time cue of time_cues.csv reads them.)
_RE_AHEAD = re.compile(r"明年|下一步|今后|未来(?!产业|科技|技术|城市|社区|工厂|学校|乡村|网络|制造|能源)|到[0-9一二〇零九]{4}年")


#: A result told against its target, right before the margin (高于预期目标2个百分点, 超预期目标21.32亿元, 低于年度目标0.4个百分点),
#: the target's own figure in brackets or not (超过年初预期目标(6.5%)0.2个百分点), or against what was expected or planned
#: without naming a target (高于预期0.4个百分点, 比预期高0.5个百分点, 超计划12%), or the task beaten (超建设任务200多亩).
_RE_BEYOND_TARGET = re.compile(r"(?:(?:高于|低于|超过|超出|超|好于|快于|慢于|多于|少于)(?:[省市区县]?(?:人代会|人大|两会))?"
                               r"(?:(?:国家|中央|省|市|区|县|上级)?下达的?)?(?:年初|年度)?"
                               r"(?:(?:预期|年度|年初|计划|调控|省定|市定)?"
                               r"(?:目标|(?<=下达)任务|(?<=下达的)任务)(?:[（(][^（）()，。；]{1,16}[）)])?|预期|计划)"
                               r"|(?:超|超过|超出|超额完成)(?:建设|年度|全年|计划|目标)?任务"
                               r"|比(?:年初)?(?:预期|计划)(?:目标)?(?:高出?|低|快|慢|多|少|增加|减少))的?$")


def margin_over_target(c: Candidate) -> str | None:
    """高于预期目标2个百分点, 超出国家下达任务433万吨: the margin by which a result beat or missed its target or the task
    set from above is a result, though 目标 is a plan cue; unless a plan cue stands before it in its clause
    (力争高于预期目标1个百分点: a margin aimed at)."""
    beyond = _RE_BEYOND_TARGET.search(c.index.text, max(0, c.m.start() - 28), c.m.start())
    if beyond is None or c.index.has_match(c.resources.cue("plan"), clause_start(c), beyond.start()):
        return None
    return "achieved"


def plan_cue(c: Candidate) -> str | None:
    """力争到2019年底…: a plan cue (cue role plan) in the clause before the number makes it a target, even in a
    summary; not when 已 (已经) stands between them (计划新开工项目已开工51个: the plan names the projects, 已 reports
    how many started), nor, in a summary, when the cue is 将 after 预计 (今年预计将达…: an estimate of the
    year's result) and nothing in the clause looks ahead (预计明年春耕时将达…), or 将 marks the object of what
    was done (将…标准提高1倍; 将收集的24件提案…进行了办理: a perfective 了 after the number), nor, in a summary, when
    what came of the things counted follows the number (…目标中9项能够达到: how many of the planned were met). A clause
    that is only a plan's cue and its deadline or span (计划到2027年，; 计划用3年左右时间，) makes the numbers of the clauses
    after it in its sentence targets, unless a look back stands between (计划到2020年，…，目前已建成…)."""
    start = clause_start(c)
    sentence_start = c.index.sentence_bounds(c.core_start)[0]
    planned = c.index.last_match(_RE_PLANNED_BY_A_YEAR, sentence_start, start)
    if planned and not c.index.has_match(c.resources.cue("achieved"), planned.end(), c.core_start):
        return "target"  # …开展了十多年的…，计划到2027年，安徽省建设1000个…，…达到1万个以上: a clause of the plan's cue and
        # its deadline opens what the clauses after it say will be done, whatever looked back before it
    opening = _RE_OPENS_ON_INTENT.match(c.index.text, sentence_start)
    if opening and not c.index.has_match(_RE_TOLD_DONE, opening.end(), c.core_start):
        return "target"  # 力争固定资产投资增幅16%以上、…，财政总收入达到20亿元、增幅12%以上，…: a sentence that opens on
        # the aim governs its clauses (round 226's 鄂城 story, after the stop's final check)
    cue = c.index.last_match(c.resources.cue("plan"), start, c.core_start) or _cue_of_the_clauses_before(c, start)
    if cue is None or c.index.has_match(_RE_ALREADY, cue.end(), c.core_start):
        return None
    if c.part == "summary" and cue.group(0).startswith("将") and (_is_estimate(c, cue.start())
                                                                 or _marks_an_object(c, cue.end())
                                                                 or _RE_DONE_LATER.match(c.index.text, c.m.end())):
        return None  # 今年预计将达…: what the review expects the year to have come to; 将…标准提高1倍, 将收集的24件
        # 提案…进行了办理: what it did
    if c.part == "summary" and _RE_HOW_MANY_MET.match(c.index.text, c.m.end()):
        return None  # 12项主要预期目标中9项能够达到、3项与预期目标存在差距: how many of the planned were met, a result
    return "target"


def _cue_of_the_clauses_before(c: Candidate, start: int) -> re.Match | None:
    """The plan cue of intent (计划, 力争, 确保, 要 …) of the clause right before the number's, when the number's clause goes on with what
    was planned there (全市工会计划投入资金超1720万元，走访慰问各类劳动者10万人次): the clauses between are joined by
    commas only, each opens on a verb (no subject, time or place of its own), or the number's tells the reach of the
    clause before (将投入…开展…活动，惠及职工10万余人: any cue of the plan, 将 too), and neither they nor the number's
    clause report (no cue of a result, no 已: 计划投资80亿元，完成65亿元; 计划新开工50个，已开工51个; nor the plan's verb
    again: 计划新开工项目50个，开工51个)."""
    if start < 2 or c.index.text[start - 1] != "，":
        return None
    sentence_start = c.index.sentence_bounds(c.core_start)[0]
    before = c.index.last_before("，；。\n：:", start - 1) + 1
    if before < sentence_start:
        return None
    cue = c.index.last_match(c.resources.cue("plan"), before, start - 1)
    tells_the_reach = c.index.text.startswith(_REACH_OPENS, start)
    if cue is None or not tells_the_reach and (not cue.group(0).startswith(_INTENT_VERBS)
                                               or c.index.text[start] not in _VERB_OPENS):
        return None
    if c.index.text[start:start + 2] in c.index.text[cue.end():start - 1]:
        return None  # 计划新开工项目50个，开工51个: the same verb again tells what came of the plan
    if c.index.has_match(c.resources.cue("achieved"), cue.end(), c.core_start) \
            or c.index.has_match(_RE_RESULT_WORD, cue.end(), c.core_start):
        return None
    return cue


#: The cues of intent whose reach goes on over the clauses after (not 将, 预期, 目标是 …: 低于预期目标的情况下，实现…增长8.9%).
_INTENT_VERBS = ("计划", "力争", "确保", "拟", "要", "争取", "努力", "必须", "务必")
#: What a clause that goes on with the plan before it opens on: a verb of doing (走访慰问…, 帮扶…, 新建…), no subject.
_VERB_OPENS = frozenset("走慰帮救资发开举组建新培推实完提增创打送扶改修购投引设配")
#: What a clause that tells the reach of the clause before opens on (将投入610万元开展…活动，惠及职工10万余人): it
#: follows any cue of the plan there, 将 too, since it says what the planned deed is to come to.
_REACH_OPENS = ("惠及", "覆盖", "带动", "辐射", "受益")
#: Words of a result that the achieved cues may not list (实际, 完成, 实现了, 达到了).
_RE_RESULT_WORD = re.compile(r"实际|完成|已|了")


#: A sentence that opens on the aim (力争…, 确保…): it reaches over the sentence's clauses, up to a word that tells
#: what was done (:data:`_RE_TOLD_DONE`); the aims' own words of comparison (同比增长15%以上) do not stop it. Not 争取,
#: which in a review tells what was won (争取国家政策性资金超千亿元).
_RE_OPENS_ON_INTENT = re.compile(r"\s*(?:力争|确保)")
#: Words that tell what was done, after an opening aim (已, 曾, 实际, a perfective 了: 力争早日建成，目前已完成投资3亿元);
#: not 完成, which an aim names as often (:data:`_RE_RESULT_WORD` has it).
_RE_TOLD_DONE = re.compile(r"已|曾|实际|(?<![为除])了(?![解却结])")
#: A clause that is only a plan's cue and the year it is to be done by (计划到2027年，; 力争到2025年底，) or the span it
#: takes (计划用3年左右时间，; 力争在三年内，).
_RE_PLANNED_BY_A_YEAR = re.compile(r"(?:计划|力争|争取|确保)(?:到(?:19|20)\d{2}年(?:底|末)?"
                                   r"|用[一二两三四五六七八九十\d]{1,2}年(?:左右)?(?:的)?时间"
                                   r"|在[一二两三四五六七八九十\d]{1,2}年(?:之?内|时间内))[，,]")


def forecast_for_a_later_year(c: Candidate) -> str | None:
    """…已陆续开工建设西延高铁…，预计到2025年新建铁路总里程达540公里 (a 2023 story): what is expected by a year after the
    text's own period, in the number's clause, is a target, whatever the sentence looked back on before; not an
    estimate for the year being told (预计到2023年底，全年完成…: the year's result) nor any year when the period is
    unknown."""
    last = c.period[1] or c.period[0]
    if last is None:
        return None
    forecast = c.index.last_match(_RE_FORECAST_BY_A_YEAR, clause_start(c), c.core_start)
    if forecast is None or year_value(forecast.group(1)) <= last:
        return None
    return None if c.index.has_match(_RE_ALREADY, forecast.end(), c.core_start) else "target"


#: An expectation by a year (预计到2025年, 预计至2030年底).
_RE_FORECAST_BY_A_YEAR = re.compile(r"预计(?:到|至)((?:19|20)\d{2})年")


def standing_commitment(c: Candidate) -> str | None:
    """从今年起，省总工会每年设置5000万元资金, 从今年起，也按4000元/年的标准予以资助: a yearly figure (每年 before it, a rate
    per year after it) set from this year (or the next) on, the time in the clause right before, is a standing
    commitment, a target, even in a news story's review; the plan cue in the number's own clause (:func:`plan_cue`)
    cannot see it."""
    start = clause_start(c)
    if _RE_FROM_NOW_ON.search(c.index.text, max(0, start - 12), start) \
            and (_RE_EVERY_YEAR.search(c.index.text, start, c.core_start) or _RE_PER_YEAR.match(c.index.text, c.m.end())):
        return "target"  # …每年设置5000万元; 从今年起，也按4000元/年的标准予以资助
    return None


#: From this year (or the next) on, ending the clause before a number's (从今年起，…).
_RE_FROM_NOW_ON = re.compile(r"(?:从|自)(?:今年|明年|本年度?|下一?年度?)(?:起|开始)[，,]\s*$")
#: Every year, in the number's clause.
_RE_EVERY_YEAR = re.compile(r"每年")
#: A rate per year right after the number (4000元/年, 元/人/年, 元每人每年).
_RE_PER_YEAR = re.compile(r"\s*(?:[/每]\s*人\s*)?[/每]\s*年")


#: After a count in a review: what came of the things counted (…中9项能够达到或超额完成, 3项与预期目标存在差距).
_RE_HOW_MANY_MET = re.compile(r"(?:能够|可以|已经?|基本|全部|均|没有|未能?)?(?:达到|完成|实现|超额|超过|达标)"
                              r"|与[^，。；、]{0,8}(?:存在|有)差距")


def _marks_an_object(c: Candidate, after_cue: int) -> bool:
    """将 that marks the object of a change (将价格临时补贴标准提高1倍, 将…比例提高到100%): a noun follows it, not a
    verb, adverb or comparison (将继续, 将进一步提高, 将比去年增长, 将由…), and a verb of change stands right before the
    number, in the same clause, or the number is where the change started (将…标准每人从700元提高到900元)."""
    between = c.index.text[after_cue:c.core_start]
    return len(between) > 2 and not _RE_WILL_FOLLOWS.match(between) and not between.startswith("由") \
        and not _RE_CLAUSE_MARK.search(between) \
        and bool(_RE_DISPOSAL.search(between, 1) or starting_value(c))  # 将…标准每人从700元提高到…: where it started


def _is_estimate(c: Candidate, cue_start: int) -> bool:
    """预计 shortly before the cue in the number's clause, and nothing there looking ahead (明年, 今后, 到2020年)."""
    start = clause_start(c)
    return bool(_RE_ESTIMATE_BEFORE.search(c.index.text, max(start, cue_start - 14), cue_start)) \
        and not c.index.has_match(_RE_AHEAD, start, c.core_start)


def planned_figure(c: Candidate) -> str | None:
    """收入任务174万, 年初预算1184万, 原定计划四百二十七亿元, 目标为30%, 预算赤字1503亿元: a number a plan's noun
    states (任务, 预算, 计划, 目标 right before it, before 为, 是, 数, in brackets after it: 年初目标（6.5%）, or before the
    item it plans: 赤字, 投资; not
    预算收入, also the name of a statistic) is the planned figure, a target, even in a review, unless something was done to it (节减了预算支出…); so is a
    figure named as the target (高于年初人代会12%的目标14.4个百分点: 12%, not the margin after it; an amount before
    目标任务: 超额完成了…90万元目标任务); a share right
    after the noun is how much of the plan was done (完成年计划27%), unless a bound follows it (控制在省定目标3.0%以内: the
    target's own figure), and what was done against it (完成198万) is
    read by the rules after; so is the margin a result beats the plan by (优于国家考核目标14.6个百分点), and, in a
    review, a task done or won (完成“三北”工程建设任务6063万亩, 争取国家…建设任务162项); a count of missions (执行任务309次) is no
    plan's figure."""
    if _RE_OF_TARGET.match(c.index.text, c.m.end()):
        return "target"  # 高于年初人代会12%的目标: the figure the target is
    start = max(clause_start(c), c.m.start() - 6)
    share = c.unit == "%" or "分之" in c.num or c.num == "一半"  # 完成年计划27%, 超过年度计划百分之四: done against it
    if c.category in _MEASURED_CATEGORIES and not share and _RE_AMOUNT_OF_TARGET.match(c.index.text, c.m.end()):
        return "target"  # 超额完成了县里争资跑项90万元目标任务: an amount named as the target (not 80%的目标任务)
    done = c.resources.cue("achieved")  # 节减了预算支出2.45亿元: what was done to the planned figure
    between = [c.index.text[m.end():c.m.start()] for m in _RE_PLAN_NOUN.finditer(c.index.text, start, c.m.start())
               if not c.index.has_match(done, clause_start(c), m.start())
               and not _RE_FIGURE_OF.search(c.index.text, max(0, m.start() - 6), m.start())  # 12%的目标14.4个百分点
               and not (c.unit == "个百分点"  # 优于…目标14.6个百分点 (not 超过原定计划四百二十七亿元的…: the plan's figure)
                        and _RE_COMPARED_WITH.search(c.index.text, max(0, m.start() - 12), m.start()))
               and not _done_in_review(c, m.start())  # 完成“三北”工程建设任务6063万亩: what the review reports
               and not (m.group() == "指标" and c.unit in _LIST_UNITS + ("个",))  # 主要指标30项: how many indicators
               and not (m.group() == "任务" and c.unit in _OCCURRENCE_UNITS)]  # 执行任务309次: how often missions were flown
    return "target" if any(b in ("为", "是", "（", "(") or b in _PLANNED_ITEMS and not share
                           or b == "" and share and c.post in ("以内", "以下", "左右") for b in between) else None  # 控制在…目标3.0%以内


#: Units that count how often something was done (执行任务309次, round 211): after 任务 no plan's figure, a count of missions.
_OCCURRENCE_UNITS = ("次", "起", "架次")


def _done_in_review(c: Candidate, noun_start: int) -> bool:
    """In a review, a verb of completing or obtaining before the plan's noun in the number's clause (完成…任务6063万亩,
    争取国家…建设任务162项): the figure is what was done or won, not what was planned."""
    if c.part != "summary":
        return False
    verb = c.index.last_match(_RE_DONE_TO_PLAN, max(clause_start(c), noun_start - _DONE_LOOK), noun_start)
    return verb is not None and "比" not in c.index.text[verb.end():noun_start]  # not 完成预算的96.98%，比预算数…


def task_with_progress(c: Candidate) -> str | None:
    """15个农村幸福院建设已完成8个, 新改扩建20所公办幼儿园，已推动开工建设7所, 2000个行政村环境连片整治（2013-2017年）:
    a count that names a task, followed in
    its clause by what of it is done (a verb of completion and another number) or by the task's span of years
    in brackets, is the task's size, a target, even in a review; the number done is read by the rules after.
    Not a list of projects (63个区本级重点项目已开工43个: the size of a set of named projects)."""
    if not c.unit or c.chinese:
        return None
    return "target" if _RE_TASK_DONE.match(c.index.text, c.m.end()) or _RE_TASK_PERIOD.match(c.index.text, c.m.end()) \
        else None


def assigned_task(c: Candidate) -> str | None:
    """超额完成区总下达的1500人参保任务, 完成…三年行动计划确定的22个传统商圈改造提升任务: the size of a task set from
    above or by a plan (下达的, 确定的, 分配的, 交办的 right before the number, 任务 after it in its clause) is a target,
    even in a review that tells it was done; the result beside it is read by the other rules. Not a count of items
    (下达的47项…指标, 确定的6大类31项主要指标: the size of a list, read by the rules after)."""
    if not c.unit or c.unit in _LIST_UNITS or c.index.text[max(0, c.m.start() - 3):c.m.start()] not in _ASSIGNED:
        return None
    return "target" if _RE_TASK_AFTER.match(c.index.text, c.m.end()) else None


#: What sets a task right before its size (区总下达的1500人…任务).
_ASSIGNED = ("下达的", "确定的", "分配的", "交办的")
#: Units that count the items of a list or its classes, not what a task will do.
_LIST_UNITS = ("项", "类", "大类", "条", "款")
#: The rest of a task's clause up to 任务 (…参保任务, …工会驿站建设任务).
_RE_TASK_AFTER = re.compile(r"[^，。；、：,;:\d]{0,16}?任务")


def quota_or_plan_figure(c: Candidate) -> str | None:
    """省市下达我县全年粮食生产任务面积182万亩、产量15.65亿斤; 完成年计划710亿元的89.4%, 完成年度目标(45万人)的27.8% (round
    191's department summary and plan-execution report, round 194's news): a quota set from above (下达…任务, then its figures in the sentence) or the plan's figure a
    result is measured against (完成年计划…的) is a target, even in a review; not a figure after a word of what was done
    (下达任务182万亩，实际完成185万亩) or the share of the quota done (完成下达任务的103%), nor a count of a list's items
    (下达的47项指标)."""
    if c.unit in _LIST_UNITS:
        return None
    text = c.index.text
    if _RE_PLAN_FIGURE_BEFORE.search(text, max(0, c.m.start() - 10), c.m.start()) and _RE_SHARE_AFTER.match(text, c.m.end()):
        return "target"  # 完成年计划710亿元的89.4%: the plan's figure; the share done is read by the rules after
    sentence_start = c.index.sentence_bounds(c.core_start)[0]
    quota = c.index.last_match(_RE_QUOTA_SET, sentence_start, c.core_start)
    if quota is None or text.startswith("的", quota.end()) \
            or c.index.has_match(_RE_DONE_AFTER_QUOTA, quota.end(), c.core_start) \
            or c.index.has_match(c.resources.cue("achieved"), quota.end(), c.core_start):
        return None
    return "target"


#: A result's measure against the plan's figure, right before that figure (完成年计划, 为全年目标, 占年度任务).
_RE_PLAN_FIGURE_BEFORE = re.compile(r"(?:完成|达到|实现|占|为)了?(?:年|全年|年度)(?:计划|预期目标|目标|任务)(?:数)?[（(]?$")
#: …的89.4%: the share of the plan's figure that was done, right after it (or after the bracket it is written in:
#: 完成年度目标(45万人)的27.8%).
_RE_SHARE_AFTER = re.compile(r"[）)]?的\s*(?:\d|百分之)")
#: A quota set from above: 下达 and, within its clause, 任务 (省市下达我县全年粮食生产任务面积…, 下达生猪复产增养任务是…).
_RE_QUOTA_SET = re.compile(r"下达(?:给)?[^，。；：,;:！？\d]{0,14}?任务(?:是|为|数)?")
#: What was done, after the quota and before a figure (实际完成, 已完成, 超额完成): that figure is a result.
_RE_DONE_AFTER_QUOTA = re.compile(r"完成|实际|已|超额|达到")


def task_with_its_lead(c: Candidate) -> str | None:
    """一、减少农村扶贫对象6.76万人；实施易地扶贫搬迁18695人。（责任单位：市扶贫办…）: a number in a sentence that names
    the unit that leads it, in brackets inside or right after it, restates a task as the plan set it (a progress
    report's task list), a target even in a review (in a part that plans, the rules after make it one); what was done follows apart (此项工作已完成。
    截至…完成…). Every such number the blind rounds' labellers marked is a target or an item's number."""
    if c.part in PLANNING_PARTS:
        return None  # a plan's figures are targets by the rules after (commitment), the evidence they record
    stop = c.index.first_from(_SENTENCE_STOPS, c.m.end())  # found by the index: a long sentence costs linear time
    stop = len(c.index.text) if stop < 0 else stop
    after = stop + 1 if stop < len(c.index.text) and c.index.text[stop] != "\n" else stop
    return "target" if c.index.has_match(_RE_LEAD_UNIT, c.m.end(), stop) \
        or _RE_LEAD_UNIT.match(c.index.text, after) else None


#: Where a sentence the bracket of its lead unit may follow ends: its full stop (a ； goes on) or the line.
_SENTENCE_STOPS = "。！？!?\n"
#: The bracket naming who leads a task (（责任单位：市扶贫办）, (牵头单位:市发改委), （责任领导：…）).
_RE_LEAD_UNIT = re.compile(r"\s*[（(]\s*(?:责任|牵头|主责|责任牵头)(?:单位|部门|领导|处室|科室)\s*[:：]")


def stated_floor(c: Candidate) -> str | None:
    """不少于3个, 不低于12%: a floor set for a figure is a commitment, in a summary part too (a progress report that
    restates its task, 1.引进…投资项目不少于3个；; a story that relays a plan, …同比增长不低于12%): every such figure the
    blind rounds' labellers marked is a target. Before 的 it bounds a class (收入不低于2000万元的企业): a threshold. Not a
    cap (不超过3%: a review reports prices kept within it)."""
    if c.pre not in _FLOORS:
        return None
    # 年销售收入不低于2000万元的企业: a measure's floor before 的 bounds a class, its scope; not a share of the things after
    # it (不低于35%的行政村) nor a count of what is done (开展不少于20场次的…活动: a target)
    return "threshold" if c.nxt == "的" and c.category in _MEASURES else "target"


#: The qualifiers before a number that set a floor.
_FLOORS = ("不少于", "不低于")
#: The unit categories of a measure whose floor can bound a class of things (收入不低于2000万元的企业).
_MEASURES = ("currency", "area", "weight", "length", "volume", "energy", "power", "concentration", "freight")


def prize_won(c: Candidate) -> str | None:
    """年内，市总工会获…选拔赛团体第五名, 荣获…创意大赛三等奖, 分获团体前3名 (round 221): a place or a prize won (its
    verb in the number's clause) is a result, even in a part that plans; not where a plan cue stands before it in the
    sentence (力争获得团体前三名, 要…获得第一名: aimed at), nor a prize counted (共获得5个一等奖: the count, not the
    grade, is the quantity)."""
    if not (c.unit == "名" and c.prev in ("第", "前") or c.unit == "等" and c.index.text.startswith("奖", c.m.end())):
        return None
    start = clause_start(c)
    if not c.index.has_match(RE_WON, start, c.core_start):
        return None
    sentence_start = c.index.sentence_bounds(c.core_start)[0]
    return None if c.index.has_match(c.resources.cue("plan"), sentence_start, c.core_start) else "achieved"


def told_as_done(c: Candidate) -> str | None:
    """组织开展了20项市级职业技能竞赛，有2万余名技术工人参与其中，…参加省级大赛18项 (round 180's union story, read as plan):
    in a part that plans, a sentence whose earlier clause tells with the perfective 了 what was done goes on telling it,
    so its later numbers are results too (在此基础上 goes on with it); not where a plan cue, the plan's year (今年, 年内 …)
    or a word for what is next, what would be or what is set (下一步, 如果, 安排 …) stands between the 了 and the number (先后在58个城市进行了试点，今年试点城市扩大
    到110个: the plan's year turns the sentence ahead)."""
    if c.part not in PLANNING_PARTS:
        return None
    sentence_start, own = c.index.sentence_bounds(c.core_start)[0], clause_start(c)
    done = c.index.last_match(_RE_PERFECTIVE, sentence_start, own) if own > sentence_start else None
    if done is None:
        return None
    turns = (c.resources.cue("plan"), _RE_THIS_YEAR, _RE_TURNS_AHEAD)
    return None if any(c.index.has_match(rx, done.end(), c.core_start) for rx in turns) else "achieved"


#: The perfective 了 after a verb (开展了, 建立了), as the achieved cue of ``cue_words.csv`` reads it: not 为了, 了解, nor
#: what a plan has set or what announced it (安排了, 明确了; 公布了11件…实事项目，覆盖职工526.2万人次: the items are planned).
_RE_PERFECTIVE = re.compile(r"(?<![为除不罢])(?<!安排)(?<!部署)(?<!规划)(?<!确定)(?<!明确)(?<!公布)(?<!发布)(?<!印发)(?<!出台)"
                            r"(?<!提出)(?<!推出)(?<!制定)(?<!下达)了(?![解却结断然])(?=[\u4e00-\u9fff\d])")
#: Words after a 了 that turn a sentence from what was done to what is next (下一步, 今后, 下半年 …), to what would be
#: (如果…就可以节省出七十亿到一百亿元) or to what is set (…，分别安排了一百四十四万担的产量).
_RE_TURNS_AHEAD = re.compile(r"下一步|今后|下半年|未来|接下来|如果|假如|倘若|如能|若能|一旦|安排|部署|规划|计划")


def this_occasion(c: Candidate) -> str | None:
    """本次“暖冬行动”集中慰问活动慰问一线劳动者795名，共计13.5万元。下一步，…将… (round 170's 彬州 story): a sentence that
    opens on this occasion (本次, 此次, 这次), perhaps after a word that it is reported (据悉，), tells what the event did, a
    result, even where the paragraph goes on to plan; not when a plan cue stands before the number in the sentence
    (此次活动将…, 此次竞赛计划…), nor a sentence on what the occasion is for (这次全委会的主要任务是…)."""
    start = c.index.sentence_bounds(c.core_start)[0]
    if not _RE_THIS_OCCASION.match(c.index.text, start):
        return None
    return None if c.index.has_match(c.resources.cue("plan"), start, c.core_start) else "achieved"


#: A sentence's opening on the occasion just told (本次活动…, 此次救助…); not on what it is for (这次全委会的主要任务是…).
_RE_THIS_OCCASION = re.compile(r"\s*(?:(?:据悉|据了解|据介绍|据统计)[，,]\s*)?"  # reported (据悉，本次集中开工项目10项, round 202)
                               r"(?:本次|此次|这次)(?![^，。；]{0,16}?(?:任务|目的|主题|宗旨|意义|要求))")


def achieved_cue(c: Candidate) -> str | None:
    """截至…, 荣获, 已完成, 过去五年, 去年, 增长了: a look back earlier in the sentence makes the number a result
    (cue role achieved). In a part that plans, the cue must be in the number's own clause: 先后在58个城市
    进行了试点，今年试点城市扩大到110个 looks back for 58, not for 110. A cue in the introduction of a list
    that plans (提出了…主要预期目标：…) is not read for the list's items after its colon, nor 同比 after a sentence's
    call of its targets (主要目标是：…，同比增长5%: the targets' change on the year before, see called_targets)."""
    sentence_start = c.index.sentence_bounds(c.core_start)[0]
    start = clause_start(c) if c.part in PLANNING_PARTS and not _opens_on_a_cutoff(c, sentence_start) \
        else sentence_start
    reported = _RE_REPORTED_BEFORE.search(c.index.text, max(sentence_start, start - 8), start)
    start = reported.start() if reported else start  # 据了解，厦门职场女性有67万人: the clause before says it is a fact
    colon = c.index.last_before("：:", c.core_start)
    if colon > start and c.index.has_match(c.resources.cue("plan"), start, colon):
        start = colon + 1  # 报告中提出了2019年主要预期目标：…增长18%: the 了 announced the list, it did not reach it
    cue = c.index.last_match(c.resources.cue("achieved"), start, c.core_start)
    if cue is None:
        return None
    if cue.group(0) != "同比":
        return "achieved"
    if c.index.has_match(_RE_TARGETS_ARE, c.index.last_before(_FULL_STOP, cue.start()) + 1, cue.start()):
        return None  # 主要目标是：预计财政总收入10000万元，同比增长5%: a target's change on the year before
    if c.part in PLANNING_PARTS and (c.post in _GOAL_BOUNDS or _RE_WHOLE_YEAR.search(c.index.text, start, cue.start())):
        return None  # 上争资金同比增长20%以上; 全年农林牧渔业总产值同比增长10%: in a part that plans, a change on the year
        # before that is bounded as a goal is, or that is the whole year's, is set, not measured
    return "achieved"


#: The bounds a goal is set with after its number (增长20%以上, 增长6%左右), as a result is seldom told.
_GOAL_BOUNDS = ("以上", "左右")
#: A clause on the whole of the year (全年…, 今年…, 年度…): in a part that plans, the year ahead.
_RE_WHOLE_YEAR = re.compile(r"全年|今年|年度")


#: What says that what follows is found out, a fact (据了解，…; 据统计，…).
_REPORTED = r"据(?:了解|统计|初步统计|不完全统计)"
#: A sentence's first clause that is only a cutoff date (截至11月18日，…; 截止目前，…) or a fact's lead.
_RE_CUTOFF_CLAUSE = re.compile(rf"\s*(?:截[至止]到?[^，,。；;：:]{{1,14}}|{_REPORTED})[，,]")
#: A fact's lead right before a number's clause (…，据了解，厦门职场女性有67万人).
_RE_REPORTED_BEFORE = re.compile(rf"{_REPORTED}[，,]\s*$")


def _opens_on_a_cutoff(c: Candidate, sentence_start: int) -> bool:
    """截至11月18日，累计资助困难青少年10人: a sentence that opens on a cutoff date reports what stood by then in
    every clause; not when the date is in or after the plan's first year (截至2025年底，… in a plan for 2025:
    a deadline)."""
    cutoff = _RE_CUTOFF_CLAUSE.match(c.index.text, sentence_start)
    if cutoff is None:
        return False
    first = c.period[0]
    return first is None or all(year_value(m.group(1)) < first for m in _RE_YEAR.finditer(cutoff.group(0)))


def named_year(c: Candidate) -> str | None:
    """2009年国内生产总值达到…: the last year named before the number in its sentence places it in time —
    before the plan's period, a result; after it, or 到/至 a year from the period's start on (not the end of a
    span of dates, 2020年1月至2020年12月), or a budget of the plan's year, a target. 比2010年 (the base of a
    comparison) and 由/从1957年 (where a change or a period starts) are passed over for a year before them
    (:func:`_placing_year`); 面向2030年的 (what a thing is for) decides nothing."""
    first, last = c.period
    if first is None:
        return None
    year = _placing_year(c)
    if year is None:
        return None
    value = int(year.group(1)) if year.group(1).isdigit() else digit_string(year.group(1))
    if c.index.text[max(0, year.start() - 1):year.start()] in ("到", "至") \
            and c.index.text[max(0, year.start() - 2):year.start() - 1] not in _DATE_ENDS:
        return "target" if value >= first else None  # 到2020年: the time a target is set for (not the end of a
        # span of dates, 2020年1月至2020年12月: a time the number is of, placed as any other year)
    if c.index.text.endswith(_YEAR_OF_A_NOUN, max(0, year.start() - 2), year.start()):
        return None  # 面向2030年的项目: the year names what a thing is for, not when the number is
    if value < first:
        return "achieved"
    if value > (last or first) or (_RE_BUDGET.match(c.index.text, year.end())
                                   and not c.index.has_match(_RE_OUTCOME, year.end(), c.core_start)):
        return "target"  # a year after the plan's period, or a budget of the plan's year (1956年国家预算规定…)
    return None


def _placing_year(c: Candidate) -> re.Match | None:
    """The last year named before the number in its sentence that places it in time: a year that is the base
    of a comparison (比2010年, 同1955年比较, 等于一九五〇年的, 在2022年的基础上) or where a change starts (由1957年) is passed
    over for the one before it (1956年国家预算…比1955年增长18%), at most :data:`_YEARS_PASSED` of them; not
    when the number is the base's own (比1980年的7159亿元)."""
    sentence_start, _ = c.index.sentence_bounds(c.core_start)
    year = c.index.last_match(_RE_YEAR, sentence_start, c.core_start)
    text = c.index.text
    for _ in range(_YEARS_PASSED):
        if year is None:
            return None
        before = text[max(0, year.start() - 1):year.start()]
        if text[year.end():c.core_start] in ("年", "年的") and c.unit not in ("倍", "番"):  # the number is the
            # year's own (比1980年的7159亿元), not a multiple of it (等于一九五〇年的四点九倍)
            return None if before in ("由", "从") else year  # 由1957年的42%: where a change starts, decided later
        if not (before in _BASE_BEFORE_YEAR or text.endswith(("等于", "等於", "相当于"), max(0, year.start() - 3),
                                                           year.start()) or RE_BASE_AFTER_YEAR.match(text, year.end())):
            return year
        year = c.index.last_match(_RE_YEAR, sentence_start, year.start())
    return None


def stipulated_by_plan(c: Candidate) -> str | None:
    """计划规定，一九五九年的工业总产值…增长百分之四十一; 预算安排再就业补助资金83亿元: a number a plan or budget
    sets (cue role plan_stipulates earlier in its sentence) is a target, even in a part that reviews; a look back
    (实际完成, 一九五八年计划规定…) was decided by the rules before."""
    start = c.index.sentence_bounds(c.core_start)[0]
    return "target" if c.index.has_match(c.resources.cue("plan_stipulates"), start, c.core_start) else None


def called_targets(c: Candidate) -> str | None:
    """主要预期目标是，生产总值增长9.5%左右，…; 省市下达我县粮食生产目标任务为：总面积133.13万亩; 经济增长预期目标6.5%以上，
    一般公共预算收入增长3%: a number in a sentence after it calls what follows its targets is a target, whatever year
    the sentence names (a past year's targets are targets, as a plan's figure is); a look back in the number's own
    clause was decided by the rules before. Not after a target that a result is measured against (低于预期目标2个百分点)
    or that stands in brackets beside a result (排名全市第1位（预期目标为8.5%以上）)."""
    start = c.index.last_before(_FULL_STOP, c.core_start) + 1
    if c.index.has_match(_RE_TARGETS_ARE, start, c.core_start):
        return "target"
    named = c.index.last_match(_RE_TARGET_FIGURE, start, c.core_start)  # 预期目标6.5%以上，一般公共预算收入增长3%，…
    if named is None or _RE_MEASURED_AGAINST.search(c.index.text, max(start, named.start() - 6), named.start()):
        return None  # 低于预期目标2个百分点: a result measured against the target
    if bracket_open(c.index.text, max(start, named.start() - _BRACKET_LOOK), named.start()):  # opened just before
        return None  # …增长5.9%，排名全市第1位（预期目标为8.5%以上），…: the target set beside a result, in brackets
    return "target"


def planned_list(c: Candidate) -> str | None:
    """主要预期目标：生产总值增长11%左右；地方财政收入增长12%；…: a number in a list whose introduction (before a
    colon in its sentence, ；-separated items included) holds a plan cue is a target, even in a part that
    reviews; so is a number after a label that names a target (目标任务：对8所中小学校进行校舍安全改造); a look back
    in the number's own item was decided by the rules before."""
    colon = c.index.last_before("：:", c.core_start)
    start = c.index.last_before(_FULL_STOP, c.core_start) + 1
    if start > 0 and _opens_a_list_of_targets(c, start):
        return "target"  # 2021年促进就业计划目标为：…。农村劳动力转移就业70万人，…。实际完成情况如下：
    if colon < start:
        return None
    return "target" if c.index.has_match(c.resources.cue("plan"), start, colon) \
        or _RE_TARGET_LABEL.fullmatch(c.index.text[start:colon].strip()) else None


#: A sentence that calls what follows its targets (主要预期目标是，…; 初步制定的目标是，…), not one reached (完成的目标).
_RE_TARGETS_ARE = re.compile(r"(?<!完成|实现|达到)(?<!完成的|实现的|达到的)(?:(?:预期|主要|发展|工作|奋斗|年度|计划|的)目标"
                             r"|下达[^，。；：:]{0,12}?目标)(?:任务)?(?:是|为)[，,：:]")
#: A target named with its figure right after it (今年广西经济增长预期目标6.5%以上，一般公共预算收入增长3%，…: round 222): it
#: and the figures listed after it in its sentence are targets.
_RE_TARGET_FIGURE = re.compile(r"(?:预期|主要|奋斗|年度)目标(?:任务)?(?:是|为)?(?=[约近]?[\d一二三四五六七八九十])")
#: How far before a named target an open bracket is looked for (（预期目标为8.5%以上）): a constant, so that a text
#: without full stops costs linear time however many numbers follow the target.
_BRACKET_LOOK = 12
#: What measures a result against a target named before it (低于预期目标, 超过年度目标, 完成年度目标).
_RE_MEASURED_AGAINST = re.compile(r"低于|高于|超过|超出|好于|快于|慢于|完成|实现|达到|比")
#: Words that turn from a list of targets to what was done (实际完成情况如下：, 执行情况是：).
_RE_RESULTS_FOLLOW = re.compile(r"实际|完成情况|执行情况|落实情况")


def _opens_a_list_of_targets(c: Candidate, start: int) -> bool:
    """Whether the number's unit opens, in its first sentence, on a list of targets introduced with a colon
    (2021年促进就业计划目标为：…) that runs on over the sentences after it, up to the number's, with no turn to what
    was done between (实际完成情况如下：): a progress report states the plan's targets, then its results."""
    intro = c.index.memo("first_sentence_targets", lambda: _first_sentence_targets(c.index.text))
    # the first such words of the first sentence, if they end before the number's sentence starts
    intro = intro if intro is not None and intro.end() <= start else None
    return bool(intro and intro.group(0)[-1] in "：:"
                and not c.index.has_match(_RE_RESULTS_FOLLOW, intro.end(), c.core_start))


def _first_sentence_targets(text: str) -> re.Match | None:
    """The first words in ``text``'s first sentence (up to its first 。) that call what follows targets
    (:data:`_RE_TARGETS_ARE`): found once per text, not once per number (a text without 。 is one sentence)."""
    first_stop = text.find("。")
    return _RE_TARGETS_ARE.search(text, 0, first_stop if first_stop >= 0 else len(text))
#: A label that names what follows as a target (目标任务：…, 工作目标：…, 年度指标：…): up to four characters before
#: 目标, 任务 or 指标, not a verb that reports it reached (完成目标任务：… is what was done).
_RE_TARGET_LABEL = re.compile(r"(?!完成|实现|超额|落实|达到)[\u4e00-\u9fff]{0,4}?(?:目标|任务|指标)(?:任务|目标)?")


def composition_of_a_body(c: Candidate) -> str | None:
    """在879名代表中，有工会工作者592名，占67.35%，其中…；女性代表348名，占39.59%… (round 211's 四川 congress story): a
    sentence that opens on the delegates or members of a body it takes apart tells who they are, a result, every
    number in it up to its full stop (a plan sets a body's quota otherwise: 代表名额879名)."""
    start = c.index.last_before(_FULL_STOP, c.core_start) + 1
    return "achieved" if _RE_BODY_TAKEN_APART.match(c.index.text, start) else None


#: A sentence that opens on the delegates or members of a body it takes apart (在879名代表中，; 当选的委员中，; 大会代表中，).
_RE_BODY_TAKEN_APART = re.compile(r"\s*在?[^，。；！？\n]{0,20}?(?:代表|委员)中[，,]")


def attendance(c: Candidate) -> str | None:
    """180余人参加此次会议, 全院职工代表、特邀代表160余人齐聚一堂 (round 204), 50名职工代表、25名列席代表出席此次职代会,
    会议应到代表172人，出席…的代表155人, 综合考核组一行7人 (the party that came): the people who attend the meeting or
    visit a text reports are counted, a result (a plan's 组织…参加会议, 将组织考察组一行5人…, was decided before)."""
    if c.category != "people":
        return None
    after = re.split("[，。；！？]", c.index.text[c.m.end():c.m.end() + _ATTEND_LOOK], maxsplit=1)[0]
    return "achieved" if _RE_ATTENDS.search(after) or _RE_ATTENDED.search(
        c.index.text, max(clause_start(c), c.m.start() - _ATTEND_LOOK), c.m.start()) else None


def summary_part(c: Candidate) -> str | None:
    """A number in a 总结/回顾 part reports a result."""
    return "achieved" if c.part == "summary" else None


#: The qualifiers after a number that bound it (以上, 以下, 以内, 左右): a plan's way of setting a figure.
_BOUNDS = ("以上", "以下", "以内", "左右")


def sentence_looks_back(c: Candidate) -> str | None:
    """A sentence whose own words look back (:mod:`analysis.orientation`: 过去, 已, 取得了 … outweighing
    要, 将, 力争 … by at least 2) reports a result, even outside a summary part; but not a number whose own
    clause, in a part that plans, names the plan's year (今年, 明年, 年内). In a part of targets (工作目标, 主要指标), and
    for a bounded figure (增长10%以上) in a part that plans, a past
    year that is the base of a comparison (较2012年下降18%) is no look back (elsewhere it is one: the old national
    reports' reviews, which their parts do not always set apart, tell their results so: …比1980年增长一点六倍)."""
    if c.part in PLANNING_PARTS and c.index.has_match(_RE_THIS_YEAR, clause_start(c), c.core_start):
        return None  # 这几年…进行了试点，今年试点城市扩大到110个: the number's own clause speaks of the plan year
    bounds = c.index.sentence_bounds(c.core_start)
    # a part of targets compares them with a past year (较2012年下降18%); so does a bounded figure in a part that
    # plans (茶叶投产面积较2019年增长10%以上 in a plan for 2020): results are told as they came, targets as bounds
    goals = c.part == "goals" or c.part in PLANNING_PARTS and c.post in _BOUNDS
    cues = c.index.memo(("orientation", bounds, c.period, goals),  # once per sentence, however many numbers
                        lambda: orientation(c.index.text[bounds[0]:bounds[1]], c.resources, period=c.period,
                                            comparison_bases=not goals))
    return "achieved" if cues.label(_SENTENCE_LEAD) == REVIEW else None


def part_of_the_year_so_far(c: Candidate) -> str | None:
    """今年上半年，全区实现地区生产总值369.9亿元，增长10.2%；…; 一季度，释放…红利11.58亿元，为5229户企业拨付…: in a
    part that plans, a sentence (up to its full stop, over its semicolons) that opens a clause on a part of the year
    gone by (上半年, 前三季度, 一季度, 1-10月, 前5个月) as its frame reports what that part came to, unless a plan's cue
    or the time ahead (下半年, 下一步, 全年) stands between the frame and the number. (In the national reports and the
    blind rounds 68–201 every such sentence reports: a plan names the half it sets a task for inside its clause, 确保上半年
    完成, not as a frame.)"""
    if c.part not in PLANNING_PARTS:
        return None
    start = c.index.last_before(_FULL_STOP, c.core_start) + 1
    frame = c.index.last_match(_RE_PART_OF_THE_YEAR_FRAME, start, c.core_start)
    if frame is None or c.index.has_match(_RE_TIME_AHEAD, frame.end(), c.core_start) \
            or c.index.has_match(c.resources.cue("plan"), frame.end(), c.core_start):
        return None
    return "achieved"


#: A part of the year gone by as the frame of a clause (上半年，; 今年1-10月份，; 2021年前三季度，; 一季度，).
_RE_PART_OF_THE_YEAR_FRAME = re.compile(
    r"(?:^|(?<=[。；，！？\n,;]))\s*(?:今年|本年度?|(?:19|20)\d{2}\s*年度?)?"
    r"(?:上半年|前三季度|第?[一二三]季度|前[一二三四五六七八九十\d]{1,2}个?月|1\s*[-—–~～至到]\s*\d{1,2}\s*月份?"
    r"|一至[二三四五六七八九十]{1,2}月份?)(?:以来|累计)?[，,]")
#: The time ahead after a look at the year so far (下半年，将…; 下一步; 全年力争).
_RE_TIME_AHEAD = re.compile(r"下半年|下一?步|全年|今后|明年")


def starting_value(c: Candidate) -> str | None:
    """由每人每年380元提高到420元, 现行16%的税率降至13%: the level a planned change starts from.

    The number follows 由, 从, 现行 or 目前的 in its clause and a change to another
    level (提高到, 降至, 调整为 …) follows it: a baseline. In a sentence that looks
    back it was decided by an earlier rule (a past change is a result).
    """
    start = c.index.last_before(BOUNDARY, c.core_start) + 1
    if not c.index.has_match(_RE_FROM, start, c.core_start):
        return None
    return "baseline" if _RE_CHANGE_TO.match(c.index.text, c.m.end()) else None


def precise_figure(c: Candidate) -> str | None:
    """上半年实际完成投资156.92亿元, 地方财政总收入668.11亿元: in a part that plans, a figure given to two decimal
    places and four significant digits or more, with nothing that sets or bounds it (no qualifier such as 左右 or
    以内, no 达到/提高到/控制在 and no budget's 筹措/安排/下达 just before it) and no share of a whole (占…的), is a
    measured result; a plan sets
    round figures. (On the blind pages and the national sets, figures with two decimals are results 156 times
    and targets 10.)"""
    if c.part not in PLANNING_PARTS or not _RE_TWO_DECIMALS.search(c.num) or c.post or c.approx or c.pre:
        return None
    if len(c.num.replace(".", "").lstrip("0")) < _PRECISE_DIGITS:
        return None  # 2.38万亿元, 0.13元: a round figure in a large or small unit
    if c.index.has_match(_RE_SHARE_OF, clause_start(c), c.core_start):
        return None  # 占本年预算支出的2.57%: a budget's shares are computed to the hundredth too
    if c.index.has_match(_RE_NAMED_TASK, clause_start(c), c.core_start):
        return None  # 新开工目标任务为716个小区、…、2762.75万平方米 (round 221): a figure the clause calls its task is set
    return None if _RE_SETS_LEVEL.search(c.index.text, max(0, c.core_start - 4), c.core_start) else "achieved"


def commitment(c: Candidate) -> str | None:
    """Any other quantity of a plan is a target."""
    return "target"


#: The rules in the order they are tried.
RULES: tuple[Callable[[Candidate], str | None], ...] = (
    *NAME_RULES,
    restatement, share_of_a_whole, scope_condition, class_floor_passed, bound_with_its_equivalent, per_unit_cap, stated_limit, poverty_line,
    eligibility_age, planned_starting_value,
    population_size, population_of_a_place, units_of_a_place, area_of_a_place,
    margin_over_target, plan_cue, forecast_for_a_later_year, standing_commitment, planned_figure, task_with_progress, assigned_task, quota_or_plan_figure, task_with_its_lead, stated_floor, this_occasion, achieved_cue, prize_won, told_as_done, called_targets, named_year, stipulated_by_plan, planned_list, composition_of_a_body, attendance, part_of_a_total,
    summary_part, sentence_looks_back, part_of_the_year_so_far, starting_value, precise_figure,
    part_of_a_total_of_another_measure, commitment,
)


def classify(c: Candidate, rules=RULES) -> tuple[str, str]:
    """(kind, name of the rule that decided) for a candidate; kind is :data:`DROP` when it is no quantity.

    The rules are tried in order; the first that returns something other
    than ``None`` decides.

    Parameters
    ----------
    c : Candidate
        The number.
    rules : sequence of callable, default RULES
        The rules, each taking a :class:`Candidate` and returning a kind,
        :data:`DROP` or ``None``.

    Returns
    -------
    kind : str
        ``target``, ``achieved``, ``baseline``, ``threshold``, ``date``,
        ``label`` or :data:`DROP`.
    rule : str
        The name of the rule that decided; ``""`` when none did (the kind is
        then :data:`DROP`).

    Examples
    --------
    >>> from analysis.loader import load_resources
    >>> from analysis.textindex import TextIndex
    >>> resources = load_resources()
    >>> text = "由每人每年380元提高到420元。"
    >>> [classify(candidate(m, TextIndex(text), "plan", resources)) for m in quantity_pattern(resources).finditer(text)]
    [('baseline', 'starting_value'), ('target', 'commitment')]
    >>> classify(candidate(quantity_pattern(resources).search(text), TextIndex(text), "plan", resources), rules=())
    ('drop', '')
    """
    for rule in rules:
        kind = rule(c)
        if kind:
            return kind, rule.__name__
    return DROP, ""
