"""The decider's vectors of the everyday words, kept in the cache directory
(bangla_news_nlp/ner/model/vocabulary.py): exactly what the decider computes for a word it
meets, read back only when whole and made for the same model, language data and gazetteer."""

from __future__ import annotations

import shutil

import pytest

from bangla_news_nlp import Pipeline
from bangla_news_nlp import cache as store
from bangla_news_nlp.ner.model import vocabulary as V
from bangla_news_nlp.ner.model.features import WORD_ROLES
from bangla_news_nlp.ner.model.spans import word_facts
from bangla_news_nlp.text.tokenize import WORD, tokenize

NEWS = [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।",
    "ম্যাচের একমাত্র গোলটি করেছেন মরিসন। গতকাল বিকেলে ঢাকার বঙ্গবন্ধু জাতীয় স্টেডিয়ামে "
    "খেলাটি হয়।",
    "সাভার উপজেলার আশুলিয়ায় একটি পোশাক কারখানায় আগুন লেগে তিনজন শ্রমিক আহত হয়েছেন বলে "
    "জানিয়েছেন ফায়ার সার্ভিসের কর্মকর্তা মো. রফিকুল ইসলাম।",
    "জার্মানির বার্লিনে অনুষ্ঠিত সম্মেলনে জাতিসংঘের মহাসচিব বক্তব্য দেন।",
]


def entities(nlp):
    return [[(e.start, e.end, e.label.value, e.source, e.base, e.canonical)
             for e in nlp(t).entities] for t in NEWS]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A cache directory in which a pipeline with the decider wrote its files once."""
    folder = tmp_path_factory.mktemp("vectors") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BANGLA_NEWS_NLP_CACHE", str(folder))
        nlp = Pipeline(model=True)
        found = entities(nlp)
    return folder, nlp, found


@pytest.fixture
def cache_home(built, tmp_path, monkeypatch):
    """A copy of the built cache directory, in use."""
    folder = tmp_path / "cache"
    shutil.copytree(built[0], folder)
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(folder))
    return folder


def test_the_everyday_words_vectors_are_exactly_what_the_decider_computes(built):
    _, nlp, _ = built
    decider, vocab = nlp.model, nlp.model._vocab
    assert vocab is not None and len(vocab) > 15_000
    words = sorted({t for text in NEWS for t, k in zip(tokenize(text).texts, tokenize(text).kinds)
                    if k == WORD and t in vocab.rows})
    assert len(words) > 20  # (most words of a news sentence are everyday words)
    for w in words:
        assert vocab.facts[w] == word_facts(nlp.lang, w)
        for domain in decider.domains:
            for role in WORD_ROLES:
                parts = decider.features.role_parts(w, WORD, role)
                assert vocab.vector(w, role, domain) == decider._vector(
                    parts, decider.weights[domain], decider.role_index[role]), (w, role)
    assert vocab.vector("মরিসন", "f", "N") is None  # (a name is no everyday word)


def test_the_entities_are_the_same_with_and_without_the_cache(built, monkeypatch):
    _, nlp, found = built
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", "off")
    off = Pipeline(model=True)
    assert entities(off) == found
    assert off.model._vocab is None  # (no cache: every word computed as it is met)
    assert any(e[3] == "model" for doc in found for e in doc)  # (the decider's own finds)


def test_a_second_pipeline_reads_the_file_instead_of_computing_it(cache_home, built,
                                                                  monkeypatch):
    def fail(*args):
        raise AssertionError("computed again")

    monkeypatch.setattr(V, "compute", fail)
    nlp = Pipeline(model=True)
    assert entities(nlp) == built[2]
    assert len(nlp.model._vocab) == len(built[1].model._vocab)


def test_a_damaged_file_is_not_read_but_computed_and_written_again(cache_home, built):
    (path,) = cache_home.glob("vectors-*.json")
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0x40  # one bit of one float
    path.write_bytes(bytes(raw))
    nlp = Pipeline(model=True)
    assert entities(nlp) == built[2]
    assert path.read_bytes() != bytes(raw)  # rewritten, whole again


@pytest.mark.parametrize("change", ["classes", "roles", "domains", "byteorder", "facts",
                                    "raw", "words"])
def test_a_file_of_the_wrong_shape_is_computed_again(cache_home, built, change):
    nlp = built[1]
    decider, knowledge = nlp.model, nlp.knowledge
    key = V.vectors_key(decider, knowledge, knowledge.gazetteer.cache_key)
    data, raw = store.read_with_bytes(V.KIND, key, V.FORMAT)
    assert V.parse(data, raw, decider) is not None
    data = dict(data)
    if change == "classes":
        data["classes"] = 3
    elif change == "roles":
        data["roles"] = data["roles"][::-1]
    elif change == "domains":
        data["domains"] = ["N"]
    elif change == "byteorder":
        data["byteorder"] = "big" if data["byteorder"] == "little" else "little"
    elif change == "facts":
        data["facts"] = data["facts"][:-1] + [1 << 7]
    elif change == "raw":
        raw = raw[:-8]
    else:
        data["words"] = data["words"] + "\nনতুনশব্দ"
    assert V.parse(data, raw, decider) is None
    store.write(V.KIND, key, V.FORMAT, data, raw)  # (the right checksum, the wrong shape)
    fresh = Pipeline(model=True)
    assert entities(fresh) == built[2]
    data2, raw2 = store.read_with_bytes(V.KIND, key, V.FORMAT)
    assert V.parse(data2, raw2, decider) is not None  # computed and written again


def test_the_key_names_the_model_the_language_data_and_the_gazetteer(built, tmp_path):
    nlp = built[1]
    decider, knowledge = nlp.model, nlp.knowledge
    key = V.vectors_key(decider, knowledge, "gazetteer-a")
    assert V.vectors_key(decider, knowledge, "gazetteer-b") != key
    more = Pipeline(lang=nlp.lang.extend(given_names=["জুবিলান"]), model=True)
    assert V.vectors_key(more.model, more.knowledge, "gazetteer-a") != key
    other = tmp_path / "model.json.gz"
    other.write_bytes(decider.path.read_bytes() + b"\0")  # (another file's bytes)
    from bangla_news_nlp.ner.model.decider import Decider

    assert V.vectors_key(Decider(nlp.lang, nlp.gazetteer, other), knowledge,
                         "gazetteer-a") != key


def test_entries_added_later_are_not_read_from_the_vectors(cache_home):
    """A gazetteer that gained entries has no cache key: the decider computes its words."""
    nlp = Pipeline(model=True)
    nlp("ঢাকায় ঝড়।")
    assert nlp.model._vocab is not None
    nlp.add_entry("PERSON", "Akash Test", ["আকাশ"])
    doc = nlp("আকাশ মাঠে নেমেছেন।")
    assert nlp.model._vocab is None
    assert [(e.text, e.label.value) for e in doc.entities] == [("আকাশ", "PERSON")]
