"""Review or plan: whether a text speaks of what was done or of what is to be done.

A plan reviews before it plans, and not always under a heading that says so
(回顾, 总结). The words of a text tell its time: 过去, 已, 取得了, 以来 look back;
要, 将, 力争, 今后, 到2020年 look ahead (``resources/time_cues.csv``, each with a
weight). A year named before the plan's period looks back, a year after it
looks ahead. :func:`orientation` counts both; the larger sum, by a margin,
says which way the text looks. :func:`orient_parts` gives each text unit of a plan
its part by these counts and its heading; :func:`heading_parts` gives a heading
line the part of the text it heads.

>>> o = orientation("过去一年，国内生产总值增长了8.7%，城镇新增就业1102万人。")
>>> o.label(), o.review > o.plan
('review', True)
>>> orientation("今年要着力扩大内需，城镇新增就业900万人以上。").label()
'plan'
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import regexscan
from .indicator_tables import is_attributed_row
from .loader import Resources, load_resources
from .patterns import RE_FIVE_YEAR_PLAN, five_year_plan_of, year_value

__all__ = ["Orientation", "orientation", "orient_parts", "heading_parts", "opens_on_the_period", "REVIEW", "PLAN",
           "FORWARD_PARTS",
           "RE_BASE_AFTER_YEAR", "BASE_BEFORE_YEAR"]

REVIEW, PLAN = "review", "plan"
#: A year, in Arabic or Chinese digits (1954年, 一九五四年).
_RE_YEAR = re.compile(r"((?:19|20)\d{2}|[一二][九〇零][〇零一二三四五六七八九]{2})(?=年)")
#: Words after a year that make it the base of a comparison (在2022年的基础上翻一番): it places nothing in time.
#: (Not 比2020年: counted as a look back, it tells the old reports' reviews, 1956年…比1955年增加62%; but see
#: ``comparison_bases`` in :func:`orientation`.)
RE_BASE_AFTER_YEAR = re.compile(r"年度?(?:底|末)?的?(?:基础上|基数上?|水平上)")
#: A verb whose object is a year's work, right before the year (总结2008年工会工作, 表彰2023年度先进): a task still to
#: do names that year, so it looks neither back nor ahead (总结了2008年… is told by its 了).
_RE_TASK_ON_YEAR = re.compile(r"(?:总结|回顾|表彰|评选|考核|审计|盘点)好?$")
#: The start of a span of years, right before its last year (2013—2017年).
_RE_SPAN_START = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—\-–~至]\s*$")
#: Words right before a year that make it the base of a comparison (较2012年下降18%, 比2019年增长10%, 与2015年相比).
BASE_BEFORE_YEAR = ("比", "较", "与", "同", "由")
#: The speaker's opening sentence (现在，我代表市人民政府，向大会报告工作，请予审议。): what comes before it in its
#: paragraph is the speaker's address too.
#: A five-year plan named by its quoted name alone, with no 时期, 期间, 规划 after it (“十五五”发展的主要考虑).
#: Its groups are those of :data:`analysis.patterns.RE_FIVE_YEAR_PLAN` (``long`` and ``end`` always empty), so
#: :func:`analysis.patterns.five_year_plan_of` reads it.
_RE_QUOTED_FIVE_YEAR_PLAN = re.compile(
    r"[“\"]十(?P<short>[一二三四五六七八九]?)五[”\"](?P<long>)(?P<end>)(?!期间|时期|末|计划|规划)")
_RE_SPEAKER_SENTENCE = re.compile(r"(?:我代表|我受[^。！？\n]{0,12}委托)[^。！？\n]*[。！？]?")  # 我受国务院的委托，现在向大会提出…
#: The marks a clause starts after.
_CLAUSE_ENDS = ("，", "。", "；", "：", ",", ";", ":")
#: A cue that compares with the same time of the year before (同比, 比上年同期): a result's measure in a review, the base of a
#: target where the text is known to state targets (``comparison_bases`` False in :func:`orientation`).
_RE_COMPARED_WITH_LAST_YEAR = re.compile(r"同比|(?:比|较)上年同期")
#: A document's name in title marks (《…“十三五”…规划纲要》, 《…计划（2016-2020年）》): its words and years name it, they
#: tell no time of the text; they are read as blanks of the same length (offsets stay those of the text).
_RE_DOCUMENT_NAME = re.compile(r"《[^《》\n]{1,80}》")
#: A requirement or principle cited by its own words after a verb of following (坚持两手抓、两手都要硬的方针; 落实疫情要防住、
#: 经济要稳住的要求; 按照出手要快、出拳要重的要求): its 要 is what the principle demands, told as its name, in a review as in
#: a plan, not what the text will do; read as blanks, as a document's name is.
_RE_CITED_PRINCIPLE = re.compile(r"(?<=落实|贯彻|按照|遵循|根据|对照|执行|坚持)[^，。；！？\n]{0,30}?要[^，。；！？\n]{0,30}?"
                                 r"(?=[”\"]?的(?:要求|指示|精神|原则|方针))")
#: A year outside the plan's period counts this much.
YEAR_WEIGHT = 2
#: A year that opens the text as its frame of time (2016年，全省…) counts this much: it dates what follows.
OPENING_YEAR_WEIGHT = 4
#: Cues of at least this weight are strong: they alone may overrule a heading.
STRONG_WEIGHT = 2
#: The parts that speak of what is to be done (a text under them that looks back becomes summary).
FORWARD_PARTS = ("plan", "goals", "principles", "guarantees")
#: A decisive heading's part gives way only when the text's own cues lead by this much.
STRONG_LEAD = 6
#: Under a heading that does not decide, a unit looks back when its review cues lead by this much.
REVIEW_LEAD = 2


@dataclass(frozen=True)
class Orientation:
    """The weighted counts of review and plan cues in a text, and the cues found (evidence).

    Made by :func:`orientation`.

    Parameters
    ----------
    review : int, default 0
        The summed weights of the review cues (and of years before the period).
    plan : int, default 0
        The summed weights of the plan cues (and of years after the period).
    cues : tuple of str, default ()
        Every cue found, as ``direction:text`` (``review:过去``, ``plan:2011年``),
        the word cues in the order of ``time_cues.csv``, then the years.
    strong_review : int, default 0
        The part of ``review`` from strong cues (weight :data:`STRONG_WEIGHT`
        or more, and years).
    strong_plan : int, default 0
        The part of ``plan`` from strong cues.

    Examples
    --------
    >>> Orientation(review=3, plan=2).label(), Orientation(review=3, plan=2).label(2)
    ('review', '')
    """

    review: int = 0
    plan: int = 0
    cues: tuple[str, ...] = ()
    #: The sums of the strong cues only (weight 2 and more: 过去, 已, 了, 要, 将, 今后 …).
    strong_review: int = 0
    strong_plan: int = 0

    def label(self, margin: int = 1) -> str:
        """``review`` or ``plan`` when that sum leads by at least ``margin``; '' when neither does.

        Parameters
        ----------
        margin : int, default 1
            How much one sum must exceed the other.

        Returns
        -------
        str
            :data:`REVIEW`, :data:`PLAN` or ``""``.
        """
        if self.review - self.plan >= margin:
            return REVIEW
        if self.plan - self.review >= margin:
            return PLAN
        return ""


def orientation(text: str, resources: Resources | None = None, *,
                period: tuple[int | None, int | None] = (None, None), comparison_bases: bool = True) -> Orientation:
    """The review and plan cues of ``text`` (``resources/time_cues.csv``) and of the years it names.

    Every match of a cue's pattern adds its weight to its direction. With a
    ``period``, each year the text names (before 年, in Arabic or Chinese
    digits) adds :data:`YEAR_WEIGHT` (:data:`OPENING_YEAR_WEIGHT` when it
    opens the text, 2016年，…): to review when it is before the period,
    to plan when after it; a year inside it counts for neither, nor does a
    year that is the base of a comparison (在2022年的基础上) or the end of a
    span of years the period falls in (（2013—2017年） in 2015). A five-year
    plan named as a time (“十五五”时期) that begins with the period or later
    adds :data:`YEAR_WEIGHT` to plan.

    Parameters
    ----------
    text : str
        The text (a sentence, a paragraph, an item).
    resources : Resources or None, default None
        The time cues; ``None`` means the project's
        (:func:`analysis.loader.load_resources`).
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year (the last ``None`` for a one-year
        plan); without a first year, years are not counted.
    comparison_bases : bool, default True
        Whether a year that is the base of a comparison (较2012年下降18%,
        比2019年增长10%) counts as a time of the text, and a comparison with the
        same time of the year before (同比, 比上年同期) as a look back; ``False``
        where the text is known to state targets, which it compares with a past year.

    Returns
    -------
    Orientation
        The sums, the strong sums and the cues found.

    Examples
    --------
    >>> o = orientation("2009年国内生产总值增长8.7%，2011年要保持增长。", period=(2010, 2010))
    >>> o.review, o.plan, o.cues
    (2, 4, ('plan:要', 'review:2009年', 'plan:2011年'))
    """
    resources = resources or load_resources()
    text = _RE_DOCUMENT_NAME.sub(lambda m: "《" + "＿" * (len(m.group(0)) - 2) + "》", text)  # names tell no time
    text = _RE_CITED_PRINCIPLE.sub(lambda m: "＿" * len(m.group(0)), text)  # nor does a principle's wording
    sums = {REVIEW: 0, PLAN: 0}
    strong = {REVIEW: 0, PLAN: 0}
    found = []
    for direction, scanner, weight in resources.compiled("time_cue_scanners", _time_cue_scanners):
        for m in scanner.finditer(text):
            if not comparison_bases and _RE_COMPARED_WITH_LAST_YEAR.fullmatch(m.group(0)):
                continue  # 同比增长6.5%以上 where the text states targets: the base of a target, no look back
            sums[direction] += weight
            strong[direction] += weight if weight >= STRONG_WEIGHT else 0
            found.append(f"{direction}:{m.group(0)}")
    first, last = period
    lead = len(text) - len(text.lstrip())  # where the text's first word starts (once: no copy per year)
    if first is not None:
        for m in _RE_YEAR.finditer(text):
            if RE_BASE_AFTER_YEAR.match(text, m.end()):
                continue  # 在2022年的基础上: the base of a comparison, no time of the text
            if not comparison_bases and text[m.start() - 1:m.start()] in BASE_BEFORE_YEAR:
                continue  # 较2012年下降18% in a part that plans: the base of its target
            if _RE_TASK_ON_YEAR.search(text, max(0, m.start() - 3), m.start()):
                continue  # 总结2008年工会工作: the object of a task, no time of the text
            year = year_value(m.group(1))
            span = _RE_SPAN_START.search(text, max(0, m.start() - 8), m.start())
            if span and int(span.group(1)) <= first <= year:
                continue  # （2013—2017年）: a span of years the period falls in, the time of a task, not ahead
            direction = REVIEW if year < first else PLAN if year > (last or first) else ""
            if direction:
                opening = m.start() == lead and text[m.end() + 1:m.end() + 2] in "，,"
                sums[direction] += OPENING_YEAR_WEIGHT if opening else YEAR_WEIGHT
                strong[direction] += OPENING_YEAR_WEIGHT if opening else YEAR_WEIGHT
                found.append(f"{direction}:{m.group(0)}年")
        _count_five_year_plans(text, first, last or first, sums, strong, found, lead)
    return Orientation(sums[REVIEW], sums[PLAN], tuple(found), strong[REVIEW], strong[PLAN])


def _time_cue_scanners(resources: Resources) -> tuple[tuple[str, regexscan.Scanner, int], ...]:
    """(direction, scanner, weight) of the time cues: each pattern scanned only where a match can begin."""
    return tuple((direction, regexscan.Scanner(pattern), weight) for direction, pattern, weight in resources.time_cues)


def _count_five_year_plans(text: str, first: int, last: int, sums: dict, strong: dict, found: list,
                           lead: int = 0) -> None:
    """Add the five-year plans ``text`` names as times (“十五五”时期, 第二个五年计划期间) that begin with the plan's
    period or later: they look ahead (“十五五”时期 in a plan for 2026). One the period falls inside of counts
    for neither (its targets and 以来 are both said of it), and so does one that ended before the period: it is
    as often the base of a comparison (同第一个五年计划的第一年…作比较, 比“十三五”末) as the time looked back on;
    but one that opens the text (its first word at ``lead``), a line of it (under a heading line the unit holds) or a
    clause, before a comma (“十三五”时期，我市坚持…;
    …高度重视，“十三五”期间，全市…; 。“十三五”期间GDP年均增长…) or as the subject of 是 (“十三五”时期是不平凡的五年) is
    the time the text tells of, and looks back as an opening year does (:data:`OPENING_YEAR_WEIGHT`); so does the
    time since a past one began, opening a clause (。“十四五”以来，…)."""
    for m in RE_FIVE_YEAR_PLAN.finditer(text):
        years = five_year_plan_of(m)
        if years is None:
            continue
        if years[1] < first and (m.start() == lead or text[m.start() - 1:m.start()] in _CLAUSE_ENDS + ("\n",)) \
                and (text[m.end():m.end() + 1] in ("，", ",", "是") or m.group(0).endswith(("期间", "时期"))):
            sums[REVIEW] += OPENING_YEAR_WEIGHT
            strong[REVIEW] += OPENING_YEAR_WEIGHT
            found.append(f"{REVIEW}:{m.group(0)}")
        elif years[0] >= first and years[1] > last:
            sums[PLAN] += YEAR_WEIGHT
            strong[PLAN] += YEAR_WEIGHT
            found.append(f"{PLAN}:{m.group(0)}")
    for m in _RE_SINCE_A_FIVE_YEAR_PLAN.finditer(text) if "以来" in text else ():  # (most texts say no 以来: no scan)
        years = five_year_plan_of(m)
        if years is not None and years[1] < first \
                and (m.start() == lead or text[m.start() - 1:m.start()] in _CLAUSE_ENDS + ("\n",)):
            sums[REVIEW] += OPENING_YEAR_WEIGHT  # “十四五”以来，…取得…成就 in a proposal for the 十五五: the years since a
            strong[REVIEW] += OPENING_YEAR_WEIGHT  # past plan began, told as a clause's frame, as 2021年以来，… is
            found.append(f"{REVIEW}:{m.group(0)}")


def orient_parts(rows: list[dict], text: str, resources: Resources, period: tuple = (None, None), *,
                 leaning: str = "") -> None:
    """Set the part of each unit of the body from its heading and its own words (in place, reading order).

    Under a decisive heading (回顾 → summary; 任务, 部署 → plan …) a unit keeps the
    heading's part unless its own strong review or plan cues (:mod:`analysis.orientation`)
    lead the other way by :data:`STRONG_LEAD`. Under any other heading, or with no
    heading at all, the unit's cues decide when one side leads by
    :data:`REVIEW_LEAD`; a unit whose cues do not decide takes the direction of
    the unit before it in the same section (a review runs on for paragraphs),
    unless its cues only look ahead, however weakly (…都有明确目标。其中，新命名…: a
    plan's paragraph after a paragraph of background), or, in a plan (``leaning``
    plan), it opens on a year of the plan's period and has no review cue (2024年实事项目分别为：…).
    Where the genre leans to review (``leaning``), a unit under no decisive
    heading is a review unless its strong plan cues lead by :data:`REVIEW_LEAD`
    (a summary's 加强, 推进 … tell what was done). A unit that looks back becomes
    ``summary``; any other takes the heading's part when that is a planning part,
    else ``plan``. A preamble paragraph that looks back (its cues lead by
    :data:`REVIEW_LEAD`; in a genre that leans to review, unless its strong plan
    cues lead by as much) is a review too; only its words after the speaker's
    opening sentence (…我代表…。) count. In a plan (``leaning`` plan) a preamble
    paragraph that does not look back and is a statement (:func:`_states_the_plan`)
    says what the plan is for and how it goes (…的总体要求是：…; 为…，制定本方案):
    ``principles``; in any other genre, one whose strong plan cues lead by :data:`REVIEW_LEAD`, or that
    opens on a year of the plan's period with no review cue, plans (a page cut into a report's plan before its
    first numbered section: 建议主要预期目标为：…; 2022年，推进309国道…); one that is a row of an indicator table ending
    in its attribute (…13.75 15预期性: :func:`analysis.indicator_tables.is_attributed_row`) plans too, in any genre but
    a record. Other preamble rows, and
    cover, closing, appendix and annex
    rows, keep their part. A unit's words are read up to its ``content_end``.

    Parameters
    ----------
    rows : list of dict
        The rows in reading order, each with ``part``, ``heading`` (part,
        decisive), ``section_no``, ``section_title``, ``start`` and
        ``content_end``; their ``part`` is changed.
    text : str
        The cleaned text the offsets refer to.
    resources : Resources
        The time cues (``time_cues.csv``).
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year: a year named before it looks back,
        after it ahead.
    leaning : str, default ""
        How the genre reads a unit under no decisive heading that comes before
        the first section headed decisively as plan: ``review`` (a work
        summary, a summary and plan), ``mixed`` (a report that reviews, then
        plans; only when such a plan section is found) and ``review_then_plan``
        (a report on a plan's execution with the next year's draft plan: a review
        up to its plan section, or throughout when the text stops before one; its
        opening paragraphs read by their own cues, as a mixed report's) make it a
        review unless its strong plan cues lead; ``record`` (a genre that only
        reports, a statistical communiqué) makes every unit of the body and every
        statement of the preamble a review, whatever its words (推进, 促进,
        “十一五”规划目标 tell what was done); ``entry`` (a yearbook's entry, a work
        summary under its 【概况】 heading) does the same up to the first section
        headed decisively as plan, and reads what comes after as ``review`` does; ``""`` and ``plan`` (a genre that plans: its
        opening statement is ``principles``, as above): its cues and the unit
        before it decide; ``unknown`` (a text of no known genre) as ``""``, but a
        unit whose strong cues look back by :data:`REVIEW_LEAD` with none ahead
        is a review, whatever the verbs that open its clauses.

    Examples
    --------
    >>> text = "过去一年，新建职工之家10家。今年要新建职工之家12家。"
    >>> rows = [{"part": "plan", "heading": ("plan", False), "section_no": 1, "section_title": "工作",
    ...          "start": start, "content_end": end} for start, end in ((0, 15), (15, 28))]
    >>> orient_parts(rows, text, load_resources())
    >>> [row["part"] for row in rows]
    ['summary', 'plan']
    """
    _headings_ahead(rows, resources, period)
    plan_starts = min((row["start"] for row in rows if _opens_plan(row["heading"])),
                      default=len(text) + 1 if leaning in ("review", "review_then_plan", "entry") else -1)
    leans = leaning in ("review", "mixed", "review_then_plan", "entry")
    previous, section = None, object()
    for row in rows:
        if row["part"] == "preamble" and row["heading"][1] and row["heading"][0] in FORWARD_PARTS + ("summary",):
            row["part"] = row["heading"][0]  # under a plain heading line that decides (经济社会发展主要预期目标): a body's
        if row["part"] == "preamble":  # an opening paragraph that looks back (上半年，市总工会…取得了…) reviews,
            # but not the speaker's opening words (现在，我代表国务院，向大会报告过去五年的工作)
            # the speaker's opening words are no review (本届政府履行职责已经一年。现在，我代表国务院，向大会报告…);
            # what follows them in the same paragraph may be, where a text lost its line breaks
            opening = _RE_SPEAKER_SENTENCE.split(text[row["start"]:row["content_end"]])[-1]
            cues = orientation(opening, resources, period=period)
            looks_back = (_states_the_plan(opening) if leaning in ("record", "entry")  # a communiqué's or a yearbook
                          # entry's opening statement reports
                          else cues.strong_plan - cues.strong_review < REVIEW_LEAD if leaning == "review"
                          else cues.label(REVIEW_LEAD) == REVIEW)  # a summary's opening paragraph reviews
            if leaning != "record" and is_attributed_row(opening):
                row["part"] = "plan"  # 肉类总产量万吨13.75 15预期性: a row of the plan's targets, on a page cut into its table
            elif opening.strip() and looks_back:
                row["part"] = "summary"
            elif leaning == "plan" and _states_the_plan(opening):
                row["part"] = "principles"  # what the plan is for and how it goes: 总体要求是…, 为…，制定本方案
            elif _states_the_plan(opening) and (cues.strong_plan - cues.strong_review >= REVIEW_LEAD
                                                or not cues.review and opens_on_the_period(opening, period)):
                # a page cut into a report's plan (建议主要预期目标为：…; 2023年，商洛市将…; 2022年，推进309国道…): it plans
                row["part"] = "plan"
            continue
        if row["part"] not in FORWARD_PARTS + ("summary",):
            continue
        part, decisive = row["heading"]
        if (row["section_no"], row["section_title"]) != section:
            previous, section = None, (row["section_no"], row["section_title"])
        if leaning == "record" or leaning == "entry" and row["start"] < plan_starts:
            row["part"] = "summary"  # a communiqué reports, whatever its words (推进, 促进 …): no cues to read; so does a
            # yearbook's entry, up to a heading of what is planned
            continue
        unit = text[row["start"]:row["content_end"]]
        cues = orientation(unit, resources, period=period)
        if leaning == "plan" and not cues.review and opens_on_the_period(unit, period):
            previous = None  # 2024年上海工会服务职工实事项目分别为：… in a plan: its own year, no review running on
        row["part"] = _unit_part(cues, part, decisive, leans and row["start"] < plan_starts, previous)
        if row["part"] != "summary" and not decisive and leaning == "unknown" and not cues.strong_plan \
                and cues.strong_review >= REVIEW_LEAD:
            row["part"] = "summary"  # a text of no known genre: strong cues back and none ahead decide, whatever the verbs
            # that open its clauses (强化, 推动 …: how a department's summary tells its year as well as how a plan sets it)
        if row["part"] != "summary" and not decisive and _opens_looking_back(unit, cues, resources, period):
            row["part"] = "summary"  # “十三五”时期是我发展砥砺奋进、极不平凡的五年。面对…，加快…建设，…全面完成: a review after a
            # unit that plans, its weak cues ahead the clause-opening verbs a review tells its work with
        if row["part"] != "summary" and not decisive and not cues.strong_plan and _opens_before(unit, period):
            row["part"] = "summary"  # 2024年，我省坚持…，全面落实…，着力做好…。全年…增长4.8%: a year before the plan's
            # frames it, and only weak cues (a clause opening on 全面, 着力 …, as a review's clauses do too) look ahead
        previous = REVIEW if row["part"] == "summary" else PLAN


def _opens_looking_back(unit: str, cues: Orientation, resources: Resources, period: tuple) -> bool:
    """Whether ``unit`` looks back throughout: no strong cue ahead and at least two strong ones back (:data:`REVIEW_LEAD`
    twice), more cues back than ahead, and a first sentence that looks back by a strong cue and not ahead at all (a plan's
    item that names a past year in passing, 做好2015年以来…自查自纠工作, opens on its task)."""
    if cues.strong_plan or cues.strong_review < 2 * REVIEW_LEAD or cues.review <= cues.plan:
        return False
    first = orientation(re.match(r"[^。！？!?]*[。！？!?]?", unit).group(0), resources, period=period)
    return first.strong_review > 0 and not first.plan


def _opens_before(unit: str, period: tuple) -> bool:
    """Whether ``unit`` begins with a year before the plan's ``period``, as the frame of its first clause (2024年，我省…
    in a plan for 2025; not 2024年以来 or 2024年的基础上, which :func:`orientation` weighs as it does any year)."""
    m = re.match(r"\s*" + _RE_YEAR.pattern + r"年度?[，,]", unit)
    return bool(m) and period[0] is not None and year_value(m.group(1)) < period[0]


def opens_on_the_period(unit: str, period: tuple) -> bool:
    """Whether ``unit`` begins with a year of the plan's ``period`` (2024年上海工会…实事项目分别为 in a plan for 2024)."""
    m = _RE_YEAR.match(unit.lstrip())
    return bool(m) and period[0] is not None and period[0] <= year_value(m.group(1)) <= (period[1] or period[0])


