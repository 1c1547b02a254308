"""Offsets after every kind of normalisation edit, exactly: the tokens of the normalised text
mapped back to the original cover exactly the original's words, never overlap, and a mention
never takes in a character the normaliser removed at its edge."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_news_nlp import annotate
from bangla_news_nlp.text.normalize import normalize
from bangla_news_nlp.text.tokenize import tokens_of

ZWNJ, ZWJ, NBSP, SHY, BOM, WJ = "\u200c", "\u200d", "\u00a0", "\u00ad", "\ufeff", "\u2060"


def words(text):
    return [(t.text, t.start, t.end) for t in tokens_of(text)]


@pytest.mark.parametrize("text, expected", [
    # a zero-width non-joiner inside a word (র‌্যাব): one token, the ZWNJ inside it
    (f"র{ZWNJ}্যাব সদস্য", [(f"র{ZWNJ}্যাব", 0, 6), ("সদস্য", 7, 12)]),
    # … and at a word's edge: the removed character belongs to no token
    (f"ঢাকা{ZWNJ} বাজার", [("ঢাকা", 0, 4), ("বাজার", 6, 11)]),
    (f"ঢাকা {ZWJ}বাজার", [("ঢাকা", 0, 4), ("বাজার", 6, 11)]),
    # a byte order mark at the start
    (f"{BOM}ঢাকা বাজার", [("ঢাকা", 1, 5), ("বাজার", 6, 11)]),
    # a soft hyphen and a word joiner inside a word
    (f"বিশ্ব{SHY}বিদ্যালয় ঢা{WJ}কা", [(f"বিশ্ব{SHY}বিদ্যালয়", 0, 15), (f"ঢা{WJ}কা", 16, 21)]),
    # a no-break space between words: same length, a plain separator
    (f"ঢাকা{NBSP}বাজার", [("ঢাকা", 0, 4), ("বাজার", 5, 10)]),
    # precomposed য় (one code point) is written as য + nukta inside: the original is shorter
    ("সিরি\u09dfার দামেস্ক", [("সিরি\u09dfার", 0, 7), ("দামেস্ক", 8, 15)]),
    # legacy আ (অ + া) and ো written as ে + া: two characters become one
    ("অামরা মস্ক\u09c7\u09beতে যাই", [("অামরা", 0, 5), ("মস্ক\u09c7\u09beতে", 6, 14),
                                   ("যাই", 15, 18)]),
    # khanda-ta written as ত + hasanta + ZWJ: three characters become one
    (f"উত্{ZWJ}পল ঘোষ", [(f"উত্{ZWJ}পল", 0, 6), ("ঘোষ", 7, 10)]),
    # a nukta typed after the vowel sign: moved, same length
    ("ড\u09bf\u09bcম ঢাকা", [("ড\u09bf\u09bcম", 0, 4), ("ঢাকা", 5, 9)]),
])
def test_token_offsets_after_each_kind_of_edit(text, expected):
    assert words(text) == expected
    for w, s, e in expected:
        assert text[s:e] == w


def test_an_entity_next_to_a_removed_character_does_not_take_it_in():
    text = f"সিরিয়ার {ZWNJ}রাজধানী দামেস্কে{ZWJ} বৈঠক"
    doc = annotate(text)
    got = [(e.text, e.start, e.end) for e in doc.entities]
    assert got == [("সিরিয়ার", 0, 8), ("দামেস্কে", 18, 26)]


SPECIAL = st.sampled_from([ZWNJ, ZWJ, SHY, BOM, WJ, NBSP, " ", "\u09df", "\u09dc",
                           "অা", "ে" + "া", "ত্" + ZWJ, "ড" + "ি" + "\u09bc", "\u09bc"])
LETTERS = st.sampled_from(list("কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহাি ীুূেৈোৌ্ং"))
MIXED = st.lists(st.one_of(LETTERS, SPECIAL), min_size=1, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_tokens_never_overlap_and_tile_the_text(text):
    toks = tokens_of(text)
    prev_end = 0
    for t in toks:
        assert prev_end <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        prev_end = t.end
    # everything between tokens is whitespace or a removed character
    norm = normalize(text)
    covered = set()
    for t in toks:
        covered.update(range(t.start, t.end))
    for i, ch in enumerate(text):
        if i not in covered:
            assert ch.isspace() or ch in (ZWNJ, ZWJ, SHY, BOM, WJ, NBSP) or \
                normalize(ch).text.strip() == "", (text, i)
    s, e = norm.span(0, len(norm.text))
    removed = (ZWNJ, ZWJ, SHY, BOM, WJ)
    assert all(ch in removed for ch in text[:s] + text[e:]), (text, s, e)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_the_offset_map_is_monotonic(text):
    n = normalize(text)
    starts = [n.start(i) for i in range(len(n.text) + 1)]
    ends = [n.end(i) for i in range(len(n.text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    for i in range(len(n.text)):
        assert n.start(i) < n.end(i + 1)  # every character maps to at least one


# texts of every length around the cheap tests' tiers (under 24, under 300, longer)
PIECE = st.one_of(LETTERS, SPECIAL, st.sampled_from(["\uf06c", "e\u0301", "।", "\n", "২০২৫"]))
ANY_LENGTH = st.integers(min_value=0, max_value=12).flatmap(
    lambda k: st.lists(PIECE, min_size=1, max_size=8).map(lambda p: "".join(p) * (1 + 6 * k)))


@settings(max_examples=400, deadline=None)
@given(ANY_LENGTH)
def test_the_cheap_tests_change_nothing(text):
    # normalize() skips a text its cheap tests find nothing in; the exact path, run on every
    # text, gives the same text and the same offset map
    from bangla_news_nlp.text.normalize import _edited

    fast, exact = normalize(text), _edited(text)
    assert fast.text == exact.text
    assert fast._edits == exact._edits
