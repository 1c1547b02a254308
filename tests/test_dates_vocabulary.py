"""DateVocabulary: built from any date-words object, the default one cached and lazy."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import types

import pytest
from regex import escape as regex_escape

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


def test_chalti_points_at_the_current_month_and_year():
    """চলতি ("the current") is a direction word of value 0: this month, this year, never
    the next or the last one, also before a month's name: চলতি জুলাইয়ে, read in December, is
    the July of this year, আগামী জুলাইয়ে the next (mutation testing of dates/vocabulary.py)."""
    text = "চলতি মাসে বৃষ্টি হবে, চলতি বছরের শেষে নির্বাচন। চলতি জুলাইয়ে ও আগামী জুলাইয়ে।"
    got = [(text[d.start:d.end], d.value, d.granularity) for d in extract_dates(text, REF)]
    assert got == [("চলতি মাসে", "2025-12", "month"), ("চলতি বছরের", "2025", "year"),
                   ("চলতি জুলাইয়ে", "2025-07", "month"), ("আগামী জুলাইয়ে", "2026-07", "month")]


@pytest.mark.parametrize("word", date_words.LAST_NIGHT)
def test_last_night_is_the_day_before(word):
    text = f"{word} ঢাকায় ঝড় হয়েছে"
    (d,) = extract_dates(text, REF)
    assert (d.start, d.end, d.value, d.relative) == (0, len(word), "2025-12-23", True)


@pytest.mark.parametrize("meridiem, hour", [("এএম", "00"), ("am", "00"), ("পূর্বাহ্নে", "00"),
                                            ("পিএম", "12"), ("অপরাহ্নে", "12")])
def test_half_past_twelve_am_is_after_midnight(meridiem, hour):
    text = f"১২:৩০ {meridiem}"
    (d,) = extract_dates(text, REF)
    assert (d.end, d.value) == (len(text), f"{hour}:30")


def test_a_visarga_abbreviation_ends_where_a_digit_follows():
    """খ্রিঃ ends with a visarga: an abbreviation, so it may be glued to what follows as a
    full stop may (a missing space in ১৯৭১ খ্রিঃ২৬ মার্চ); a whole word may not."""
    text = "১৯৭১ খ্রিঃ২৬ মার্চ"
    assert [(d.start, d.end, d.value) for d in extract_dates(text, REF)][:1] == [
        (0, 10, "1971")]


@pytest.mark.parametrize("start, interval", [((7, 1), "2024-07-01/2025-06-30"),
                                             ((1, 1), "2024-01-01/2024-12-31"),
                                             ((12, 28), "2024-12-28/2025-12-27")])
def test_the_fiscal_year_starts_where_the_words_say(start, interval):
    vocab = DateVocabulary.from_words(_copy(FISCAL_YEAR_START=start))
    (d,) = extract_dates("২০২৪-২৫ অর্থবছরে", REF, vocabulary=vocab)
    assert (d.value, d.granularity) == (interval, "interval")


@pytest.mark.parametrize("start", [(0, 1), (13, 1), (7, 0), (7, 29)])
def test_a_fiscal_year_start_out_of_range_is_a_clear_error(start):
    with pytest.raises(TypeError, match=r"FISCAL_YEAR_START must be \(month, day ≤ 28\), not "
                                        + regex_escape(repr(start))):
        DateVocabulary.from_words(_copy(FISCAL_YEAR_START=start))


def test_errors_and_repr_name_the_words_object_in_one_word():
    """A words object is named, not dumped: its repr would list every word table."""
    assert repr(DateVocabulary.default()) == (
        "DateVocabulary.from_words(bangla_news_nlp.lang.bn.date_words)")
    assert repr(DateVocabulary.from_words(_copy())) == "DateVocabulary.from_words(SimpleNamespace)"
    with pytest.raises(TypeError) as err:
        DateVocabulary.from_words(_copy(FISCAL_YEAR_START=(13, 1)))
    assert str(err.value).startswith("date words object SimpleNamespace has an attribute of "
                                     "the wrong shape")
    assert len(str(err.value)) < 200


@pytest.mark.parametrize("label", date_words.PUBLISHED_LABELS + date_words.UPDATED_LABELS)
def test_every_publication_label_is_found(label):
    text = f"{label}: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম\nঢাকায় বৈঠক।"
    assert find_publication_date(text) == dt.datetime(2025, 12, 24, 12, 4)


def test_a_publication_label_with_a_nukta_letter_is_found_precomposed():
    """A site that writes its publication line as "সময়: …" (time): the label's য় is
    written decomposed in NFC, and the text may hold it precomposed (U+09DF)."""
    vocab = DateVocabulary.from_words(_copy(PUBLISHED_LABELS=("সময়",)))
    for ya in ("\u09af\u09bc", "\u09df"):
        text = f"সম{ya}: ২৪ ডিসেম্বর ২০২৫"
        assert find_publication_date(text, vocab) == dt.date(2025, 12, 24), ascii(ya)


def test_a_run_of_letters_splits_into_the_longest_date_word_and_an_ending():
    V = DateVocabulary.default()
    assert V.split_word("জুলাইয়ের") == ("জুলাই", "য়ের")
    assert V.split_word("সোমবার") == ("সোমবার", "")
    assert V.split_word("সোমবারের") == ("সোমবার", "ের")
    # the nukta letter precomposed in the text, decomposed in the word list
    assert V.split_word("আষা\u09dd") == ("আষা\u09a2\u09bc", "")
    # a date word followed by what is no ending, and a word that holds no date word
    assert V.split_word("সোমবারকার্য") is None
    assert V.split_word("ঢাকায়") is None
    # (remembered: the second answer is the first)
    assert V.split_word("জুলাইয়ের") is V.split_word("জুলাইয়ের")