#: A preamble paragraph of a plan that is text (not its title, a date or a speaker's line) is at least this long.
_STATEMENT_MIN = 20


def _states_the_plan(paragraph: str) -> bool:
    """Whether a plan's preamble paragraph is a statement of the plan, not a line of its heading (a title, its
    years in brackets, 时间：2018.2.25): at least :data:`_STATEMENT_MIN` characters with a clause's punctuation."""
    paragraph = paragraph.strip()
    return len(paragraph) >= _STATEMENT_MIN and bool(re.search(r"[，。；]|：.", paragraph))


def _headings_ahead(rows: list[dict], resources: Resources, period: tuple) -> None:
    """A section heading whose words decide nothing but that names a time ahead of the plan's period, and no
    earlier one and no review cue (“十五五”发展的主要考虑 in a report for 2026), heads planned work: its rows
    get a decisive plan heading; not one that says what that time is (“十五五”时期是…的关键时期, over the
    achievements and the situation a proposal opens with)."""
    if period[0] is None:
        return
    ahead: dict[str, bool] = {}
    for row in rows:
        if row["heading"][1] or row["part"] not in FORWARD_PARTS or not row["section_title"]:
            continue
        title = row["section_title"]
        if title not in ahead:
            ahead[title] = _names_only_times_ahead(title, period) and orientation(title, resources).review == 0 \
                and not _RE_PERIOD_DESCRIBED.search(title)
        if ahead[title]:
            row["heading"] = ("plan", True)


