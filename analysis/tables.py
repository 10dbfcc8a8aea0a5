"""Write and read the processed tables (the output edge of the pipeline).

Every table is written twice: CSV in UTF-8 with a byte-order mark (opens
correctly in Excel on a Chinese Windows machine) and Parquet (types kept, for
pandas). Files are written whole or not at all: each goes to a temporary file
in the same folder and is moved into place only when complete.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

_UMASK = os.umask(0)
os.umask(_UMASK)
#: Mode of written files: what a plain ``open(path, "w")`` would give.
FILE_MODE = 0o666 & ~_UMASK

__all__ = ["write_table", "read_table", "write_text", "write_alignment", "atomic_write_bytes", "ensure_not_raw"]


def ensure_not_raw(out_dir: Path, raw_dir: Path | None) -> None:
    """Refuse to write into the raw-data folder (raw data is never modified)."""
    if raw_dir is not None and Path(out_dir).resolve() == Path(raw_dir).resolve():
        raise ValueError(f"{out_dir}: refusing to write outputs into the raw-data folder; choose another --out")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text whole or not at all."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_table(df: pd.DataFrame, out_dir: Path | str, name: str) -> list[Path]:
    """Write ``df`` as ``name.csv`` (UTF-8 with BOM) and ``name.parquet`` in ``out_dir``."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    csv_path = out_dir / f"{name}.csv"
    parquet_path = out_dir / f"{name}.parquet"
    out_dir.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pandas(df, preserve_index=False)
    tmp_csv = tempfile.mkstemp(prefix=f".{name}.", suffix=".csv.tmp", dir=out_dir)
    tmp_parquet = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=out_dir)
    for fd, _ in (tmp_csv, tmp_parquet):
        os.close(fd)
    try:
        with open(tmp_csv[1], "wb") as f:
            f.write(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
            pa_csv.write_csv(table, f, pa_csv.WriteOptions(quoting_style="needed"))
        pq.write_table(table, tmp_parquet[1])
        for tmp, final in ((tmp_csv[1], csv_path), (tmp_parquet[1], parquet_path)):
            os.chmod(tmp, FILE_MODE)
            os.replace(tmp, final)
    finally:
        for _, tmp in (tmp_csv, tmp_parquet):
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [csv_path, parquet_path]


def read_table(name: str, processed_dir: Path | str) -> pd.DataFrame:
    """Read a processed table written by :func:`write_table`."""
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such table; run `python -m analysis build` first")
    return pd.read_parquet(path)


def write_alignment(table: pd.DataFrame, out_dir: Path | str, name: str) -> list[Path]:
    """Write a side-by-side table as CSV (UTF-8 with BOM) and as an HTML page with line breaks kept."""
    out_dir = Path(out_dir)
    csv_path, html_path = out_dir / f"{name}.csv", out_dir / f"{name}.html"
    atomic_write_bytes(csv_path, table.to_csv(lineterminator="\n").encode("utf-8-sig"))
    marker = "\u2029"
    body = table.replace("\n", marker, regex=True).to_html(escape=True).replace(marker, "<br>")
    html = (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>"
        f"{name}</title><style>table{{border-collapse:collapse;font-size:13px}}td,th{{border:1px solid #ccc;"
        "padding:4px;vertical-align:top}}</style></head><body>\n" + body + "\n</body></html>\n"
    )
    atomic_write_bytes(html_path, html.encode("utf-8"))
    return [csv_path, html_path]
