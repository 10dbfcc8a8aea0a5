"""The first rules of :data:`analysis.target_rules.RULES`: those that say a number is no measure.

A number can be part of a name or label (十九大, 第十五届, “三个十佳”, 四项基本原则), a date or span of time
(2018年, 六十年代, 三年内), or no quantity at all: a word (一批, 统一), a code (5G, G20), a placeholder (x.x%).
Each rule takes a :class:`~analysis.candidates.Candidate` and returns ``label``, ``date``, :data:`DROP` or
``None`` (no decision: the later rules of :mod:`analysis.target_rules` read the number as a measure). A
rank (居全省第3位), a ratio (2.8:56.1:41.1) and a bound written with a sign (≥71) are measures
even without a unit. The rule's name is the ``evidence`` of the targets table.
"""

from __future__ import annotations

import re

from .candidates import BOUNDARY, MAGNITUDE_CLASS_NOUN, RATIO_COLONS, ROMAN_GRADE, Candidate, clause_start
from .patterns import CN_DIGITS, RE_HAN, RE_LINE_MARKER

__all__ = [
    "DROP", "NAME_RULES", "counts_in_myriads", "inside_longer_numeral", "clock_time", "part_of_code",
    "placeholder_or_model", "word_with_one", "set_phrase", "place_name", "numeral_in_a_word", "ordinal", "plan_period", "numbered_slogan",
    "edition", "political_formula", "crowd_in_a_name", "round_the_clock", "named_count", "count_of_the_named", "count_before_its_list", "count_of_the_following", "one_of_a_set", "count_of_a_list", "quality_grade", "size_class", "label_unit", "quoted_code", "part_of_a_formula", "not_a_number",
    "chinese_word", "no_unit", "calendar_date", "time_frame",
]

_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
_RE_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")  # 十三五, 十四五
#: The sixth to tenth plans' periods (六五 … 九五, 十五): names only when quoted or before 计划, 期间 ….
_RE_EARLY_PLAN_PERIOD = re.compile(r"[六七八九十]五")
_RE_PLAN_WORD = re.compile(r"[”\"]?(?:计划|规划|期间|时期|末)")
#: 一大 is the first congress only alone or before 会址, 代表 …; 一大批, 一大亮点 are words ("a large …").
_RE_FIRST_CONGRESS = re.compile(r"大(?![\u4e00-\u9fff])|大(?:会址|代表|以来|精神|召开|的)")
#: A bare magnitude of 亿 (百亿, 千亿, 万亿) and what reaches a level right before one (达万亿级, 跨越千亿级台阶).
_RE_BARE_MAGNITUDE = re.compile(r"[百千万]*亿")
_RE_LEVEL_REACHED = re.compile(r"[达越破超至到]$|迈上$|跨上$|实现$")
_RE_MAGNITUDE_CLASS_NOUN = re.compile(MAGNITUDE_CLASS_NOUN)
#: What a sum in 亿 names the size class of, right after its 元 (首个300亿元园区, 过10万亿元省份, 100亿元企业): places and
#: firms, which a sum sizes as a class; not 项目 or 工程, which one sum of investment often is (总投资300亿元项目).
_RE_SUM_CLASS_NOUN = re.compile(r"园区|省份|城市|之城|县(?!域)|(?:产业)?集群|企业")
#: Words for a sum of money spent or agreed, right before it: the sum is what one thing costs, not a class.
_RE_AMOUNT_OF = re.compile(r"投资|签约|金额|合同|融资|总额|规模|资金")
#: Words that end in 一 (统一大业 holds no 一大): the numeral is part of the word.
_WORD_ENDING_IN_ONE = "统唯同单逐划万专如合归不之其"  # the character before 一: one look, whatever the text's length
#: Not a quantity: what a rule returns for a number that is a word, a code or a placeholder.
DROP = "drop"
#: A verb that lengthens or shortens a span of time right before it (延长30年, 缩短到三年).
_RE_CHANGE_OF_SPAN = re.compile(r"(?:延长|缩短|延续|提前)(?:到|至)?$")
#: A span of time a thing is held for (三十年不变, 一百年不动摇; not 不变的, an adjective).
_RE_HELD_FOR = re.compile(r"不(?:变|动摇)(?!的)")
#: A streak (连续三年位居全市第一, 连续8个月高于全省平均, 连续第8年获得): what it counts is how long a result has held,
#: itself a result (or, in a plan, a commitment), not a frame of time.
_RE_STREAK = re.compile(r"连续第?$")
#: A span of years with a fraction (11.7年, 0.5年; not 1.2025年, an item number run into a year): a measured length.
_RE_FRACTION_OF_YEARS = re.compile(r"\.\d{1,2}$")
#: A measure counted in years (受教育年限, 平均工龄) before a span of years: the span is its value.
_RE_LENGTH_MEASURE = re.compile(r"(?:年限|年数|工龄)[^，。；]{0,6}$")
#: Verbs that hold or reach a rank (居全省第3位, 排名第67位, 由全省第7进到第6位, 荣登…第39名, 列全省第一, 位次由…第23位提升为
#: …第18位, 蝉联世界第一), looked for this many
#: characters before its 第 (or right after the rank a change starts from: 第7进到).
_RE_RANK_VERB = re.compile(r"居|位列|名列|排名|排(?=第[\d一二三四五六七八九十]+(?:位|名)?(?:[，。；、,;）)\n]|$))|排在|排位|跃升|上升|升至|提升至|降至|降到|降为|移至|保持|进入|晋升|跻身"
                           r"|位次|提升为|上升为|升为|提升到|上升到|蝉联"
                           r"|进到|进至|升到|退到|退至|荣登|登上|(?<![排并罗陈系])列(?![入为出席])(?=全|[\u4e00-\u9fff]{0,6}第)")
