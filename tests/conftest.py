"""Shared fixtures.  Tests that need ../shared (the seed article, the gold data) skip cleanly
when it is not beside the project."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Many more examples for the property tests (.ci/run: pytest --hypothesis-profile=adversarial)
settings.register_profile("adversarial", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])

# Keep the gazetteer cache of the test run out of the user's cache directory.
# (made here, and removed when the run ends; the processes the tests start inherit it)
if "BANGLA_NEWS_NLP_CACHE" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="bnn-cache-")
    os.environ["BANGLA_NEWS_NLP_CACHE"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "seed" / "article.txt").is_file():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared: Path) -> str:
    return (shared / "seed" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from bangla_news_nlp import default_pipeline

    return default_pipeline()


def ents(doc, label=None):
    """(text, label, canonical) of a document's entities."""
    return [
        (e.text, e.label.value, e.canonical)
        for e in doc.entities
        if label is None or e.label.value == label
    ]
