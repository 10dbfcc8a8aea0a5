"""Read a folder of plan documents and its metadata table.

This is the only module that reads the raw corpus from disk. It never writes
there. A folder holds plan documents as ``.txt`` files (any of the encodings
that Chinese plans arrive in; a page saved from a browser as ``.html`` too, its markup
taken off by the cleaning; a Word file as ``.docx``, read by :mod:`analysis.wordfile`) and,
optionally, ``metadata.csv`` with one row per
document. A file that cannot be used is skipped with a reason; it never stops
the others.

:func:`read_corpus` is the entry point; :func:`list_plan_files`,
:func:`read_metadata` and :func:`decode_text` are its parts. A document
without a metadata row gets what its text tells (:func:`analysis.metadata.infer_metadata`).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .loader import load_resources
from .markup import plain_text
from .wordfile import WordFileError, docx_text, is_word_file
from .metadata import infer_metadata, is_valid_doc_id
from .patterns import RE_HAN
from .schema import METADATA_COLUMNS

__all__ = [
    "METADATA_COLUMNS",
    "CorpusError",
    "DecodeError",
    "RawFileChanged",
    "Document",
    "SkippedFile",
    "Corpus",
    "decode_text",
    "document_text",
    "COMPANION_FILES",
    "read_metadata",
    "list_plan_files",
    "read_corpus",
]

_REQUIRED_METADATA = ("doc_id", "file")
#: The files read as plans: plain text, a page saved from a browser (its markup taken off by the cleaning), and a
#: Word file (.docx: its paragraphs, list numbers and tables, :mod:`analysis.wordfile`).
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".docx")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Files a raw folder may hold beside the plans; they are read (metadata) or left alone (checksums).
COMPANION_FILES = ("metadata.csv", "SHA256SUMS")
_YEAR_RANGE = (1800, 2200)


class CorpusError(ValueError):
    """A folder of plans cannot be read as a corpus (its metadata table is unreadable or incomplete).

    Raised by :func:`read_metadata` (and so by :func:`read_corpus`); the
    message names the table and what is wrong.
    """


class DecodeError(ValueError):
    """A file's bytes are not text in an encoding this project reads.

    Raised by :func:`decode_text`; the message is ``"source: reason"``.

    Parameters
    ----------
    source : str
        The file (or other source) the bytes came from.
    reason : str
        What is wrong and what to do, without the file name (for tables that
        name the file apart).

    Attributes
    ----------
    source : str
        As given.
    reason : str
        As given.
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class RawFileChanged(CorpusError):
    """A plan file's bytes are not those read when the corpus was listed: it changed (or went) during the build.

    Raised by :meth:`Document.with_text`; the message names the file. Build again once it is saved.
    """


@dataclass(frozen=True)
class Document:
    """One plan as read from disk: decoded text plus its metadata row.

    Parameters
    ----------
    doc_id : str
        The document's id (from ``metadata.csv``, else derived from the text
        and file name and made unique).
    file : str
        The file's name in the folder.
    text : str
        The decoded text, not yet cleaned.
    encoding : str
        The encoding it was decoded with (``utf-8``, ``utf-8-sig``,
        ``gb18030``, ``utf-16`` …).
    sha256 : str
        The SHA-256 digest of the file's bytes (hexadecimal).
    metadata : dict, default {}
        The metadata row: every column of :data:`METADATA_COLUMNS` (``""``
        where missing), then any other column of the row.
    path : pathlib.Path or None, default None
        The file, when the text was not kept (``text`` is then ``None``):
        :meth:`with_text` reads it again.
    """

    doc_id: str
    file: str
    text: str | None
    encoding: str
    sha256: str
    metadata: dict = field(default_factory=dict)
    path: Path | None = None

    def with_text(self) -> "Document":
        """The document with its text: itself, or a copy with the text read again from its file.

        Raises
        ------
        RawFileChanged
            When the file's bytes are not those read first (their SHA-256), or it cannot be read any more.
        """
        if self.text is not None:
            return self
        try:
            data = _read_regular_file(self.path)
        except OSError as err:
            raise RawFileChanged(f"{self.path}: the file cannot be read any more ({err.strerror or err}); "
                                 "build again") from None
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise RawFileChanged(f"{self.path}: the file changed while the build was reading it; build again")
        text, _ = document_text(data, source=str(self.path))
        return replace(self, text=text)