_RANK_LOOK = 8
#: What stands before a rank: 第 (居全省第3位), and 前 for a band of the first places (进入全省前三, 位居全国前10).
_RANK_MARKS = ("第", "前")
#: The area a bare rank is held in, right before its 第 (全市第5, 南六县第一, 吴忠市第2, 中部第六), or the list it stands on
#: (…百强城市榜单第39名, 民营经济500强第83位).
_RANKED_AREA = r"(?:全(?:国|省|市|区|县|州|盟|球)|世界|[\u4e00-\u9fff]{1,4}[省市县区州]|[东南西北中]部|榜单?|[\d百千]强)"
_RE_RANKED_AREA = re.compile(_RANKED_AREA + r"$")
#: The same area before a list of ranks, each but the last after it (排全区第2、第1、第2、第3位; 分别为全省第1、第3和第2):
#: every rank of the list is held in that area, as its first is (第一、第二 far apart mark a list's items instead).
_RE_RANKS_LISTED = re.compile(_RANKED_AREA + r"(?:第[\d〇一二三四五六七八九十]{1,3}(?:位|名)?[、和及与])+$")
_RANKS_LISTED_LOOK = 32
#: Verbs that win a place in a contest (夺得…第一名, 获第二名, 再夺第一名): the place is a rank.
RE_WON = re.compile(r"夺得|获得|荣获|获|赢得|夺|取得")
#: A count of prizes or honours right before their grade (5个一等奖) or right after it (二等功1次): the grade names them.
_RE_PRIZES_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:个|项|名|次|人|件)$")
_RE_PRIZES_COUNTED_AFTER = re.compile(r"[奖功][\d一二两三四五六七八九十]+(?:个|项|名|次|人|件)")
#: A coordinated list (A和B, A、B) in a clause before a small count: the count sums up the list.
_RE_COORDINATION = re.compile(r"[和与及、]")
#: Units of a count that names things rather than measures them (四项, 这四条, 两个).
_NAMED_COUNT_UNITS = ("个", "项", "条", "件", "方面", "点", "大", "种", "头", "只")
#: Of these, the units that count the parts of a text or a programme, in Arabic digits as in Chinese ones
#: (抓好9个方面工作, 实施5大工程): a news story writes its numbers in Arabic digits.
_STRUCTURE_UNITS = ("方面", "大")
#: The nouns of a programme of things to do for the people (实事, not 实事项目; 民心工程).
_PROGRAMME_NOUNS = r"实事(?!项目)|民心工程"
#: What such a count stands before: aspects, a plan's (main, binding …) indicators.
#: Likewise a list of things to do for the people or the plan's named works (10件实事, 20项民心工程).
#: (Not 实事项目: projects, funded or built, are counted things: 扶持32个实事项目.)
_RE_PARTS_COUNTED = re.compile(rf"方面|[\u4e00-\u9fff]{{0,4}}?(?:指标|{_PROGRAMME_NOUNS})")
#: Most or some of the counted parts did something (24个主要指标大多数达到…): the count still names them all.
_RE_SOME_OF_THEM = re.compile(r"(?:绝?大多数|多数|大部分|部分|少数|个别)")
#: What the counted things did, in the count's clause (…民生实事全部超额完成).
_RE_DONE_IN_CLAUSE = re.compile(r"[^，。；：！？]{0,12}?(?:已|完成|实现|达到)")
#: A count of parts right after the count of their kinds (十方面32项, 10类36项): the list's size by kind, a label.
_RE_AFTER_KINDS = re.compile(r"(?:\d+|[一二三四五六七八九十]+)(?:个)?(?:方面|大?类)$")
#: What indicators did, after their count (…指标已达到规划控制目标要求, …指标实施进度超过…): the count is a result.
_RE_MET = re.compile(r"[^，。；：中]{0,20}?(?:已|达到|完成|实现|超过|符合|快于|提前)")  # …指标、28个二级指标及…达到
#: The largest count of such parts that is a label (a plan's indicators number some tens).
_MAX_PARTS = 100
#: What follows the size of a set the subject is one of, in its clause (…试点城市之一).
_RE_ONE_OF = re.compile(r"[^，。；：！？\d]{0,14}?(?<!分)(?<!其中)之一")
#: Nouns of a list of tasks or aims, right before the bracketed count of its entries (类目标（13个）).
#: A numbered heading closed by the count of its list (一、促进就业（3项）) is at most this long.
_HEADING_COUNT_MAX = 40
_RE_LIST_NOUN = re.compile(r"(?:目标|指标|任务|工作|事项|行动|措施|举措|实事|清单)$")
#: A clock's time: hours, then minutes and seconds of two digits (9:30, 09:00:02, 11: 18).
_CLOCK_COLON = rf"[ \u3000]*[{RATIO_COLONS}][ \u3000]*"
_RE_CLOCK = re.compile(rf"[012]?\d{_CLOCK_COLON}[0-5]\d(?:{_CLOCK_COLON}[0-5]\d)?")
#: Words of a ratio before its terms in their clause (三次产业结构调整为5：40：55, 男女比例为…, 之比, 配比).
_RE_RATIO_WORD = re.compile(r"比|结构|构成")
#: An index's, a coefficient's or a ratio's name right before its value, which has no unit (居民消费价格指数为102.7,
#: 指数达到105, 灌溉水有效利用系数提高到0.517, 城乡居民收入比缩小至1.7以内, 男女性别比为118, 之比由1.9…), looked for
#: this many characters before the number.
_RE_INDEX_BEFORE = re.compile(r"(?:指数|系数|(?:收入|性别|之)比)(?:为|是|达到?|由|(?:提高|提升|上升|增加|缩小|缩减|降低|下降|"
                              r"减少|控制|保持|稳定)(?:到|至|在))?$")
_INDEX_LOOK = 8
#: Comparison signs written before a number (qualifiers.csv): the number bounds a measure, unit or not.
_SIGNS = ("≥", "≤", "＞", "＜", ">", "<")



#: A line in another language: words of Latin letters, at least this many, and no Chinese character (The gross domestic
#: product (GDP) of the region will increase by 6%.: a page's translation of the line before it).
_FOREIGN_LINE_WORDS = 4
_RE_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _foreign_line_starts(text: str) -> frozenset[int]:
    """The offsets where the lines of ``text`` that are in another language (:data:`_FOREIGN_LINE_WORDS`) begin."""
    starts, offset = set(), 0
    for line in text.split("\n"):
        if not RE_HAN.search(line) and len(_RE_LATIN_WORD.findall(line)) >= _FOREIGN_LINE_WORDS:
            starts.add(offset)
        offset += len(line) + 1
    return frozenset(starts)


def in_a_foreign_line(c: Candidate) -> str | None:
    """地区生产总值6% / The gross domestic product (GDP) of the region will increase by 6%. (round 192's bilingual news
    page): a number in a line of another language (no Chinese character, words of Latin letters) restates the Chinese
    line it translates, or is none of the text's own; it is no quantity, so that no figure is counted twice."""
    foreign = c.index.memo("foreign_line_starts", lambda: _foreign_line_starts(c.index.text))
    return DROP if foreign and c.index.last_before("\n", c.m.start()) + 1 in foreign else None


def inside_longer_numeral(c: Candidate) -> str | None:
    """A Chinese numeral that continues another (百|五十, 万|三千, 一年|零两个月), or starts with 零 or 〇, is part
    of a longer one and dropped."""
    return DROP if c.chinese and (c.prev and c.prev in _NUMERAL_CHARS or c.num[0] in "零〇") else None


#: A list's number and its dot before a year (附件：1.2025年…任务清单, a line's 2.2025年…): the year is no code's part.
_RE_LIST_NUMBER_BEFORE = re.compile(r"(?:^|[\s：:，,；;、])\d{1,2}\.$")


def part_of_code(c: Candidate) -> str | None:
    """Digits after a letter, digit or dot belong to a code or a longer number (epc1, 2018.2.25); not a year
    after a list's number (附件：1.2025年…)."""
    if c.prev == "." and c.unit.startswith("年") and c.value is not None and 1900 <= c.value <= 2100 \
            and _RE_LIST_NUMBER_BEFORE.search(c.index.text, max(0, c.m.start() - 4), c.m.start()):
        return None
    if c.prev.isupper() and _RE_INDICATOR_ACRONYM.search(c.index.text, max(0, c.m.start() - 4), c.m.start()):
        return None  # 全市GDP1877.64亿元, 占GDP67.9%: an indicator's acronym, then its figure
    return DROP if not c.chinese and (c.prev.isascii() and c.prev.isalnum() or c.prev == ".") else None


#: An indicator's acronym right before its figure, with no space (GDP1877.64亿元, CPI102.3).
_RE_INDICATOR_ACRONYM = re.compile(r"(?<![A-Za-z])(?:GDP|GNP|GNI|CPI|PPI|PMI)$")


def placeholder_or_model(c: Candidate) -> str | None:
    """Digits without a unit followed by a Latin letter (20xx, 5G) are a placeholder or a name, not a quantity."""
    if not c.chinese and not c.m.group("unit") and re.match(r"[A-Za-z]", c.after):
        return DROP
    return None


#: A plenum after its numeral, alone or one of a list that shares 全会 (十九届二中、三中、四中全会).
_RE_PLENUM = re.compile(r"中(?:[、和及][一二三四五六七八九十]{1,3}中)*全会")


def _names_something(c: Candidate) -> bool:
    """A Chinese numeral without a unit that names something: 十九大, 十三五, “八五”计划, 三中全会 (二中 and 三中 in
    二中、三中、四中全会 too), and a
    quoted formula it begins (“三农”, “两高”, “九二共识”; not “一国两制”: 一 there is a word)."""
    text, end = c.index.text, c.m.end()
    large = c.after == "大" and not text.startswith("关", c.m.end("num") + 1) \
        and (c.num != "一" or bool(_RE_FIRST_CONGRESS.match(text, end)))  # 一大批: a word; 千亿大关: a level passed
    return (large or bool(_RE_PLAN_PERIOD.fullmatch(c.num)) or bool(_RE_PLENUM.match(text, end))
            or (bool(_RE_EARLY_PLAN_PERIOD.fullmatch(c.num)) and (c.quoted or bool(_RE_PLAN_WORD.match(text, end))))
            or (c.quoted and c.prev in "“\"" and not c.num.startswith("一")))


def word_with_one(c: Candidate) -> str | None:
    """统一大业, 唯一, 同一: a 一 that ends a word is no number (同一九五七年相比 keeps its year)."""
    if c.chinese and c.num == "一" and c.core_start and c.index.text[c.core_start - 1] in _WORD_ENDING_IN_ONE:
        return DROP
    return None


