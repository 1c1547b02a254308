"""Stage 1: normalisation and the offset map back to the original text."""

import unicodedata

import pytest

from bangla_news_nlp import annotate
from bangla_news_nlp.text.normalize import normalize

PRECOMPOSED_YA = "\u09df"  # য় as one code point
DECOMPOSED_YA = "\u09af\u09bc"  # য + nukta (what NFC gives)


def test_nfc_text_is_left_alone():
    text = unicodedata.normalize("NFC", "সিরিয়ার প্রেসিডেন্ট আহমেদ আল-শারা")
    n = normalize(text)
    assert n.text == text and n.identity


@pytest.mark.parametrize("precomposed,decomposed", [
    ("\u09df", "\u09af\u09bc"),  # য়
    ("\u09dc", "\u09a1\u09bc"),  # ড়
    ("\u09dd", "\u09a2\u09bc"),  # ঢ়
])
def test_both_encodings_of_nukta_letters_normalise_alike(precomposed, decomposed):
    a = normalize(f"সিরি{precomposed}া")
    b = normalize(f"সিরি{decomposed}া")
    assert a.text == b.text


def test_precomposed_nukta_keeps_original_offsets():
    # "সিরিয়ার প্রেসিডেন্ট" with a precomposed য়: the original is one character shorter
    text = "রুশ প্রেসিডেন্ট ও সিরি" + PRECOMPOSED_YA + "ার প্রেসিডেন্ট"
    doc = annotate(text)
    syria = [e for e in doc.entities if e.canonical == "Syria"]
    assert len(syria) == 1
    e = syria[0]
    assert text[e.start:e.end] == e.text == "সিরি" + PRECOMPOSED_YA + "ার"


def test_zero_width_joiners_are_ignored_for_matching_but_kept_in_spans():
    # র‌্যাব is written with a ZWNJ after র in many newspapers
    text = "সিরি\u200cয়ার রাজধানী দামেস্কে বৈঠক হয়।"
    doc = annotate(text)
    labels = {(e.text, e.label.value) for e in doc.entities}
    assert ("সিরি\u200cয়ার", "GPE") in labels
    for e in doc.entities:
        assert text[e.start:e.end] == e.text


def test_nbsp_and_other_spaces_become_plain_spaces():
    n = normalize("ভ্লাদিমির\u00a0পুতিন\u2009বলেন")
    assert n.text == "ভ্লাদিমির পুতিন বলেন"
    assert n.identity  # same length: offsets unchanged


def test_vowel_sign_written_in_two_parts_composes():
    # ো written as ে + া (common in old encodings)
    text = "মস্ক\u09c7\u09be\u09a4\u09c7 বৈঠক"
    n = normalize(text)
    assert n.text.startswith("মস্কো")
    s, e = n.span(0, len("মস্কোতে"))
    assert text[s:e] == "মস্ক\u09c7\u09be\u09a4\u09c7"


def test_offset_map_round_trips_every_token_boundary():
    text = "র\u200c্যাব\u00a0ও ড\u09bcক\u09c7\u09be অা\u200dমরা ত্\u200dপর"
    n = normalize(text)
    for i in range(len(n.text) + 1):
        s = n.start(i)
        e = n.end(i)
        assert 0 <= s <= len(text) and 0 <= e <= len(text)
    assert n.span(0, len(n.text)) == (0, len(text))


def test_fast_nfc_check_agrees_with_unicodedata():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from bangla_news_nlp.text.normalize import _is_nfc

    alphabet = st.sampled_from(
        [chr(c) for c in range(0x0980, 0x0A00)] + list("ae\u0301\u0308\u00e9\u1e9b\u0323 \n")
        + ["\u200c", "\u200d", "\u0627\u0653", "\u1100\u1161", "\uac00\u11a8", "\u0915\u093c"]
    )

    @settings(max_examples=2000, deadline=None)
    @given(st.lists(alphabet, max_size=12).map("".join))
    def check(text):
        assert _is_nfc(text) == unicodedata.is_normalized("NFC", text)

    check()
    # a Latin letter, Bengali marks (nukta, hasanta: combining, but not in the scanned runs),
    # then an accent that composes with the letter across them: the check must reach back
    # to the letter (random strings rarely hit this; mutmut showed it untested)
    for text in ("e\u09bc\u0301", "e\u09cd\u0301", "a\u09bc\u09bc\u0301", "xe\u09bc\u0301",
                 "\u09bc\u0301", "ক\u09bc\u0301", "e\u0301\u09bc"):
        assert _is_nfc(text) == unicodedata.is_normalized("NFC", text), ascii(text)


