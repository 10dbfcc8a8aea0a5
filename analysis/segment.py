"""The project tokenizer: jieba with the domain dictionary, stopwords and boilerplate.

Segmentation is jieba's precise mode, with the HMM setting explicit, through a
project-owned tokenizer (never jieba's global state). Two backends give the
same tokens: ``rjieba`` (the Rust port, jieba-rs; the default, about 20 times
faster) and ``jieba`` (the Python reference). The tests and the benchmark
check that they agree on at least 99% of tokens (they agree on all tokens of
the corpus today); pass ``backend="jieba"`` to use the reference. Its domain
dictionary (``resources/user_dict.txt``) keeps union vocabulary whole
(职工之家, 劳模创新工作室, 产业工人队伍建设改革 …), and short quoted slogans
(“安康杯”, “中国梦·劳动美”) are kept as one token. Tokens are marked, not
removed: ``is_stopword`` (``resources/stopwords_zh.txt``) and
``is_boilerplate`` (``resources/boilerplate_verbs.txt``: 加强, 推进, 深化 …,
noise for topics but a signal of style).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from .config import RESOURCES_DIR
from .loader import read_user_dict, read_word_list
from .patterns import HAN, RE_RESPONSIBLE
from .schema import TOKEN_COLUMNS

__all__ = [
    "TOKEN_COLUMNS",
    "PlanTokenizer",
    "build_tokenizer",
    "get_tokenizer",
    "analysis_text",
    "tokenize_items",
    "token_columns",
    "token_frame",
]


_RE_WORD = re.compile(f"[{HAN}A-Za-z0-9]")
_RE_QUOTED_SLOGAN = re.compile(f"(?<=“)[{HAN}·]{{2,12}}(?=”)")


@dataclass(frozen=True)
class PlanTokenizer:
    """A jieba tokenizer with the domain dictionary and word lists.

    Build one with :func:`get_tokenizer` (from word-list files) or
    :func:`build_tokenizer` (from entries and word sets).

    Parameters
    ----------
    jieba_tokenizer : object
        The segmenter: an ``rjieba.Jieba`` or a ``jieba.Tokenizer`` with the
        dictionary entries added, as ``backend`` says.
    stopwords : frozenset of str
        The words marked ``is_stopword``.
    boilerplate : frozenset of str
        The words marked ``is_boilerplate``.
    hmm : bool, default False
        Use jieba's HMM for unknown words (off, so the vocabulary is the
        dictionary's).
    keep_quoted : bool, default True
        Keep a short quoted slogan (2 to 12 Chinese characters or ·, between
        “ and ”) as one token.
    backend : {"rjieba", "jieba"}, default "rjieba"
        The library of ``jieba_tokenizer``.

    Examples
    --------
    >>> tok = get_tokenizer()
    >>> [t for t, _, _ in tok.tokenize("推进劳模创新工作室建设")]
    ['推进', '劳模创新工作室', '建设']
    """

    jieba_tokenizer: object
    stopwords: frozenset[str]
    boilerplate: frozenset[str]
    hmm: bool = False
    keep_quoted: bool = True
    backend: str = "rjieba"
    #: Token flags decided once per distinct word (see :func:`_token_flags`).
    _flags: dict = field(default_factory=dict, repr=False, compare=False)

    def _segment(self, text: str):
        """jieba's (word, start, end) tokens of ``text``, whitespace included."""
        if self.backend == "rjieba":
            return self.jieba_tokenizer.tokenize(text, "default", self.hmm)
        return self.jieba_tokenizer.tokenize(text, mode="default", HMM=self.hmm)

    def tokenize(self, text: str) -> list[tuple[str, int, int]]:
        """(token, start, end) for every token of ``text``, whitespace left out.

        Parameters
        ----------
        text : str
            The text.

        Returns
        -------
        list of (str, int, int)
            Each token with its start and end (exclusive) offsets in ``text``.

        Examples
        --------
        >>> build_tokenizer([("职工之家", None, None)]).tokenize("建好 职工之家")
        [('建', 0, 1), ('好', 1, 2), ('职工之家', 3, 7)]
        """
        return [
            (word, shift + s, shift + e) for shift, tokens in self._pieces(text) for word, s, e in tokens
            if not word.isspace()
        ]

    def _pieces(self, text: str) -> list[tuple[int, list[tuple[str, int, int]]]]:
        """``text`` cut around protected slogans: (offset of the piece, its tokens with offsets in the piece)."""
        protected = [m.span() for m in _RE_QUOTED_SLOGAN.finditer(text)] if self.keep_quoted and "“" in text else []
        if not protected:
            return [(0, self._segment(text))]
        pieces = []
        pos = 0
        for s, e in protected + [(len(text), len(text))]:
            if s > pos:
                pieces.append((pos, self._segment(text[pos:s])))
            if e > s:
                pieces.append((s, [(text[s:e], 0, e - s)]))
            pos = e
        return pieces

    def lcut(self, text: str) -> list[str]:
        """The tokens of ``text`` as a list of strings.

        Parameters
        ----------
        text : str
            The text.

        Returns
        -------
        list of str
            The tokens, whitespace left out.
        """
        return [t for t, _, _ in self.tokenize(text)]