def set_phrase(c: Candidate) -> str | None:
    """五花八门, 三番五次, 四面八方: a numeral inside a set phrase (``cue_words.csv``, role set_phrase) counts nothing."""
    if not c.chinese:
        return None
    text, end = c.index.text, c.m.end()
    look = max(0, c.core_start - _SET_PHRASE_REACH)
    for m in c.resources.cue("set_phrase").finditer(text, look, min(len(text), end + _SET_PHRASE_REACH)):
        if m.start() <= c.core_start and end <= m.end():
            return DROP
    return None


#: A set phrase is looked for this far before and after the number (four characters, less the numeral's own).
_SET_PHRASE_REACH = 3


def numeral_in_a_word(c: Candidate) -> str | None:
    """A Chinese numeral without a unit is a word (一批, 统一, 一站式), unless it is a label (第…, a name:
    :func:`_names_something`) or it counts in 万 or 亿 (裁减军队员额五十万)."""
    if c.chinese and not c.unit and c.prev != "第" and not _names_something(c) and not counts_in_myriads(c) \
            and not _is_rank(c):
        return DROP
    return None


def counts_in_myriads(c: Candidate) -> bool:
    """A Chinese number ending in 万 or 亿 (五十万, 三千万): a count even without a unit."""
    return c.chinese and c.num[-1] in "万亿" and c.value is not None and c.value >= 10_000


def ordinal(c: Candidate) -> str | None:
    """第十五届, 第一批: an ordinal is a label; but 第四，/第五、 marks an item of a list, and is dropped, and a rank
    that something holds or reaches (居全省第3位, 跃居世界第二, 排名第67位) is a measured position: left to the
    later rules, like any quantity; so is a quarter of the year (第三季度: a date, see :func:`calendar_date`)."""
    if c.prev != "第" or _is_rank(c) or c.unit == "季度":
        return None
    return DROP if not c.unit and c.after in "，、：,:" else "label"


def _is_rank(c: Candidate) -> bool:
    """第3位, 第一 after a verb that holds or reaches a rank in the clause (居全省第3位, 位居世界第一, 全省排第7位), a place
    won (夺得女子羽毛球第一名, 获第二名); and a bare 第N that ends its clause (or an item of a list) after such a
    verb anywhere in the clause (位居百强县投资潜力第3、新型城镇化质量第4) or right after the area it is ranked in
    (增速全市第5；, 南六县第一。, 中部第六) or the list it stands on (百强城市榜单第39名), or after that area and ranks listed
    before it (排全区第2、第1、第3位; 全省第1、第3和第2); and one a rank verb follows (由全省第7进到
    第6位: the rank a change starts from)."""
    if c.prev not in _RANK_MARKS:
        return False
    if _RE_RANK_VERB.match(c.index.text, c.m.end()):
        return True  # 由全省第7进到第6位: the rank a change starts from
    look = max(clause_start(c), c.core_start - 1 - _RANK_LOOK)
    if c.index.has_match(_RE_RANK_VERB, look, c.core_start - 1) or (
            c.unit == "名" and c.index.has_match(RE_WON, clause_start(c), c.core_start - 1)):  # …第一名、象棋第三名
        return True
    if c.unit and c.unit not in ("位", "名") or c.index.text[c.m.end():c.m.end() + 1] not in ("", *BOUNDARY, *"、和及与"):
        return False
    return bool(_RE_RANKED_AREA.search(c.index.text, max(0, c.core_start - 1 - _RANK_LOOK), c.core_start - 1)
                or _RE_RANKS_LISTED.search(c.index.text, max(0, c.core_start - 1 - _RANKS_LISTED_LOOK), c.core_start - 1)
                or c.index.has_match(_RE_RANK_VERB, clause_start(c), c.core_start - 1))


def place_name(c: Candidate) -> str | None:
    """七台河, 三门峡市, 五台县: a numeral that begins a place's name (``places.csv``: a full name, or a short one of three
    characters or more) counts nothing, as 三峡 does not."""
    if not c.chinese:
        return None
    text = c.index.text
    names = c.resources.numeral_place_names.get(text[c.core_start], ())
    if any(text.startswith(name, c.core_start) and c.core_start + len(name) > c.m.end("num") for name in names):
        return DROP
    return None


def plan_period(c: Candidate) -> str | None:
    """十三五, 十四五: a five-year-plan period is a label; before a measure word (十四五个春节) it is fourteen or
    fifteen, a guess of two numbers, dropped as 七八个 and 三五天 are (the pattern reads no such number)."""
    if not (c.chinese and c.value is None and _RE_PLAN_PERIOD.fullmatch(c.num)):
        return None
    return DROP if c.unit in _GUESS_MEASURES or c.index.text.startswith(_GUESS_MEASURES, c.m.end()) else "label"


#: Measure words after 十四五 that make it a guess of two numbers (十四五个, 十四五天), not a plan's period.
_GUESS_MEASURES = ("个", "天", "岁", "人", "名", "次", "位", "家")


def _one_of_a_named_set(c: Candidate) -> bool:
    """一国 (in 一国两制), 一类, 一级: 一 before a unit of a named set (``units.csv``, category named_set) is a
    word, not a count of one."""
    return c.chinese and c.value == 1 and c.category == "named_set"


def numbered_slogan(c: Candidate) -> str | None:
    """十九大, 八大群体 (3大产业 in Arabic digits too), “三个十佳”, “三农”, 三中全会, “九五”计划, 五位一体: a Chinese numeral that names something
    (:func:`_names_something`) or is quoted with its unit (not “一国两制”, nor 五年 in 《…五年规划》, nor a streak:
    粮食产量实现“九连增”, a run of results quoted as a catchword)."""
    if not c.chinese and not c.unit and c.num.isdigit() and c.value is not None and c.value <= 20 \
            and _RE_LARGE_SET.match(c.index.text, c.m.end()):
        return "label"  # 3大产业, 5大行动: written in Arabic digits, the same name as 三大产业
    if not c.chinese or c.category == "streak" or _is_written_out_year(c):
        return None  # 《…第十四个五年规划和二〇三五年远景目标纲要》: a year, quoted or not
    if c.unit == "位" and c.index.text.startswith("一体", c.m.end()):
        return "label"  # 五位一体, 三位一体: a formula
    if c.quoted and c.unit and (_one_of_a_named_set(c) or c.index.text.startswith(("计划", "规划"), c.m.end())):
        return None
    return "label" if _names_something(c) or (c.quoted and c.unit) else None


def _is_written_out_year(c: Candidate) -> bool:
    """二〇三五年, 一九五八年: four Chinese digits before 年 spell a year, not a count of years."""
    return c.unit == "年" and len(c.num) == 4 and all(ch in "〇零一二三四五六七八九" for ch in c.num)


#: 大 after a small count, naming its set (3大产业, 5大行动); not 大 opening a word (大批, 大幅, 大力, 大型 …), nor 大类
#: (10大类52项民生实事: a count of kinds), nor 大关, a level passed (财政收入跨过千亿大关, round 211).
_RE_LARGE_SET = re.compile(r"大(?![批幅力型量概约都多小部半家类关])[\u4e00-\u9fff]")
#: A verb that holds runs of a course or event, right before their count (举办三期培训班).
_RE_RUNS_HELD = re.compile(r"(?:举办|开办|举行|组织|开设|办)了?$")
#: Who a run trained, right after its count (一期授训120多人, 六期受训560人): the count is of runs held.
_RE_TRAINED_AFTER = re.compile(r"授训|受训|参训|培训|轮训")
#: What a phase counts (三期工程, 二期项目): after 期, the count is a phase's number.
_RE_PHASE_NOUN = re.compile(r"工程|项目|扩建|建设|改造")