@dataclass(frozen=True)
class SkippedFile:
    """A file (or metadata row) that was not processed, and why.

    Parameters
    ----------
    file : str
        The file's name; for a metadata row without a usable file name,
        ``"metadata.csv row N"``.
    reason : str
        Why it was skipped and what to do about it.
    """

    file: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    """The documents that could be read, in ``doc_id`` order, and the skipped files.

    Made by :func:`read_corpus`.

    Parameters
    ----------
    documents : tuple of Document
        The documents, in ``doc_id`` order.
    skipped : tuple of SkippedFile
        The files and metadata rows left out, in order of file name and reason.
    """

    documents: tuple[Document, ...]
    skipped: tuple[SkippedFile, ...]


#: Characters that are never noise (printable ASCII, line ends, CJK punctuation, fullwidth forms, the
#: CJK ideographs assigned since Unicode 13): removed first, so only the rest is looked up one by one.
_RE_COMMON_TEXT = re.compile("[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9ffc\uff01-\uff5e]+")


def _looks_like_text(text: str) -> bool:
    """True when nearly every character is printable text (not binary noise)."""
    if not text:
        return True
    rest = _RE_COMMON_TEXT.sub("", text)
    bad = sum(rest.count(ch) for ch in set(rest) if _is_noise(ch))
    return bad / len(text) < 0.01


@lru_cache(maxsize=1 << 16)
def _is_noise(ch: str) -> bool:
    """Control (other than line ends and tabs), surrogate, private-use, unassigned or replacement character."""
    return ch not in "\n\r\t" and (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd")


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the zero bytes fall."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    half = len(data) // 2
    if odd_zero > 0.3 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.3 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    # CJK text in UTF-16 has few zero bytes; fall back to decoding both ways.
    return None


def document_text(data: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """A plan file's text and how it was read: a Word file's body (``docx``, :func:`analysis.wordfile.docx_text`),
    else the decoded bytes (:func:`decode_text`).

    Raises
    ------
    DecodeError
        When the bytes decode to no text.
    analysis.wordfile.WordFileError
        When a Word file cannot be read.
    """
    if is_word_file(data) or source.lower().endswith(".docx"):
        return docx_text(data), "docx"
    return decode_text(data, source=source)


def decode_text(data: bytes, *, source: str = "<bytes>") -> tuple[str, str]:
    """Decode a plan document's bytes, returning ``(text, encoding)``.

    Byte-order marks are honoured (UTF-8, UTF-16, UTF-32); otherwise strict
    UTF-8 is tried, then BOM-less UTF-16 when the zero bytes fall as in mostly
    Latin text, then GB18030 (a superset of GBK and GB2312). Bytes with a zero
    byte that do not look like UTF-16 that way are tried as UTF-16 little- and
    big-endian only. The first decoding that looks like text (under 1 % of
    control, surrogate, private-use, unassigned or replacement characters;
    line ends and tabs are text) is taken.

    Parameters
    ----------
    data : bytes
        The file's bytes.
    source : str, default "<bytes>"
        The file's name or path, for the error message.

    Returns
    -------
    text : str
        The decoded text (a byte-order mark is dropped).
    encoding : str
        The codec that decoded it (``utf-8``, ``utf-8-sig``, ``utf-16``,
        ``utf-16-le``, ``utf-16-be``, ``utf-32`` or ``gb18030``).

    Raises
    ------
    DecodeError
        When ``data`` is empty, or no encoding gives text.

    Examples
    --------
    >>> decode_text("工会".encode("gb18030"))
    ('工会', 'gb18030')
    >>> decode_text(b"\\xef\\xbb\\xbf" + "工会".encode("utf-8"))
    ('工会', 'utf-8-sig')
    """
    if not data:
        raise DecodeError(source, "the file is empty; put the plan's text in it or remove it")
    candidates: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            candidates = [encoding]
            break
    if not candidates:
        utf16 = _utf16_without_bom(data)
        candidates = ["utf-8"] + ([utf16] if utf16 else []) + ["gb18030"]
        if b"\x00" in data and not utf16:
            candidates = ["utf-16-le", "utf-16-be"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, UnicodeError):
            continue
        if _looks_like_text(text):
            return text, encoding
    raise DecodeError(
        source,
        "not a text file in UTF-8, UTF-16 or GB18030/GBK (it may be in another encoding, such as Big5 for "
        "Traditional Chinese, or binary, such as a PDF); save the plan as plain text in UTF-8 and rerun",
    )


def _metadata_problem(path: Path, line: int, column: str, message: str) -> str:
    """A problem with one value of the metadata table, naming the table, the row and the column."""
    return f"{path.name} row {line}, column {column}: {message}"


def read_metadata(path: Path) -> tuple[list[dict], list[SkippedFile]]:
    """Read ``metadata.csv`` into rows, checking every value a build relies on.

    The table may be in any encoding :func:`decode_text` reads (UTF-8 with or
    without BOM, GB18030/GBK, UTF-16). Only ``doc_id`` and ``file`` are
    required columns. A row with a bad value is not returned; it is reported
    instead, naming the row (the header is row 1) and the column: a
    ``doc_id`` that could not be a safe file name
    (:data:`analysis.metadata.RE_DOC_ID`), a ``file`` that is not a plain file
    name, or a ``year_start`` or ``year_end`` that is not a four-digit year
    from 1800 to 2200.

    Parameters
    ----------
    path : pathlib.Path
        The table.

    Returns
    -------
    rows : list of dict
        The good rows in file order: column → value, every value stripped;
        ``year_start`` and ``year_end`` are ``int`` or ``None`` (also when the
        table has no such column).
    problems : list of SkippedFile
        One per bad row, named by its ``file`` (or ``"metadata.csv row N"``
        when it has none).

    Raises
    ------
    CorpusError
        When the table cannot be read or decoded, is not valid CSV, or lacks
        a required column.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     table = Path(folder) / "metadata.csv"
    ...     _ = table.write_text("doc_id,file,year_start\\nnj-2021,nj.txt,2021\\nwj,wj.txt,18\\n", encoding="utf-8")
    ...     rows, problems = read_metadata(table)
    >>> [(r["doc_id"], r["year_start"], r["year_end"]) for r in rows], [p.file for p in problems]
    ([('nj-2021', 2021, None)], ['wj.txt'])
    """
    try:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")  # a table is UTF-8 as a rule; a stray control byte is checked per value
        except UnicodeDecodeError:
            text, _ = decode_text(data, source=str(path))
    except (DecodeError, OSError) as err:
        raise CorpusError(f"{path}: the metadata table cannot be read ({getattr(err, 'reason', err)})") from None
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [c for c in _REQUIRED_METADATA if c not in (reader.fieldnames or [])]
    if missing:
        raise CorpusError(f"{path}: metadata table lacks the column(s) {', '.join(missing)}")
    rows: list[dict] = []
    problems: list[SkippedFile] = []
    try:
        for row in reader:
            line = reader.line_num
            clean = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)}
            problem = _row_problem(path, line, clean)
            if problem:
                problems.append(SkippedFile(clean.get("file") or f"{path.name} row {line}", problem))
                continue
            for key in ("year_start", "year_end"):
                clean[key] = int(clean[key]) if clean.get(key) else None
            rows.append(clean)
    except csv.Error as err:
        raise CorpusError(f"{path}: the metadata table is not valid CSV near line {reader.line_num} ({err})") from None
    return rows, problems


