"""A Word file (``.docx``) read as the text Word shows: its paragraphs, list numbers and tables.

Plans travel as Word attachments. A ``.docx`` is a zip of XML parts; this module
reads the body (``word/document.xml``) in order: each paragraph a line, each
table row a line with its cells joined by tabs, headings (a ``Heading``/``标题``
style) set off by blank lines, and the numbers Word adds to numbered paragraphs
(一、, （一）, 1.) written in front of them as Word shows them, from the list
definitions (``word/numbering.xml``: a level's number format and text, its start,
a restart) — a plan's outline often lives only there. Deleted revisions, field
codes and hidden parts are not text. Python's own zip and XML readers do the
work: no code in the file is run, entities are not expanded, and a part that
would unpack beyond :data:`MAX_PART_BYTES` is refused (a zip bomb).
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

__all__ = ["MAX_PART_BYTES", "WordFileError", "is_word_file", "docx_text"]

#: The largest XML part read (a plan's document.xml is well under a megabyte).
MAX_PART_BYTES = 64 << 20
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Chinese numerals for the counting formats (一 … 九十九).
_DIGITS = "零一二三四五六七八九"


class WordFileError(ValueError):
    """A ``.docx`` that cannot be read; ``reason`` says why, for the skipped-files table."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def is_word_file(data: bytes) -> bool:
    """Whether ``data`` is a zip holding ``word/document.xml`` (a ``.docx``)."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def docx_text(data: bytes) -> str:
    """The text of a ``.docx`` file's body, as the module docstring says.

    Parameters
    ----------
    data : bytes
        The file's bytes.

    Returns
    -------
    str
        Lines separated by ``\\n``.

    Raises
    ------
    WordFileError
        When the bytes are no ``.docx`` (an old ``.doc``, a damaged zip), a part is too large, or its XML
        cannot be read.
    """
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise WordFileError("an old Word file (.doc, Word 97-2003); save it as .docx or as plain text (.txt)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {name: _part(archive, name) for name in
                     ("word/document.xml", "word/numbering.xml", "word/styles.xml")}
    except zipfile.BadZipFile:
        raise WordFileError("not a Word file (.docx) that can be opened: the zip is damaged") from None
    if parts["word/document.xml"] is None:
        raise WordFileError("a zip file without word/document.xml: not a Word document")
    styles = _Styles(parts["word/styles.xml"])
    numbers = _Numbering(parts["word/numbering.xml"], styles)
    body = parts["word/document.xml"].find(f"{_W}body")
    lines: list[str] = []
    for kind, element in _blocks(body if body is not None else parts["word/document.xml"]):
        if kind == "table":
            lines += _table_lines(element)
            continue
        text = numbers.label(element) + _paragraph_text(element)
        if styles.is_heading(element):
            lines += ["", text.strip(), ""]
        else:
            lines.append(text)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip("\n")


def _part(archive: zipfile.ZipFile, name: str):
    """The parsed XML of a part, or None when the file has no such part."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise WordFileError(f"{name} would unpack to {info.file_size} bytes, more than a plan holds")
    try:
        return ElementTree.fromstring(archive.read(name))
    except ElementTree.ParseError as err:
        raise WordFileError(f"{name} is no readable XML ({err})") from None


def _blocks(container):
    """The paragraphs and tables of the body in reading order (content controls opened)."""
    for child in container:
        if child.tag == f"{_W}p":
            yield "paragraph", child
        elif child.tag == f"{_W}tbl":
            yield "table", child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)


def _paragraph_text(p) -> str:
    """A paragraph's text: its runs' text, tabs and breaks; not deleted text, field codes or hidden runs."""
    out = []
    for run in p.iter(f"{_W}r"):
        if run.find(f"{_W}rPr/{_W}vanish") is not None:
            continue
        for element in run:
            if element.tag == f"{_W}t":
                out.append(element.text or "")
            elif element.tag == f"{_W}tab":
                out.append("\t")
            elif element.tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
    return "".join(out)


def _table_lines(table) -> list[str]:
    """A table's rows, a line each, cells joined by tabs (a nested table's rows follow its cell's text)."""
    lines = []
    for row in table.findall(f"{_W}tr"):
        cells = [" ".join(_paragraph_text(p).strip() for p in cell.findall(f"{_W}p")).strip()
                 for cell in row.findall(f"{_W}tc")]
        lines.append("\t".join(cells))
    return lines


