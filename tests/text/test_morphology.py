"""Morphology: the stems a case ending leaves, and acronyms spelled in letter names (cases
mutmut showed no other test pins)."""

from __future__ import annotations

import pytest

from bangla_news_nlp import LanguageData

MORPH = LanguageData.bengali().morph


def test_an_ending_never_leaves_a_stem_ending_in_a_hasanta():
    # পক্কে: removing কে would leave পক্ (a conjunct cut in half)
    assert ("পক্", "কে") not in MORPH.stems("পক্কে")
    assert ("ঢাকা", "কে") in MORPH.stems("ঢাকাকে")


def test_an_ending_never_leaves_a_stem_shorter_than_the_minimum():
    assert LanguageData.bengali().tables["min_stem"] == 2
    assert ("ব", "কে") not in MORPH.stems("বকে")
    assert MORPH.stems("বকে")[0] == ("বকে", "")


def test_an_emphatic_o_after_a_short_acronym_is_part_of_it():
    # ইউএনও (the upazila officer) is not ইউএন + ও; with a case ending after it, it is the stem
    assert MORPH.stems("ইউএনও") == (("ইউএনও", ""),)
    assert ("ইউএনও", "কে") in MORPH.stems("ইউএনওকে")


def test_the_vowel_genitive_follows_a_vowel_a_ya_phala_or_ha_never_another_consonant():
    # the genitive র follows a vowel (ঢাকার, বিএনপির, ইউএনওর), a য-ফলা (আদিত্যর) or হ
    # (আল্লাহর); after any other consonant the genitive is ের, so the word is whole
    for stem in ("ঢাকা", "বিএনপি", "ইউএনও", "মাদুরো", "আদিত্য", "আল্লাহ", "হাবিবুল্লাহ"):
        assert (stem, "র") in MORPH.stems(stem + "র"), stem
    for word in ("গ্রেগর", "নগর", "ভিক্টর", "আয়র", "পুতিনর"):
        assert MORPH.stems(word) == ((word, ""),), word
    assert MORPH.strip_ending("গ্রেগর", lambda stem: True) == ("গ্রেগর", "")
    assert ("পুতিন", "ের") in MORPH.stems("পুতিনের")


def test_acronyms_and_their_letter_count():
    assert MORPH.is_acronym("বি") is True  # one letter name is an acronym by default
    assert MORPH.is_acronym("বি", 2) is False
    assert MORPH.is_acronym("বিএন", 2) is True
    assert MORPH.is_acronym("বিএন", 3) is False
    assert MORPH.is_acronym("বিএনপি", 3) is True
    assert MORPH.is_acronym("ঢাকা") is False


@pytest.mark.parametrize("a,b", [
    ("হ্যামিল্টন", "হ্যামিলটন"), ("ইন্ডিয়ান্স", "ইন্ডিয়ানস"), ("ব্রাসেল্স", "ব্রাসেলস"),
    ("স্মিথ", "সমিথ"),
])
def test_a_conjunct_written_apart_has_the_same_loose_key(a, b):
    from bangla_news_nlp.text.morphology import without_conjuncts

    assert a != b and without_conjuncts(a) == without_conjuncts(b)
    assert len(without_conjuncts(a)) < len(a)


@pytest.mark.parametrize("word", [
    "কর্মী",  # a reph (র্ম) is a sound of its own
    "ব্যাংক", "ক্রিকেট", "বিশ্ব",  # a ya-, ra- or ba-phala changes the sound
    "ঢাকা",  # no conjunct at all
])
def test_a_reph_and_the_phalas_stay_in_the_loose_key(word):
    from bangla_news_nlp.text.morphology import without_conjuncts

    assert without_conjuncts(word) == word
