"""Write and read the processed tables (the output edge of the pipeline).

Every table is written twice: CSV in UTF-8 with a byte-order mark (opens
correctly in Excel on a Chinese Windows machine) and Parquet (types kept, for
pandas). Each file is written whole or not at all: it goes to a temporary file
in the same folder and is moved into place only when complete (the build makes
the whole set of tables one unit, see :mod:`analysis.build`).

CSV copies are safe to open in a spreadsheet: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return (which Excel, LibreOffice
and Google Sheets would run as a formula) gets a leading apostrophe ``'``, the
usual neutralising prefix. Parquet keeps every text exactly as it is.
"""

from __future__ import annotations

import os
import secrets
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

__all__ = [
    "PARQUET_ONLY",
    "write_figure_data",
    "write_latex",
    "FORMULA_PREFIXES",
    "write_table",
    "TableStream",
    "write_table_of_parquet",
    "read_rows",
    "filtered_row_groups",
    "parquet_bytes",
    "ROW_GROUP_ROWS",
    "table_files",
    "read_table",
    "table_rows",
    "write_text",
    "write_alignment",
    "atomic_write_bytes",
    "spreadsheet_safe",
]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Rows in a row group of every Parquet table, written whole or streamed (:class:`TableStream`): a reader
#: takes a table a row group at a time, and the bytes do not depend on how the rows came. A streamed
#: table's writer holds a row group (its rows and their encoding) until it is written: at 131,072 rows that
#: was 300 MB of the build's process at 10,000 plans, at 32,768 under 90 MB.
ROW_GROUP_ROWS = 32_768
_CSV_OPTIONS = {"quoting_style": "needed"}


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (mode as a plain ``open`` would give).

    The bytes go to a temporary file in the same folder, which then replaces
    ``path`` in one step; missing parent folders are created.

    Parameters
    ----------
    path : pathlib.Path or str
        The file to write.
    data : bytes
        Its content.
    """
    with atomic_file(path) as f:
        f.write(data)


@contextmanager
def atomic_file(path: Path):
    """A binary file to write ``path`` through, whole or not at all (see :func:`atomic_write_bytes`).

    The file is a temporary one in the same folder; on a clean exit it replaces
    ``path``, on an error it is removed. Writers stream into it (no copy of the
    whole content in memory).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text whole or not at all.

    Parameters
    ----------
    path : pathlib.Path or str
        The file to write (missing parent folders are created).
    text : str
        Its content, written as UTF-8 without a byte-order mark.
    """
    atomic_write_bytes(path, text.encode("utf-8"))


def spreadsheet_safe(table):
    """The arrow table with every text cell that a spreadsheet would run as a formula prefixed by ``'``.

    A cell is prefixed when it starts with one of :data:`FORMULA_PREFIXES`.
    Columns of other types and missing values are left as they are.

    Parameters
    ----------
    table : pyarrow.Table
        The table.

    Returns
    -------
    pyarrow.Table
        The same table, with the risky text cells prefixed.

    Examples
    --------
    >>> import pyarrow as pa
    >>> spreadsheet_safe(pa.table({"t": ["=1+1", "工会", "-5", None]})).column("t").to_pylist()
    ["'=1+1", '工会', "'-5", None]
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    pattern = "^[" + "".join("\\" + c if c in "-\\^]" else c for c in FORMULA_PREFIXES) + "]"
    for i, field in enumerate(table.schema):
        if not (pa.types.is_string(field.type) or pa.types.is_large_string(field.type)):
            continue
        column = table.column(i)
        risky = pc.match_substring_regex(column, pattern)
        if pc.any(risky).as_py():
            prefixed = pc.binary_join_element_wise(pa.scalar("'", field.type), column, pa.scalar("", field.type))
            table = table.set_column(i, field, pc.if_else(risky, prefixed, column))
    return table