#: The time since a five-year plan began (“十四五”以来, 第十个五年计划实施以来), as the frame of a clause. Its groups are those
#: of :data:`analysis.patterns.RE_FIVE_YEAR_PLAN` (``end`` always empty), so :func:`analysis.patterns.five_year_plan_of`
#: reads it.
_RE_SINCE_A_FIVE_YEAR_PLAN = re.compile(r"[“\"]?(?:十(?P<short>[一二三四五六七八九]?)五|第(?P<long>[一二三四五六七八九十]+)个五年)[”\"]?"
                                        r"(?:规划|计划)?(?:实施)?(?P<end>)以来")
#: A heading that says what a time ahead is (“十五五”时期是…的关键时期): the situation a proposal opens on, told with the
#: achievements before it, not the work it plans.
_RE_PERIOD_DESCRIBED = re.compile(r"(?:时期|阶段|期间)是")


def _names_only_times_ahead(title: str, period: tuple) -> bool:
    """Whether ``title`` names a year or a five-year plan (“十五五”, with or without 时期) after the plan's
    ``period`` begins, and none before it."""
    first, last = period[0], period[1] or period[0]
    spans = [(year_value(m.group(1)),) * 2 for m in _RE_YEAR.finditer(title)]
    spans += [five_year_plan_of(m) for pattern in (RE_FIVE_YEAR_PLAN, _RE_QUOTED_FIVE_YEAR_PLAN)
              for m in pattern.finditer(title)]
    spans = [span for span in spans if span is not None]
    return bool(spans) and all(start >= first and end > last for start, end in spans)


