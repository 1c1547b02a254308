"""Stage 2: tokens and sentences."""

import re

from bangla_news_nlp.models import TokenKind
from bangla_news_nlp.text.tokenize import PUNCT, WORD, split_sentences, tokenize, tokens_of


def words(text):
    return tokenize(text).texts


def test_bengali_words_are_not_split_at_vowel_signs():
    text = "সিরিয়ার পররাষ্ট্রমন্ত্রী আসাদ হাসান"
    assert words(text) == ["সিরিয়ার", "পররাষ্ট্রমন্ত্রী", "আসাদ", "হাসান"]
    # what the standard library would do: \w stops at some vowel signs and the virama
    assert re.findall(r"\w+", "পররাষ্ট্রমন্ত্রী") != ["পররাষ্ট্রমন্ত্রী"]


def test_numbers_in_both_digit_sets_with_separators():
    toks = tokenize("১,০০০ টাকা, ১২:০৪ পিএম, ২০২৫-১২-২৪ এবং 3.5 শতাংশ; ১০টি ঘর")
    nums = [t for t, k in zip(toks.texts, toks.kinds) if k == 2]
    assert nums == ["১,০০০", "১২:০৪", "২০২৫-১২-২৪", "3.5", "১০টি"]


def test_danda_and_punctuation_are_tokens():
    assert words("তিনি বলেন, ‘আমরা প্রস্তুত।’") == ["তিনি", "বলেন", ",", "‘", "আমরা", "প্রস্তুত", "।", "’"]


def test_hyphenated_compounds_are_split_but_glued():
    toks = tokens_of("আহমেদ আল-শারা ও রাশিয়া-সিরিয়া বৈঠক")
    texts = [t.text for t in toks]
    assert texts == ["আহমেদ", "আল", "-", "শারা", "ও", "রাশিয়া", "-", "সিরিয়া", "বৈঠক"]
    al = toks[1]
    assert al.space_after is False and toks[2].space_after is False and toks[3].space_after
    assert toks[2].kind == TokenKind.PUNCT


def test_token_offsets_index_the_original_text():
    text = "প্রকাশ:\u00a0২৪ ডিসেম্বর ২০২৫ — র\u200c্যাব 🙂 শেষ"
    for t in tokens_of(text):
        assert text[t.start:t.end] == t.text


def test_sentences_split_on_danda_question_exclamation_and_lines():
    text = "পুতিন মস্কোতে বৈঠক করেন। কী আলোচনা হলো? জানা যায়নি!\nতথ্যসূত্র: রয়টার্স"
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["পুতিন মস্কোতে বৈঠক করেন।", "কী আলোচনা হলো?", "জানা যায়নি!", "তথ্যসূত্র: রয়টার্স"]


def test_abbreviation_dots_do_not_end_sentences():
    text = "ড. মুহাম্মদ ইউনূস ও মো. আবদুল হাই বৈঠক করেন। এরপর তাঁরা ফিরে যান."
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["ড. মুহাম্মদ ইউনূস ও মো. আবদুল হাই বৈঠক করেন।", "এরপর তাঁরা ফিরে যান."]


def test_tokens_cover_every_non_space_character_with_the_right_kind():
    import regex
    from hypothesis import given, settings
    from hypothesis import strategies as st

    reference = regex.compile(  # the token grammar, one group per kind
        r"(\p{L}[\p{L}\p{M}0-9০-৯]*)|([0-9০-৯]+(?:[.,:/\-][0-9০-৯]+)*[\p{L}\p{M}]*)|(\p{P})|(\S\p{M}*)"
    )
    alphabet = st.sampled_from(list("রুশ পুতিন-১২:০৪,৫ ab.।\n\t") + ["\u09bc", "\u0301", "٣", "🙂", "\u00a0"])

    @settings(max_examples=500, deadline=None)
    @given(st.lists(alphabet, max_size=30).map("".join))
    def check(text):
        seq = tokenize(text)
        expected = [(m.start(), m.end(), m.lastindex) for m in reference.finditer(text)]
        assert list(zip(seq.starts, seq.ends, seq.kinds)) == expected
        assert seq.texts == [text[s:e] for s, e in zip(seq.starts, seq.ends)]

    check()


