"""Promise and delivery: pair a plan's target with the result a later document reports for it.

A **promise** is a quantity of kind ``target`` that measures a comparable
indicator (``resources/indicators.csv``: a pattern on the indicator phrase and
the units it may carry) for one year. Its **outcome** is a quantity of kind
``achieved`` for the same indicator and the same year, reported by a *later*
document of the same place (the next work report's review, a half-year
summary, an annex column). Functions on the processed tables:

``indicator_subjects``  the indicator phrase, completed from the quantity before it (比上年 → 国内生产总值比上年)
``figure_years``        the year each target promises and each achieved figure reports on, with the evidence
``delivery_status``     met / missed for target and outcome values, by the target's direction
``promise_outcomes``    one row per promise with its outcome (or ``no outcome``) and its status
``delivery_summary``    per indicator: promises, met, missed, no outcome

**The year of an outcome.** The targets table's ``year`` is the year named in
the sentence, else the document's period: right for a plan, wrong for the
review part of an annual report (the 2010 report's 国内生产总值比上年增长8.7%
has year 2010 there, but describes 2009). :func:`figure_years` therefore reads
the time of each achieved figure again, from the nearest time word before it
in its sentence, or the time clause that opens an earlier sentence of its
paragraph (刚刚过去的2017年，…): a year (2009年, 一九五七年) → that year; 去年,
过去一年 → the report's year − 1; 今年 → a summary's own year; a span of years
(五年来, 年均, 累计, 以来, 时期, 比2000年) → not an annual figure (left out).
Without such a time word, the section title decides (2009年工作回顾 in the 2010
report → 2009; 过去五年工作回顾 → left out), and else the genre of the document
(:data:`REVIEW_LAG`): the review part of a government work report describes
the year before the report; the review of a half-year or year-end summary
describes its own year; any other figure is left out. Never a guess: a
promise without an outcome for its year is ``no outcome``.
"""

from __future__ import annotations

import re
from typing import Mapping

import numpy as np
import pandas as pd

from .loader import Resources
from .patterns import year_value
from .schema import PROMISE_DELIVERY_COLUMNS
from .target_summaries import match_indicators

__all__ = [
    "STATUSES",
    "REVIEW_LAG",
    "LATE_IN_YEAR",
    "COMPARABLE_UNITS",
    "FRAME_MAX_CHARS",
    "indicator_subjects",
    "figure_years",
    "delivery_status",
    "promise_outcomes",
    "delivery_summary",
]

#: The status of a promise.
STATUSES = ("met", "missed", "no outcome")

#: Years between a document's year and the year its review part (``summary``) describes, by ``doc_type``:
#: a government work report (given in March) reviews the year before; a half-year or year-end summary
#: reviews its own year. Genres not listed: an achieved figure without a time word has no year.
REVIEW_LAG = {"government_work_report": 1, "summary_and_plan": 0, "work_summary": 0, "progress_report": 0}

#: Genres written during or at the end of their year: later than a plan or report of the same year.
LATE_IN_YEAR = frozenset({"summary_and_plan", "work_summary", "progress_report"})

#: Units that measure the same thing on different scales: unit → (common unit, factor to it).
#: The targets table keeps 吨, 斤 and 公斤 apart (each its own base unit); grain targets and results use all three.
COMPARABLE_UNITS = {"吨": ("公斤", 1000.0), "公斤": ("公斤", 1.0), "斤": ("公斤", 0.5)}

_YEAR = r"(?:19|20)\d{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2}"
#: Time words, tried at each position; the nearest before a figure decides its year.
_RE_TIME = re.compile(
    rf"(?P<base>[比较与同按])?(?P<year>{_YEAR})(?:\s*[-—–~至到]\s*(?P<year2>{_YEAR}))?\s*年(?!代)"
    r"|(?<![比较同与和])(?P<last>去年|上一年|过去一年|过去的一年|刚刚过去的一年|一年来)(?!同期)"
    r"|(?<![比较同与和])(?P<this>今年|本年度|本年)"
    r"|(?P<multi>年均|平均每年|每年平均|累计|以来|期间|时期|(?<!\d)\d{1,2}年(?![代底末初度级])"
    r"|[两三四五六七八九十几多]年(?![代底末初度级]))"
)
#: An indicator phrase that names no subject, only a comparison or a time: its subject is the quantity's before it.
_RE_BARE_PHRASE = re.compile(r"^(?:比上年|比去年|同比|较上年|实际|名义|年均|平均每年|分别|全年|去年|又|再|共|其中)*$")
#: A fall (下降5%): the value is a decrease. 下降到 / 回落到 name a level instead.
_RE_FALL_WORD = re.compile(r"(?:下降|降低|减少|回落|下跌)$")