def _safe_cell(value):
    """One cell made spreadsheet-safe (see :func:`spreadsheet_safe`)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) else value


#: Tables written as Parquet only: too long for a spreadsheet (a token table passes Excel's row limit
#: from a few hundred plans on, and its CSV is about 18 times the raw text).
PARQUET_ONLY = frozenset({"tokens"})


def table_files(name: str) -> list[str]:
    """The file names a table is written under: ``name.csv`` (unless Parquet only) and ``name.parquet``.

    >>> table_files("targets"), table_files("tokens")
    (['targets.csv', 'targets.parquet'], ['tokens.parquet'])
    """
    return [f"{name}.csv"] * (name not in PARQUET_ONLY) + [f"{name}.parquet"]


def write_table(df, out_dir: Path | str, name: str) -> list[Path]:
    """Write ``df`` as ``name.csv`` (UTF-8 with BOM, spreadsheet-safe) and ``name.parquet`` in ``out_dir``.

    Each file is written whole or not at all; the index is not written. Tables
    in :data:`PARQUET_ONLY` get no CSV copy.

    Parameters
    ----------
    df : pandas.DataFrame or pyarrow.Table
        The table (an Arrow table as ``pyarrow.Table.from_pandas`` makes it of
        the frame: a caller that needs it too converts once).
    out_dir : pathlib.Path or str
        The folder (created when missing).
    name : str
        The table's name, without suffix.

    Returns
    -------
    list of pathlib.Path
        The CSV file (unless the table is Parquet only) and the Parquet file.
    """
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    # One chunk per column: the bytes do not depend on how the rows were joined (the build joins batches).
    table = (df if isinstance(df, pa.Table) else pa.Table.from_pandas(df, preserve_index=False)).combine_chunks()
    csv_path, parquet_path = out_dir / f"{name}.csv", out_dir / f"{name}.parquet"
    written = []
    if name not in PARQUET_ONLY:
        with atomic_file(csv_path) as f:
            f.write(_BOM)
            pa_csv.write_csv(spreadsheet_safe(table), pa.PythonFile(f, mode="w"), pa_csv.WriteOptions(**_CSV_OPTIONS))
        written.append(csv_path)
    with atomic_file(parquet_path) as f:
        pq.write_table(table, pa.PythonFile(f, mode="w"), row_group_size=ROW_GROUP_ROWS)
    return written + [parquet_path]


#: The byte-order mark that makes Excel read a CSV file as UTF-8.
_BOM = b"\xef\xbb\xbf"


class TableStream:
    """A processed table written a batch of rows at a time, into a staging folder.

    The Parquet file gets row groups of :data:`ROW_GROUP_ROWS` rows whatever
    the batches, and the CSV copy (unless the table is in :data:`PARQUET_ONLY`)
    one batch after another: the files are byte for byte those
    :func:`write_table` writes for the whole table, and no more than a row group
    is held. The files are not written atomically one by one: the folder is a
    staging one, replaced as a set (:class:`analysis.outputs.OutputSet`).

    Parameters
    ----------
    out_dir : pathlib.Path or str
        The folder.
    name : str
        The table's name, without suffix.
    empty : pandas.DataFrame
        The table without rows (its column types), written when no batch came.

    Examples
    --------
    >>> import tempfile
    >>> frame = pd.DataFrame({"doc_id": ["a", "b", "c"], "n": [1, 2, 3]})
    >>> with tempfile.TemporaryDirectory() as d:
    ...     stream = TableStream(d, "t", empty=frame.iloc[:0])
    ...     stream.write(frame.iloc[:2]); stream.write(frame.iloc[2:])
    ...     streamed = [p.read_bytes() for p in stream.close()]
    ...     streamed == [p.read_bytes() for p in write_table(frame, d, "whole")]
    True
    """

    def __init__(self, out_dir: Path | str, name: str, *, empty: pd.DataFrame):
        self.out_dir, self.name, self.empty = Path(out_dir), name, empty
        self._parquet = self._csv = None
        self._files: list = []
        self._pending: list = []
        self._pending_rows = 0

    def write(self, frame) -> None:
        """Take the next rows (typed as the whole table: :func:`analysis.schema.typed`), a frame or an Arrow
        table as ``pyarrow.Table.from_pandas`` makes it of the frame."""
        import pyarrow as pa

        if not len(frame):
            return
        table = frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame, preserve_index=False)
        if self._parquet is None:
            self._open(table.schema)
        if self._csv is not None:
            self._csv.write_table(spreadsheet_safe(table))
        self._pending.append(table)
        self._pending_rows += len(table)
        self._flush(final=False)

    def _open(self, schema) -> None:
        import pyarrow.csv as pa_csv
        import pyarrow.parquet as pq

        self.out_dir.mkdir(parents=True, exist_ok=True)
        for file in table_files(self.name):  # a file linked there from the old set is let go, never written into
            (self.out_dir / file).unlink(missing_ok=True)
        parquet = open(self.out_dir / f"{self.name}.parquet", "xb")
        self._files.append(parquet)
        self._parquet = pq.ParquetWriter(parquet, schema)
        if self.name not in PARQUET_ONLY:
            csv = open(self.out_dir / f"{self.name}.csv", "xb")
            self._files.append(csv)
            csv.write(_BOM)
            self._csv = pa_csv.CSVWriter(csv, schema, write_options=pa_csv.WriteOptions(**_CSV_OPTIONS))

    def _flush(self, *, final: bool) -> None:
        """Write whole row groups of the rows taken (the rest too when ``final``)."""
        import pyarrow as pa

        if not self._pending or (self._pending_rows < ROW_GROUP_ROWS and not final):
            return
        table = pa.concat_tables(self._pending).combine_chunks()
        whole = len(table) if final else len(table) - len(table) % ROW_GROUP_ROWS
        self._parquet.write_table(table.slice(0, whole), row_group_size=ROW_GROUP_ROWS)
        rest = table.slice(whole)
        self._pending, self._pending_rows = ([rest] if len(rest) else []), len(rest)

    def close(self) -> list[Path]:
        """Finish the files (the empty table when no rows came); the files written (CSV first)."""
        if self._parquet is None:
            return write_table(self.empty, self.out_dir, self.name)
        try:
            self._flush(final=True)
            self._parquet.close()
            if self._csv is not None:
                self._csv.close()
        finally:
            self.abort()
        return [self.out_dir / n for n in table_files(self.name)]

    def abort(self) -> None:
        """Close the writers and files as they are (after an error: the staging folder is thrown away)."""
        import pyarrow as pa

        for writer in (self._parquet, self._csv):
            try:  # closed already when the table was finished
                if writer is not None:
                    writer.close()
            except (OSError, ValueError, pa.ArrowException):
                pass
        self._parquet = self._csv = None
        for f in self._files:
            f.close()
        self._files = []


def parquet_bytes(df) -> bytes:
    """The Parquet file :func:`write_table` writes of ``df`` (a frame or an Arrow table), as bytes."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = (df if isinstance(df, pa.Table) else pa.Table.from_pandas(df, preserve_index=False)).combine_chunks()
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, row_group_size=ROW_GROUP_ROWS)
    return sink.getvalue().to_pybytes()


