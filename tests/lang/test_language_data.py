"""LanguageData: every word list and ending table in one object a pipeline owns; variants
with more words; every case ending the morphology knows reaches a known name."""

from __future__ import annotations

import pytest

from bangla_news_nlp import LanguageData, Pipeline
from bangla_news_nlp.errors import LanguageDataError
from bangla_news_nlp.lang.bn.endings import CASE_ENDINGS
from bangla_news_nlp.lang.data import TABLES


def test_every_table_is_loaded():
    lang = LanguageData.bengali()
    assert set(lang.tables) == set(TABLES)
    assert lang is LanguageData.bengali()  # shared
    assert "প্রেসিডেন্ট" in lang.roles and "আল" in lang.particles
    assert len(lang.frequent_words) > 10_000 and len(lang.given_names) > 2_000


def test_extend_gives_a_new_object_with_more_words():
    lang = LanguageData.bengali()
    more = lang.extend(roles=["প্রধান নির্বাহী কর্মকর্তা"], given_names=["জুবিলান"])
    assert more is not lang and more.digest != lang.digest
    assert more.roles.match_at(["প্রধান", "নির্বাহী", "কর্মকর্তা"], 0) == 3
    assert lang.roles.match_at(["প্রধান", "নির্বাহী", "কর্মকর্তা"], 0) != 3
    assert more.is_given_name("জুবিলানের") and not lang.is_given_name("জুবিলানের")


def test_a_pipeline_with_its_own_word_lists():
    # সঞ্চালক ("host") is no role of the shipped lists: the name before বলেন takes it in
    text = "সঞ্চালক তৌফিক রহমানী জানান, প্রদর্শনী চলবে।"
    assert [(e.text, e.source) for e in Pipeline()(text).entities] == [
        ("সঞ্চালক তৌফিক রহমানী", "rule:speaker")]
    lang = LanguageData.bengali().extend(roles=["সঞ্চালক"])
    doc = Pipeline(lang=lang)(text)
    assert [(e.text, e.source) for e in doc.entities] == [("তৌফিক রহমানী", "rule:title")]


def test_replace_a_table_whole():
    lang = LanguageData.bengali().replace(common_words=["বাড়ি"])
    assert lang.tables["common_words"] == ("বাড়ি",)
    assert lang.is_common("বাড়ি") and lang.is_common("বাড়িতে")


def test_bad_tables_are_clear_errors():
    lang = LanguageData.bengali()
    with pytest.raises(LanguageDataError, match="no table 'role'.*roles"):
        lang.extend(role=["x"])
    with pytest.raises(LanguageDataError, match="not a list of words"):
        lang.extend(min_stem=[3])
    with pytest.raises(TypeError, match="not one string"):
        lang.extend(roles="প্রধান")
    with pytest.raises(TypeError, match="non-empty string"):
        lang.extend(roles=[""])
    with pytest.raises(LanguageDataError, match="without the tables"):
        LanguageData({"roles": ()})
    with pytest.raises(TypeError, match="LanguageData"):
        Pipeline(lang={"roles": []})


@pytest.mark.parametrize("ending", sorted(set(CASE_ENDINGS)))
def test_every_case_ending_reaches_a_known_name(ending):
    """পুতিন + any case ending is Putin, মাদুরো + any ending after a vowel (য়, য়ের …, and
    the vowel genitive র) is Maduro (a mutant that drops an ending fails here)."""
    lang = LanguageData.bengali()
    name, canonical = ("মাদুরো", "Nicolás Maduro") if ending.startswith("য়") or ending == "র" \
        else ("পুতিন", "Vladimir Putin")
    assert (name, ending) in lang.stems(name + ending)
    doc = Pipeline()(f"ভেনেজুয়েলার প্রেসিডেন্ট {name}{ending} বক্তব্য শোনা হয়।")
    people = [(e.text, e.canonical, e.base) for e in doc.entities if e.label.value == "PERSON"]
    assert people == [(f"{name}{ending}", canonical, name)]


@pytest.mark.parametrize("word, not_stem", [
    ("অসময়ে", "অসম"),  # "untimely", not Assam + য়ে
    ("হৃদয়", "হৃদ"),  # "heart"
    ("বিদ্যালয়ের", "বিদ্যাল"),  # a school's
    ("এরদোয়ানয়ের", "এরদোয়ান"),  # (not how Bengali writes Erdoğan's: এরদোয়ানের)
])
def test_a_glide_ending_follows_only_a_vowel(word, not_stem):
    """The endings that start with the glide য় (ঢাকায়, সিরিয়ায়, মাদুরোয়ের) follow a vowel;
    after a consonant the ending is ে or ের, so অসময়ে is one word, not অসম (Assam) + য়ে."""
    lang = LanguageData.bengali()
    assert not_stem not in [stem for stem, _ in lang.stems(word)]
    assert ("হংকং", "য়ে") in lang.stems("হংকংয়ে")  # (after an anusvara it does)
    assert ("গাঁ", "য়ে") in lang.stems("গাঁয়ে")  # (and after a candrabindu on a vowel)
    doc = Pipeline()(f"এই অকারণে , {word} চলে যাওয়াদের কথা ।")
    assert [e.canonical for e in doc.entities] == []


