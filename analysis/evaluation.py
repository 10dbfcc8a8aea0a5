"""How accurate is the pipeline? Target extraction against hand-checked sentences, theme coding
against a hand-coded sample.

``read_gold`` / ``evaluate_extraction``   precision and recall per kind, sentence by sentence
``match_in_documents``                   the same for sentences of whole documents, end to end
                                         (:func:`precision_recall` of its pairs)
``part_agreement``                       the part the build gave hand-labelled paragraphs
``found_in_build`` / ``metadata_agreement`` a blind round's sentences the build kept, and its metadata
                                         against the labeller's (``python -m analysis evaluate`` scores the
                                         rounds in ``tests/data/blind_rounds``)
``agreement``                            accuracy and Cohen's kappa of the primary themes
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd

from .cleaning import PARAGRAPH_MARK, PINYIN_LETTERS, RE_LATIN_ZERO, RE_PINYIN_NOTE, CIRCLES, without_lost_indents
from .loader import Resources, load_resources
from .metadata import lowest_place
from .targets import KINDS, extract_quantities

__all__ = ["read_gold", "evaluate_extraction", "precision_recall", "match_in_documents", "locate_paragraphs",
           "part_agreement", "found_in_build", "metadata_agreement", "coded_unit_of", "agreement"]

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_MIDDLE_DOTS = "·•‧・･∙"
#: Quotation marks, straight or curly, as one: cleaning makes straight ones curly ("十二五" → “十二五”).
_QUOTES = {**dict.fromkeys("“”„‟＂", '"'), **dict.fromkeys("‘’‚‛＇", "'")}


#: A pinyin gloss cut off by the end of an excerpt (…快遞物流服務(w): the start of a gloss cleaning removes whole.
_RE_CUT_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][{PINYIN_LETTERS}]{{0,7}}$")


def _search_form(text: str) -> tuple[str, list[int]]:
    """``text`` as searched (Simplified, NFKC-normalised, no whitespace or invisible characters, every
    middle dot a full stop: cleaning makes a decimal middle dot one; every circle 〇, and a Latin O or 0 between
    Chinese numerals: cleaning makes them the zero of the numeral; every quotation mark straight: cleaning makes them curly; no pinyin glossed
    after a character, whole or cut off by the excerpt's end: cleaning removes those; no bar between a
    table's cells: cleaning sets a progress table's cells apart with tabs), and for each
    of its characters the offset in ``text`` it comes from."""
    simplified = _t2s(text)
    glossed = {i for m in RE_PINYIN_NOTE.finditer(simplified) for i in range(m.start(), m.end())}
    cut = _RE_CUT_GLOSS.search(simplified)  # an excerpt that ends inside a gloss (…服務(w)
    glossed.update(range(cut.start(), cut.end()) if cut else ())
    chars, index = [], []
    for i, ch in enumerate(simplified):
        if i in glossed:
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace() and c not in _INVISIBLE and c != "|":
                chars.append("." if c in _MIDDLE_DOTS else "〇" if c in CIRCLES else _QUOTES.get(c, c))
                index.append(i)
    # a Latin O or a 0 between Chinese numerals is 〇, as cleaning makes it (二O三五年): one character for one
    return RE_LATIN_ZERO.sub(lambda m: "〇" * len(m.group()), "".join(chars)), index


def _t2s(text: str) -> str:
    import opencc

    converted = opencc.OpenCC("t2s").convert(text)
    # OpenCC converts character by character here; when a phrase changes length, go one by one.
    return converted if len(converted) == len(text) else "".join(opencc.OpenCC("t2s").convert(c) for c in text)


_NUMERALS = set("0123456789.〇零一二两三四五六七八九十百千万亿")


def _find_whole(sentence: str, span: str, start: int) -> int:
    """Where ``span`` first stands in ``sentence`` from ``start`` on as a whole number: 二十七亿元 is not the
    tail of 一百二十七亿元. Falls back to the first occurrence; -1 when there is none."""
    first = at = sentence.find(span, start)
    while at > 0 and span[:1] in _NUMERALS and sentence[at - 1] in _NUMERALS:
        at = sentence.find(span, at + 1)
    return at if at >= 0 else first


def _match(sentence: str, gold: list[tuple[str, str]], predicted: list[tuple[int, str, str]]) -> list[tuple]:
    """Pair hand-checked quantities (span, kind; in reading order) with predicted ones (start of the
    number in ``sentence``, kind, span): a pair starts at the same number (a gold span may keep 第 or 前 before
    it). Returns (gold span, gold kind, predicted kind, predicted span), '' where one side is missing."""
    rows, used, cursor = [], set(), 0
    for span, kind in gold:
        at = _find_whole(sentence, span, cursor)
        at = _find_whole(sentence, span, 0) if at < 0 else at
        cursor = at + 1
        starts = {at, at + 1} if span.startswith(("第", "前")) else {at}  # 第二, 前三: the number after the mark
        hit = next((k for k, (start, _, _) in enumerate(predicted) if k not in used and start in starts), None)
        if hit is None:
            rows.append((span, kind, "", ""))
        else:
            used.add(hit)
            rows.append((span, kind, predicted[hit][1], predicted[hit][2]))
    rows += [("", "", p_kind, p_span) for k, (_, p_kind, p_span) in enumerate(predicted) if k not in used]
    return rows


def precision_recall(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per kind: gold count, true and false positives, false negatives, precision and recall.

    ``pairs`` has ``gold`` and ``predicted`` kinds ('' where one side is missing); a
    pair with two different kinds is missed for the gold kind and wrong for the predicted one.
    """
    result = []
    for kind in KINDS:
        tp = int(((pairs.gold == kind) & (pairs.predicted == kind)).sum())
        fp = int(((pairs.predicted == kind) & (pairs.gold != kind)).sum())
        fn = int(((pairs.gold == kind) & (pairs.predicted != kind)).sum())
        result.append({
            "kind": kind, "gold": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else float("nan"),
            "recall": round(tp / (tp + fn), 3) if tp + fn else float("nan"),
        })
    return pd.DataFrame(result)


