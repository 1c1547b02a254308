"""Where the shipped data lives.

In a built wheel, ``data/`` is inside the package (``bangla_news_nlp/data``); in a source
checkout or an editable install it is the repository's top-level ``data/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import List

__all__ = ["data_dir", "gazetteer_files"]


@lru_cache(maxsize=1)
def data_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "gazetteers").is_dir():
            return candidate
    raise FileNotFoundError(
        f"bangla_news_nlp's data folder is missing (looked in {here / 'data'} and "
        f"{here.parent / 'data'}); reinstall the package"
    )


def gazetteer_files() -> List[Path]:
    """The shipped gazetteer files, in load order (by name)."""
    return sorted((data_dir() / "gazetteers").glob("*.tsv"))