@pytest.mark.parametrize("word, stem, ending", [
    ("মস্কোতে", "মস্কো", "তে"), ("সিরিয়ার", "সিরিয়া", "র"), ("দামেস্কে", "দামেস্ক", "ে"),
    ("ঢাকায়", "ঢাকা", "য়"), ("ইউনূসকে", "ইউনূস", "কে"), ("পুতিনসহ", "পুতিন", "সহ"),
    ("বিএনপিরও", "বিএনপি", "রও"),
])
def test_stems_of_inflected_names(word, stem, ending):
    assert (stem, ending) in LanguageData.bengali().stems(word)


def test_a_short_acronym_keeps_its_last_letter():
    lang = LanguageData.bengali()
    assert lang.stems("ইউএনও") == (("ইউএনও", ""),)  # not ইউএন + ও
    assert ("বিএনপি", "ও") in lang.stems("বিএনপিও")


def test_spelling_folds():
    fold = LanguageData.bengali().fold
    assert fold("ইউনূস") == fold("ইউনুস")
    assert fold("শারজাহ") == fold("সারজাহ") == fold("ষারজাহ")
    assert fold("মণ্ডল") == fold("মন্ডল")
    assert fold("ঈদ") == fold("ইদ") and fold("ঊষা") == fold("উষা")


def test_stripping_with_the_gazetteer_follows_added_entries():
    """strip_ending's answers are cached per word and predicate: an entry added to the
    gazetteer must not leave a stale answer behind."""
    nlp = Pipeline(default_gazetteers=False, cache=False)
    word = "পলাশবাড়িতে"
    assert nlp.lang.strip_ending(word, nlp.gazetteer.knows) == (word, "")
    nlp.add_entry("GPE", "Palashbari", ["পলাশবাড়ি"])
    assert nlp.lang.strip_ending(word, nlp.gazetteer.knows) == ("পলাশবাড়ি", "তে")
    assert [(e.text, e.base) for e in nlp("পলাশবাড়িতে মেলা বসেছে।").entities] == [
        ("পলাশবাড়িতে", "পলাশবাড়ি")]


def test_rare_outside_given_names_are_given_names():
    """The given names of ../shared/data/names that are rarer than everyday words are given
    names for the rules; those that are everyday words, or another name with a case ending,
    are not (nor any the training data uses as an everyday word)."""
    lang = LanguageData.bengali()
    rare = set(lang.tables["rare_given_names"])
    assert {"ফাখেরা", "যয়নব"} <= rare and lang.is_given_name("ফাখেরা")
    for word in ("হৃদয়", "বেলা", "শান্ত"):  # heart, daytime, calm: in the list, not rare
        assert word in lang.tables["names_given"] and word not in rare
        assert not lang.is_given_name(word)
    assert "আসমার" in lang.tables["names_given"] and "আসমার" not in rare  # আসমা's
    # the training data's everyday words win over the list
    assert not lang.replace(common_words=["ফাখেরা"]).is_given_name("ফাখেরা")
    without = lang.replace(rare_given_names=())
    assert not without.is_given_name("ফাখেরা")
    text = "এ বিষয়ে ফাখেরা বলেন , তিনি কিছু জানেন না ।"
    assert [(e.text, e.source) for e in Pipeline()(text).entities] == [
        ("ফাখেরা", "rule:speaker")]
    assert Pipeline(lang=without)(text).entities == ()


def test_the_person_name_words_are_the_outside_lists_words_read_alone():
    """What the surname-place rule reads (without loading the decider's whole knowledge) is
    exactly the words of MultiCoNER's people and the outside family names as
    ``knowledge()`` has them."""
    fresh = LanguageData(dict(LanguageData.bengali().tables))
    words = fresh.person_name_words()
    assert fresh._knowledge is None  # (read alone)
    k = fresh.knowledge()
    assert words == k["mc_person_names_words"] | k["names_family"]
    assert {"ওয়াশিংটন", "ব্লুমবার্গ", "হার্পার"} <= words
    assert "ঢাকা" not in words and "লন্ডন" not in words
    # compared with a conjunct written apart
    assert "হ্যামিলটন" not in words and "হ্যামিল্টন" in words
    assert fresh.is_person_name_word("হ্যামিলটন") and fresh.is_person_name_word("হার্পার")
    assert not fresh.is_person_name_word("লন্ডন") and not fresh.is_person_name_word("ঢাকা")


@pytest.mark.parametrize("table", ["mc_person_names", "mc_place_names", "mc_org_names",
                                   "job_titles", "company_names"])
def test_the_words_of_a_names_table_read_in_one_text_are_those_of_each_name(table):
    """knowledge() and person_name_words() tokenise a table's names as one text: the same
    words as tokenising each name alone (form_tokens), as running text is."""
    from bangla_news_nlp.lang.data import _words_of
    from bangla_news_nlp.text.phrases import form_tokens

    names = LanguageData.bengali().tables[table]
    assert _words_of(names) == {w for x in names for w in form_tokens(x) if len(w) > 1}
    assert _words_of(["আল-শারা বলেন", "ঢাকা\u00a0বিশ্ববিদ্যালয়"]) == {
        "আল", "শারা", "বলেন", "ঢাকা", "বিশ্ববিদ্যালয়"}