def _jieba(entries, backend: str = "rjieba") -> object:
    """A jieba tokenizer (``rjieba`` or ``jieba``) with the dictionary ``entries`` added."""
    if backend == "rjieba":
        import rjieba

        tokenizer = rjieba.Jieba()
    elif backend == "jieba":
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
    else:
        raise ValueError(f"unknown segmentation backend {backend!r}; use 'rjieba' or 'jieba'")
    for word, freq, tag in entries:
        tokenizer.add_word(word, freq, tag)
    return tokenizer


def build_tokenizer(user_dict=(), stopwords=frozenset(), boilerplate=frozenset(), *, hmm: bool = False,
                    keep_quoted: bool = True, backend: str = "rjieba") -> PlanTokenizer:
    """A :class:`PlanTokenizer` from dictionary entries (word, frequency, tag) and word sets.

    :attr:`analysis.loader.Resources.tokenizer` builds the project's one from the resource files.

    Parameters
    ----------
    user_dict : iterable of (str, int or None, str or None), default ()
        Dictionary entries added to jieba's own: word, frequency, part of
        speech (:func:`analysis.loader.read_user_dict`).
    stopwords : iterable of str, default frozenset()
        The words marked ``is_stopword``.
    boilerplate : iterable of str, default frozenset()
        The words marked ``is_boilerplate``.
    hmm : bool, default False
        Use jieba's HMM for unknown words.
    keep_quoted : bool, default True
        Keep short quoted slogans as one token.
    backend : {"rjieba", "jieba"}, default "rjieba"
        The segmenter: ``rjieba`` (the Rust port) or ``jieba`` (the Python
        reference).

    Returns
    -------
    PlanTokenizer
        The tokenizer.

    Raises
    ------
    ValueError
        When ``backend`` is neither ``"rjieba"`` nor ``"jieba"``.

    Examples
    --------
    >>> build_tokenizer([("职工之家", None, None)]).lcut("建好职工之家")
    ['建', '好', '职工之家']
    """
    return PlanTokenizer(_jieba(user_dict, backend), frozenset(stopwords), frozenset(boilerplate),
                         hmm=hmm, keep_quoted=keep_quoted, backend=backend)