def _row_problem(path: Path, line: int, row: dict) -> str:
    """What is wrong with one metadata row, or ''."""
    if not is_valid_doc_id(row.get("doc_id", "")):
        return _metadata_problem(
            path, line, "doc_id",
            f"{row.get('doc_id', '')!r} is not a usable id: use letters, digits, Chinese characters, "
            "'_', '.' and '-', starting with a letter, digit or Chinese character, at most 80 characters",
        )
    name = row.get("file", "")
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\x00" in name:
        return _metadata_problem(path, line, "file", f"{name!r} is not the name of a file in the folder")
    for key in ("year_start", "year_end"):
        value = row.get(key, "")
        if value and not (re.fullmatch(r"\d{4}", value) and _YEAR_RANGE[0] <= int(value) <= _YEAR_RANGE[1]):
            return _metadata_problem(
                path, line, key, f"{value!r} is not a year (four digits, {_YEAR_RANGE[0]}–{_YEAR_RANGE[1]}); leave it empty if unknown"
            )
    return ""


def _entry_problem(path: Path, raw_root: Path) -> str:
    """Why a folder entry cannot be read as a plan, or '' when it can (checked without opening it)."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (FileNotFoundError, RuntimeError, OSError):
            return "a symbolic link to a file that does not exist"
        if not target.is_relative_to(raw_root):
            return f"a symbolic link leading outside the folder (to {target}); copy the file into the folder instead"
    try:
        mode = path.stat().st_mode
    except OSError as err:
        return f"cannot be read ({err.strerror or err})"
    if stat.S_ISDIR(mode):
        return "a folder: plans in subfolders are not read; move them into this folder or point --raw at the subfolder"
    if not stat.S_ISREG(mode):
        return "not a regular file (a pipe, socket or device); save the plan as a .txt file"
    if path.suffix.lower() == ".doc":
        return "an old Word file (.doc, Word 97-2003); save it as .docx or as plain text (.txt) to include it"
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return "not a .txt, .html or .docx file; save the plan as plain text (.txt) to include it"
    return ""


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file, opened without blocking (a file swapped for a pipe is refused)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read()
    finally:
        os.close(fd)


def list_plan_files(raw_dir: Path) -> tuple[list[Path], list[SkippedFile]]:
    """The plan files of a folder, and every other entry with the reason it is not read.

    Hidden entries (names starting with ``.``) and the companion files
    (:data:`COMPANION_FILES`) are passed over silently; every other entry that
    is not a readable ``.txt`` (or ``.html``) file in the folder itself (a subfolder, a pipe
    or device, a dangling symbolic link or one that leads outside the folder,
    another kind of file) is named with its reason. The entries are checked
    without opening them; subfolders are not searched.

    Parameters
    ----------
    raw_dir : pathlib.Path
        The folder.

    Returns
    -------
    plans : list of pathlib.Path
        The ``.txt`` and ``.html`` files (suffix in any case), in order of name.
    skipped : list of SkippedFile
        The other entries, in order of name, each with its reason.

    Raises
    ------
    OSError
        When the folder cannot be listed (``FileNotFoundError`` when it does
        not exist).

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("plan.txt", "plan.pdf", "metadata.csv", ".DS_Store"):
    ...         _ = (Path(folder) / name).write_bytes(b"")
    ...     plans, skipped = list_plan_files(Path(folder))
    >>> [p.name for p in plans], [s.file for s in skipped]
    (['plan.txt'], ['plan.pdf'])
    """
    root = raw_dir.resolve()
    plans, skipped = [], []
    for path in sorted(raw_dir.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.name in COMPANION_FILES:
            continue
        problem = _entry_problem(path, root)
        if problem:
            skipped.append(SkippedFile(path.name, problem))
        else:
            plans.append(path)
    return plans, skipped


def read_corpus(raw_dir: Path | str, *, infer=None, keep_text: bool = True) -> Corpus:
    """Read every ``.txt`` plan in ``raw_dir`` with its metadata.

    Nothing in ``raw_dir`` is modified. A file with a row in ``metadata.csv``
    takes that row; a file without one gets the metadata its text and name
    tell (:func:`analysis.metadata.infer_metadata`), and a derived id that
    meets another id gets a suffix ``-2``, ``-3`` …. Files that cannot be used
    (empty, binary, undecodable, without Chinese text, an id claimed by
    several files, entries that are not plain ``.txt`` files of the folder, a
    row of ``metadata.csv`` with a bad value) are returned in
    ``Corpus.skipped`` with the reason, and so are rows that name no file in
    the folder and files listed twice; the others are read.

    Parameters
    ----------
    raw_dir : pathlib.Path or str
        The folder of plan documents (and optionally ``metadata.csv``).
    infer : callable or None, default None
        Called as ``infer(text, file_name, resources)`` for the metadata of a file
        without a row; ``None`` is :func:`analysis.metadata.infer_metadata` (the
        build passes one that remembers what it inferred before).
    keep_text : bool, default True
        False leaves each document's text out once read (``text`` is ``None``,
        :meth:`Document.with_text` reads it again): what the corpus holds
        does not grow with its texts.

    Returns
    -------
    Corpus
        The documents in ``doc_id`` order and the skipped files.

    Raises
    ------
    FileNotFoundError
        When ``raw_dir`` is not a folder.
    CorpusError
        When ``metadata.csv`` cannot be read or lacks a required column.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = (Path(folder) / "nj.txt").write_text("南京市总工会2021年工作要点\\n一、任务", encoding="gb18030")
    ...     _ = (Path(folder) / "empty.txt").write_bytes(b"")
    ...     corpus = read_corpus(folder)
    >>> [(d.doc_id, d.encoding) for d in corpus.documents], [s.file for s in corpus.skipped]
    ([('nanjing-2021', 'gb18030')], ['empty.txt'])
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: no such folder of plan documents")
    meta_path = raw_dir / "metadata.csv"
    meta_rows, skipped = read_metadata(meta_path) if meta_path.is_file() else ([], [])
    meta_by_file: dict[str, dict] = {}
    listed_twice = set()
    for row in meta_rows:
        if row["file"] in meta_by_file and row["file"] not in listed_twice:
            listed_twice.add(row["file"])
            skipped.append(SkippedFile(row["file"], "the file is listed twice in metadata.csv; keep one row"))
        meta_by_file[row["file"]] = row
    bad_rows = {s.file for s in skipped}  # a file whose row is wrong or doubled is named, not guessed around

    files, unusable = list_plan_files(raw_dir)
    resources = load_resources()  # read once for every document without a metadata row
    skipped.extend(unusable)
    present = {p.name for p in files} | {s.file for s in unusable}
    for name in sorted(set(meta_by_file) - present):
        skipped.append(SkippedFile(name, "listed in metadata.csv but there is no such file in the folder"))

    candidates: list[Document] = []
    for path in files:
        if path.name in bad_rows:
            continue  # its metadata row is wrong: named above, not guessed around
        document = _read_document(path, meta_by_file.get(path.name), resources, infer or infer_metadata, keep_text)
        if isinstance(document, SkippedFile):
            skipped.append(document)
        else:
            candidates.append(document)
    documents, claimed_twice = _unique_ids(_distinct_derived_ids(candidates))
    skipped.extend(claimed_twice)
    skipped.sort(key=lambda s: (s.file, s.reason))
    return Corpus(documents=tuple(documents), skipped=tuple(skipped))