def _attr(element, path: str, name: str = "val") -> str | None:
    """The w:``name`` attribute of the element at ``path`` below ``element``, or None."""
    found = element.find(path) if element is not None else None
    return None if found is None else found.get(f"{_W}{name}")


class _Styles:
    """The paragraph styles: which are headings, and the list a style numbers its paragraphs with."""

    def __init__(self, root):
        self.headings: set[str] = set()
        self.numbering: dict[str, tuple[str, int]] = {}
        for style in [] if root is None else root.findall(f"{_W}style"):
            style_id = style.get(f"{_W}styleId") or ""
            name = (_attr(style, f"{_W}name") or "").lower()
            if re.match(r"(?:heading|标题)\s*\d", name) or re.match(r"heading\d", style_id.lower()):
                self.headings.add(style_id)
            num_id = _attr(style, f"{_W}pPr/{_W}numPr/{_W}numId")
            if num_id is not None:
                self.numbering[style_id] = (num_id, int(_attr(style, f"{_W}pPr/{_W}numPr/{_W}ilvl") or 0))

    def style_of(self, p) -> str:
        return _attr(p, f"{_W}pPr/{_W}pStyle") or ""

    def is_heading(self, p) -> bool:
        return self.style_of(p) in self.headings


class _Numbering:
    """The numbers Word shows before numbered paragraphs, counted in reading order."""

    def __init__(self, root, styles: _Styles):
        self.styles = styles
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId -> ilvl -> (fmt, text, start)
        self.num_abstract: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start
        self.counters: dict[str, list[int | None]] = {}
        self.started: set[str] = set()
        for abstract in [] if root is None else root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                levels[int(lvl.get(f"{_W}ilvl") or 0)] = (
                    _attr(lvl, f"{_W}numFmt") or "decimal", _attr(lvl, f"{_W}lvlText") or "",
                    int(_attr(lvl, f"{_W}start") or 1))
            self.levels[abstract.get(f"{_W}abstractNumId") or ""] = levels
        for num in [] if root is None else root.findall(f"{_W}num"):
            num_id = num.get(f"{_W}numId") or ""
            self.num_abstract[num_id] = _attr(num, f"{_W}abstractNumId") or ""
            self.overrides[num_id] = {int(o.get(f"{_W}ilvl") or 0): int(_attr(o, f"{_W}startOverride") or 1)
                                      for o in num.findall(f"{_W}lvlOverride")
                                      if o.find(f"{_W}startOverride") is not None}

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` (一、, （二）, 3.), or ``""``."""
        num_id = _attr(p, f"{_W}pPr/{_W}numPr/{_W}numId")
        ilvl = _attr(p, f"{_W}pPr/{_W}numPr/{_W}ilvl")
        if num_id is None:
            num_id, level = self.styles.numbering.get(self.styles.style_of(p), (None, 0))
        else:
            level = int(ilvl or 0)
        abstract = self.num_abstract.get(num_id or "")
        if not num_id or num_id == "0" or abstract not in self.levels or level not in self.levels[abstract]:
            return ""
        counts = self.counters.setdefault(abstract, [None] * 10)
        if num_id not in self.started:  # a list restarted (startOverride) begins again
            self.started.add(num_id)
            for lvl, start in self.overrides.get(num_id, {}).items():
                counts[lvl] = start - 1
        fmt, text, start = self.levels[abstract][level]
        counts[level] = start if counts[level] is None else counts[level] + 1
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = None
        def number(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            k_fmt, _, k_start = self.levels[abstract].get(k, ("decimal", "", 1))
            return _formatted(counts[k] if counts[k] is not None else k_start, k_fmt)
        return "" if fmt in ("none", "bullet") else re.sub(r"%([1-9])", number, text)


def _formatted(n: int, fmt: str) -> str:
    """``n`` in a list's number format (decimal, chineseCounting, decimalEnclosedCircle, letters, Roman)."""
    if fmt.startswith("chinese") or fmt.startswith("ideograph") or fmt.startswith("japaneseCounting") \
            or fmt == "taiwaneseCounting":
        return _chinese(n)
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return str(n)


def _chinese(n: int) -> str:
    """一 … 九十九 as Chinese documents count (十, 十一, 二十); larger numbers in Arabic digits."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("" if tens == 1 else _DIGITS[tens]) + "十") + ("" if ones == 0 else _DIGITS[ones])


def _roman(n: int) -> str:
    out = []
    for value, numeral in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)