def edition(c: Candidate) -> str | None:
    """七届一次全委, 第十次全国代表大会: a Chinese numeral counting 届 or 期 (without 万 or 亿) names a session; so
    does one counting 次 after a 届 or before a meeting or 产业 (``cue_words.csv``, role edition_noun). Other
    times counted (四次提高补助标准) are how often something was done, a quantity like any other, and so is a count
    in 两, which never numbers (连续举办两届产业转移对接活动), and a count of 期 that closes its clause (举办培训班五期，)
    or that a verb holds (举办三期…培训班, 举办了一期…; not 开办二期工程) or that names who it trained (六期受训560人), and a count of 次 that a verb holds (召开一次大会). A lone
    二 of 期 or before a noun after 次 numbers a phase or a second start (秦沈高速二期、…, 实现二次创业: two are 两期, 两次)."""
    if not (c.chinese and c.unit in ("届", "次", "期") and not c.mult) or c.num.startswith("两"):
        return None  # 两 counts, it never numbers: 连续举办两届…活动 is how many were held
    held = c.unit == "期" and (_RE_RUNS_HELD.search(c.index.text, max(0, c.m.start() - 3), c.m.start())
                              or _RE_TRAINED_AFTER.match(c.index.text, c.m.end()))
    if c.num == "二" and c.unit == "期" and not held:
        return "label"  # a lone 二 numbers a phase (秦沈高速二期、…: two runs are 两期), unless a verb holds it (举办二期…)
    if c.unit == "期" and c.prev != "第" and (
            c.index.text[c.m.end():c.m.end() + 1] in ("", *"，。；、,;")
            or held and not _RE_PHASE_NOUN.match(c.index.text, c.m.end())):
        return None  # 举办培训班五期，, 举办了三期…培训班, 六期受训560人: runs held (三期工程, 第五期, 吉林（二期） are phases)
    if c.unit == "次" and c.prev != "第" and _RE_MEETINGS_HELD.search(c.index.text, max(0, c.m.start() - 3),
                                                                     c.m.start()):
        return None  # 每学年至少召开一次大会, 举行两次会议: how often meetings are held (第三次会议 is one's number)
    if c.num == "二" and c.unit == "次" and _RE_NOUN_AFTER.match(c.index.text, c.m.end()):
        return "label"  # a lone 二 numbers a second start (实现二次创业: twice is 两次); not 先后二次对…进行了督促检查,
        # a count written with 二 before what was done
    if c.unit != "次" or c.prev == "届" or c.resources.cue("edition_noun").match(c.index.text, c.m.end()):
        return "label"
    if _RE_SESSIONS_LISTED.search(c.index.text, max(0, c.m.start() - _SESSIONS_LOOK), c.m.start()):
        return "label"  # 十四届五次、六次、七次全会: each number of the list names a session, as its first does
    return None


#: A word right after 二次 that makes it the second of something (二次创业, 二次分配, 二次开发): not a preposition or a verb
#: that goes on to what was done twice (先后二次对…检查, 二次进行…), nor a clause's end.
_RE_NOUN_AFTER = re.compile(r"(?![对在向把为与给被将从由进开组到于])[\u4e00-\u9fff]")
#: A verb that holds meetings, right before their count (召开一次大会, 举行了三次会议): how many, not which.
_RE_MEETINGS_HELD = re.compile(r"(?:召开|举行|举办|开)了?$")
#: A list of sessions after a 届 before a number of 次 (十四届五次、六次、 …), looked for this many characters back.
_RE_SESSIONS_LISTED = re.compile(r"届[〇一二三四五六七八九十]+次(?:、[〇一二三四五六七八九十]+次)*、$")
_SESSIONS_LOOK = 40


def political_formula(c: Candidate) -> str | None:
    """八项规定, 四个意识, 两个维护: a Chinese count of 项, 个 or 条 right before a formula noun (``cue_words.csv``,
    role formula_noun) is a fixed formula, a label; so are 三篇文章 (做好…三篇文章: tasks), 两块牌子 and 两件大事, and
    such a count right before a quotation (三个“一号工程”, 五个“必须统筹好”, 九个“坚定不移”: every one in the national
    reports and the blind rounds 68–199 is a formula's; not 一项“品牌工程”, the indefinite "a"; counts in Arabic
    digits, 50个“最美…”, mostly count what was chosen or built)."""
    if c.chinese and c.unit in ("项", "个", "条") and (c.resources.cue("formula_noun").match(c.index.text, c.m.end())
                                                      or c.value != 1 and c.index.text.startswith("“", c.m.end())):
        return "label"
    noun = _FIGURATIVE_NOUNS.get(c.unit)
    if c.chinese and noun and c.index.text.startswith(noun, c.m.end()) and not (c.unit == "件" and c.value == 1):
        return "label"  # 做好…三篇文章 (three tasks), 两块牌子、一套人马 (one office, two names): set phrases (一件大事:
        # the indefinite "a", a word left to the later rules)
    return None


#: A Chinese count before these nouns in these units is a figure of speech: 三篇文章 (tasks), 两块牌子 (names),
#: 两件大事 (a region's charge, 办好两件大事: a formula).
_FIGURATIVE_NOUNS = {"篇": "文章", "块": "牌子", "件": "大事"}


def crowd_in_a_name(c: Candidate) -> str | None:
    """“中国梦·劳动美”百名劳模图片展, 万名职工来沪疗休养交流活动, 广东工会百场职工品质生活展示活动: a round crowd or
    number of events (百, 千 or 万 alone, of 名, 位 or 场) that opens the name of an event (an exhibition, a
    campaign, a contest: its noun later in the clause) names the event, a label; not a crowd a verb gathers,
    serves or counts (组织千名职工参加…, 慰问百名困难职工), nor one that takes part (万名职工参与…)."""
    if not c.chinese or c.num not in ("百", "千", "万") or c.unit not in ("名", "位", "场") or c.pre or c.approx:
        return None
    text, start = c.index.text, c.core_start
    if _RE_GATHERS.search(text, max(0, start - 2), start):
        return None  # 组织千名职工…, 慰问百名…: the crowd a verb gathers or serves, counted
    after = re.split("[，。；！？,;]", text[c.m.end():c.m.end() + _EVENT_LOOK], maxsplit=1)[0]
    return "label" if _RE_EVENT_NOUN.search(after) and not _RE_TAKES_PART.search(after) else None


#: A verb right before a crowd that gathers, serves or counts it (组织千名职工参加…, 慰问百名困难职工): no name.
_RE_GATHERS = re.compile(r"(?:组织|动员|吸引|带动|带领|邀请|召集|培训|慰问|帮扶|服务|覆盖|惠及|资助|救助|表彰|选树|有|近|超|达|共|约|余)$")
#: The noun of an event whose name a crowd opens (图片展, 交流活动, 进校园行动, 技能大赛).
_RE_EVENT_NOUN = re.compile(r"展|活动|行动|工程|大赛|竞赛|比赛|论坛|宣讲|讲堂|联谊")
#: A crowd that takes part in an event is counted (万名职工参与竞赛).
_RE_TAKES_PART = re.compile(r"参与|参加|出席|参赛")
#: How far after the crowd its event's noun is looked for (characters).
_EVENT_LOOK = 24


def round_the_clock(c: Candidate) -> str | None:
    """24小时智能工会驿站, 24小时服务热线, 365天×24小时: the hours of a day (and days of a year) in the name of a place
    or line open through them describe it, a label; not the hours a service is kept up (实现24小时无人值守, 24小时在线
    监控: how long, measured or set), nor a time limit (24小时内办结)."""
    if not ((c.value == 24 and c.unit == "小时") or (c.value == 365 and c.unit == "天")) or c.pre or c.approx:
        return None
    return "label" if _RE_AROUND_THE_CLOCK.match(c.index.text, c.m.end()) else None


#: What follows a whole day's hours in a name: the place or line open through them (…智能工会驿站, 服务热线), or ×24小时.
_RE_AROUND_THE_CLOCK = re.compile(r"[×xX*]|[\u4e00-\u9fff]{0,6}?(?:驿站|热线|服务站|服务点|服务中心|便利店|书屋|图书馆|药房|药店|"
                                  r"门诊|食堂|自助|窗口|营业厅|营业网点|营业点|网点|门店|超市|商店|服务区|值班室)")


