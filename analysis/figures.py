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
import math
import re
import struct
import sys
import warnings
import zlib
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import matplotlib
import matplotlib.colors
import matplotlib.image
import numpy as np
from PIL import Image as PILImage
from matplotlib.layout_engine import PlaceHolderLayoutEngine
from matplotlib.transforms import Bbox

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


def _matplotlib_fonts(manager) -> dict[str, set[Path]]:
    """The fonts that come with matplotlib (its ``mpl-data/fonts/ttf``), registered with ``manager``: family name
    → their files."""
    from matplotlib import font_manager

    own: dict[str, set[Path]] = {}
    for fname in sorted((Path(matplotlib.get_data_path()) / "fonts" / "ttf").glob("*.ttf")):
        manager.addfont(str(fname))
        own.setdefault(font_manager.FontProperties(fname=str(fname)).get_name(), set()).add(fname)
    return own


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
    # the project's file only, so a figure is drawn the same wherever it is built. So do the families of
    # matplotlib's own fonts (DejaVu Sans draws the log axis's 10³ and what the CJK font lacks): a system's
    # DejaVu Sans, or a font cache another environment wrote, would change the figures' metrics.
    own = _matplotlib_fonts(manager)
    manager.ttflist = [f for f in manager.ttflist if (f.name != FONT_FAMILY or Path(f.fname) == path)
                       and (f.name not in own or Path(f.fname) in own[f.name])]
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
        payloads, raster = _render(fig, formats, dpi, engine)
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
    if raster is not None and _shown_inline(fig):
        _show_saved_raster(fig, raster, dpi)
    return SavedFiles(written)


_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def _render(fig, formats: tuple[str, ...], dpi: int, engine) -> tuple[dict[str, bytes], "np.ndarray | None"]:
    """The bytes of ``fig`` in each format, all cut to one tight box; and its raster (RGBA) when drawn.

    ``savefig(bbox_inches="tight")`` lays the figure out in a dry draw before
    every real one. Here the figure is drawn once at the raster resolution;
    the tight box (padded, rounded out to whole pixels) is measured on that
    draw, and the PNG is that draw cut to the box: the pixels ``savefig`` gives
    for the same box. Only when ink lies outside the figure is the raster drawn
    again inside the box. Other formats are drawn once inside the box.
    """
    raster, box = _draw_raster(fig, dpi, engine)
    payloads = {}
    for fmt in formats:
        buf = io.BytesIO()
        if fmt == "png" and raster is not None:
            _png_of_raster(raster, dpi, buf)
        else:
            fig.savefig(buf, format=fmt, dpi=dpi, bbox_inches=box, metadata=_METADATA.get(fmt))
        payloads[fmt] = buf.getvalue()
    return payloads, raster


# A PNG here is its rows, each prefixed by the "Up" filter (the row minus the row above, one vectorised
# subtraction), deflated at zlib level 1. Pillow's encoder picks a filter for every row by trial, which
# costs more than the compression: for the 31 figures of the five plans, 0.95 s against 2.65 s of CPU
# (the bytes of the pixels alone, unfiltered: 1.05 s), for 11.0 MB of files against 10.6 MB.
_PNG_COMPRESS_LEVEL = 1
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data and the CRC of type and data."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_of_raster(raster: "np.ndarray", dpi: int, out) -> None:
    """Write ``raster`` (RGBA, 8 bits) to ``out`` as PNG at ``dpi``, with no other metadata.

    An opaque raster is written without its alpha channel (the same picture; a quarter fewer bytes to
    compress). Every row is filtered with the PNG "Up" filter and the whole is deflated at zlib level
    :data:`_PNG_COMPRESS_LEVEL` (see above); any PNG reader gives back ``raster`` exactly.

    >>> buf = io.BytesIO(); _png_of_raster(np.full((2, 2, 4), 255, np.uint8), 300, buf)
    >>> image = PILImage.open(buf); image.mode, image.size, round(image.info["dpi"][0])
    ('RGB', (2, 2), 300)
    """
    height, width = raster.shape[:2]
    opaque = bool((raster[..., 3] == 255).all())
    pixels = raster.reshape(height, width * 4)
    if opaque:  # every fourth byte out, in one gather (numpy copies a [..., :3] view several times slower)
        pixels = np.take(pixels, np.flatnonzero(np.arange(width * 4) % 4 != 3), axis=1)
    rows = np.empty((height, 1 + pixels.shape[1]), np.uint8)
    rows[:, 0] = 2  # the Up filter; the first row's "row above" is zeros, so it is the row itself
    rows[0, 1:] = pixels[0]
    np.subtract(pixels[1:], pixels[:-1], out=rows[1:, 1:])  # modulo 256, as the filter is defined
    per_metre = int(dpi / 0.0254 + 0.5)
    out.write(_PNG_SIGNATURE
              + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2 if opaque else 6, 0, 0, 0))
              + _png_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1))
              + _png_chunk(b"IDAT", zlib.compress(rows, _PNG_COMPRESS_LEVEL))
              + _png_chunk(b"IEND", b""))


