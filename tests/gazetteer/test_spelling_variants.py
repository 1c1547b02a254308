"""A gazetteer form is found in every spelling that spelling folding makes equal (ণ্ড/ন্ড, ী/ি
…), except where that spelling is an everyday word of its own (চিন "recognise" is not চীন)."""

from __future__ import annotations

import pytest

from bangla_news_nlp import Pipeline
from bangla_news_nlp.gazetteer import read_gazetteer
from bangla_news_nlp.lang.bn.person_names import FOLD_HOMOGRAPHS
from bangla_news_nlp.resources import gazetteer_files

VARIANTS = (("ণ্ড", "ন্ড"), ("ন্ড", "ণ্ড"), ("ী", "ি"), ("ি", "ী"))
# a variant that is an everyday word through a case ending: মাল্টি ("multi") + য়
EVERYDAY_BY_ENDING = {"মাল্টিয়"}


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(model=False)  # what the gazetteer matches, without the decider


def test_every_one_word_form_is_found_in_its_variant_spellings(nlp):
    missed = []
    for f in gazetteer_files():
        for row in read_gazetteer(f):
            for form, weak in row.forms:
                if weak or " " in form or "-" in form or "," in form:
                    continue  # (forms of several tokens are matched as phrases)
                for a, b in VARIANTS:
                    if a not in form:
                        continue
                    variant = form.replace(a, b, 1)
                    if variant in FOLD_HOMOGRAPHS or variant in EVERYDAY_BY_ENDING:
                        continue
                    hit = nlp.gazetteer.match_word(variant)
                    names = {nlp.gazetteer.entries[e].canonical for e, _ in hit[0]} if hit else set()
                    if row.canonical not in names:
                        missed.append((f.stem, form, variant))
    assert missed == []


@pytest.mark.parametrize("text, found", [
    ("চট্টগ্রামের সীতাকুণ্ড উপজেলায় আগুন", ("সীতাকুণ্ড", "Sitakunda Upazila")),
    ("বাংলাদেশী শ্রমিকেরা ফিরেছেন", ("বাংলাদেশী", "Bangladesh")),
    ("রাজবাড়ি জেলার খবর", ("রাজবাড়ি", "Rajbari District")),
])
def test_variant_spellings_in_running_text(nlp, text, found):
    assert found in [(e.text, e.canonical) for e in nlp(text).entities]


@pytest.mark.parametrize("word", ["চিন", "শনি", "সেল"])
def test_a_homograph_stays_an_everyday_word(nlp, word):
    assert nlp.gazetteer.match_word(word) is None


def test_a_given_name_is_no_folded_place_with_a_case_ending(nlp):
    # ইয়াসির is the given name Yasir, not ইয়াশি (Iași, folded শ/স) + র; সিরাজও is Siraj
    # "too", not শিরাজ (Shiraz) + ও
    assert nlp.gazetteer.match_word("ইয়াসির") is None
    assert nlp.gazetteer.match_word("সিরাজও") is None
    hit = nlp.gazetteer.match_word("ইয়াশির")  # the city's own spelling, in the genitive
    assert hit is not None and nlp.gazetteer.entries[hit[0][0][0]].canonical == "Iaşi"
    # a place form as written keeps its case ending even when the word is a given name too
    hit = nlp.gazetteer.match_word("জাবির")  # জাবি (Jahangirnagar University) + র
    assert hit is not None and hit[1:] == ("জাবি", "র")
    text = "প্রধান নির্বাহী ইয়াসির আলি পদত্যাগ করেছেন।"
    assert [(e.text, e.label.value) for e in nlp(text).entities] == [("ইয়াসির আলি", "PERSON")]