def named_count(c: Candidate) -> str | None:
    """四项基本原则, 这四条, 两个攻坚战, 五项正义要求: a small Chinese count (ten at most, no qualifier) of items,
    points or aspects that nothing creates or adds to (no verb such as 新建, 完成, 举办 in the four characters
    before it: cue role count_verb) names or lists things; it is a label, no quantity to compare. So is a
    count that sums up a list before it, verbs and all (瓦斯治理和整顿关闭两个攻坚战), and a count of aspects even
    after such a verb (推出8个方面90项政策措施: the measures are made, the aspects group them)."""
    parts = _counts_parts(c)
    if not ((c.chinese or parts) and c.value is not None and 1 < c.value <= (_MAX_PARTS if parts else 10)
            and c.unit in _NAMED_COUNT_UNITS):
        return None  # 一个, 一项: the indefinite article, a word (chinese_word)
    if c.mult or c.pre or c.post or c.approx:
        return None
    start = c.index.last_before(BOUNDARY + "、", c.core_start) + 1
    verb_from = max(start, c.core_start - 4)
    programme = _RE_PROGRAMME.match(c.index.text, c.m.end())
    if (c.index.has_match(c.resources.cue("count_verb"), verb_from, c.core_start)
            and not c.index.has_match(_RE_COORDINATION, c.index.last_before(BOUNDARY, c.core_start) + 1, verb_from)
            and not c.index.text.startswith("方面", c.m.end())  # 推出8个方面90项政策措施: aspects are not made
            and not programme):  # 为职工办好十件实事: a programme's name, whatever verb does it
        return None
    if programme and _RE_PROGRAMME_DONE.match(c.index.text, programme.end()):
        return None  # 10件实事全部兑现: what came of them, a result
    return "label"


#: A programme of things to do for the people, by its count (办好十件实事, 兴办10件民生实事; not 实事项目: projects).
_RE_PROGRAMME = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{_PROGRAMME_NOUNS})")
#: What came of a programme's things, in the count's clause (…全部兑现, …全面完成, …已完成).
_RE_PROGRAMME_DONE = re.compile(r"[^，。；：！？]{0,12}?(?:已|完成|实现|达到|兑现|落实)")


def count_of_the_named(c: Candidate) -> str | None:
    """“城镇新增就业”“新增返乡创业”…等6项重要就业指标, 成立书法、摄影、舞蹈等3个兴趣小组: a count right after 等 that
    closes a list its clause names (two or more items, quoted or joined by 、), and is at most one more than the
    items named, counts what was just named, before the noun it counts: a label; so does a count right after the
    list's last item without 等 that is exactly as many as the items (甲小学、乙幼儿园、丙小学3所学校). Not a count of
    many that a few examples open (组织张三、李四等20家企业参加: a quantity), nor one that closes its clause (产量将增长…的有生铁、钢、
    糖等十七种；: how many there will be)."""
    if c.value is None or c.mult or c.approx or c.pre or c.unit not in _LISTED_UNITS \
            or not RE_HAN.match(c.index.text, c.m.end()):
        return None  # …有生铁、钢、糖等十七种；: a count that closes its clause says how many there are
    after_etc = c.index.text.startswith("等", c.core_start - 1)
    if not after_etc and not RE_HAN.match(c.index.text, c.core_start - 1):
        return None
    end = c.core_start - 1 if after_etc else c.core_start
    start = max(c.index.last_before("，。；：！？\n\t", end) + 1, c.core_start - _LIST_REACH)
    listed = c.index.text[start:end]  # a bounded look back: linear however long the clause
    named = max(len(_RE_QUOTED_ITEM.findall(listed)), listed.count("、") + 1 if "、" in listed else 0)
    if not after_etc:  # 祁连路小学、…、华藏寺村幼儿园6所学校: the count of the names right before it, as many
        names = listed.split("、")  # (not 五、投资12亿元建设2个…: a list's marker and a task, no names)
        joined = 1 if _RE_LAST_JOINED.search(names[-1]) else 0  # 兰州市、白银市、定西市和临夏州4个市州: 和 joins the last
        return "label" if (named >= 2 and c.value in (named, named + joined)
                           and all(len(n) >= _NAME_MIN for n in names)) else None
    return "label" if named >= 2 and 1 < c.value <= named + 1 else None


def count_before_its_list(c: Candidate) -> str | None:
    """4个事业单位分别是传媒中心、工会干部学校…, 入选的3个案例分别为：甲…；乙…: a count whose things are named one by one
    right after it (分别是, 分别为 and a list joined by 、 or ；) names the list, as the count of things named before it
    does (:func:`count_of_the_named`): a label. Not a count whose 分别为 gives figures (两项指标分别为8%和9%)."""
    if c.value is None or c.mult or c.approx or c.pre or c.unit not in _LISTED_UNITS:
        return None
    text = c.index.text
    m = _RE_NAMED_AFTER.match(text, c.m.end())
    if not m or not RE_HAN.match(text, m.end()):
        return None  # the first thing listed is a name, not a figure
    stop = min(len(text), m.end() + _LIST_REACH)
    ends = [k for k in (text.find(mark, m.end(), stop) for mark in "。\n") if k >= 0]
    listed = text[m.end():min(ends) if ends else stop]
    return "label" if "、" in listed or "；" in listed or ";" in listed else None


#: What a count of things named after it is followed by: the noun it counts, then 分别是/分别为 (a colon may follow).
_RE_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?分别(?:是|为|有|包括)[:：]?")
#: The last two names of a list joined by a conjunction (…、定西市和临夏回族自治州): one more name than the commas tell.
_RE_LAST_JOINED = re.compile(r"[\u4e00-\u9fff]{2}[和及与][\u4e00-\u9fff]{2}")
#: The fewest characters of each name a count without 等 counts (祁连路小学; not the marker 五 of 五、…).
_NAME_MIN = 2
#: How far back a count after 等 looks for the items it counts (characters).
_LIST_REACH = 300
#: What a count of the items named before it counts in (等6项指标, 等3个小组, 等两类).
_LISTED_UNITS = ("个", "项", "类", "种", "件", "条", "家", "所", "支", "方面", "大")
#: A quoted item of a list (“城镇新增就业”, 《…》).
_RE_QUOTED_ITEM = re.compile(r"[“「『《][^“”「」『』《》]{1,40}[”」』》]")


def count_of_the_following(c: Candidate) -> str | None:
    """做好以下9个方面、28项具体工作, 从以下三个方面: a count after 以下, 如下 or 下列 (or after such a count and 、, 和 or 及)
    says how many things the text goes on to list; a label, as the labellers' conventions have it (以下三个方面)."""
    if c.value is None or c.mult or c.approx or c.pre or c.unit not in _LISTED_UNITS:
        return None
    start = max(c.index.last_before(BOUNDARY, c.core_start) + 1, c.core_start - _FOLLOWING_REACH)
    return "label" if _RE_FOLLOWING_COUNT.search(c.index.text, start, c.core_start) else None


#: 以下, 如下 or 下列 right before a count, perhaps with another count of the list and its noun between (以下9个方面、); not
#: 以下 as a bound (县级以下14个, 18岁以下).
_RE_FOLLOWING_COUNT = re.compile(rf"(?:(?<![级級岁歲\d%％])以下|如下|下列)(?:[\d{CN_DIGITS}十两]+(?:{'|'.join(_LISTED_UNITS)})"
                                 rf"[\u4e00-\u9fff]{{0,6}}?[、和及])?$")
#: How far back a count looks for 以下 (characters).
_FOLLOWING_REACH = 24


def sample_of_a_survey(c: Candidate) -> str | None:
    """2022年全省5‰人口变动抽样调查, 全国1%人口抽样调查: the share of the population a survey samples names the
    survey, a label (the rounds' labellers, every time)."""
    return "label" if c.after in ("‰", "%") and _RE_SAMPLE_SURVEY.match(c.index.text, c.m.end("num") + 1) else None


#: What follows the share a survey samples (人口变动抽样调查, 人口抽样调查).
_RE_SAMPLE_SURVEY = re.compile(r"(?:人口)?(?:变动)?抽样调查")


def one_of_a_set(c: Candidate) -> str | None:
    """首批提升职工生活品质20个试点城市之一, 全省20个之一: the size of a set the subject is one of names the set,
    a label; not a share (三分之一), nor a thing counted that is one of a set named before (…的4个民生实事服务项目中，
    新建…驿站200家就是其中之一, round 208: the 200 stations are a target of one of the four)."""
    if not c.unit or c.category not in ("count", "organisations"):
        return None
    return "label" if _RE_ONE_OF.match(c.index.text, c.m.end()) else None