def get_tokenizer(
    *,
    user_dict: Path | str | None = "default",
    stopwords: Path | str | None = "default",
    boilerplate: Path | str | None = "default",
    hmm: bool = False,
    keep_quoted: bool = True,
    backend: str = "rjieba",
) -> PlanTokenizer:
    """A new :class:`PlanTokenizer` from word-list files.

    Building one loads the jieba dictionary (a fraction of a second): build it
    once and reuse it.

    Parameters
    ----------
    user_dict : pathlib.Path, str or None, default "default"
        The jieba user dictionary: ``"default"`` (``user_dict.txt`` in
        ``analysis/resources``), a path to another file, or ``None`` for none.
    stopwords : pathlib.Path, str or None, default "default"
        The stopword list: ``"default"`` (``stopwords_zh.txt``), a path, or
        ``None`` for none.
    boilerplate : pathlib.Path, str or None, default "default"
        The boilerplate list: ``"default"`` (``boilerplate_verbs.txt``), a
        path, or ``None`` for none.
    hmm : bool, default False
        Use jieba's HMM for unknown words.
    keep_quoted : bool, default True
        Keep short quoted slogans as one token.
    backend : {"rjieba", "jieba"}, default "rjieba"
        The segmenter.

    Returns
    -------
    PlanTokenizer
        The tokenizer.

    Raises
    ------
    ValueError
        When ``backend`` is neither ``"rjieba"`` nor ``"jieba"``, or a
        dictionary frequency is not a whole number.

    Examples
    --------
    >>> get_tokenizer(user_dict=None).lcut("推进劳模创新工作室建设")
    ['推进', '劳模', '创新', '工作室', '建设']
    """
    def pick(value, default_name):
        """The path of one word list: the resource file, another file, or None."""
        if value == "default":
            return RESOURCES_DIR / default_name
        return None if value is None else Path(value)

    dict_path = pick(user_dict, "user_dict.txt")
    stop_path = pick(stopwords, "stopwords_zh.txt")
    boiler_path = pick(boilerplate, "boilerplate_verbs.txt")
    return build_tokenizer(
        read_user_dict(dict_path) if dict_path else (),
        read_word_list(stop_path) if stop_path else frozenset(),
        read_word_list(boiler_path) if boiler_path else frozenset(),
        hmm=hmm, keep_quoted=keep_quoted, backend=backend,
    )


def analysis_text(text: str) -> str:
    """An item's text for analysis: its trailing list of responsible units removed.

    Parameters
    ----------
    text : str
        The item's text.

    Returns
    -------
    str
        The text without a trailing （责任单位：…） list.

    Examples
    --------
    >>> analysis_text("强化政治引领。（责任单位：办公室、宣传教育部）")
    '强化政治引领。'
    """
    return RE_RESPONSIBLE.sub("", text)


_SPACE, _WORD, _STOPWORD, _BOILERPLATE = 1, 2, 4, 8


def _token_flags(words: list[str], tokenizer: "PlanTokenizer") -> np.ndarray:
    """Bit flags (space, word, stopword, boilerplate) of each of ``words``, decided once per word per tokenizer."""
    cache, stopwords, boilerplate = tokenizer._flags, tokenizer.stopwords, tokenizer.boilerplate
    for w in words:
        if w not in cache:
            cache[w] = (
                _SPACE * w.isspace() | _WORD * (_RE_WORD.search(w) is not None)
                | _STOPWORD * (w in stopwords) | _BOILERPLATE * (w in boilerplate)
            )
    return np.fromiter((cache[w] for w in words), dtype=np.uint8, count=len(words))