def _time_cues(text: str) -> list[tuple[int, str, str]]:
    """The time words of ``text`` in order: (start, kind, value), kind one of year, span, last, this, multi.

    A year after 按 (按2010年价格计算, a price base) or in a clause ending in 基础上 (在1992年快速增长的基础上)
    is skipped; a year after 比, 较, 与 or 同 (比2000年增长) is the base of a change over several years: ``multi``.
    """
    cues = []
    for m in _RE_TIME.finditer(text):
        if m.group("year"):
            base = m.group("base")
            clause_end = min((i for i in (text.find("，", m.end()), text.find(",", m.end())) if i >= 0), default=len(text))
            if base == "按" or "基础上" in text[m.end():clause_end]:
                continue
            if base:
                cues.append((m.start(), "multi", m.group(0)))
            elif m.group("year2"):
                cues.append((m.start(), "span", f"{year_value(m.group('year'))}-{year_value(m.group('year2'))}"))
            else:
                cues.append((m.start(), "year", str(year_value(m.group("year")))))
        elif m.group("last"):
            cues.append((m.start(), "last", m.group("last")))
        elif m.group("this"):
            cues.append((m.start(), "this", m.group("this")))
        else:
            cues.append((m.start(), "multi", m.group("multi")))
    return cues


def _time_cue(text: str) -> tuple[str, str] | None:
    """The nearest time word at the end of ``text``, as (kind, value) (see :func:`_time_cues`)."""
    cues = _time_cues(text)
    return cues[-1][1:] if cues else None


#: Where a sentence (or a list entry of a report: 国内生产总值增长9%；城镇新增就业1113万人；) ends.
_RE_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
#: A sentence whose opening clause has a time word starting within this many characters, with no figure
#: before it, is framed by it, and so are the sentences after it (刚刚过去的2017年，… / 五年来，… /
#: 1979年农业总产值比1978年增长8.6%。).
FRAME_MAX_CHARS = 16
_RE_YEAR_WORD = re.compile(rf"(?:{_YEAR})年")
#: A sentence's opening clause (up to its first comma), and a leading 在…基础上， clause skipped before it.
_RE_OPENING_CLAUSE = re.compile(r"[^，,]*")
_RE_ON_THE_BASIS = re.compile(r"^在[^，,。]*基础上[，,]")


def _paragraph_cue(before: str) -> tuple[tuple[str, str] | None, str]:
    """The time word that dates a figure, from the text of its paragraph before it: (cue, where).

    The nearest time word of the figure's own sentence (``sentence``); else the nearest earlier sentence
    of the paragraph whose opening clause holds a time word (``frame``: within :data:`FRAME_MAX_CHARS`
    characters, no figure before it; a leading 在…基础上， clause skipped: 2012年，… / 过去一年，… /
    刚刚过去的2017年，… / 这五年，…). A time word further inside an earlier sentence (粮食产量5.31亿吨，实现连续
    6年增产 / 涉农贷款余额从2007年末的…) speaks of that sentence's figure, not this one.
    """
    paragraph = before[before.rfind("\n") + 1:]
    sentences = _RE_SENTENCE_END.split(paragraph)
    own = _time_cue(sentences[-1])
    if own is not None:
        return own, "sentence"
    for sentence in reversed(sentences[:-1]):
        opening = _RE_OPENING_CLAUSE.match(_RE_ON_THE_BASIS.sub("", sentence.strip())).group(0)
        cues = _time_cues(opening)
        if not cues:
            continue
        start, kind, value = cues[0]
        if start <= FRAME_MAX_CHARS and not re.search(r"\d", _RE_YEAR_WORD.sub("", opening[:start])):
            return (kind, value), "frame"
    return None, ""