def count_of_a_list(c: Candidate) -> str | None:
    """关于经济发展类目标（13个）, 县示范区管委会牵头工作（8项）, 一、促进就业（3项）: a count standing alone in brackets
    right after what it counts, or closing a numbered heading, says how long the list after it is; a label. Not a
    breakdown with its verbs (新建15个，续建42个)."""
    if c.prev not in "（(" or c.unit not in _NAMED_COUNT_UNITS or c.pre or c.approx:
        return None
    text = c.index.text
    if not text.startswith(("）", ")"), c.m.end()):
        return None
    if _RE_LIST_NOUN.search(text, max(0, c.core_start - 4), c.core_start - 1):
        return "label"
    line_start, line_end = text.rfind("\n", 0, c.core_start) + 1, c.m.end() + 1
    closes_heading = text[line_end:line_end + 1] in ("", "\n") and line_end - line_start <= _HEADING_COUNT_MAX
    return "label" if closes_heading and RE_LINE_MARKER.match(text, line_start) else None


def _counts_parts(c: Candidate) -> bool:
    """Whether ``c`` counts aspects, the parts of a programme, a plan's indicators or its list of things to do (9个方面,
    5大, 提出20项主要指标, 10件实事, 十方面32项): a name of them, in any digits; not indicators that have met their
    aims (12项约束性指标已达到…), unless only most of them have (24个主要指标大多数达到…)."""
    if c.unit in _STRUCTURE_UNITS:
        return True
    if _RE_AFTER_KINDS.search(c.index.text, max(0, c.m.start() - 6), c.m.start()):  # 十方面32项, 10类52项民生实事…
        return not _RE_DONE_IN_CLAUSE.match(c.index.text, c.m.end())  # …民生实事全部超额完成: a result
    counted = _RE_PARTS_COUNTED.match(c.index.text, c.m.end())
    if not counted or _RE_SOME_OF_THEM.match(c.index.text, counted.end()):
        return bool(counted)
    return not _RE_MET.match(c.index.text, counted.end())  # 12项约束性指标已达到…: a result


def quality_grade(c: Candidate) -> str | None:
    """达到或好于Ⅲ类水体比例, Ⅰ-Ⅲ类水质比例: a grade of water quality in Roman numerals that bounds the waters a share
    counts (those at Ⅲ or better), a threshold; the grade the water is at (白洋淀水质稳定保持III类) is the figure itself,
    read by the later rules; another Roman grade before 类 (Ⅲ类医疗器械) names a class, a label."""
    if not is_roman_grade(c):
        return None
    start, end = clause_start(c), c.m.end()
    if not _RE_WATER.search(c.index.text, start, end + _WATER_LOOK):
        return "label"
    bounds = c.index.text.endswith(_BETTER_THAN, start, c.m.start()) or _RE_SHARE_AFTER.match(c.index.text, end)
    return "threshold" if bounds else None


def is_roman_grade(c: Candidate) -> bool:
    """Whether the number is a grade in Roman numerals before 类 (Ⅲ类, Ⅰ-Ⅲ类)."""
    return c.unit == "类" and bool(_RE_ROMAN_GRADE.fullmatch(c.num))


#: Words of water whose quality a grade names (地表水, 水质, 水体, 断面, 水域, 河流), looked for in the clause before the grade
#: and this far after it.
_RE_WATER = re.compile(r"水|断面|斷面|河流|湖泊|海域")
_WATER_LOOK = 6
#: A grade as the worst one admitted (达到或好于Ⅲ类, 优于Ⅲ类), and a share or count of what is at it after the grade
#: (Ⅲ类水体比例, Ⅰ-Ⅲ类水质断面占比): the grade bounds the things counted.
_BETTER_THAN = ("好于", "优于", "優于", "優於", "优良")
_RE_SHARE_AFTER = re.compile(r"[^，。；\n]{0,10}?(?:比例|占比|比重|个数|比率)")
_RE_ROMAN_GRADE = re.compile(ROMAN_GRADE)


def size_class(c: Candidate) -> str | None:
    """两位数增长: a count of digits is a class of size, a threshold. 千亿级产业集群, 3个万亿元级产业, 百亿级项目, 20亿级项目: a magnitude of 亿 before 级 is a size class, the least size of
    the things it names (a threshold); but not a level reached (达万亿级规模, 跨越千亿级台阶, 实现万亿级跃升, 提升至7万亿级:
    after 达, 越, 破, 超, 至, 到, 迈上, 跨上, 实现: a result or an aim, read by the later rules)."""
    if c.category == "magnitude":
        return "threshold"  # 保持两位数增长: a class of size (ten or more), not two of anything
    start = c.m.start("num")  # after a qualifier (达) the match holds
    if _names_a_class_of_size(c):
        return "threshold"  # 千亿产业集群, 超百亿工业企业, 连跨4个千亿台阶: the class named after it bounds the things counted
    if _sum_names_a_class(c):
        return "threshold"  # 成为玉林首个300亿元园区, 过10万亿元省份: the same, the size written as a sum
    if not _is_magnitude_class(c) or _RE_LEVEL_REACHED.search(c.index.text, max(0, start - 2), start):
        return None
    return "threshold"


def _names_a_class_of_size(c: Candidate) -> bool:
    """A bare magnitude of 亿 (千亿, 万亿元) right before what it is the size class of, without 级
    (:data:`analysis.candidates.MAGNITUDE_CLASS_NOUN`: 产业, 城市, 县, 项目, 企业; 台阶 after a count of them)."""
    return bool(_RE_BARE_MAGNITUDE.fullmatch(c.num)) and not c.mult and c.unit in ("", "元", "美元") \
        and bool(_RE_MAGNITUDE_CLASS_NOUN.match(c.index.text, c.m.end()))


def _sum_names_a_class(c: Candidate) -> bool:
    """A sum in 亿 of 元 with no qualifier right before what it is the size class of (:data:`_RE_SUM_CLASS_NOUN`:
    首个300亿元园区, 过10万亿元省份), not after words of a sum spent or agreed (总投资300亿元企业 …)."""
    start = c.m.start("num")
    return not c.chinese and c.mult.endswith("亿") and c.unit in ("元", "美元") and not c.post \
        and bool(_RE_SUM_CLASS_NOUN.match(c.index.text, c.m.end())) \
        and not _RE_AMOUNT_OF.search(c.index.text, max(0, start - 4), start)


def _is_magnitude_class(c: Candidate) -> bool:
    """A bare magnitude of 亿 (千亿, 万亿), or a number in 亿 or 万 (20亿, 50亿), with 级 as its unit or right after its
    unit (千亿元级, 10亿元级): a class of size, however the number is written."""
    magnitude = bool(_RE_BARE_MAGNITUDE.fullmatch(c.num)) or not c.chinese and c.mult.endswith(("亿", "万"))
    return magnitude and (c.unit == "级" or c.index.text.startswith("级", c.m.end()))


def label_unit(c: Candidate) -> str | None:
    """98周年, 一周年, 十五届, 中美两国, 东北三省: units that always make a label (``units.csv``, column label);
    but not 一 of a named set (一国两制: :func:`_one_of_a_named_set`), nor 两届 (a count of sessions held), nor a
    level of 亿 reached (达万亿级规模: see :func:`size_class`), nor a grade bounded (二级以上医疗机构), nor a
    number of kinds with a floor or cap (不少于50类…竞赛: how many, not which), nor the grade of a prize won
    (荣获…三等奖: read by the later rules, a result in a review)."""
    if c.unit == "届" and c.num.startswith("两"):
        return None  # 连续举办两届…: 两 counts, it never numbers an edition (see edition)
    if _is_magnitude_class(c):
        return None
    if c.unit == "级" and (c.post in ("以上", "以下") or c.index.text.startswith(("及以上", "及以下"), c.m.end())):
        return None  # 二级以上医疗机构, 二级及以上公路: a bound on a grade, read by scope_condition
    if c.unit == "类" and (c.pre or c.post):
        return None  # 不少于50类, 30类以上: a count of kinds, which a name never bounds
    if is_roman_grade(c):
        return None  # 水质稳定保持III类: the grade the water is at (see quality_grade)
    if c.unit == "等" and c.index.has_match(RE_WON, clause_start(c), c.core_start) \
            and not _RE_PRIZES_COUNTED_BEFORE.search(c.index.text, max(0, c.m.start() - 5), c.m.start()) \
            and not _RE_PRIZES_COUNTED_AFTER.match(c.index.text, c.m.end()):
        return None  # 荣获全国职工网络正能量创意三等奖: a prize won, a result (the labellers', 13 of 19 times); not
        # where the prizes are counted (共获得5个一等奖, 荣获二等功1次: the grade names what the count counts)
    return "label" if c.unit in c.resources.label_units and not _one_of_a_named_set(c) else None