def token_columns(rows, tokenizer: PlanTokenizer) -> dict:
    """The tokens of item rows as columns (arrow strings and numpy arrays), to join into one table later.

    Only the item's content is tokenized: the text up to ``content_end``,
    without a trailing list of responsible units (:func:`analysis_text`).

    Parameters
    ----------
    rows : iterable of (str, str, str, int, int)
        One tuple per item: doc_id, item_id, text, start and content_end
        (offsets in the cleaned document).
    tokenizer : PlanTokenizer
        The tokenizer.

    Returns
    -------
    dict
        Column name → values, for the columns :data:`TOKEN_COLUMNS`: pyarrow
        string arrays for ``doc_id``, ``item_id`` and ``token``, numpy arrays
        for the others (offsets in the cleaned document).
    """
    import pyarrow as pa

    found: list[tuple[str, int, int]] = []
    item_docs, item_ids = [], []
    piece_item, piece_start, piece_size = [], [], []  # a piece: a run of tokens with offsets from one origin
    for doc_id, item_id, text, start, end in rows:
        for shift, tokens in tokenizer._pieces(analysis_text(text[: end - start])):
            if tokens:
                found.extend(tokens)
                piece_item.append(len(item_ids))
                piece_start.append(start + shift)
                piece_size.append(len(tokens))
        if piece_item and piece_item[-1] == len(item_ids):
            item_docs.append(doc_id)
            item_ids.append(item_id)
    n = len(found)
    words = pa.array(map(itemgetter(0), found), type=pa.large_string(), size=n)
    starts = np.fromiter(map(itemgetter(1), found), dtype=np.int64, count=n)
    ends = np.fromiter(map(itemgetter(2), found), dtype=np.int64, count=n)
    # Flags are decided per distinct token: arrow's dictionary encoding gives them and the codes.
    encoded = words.dictionary_encode()
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    flags = _token_flags(encoded.dictionary.to_pylist(), tokenizer)[codes]
    keep = (flags & _SPACE) == 0
    flags = flags[keep]
    base = np.repeat(np.asarray(piece_start, dtype=np.int64), piece_size)[keep]
    item_of_token = np.repeat(np.asarray(piece_item, dtype=np.int64), piece_size)[keep]
    sizes = np.bincount(item_of_token, minlength=len(item_ids))
    first = np.cumsum(sizes) - sizes
    take = pa.array(item_of_token, type=pa.int64())
    return {
        "doc_id": pa.array(item_docs, type=pa.large_string()).take(take),
        "item_id": pa.array(item_ids, type=pa.large_string()).take(take),
        "token_no": np.arange(len(item_of_token), dtype=np.int64) - first[item_of_token] + 1,
        "token": words.filter(pa.array(keep)),
        "start": starts[keep] + base,
        "end": ends[keep] + base,
        "is_word": (flags & _WORD) > 0,
        "is_stopword": (flags & _STOPWORD) > 0,
        "is_boilerplate": (flags & _BOILERPLATE) > 0,
    }


def token_frame(columns: dict) -> pd.DataFrame:
    """The tokens table from :func:`token_columns` output (or several joined).

    Parameters
    ----------
    columns : dict
        Column name → values, as :func:`token_columns` returns them (or
        several outputs joined column by column).

    Returns
    -------
    pandas.DataFrame
        The tokens table, with the columns :data:`TOKEN_COLUMNS`.

    Examples
    --------
    >>> tok = build_tokenizer([("职工之家", None, None)])
    >>> token_frame(token_columns([("d", "d:1", "职工之家。", 0, 5)], tok))[["token", "start", "is_word"]].values.tolist()
    [['职工之家', 0, True], ['。', 4, False]]
    """
    return pd.DataFrame(
        {c: pd.Series(columns[c], dtype="str") if c in ("doc_id", "item_id", "token") else columns[c] for c in TOKEN_COLUMNS}
    )


def tokenize_items(items: pd.DataFrame, tokenizer: PlanTokenizer) -> pd.DataFrame:
    """One row per token of every item's content, with offsets in the cleaned document.

    Parameters
    ----------
    items : pandas.DataFrame
        The items table; needs ``doc_id``, ``item_id``, ``text`` and
        ``start``, and may give ``content_end`` (tokens stop there:
        responsible-unit lists and annex leaders are not content).
    tokenizer : PlanTokenizer
        The tokenizer.

    Returns
    -------
    pandas.DataFrame
        The tokens table: the columns :data:`TOKEN_COLUMNS`, with
        ``token_no`` counting from 1 within each item.

    Examples
    --------
    >>> items = pd.DataFrame({"doc_id": ["d"], "item_id": ["d:1"], "text": ["全年新建职工之家10家"], "start": [100]})
    >>> tokens = tokenize_items(items, build_tokenizer([("职工之家", None, None)]))
    >>> tokens["token"].tolist(), tokens["start"].tolist()
    (['全年', '新建', '职工之家', '10', '家'], [100, 102, 104, 108, 110])
    """
    starts = items["start"].astype(int).tolist()
    texts = items["text"].tolist()
    ends = items["content_end"].astype(int).tolist() if "content_end" in items.columns else [
        s + len(t) for s, t in zip(starts, texts)
    ]
    rows = zip(items["doc_id"].tolist(), items["item_id"].tolist(), texts, starts, ends)
    return token_frame(token_columns(rows, tokenizer))