def test_cheap_tests_find_everything_the_exact_patterns_find():
    # normalize() skips a text when the cheap tests find nothing, so each must fire on every
    # string its exact pattern matches.  Those patterns match one to three characters, all
    # from their own character classes: every string of up to three characters over those
    # characters is tried (the cheap tests are searches, so firing on the matched stretch
    # means firing on any text that holds it)
    from itertools import product

    from bangla_news_nlp.text import normalize as N

    chars = sorted(set(N._DELETE + N._SPACES + N._NOT_NFC_CHARS)
                   | set("\u0985\u09a4\u09cd\u09a1\u09a2\u09af\u09bc\u09c7\u09be\u09d7\u09fe")
                   | {chr(c) for c in range(0x09be, 0x09cd)})
    cases = [pair for pair in (
        (N._SPECIAL, N._maybe_special), (N._BENGALI_NOT_NFC, N._maybe_bengali_not_nfc),
        (N._SPECIAL, N._ANY.search), (N._BENGALI_NOT_NFC, N._ANY.search))]
    matched = 0
    for k in (1, 2, 3):
        for t in product(chars, repeat=k):
            text = "".join(t)
            for exact, cheap in cases:
                if exact.fullmatch(text):
                    matched += 1
                    assert cheap(text), (exact.pattern, ascii(text))
    assert matched > 60  # (every class of both patterns was reached)
    # and in running text, on both sides of the cheap tests
    for text in ("পড\u09be\u09bcর", "অামার", "কো\u09c7\u09beথা", "ক\u09cd\u09bcখ", "ঢাকা\u00a0শহর",
                 "র\u200c্যাব", "\u09dfা", "ঢাকা শহর", "ক\u09be\u09bc"):
        assert (N._maybe_special(text) or N._maybe_bengali_not_nfc(text)) == bool(
            N._SPECIAL.search(text) or N._BENGALI_NOT_NFC.search(text)) or (
            "\u09be\u09bc" in text), ascii(text)


def test_the_short_text_class_is_the_one_character_tests_together():
    # a short text is tested with one class instead of the 'in' tests and _OTHER_RUNS: the
    # same characters, every one of the Basic Multilingual Plane checked (and a few beyond)
    from bangla_news_nlp.text import normalize as N

    singles = set(N._SPECIAL_CHARS + N._NOT_NFC_CHARS)
    for c in [chr(c) for c in range(0x10000)] + ["\U0001f600", "\U00010000", "\U0010fffd"]:
        odd = c in singles or bool(N._OTHER_RUNS.match(c))
        assert bool(N._ODD_CHAR.match(c)) == odd and bool(N._ANY.match(c)) == odd, ascii(c)
    # and both paths give the same result, a short and a long text of the same characters
    for piece in ("ঢাকায় বৈঠক। ", "পড\u09be\u09bcর ", "ঢাকা\u00a0শহর ", "\uf06c ঢাকা ", "কো\u09c7\u09beথা ",
                  "অামার ", "র\u200c্যাব ", "e\u0301 ক "):
        tiny, short, long = piece, piece * 10, piece * 60  # (the pieces: 5 to 15 characters)
        assert len(tiny) < N._TINY <= len(short) < N._SHORT <= len(long)
        assert normalize(long).text == normalize(short).text * 6 == normalize(tiny).text * 60


def test_plain_text_passes_the_cheap_tests():
    # the point of the cheap tests: text with nothing to normalise (ASCII, the Bengali block's
    # NFC-stable letters and signs, the danda, quotes and dashes) never reaches the exact
    # patterns, in any of the three tiers
    from bangla_news_nlp.text import normalize as N

    bengali = "".join(chr(c) for c in range(0x0980, 0x0A00)
                      if unicodedata.category(chr(c)) != "Cn"
                      and unicodedata.normalize("NFC", chr(c)) == chr(c)
                      and not unicodedata.combining(chr(c)))
    plain = ("".join(chr(c) for c in range(0x20, 0x7F)) + bengali + "।॥‘’“”–—…") * 2
    assert len(plain) >= N._SHORT
    assert N._ANY.search(plain[:N._TINY - 1]) is None
    assert N._ANY.search(plain[-(N._TINY - 1):]) is None
    for short in (plain[:N._SHORT - 1], plain[-(N._SHORT - 1):]):
        assert not any(p.search(short) for p in (
            N._ODD_CHAR, N._LEGACY_AA, N._NUKTA_AFTER_SIGN, N._E_AA))
    assert not N._maybe_special(plain) and not N._maybe_bengali_not_nfc(plain)
    assert N._OTHER_RUNS.search(plain) is None


