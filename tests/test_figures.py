"""Figures: the shipped CJK font, missing-glyph failure, reproducible files."""
import io
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.transforms import Bbox  # noqa: E402
from PIL import Image  # noqa: E402

from analysis.figures import FONT_FAMILY, MissingGlyphError, cjk_font_path, save_figure, use_cjk_font  # noqa: E402


def test_the_cjk_font_comes_with_the_install_and_is_used():
    path = use_cjk_font()
    assert path == cjk_font_path() and path.is_file()
    found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert font_manager.get_font(found).family_name == FONT_FAMILY


def test_the_family_is_the_projects_file_even_with_a_system_font_of_that_name(monkeypatch):
    """A machine with its own Noto Sans CJK SC (another version: other metrics, other figures) still draws
    with the project's file: the family name is bound to it."""
    import dataclasses

    manager = font_manager.fontManager
    other = next(f for f in manager.ttflist if f.name == "DejaVu Sans")
    monkeypatch.setattr(manager, "ttflist", [dataclasses.replace(other, name=FONT_FAMILY)] + manager.ttflist)
    use_cjk_font.cache_clear()
    try:
        use_cjk_font()
        assert font_manager.findfont(FONT_FAMILY) == str(cjk_font_path())
    finally:
        use_cjk_font.cache_clear()
        use_cjk_font()