def _read_document(path: Path, row: dict | None, resources, infer, keep_text: bool = True) -> Document | SkippedFile:
    """One plan file with its metadata row (or metadata inferred from its text)."""
    try:
        data = _read_regular_file(path)
    except OSError as err:
        return SkippedFile(path.name, f"cannot be read ({err.strerror or err})")
    try:
        text, encoding = document_text(data, source=str(path))
    except (DecodeError, WordFileError) as err:
        return SkippedFile(path.name, err.reason)
    if not RE_HAN.search(text):
        return SkippedFile(path.name, "the file has no Chinese text; is it the right file?")
    if row is None:  # (a page's source is read as the cleaning will read it: what a browser shows)
        metadata = {"file": path.name, **infer(plain_text(text), path.name, resources)}
    else:
        metadata = dict(row)
    metadata = {c: metadata.get(c, "") for c in METADATA_COLUMNS} | {
        k: v for k, v in metadata.items() if k not in METADATA_COLUMNS
    }
    return Document(
        doc_id=metadata["doc_id"],
        file=path.name,
        text=text if keep_text else None,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        metadata=metadata,
        path=None if keep_text else path,
    )


def _distinct_derived_ids(candidates: list[Document]) -> list[Document]:
    """Derived ids (documents without a metadata row) made distinct: ``-2``, ``-3`` … in file-name order.

    An id given in ``metadata.csv`` is never changed; a derived id that meets it, or another derived one,
    gets the next free suffix.
    """
    taken = {d.doc_id for d in candidates if not _is_derived(d)}
    out = []
    for doc in sorted(candidates, key=lambda d: d.file):
        if not _is_derived(doc):
            out.append(doc)
            continue
        doc_id, n = doc.doc_id, 1
        while doc_id in taken:
            n += 1
            doc_id = f"{doc.doc_id[:76]}-{n}"
        taken.add(doc_id)
        out.append(doc if doc_id == doc.doc_id else replace(doc, doc_id=doc_id, metadata={**doc.metadata, "doc_id": doc_id}))
    return out


def _is_derived(doc: Document) -> bool:
    """True when the document's id was derived (it has no metadata row)."""
    return "doc_id" in str(doc.metadata.get("inferred", "")).split("; ")


def _unique_ids(candidates: list[Document]) -> tuple[list[Document], list[SkippedFile]]:
    """Documents in doc_id order; the files of an id claimed by several are skipped, each named."""
    by_id: dict[str, list[Document]] = {}
    for doc in candidates:
        by_id.setdefault(doc.doc_id, []).append(doc)
    documents, skipped = [], []
    for doc_id in sorted(by_id):
        claimants = by_id[doc_id]
        if len(claimants) == 1:
            documents.append(claimants[0])
            continue
        names = ", ".join(d.file for d in claimants)
        skipped.extend(
            SkippedFile(
                doc.file,
                f"doc_id {doc_id!r} is claimed by several files ({names}); "
                "give each its own doc_id in metadata.csv or rename one file",
            )
            for doc in claimants
        )
    return documents, skipped