def test_the_chunked_tokenizer_equals_the_pattern_over_the_whole_text():
    """tokenize() splits at whitespace (str.split) and tokenises each distinct chunk once;
    the pattern run over the whole text is the reference: the same tokens, offsets and kinds
    for texts of Bengali, Latin, digits of three scripts, marks alone and after symbols, the
    separators str.split takes for spaces and the pattern does not (U+001C-U+001F), and
    every other kind of whitespace."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from bangla_news_nlp.text import tokenize as tk

    alphabet = st.sampled_from(
        list("রুশপুতিনেরকো্য়ঁংঃৎ-১২:০৪,৫.।() abZ_9'\"") + [
            "\u09bc", "\u09cd", "\u0301", "٣", "३", "🙂", "\u00a0", "\x1c", "\x1d", "\x1f", "\x85",
            "\u2028", "\u3000", "\t", "\n", "\u0900", "ञ", "\u200c", "য়", "\u09be"])

    @settings(max_examples=800, deadline=None)
    @given(st.lists(alphabet, max_size=40).map("".join), st.booleans())
    def check(text, cold):
        if cold:
            tk._CHUNKS.clear()
        assert tk.tokenize(text) == tk._tokenize_by_pattern(text)
        assert tk.tokenize(text) == tk._tokenize_by_pattern(text)  # (chunks now cached)

    check()


def test_a_chunk_is_tokenised_once_and_its_offsets_follow_each_occurrence():
    from bangla_news_nlp.text import tokenize as tk

    tk._CHUNKS.clear()
    text = "ঢাকা, ঢাকা,  ঢাকা।\nঢাকা,"
    seq = tokenize(text)
    assert tk._CHUNKS["ঢাকা,"] == ((0, 4, WORD, "ঢাকা"), (4, 5, PUNCT, ","))
    assert list(zip(seq.starts, seq.texts)) == [
        (0, "ঢাকা"), (4, ","), (6, "ঢাকা"), (10, ","), (13, "ঢাকা"), (17, "।"), (19, "ঢাকা"), (23, ",")]


def test_the_characters_told_without_the_pattern_agree_with_it():
    """The chunks recognised from their characters (ASCII and the Bengali block: one word,
    one number) are those the pattern makes one token of, for every such character alone
    and in every pair, so the two Unicode databases (Python's unicodedata, the regex
    module's own) agree where the fast path relies on them."""
    from bangla_news_nlp.text import tokenize as tk

    chars = [chr(c) for c in range(0x21, 0x7F)] + [chr(c) for c in range(0x0980, 0x0A00)]
    for a in chars:
        for b in [""] + chars:
            chunk = a + b
            tk._CHUNKS.pop(chunk, None)
            got = tk._chunk_tokens(chunk)
            ref = tk._tokenize_by_pattern(chunk)
            expected = ref.kinds[0] if len(ref.texts) == 1 else tuple(
                zip(ref.starts, ref.ends, ref.kinds, ref.texts))
            assert got == expected, chunk


def test_every_separator_str_split_takes_and_the_pattern_does_not_is_handled():
    """The chunked tokenizer checks for U+001C-U+001F by name: they are exactly the characters
    str.split() takes for whitespace and the pattern's \\s does not, and a text holding any
    one of them is tokenised as the pattern does (not cut where str.split would cut)."""
    import sys

    import regex

    from bangla_news_nlp.text import tokenize as tk

    splits = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    pattern_spaces = {c for c in splits if regex.fullmatch(r"\s", c)}
    assert set(tk._SPLIT_ONLY_SPACES) == splits - pattern_spaces == set("\x1c\x1d\x1e\x1f")
    for c in tk._SPLIT_ONLY_SPACES:
        # (a mark right after the separator: the pattern keeps the two as one symbol token,
        # which str.split would have cut apart)
        text = f"ঢাকা{c}মস্কোতে বৈঠক {c}\u09bc"
        seq = tk.tokenize(text)
        assert seq == tk._tokenize_by_pattern(text)
        assert seq.texts == ["ঢাকা", "মস্কোতে", "বৈঠক", c + "\u09bc"]
        assert seq.starts == [0, 5, 13, 18]