def test_chinese_labels_save_as_png_and_svg(tmp_path):
    fig, ax = plt.subplots()
    ax.set_title("职工之家与劳模创新工作室")
    paths = save_figure(fig, "chinese_title", directory=tmp_path)
    assert [p.name for p in paths] == ["chinese_title.png", "chinese_title.svg"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    plt.close(fig)


def test_a_figure_with_missing_glyphs_is_not_written(tmp_path):
    fig, ax = plt.subplots()
    ax.set_title("工会 \U0001F600")
    with pytest.raises(MissingGlyphError, match="missing"):
        save_figure(fig, "tofu", directory=tmp_path)
    assert not list(tmp_path.iterdir())
    plt.close(fig)


def test_saving_twice_gives_identical_bytes(tmp_path):
    fig, ax = plt.subplots()
    ax.bar(["武进区", "常州市"], [17, 17])
    first = [p.read_bytes() for p in save_figure(fig, "same", directory=tmp_path / "a")]
    second = [p.read_bytes() for p in save_figure(fig, "same", directory=tmp_path / "b")]
    assert first == second
    plt.close(fig)


def test_figure_names_must_say_what_they_show(tmp_path):
    fig = plt.figure()
    with pytest.raises(ValueError, match="names the file"):
        save_figure(fig, "Figure 1 (final).png", directory=tmp_path)
    plt.close(fig)


def test_figure_names_may_carry_a_chinese_doc_id(tmp_path):
    fig = plt.figure()
    paths = save_figure(fig, "keywords_keyness_2021_南京市-工作要点", directory=tmp_path, formats=("png",))
    assert paths[0].name == "keywords_keyness_2021_南京市-工作要点.png"
    plt.close(fig)


def _laid_out_bars():
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.barh(["困难职工帮扶", "职工之家", "劳模创新工作室"], [12, 30, 7])
    ax.set_title("各项目标数量")
    fig.suptitle("常州市 2020")
    fig.tight_layout()
    return fig


def _reference_png(fig, path, dpi=300):
    """What ``savefig`` draws for the tight box at ``dpi``, padded and rounded out to whole pixels."""
    original = fig.dpi
    fig.dpi = dpi
    fig.draw_without_rendering()
    tight = fig.get_tightbbox().padded(matplotlib.rcParams["savefig.pad_inches"])
    fig.dpi = original
    height = round(fig.get_figheight() * dpi)
    top, bottom = math.floor(height - tight.y1 * dpi), math.ceil(height - tight.y0 * dpi)
    left, right = math.floor(tight.x0 * dpi), math.ceil(tight.x1 * dpi)
    box = Bbox.from_extents(left / dpi, (height - bottom) / dpi, right / dpi, (height - top) / dpi)
    fig.savefig(path, dpi=dpi, bbox_inches=box, metadata={"Software": None})
    return path.read_bytes()


def _same_picture(png, reference_bytes):
    """Whether the PNG file ``png`` holds the pixels (as RGBA) and resolution of the PNG ``reference_bytes``."""
    saved, reference = Image.open(png), Image.open(io.BytesIO(reference_bytes))
    return (np.array_equal(np.asarray(saved.convert("RGBA")), np.asarray(reference.convert("RGBA")))
            and saved.info["dpi"] == pytest.approx(reference.info["dpi"]))


def _size(png_bytes):
    return Image.open(io.BytesIO(png_bytes)).size


def _plain_heatmap():
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.imshow([[1, 2], [3, 4]])
    ax.set_title("各区职工人数")
    fig.subplots_adjust(bottom=0.2, top=0.8)  # the padded box lies inside the figure
    return fig


@pytest.mark.parametrize("make", [_laid_out_bars, _plain_heatmap], ids=["padding past the figure", "inside"])
def test_the_png_has_the_pixels_savefig_gives_for_the_tight_box(tmp_path, make):
    fig = make()
    (png,) = save_figure(fig, "bars", directory=tmp_path, formats=("png",))
    assert _same_picture(png, _reference_png(fig, tmp_path / "reference.png"))
    assert Image.open(png).mode == "RGB"  # opaque: written without the alpha channel
    tight = tmp_path / "tight.png"
    fig.savefig(tight, dpi=300, bbox_inches="tight", metadata={"Software": None})
    (width, height), (tight_width, tight_height) = _size(png.read_bytes()), _size(tight.read_bytes())
    assert 0 <= width - tight_width <= 2 and 0 <= height - tight_height <= 2  # at most a pixel more each side
    plt.close(fig)


def test_ink_outside_the_figure_is_kept(tmp_path):
    """A legend placed outside the axes and the figure: the one draw of the figure cut it off, so the PNG is
    drawn again inside the box."""
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.plot([1, 2], [3, 1], label="职工服务阵地（个）")
    ax.legend(loc="center left", bbox_to_anchor=(1.2, 0.5))
    (png,) = save_figure(fig, "outside", directory=tmp_path, formats=("png",))
    assert png.read_bytes() == _reference_png(fig, tmp_path / "reference.png")
    assert _size(png.read_bytes())[0] > 4 * 300  # wider than the figure: the legend is in it
    plt.close(fig)


def test_settings_for_the_saved_background_are_kept(tmp_path):
    fig = _plain_heatmap()
    with matplotlib.rc_context({"savefig.facecolor": "#ffeecc"}):
        (png,) = save_figure(fig, "background", directory=tmp_path, formats=("png",))
        assert png.read_bytes() == _reference_png(fig, tmp_path / "reference.png")
    assert Image.open(png).convert("RGB").getpixel((0, 0)) == (255, 238, 204)
    plt.close(fig)


def test_the_figure_is_laid_out_once_and_drawn_once_per_format(tmp_path, monkeypatch):
    fig = _laid_out_bars()
    draws = []
    original = type(fig).draw
    monkeypatch.setattr(type(fig), "draw", lambda self, renderer: draws.append(1) or original(self, renderer))
    save_figure(fig, "bars", directory=tmp_path)
    assert len(draws) == 2  # the raster, which the PNG is cut from, then the SVG
    plt.close(fig)


def test_in_a_notebook_the_saved_raster_is_shown_and_the_figure_not_drawn_again(tmp_path, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(plt, "get_backend", lambda: "module://matplotlib_inline.backend_inline")
    monkeypatch.setattr(IPython.display, "display", shown.append)
    fig = _laid_out_bars()
    (png,) = save_figure(fig, "bars", directory=tmp_path, formats=("png",))
    assert fig.number not in plt.get_fignums()  # closed: the backend will not draw it at the end of the cell
    (preview,) = shown
    width, height = _size(png.read_bytes())
    assert _size(preview.data) == (round(width / 3), round(height / 3))  # 300 dpi saved, 100 dpi on screen


def test_outside_a_notebook_the_figure_stays_open(tmp_path):
    fig = _laid_out_bars()
    save_figure(fig, "bars", directory=tmp_path, formats=("png",))
    assert fig.number in plt.get_fignums()
    plt.close(fig)


def test_a_live_layout_engine_still_lays_out_and_is_kept(tmp_path):
    fig, ax = plt.subplots(figsize=(4, 3), layout="constrained")
    ax.set_ylabel("职工人数（万人）")
    engine = fig.get_layout_engine()
    (png,) = save_figure(fig, "constrained", directory=tmp_path, formats=("png",))
    assert fig.get_layout_engine() is engine
    assert _same_picture(png, _reference_png(fig, tmp_path / "reference.png"))
    plt.close(fig)


def test_a_figure_with_see_through_pixels_keeps_its_alpha_channel(tmp_path):
    fig = _plain_heatmap()
    fig.patch.set_alpha(0)  # a transparent face: the picture needs its alpha
    (png,) = save_figure(fig, "clear", directory=tmp_path, formats=("png",))
    assert Image.open(png).mode == "RGBA"
    assert _same_picture(png, _reference_png(fig, tmp_path / "reference.png"))
    plt.close(fig)


def test_matplotlibs_own_fonts_are_the_ones_used_whatever_the_font_cache_holds():
    """DejaVu Sans (the log axis's 10³, glyphs the CJK font lacks) is matplotlib's own file, not a system font
    or one a cache written by another environment points to: those have other metrics, and the figures would
    change by a pixel (corpus_cleaning_report did, once such a cache was written on this machine)."""
    use_cjk_font()
    found = Path(font_manager.findfont(font_manager.FontProperties(family=["DejaVu Sans"]), fallback_to_default=False))
    assert found.parent == Path(matplotlib.get_data_path()) / "fonts" / "ttf"