def write_table_of_parquet(data: bytes, out_dir: Path | str, name: str, *, empty: pd.DataFrame) -> list[Path]:
    """Write the table whose Parquet file is ``data`` (as :func:`write_table` wrote it) as
    :func:`write_table` writes it, CSV copy included, a row group at a time (the table is never held).

    ``empty`` is the table without rows (what a file of no row group holds). Returns the files written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    file = pq.ParquetFile(pa.BufferReader(data))
    stream = TableStream(out_dir, name, empty=empty)
    try:
        for group in range(file.num_row_groups):
            stream.write(file.read_row_group(group))
        return stream.close()
    finally:
        stream.abort()


def filtered_row_groups(path: Path | str, selected, columns: list[str] | None = None):
    """The rows of each row group of a Parquet file that the expression ``selected`` (``pyarrow.compute``)
    keeps, as Arrow tables, one row group read at a time.

    A dataset scan with a filter reads many row groups at once, ahead of the filter: on the targets of
    10,000 plans it held five times the rows it kept. Here one row group is held besides what is kept.
    """
    import pyarrow.parquet as pq

    file = pq.ParquetFile(path)
    for k in range(file.num_row_groups):
        yield file.read_row_group(k, columns=columns).filter(selected)


def read_rows(path: Path | str, selected, columns: list[str] | None = None):
    """The rows of a Parquet file that the expression ``selected`` keeps, as one Arrow table
    (:func:`filtered_row_groups` joined)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    kept = list(filtered_row_groups(path, selected, columns))
    if not kept:
        empty = pq.read_schema(path).empty_table()
        return empty if columns is None else empty.select(columns)
    return pa.concat_tables(kept)


def read_table(name: str, processed_dir: Path | str, columns: list[str] | None = None) -> pd.DataFrame:
    """Read a processed table written by :func:`write_table`.

    The Parquet copy is read, so types and texts are as written.

    Parameters
    ----------
    name : str
        The table's name (``documents``, ``items``, ``targets`` …).
    processed_dir : pathlib.Path or str
        The folder of the processed tables.
    columns : list of str or None, default None
        Only these columns (``None``: all).

    Returns
    -------
    pandas.DataFrame
        The table.

    Raises
    ------
    FileNotFoundError
        When the folder holds no such table (run ``python -m analysis build``
        first).
    """
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such table; run `python -m analysis build` first")
    return pd.read_parquet(path, columns=columns)


