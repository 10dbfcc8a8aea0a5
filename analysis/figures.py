"""The CJK font and the one helper that saves every figure.

The font is Noto Sans CJK SC, shipped by the ``mplfonts`` package that the
project's install brings, so Chinese renders on a fresh machine without any
system font. :func:`save_figure` writes PNG (300 dpi) and SVG under a content
name, without timestamps, and fails when any glyph of the figure is missing
from the fonts (a figure with tofu boxes is never written).
"""

from __future__ import annotations

import html
import io
import re
import warnings
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import matplotlib
from matplotlib.layout_engine import PlaceHolderLayoutEngine

from .config import FIGURES_DIR
from .tables import atomic_write_bytes, write_figure_data

__all__ = ["MissingGlyphError", "SavedFiles", "cjk_font_path", "use_cjk_font", "save_figure", "FONT_FAMILY"]

FONT_FAMILY = "Noto Sans CJK SC"
_FONT_FILE = "NotoSansCJKsc-Regular.otf"
_RE_NAME = re.compile(r"^(?!.*[A-Z])\w[\w\-]*$")


class MissingGlyphError(RuntimeError):
    """A figure would be drawn with characters its fonts lack.

    Raised by :func:`save_figure` before any file is written.
    """


def cjk_font_path() -> Path:
    """Path of the Noto Sans CJK SC font file installed with the project.

    Returns
    -------
    pathlib.Path
        The font file, from the ``mplfonts`` package.

    Raises
    ------
    FileNotFoundError
        When the font file is missing (reinstall the project: ``make setup``).

    Examples
    --------
    >>> cjk_font_path().name
    'NotoSansCJKsc-Regular.otf'
    """
    path = Path(str(resources.files("mplfonts") / "fonts" / _FONT_FILE))
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the CJK font is missing; reinstall the project (make setup)")
    return path


@lru_cache(maxsize=1)
def use_cjk_font() -> Path:
    """Register the CJK font with matplotlib and make it the default; return its path.

    Also fixes the settings that make output files reproducible (SVG ids,
    no creation dates; the family name bound to the project's file, not to a
    system font of the same name) and turns off the Unicode minus, which CJK
    fonts lack.
    The work is done on the first call; later calls return the same path.

    Returns
    -------
    pathlib.Path
        The font file (:func:`cjk_font_path`).

    Raises
    ------
    FileNotFoundError
        When the font file is missing.
    """
    from matplotlib import font_manager

    path = cjk_font_path()
    manager = font_manager.fontManager
    manager.addfont(str(path))
    # A machine may have its own Noto Sans CJK SC (another version, other metrics): the family name means
    # the project's file only, so a figure is drawn the same wherever it is built.
    manager.ttflist = [f for f in manager.ttflist if f.name != FONT_FAMILY or Path(f.fname) == path]
    manager._findfont_cached.cache_clear()
    matplotlib.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [FONT_FAMILY, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "svg.hashsalt": "analysis",
            "svg.fonttype": "path",
            "figure.dpi": 100,
            "savefig.dpi": 300,
            "savefig.bbox": "tight",
        }
    )
    return path