def _draw_raster(fig, dpi: int, engine):
    """Draw ``fig`` once at ``dpi``; return (its raster cut to the tight box or None, the box in inches).

    A live layout ``engine`` (constrained, tight) lays the figure out first, at the same resolution.
    The raster is None when ink lies outside the figure (a legend placed outside it): the canvas
    cut it off, so only a draw inside the box has it; and when the settings give saved files another
    background than the figure's own (``savefig.transparent``, ``savefig.facecolor``).
    """
    from matplotlib.backends.backend_agg import RendererAgg

    original_dpi = fig.dpi
    try:
        fig.dpi = dpi
        if engine is not None and not isinstance(engine, PlaceHolderLayoutEngine):
            engine.execute(fig)
        renderer = RendererAgg(int(fig.bbox.width), int(fig.bbox.height), dpi)
        fig.draw(renderer)
        ink = fig.get_tightbbox(renderer)
    finally:
        fig.dpi = original_dpi
    height, width = renderer.height, renderer.width
    top, bottom, left, right = _pixel_box(ink.padded(matplotlib.rcParams["savefig.pad_inches"]), dpi, height)
    box = Bbox.from_extents(left / dpi, (height - bottom) / dpi, right / dpi, (height - top) / dpi)
    ink_top, ink_bottom, ink_left, ink_right = _pixel_box(ink, dpi, height)
    rc = matplotlib.rcParams
    own_background = not rc["savefig.transparent"] and rc["savefig.facecolor"] == rc["savefig.edgecolor"] == "auto"
    if ink_top < 0 or ink_left < 0 or ink_bottom > height or ink_right > width or not own_background:
        return None, box
    drawn = np.asarray(renderer.buffer_rgba())
    if top >= 0 and left >= 0 and bottom <= height and right <= width:
        return drawn[top:bottom, left:right], box
    # The padding reaches past the figure: there ``savefig`` paints the figure's face colour.
    raster = np.empty((bottom - top, right - left, 4), np.uint8)
    raster[:] = np.round(np.array(matplotlib.colors.to_rgba(fig.get_facecolor())) * 255).astype(np.uint8)
    rows, columns = slice(max(top, 0), min(bottom, height)), slice(max(left, 0), min(right, width))
    raster[rows.start - top:rows.stop - top, columns.start - left:columns.stop - left] = drawn[rows, columns]
    return raster, box


def _pixel_box(box, dpi: int, height: int) -> tuple[int, int, int, int]:
    """``box`` (inches, origin bottom left) as whole pixel rows and columns (top, bottom, left, right), rounded out."""
    return (
        math.floor(height - box.y1 * dpi),
        math.ceil(height - box.y0 * dpi),
        math.floor(box.x0 * dpi),
        math.ceil(box.x1 * dpi),
    )


def _shown_inline(fig) -> bool:
    """Whether a notebook's inline backend would draw ``fig`` again at the end of the cell."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    return (
        pyplot is not None
        and "inline" in pyplot.get_backend()
        and getattr(fig, "number", None) in pyplot.get_fignums()
    )


def _show_saved_raster(fig, raster: "np.ndarray", dpi: int) -> None:
    """Show the raster just saved, at screen resolution, in place of the inline backend's own draw.

    The inline backend would lay out, draw and encode the figure once more at the
    end of the cell; the saved raster scaled down is the same picture. ``fig`` is
    closed (pyplot's reference to it, which is what makes the backend draw it).
    """
    from IPython.display import Image, display

    screen = matplotlib.rcParams["figure.dpi"]
    height, width = raster.shape[:2]
    size = (max(1, round(width * screen / dpi)), max(1, round(height * screen / dpi)))
    factor = dpi / screen
    if factor == int(factor) and factor > 1:
        # Each screen pixel the mean of the block of saved pixels it covers (a box filter, as a screen
        # shows the saved file scaled down): a quarter of the CPU of a Lanczos filter over the whole raster.
        factor = int(factor)
        box = (0, 0, min(width, factor * size[0]), min(height, factor * size[1]))
        preview = np.asarray(PILImage.fromarray(raster).reduce(factor, box))
    else:
        preview = np.asarray(PILImage.fromarray(raster).resize(size, PILImage.Resampling.LANCZOS))
    buf = io.BytesIO()
    _png_of_raster(preview, round(screen), buf)
    display(Image(data=buf.getvalue()))
    sys.modules["matplotlib.pyplot"].close(fig)


@contextmanager
def _layout_set_aside(fig):
    """Set the layout engine of ``fig`` aside while it is saved; yield it.

    ``savefig`` draws the whole figure once more before each file whenever a
    figure has a layout engine, even the placeholder that ``tight_layout``
    leaves behind and that does nothing. :func:`_draw_raster` lays the figure out
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