def _title_cue(title: str, year: int) -> tuple[str, str] | None:
    """What a section title says about the time of its text: a single year before ``year``, last year, or several years."""
    years, kinds = [], set()
    for m in _RE_TIME.finditer(title or ""):
        if m.group("year") and not m.group("base") and not m.group("year2"):
            years.append(year_value(m.group("year")))
        elif m.group("last"):
            kinds.add("last")
        elif m.group("multi") or m.group("year2") or (m.group("year") and m.group("base") != "按"):
            kinds.add("multi")
    before = [y for y in years if y < year]
    if before:
        return ("year", str(max(before)))
    if "last" in kinds:
        return ("last", "")
    if "multi" in kinds:
        return ("multi", "")
    return None


def indicator_subjects(targets: pd.DataFrame) -> pd.Series:
    """The indicator phrase of each quantity, completed when it names only a comparison or a time.

    国内生产总值达到33.5万亿元，比上年增长8.7%: the second quantity's phrase is 比上年,
    which says what the growth is measured against but not what grows. Such a
    bare phrase (比上年, 同比, 实际, 年均, 全年 … or nothing) is appended to the
    completed phrase of the quantity before it in the same sentence (of kind
    target, achieved or baseline), giving 国内生产总值比上年. Any other phrase is
    kept as it is.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``quantity_id``, ``item_id``, ``start``,
        ``kind``, ``indicator`` and ``sentence``.

    Returns
    -------
    pandas.Series
        The completed phrase, indexed like ``targets``.

    Examples
    --------
    >>> t = pd.DataFrame({"quantity_id": ["d:1#q1", "d:1#q2"], "item_id": "d:1", "start": [7, 20],
    ...                   "kind": "achieved", "indicator": ["国内生产总值", "比上年"],
    ...                   "sentence": "国内生产总值达到33.5万亿元，比上年增长8.7%；"})
    >>> indicator_subjects(t).tolist()
    ['国内生产总值', '国内生产总值比上年']
    """
    phrases = targets["indicator"].fillna("").astype(str)
    subjects = phrases.copy()
    bare = phrases.str.fullmatch(_RE_BARE_PHRASE.pattern)
    if not bare.any():
        return subjects
    measured = targets["kind"].isin(["target", "achieved", "baseline"])
    # Only sentences that hold a bare phrase need the walk below.
    keys = pd.MultiIndex.from_frame(targets[["item_id", "sentence"]])
    wanted = keys.isin(keys[(bare & measured).to_numpy()])
    ordered = targets[measured & wanted].sort_values(["item_id", "start"])
    for _, group in ordered.groupby(["item_id", "sentence"], sort=False):
        previous = None
        for index in group.index:
            if bare.loc[index] and previous is not None:
                subjects.loc[index] = previous + phrases.loc[index]
            previous = subjects.loc[index]
    return subjects