def evaluate_extraction(gold: pd.DataFrame, sentences: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Precision and recall per kind against a hand-checked set of sentences (each extracted alone).

    Each sentence goes through :func:`analysis.targets.extract_quantities` with
    the part it is given. A predicted quantity matches a gold one when its
    number starts where the gold quantity does; it is correct when the kinds
    agree (see :func:`precision_recall`).

    Parameters
    ----------
    gold : pandas.DataFrame
        The hand-checked quantities: ``sentence_id``, ``quantity`` (the number
        with its unit as written, e.g. ``3000万元``) and ``kind``, in reading order.
    sentences : pandas.DataFrame
        The sentences: ``sentence_id``, ``text`` and ``part``.
    resources : Resources or None, default None
        The resource files of the extraction (default
        :func:`analysis.loader.load_resources`).

    Returns
    -------
    pandas.DataFrame
        One row per kind of :data:`analysis.targets.KINDS`: ``kind``,
        ``gold`` (gold quantities of the kind), ``tp``, ``fp``, ``fn``,
        ``precision`` and ``recall`` (3 decimals; NaN when undefined).

    Examples
    --------
    >>> sentences = pd.DataFrame({"sentence_id": ["s1"], "text": ["全年新建职工之家10家。"], "part": ["plan"]})
    >>> gold = pd.DataFrame({"sentence_id": ["s1"], "quantity": ["10家"], "kind": ["target"]})
    >>> evaluate_extraction(gold, sentences).set_index("kind").loc["target", ["tp", "fp", "fn"]].tolist()
    [1, 0, 0]
    """
    resources = resources or load_resources()  # once: a fresh object per sentence reads every file again
    rows = []
    by_sentence = {sid: list(zip(g["quantity"], g["kind"])) for sid, g in gold.groupby("sentence_id", sort=False)}
    for sid, text, part in sentences[["sentence_id", "text", "part"]].itertuples(index=False):
        predicted = [(q["start"] + q["span"].find(q["number"]), q["kind"], q["span"])
                     for q in extract_quantities(text, part=part, resources=resources)]
        rows += [(sid, *row) for row in _match(text, by_sentence.get(sid, []), predicted)]
    pairs = pd.DataFrame(rows, columns=["sentence_id", "quantity", "gold", "predicted", "predicted_span"])
    return precision_recall(pairs)


def match_in_documents(gold: pd.DataFrame, processed) -> pd.DataFrame:
    """Hand-checked sentences of whole documents against what a build found in them, end to end.

    ``gold`` has ``sentence_id``, ``file`` (the document's file name, with or
    without ``.txt``), ``text`` (the sentence as in the raw file; whitespace and
    Traditional characters do not matter) and ``quantities`` (``span=kind``
    joined by ``|``, in reading order). ``processed`` is the build of those
    files (:class:`analysis.pipeline.ProcessedCorpus`). Each sentence is found
    in its document's cleaned text and paired with the quantities the build
    put there, whatever part and kind the build gave them. Returns one row per
    quantity: sentence_id, quantity, gold, predicted, predicted_span, evidence
    (the rule that decided); a sentence not found in its document raises
    ``ValueError``.
    """
    doc_of, searchable = _search_index(processed)
    targets = processed.targets
    core = targets["start"] + [s.find(n) if n in s else 0 for s, n in zip(targets["span"], targets["number"])]
    targets = targets.assign(core_start=core)
    rows = []
    for g in gold.itertuples(index=False):
        doc_id, sentence, at, index = _find_in_build(g.file, g.text, doc_of, searchable)
        if at < 0:
            raise ValueError(f"{g.sentence_id}: the sentence is not in the build of {g.file}")
        offsets = index[at:at + len(sentence)]
        in_sentence = targets[(targets["doc_id"] == doc_id) & targets["core_start"].between(offsets[0], offsets[-1])]
        position = {}  # a character NFKC writes as several (Ⅲ → III) maps to the first of them, where a span starts
        for k, o in enumerate(offsets):
            position.setdefault(o, k)
        predicted = [(position.get(c, -1), k, f"{s}/{e}") for c, k, s, e in
                     in_sentence[["core_start", "kind", "span", "evidence"]].itertuples(index=False)]
        spans = [q.rsplit("=", 1) for q in g.quantities.split("|") if q]
        expected = [(_search_form(span)[0], kind) for span, kind in spans]
        for row, (span, _) in zip(_match(sentence, expected, predicted), spans + [("", "")] * len(predicted)):
            rows.append((g.sentence_id, span if row[0] else "", row[1], row[2], row[3]))
    return pd.DataFrame(rows, columns=["sentence_id", "quantity", "gold", "predicted", "predicted_span"])


def _search_index(processed) -> tuple[dict, dict]:
    """(file stem → doc_id, doc_id → the cleaned text in search form with its offsets) of a build: where
    :func:`_find_in_build` looks for a hand-labelled text."""
    docs = processed.documents
    doc_of = {Path(f).stem: d for f, d in zip(docs["file"], docs["doc_id"])}
    return doc_of, {d: _search_form(t) for d, t in processed.clean_texts.items()}


def _find_in_build(file: str, text: str, doc_of: dict, searchable: dict,
                   after: int = 0) -> tuple[str | None, str, int, list[int]]:
    """(doc_id, the text in search form, where it starts in the document's search form or -1, the offsets map):
    its first place from ``after`` on, else its first place."""
    doc_id = doc_of.get(Path(file).stem)
    document, index = searchable.get(doc_id, ("", []))
    key, _ = _search_form(text)
    at = document.find(key, after) if key else -1
    at = document.find(key) if key and at < 0 and after else at
    mark = _RE_PARAGRAPH_MARK.search(key)
    if at < 0 and mark and document.find(key[:mark.start()]) >= 0:  # …工作回顾hd9: a converter's mark cleaning removes
        key = key[:mark.start()]
        at = document.find(key)
    indented = without_lost_indents(key)  # ????2022年，…: an indent lost to question marks, which cleaning removes
    if at < 0 and indented != key and indented and document.find(indented) >= 0:
        key = indented
        at = document.find(key)
    return doc_id, key, at, index


#: A paragraph's end as a converter marked it (…工作回顾hd9), copied into a gold row from the raw file.
_RE_PARAGRAPH_MARK = re.compile(rf"(?<=[^A-Za-z0-9]){PARAGRAPH_MARK}$")


def locate_paragraphs(gold: pd.DataFrame, processed, *, headings: bool = False) -> pd.Series:
    """The text unit (``item_id``) where each hand-labelled paragraph begins in a build ('' if not found).

    ``gold`` has ``file`` (with or without ``.txt``) and ``first_chars`` (the
    paragraph's first characters as in the raw file: whitespace and
    Traditional characters do not matter). A paragraph found in the text but
    in no unit is a heading line; with ``headings=True`` it gets the unit that
    follows it in its document (the first unit of the section it heads).
    """
    in_unit, after = _units_of_paragraphs(gold, processed)
    return in_unit.where((in_unit != "") | (not headings), after)


def _units_of_paragraphs(gold: pd.DataFrame, processed) -> tuple[pd.Series, pd.Series]:
    """For each paragraph: the unit it begins in ('' when none: not found, or a heading line), and the
    first unit after where it begins ('' when not found or none follows). A file's paragraphs are looked for in
    their order, each from where the one before it began on: a short opening (3 |, a table's row number) is found
    where it stands, not at its first place in the document."""
    doc_of, searchable = _search_index(processed)
    items = processed.items
    in_unit, after = [], []
    cursor: dict[str, int] = {}
    for g in gold.itertuples(index=False):
        doc_id, _, at, index = _find_in_build(g.file, g.first_chars, doc_of, searchable, cursor.get(g.file, 0))
        if at >= 0:
            cursor[g.file] = at + 1
        in_doc = items[items["doc_id"] == doc_id] if at >= 0 else items.iloc[0:0]
        unit = in_doc[(in_doc["start"] <= index[at]) & (in_doc["end"] > index[at])] if at >= 0 else in_doc
        following = in_doc[in_doc["start"] > index[at]].sort_values("start").head(1) if at >= 0 else in_doc
        in_unit.append(unit["item_id"].iloc[0] if len(unit) else "")
        after.append(following["item_id"].iloc[0] if len(following) else "")
    return pd.Series(in_unit, index=gold.index, name="item_id"), pd.Series(after, index=gold.index, name="item_id")


def part_agreement(gold: pd.DataFrame, processed) -> pd.DataFrame:
    """The part the build gave each hand-labelled paragraph: review should be ``summary``, plan one of
    ``plan``, ``goals``, ``principles``, ``guarantees``.

    ``gold`` has ``file``, ``paragraph_no``, ``label`` (review, plan, other) and
    ``first_chars``. Returns the gold rows with ``heading`` (the paragraph is a
    heading line, in no unit), ``item_id``, ``part`` (of the unit where the
    paragraph begins, or for a heading of the first unit of the section it
    heads; '' when it is not found) and ``agrees`` (for review and plan
    paragraphs; NaN for other).
    """
    in_unit, after = _units_of_paragraphs(gold, processed)  # one search for both
    heading = (in_unit == "") & (after != "")
    located = gold.assign(item_id=in_unit.where(~heading, after), heading=heading)
    part_of = processed.items.set_index("item_id")["part"]
    out = located.assign(part=located["item_id"].map(part_of).fillna(""))
    forward = out["part"].isin(["plan", "goals", "principles", "guarantees"])
    agrees = np.where(out["label"] == "review", out["part"] == "summary",
                      np.where(out["label"] == "plan", forward, np.nan))
    return out.assign(agrees=agrees)


def found_in_build(gold: pd.DataFrame, processed) -> pd.Series:
    """Whether each hand-labelled sentence (``file``, ``text``) stands in its document's cleaned text: one that cleaning
    removed as the page's clutter (a source line, 来源:红网 作者:… 2023-03-10) cannot be scored, and is counted apart.

    Parameters
    ----------
    gold : pandas.DataFrame
        The sentences, as :func:`match_in_documents` takes them.
    processed : ProcessedCorpus
        The build of their files.

    Returns
    -------
    pandas.Series of bool
        On the index of ``gold``.
    """
    doc_of, searchable = _search_index(processed)
    return pd.Series([_find_in_build(f, t, doc_of, searchable)[2] >= 0 for f, t in zip(gold["file"], gold["text"])],
                     index=gold.index, dtype=bool)


#: What a title is compared without: spaces, quotation marks, title marks, dots and the punctuation of a headline.
_RE_TITLE_NOISE = re.compile(r"[\s\u3000“”\"《》·:：，,、（）()—\-]")


def metadata_agreement(gold: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The build's title, place, year and genre of each document against a labeller's, in Simplified characters.

    A title agrees when it is the same once spaces and punctuation are set aside; a place when it is the same, or
    one begins with the other, before any bracket (鄂城区（鄂州市）), or both are the same place once the places above
    it are set aside (白山市江源区, 江源区: :func:`analysis.metadata.lowest_place`); a year when it is the build's first year; a
    genre when it is the build's ``doc_type``. An empty gold place or year agrees with an empty build's only.

    Parameters
    ----------
    gold : pandas.DataFrame
        ``file``, ``title``, ``place``, ``year`` and ``genre`` (strings; the year may be empty).
    documents : pandas.DataFrame
        The build's documents table.

    Returns
    -------
    pandas.DataFrame
        One row per gold row: ``file``, whether each of ``title``, ``place``, ``year``, ``genre`` agrees, and the
        build's values (``build_title`` …; empty when the file is not in the build).

    Examples
    --------
    >>> gold = pd.DataFrame({"file": ["a.txt"], "title": ["某市工作要点"], "place": ["某市"], "year": ["2024"],
    ...                      "genre": ["work_points"]})
    >>> docs = pd.DataFrame({"file": ["a.txt"], "title": ["某市 工作要点"], "place": ["某市（某省）"], "year_start": [2024],
    ...                      "doc_type": ["work_points"]})
    >>> metadata_agreement(gold, docs)[["title", "place", "year", "genre"]].values.tolist()
    [[True, True, True, True]]
    """
    built = documents.set_index("file")
    rows = []
    for g in gold.itertuples(index=False):
        name = g.file if g.file.endswith(".txt") else g.file + ".txt"
        b = built.loc[name] if name in built.index else None
        title, place = (str(b["title"]), str(b["place"])) if b is not None else ("", "")
        title, place = ("" if v == "nan" else v for v in (title, place))
        year = b["year_start"] if b is not None else None
        year = "" if year is None or pd.isna(year) or year == "" else str(int(year))
        genre = b["doc_type"] if b is not None else ""
        gold_place, build_place = _place_core(g.place), _place_core(place)
        rows.append({
            "file": g.file,
            "title": b is not None and _title_key(title) == _title_key(g.title),
            "place": b is not None and (gold_place == build_place if not gold_place or not build_place
                                        else gold_place.startswith(build_place) or build_place.startswith(gold_place)
                                        or lowest_place(gold_place)[0] == lowest_place(build_place)[0]),
            "year": b is not None and year == str(g.year).strip(),
            "genre": b is not None and genre == g.genre,
            "build_title": title, "build_place": place, "build_year": year, "build_genre": genre,
        })
    return pd.DataFrame(rows, columns=["file", "title", "place", "year", "genre", "build_title", "build_place",
                                       "build_year", "build_genre"])


def _title_key(title: str) -> str:
    """A title as compared: Simplified, without pinyin glossed after its characters (港北區(qū): cleaning removes
    those), spaces, quotation marks, brackets and dashes."""
    return _RE_TITLE_NOISE.sub("", RE_PINYIN_NOTE.sub("", _t2s(str(title))))


@functools.cache
def _prefecture_short_forms() -> dict[str, str]:
    """The project's autonomous prefectures by the name documents write them with, read once (one place of a
    metadata table after another would read ``places.csv`` again for each)."""
    return load_resources().prefecture_short_forms


def _place_core(place: str) -> str:
    """A place as compared: Simplified, without a bracketed note, an autonomous prefecture by the name documents write
    it with (玉树藏族自治州 → 玉树州, as the build writes it; 湘西自治州, its short name and 自治州, → 湘西州)."""
    core = re.sub(r"[（(].*", "", _t2s(str(place))).strip()
    forms = _prefecture_short_forms()
    core = forms.get(core, core)
    if core.endswith("自治州") and core[:-3] + "州" in forms.values():
        core = core[:-3] + "州"
    return core


def read_gold(path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a hand-checked set: one row per sentence with ``quantities`` as ``text=kind|text=kind``.

    Parameters
    ----------
    path : str, path-like or file-like
        A CSV file (UTF-8, a byte-order mark allowed) with the columns
        ``sentence_id``, ``text``, ``part`` and ``quantities`` (empty when the
        sentence holds none).

    Returns
    -------
    sentences : pandas.DataFrame
        ``sentence_id``, ``text`` and ``part`` of every sentence.
    gold : pandas.DataFrame
        One row per hand-checked quantity: ``sentence_id``, ``quantity`` and
        ``kind``; with ``sentences``, the input of :func:`evaluate_extraction`.

    Examples
    --------
    >>> import io
    >>> csv = "sentence_id,text,part,quantities\\ns1,全年新建职工之家10家,plan,10家=target\\n"
    >>> sentences, gold = read_gold(io.StringIO(csv))
    >>> gold.values.tolist()
    [['s1', '10家', 'target']]
    """
    table = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    gold = [
        (row.sentence_id, q.rsplit("=", 1)[0], q.rsplit("=", 1)[1])
        for row in table.itertuples(index=False)
        for q in row.quantities.split("|")
        if q
    ]
    return table[["sentence_id", "text", "part"]], pd.DataFrame(gold, columns=["sentence_id", "quantity", "kind"])


def coded_unit_of(item_ids: pd.Series, processed, coded: pd.DataFrame) -> pd.Series:
    """For located units (:func:`locate_paragraphs`), the first coded unit at or after each in its document.

    A paragraph whose bold lead sentence stands on a line of its own begins in a
    unit too short to code; the paragraph goes on in the next unit.
    """
    items = processed.items.sort_values(["doc_id", "seq"])
    coded_ids = set(coded.loc[coded["is_primary"], "item_id"])
    following = dict(zip(items["item_id"], items.groupby("doc_id")["item_id"].shift(-1)))
    out = []
    for item_id in item_ids:
        steps = 0
        while item_id and item_id not in coded_ids and steps < 2:
            item_id, steps = following.get(item_id) or "", steps + 1
        out.append(item_id if item_id in coded_ids else "")
    return pd.Series(out, index=item_ids.index, name="item_id")


def agreement(coded: pd.DataFrame, hand: pd.DataFrame) -> dict:
    """Agreement of the primary themes with a hand-coded table (``item_id``, ``theme``).

    Parameters
    ----------
    coded : pandas.DataFrame
        The theme coding (the item_themes table); needs ``item_id``,
        ``theme``, ``is_primary`` and ``is_secondary``.
    hand : pandas.DataFrame
        The hand-coded themes: ``item_id`` and ``theme``.

    Returns
    -------
    dict
        ``"n"`` (hand-coded items), ``"accuracy"``, ``"kappa"`` (Cohen's
        kappa), ``"accuracy_with_secondary"`` (a hand theme found among the
        primary or secondary themes counts as agreement), all three with 3
        decimals, and ``"confusion"`` (a DataFrame: hand themes × coded
        themes).

    Raises
    ------
    ValueError
        When a hand-coded item has no primary theme in the coding.
    """
    from sklearn.metrics import cohen_kappa_score

    primary = coded[coded["is_primary"]].set_index("item_id")["theme"]
    missing = sorted(set(hand["item_id"]) - set(primary.index))
    if missing:
        raise ValueError(f"hand-coded items not in the coding: {', '.join(missing[:5])}")
    predicted = primary.reindex(hand["item_id"]).to_numpy()
    truth = hand["theme"].to_numpy()
    secondary = coded[coded["is_primary"] | coded["is_secondary"]].groupby("item_id")["theme"].agg(set)
    top_k = np.mean([t in secondary.get(i, set()) for i, t in zip(hand["item_id"], truth)])
    return {
        "n": len(hand),
        "accuracy": round(float(np.mean(predicted == truth)), 3),
        "kappa": round(float(cohen_kappa_score(truth, predicted)), 3),
        "accuracy_with_secondary": round(float(top_k), 3),
        "confusion": pd.crosstab(pd.Series(truth, name="hand"), pd.Series(predicted, name="coded")),
    }