def test_whitespace_free_plain_text_and_odd_characters_keep_their_offsets():
    # a private-use bullet (text pasted from Word) is no reason to change anything; a
    # precomposed য় after it still is
    text = "\uf06c ঢাকায় বৈঠক"
    n = normalize(text)
    assert n.text == text and n.identity
    n = normalize("\uf06c ঢাকা\u09df")
    assert n.text == "\uf06c ঢাকা\u09af\u09bc" and n.span(6, 8) == (6, 7)


@pytest.mark.parametrize("letter", ["\u09a1", "\u09a2", "\u09af"])  # ড ঢ য
def test_nukta_typed_after_the_vowel_sign_moves_before_it(letter):
    # পড়া typed as প ড া ় (the nukta after the vowel sign): the letter with its nukta first
    n = normalize(f"প{letter}\u09be\u09bcর")
    assert n.text == unicodedata.normalize("NFC", f"প{letter}\u09bc\u09beর")
    assert n.span(0, len(n.text)) == (0, 5)


def test_a_nukta_after_another_letter_and_sign_is_left_where_it_is():
    text = "ক\u09be\u09bc"  # not ড ঢ য: nothing to move
    assert normalize(text).text == unicodedata.normalize("NFC", text)
    # only ড ঢ য take the nukta back, also in a text that needs NFC elsewhere (there every
    # letter with its marks is looked at: mutmut showed a wider set of letters went unnoticed)
    for text in ("X\u09be\u09bc কে\u09be", "ক\u09be\u09bc কে\u09be"):
        assert normalize(text).text == unicodedata.normalize("NFC", text)


def test_only_the_listed_characters_are_changed():
    # every printable ASCII character, the Bengali block (its NFC-stable characters), the
    # danda and common punctuation pass through untouched: what normalisation deletes (ZWJ,
    # ZWNJ, soft hyphen, BOM, word joiner) and turns into a space (NBSP and the other
    # spaces) is exactly its list
    bengali = "".join(chr(c) for c in range(0x0980, 0x0A00)
                      if unicodedata.category(chr(c)) != "Cn"
                      and unicodedata.normalize("NFC", chr(c)) == chr(c)
                      and not unicodedata.combining(chr(c)))
    plain = "".join(chr(c) for c in range(0x20, 0x7F)) + bengali + "।॥‘’“”–—…"
    n = normalize(plain)
    assert n.text == plain and n.identity
    deleted = "\u200c\u200d\u2060\u00ad\ufeff"
    assert normalize("ক" + deleted + "খ").text == "কখ"
    spaces = ("\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
              "\u2009\u200a\u202f\u205f\u3000")
    assert normalize("ক" + spaces + "খ").text == "ক" + " " * len(spaces) + "খ"


def test_legacy_aa_and_khanda_ta_are_rewritten_with_their_offsets():
    # আ typed as অ + া, and ৎ as ত + ্ + ZWJ (old encodings and keyboards)
    n = normalize("অামার দেশ")
    assert n.text == "আমার দেশ"
    assert n.span(0, 1) == (0, 2) and n.span(1, 4) == (2, 5)
    n = normalize("উত\u09cd\u200dস")
    assert n.text == "উৎস"
    assert n.span(1, 2) == (1, 4) and n.span(2, 3) == (4, 5)


def test_text_that_needs_nfc_still_gets_every_other_edit():
    # a precomposed য় (not NFC) makes the whole text take the slower path: the space, the
    # joiner and the legacy আ in it are still edited, each with exact offsets
    text = "সিরি\u09dfার\u00a0দামেস্ক ক\u200cখ অামার"
    n = normalize(text)
    assert n.text == "সিরি\u09af\u09bcার দামেস্ক কখ আমার"
    assert n.span(4, 7) == (4, 6)  # য়া: three characters here, two in the original
    space = n.text.index(" ")
    assert text[slice(*n.span(space, space + 1))] == "\u00a0"
    kh = n.text.index("খ")
    assert text[slice(*n.span(kh, kh + 1))] == "খ"
    aa = n.text.index("আ")
    assert text[slice(*n.span(aa, aa + 1))] == "অা"


def test_identity_says_whether_any_offset_moved():
    assert normalize("ঢাকায় বৈঠক").identity is True
    assert normalize("ভ্লাদিমির\u00a0পুতিন").identity is True  # same length
    assert normalize("অামার").identity is False


def test_combining_marks_outside_bengali_are_composed_with_exact_offsets():
    # the only thing to do in this text is NFC of a Latin letter and its accent
    text = "cafe\u0301 ঢাকায়"
    n = normalize(text)
    assert n.text == "café ঢাকায়"
    assert n.span(3, 4) == (3, 5)  # é: two characters of the original
    assert text[slice(*n.span(5, 11))] == "ঢাকায়"