def save_figure(
    fig,
    name: str,
    *,
    directory: Path | str | None = None,
    formats: tuple[str, ...] = ("png", "svg"),
    dpi: int = 300,
    data=None,
) -> "SavedFiles":
    """Save ``fig`` as ``<directory>/<name>.<format>`` for each format.

    Files carry no timestamps, so two builds give the same bytes. Each file is
    written whole or not at all.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    name : str
        What the figure shows (``corpus_document_lengths``): lower-case
        letters, Chinese characters, digits, ``_`` and ``-``, starting with a
        letter, digit or ``_``. It names the files.
    directory : pathlib.Path, str or None, default None
        The folder of the files (created when missing); ``None`` means
        :data:`analysis.config.FIGURES_DIR`.
    formats : tuple of str, default ("png", "svg")
        The file formats, one file each.
    dpi : int, default 300
        The resolution of raster formats.
    data : pandas.DataFrame or None, default None
        The table the figure draws; written beside it as ``<name>.csv``
        (:func:`analysis.tables.write_figure_data`) so a reader has the numbers.

    Returns
    -------
    SavedFiles
        The files written, in the order of ``formats`` (then the CSV); a list
        that a notebook shows as one short line naming them.

    Raises
    ------
    ValueError
        When ``name`` holds other characters (upper-case letters, spaces,
        dots …).
    MissingGlyphError
        When a character of the figure is missing from its fonts.
    """
    if not _RE_NAME.match(name):
        raise ValueError(f"figure name {name!r}: use lower-case letters, Chinese characters, digits, '_' and '-' (it names the file)")
    use_cjk_font()
    directory = Path(directory) if directory is not None else FIGURES_DIR
    with warnings.catch_warnings(record=True) as caught, _layout_set_aside(fig) as engine:
        warnings.simplefilter("always")
        payloads = _render(fig, formats, dpi, engine)
    missing = sorted({str(w.message) for w in caught if "missing from font" in str(w.message)})
    if missing:
        raise MissingGlyphError(
            f"figure {name!r} has characters no font can draw: {'; '.join(missing[:5])}. "
            "Use characters the CJK font covers or check the labels"
        )
    written = []
    for fmt in formats:
        path = directory / f"{name}.{fmt}"
        atomic_write_bytes(path, payloads[fmt])
        written.append(path)
    if data is not None:
        written.append(write_figure_data(data, directory, name))
    return SavedFiles(written)


_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def _render(fig, formats: tuple[str, ...], dpi: int, engine) -> dict[str, bytes]:
    """The bytes of ``fig`` in each format, all cut to one tight bounding box.

    ``savefig(bbox_inches="tight")`` lays the figure out in a dry draw before
    every real one. Here the box is measured once, at the raster resolution
    (so the PNG has the same pixels as ``savefig`` gives it), and every format
    is drawn once inside it.
    """
    bbox = _measure(fig, dpi, engine).padded(matplotlib.rcParams["savefig.pad_inches"])
    payloads = {}
    for fmt in formats:
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches=bbox, metadata=_METADATA.get(fmt))
        payloads[fmt] = buf.getvalue()
    return payloads


def _measure(fig, dpi: int, engine):
    """The tight box of ``fig`` in inches, from one draw at ``dpi`` that renders nothing.

    A live layout ``engine`` (constrained, tight) lays the figure out first, at the same resolution.
    """
    original_dpi = fig.dpi
    try:
        fig.dpi = dpi
        if engine is not None and not isinstance(engine, PlaceHolderLayoutEngine):
            engine.execute(fig)
        fig.draw_without_rendering()
        return fig.get_tightbbox()
    finally:
        fig.dpi = original_dpi


@contextmanager
def _layout_set_aside(fig):
    """Set the layout engine of ``fig`` aside while it is saved; yield it.

    ``savefig`` draws the whole figure once more before each file whenever a
    figure has a layout engine, even the placeholder that ``tight_layout``
    leaves behind and that does nothing. :func:`_measure` lays the figure out
    once instead, and the engine is put back after (matplotlib has no public
    way to remove an engine for a while, hence the private attribute).
    """
    engine = fig.get_layout_engine()
    fig._layout_engine = None
    try:
        yield engine
    finally:
        fig._layout_engine = engine


class SavedFiles(list):
    """The files :func:`save_figure` wrote: a list of paths that a notebook shows as one quiet line."""

    def _repr_html_(self) -> str:
        names = ", ".join(html.escape(p.name) for p in self)
        folder = html.escape(str(self[0].parent)) if self else ""
        return f'<p style="color:#777;font-size:85%">saved {names} in {folder}</p>'

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text("saved " + ", ".join(p.name for p in self))