def quoted_code(c: Candidate) -> str | None:
    """“30强”, “1+3”: an Arabic number inside quotation marks is a name (a label), unless its unit is 年, 月 or 日,
    an amount of money or a share (“20元撬动50元及以上消费”, “满800减500元”: a quoted offer states amounts), a
    streak (水质实现“9连优”: a run of results, quoted as a catchword), or a count a verb before it in the quote
    makes (cue role count_verb: “建设改善1000间…休息室”, a task named as a project)."""
    if not c.quoted or c.chinese or c.unit.startswith(("年", "月", "日")):
        return None
    opens = c.index.last_before("“", c.m.start()) + 1
    if c.unit and c.index.has_match(c.resources.cue("count_verb"), max(opens, c.core_start - _QUOTED_TASK_LOOK),
                                    c.core_start):
        return None  # “建设改善1000间生产一线职工工间休息室”: a task quoted as a project's name states its count
    return None if c.category in ("currency", "percent", "streak") else "label"


#: How far before a quoted number a verb that makes what it counts is looked for (建设改善1000间…).
_QUOTED_TASK_LOOK = 6


def part_of_a_formula(c: Candidate) -> str | None:
    """现提出如下“1+3+15+1”（1个总体要求，3项重大任务，15项重点工作，1个组织保障）: the counts in the brackets right after a
    quoted formula of numbers spell out its terms, each the name of a part of the document, not an amount (a label)."""
    opens = c.index.last_before("（(", c.m.start())
    if opens < 0 or c.m.start() - opens > _FORMULA_PARTS_LOOK \
            or c.index.has_match(_RE_BRACKET_CLOSE, opens, c.m.start()):
        return None
    return "label" if _RE_QUOTED_FORMULA.search(c.index.text, max(0, opens - 40), opens) else None


#: A quoted formula of numbers or letters joined by + right before a bracket (“1+3+15+1”（, “1+N”()).
_RE_QUOTED_FORMULA = re.compile(r"[“\"][0-9A-Za-z]{1,3}(?:[+＋][0-9A-Za-z]{1,3}){1,8}[”\"]$")
_RE_BRACKET_CLOSE = re.compile(r"[）)]")
#: How far into the brackets a term's count is looked for.
_FORMULA_PARTS_LOOK = 60


#: A reference to a figure, table or annex right before a number (图1：, （见表1）, 附件2): the number names it.
_RE_REFERENCE_BEFORE = re.compile(r"(?:(?:^|[^\u4e00-\u9fff]|[见如附])[图表]|附件|附图|附表)$")


def reference_number(c: Candidate) -> str | None:
    """图1：2011-2015年全县地区生产总值, （见表1）, 附件2: the number of a figure, table or annex referred to, a label
    (not 代表120名 or 报表1份, where 表 ends a word)."""
    if c.chinese or c.unit or not _RE_REFERENCE_BEFORE.search(c.index.text, max(0, c.m.start() - 3), c.m.start()):
        return None
    return "label"


#: How far back a document's title mark 《 is looked for (a title is rarely longer).
_TITLE_MARK_LOOK = 60


def in_a_documents_title(c: Candidate) -> str | None:
    """《萧县第二轮土地承包到期后再延长30年试点工作方案》: a number inside a document's title names the document, a
    label; not a year (《2019-2023年…规划》 dates it, as years do), and not a story's headline a page sets in title marks
    after its label (原标题:《今年新培育1000个乡村建设示范村…》). So does a number in a notice's title standing on
    its line (关于印发《…》等3项省级区域规划的通知): it names what the notice issues."""
    before = c.index.text[max(0, c.m.start() - _TITLE_MARK_LOOK):c.m.start()]
    opening = before.rfind("《")
    in_marks = opening > before.rfind("》") and "\n" not in before[opening:] \
        and not _RE_HEADLINE_LABEL.search(before, 0, opening)  # 原标题:《今年新培育1000个…》: a story's headline
    if not in_marks and not _in_a_notice_title(c):
        return None
    if c.category == "date" and not (c.unit.startswith("年") and c.value is not None and c.value <= 100):
        return None  # a year, month or day in the title dates it
    if c.index.text.startswith(("计划", "规划", "行动计划", "行动方案"), c.m.end()):
        return None  # 《…五年规划》: the plan's name, dropped as everywhere (calendar_date)
    return "label"


#: A page's label of a story's headline right before the title marks it is set in (原标题:《…》).
_RE_HEADLINE_LABEL = re.compile(r"(?:原标题|标题|题)\s*[:：]\s*$")


def _in_a_notice_title(c: Candidate) -> bool:
    """Whether the number stands in a notice's title alone on its line (…关于印发…的通知), no sentence of text."""
    start = c.index.last_before("\n", c.m.start()) + 1
    limit = start + _NOTICE_TITLE_MAX + 1  # the line's end is looked for no further: a longer line is text
    end = c.index.text.find("\n", c.m.end(), limit)
    end = len(c.index.text) if end < 0 and limit >= len(c.index.text) else end
    return 0 <= end - start <= _NOTICE_TITLE_MAX and bool(_RE_NOTICE_TITLE.fullmatch(c.index.text, start, end))


#: A notice's title on its line: 关于 (印发, 转发 …) what it issues, closing on 的通知 (or 的决定, 的批复).
_RE_NOTICE_TITLE = re.compile(r"[^。；！？\n]{0,40}关于[^。；！？\n]{2,150}的(?:通知|决定|批复)\s*")
#: The longest notice title line (characters): a longer line is text.
_NOTICE_TITLE_MAX = 200


def not_a_number(c: Candidate) -> str | None:
    """A numeral string with no value (十三五-like) that no earlier rule made a label is dropped."""
    return DROP if c.value is None and not c.ratio else None


#: A year described as what it is, before 一年 in its clause (2022年是…极为重要的一年, 是实施规划的关键一年).
_RE_YEAR_DESCRIBED = re.compile(r"是[^，。；！？]{0,26}(?:的|关键|重要|开局|攻坚|决胜|收官)$")
#: How far before 一年 the description is looked for (characters).
_DESCRIBED_REACH = 30


def chinese_word(c: Candidate) -> str | None:
    """一站式, 一批: a Chinese numeral without a unit, or of value one without a multiplier, is a word
    (一倍, 翻一番 and years excepted); so is 一年 after a demonstrative (这一年, 那一年: a year pointed at) or as
    the year a clause describes (2022年是…极为重要的一年)."""
    if c.chinese and not c.unit and counts_in_myriads(c) or _is_rank(c):
        return None  # 五十万; 位居世界第一 (a rank)
    if c.chinese and c.value == 1 and c.unit == "年" and c.core_start and c.index.text[c.core_start - 1] in "这那" \
            and not c.index.text.startswith("多", c.m.end()):
        return DROP  # (not 这一年多来: a span of more than a year)
    if c.chinese and c.value == 1 and c.unit == "年" and _RE_YEAR_DESCRIBED.search(c.index.text, max(0, c.core_start - _DESCRIBED_REACH),
                                                                               c.core_start) \
            and c.index.text[c.m.end():c.m.end() + 1] in ("", *"，。；！,;!也"):
        return DROP  # 2022年是…极为重要的一年。, 是…的关键一年: a year described, no span of time
    if c.chinese and (not c.unit or (c.value == 1 and not c.mult and c.category not in ("ratio", "date", "grade"))):
        if _one_event_held(c):
            return None  # 组织一次春游活动, 召开教代会一次: one event to hold, a count like 两次
        return DROP  # (not 一等 of a prize won, 荣获全市一等奖: see label_unit)
    return None


