"""A place's name inside an idiom is not the place: গা ঢাকা দেওয়া ("to go into hiding") has no
ঢাকা in it, written apart or with a hyphen, while the city elsewhere in the sentence, the
city inflected (গা ঢাকায়: the words are not the idiom) and a line break between stay places."""

from __future__ import annotations

import pytest

from bangla_news_nlp import LanguageData, Pipeline


@pytest.fixture(scope="module")
def nlp():
    return Pipeline()


@pytest.mark.parametrize("text", [
    "অপরাধীরা গা ঢাকা দেওয়ার সুযোগ পায়।",
    "ঘটনার পর আসামিরা গা ঢাকা দিয়েছে।",
    "তিনি গা-ঢাকা দেন।",
    "মুখ ঢাকা অবস্থায় এক ব্যক্তিকে দেখা যায়।",
])
def test_the_idiom_has_no_place(nlp, text):
    assert nlp(text).entities == ()


@pytest.mark.parametrize("text,found", [
    ("ঢাকা থেকে গা ঢাকা দিয়ে পালিয়েছে।", [("ঢাকা", 0)]),
    ("গা\nঢাকা শহরে যানজট।", [("ঢাকা", 3)]),
    ("তিনি গা ঢাকায় ছিলেন।", [("ঢাকায়", 8)]),
])
def test_the_city_outside_the_idiom_stays(nlp, text, found):
    doc = nlp(text)
    assert [(e.text, e.start) for e in doc.entities] == found
    assert all(e.canonical == "Dhaka" for e in doc.entities)


def test_idioms_are_language_data():
    lang = LanguageData.bengali()
    assert "গা ঢাকা" in lang.tables["idioms"]
    assert ("গা",) in lang.idioms["ঢাকা"]
    # a pipeline with its own language data has its own idioms
    mine = lang.extend(idioms=["জল ঢাকা"])
    assert ("জল",) in mine.idioms["ঢাকা"]
    assert Pipeline(lang=mine)("জল ঢাকা পড়েছে।").entities == ()
