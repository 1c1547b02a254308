"""bangla_news_nlp.io.bio: spans to tags and back, in BIO, BIOES and BILOU."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bangla_news_nlp.io.bio import TagError, decode, encode

SPANS = [(0, 2, "PER"), (2, 3, "LOC"), (4, 7, "ORG")]


@pytest.mark.parametrize("scheme, tags", [
    ("BIO", ["B-PER", "I-PER", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O"]),
    ("BIOES", ["B-PER", "E-PER", "S-LOC", "O", "B-ORG", "I-ORG", "E-ORG", "O"]),
    ("BILOU", ["B-PER", "L-PER", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"]),
])
def test_encode_and_decode(scheme, tags):
    assert encode(8, SPANS, scheme) == tags
    assert decode(tags) == SPANS


def test_lenient_and_strict_decoding():
    assert decode(["I-PER", "I-LOC", "O", "b-per", "e-per"]) == [
        (0, 1, "PER"), (1, 2, "LOC"), (3, 5, "per")]
    assert decode(["B-PER", "X-PER", "B-"]) == [(0, 1, "PER")]
    with pytest.raises(TagError) as exc:
        decode(["B-PER", "O", "X-PER"], strict=True)
    assert (exc.value.index, exc.value.tag) == (2, "X-PER")
    assert decode(["o", "O"], strict=True) == []


def test_encode_refuses_bad_spans():
    with pytest.raises(ValueError, match="overlaps"):
        encode(4, [(0, 2, "PER"), (1, 3, "LOC")])
    with pytest.raises(ValueError, match="outside"):
        encode(2, [(1, 3, "PER")])
    with pytest.raises(ValueError, match="unknown tag scheme"):
        encode(2, [], "IOB1")


@st.composite
def spans(draw):
    n = draw(st.integers(0, 30))
    cuts = sorted(draw(st.sets(st.integers(0, n), max_size=12)))
    out = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < b:
            out.append((a, b, draw(st.sampled_from(["PER", "LOC", "ORG"]))))
    return n, out


@given(spans(), st.sampled_from(["BIO", "BIOES", "BILOU"]))
def test_round_trip(case, scheme):
    n, sp = case
    got = decode(encode(n, sp, scheme))
    if scheme == "BIO":  # BIO cannot tell two adjacent spans of one type from one
        merged = []
        for s in sp:
            if merged and merged[-1][1] == s[0] and merged[-1][2] == s[2]:
                s = (merged.pop()[0], s[1], s[2])
            merged.append(s)
        sp = merged
    assert got == sp
