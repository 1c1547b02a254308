"""The trigger facts of the language data's vocabulary, computed once and cached: the same
bits as computing each word on first sight, and a damaged cache file is not trusted."""

from __future__ import annotations

import json

from bangla_news_nlp import Pipeline
from bangla_news_nlp.ner.triggers import (FACTS_KIND, TriggerTable, cached_facts, vocabulary,
                                          vocabulary_facts)

WORDS = ["ঢাকায়", "প্রেসিডেন্ট", "বলেন", "রহমানের", "সরকারের", "২০২৫", "ডিসেম্বরে", "(", "-",
         "ও", "উপজেলার", "শিবগঞ্জে", "মো", "আল", "সূত্র", "নামের", "ওরফে", "বাড়ি"]


def test_preloaded_bits_are_the_bits_computed_word_by_word(monkeypatch, tmp_path):
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path))
    nlp = Pipeline()
    preloaded = nlp._compiled()[0]
    assert len(preloaded._cache) > 20_000  # the vocabulary's words, loaded
    fresh = TriggerTable([nlp._triggers[t] for t in preloaded.bits], nlp.knowledge)
    vocab = vocabulary(nlp.knowledge)
    sample = WORDS + vocab[:: max(1, len(vocab) // 2000)]
    assert preloaded.flags_of(sample) == fresh.flags_of(sample)


def test_preloaded_name_likeness_is_what_each_word_computes(monkeypatch, tmp_path):
    # the name-like fact of the vocabulary is cached with the triggers' and given to the
    # pipeline's word facts before any text is read: the answers of computing each word
    from bangla_news_nlp.ner.words import WordFacts

    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path))
    Pipeline()._compiled()  # (computes and caches the facts: every name-likeness included)
    nlp = Pipeline()  # (reads them from the cache: nothing computed here yet)
    nlp._compiled()
    vocab = vocabulary(nlp.knowledge)
    assert len(nlp.words._namelike) >= len(vocab)  # preloaded, not computed on demand
    fresh = WordFacts(nlp.lang, nlp.gazetteer)
    sample = WORDS[:6] + vocab[:: max(1, len(vocab) // 2000)]
    answers = [nlp.words.namelike(w) for w in sample]
    assert answers == [fresh.namelike(w) for w in sample]
    assert True in answers and False in answers
    # (রহমানের is a name's word, প্রেসিডেন্ট a role, সরকারের an everyday word)
    assert [nlp.words.namelike(w) for w in ("রহমানের", "প্রেসিডেন্ট", "সরকারের")] == \
        [True, False, False]


def test_the_facts_are_computed_once_then_read_back(monkeypatch, tmp_path):
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path))
    nlp = Pipeline()
    files = sorted(tmp_path.glob(f"{FACTS_KIND}-*.json"))
    assert len(files) == 1
    data = cached_facts(nlp.knowledge, nlp.gazetteer.cache_key)
    assert data == vocabulary_facts(nlp.knowledge, vocabulary(nlp.knowledge))


def test_a_damaged_facts_file_is_recomputed(monkeypatch, tmp_path):
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path))
    Pipeline()
    (path,) = tmp_path.glob(f"{FACTS_KIND}-*.json")
    header, body = path.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    data["masks"][0] = 1 << 40  # a bit no trigger has: the checksum then fails as well
    path.write_bytes(header + b"\n" + json.dumps(data).encode())
    nlp = Pipeline()
    doc = nlp("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে বৈঠক হয়।")
    assert [e.text for e in doc.entities] == ["রুশ", "ভ্লাদিমির পুতিনের", "মস্কোতে"]
    assert json.loads(path.read_bytes().split(b"\n", 1)[1])["masks"][0] < 1 << 40  # rewritten


def test_no_facts_for_a_gazetteer_changed_in_code(monkeypatch, tmp_path):
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path))
    nlp = Pipeline()
    nlp.add_entry("GPE", "Kashimnagar", ["কাশিমনগর"])
    assert nlp.gazetteer.cache_key is None
    assert [e.canonical for e in nlp("কাশিমনগরে মেলা বসেছে।").entities] == ["Kashimnagar"]