def table_rows(name: str, processed_dir: Path | str) -> int:
    """The number of rows of a processed table, from its Parquet footer (the table is not read).

    Raises
    ------
    FileNotFoundError
        When the folder holds no such table.
    """
    import pyarrow.parquet as pq

    path = Path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such table; run `python -m analysis build` first")
    return pq.ParquetFile(path).metadata.num_rows


def write_alignment(table: pd.DataFrame, out_dir: Path | str, name: str) -> list[Path]:
    """Write a side-by-side table as CSV (UTF-8 with BOM) and as an HTML page with line breaks kept.

    The CSV is spreadsheet-safe (cells, index and column names); the HTML
    escapes the text. Both keep the index.

    Parameters
    ----------
    table : pandas.DataFrame
        The side-by-side table (cells may hold line breaks).
    out_dir : pathlib.Path or str
        The folder (created when missing).
    name : str
        The files' name, without suffix (also the page's title).

    Returns
    -------
    list of pathlib.Path
        The CSV file and the HTML file.
    """
    out_dir = Path(out_dir)
    csv_path, html_path = out_dir / f"{name}.csv", out_dir / f"{name}.html"
    safe = table.map(_safe_cell).rename(index=_safe_cell, columns=_safe_cell)
    atomic_write_bytes(csv_path, safe.to_csv(lineterminator="\n").encode("utf-8-sig"))
    marker = "\u2029"
    body = table.replace("\n", marker, regex=True).to_html(escape=True).replace(marker, "<br>")
    html = (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>"
        f"{name}</title><style>table{{border-collapse:collapse;font-size:13px}}td,th{{border:1px solid #ccc;"
        "padding:4px;vertical-align:top}}</style></head><body>\n" + body + "\n</body></html>\n"
    )
    atomic_write_bytes(html_path, html.encode("utf-8"))
    return [csv_path, html_path]


def write_figure_data(table: pd.DataFrame, out_dir: Path | str, name: str) -> Path:
    """Write the table a figure draws as ``<name>.csv`` beside the figure (UTF-8 with BOM, spreadsheet-safe).

    The index is written as columns when it is named (a pivoted table's plans or terms).

    Parameters
    ----------
    table : pandas.DataFrame
        What the figure shows, as numbers (not as formatted labels).
    out_dir : pathlib.Path or str
        The figure's folder.
    name : str
        The figure's name (the CSV shares it).

    Returns
    -------
    pathlib.Path
        The CSV file.
    """
    path = Path(out_dir) / f"{name}.csv"
    keep_index = any(n is not None for n in table.index.names)
    flat = table.reset_index() if keep_index else table
    safe = flat.map(_safe_cell).rename(columns=_safe_cell)
    atomic_write_bytes(path, safe.to_csv(index=False, lineterminator="\n").encode("utf-8-sig"))
    return path


def write_latex(table: pd.DataFrame, out_dir: Path | str, name: str, *, caption: str = "", label: str = "",
                float_format: str = "{:.3g}") -> Path:
    """Write a result table as a LaTeX ``table`` environment (booktabs rules) for a paper: ``<name>.tex``.

    Text is escaped for LaTeX; Chinese needs a CJK-capable engine (``xelatex`` with ``xeCJK``, or
    ``ctex``). Numbers are formatted with ``float_format``.

    Parameters
    ----------
    table : pandas.DataFrame
        The table as it should appear (rename columns first).
    out_dir : pathlib.Path or str
        The folder.
    name : str
        The file's name, without suffix.
    caption, label : str
        The table's caption and ``\\label`` (none when empty).
    float_format : str
        A format for floating-point cells.

    Returns
    -------
    pathlib.Path
        The ``.tex`` file.

    Examples
    --------
    >>> import tempfile
    >>> t = pd.DataFrame({"plan": ["武进区 2018"], "targets": [16], "per 1,000 chars": [4.26]})
    >>> print(write_latex(t, tempfile.mkdtemp(), "density").read_text(encoding="utf-8").splitlines()[3])
    plan & targets & per 1,000 chars \\\\
    """
    styler = table.style.hide(axis="index").format_index(escape="latex", axis=1).format(
        precision=3, escape="latex",
        formatter={c: float_format.format for c in table.columns if pd.api.types.is_float_dtype(table[c])})
    align = "".join("r" if pd.api.types.is_numeric_dtype(table[c]) else "l" for c in table.columns)
    text = styler.to_latex(caption=caption or None, label=label or None, hrules=True, position="htbp",
                           column_format=align)
    path = Path(out_dir) / f"{name}.tex"
    atomic_write_bytes(path, text.encode("utf-8"))
    return path

