"""DateVocabulary: built from any date-words object, the default one cached and lazy."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import types

import pytest

from bangla_news_nlp.dates import DateVocabulary, extract_dates, find_publication_date, is_trigger_word
from bangla_news_nlp.dates.vocabulary import REQUIRED_WORDS
from bangla_news_nlp.lang.bn import date_words

REF = dt.date(2025, 12, 24)


def _copy(**changes):
    """A date-words object: the shipped module's attributes, some changed."""
    words = types.SimpleNamespace(**{k: getattr(date_words, k) for k in REQUIRED_WORDS})
    for k, v in changes.items():
        setattr(words, k, v)
    return words


def test_default_is_built_once_and_shared():
    assert DateVocabulary.default() is DateVocabulary.default()
    assert DateVocabulary.default().source is date_words


def test_default_is_not_built_at_import():
    code = ("import bangla_news_nlp, bangla_news_nlp.dates.vocabulary as v; "
            "print(v._DEFAULT is None); bangla_news_nlp.dates.extract_dates('আজ'); "
            "print(v._DEFAULT is None)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_a_vocabulary_from_other_words():
    months = dict(date_words.GREGORIAN_MONTHS)
    months[12] = months[12] + ("ডিছেম্বর",)  # a misspelling some sites use
    vocab = DateVocabulary.from_words(_copy(GREGORIAN_MONTHS=months))
    text = "২৩ ডিছেম্বর ২০২৫ তারিখে"
    assert [(s.value, text[s.start:s.end]) for s in extract_dates(text, vocabulary=vocab)] == [
        ("2025-12-23", "২৩ ডিছেম্বর ২০২৫")]
    assert extract_dates(text) == []  # the default vocabulary does not know it
    assert vocab.is_trigger_word("ডিছেম্বরে") and not is_trigger_word("ডিছেম্বরে")


def test_publication_labels_come_from_the_vocabulary():
    vocab = DateVocabulary.from_words(_copy(PUBLISHED_LABELS=("প্রকাশকাল",)))
    text = "প্রকাশকাল: ২৪ ডিসেম্বর ২০২৫"
    assert find_publication_date(text, vocab) == dt.date(2025, 12, 24)
    assert find_publication_date(text) is None


def test_trigger_words():
    vocab = DateVocabulary.default()
    for word in ("২৩", "ডিসেম্বরে", "গতকাল", "সোমবার", "দুইটায়", "জানু.", "জানু", "পহেলা"):
        assert vocab.is_trigger_word(word), word
        assert is_trigger_word(word), word
    # an hour word is a date word only with its suffix (দুইটায়): দুই and নয় ("is not") alone,
    # among the commonest words of news text, are not
    for word in ("ঢাকা", "বৈঠক", "হয়", "দুই", "নয়", "এক", "দেড়"):
        assert not vocab.is_trigger_word(word), word


def test_words_object_without_the_attributes_is_a_clear_error():
    with pytest.raises(TypeError, match="lacks .*GREGORIAN_MONTHS"):
        DateVocabulary.from_words(types.SimpleNamespace())
    with pytest.raises(TypeError, match="wrong shape"):
        DateVocabulary.from_words(_copy(WEEKDAYS=["সোমবার"]))


def test_extract_dates_checks_its_arguments():
    with pytest.raises(TypeError, match="DateVocabulary"):
        extract_dates("আজ", REF, vocabulary=date_words)
    with pytest.raises(TypeError, match="str"):
        extract_dates(b"\xe0\xa6\x86\xe0\xa6\x9c")
    with pytest.raises(TypeError, match="str"):
        find_publication_date(None)


def test_date_words_match_with_precomposed_nukta_letters_and_any_run_of_spaces():
    """extract_dates reads raw text: ঢ় and ড় precomposed (U+09DD, U+09DC) match the date
    words written with a nukta (আষাঢ়, সাড়ে), and the words of a multi-word month name may
    be apart by any run of spaces or tabs (mutation testing of dates/vocabulary.py)."""
    from bangla_news_nlp.dates import extract_dates

    for text in ("১৫ আষা\u09dd ১৪৩২ বঙ্গাব্দে", "১৫ আষা\u09a2\u09bc ১৪৩২ বঙ্গাব্দে"):
        (d,) = extract_dates(text)
        assert (d.start, d.end, d.value, d.calendar) == (0, len(text), "2025-06-29", "bangla")
    for text in ("রাত সা\u09dcে ১০টায়", "রাত সা\u09a1\u09bcে ১০টায়"):
        (d,) = extract_dates(text)
        assert (d.end, d.value) == (len(text), "22:30")
    for gap in ("  ", "\t"):
        text = f"১০ রবিউল{gap}আউয়াল ১৪৪৬ হিজরি"
        (d,) = extract_dates(text)
        assert (d.end, d.calendar) == (len(text), "hijri")


@pytest.mark.parametrize("name, value", [
    ("HOUR_SUFFIXES", ("টা", "")), ("WEEKDAYS", {0: ("সোমবার", " ")}), ("HOUR_FRACTIONS", {"": 30}),
])
def test_an_empty_date_word_is_a_clear_error(name, value):
    # (an empty word would make the scanner match everywhere; an empty hour suffix would make
    # every one- or two-digit number an hour)
    with pytest.raises(TypeError, match=f"{name} holds an empty word"):
        DateVocabulary.from_words(_copy(**{name: value}))