def _opens_plan(heading: tuple[str, bool]) -> bool:
    """A heading that decides a planning part, or one that announces a review and what is ahead together (a
    mixed heading, ``("summary", False)``: “十四五”时期发展成就和“十五五”时期主要目标任务): from it on a
    genre's leaning to review no longer holds, and the units' own cues decide."""
    part, decisive = heading
    return decisive and part in FORWARD_PARTS or (part, decisive) == ("summary", False)


def _unit_part(cues: Orientation, part: str, decisive: bool, leans_to_review: bool, previous: str | None) -> str:
    """The part of one unit from its cues, its heading's (part, decisive), whether its genre leans to review
    there and the direction of the unit before it in its section (see :func:`orient_parts`)."""
    forward = part if part in FORWARD_PARTS else "plan"
    if decisive:  # only strong cues (not a clause that starts with 加强, 推进 …) overrule a heading
        lead = cues.strong_plan - cues.strong_review if part == "summary" else cues.strong_review - cues.strong_plan
        return part if lead < STRONG_LEAD else ("plan" if part == "summary" else "summary")
    if leans_to_review:  # a summary's text: 加强, 推进 … tell what was done
        if previous == PLAN and cues.plan and not cues.review:
            return forward  # …通化将坚持… then 紧跟…部署，加快培育…: a story that turned to plans goes on with them
        return "summary" if cues.strong_plan - cues.strong_review < REVIEW_LEAD else forward
    if not cues.label(REVIEW_LEAD) and cues.plan and not cues.review:
        return forward  # its own words look only ahead, however weakly: the review before it does not run on
    return "summary" if (cues.label(REVIEW_LEAD) or previous) == REVIEW else forward