def _one_event_held(c: Candidate) -> bool:
    """一次, 一场, 一期 that a verb of holding governs (组织一次春游活动, 开展一次…培训, 举办一场…健步走; 召开教代会一次，
    the count closing the clause after what is held; 不少于一次, 至少一次: a floor on how often): how many events are held,
    as 两次 and 三期 are; not 第一次, 一次性,
    nor 一次 without such a verb (一次会议 of a session is read by :func:`edition` before), nor after 进行 (进行一次清理,
    进行一次深刻的…教育: to do something once over, no event counted)."""
    if c.num != "一" or c.unit not in _EVENT_UNITS or c.prev == "第" or c.index.text.startswith("性", c.m.end()):
        return False
    text = c.index.text
    if _RE_HOLDS_EVENT.search(text, max(0, c.core_start - _HOLD_LOOK), c.core_start) \
            or text[max(0, c.core_start - 3):c.core_start].endswith(_FLOOR_WORDS):
        return True  # 组织一次…; 每季举行…劝导不少于一次: how often at least, a count
    start = c.index.last_before(BOUNDARY, c.core_start) + 1
    return text[c.m.end():c.m.end() + 1] in ("", *"，。；,;") \
        and _RE_HOLDS_EVENT_BEFORE.search(text, start, c.core_start) is not None


#: A floor right before the count (不少于一次, 至少一次).
_FLOOR_WORDS = ("不少于", "不低于", "至少")
#: Units of events held (次, 场, 期).
_EVENT_UNITS = ("次", "场", "期")
#: A verb of holding right before the count (组织一次, 开展了一次, 分别组织一次 is 组织 right before).
_RE_HOLDS_EVENT = re.compile(r"(?:组织|开展|召开|举办|举行|开设|开办)了?$")
_HOLD_LOOK = 3
#: A verb of holding and what it holds before a count that closes the clause (召开教代会一次，).
_RE_HOLDS_EVENT_BEFORE = re.compile(r"(?:组织|开展|召开|举办|举行)[\u4e00-\u9fff“”\"]{1,10}$")


def clock_time(c: Candidate) -> str | None:
    """会议于9:30开始, 2022-09-21 11:28:24: numbers joined by colons that read as a clock's time, with
    no word of a ratio before them in their clause, are no quantity; a ratio (三次产业结构调整为5：40：55, 男女比例为
    1:1.05, 2.0:56.4:41.6) is one, as a whole."""
    if not c.ratio:
        return None
    if _RE_CLOCK.fullmatch(c.num) and not c.index.has_match(_RE_RATIO_WORD, clause_start(c), c.core_start):
        return DROP
    return None


def no_unit(c: Candidate) -> str | None:
    """A number without a unit counts nothing the tables can compare, unless 万 or 亿 make it a count
    (参保人数增加7359万, 1.17亿, 裁减军队员额五十万的任务, 八亿农民, 上百万赤脚医生: :func:`population_size`), it is a
    rank, an index's, a coefficient's or a ratio's value (居民消费价格指数为102.7, 利用系数提高到0.517), or a sign makes it a bound of a measure (人均健康期望寿命≥71)."""
    if c.unit or c.mult.startswith(("万", "亿")) or _is_rank(c) or c.pre in _SIGNS or c.ratio \
            or _RE_INDEX_BEFORE.search(c.index.text, max(0, c.m.start() - _INDEX_LOOK), c.m.start()):
        return None  # a rank needs no unit (位居全省第3), nor an index (居民消费价格指数为102.7, 收入比为2.026), nor a bound written
        # with a sign (健康期望寿命≥71), nor a ratio (三次产业比重2.8:56.1:41.1)
    return None if counts_in_myriads(c) else DROP


def calendar_date(c: Candidate) -> str | None:
    """2018年, 一九五三年, 六十年代, 3月, 22日, 一季度, and spans of years (过去五年, 三年内): dates and time frames.

    A year is 1900–2100; a number of years up to 100 is a span of time (but
    五年计划, 十年规划, 三年行动计划 name a plan and are dropped, and a span that is lengthened
    or shortened, 再延长30年, or held, 三十年不变, or measured, 受教育年限达到11.7年, 50年一遇, or how early a thing
    is done, 提前一年实现, is left to the later rules); a month 1–12, a day 1–31, a quarter 1–4.
    Other numbers of these units are dropped, and so is a fraction before a unit other than 年 (1.2年度总目标:
    the number of a heading).
    """
    if c.category != "date":
        return None
    value = c.value
    if c.unit == "年代" or (c.unit.startswith("年") and 1900 <= value <= 2100):
        return "date"
    if c.unit != "年" and _RE_FRACTION_OF_YEARS.search(c.num):
        return DROP  # 1.2年度总目标: a year's point (年度, 年底) has no fractions; the number is a heading's
    if c.unit.startswith("年") and value <= 100:  # a span of years, but not the name 五年计划, 十年规划
        if _RE_CHANGE_OF_SPAN.search(c.index.text, max(0, c.m.start() - 3), c.m.start()) \
                or _RE_HELD_FOR.match(c.index.text, c.m.end()) or c.index.text.startswith("一遇", c.m.end()) \
                or _RE_FRACTION_OF_YEARS.search(c.num) \
                or _RE_LENGTH_MEASURE.search(c.index.text, max(clause_start(c), c.m.start() - 10), c.m.start()) \
                or _RE_STREAK.search(c.index.text, max(0, c.m.start() - 3), c.m.start()):
            return None  # 承包期再延长30年, 三十年不变, 受教育年限提高到11.7年, 防洪能力提高到50年一遇 (a return period,
            # a standard), 连续35年居全国首位 (a streak): a span set, measured or held is a quantity
        return DROP if c.index.text.startswith(("计划", "规划", "行动计划", "行动方案"), c.m.end()) else "date"
    if c.unit.startswith("月") and 1 <= value <= 12:
        return "date"
    if c.unit == "日" and 1 <= value <= 31:
        return "date"
    if c.unit == "季度" and 1 <= value <= 4:
        return "date"  # 一季度, 第三季度, 前三季度: a quarter of the year (a count of them is 个季度, a duration)
    return DROP


def time_frame(c: Candidate) -> str | None:
    """过去五个月中, 三个月内, 只有122天了, 历时8个月, 成立3个多月来, 奋战一百天 (a campaign's time), 会期3天, 为期两年 (how
    long a meeting or a campaign lasts, round 211): a
    duration (个月, 天, 小时) that frames the time of what is said is a time frame, a date; a duration set or
    measured (免征3个月, 抗旱能力达到三十天) or held (连续8个月位居全省第1: a streak, :data:`_RE_STREAK`) is left to
    the later rules."""
    end = c.m.end()
    if c.unit == "个" and c.index.text.startswith(("多月", "半月"), end):
        end += 2  # 3个多月: the quantity pattern ends at 个, the duration goes on
    elif c.category != "duration":
        return None
    before = c.index.text[max(0, c.m.start() - 3):c.m.start()]
    if _RE_STREAK.search(before):
        return None
    if _RE_FRAME_BEFORE.search(before) or _RE_FRAME_AFTER.match(c.index.text, end):
        return "date"
    return None


#: Words right before a duration that make it the time something happens in (过去, 前, 只有, 历时 …).
_RE_FRAME_BEFORE = re.compile(r"(?:过去|最近|近|前|只有|还有|仅有|用了?|历时|经过|连续|长达|奋战|决战|大干|鏖战|会期|为期)$")
#: Words right after it that do (…内, …中, …来, …的时间).
_RE_FRAME_AFTER = re.compile(r"(?:之?内|中|间|来|以来|里|之后|以后|的时间)")


#: The rules of this module, in the order :data:`analysis.target_rules.RULES` tries them.
NAME_RULES = (
    in_a_foreign_line,
    inside_longer_numeral,
    clock_time,
    part_of_code,
    placeholder_or_model,
    word_with_one,
    set_phrase,
    place_name,
    numeral_in_a_word,
    ordinal,
    plan_period,
    numbered_slogan,
    edition,
    political_formula,
    crowd_in_a_name,
    round_the_clock,
    named_count,
    count_of_the_named,
    count_before_its_list,
    count_of_the_following,
    sample_of_a_survey,
    one_of_a_set,
    count_of_a_list,
    quality_grade,
    size_class,
    label_unit,
    quoted_code,
    part_of_a_formula,
    reference_number,
    in_a_documents_title,
    not_a_number,
    chinese_word,
    no_unit,
    calendar_date,
    time_frame,
)
