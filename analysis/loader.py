"""The resource files, loaded explicitly: word lists, units, qualifiers, cue words, rules, taxonomies.

Everything a researcher may edit without touching Python lives in
``analysis/resources/`` (or a folder of the same layout). :func:`load_resources`
reads it into a :class:`Resources` object that the caller holds and passes on;
nothing is cached globally, so after editing ``units.csv`` or
``stopwords_zh.txt`` a new ``load_resources()`` (in a notebook: rerun the cell)
applies the edit. The jieba tokenizer is built on first use and kept by the
object.

>>> res = load_resources()
>>> res.units["万元"] if "万元" in res.units else res.units["元"]
('元', 1.0, 'currency')
>>> "加强" in res.boilerplate
True
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from .config import RESOURCES_DIR

#: The last character of a place name of each level a plan names its own area by (全市, 本区, 我省 …).
PLACE_SUFFIXES = "省市区县州旗盟"
#: The characters a Chinese numeral begins with (a place name may: 七台河, 三门峡, 六盘水).
NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万"

__all__ = ["Resources", "load_resources", "find_taxonomy", "read_word_list", "read_user_dict", "load_themes"]

_CUE_ROLES = ("achieved", "plan", "formula_noun", "time_word", "per_unit", "not_scope", "count_verb", "acts_on_people",
              "limit_noun", "line_noun", "edition_noun", "people_noun", "plan_stipulates", "plan_announced", "set_phrase")
_CLUTTER_CLASSES = ("navigation", "page_meta", "blurb", "caption", "footer", "licence", "collection",
                    "collection_entry")


def _rows(path: Path) -> list[dict]:
    """The rows of a resource CSV (``#`` comment lines skipped), every value stripped.

    A row with more fields than the header is an error naming the file and line: a pattern holding a comma
    ({0,12}) that is not in double quotes would otherwise be cut there without a word.
    """
    with open(path, encoding="utf-8-sig", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, start=1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in numbered)
    rows = []
    for row in reader:
        if None in row:
            raise ValueError(f"{path}: line {numbered[reader.line_num - 1][0]} has {len(row[None])} field(s) more "
                             "than the header; put a value holding a comma in double quotes")
        rows.append({k: (v or "").strip() for k, v in row.items()})
    return rows


def read_word_list(path: Path | str) -> frozenset[str]:
    """A word list: one entry per line (first field), ``#`` comments and blanks skipped.

    Parameters
    ----------
    path : pathlib.Path or str
        The file (UTF-8, a byte-order mark allowed).

    Returns
    -------
    frozenset of str
        The words.

    Examples
    --------
    >>> "加强" in read_word_list(RESOURCES_DIR / "boilerplate_verbs.txt")
    True
    """
    words = set()
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.split()[0])
    return frozenset(words)


def read_user_dict(path: Path | str) -> tuple[tuple[str, int | None, str | None], ...]:
    """A jieba user dictionary: (word, frequency or None, part of speech or None) per entry.

    Each line is ``word [frequency [tag]]``; ``#`` comments and blanks are
    skipped.

    Parameters
    ----------
    path : pathlib.Path or str
        The file (UTF-8, a byte-order mark allowed).

    Returns
    -------
    tuple of (str, int or None, str or None)
        The entries, in file order.

    Raises
    ------
    ValueError
        When a frequency is not a whole number (the message names the file
        and line).

    Examples
    --------
    >>> "职工之家" in {word for word, _, _ in read_user_dict(RESOURCES_DIR / "user_dict.txt")}
    True
    """
    entries = []
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) >= 2 and not fields[1].isdigit():
                raise ValueError(f"{path}, line {n}: the frequency {fields[1]!r} is not a whole number; "
                                 "write 'word frequency tag', e.g. '职工之家 2000 n'")
            entries.append((fields[0], int(fields[1]) if len(fields) >= 2 else None, fields[2] if len(fields) >= 3 else None))
    return tuple(entries)


def load_themes(path: Path | str | None = None) -> pd.DataFrame:
    """A theme taxonomy: theme_id, label_zh, label_en, seeds (list), parts (list), in file order.

    Parameters
    ----------
    path : pathlib.Path, str or None, default None
        A CSV file with the columns ``theme_id``, ``label_zh``, ``label_en``,
        ``seed_terms`` and optionally ``parts`` (both separated by ``;``);
        ``None`` means ``themes.csv`` in ``analysis/resources``.

    Returns
    -------
    pandas.DataFrame
        One row per theme, in file order: the file's columns but
        ``seed_terms``, plus ``seeds`` (the list of seed terms); ``parts`` is
        a list of parts (empty when the file has no such column).

    Raises
    ------
    ValueError
        When a column is missing or a theme has no seed term (the message
        names the file).

    Examples
    --------
    >>> {"theme_id", "label_zh", "label_en", "seeds", "parts"} <= set(load_themes().columns)
    True
    """
    path = Path(path) if path else RESOURCES_DIR / "themes.csv"
    table = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False, comment=None)
    missing = {"theme_id", "label_zh", "label_en", "seed_terms"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: the theme table lacks the column(s) {', '.join(sorted(missing))}")
    table["seeds"] = table["seed_terms"].map(lambda s: [t.strip() for t in s.split(";") if t.strip()])
    if "parts" not in table.columns:
        table["parts"] = ""
    table["parts"] = table["parts"].map(lambda s: [t.strip() for t in str(s).split(";") if t.strip()])
    empty = table[table["seeds"].map(len) == 0]["theme_id"].tolist()
    if empty:
        raise ValueError(f"{path}: themes without seed terms: {', '.join(empty)}; give each at least one")
    return table.drop(columns=["seed_terms"]).reset_index(drop=True)


def _outside_names(pattern: str, names) -> str:
    """``pattern`` with its matches inside any of ``names`` ruled out: a cue written inside a place's name is no
    cue (高要区's 要 is no "will", 将乐县's 将 none either). Each name in which the pattern matches adds a guard at
    the match's start (``(?<!高(?=要区))``), so the pattern still opens where it did (its start characters read
    as before, :func:`analysis.regexscan.start_chars`).

    >>> re.compile(_outside_names("要", ["高要区"])).findall("高要区要")
    ['要']
    >>> _outside_names("要", ["北京市"])
    '要'
    """
    compiled = re.compile(pattern)
    guards = []
    for name in sorted(names):
        for m in compiled.finditer(name):
            before, after = re.escape(name[:m.start()]), re.escape(name[m.start():])
            guards.append(f"(?<!{before}(?={after}))" if before else f"(?!{after})")
    return "".join(dict.fromkeys(guards)) + f"(?:{pattern})" if guards else pattern


@dataclass(frozen=True)
class Resources:
    """The resource files of one folder, read when first asked for.

    Each attribute reads its file on first use and keeps the result; build
    a new object (:func:`load_resources`) to apply edits to the files.

    Parameters
    ----------
    directory : pathlib.Path, default ``analysis/resources``
        The folder that holds the files.
    themes_file : pathlib.Path or None, default None
        Another theme taxonomy (same columns as ``themes.csv``); ``None``
        means the folder's ``themes.csv``.

    Examples
    --------
    >>> Resources().path("units.csv").name
    'units.csv'
    """

    directory: Path = RESOURCES_DIR
    themes_file: Path | None = None
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def path(self, name: str) -> Path:
        """The path of a resource file.

        Parameters
        ----------
        name : str
            The file's name in the folder (``units.csv``).

        Returns
        -------
        pathlib.Path
            The file's path.

        Raises
        ------
        FileNotFoundError
            When the folder has no such file (the message says which).
        """
        path = Path(self.directory) / name
        if not path.is_file():
            raise FileNotFoundError(f"resource {name!r} not found in {self.directory}")
        return path

    @cached_property
    def units(self) -> dict[str, tuple[str, float, str]]:
        """unit → (base unit, factor to it, category) from ``units.csv``."""
        return {r["unit"]: (r["base_unit"], float(r["factor"]), r["category"]) for r in _rows(self.path("units.csv"))}

    @cached_property
    def unit_guards(self) -> dict[str, str]:
        """unit → what may not follow it for it to be the unit (``not_before`` in ``units.csv``), where set."""
        return {r["unit"]: r["not_before"] for r in _rows(self.path("units.csv")) if r.get("not_before")}

    @cached_property
    def label_units(self) -> frozenset[str]:
        """Units whose numbers are always labels (周年, 届)."""
        return frozenset(r["unit"] for r in _rows(self.path("units.csv")) if r.get("label") == "yes")

    @cached_property
    def qualifiers(self) -> dict[str, tuple[str, str]]:
        """qualifier → (position, direction) from ``qualifiers.csv``."""
        return {r["qualifier"]: (r["position"], r["direction"]) for r in _rows(self.path("qualifiers.csv"))}

    @cached_property
    def qualifier_guards(self) -> dict[str, str]:
        """qualifier → the character class that may not come right before it for it to be one (``not_after`` in
        ``qualifiers.csv``: 签约5亿元 holds no 约, "about"), where set."""
        return {r["qualifier"]: r["not_after"] for r in _rows(self.path("qualifiers.csv")) if r.get("not_after")}

    @cached_property
    def linking_words(self) -> tuple[str, ...]:
        """Words stripped from the end of an indicator phrase (qualifiers with ``in_indicator`` no)."""
        return tuple(r["qualifier"] for r in _rows(self.path("qualifiers.csv")) if r.get("in_indicator") == "no")

    @cached_property
    def cues(self) -> dict[str, str]:
        """role → one regular expression joining that role's patterns in ``cue_words.csv`` (file order)."""
        by_role: dict[str, list[str]] = {role: [] for role in _CUE_ROLES}
        for row in _rows(self.path("cue_words.csv")):
            if row["role"] not in by_role:
                raise ValueError(f"{self.path('cue_words.csv')}: unknown role {row['role']!r}; use one of {', '.join(_CUE_ROLES)}")
            by_role[row["role"]].append(row["pattern"])
        return {role: "|".join(patterns) for role, patterns in by_role.items()}

    def cue(self, role: str) -> re.Pattern:
        """The compiled pattern of one cue role.

        Parameters
        ----------
        role : str
            One of the roles of ``cue_words.csv`` (listed in its header:
            ``achieved``, ``plan``, ``formula_noun``, ``edition_noun`` …).

        Returns
        -------
        re.Pattern
            The role's patterns joined into one (compiled once per object).

        Raises
        ------
        KeyError
            When ``role`` is not a role.
        """
        return self.compiled(f"cue:{role}", lambda res: re.compile(_outside_names(res.cues[role], res.division_names)))

    def compiled(self, name: str, build):
        """``build(self)`` computed once per object and kept under ``name`` (patterns made from the files).

        Parameters
        ----------
        name : str
            The key the result is kept under.
        build : callable
            Called with this object when ``name`` is not kept yet.

        Returns
        -------
        object
            What ``build`` returned for this object.
        """
        if name not in self._cache:
            self._cache[name] = build(self)
        return self._cache[name]

    @cached_property
    def clutter_words(self) -> dict:
        """Web-page clutter by class (``clutter_words.csv``): one pattern per class, the chrome words as a set."""
        by_class: dict[str, list[str]] = {}
        for row in _rows(self.path("clutter_words.csv")):
            by_class.setdefault(row["class"], []).append(row["entry"])
        out = {name: re.compile("|".join(f"(?:{p})" for p in by_class.get(name, ["(?!)"]))) for name in _CLUTTER_CLASSES}
        out["chrome_words"] = frozenset(by_class.get("chrome", ()))
        return out

    @cached_property
    def time_cues(self) -> tuple[tuple[str, re.Pattern, int], ...]:
        """(direction, pattern, weight) of the review and plan cues in ``time_cues.csv``."""
        rows = _rows(self.path("time_cues.csv"))
        bad = [r["direction"] for r in rows if r["direction"] not in ("review", "plan")]
        if bad:
            raise ValueError(f"{self.path('time_cues.csv')}: unknown direction {bad[0]!r}; use review or plan")
        return tuple((r["direction"], re.compile(r["pattern"]), int(r["weight"])) for r in rows)

    @cached_property
    def part_rules(self) -> tuple[tuple[str, re.Pattern, bool], ...]:
        """(part, pattern on a section title, decisive) in file order, from ``parts.csv``."""
        return tuple((r["part"], re.compile(r["pattern"]), r.get("decisive", "yes") != "no")
                     for r in _rows(self.path("parts.csv")))

    @cached_property
    def doc_types(self) -> tuple[tuple[str, re.Pattern | None, re.Pattern | None], ...]:
        """(doc_type, title pattern, body pattern) in file order, from ``doc_types.csv`` (``None``: no pattern)."""
        return tuple((r["doc_type"], re.compile(r["title_pattern"]) if r["title_pattern"] else None,
                      re.compile(r["body_pattern"]) if r["body_pattern"] else None)
                     for r in _rows(self.path("doc_types.csv")))

    @cached_property
    def doc_type_leanings(self) -> dict[str, str]:
        """doc_type → how a genre that reviews first reads its text under no decisive heading (``review``,
        ``mixed``, ``news``; :func:`analysis.structure.parse_plan`), ``record`` for a genre that only reports (a
        statistical communiqué: no part of it plans), ``plan`` for a genre that plans (its opening statement is its
        principles: :func:`analysis.orientation.orient_parts`), else ``""``; from ``doc_types.csv``'s
        ``body_leans``."""
        rows = _rows(self.path("doc_types.csv"))
        bad = [r["body_leans"] for r in rows if r.get("body_leans", "") not in ("review", "record", "mixed", "news", "plan", "")]
        if bad:
            raise ValueError(f"{self.path('doc_types.csv')}: unknown body_leans {bad[0]!r}; use review, record, "
                             "mixed, news, plan or leave it empty")
        return {r["doc_type"]: r.get("body_leans", "") for r in rows}

    @cached_property
    def doc_type_labels(self) -> dict[str, dict[str, str]]:
        """doc_type → {"zh": …, "en": …} from ``doc_types.csv``."""
        return {r["doc_type"]: {"zh": r["label_zh"], "en": r["label_en"]} for r in _rows(self.path("doc_types.csv"))}

    @cached_property
    def provinces(self) -> tuple[dict[str, str], ...]:
        """The provincial-level divisions (name, short, pinyin, level) from ``provinces.csv``."""
        return tuple(_rows(self.path("provinces.csv")))

    @cached_property
    def places_by_pinyin(self) -> dict[str, str]:
        """Prefecture- and county-level places (``places.csv``) by the pinyin of their short name (huaibei →
        淮北市), where one place alone has it, or one prefecture alone among places that share it (datong: 大同市, not
        the county-level 大同区 or 大通区; a city is what a file name gives far more often), and no province does
        (fuzhou: 福州 and 抚州, two prefectures, name neither; jilin: 吉林省 first). An autonomous prefecture goes by
        its short name and 州, as documents write it (wenshan: 文山州, not 文山壮族苗族自治州)."""
        rows = tuple(_rows(self.path("places.csv")))
        shared = Counter(r["pinyin"] for r in rows)
        prefectures = Counter(r["pinyin"] for r in rows if r["level"] == "prefecture")
        provinces = {r["pinyin"] for r in self.provinces}
        return {r["pinyin"]: r["short"] + "州" if r["name"].endswith("自治州") else r["name"]  # 文山州, as written
                for r in rows if r["pinyin"] not in provinces and (
                    shared[r["pinyin"]] == 1 or r["level"] == "prefecture" and prefectures[r["pinyin"]] == 1)}

    @cached_property
    def places_of_pinyin(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """Every prefecture- and county-level place of ``places.csv`` by the pinyin of its short name, as (short name,
        name as written: 文山州 for an autonomous prefecture), in file order (jixi: 鸡西市 and 绩溪县; jian: 集安市, 吉安市,
        吉安县): the text can tell which of the places that share a pinyin a file name means."""
        places: dict[str, list[tuple[str, str]]] = {}
        for r in _rows(self.path("places.csv")):
            written = r["short"] + "州" if r["name"].endswith("自治州") else r["name"]
            places.setdefault(r["pinyin"], []).append((r["short"], written))
        return {pinyin: tuple(named) for pinyin, named in places.items()}

    @cached_property
    def division_names(self) -> frozenset[str]:
        """The full names of the prefecture- and county-level places of ``places.csv`` (连云港市, 武进区, 芒市)."""
        return frozenset(r["name"] for r in _rows(self.path("places.csv")))

    @cached_property
    def province_of_division(self) -> dict[str, str]:
        """The province of each place of ``places.csv`` by its full name, where every place of that name is in one
        province (姑苏区 → 江苏省; not 鼓楼区, which four provinces have)."""
        provinces: dict[str, set[str]] = {}
        for r in _rows(self.path("places.csv")):
            provinces.setdefault(r["name"], set()).add(r["province"])
        return {name: next(iter(p)) for name, p in provinces.items() if len(p) == 1}

    @cached_property
    def prefecture_short_forms(self) -> dict[str, str]:
        """Each autonomous prefecture of ``places.csv`` by the name documents write it with (玉树藏族自治州 → 玉树州)."""
        return {r["name"]: r["short"] + "州" for r in _rows(self.path("places.csv")) if r["name"].endswith("自治州")}

    @cached_property
    def division_short_names(self) -> frozenset[str]:
        """The short names of the places of ``places.csv`` (连云港, 武进)."""
        return frozenset(r["short"] for r in _rows(self.path("places.csv")) if r["short"])

    @cached_property
    def numeral_place_names(self) -> dict[str, tuple[str, ...]]:
        """The names of ``places.csv`` that begin with a numeral (七台河市, 三台县, 六盘水), by their first character,
        longest first: each full name, and each short name of three characters or more (七台河; not 三台, which
        counts three machines as often as it names a county)."""
        names: set[str] = set()
        for r in _rows(self.path("places.csv")):
            names.update(n for n in (r["name"], r["short"]) if n[0] in NUMERAL_CHARS and (n == r["name"] or len(n) >= 3))
        by_first: dict[str, list[str]] = {}
        for name in sorted(names, key=lambda n: (-len(n), n)):
            by_first.setdefault(name[0], []).append(name)
        return {first: tuple(group) for first, group in by_first.items()}

    @cached_property
    def place_names(self) -> frozenset[str]:
        """Chinese place names with their level's suffix (连云港市, 武进区, 江苏省 …; three characters or more):
        the words jieba's own dictionary tags as place names (``ns``) that end in 省, 市, 区, 县, 州, 旗 or 盟.
        Read once per process, on first use."""
        from importlib import resources

        dictionary = resources.files("jieba") / "dict.txt"
        with dictionary.open(encoding="utf-8") as f:
            entries = (line.split() for line in f)
            return frozenset(e[0] for e in entries if len(e) == 3 and e[2] == "ns" and len(e[0]) >= 3
                             and e[0][-1] in PLACE_SUFFIXES)

    @cached_property
    def stopwords(self) -> frozenset[str]:
        """The stopwords, from ``stopwords_zh.txt``."""
        return read_word_list(self.path("stopwords_zh.txt"))

    @cached_property
    def boilerplate(self) -> frozenset[str]:
        """The boilerplate verbs (加强, 推进 …), from ``boilerplate_verbs.txt``."""
        return read_word_list(self.path("boilerplate_verbs.txt"))

    @cached_property
    def user_dict(self) -> tuple[tuple[str, int | None, str | None], ...]:
        """The jieba user dictionary entries, from ``user_dict.txt``."""
        return read_user_dict(self.path("user_dict.txt"))

    @cached_property
    def themes(self) -> pd.DataFrame:
        """The theme taxonomy (``themes_file`` when given, else ``themes.csv``)."""
        return load_themes(self.themes_file or self.path("themes.csv"))

    @cached_property
    def taxonomy_id(self) -> str:
        """Which taxonomy the items are coded with: its file name and the start of its SHA-256."""
        import hashlib

        path = Path(self.themes_file or self.path("themes.csv"))
        return f"{path.name} sha256:{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}"

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """Comparable indicators: indicator_id, label_zh, label_en, pattern, units."""
        return pd.read_csv(self.path("indicators.csv"), encoding="utf-8-sig", dtype=str, keep_default_na=False)

    @cached_property
    def chart_labels(self) -> dict[str, dict[str, str]]:
        """Chart text by language: ``{"zh": {key: text}, "en": {key: text}}`` from ``chart_labels.csv``."""
        rows = _rows(self.path("chart_labels.csv"))
        return {lang: {r["key"]: r[lang] for r in rows} for lang in ("zh", "en")}

    @cached_property
    def tokenizer(self):
        """The project tokenizer with this folder's dictionary and word lists (built once)."""
        from .segment import build_tokenizer

        return build_tokenizer(self.user_dict, self.stopwords, self.boilerplate)


def find_taxonomy(name: Path | str) -> Path:
    """A theme taxonomy file: ``name`` as a path, else a file of that name among the shipped resources.

    >>> find_taxonomy("themes_gwr.csv").name
    'themes_gwr.csv'

    Raises
    ------
    FileNotFoundError
        When there is no such file (the message lists the shipped taxonomies).
    """
    path = Path(name)
    if path.is_file():
        return path
    shipped = RESOURCES_DIR / path.name
    if path.name == str(name) and shipped.is_file():
        return shipped
    names = ", ".join(sorted(p.name for p in RESOURCES_DIR.glob("themes*.csv")))
    raise FileNotFoundError(f"{name}: no such taxonomy file (shipped with the project: {names})")


def load_resources(directory: Path | str | None = None, *, themes_file: Path | str | None = None) -> Resources:
    """Read the resource files of ``directory`` (default ``analysis/resources``), lazily.

    Each file is read when first asked for, and kept by the object returned.

    Parameters
    ----------
    directory : pathlib.Path, str or None, default None
        The folder of the resource files; ``None`` means ``analysis/resources``.
    themes_file : pathlib.Path, str or None, default None
        Another theme taxonomy (same columns as ``themes.csv``).

    Returns
    -------
    Resources
        The resource files of the folder.

    Examples
    --------
    >>> load_resources().directory == RESOURCES_DIR
    True
    """
    return Resources(Path(directory) if directory else RESOURCES_DIR, Path(themes_file) if themes_file else None)