def figure_years(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    items: pd.DataFrame,
    *,
    review_lag: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """The year each target promises and each achieved figure reports on, and why.

    **Achieved figures** (outcomes), in order:

    1. an annex cell: its column's year (the ``year`` column);
    2. the nearest time word before it in its own sentence (a list entry
       ending in ； counts as a sentence), else the time clause opening an
       earlier sentence of its paragraph (a time word in its opening clause,
       within :data:`FRAME_MAX_CHARS` characters, no figure before it:
       刚刚过去的2017年，… / 这五年，…): a year
       → that year (a span 2018—2020年 → the span); 去年, 过去一年 … → the
       document's year − 1; 今年 → the document's year in a summary (lag 0),
       none in a report (its 今年 is the plan's year); 年均, 累计, 以来, 时期,
       五年, a base year (比2000年; a price base 按2010年价格 and 在1992年…的基础上
       are skipped) → none
       (several years). A time word inside an earlier sentence (实现连续6年增产)
       dates that sentence's figure, not this one;
    3. its section title: a year before the document's → that year; 去年,
       一年来 → the document's year − 1; several years (过去五年, “十一五”时期) → none;
    4. in the review part (``summary``): the document's year − the lag of its
       genre (``review_lag``); otherwise none.

    **Targets** keep the ``year`` of the targets table, except that a target
    whose nearest time word in its own sentence (or, without one, whose section
    title) speaks of several years (年均, 五年, “十二五”时期的主要目标) has none: its
    horizon is not one year. A target after 去年 in its sentence restates an
    old promise: none.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``quantity_id``, ``doc_id``, ``item_id``,
        ``part``, ``start``, ``kind`` and ``year``.
    documents : pandas.DataFrame
        The documents table; needs ``doc_id``, ``year_start`` and
        ``doc_type``.
    items : pandas.DataFrame
        The items table; needs ``item_id``, ``text``, ``start`` and
        ``section_title``.
    review_lag : mapping of str to int or None, default None
        Years between a document and the year its review part describes, by
        ``doc_type``; ``None`` means :data:`REVIEW_LAG`.

    Returns
    -------
    pandas.DataFrame
        One row per target and achieved figure, in the order of ``targets``:
        ``quantity_id``, ``kind``, ``year`` (a year, a span such as
        ``2018-2020``, or ``""`` when the figure holds for no single year) and
        ``year_evidence`` (``annex_column``, ``named_year``, ``named_span``,
        ``last_year``, ``this_year``, ``several_years``, ``section_title``,
        ``review_lag``, ``table_year`` for a target's own year, or ``none``).

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["r"], "year_start": [2010], "doc_type": ["government_work_report"]})
    >>> items = pd.DataFrame({"item_id": ["r:1.p1"], "text": ["国内生产总值增长8.7%。五年来，城镇新增就业5000万人。"],
    ...                       "start": [0], "section_title": ["2009年工作回顾"]})
    >>> t = pd.DataFrame({"quantity_id": ["q1", "q2"], "doc_id": "r", "item_id": "r:1.p1", "part": "summary",
    ...                   "start": [6, 20], "kind": "achieved", "year": "2010"})
    >>> figure_years(t, docs, items)[["year", "year_evidence"]].values.tolist()
    [['2009', 'section_title'], ['', 'several_years']]
    """
    lag = REVIEW_LAG if review_lag is None else review_lag
    doc_year = pd.to_numeric(documents.set_index("doc_id")["year_start"], errors="coerce")
    doc_type = documents.set_index("doc_id")["doc_type"]
    item_of = {item_id: (text, start, title) for item_id, text, start, title
               in zip(items["item_id"], items["text"], items["start"], items["section_title"])}
    rows = []
    for q in targets[["quantity_id", "doc_id", "item_id", "part", "start", "kind", "year"]].itertuples(index=False):
        table_year = "" if pd.isna(q.year) else str(q.year)
        report_year = doc_year.get(q.doc_id)
        report_year = None if report_year is None or pd.isna(report_year) else int(report_year)
        if q.kind not in ("target", "achieved"):
            year, evidence = "", "none"
        elif q.part == "annex":
            year, evidence = table_year, "annex_column"
        else:
            cue, where = _figure_cue(q, item_of, report_year)
            if q.kind == "target":
                year, evidence = _target_year(cue, table_year)
            else:
                year, evidence = _outcome_year(cue, where, report_year, q.part, lag.get(doc_type.get(q.doc_id)))
        rows.append((q.quantity_id, q.kind, year, evidence))
    return pd.DataFrame(rows, columns=["quantity_id", "kind", "year", "year_evidence"])


def _figure_cue(q, item_of: Mapping[str, tuple], report_year: int | None) -> tuple[tuple[str, str] | None, str]:
    """The time cue of a figure and where it was found: its paragraph (``own``/``frame``) or its section title.

    ``item_of`` gives each item id its (text, start, section title).
    """
    cue, where, title = None, "", ""
    if q.item_id in item_of:
        text, start, section_title = item_of[q.item_id]
        before = str(text)[: max(0, int(q.start) - int(start))]
        cue, where = _paragraph_cue(before)
        if q.kind == "target" and where == "frame":
            cue, where = None, ""  # a plan sentence is dated by itself (its year column), not by the one before
        title = section_title if isinstance(section_title, str) else ""
    if cue is None and report_year is not None:
        cue, where = _title_cue(title, report_year), "title"
    return cue, where


def _target_year(cue: tuple[str, str] | None, table_year: str) -> tuple[str, str]:
    """(year, evidence) of a target: its year column, unless its context speaks of several years or of the last."""
    if cue is not None and cue[0] in ("multi", "last"):
        return "", "several_years" if cue[0] == "multi" else "last_year"
    if not table_year.isdigit():  # 2018-2020: a target for a span of years is no one-year promise
        return "", "several_years" if table_year else "none"
    return table_year, "table_year"


def _outcome_year(cue: tuple[str, str] | None, where: str, report_year: int | None, part: str,
                  lag: int | None) -> tuple[str, str]:
    """(year, evidence) of an achieved figure: a named year or span, the section title, 去年/过去一年, a
    summary's 今年, else the genre's review lag (``lag``: years between a report and the year it reviews)."""
    if cue is None:
        if part == "summary" and report_year is not None and lag is not None:
            return str(report_year - lag), "review_lag"
        return "", "none"
    kind, value = cue
    if kind == "multi":
        return "", "several_years"
    if where == "title":
        return (value if kind == "year" else str(report_year - 1)), "section_title"
    if kind in ("year", "span"):
        return value, "named_year" if kind == "year" else "named_span"
    if kind == "last" and report_year is not None:
        return str(report_year - 1), "last_year"
    if kind == "this" and report_year is not None and lag == 0:
        return str(report_year), "this_year"  # a summary's 今年; a report's 今年 is its plan year
    return "", "none"


#: A bare figure (direction ``exact``) whose phrase ends in a cap or a floor: 城镇登记失业率控制在4.6% is at most 4.6%.
_RE_CAP_WORD = re.compile(r"(?:控制在|低于|不超过|不高于)$")
_RE_FLOOR_WORD = re.compile(r"(?:不低于|不少于|超过|高于)$")


def _promised_direction(direction: str, subject: str) -> str:
    """The direction of a target, with a bare figure after a cap word (控制在, 低于) read as at_most and after a
    floor word (不低于, 超过) as at_least; other directions as extracted."""
    if direction == "exact" and _RE_CAP_WORD.search(subject or ""):
        return "at_most"
    if direction == "exact" and _RE_FLOOR_WORD.search(subject or ""):
        return "at_least"
    return direction


def _is_fall(subject: str, qualifier: str, unit: str) -> bool:
    """Whether a percentage is a decrease: 下降 among its qualifiers or a fall word ending its phrase (能耗降低)."""
    if unit not in ("%", "个百分点"):
        return False
    return "下降" in (qualifier or "").split("；") or bool(_RE_FALL_WORD.search(subject or ""))


def delivery_status(
    pairs: pd.DataFrame,
    *,
    about_tolerance: float = 0.1,
    exact_tolerance: float = 0.0,
) -> pd.Series:
    """Met or missed, by the target's direction; ``no outcome`` where there is no outcome value.

    ========== ==========================================================
    direction  met when the outcome …
    ========== ==========================================================
    at_least   is at least the target (以上, 不低于, 超过)
    at_most    is at most the target (以内, 不超过, 控制在…以内)
    about      lies within ``about_tolerance`` × |target| of it (左右, 约):
               8%左右 is met by 7.2% to 8.8% with the default 0.1
    range      lies between the target and its upper end (6.5%-7%)
    exact      equals it within ``exact_tolerance`` × |target| (a bare figure)
    ========== ==========================================================

    Values are compared as given: an outcome written 1000多万人 counts as 1000万.
    A tiny margin (10⁻⁹ relative) absorbs floating-point noise (3.3 - 3.0).

    Parameters
    ----------
    pairs : pandas.DataFrame
        Needs ``target_value``, ``target_value_max`` (the upper end of a
        range), ``target_direction`` and ``outcome_value`` (missing when there
        is no outcome).
    about_tolerance : float, default 0.1
        The relative half-width of "about".
    exact_tolerance : float, default 0.0
        The relative half-width of "exact".

    Returns
    -------
    pandas.Series
        ``met``, ``missed`` or ``no outcome`` (:data:`STATUSES`), indexed like
        ``pairs``.

    Raises
    ------
    ValueError
        When a direction is not one of the five.

    Examples
    --------
    >>> pairs = pd.DataFrame({"target_value": [8.0, 4.6, 900.0, 6.5, 7.5], "target_value_max": [None, None, None, 7.0, None],
    ...                       "target_direction": ["about", "at_most", "at_least", "range", "exact"],
    ...                       "outcome_value": [10.3, 4.1, 1102.0, 6.9, None]})
    >>> delivery_status(pairs).tolist()
    ['missed', 'met', 'met', 'met', 'no outcome']
    """
    known = {"at_least", "at_most", "about", "range", "exact"}
    unknown = sorted(set(pairs["target_direction"].dropna()) - known)
    if unknown:
        raise ValueError(f"unknown direction {', '.join(map(repr, unknown))}: expected one of {', '.join(sorted(known))}")
    target = pairs["target_value"].astype(float)
    upper = pd.to_numeric(pairs["target_value_max"], errors="coerce").astype(float)
    outcome = pd.to_numeric(pairs["outcome_value"], errors="coerce").astype(float)
    direction = pairs["target_direction"]
    eps = 1e-9 * np.maximum(np.abs(target), 1.0)
    met = pd.Series(False, index=pairs.index)
    met[direction == "at_least"] = outcome >= target - eps
    met[direction == "at_most"] = outcome <= target + eps
    met[direction == "about"] = (outcome - target).abs() <= about_tolerance * target.abs() + eps
    met[direction == "exact"] = (outcome - target).abs() <= exact_tolerance * target.abs() + eps
    high = upper.where(upper.notna(), target)
    met[direction == "range"] = (outcome >= target - eps) & (outcome <= high + eps)
    status = np.where(outcome.isna(), "no outcome", np.where(met, "met", "missed"))
    return pd.Series(status, index=pairs.index, dtype=object)


_COLUMNS = list(PROMISE_DELIVERY_COLUMNS)


def _side(pairs: pd.DataFrame) -> pd.Series:
    """Where the outcome fell against the target: above, below or equal (within a range's ends: equal)."""
    low = pairs["target_value"].astype(float)
    high = pairs["target_value_max"].where(pairs["target_direction"] == "range").fillna(low).astype(float)
    outcome = pairs["outcome_value"].astype(float)
    eps = 1e-9 * np.maximum(np.abs(low), 1.0)
    side = np.where(outcome > high + eps, "above", np.where(outcome < low - eps, "below", "equal"))
    return pd.Series(side, index=pairs.index, dtype=object).where(outcome.notna())


def _matched(quantities: pd.DataFrame, indicators: pd.DataFrame | None, resources: Resources | None) -> pd.DataFrame:
    """Targets and achieved figures that measure a comparable indicator, by the rule of :func:`match_indicators`.

    :func:`match_indicators` matches quantities of kind ``target`` only; the outcomes are matched by the
    same rule (pattern on the completed phrase, unit among the indicator's units) by passing them as targets.
    """
    as_targets = quantities.assign(quantity_kind=quantities["kind"], kind="target", indicator=quantities["subject"])
    matched = match_indicators(as_targets, indicators, resources=resources)
    return matched.assign(kind=matched["quantity_kind"]).drop(columns="quantity_kind")


def promise_outcomes(
    targets: pd.DataFrame,
    documents: pd.DataFrame,
    items: pd.DataFrame,
    *,
    indicators: pd.DataFrame | None = None,
    resources: Resources | None = None,
    about_tolerance: float = 0.1,
    exact_tolerance: float = 0.0,
    review_lag: Mapping[str, int] | None = None,
) -> pd.DataFrame:
    """Each promise (a target for an indicator and year) with the outcome a later document reports for it.

    Steps:

    1. The phrase of every target and achieved figure is completed
       (:func:`indicator_subjects`) and matched to the comparable indicators
       (pattern and unit, the rule of
       :func:`analysis.target_summaries.match_indicators`).
    2. Each gets its year (:func:`figure_years`); a target for several years
       (a five-year goal) and an achieved figure for no single year (年均, 五年来)
       are left out.
    3. A document states a promise once: the same indicator, year, value and
       direction repeated in one document (提出国内生产总值增长8%左右 restating the
       goal) is one row, its first statement.
    4. Outcomes are the achieved figures for the same indicator and year, in
       a **later** document of the same ``place``: a later year, or the same
       year when the outcome's document is a summary written during or after
       it (:data:`LATE_IN_YEAR`) and the target's is not. Units must agree
       (:data:`COMPARABLE_UNITS` converts 吨, 斤 and 公斤). The earliest such
       document gives the outcome, and within it the first figure in reading
       order; ``n_outcomes`` counts all candidates. An undated document
       (no ``year_start``) is neither earlier nor later than any other: its
       promises have no outcome and its figures are no outcome.
    5. For percentages, a fall is made comparable: a growth target met by
       a reported 下降0.7% gets outcome −0.7, and a target to cut by 3.4%
       met by a fall of 5.6% compares 5.6 with 3.4 (both falls).
    6. :func:`delivery_status` gives met / missed by the target's direction;
       no outcome → ``no outcome``. A bare figure (``exact``) whose phrase ends
       in a cap word (城镇登记失业率控制在4.6%, 低于) is read as ``at_most``, after a
       floor word (不低于, 超过) as ``at_least``; any other bare figure is met
       only when hit (900万人 is missed by 980万: ``side`` says above).

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table (every column of :mod:`analysis.targets`' output
        that is named here: ``quantity_id``, ``doc_id``, ``item_id``,
        ``part``, ``span``, ``start``, ``value``, ``value_max``, ``unit``,
        ``qualifier``, ``direction``, ``kind``, ``year``, ``indicator``,
        ``sentence``).
    documents : pandas.DataFrame
        The documents table; needs ``doc_id``, ``place``, ``year_start`` and
        ``doc_type``.
    items : pandas.DataFrame
        The items table; needs ``item_id``, ``text``, ``start`` and
        ``section_title``.
    indicators : pandas.DataFrame or None, default None
        The comparable indicators (columns of ``resources/indicators.csv``);
        ``None`` means those of ``resources``.
    resources : Resources or None, default None
        The resource files read when ``indicators`` is ``None``.
    about_tolerance, exact_tolerance : float
        See :func:`delivery_status`.
    review_lag : mapping of str to int or None, default None
        See :func:`figure_years`.

    Returns
    -------
    pandas.DataFrame
        One row per promise: ``place``; ``indicator`` (the ``indicator_id``
        of the comparable indicator, not the phrase), ``label_zh``,
        ``label_en``; ``year``; the target's ``target_doc_id``,
        ``target_quantity_id``, ``target_phrase`` (its completed indicator
        phrase), ``target_span``, ``target_value``, ``target_value_max``,
        ``target_qualifier``, ``target_direction`` (as read in step 6),
        ``unit`` (the target's
        base unit; the outcome is converted to it) and ``target_sentence``;
        the outcome's ``outcome_doc_id``, ``outcome_quantity_id``,
        ``outcome_phrase``, ``outcome_span``, ``outcome_value``,
        ``outcome_qualifier``, ``outcome_year_evidence`` and
        ``outcome_sentence`` (missing without an outcome); ``n_outcomes``;
        ``gap`` (outcome − target), ``side`` (``above``, ``below`` or
        ``equal``: where the outcome fell against the target, or within a
        range; both missing without an outcome) and ``status``
        (:data:`STATUSES`). Sorted by place, indicator, year and the target's
        document and position.
    """
    # a figure with no one value (a ratio, 5：40：55) has nothing to compare
    q = targets[targets["kind"].isin(["target", "achieved"]) & targets["value"].notna()].copy()
    q["subject"] = indicator_subjects(q)
    matched = _matched(q, indicators, resources)
    if matched.empty:
        return pd.DataFrame(columns=_COLUMNS)
    matched = _dated_figures(matched, documents, items, review_lag)
    promises = matched[matched["kind"] == "target"].sort_values(["doc_id", "start"])
    promises = promises.drop_duplicates(["doc_id", "indicator_id", "figure_year", "value", "value_max", "direction"])
    outcomes = matched[(matched["kind"] == "achieved") & matched["doc_order"].notna()].sort_values(["doc_order", "doc_id", "start"])
    by_key = {key: group for key, group in outcomes.groupby(["place", "indicator_id", "figure_year", "common_unit"], sort=False)}
    rows = [_promise_row(p, by_key.get((p.place, p.indicator_id, p.figure_year, p.common_unit)))
            for p in promises.itertuples(index=False)]
    out = pd.DataFrame(rows).reindex(columns=_COLUMNS + ["target_start"])
    out["outcome_value"] = pd.to_numeric(out["outcome_value"], errors="coerce")
    out["target_value_max"] = pd.to_numeric(out["target_value_max"], errors="coerce")
    out["n_outcomes"] = out["n_outcomes"].fillna(0).astype(int)
    out["gap"] = (out["outcome_value"] - out["target_value"]).round(6)
    out["status"] = delivery_status(out, about_tolerance=about_tolerance, exact_tolerance=exact_tolerance)
    out["side"] = _side(out)
    out = out.sort_values(["place", "indicator", "year", "target_doc_id", "target_start"])
    return out.drop(columns="target_start").reset_index(drop=True)


def _dated_figures(matched: pd.DataFrame, documents: pd.DataFrame, items: pd.DataFrame,
                   review_lag: Mapping[str, int] | None) -> pd.DataFrame:
    """Matched figures with their year, place, document order (a summary after a plan of its year), common
    unit and whether they report a fall; figures for no single year are left out."""
    years = figure_years(matched.drop_duplicates("quantity_id"), documents, items, review_lag=review_lag)
    year_of = years.set_index("quantity_id")
    matched = matched.assign(figure_year=matched["quantity_id"].map(year_of["year"]),
                             year_evidence=matched["quantity_id"].map(year_of["year_evidence"]))
    matched = matched[matched["figure_year"] != ""].copy()
    docs = documents.set_index("doc_id")
    matched["place"] = matched["doc_id"].map(docs["place"]).fillna("")
    doc_order = pd.to_numeric(docs["year_start"], errors="coerce") * 2 + docs["doc_type"].isin(LATE_IN_YEAR).astype(int)
    matched["doc_order"] = matched["doc_id"].map(doc_order)
    matched["common_unit"] = matched["unit"].map(lambda u: COMPARABLE_UNITS.get(u, (u, 1.0))[0])
    matched["unit_factor"] = matched["unit"].map(lambda u: COMPARABLE_UNITS.get(u, (u, 1.0))[1])
    matched["falls"] = [_is_fall(s, ql, u) for s, ql, u in zip(matched["subject"], matched["qualifier"], matched["unit"])]
    return matched


def _promise_row(p, candidates: pd.DataFrame | None) -> dict:
    """One promise's row: the target, and the first outcome of the earliest later document (if any)."""
    row = {
        "place": p.place, "indicator": p.indicator_id, "label_zh": p.label_zh, "label_en": p.label_en,
        "year": p.figure_year, "target_doc_id": p.doc_id, "target_quantity_id": p.quantity_id,
        "target_phrase": p.subject, "target_span": p.span, "target_value": p.value,
        "target_value_max": p.value_max, "target_qualifier": p.qualifier,
        "target_direction": _promised_direction(p.direction, p.subject),
        "unit": p.unit, "target_sentence": p.sentence, "target_start": p.start,
    }
    if candidates is not None:  # an undated document's promise has no later document
        candidates = candidates[candidates["doc_order"] > p.doc_order] if pd.notna(p.doc_order) else candidates.iloc[0:0]
    if candidates is None or candidates.empty:
        return row | {"n_outcomes": 0}
    first = candidates.iloc[0]
    value = first["value"] * first["unit_factor"] / p.unit_factor
    if first["falls"] != p.falls:
        value = -value
    return row | {
        "outcome_doc_id": first["doc_id"], "outcome_quantity_id": first["quantity_id"],
        "outcome_phrase": first["subject"], "outcome_span": first["span"], "outcome_value": value,
        "outcome_qualifier": first["qualifier"], "outcome_year_evidence": first["year_evidence"],
        "outcome_sentence": first["sentence"], "n_outcomes": len(candidates),
    }


def delivery_summary(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per indicator: how many promises, and how many were met, missed or have no outcome.

    Parameters
    ----------
    pairs : pandas.DataFrame
        The output of :func:`promise_outcomes`; needs ``indicator``,
        ``label_zh``, ``label_en`` and ``status``.

    Returns
    -------
    pandas.DataFrame
        One row per indicator: ``indicator``, ``label_zh``, ``label_en``,
        ``promises``, ``met``, ``missed``, ``no outcome`` and ``share_met``
        (met over promises with an outcome, 3 decimals; missing when none has
        one). Sorted by promises (most first), then indicator.

    Examples
    --------
    >>> pairs = pd.DataFrame({"indicator": ["gdp_growth"] * 3, "label_zh": "国内生产总值增长", "label_en": "GDP growth",
    ...                       "status": ["met", "missed", "no outcome"]})
    >>> delivery_summary(pairs)[["indicator", "promises", "met", "missed", "no outcome", "share_met"]].values.tolist()
    [['gdp_growth', 3, 1, 1, 1, 0.5]]
    """
    columns = ["indicator", "label_zh", "label_en", "promises", *STATUSES, "share_met"]
    if pairs.empty:
        return pd.DataFrame(columns=columns)
    counts = pd.crosstab(pairs["indicator"], pairs["status"]).reindex(columns=list(STATUSES), fill_value=0)
    labels = pairs.drop_duplicates("indicator").set_index("indicator")[["label_zh", "label_en"]]
    out = labels.join(counts)
    out["promises"] = counts.sum(axis=1)
    judged = out["met"] + out["missed"]
    out["share_met"] = (out["met"] / judged.where(judged > 0)).round(3)
    out = out.reset_index().sort_values(["promises", "indicator"], ascending=[False, True])
    return out.reset_index(drop=True)[columns]
