"""Where things live: project paths, overridable for tests and other corpora.

Every path is derived from the project root, which is the folder that holds
``pyproject.toml`` next to this package, or the ``ANALYSIS_PROJECT_ROOT``
environment variable when set.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "PROJECT_ROOT",
    "RAW_DIR",
    "PROCESSED_DIR",
    "FIGURES_DIR",
    "NOTEBOOKS_DIR",
    "EXECUTED_NOTEBOOKS_DIR",
    "RESOURCES_DIR",
    "resource_path",
]

RESOURCES_DIR = Path(__file__).resolve().parent / "resources"


def _find_project_root() -> Path:
    env = os.environ.get("ANALYSIS_PROJECT_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parent.parent


PROJECT_ROOT = _find_project_root()
RAW_DIR = PROJECT_ROOT / "data" / "raw"
PROCESSED_DIR = PROJECT_ROOT / "data" / "processed"
FIGURES_DIR = PROJECT_ROOT / "figures"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
EXECUTED_NOTEBOOKS_DIR = PROJECT_ROOT / "build" / "notebooks"


def resource_path(name: str) -> Path:
    """Return the path of a file in ``analysis/resources``.

    >>> resource_path("stopwords_zh.txt").name
    'stopwords_zh.txt'
    """
    path = RESOURCES_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"resource {name!r} not found in {RESOURCES_DIR}")
    return path