def heading_parts(rows: list[dict]) -> None:
    """A heading line whose words do not decide its part (关于外交工作) takes the part of most of the text it
    heads, counted in characters; a decisive heading (2023年工作回顾) keeps its own. ``rows`` (in reading
    order, with ``item_id``, ``unit_type``, ``part``, ``heading``, ``start`` and ``end``) are changed.

    >>> rows = [{"item_id": "d:1.h", "unit_type": "heading", "part": "plan", "heading": ("plan", False),
    ...          "start": 0, "end": 6},
    ...         {"item_id": "d:1.p1", "unit_type": "paragraph", "part": "summary", "heading": ("plan", False),
    ...          "start": 7, "end": 40}]
    >>> heading_parts(rows)
    >>> rows[0]["part"]
    'summary'
    """
    heads: dict[str, dict] = {}
    chars: dict[str, Counter] = {}
    for row in rows:
        local = re.sub(r"~\d+$", "", row["item_id"].split(":", 1)[1])
        if row["unit_type"] == "heading":
            if not row["heading"][1]:
                heads[local[:-2]] = row
            continue
        path = local.split(".")
        for key in (".".join(path[:k]) for k in range(1, len(path))):  # the nodes above the unit: 3, 3.1 …
            if key in heads:
                chars.setdefault(key, Counter())[row["part"]] += row["end"] - row["start"]
    for key, row in heads.items():
        if chars.get(key):
            row["part"] = chars[key].most_common(1)[0][0]
