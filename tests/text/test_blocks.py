"""A very long text is annotated block by block (Pipeline.block_size): the cuts fall where the
module says, every offset still indexes the whole text, each block gives what it gives on its
own, and the publication line at the start dates every block."""

from __future__ import annotations

import unicodedata

import pytest

from bangla_news_nlp import Pipeline
from bangla_news_nlp.text.blocks import BLOCK_CHARS
from bangla_news_nlp.text.blocks import blocks

ARTICLE = (
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী আসাদ "
    "হাসান আল-শাইবানি। গতকাল ঢাকায় বিএনপির মহাসচিব মির্জা ফখরুল ইসলাম আলমগীর সংবাদ সম্মেলন করেন।\n"
    "চট্টগ্রামের সীতাকুণ্ড উপজেলায় ২৪ ডিসেম্বর ২০২৫ একটি কারখানায় আগুন লাগে। ফায়ার সার্ভিস "
    "জানিয়েছে, আগুন নিয়ন্ত্রণে এসেছে।"
)
PUBLISHED = "প্রকাশ: ২৫ ডিসেম্বর ২০২৫, ১০:০০\n\n"


def _covers(text: str, size: int):
    spans = list(blocks(text, size))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))  # contiguous, no gap
    assert all(0 < e - s <= size for s, e in spans)
    assert all(e - s >= size // 2 for s, e in spans[:-1])
    return spans


def test_blocks_prefer_paragraph_then_line_then_sentence_then_space():
    para = "ক" * 30 + "\n\n" + "খ" * 10 + "\n" + "গ" * 40
    assert _covers(para, 50)[0] == (0, 32)  # after the blank line, not the later line break
    line = "ক" * 30 + "\n" + "খ" * 40
    assert _covers(line, 50)[0] == (0, 31)
    sentence = "ক" * 20 + "। " + "খ" * 10 + " " + "গ" * 40
    assert _covers(sentence, 40)[0] == (0, 22)  # after the danda and its space
    spaces = "ক" * 25 + " " + "খ" * 40
    assert _covers(spaces, 40)[0] == (0, 26)


def test_blocks_never_split_a_letter_a_conjunct_or_a_surrogate_pair():
    # no space at all: the cut may not fall before a sign, after a hasanta, inside a pair
    text = "ক্ষ" * 40 + "\U0001F600" * 10 + "কি" * 30
    for size in range(4, 60):
        for s, e in _covers(text, size):
            if s:
                ch, prev = text[s], text[s - 1]
                assert not unicodedata.category(ch).startswith("M")
                assert prev != "\u09cd"
                assert not ("\udc00" <= ch <= "\udfff")


def test_blocks_of_short_and_empty_text():
    assert list(blocks("", 10)) == [(0, 0)]
    assert list(blocks("ঢাকা", 10)) == [(0, 4)]
    with pytest.raises(ValueError, match="at least 2"):
        list(blocks("ঢাকা", 1))


def test_each_block_gives_what_it_gives_alone_at_its_offset():
    nlp = Pipeline()
    alone = nlp(ARTICLE)
    assert {e.text for e in alone.entities} >= {"ভ্লাদিমির পুতিনের", "মস্কোতে", "ঢাকায়"}
    text = "\n\n".join([ARTICLE] * 4)
    nlp.block_size = len(ARTICLE) + 2  # one article a block
    doc = nlp(text)
    step = len(ARTICLE) + 2
    want = [(e.start + k * step, e.end + k * step, e.text, e.label, e.source)
            for k in range(4) for e in alone.entities]
    assert [(e.start, e.end, e.text, e.label, e.source) for e in doc.entities] == want
    assert [(d.start, d.end, d.value) for d in doc.dates] == [
        (d.start + k * step, d.end + k * step, d.value) for k in range(4) for d in alone.dates]
    for span in doc.entities + doc.dates:
        assert text[span.start:span.end] == span.text


def test_the_publication_line_dates_every_block():
    nlp = Pipeline()
    nlp.block_size = len(ARTICLE) + 2
    doc = nlp(PUBLISHED + "\n\n".join([ARTICLE] * 3))
    yesterday = [d for d in doc.dates if d.text == "গতকাল"]
    assert len(yesterday) == 3
    assert {d.value for d in yesterday} == {"2025-12-24"}
    assert doc.reference_date.isoformat() == "2025-12-25T10:00:00"


def test_the_publication_line_is_read_where_it_is_for_the_whole_text():
    # the label within the text's first 3,000 characters, but in its second block
    text = ARTICLE + "\n\n" + PUBLISHED + ARTICLE
    nlp = Pipeline()
    nlp.block_size = len(ARTICLE) + 2
    blocked = nlp(text)
    nlp.block_size = None
    whole = nlp(text)
    assert blocked.reference_date == whole.reference_date is not None
    assert [(d.start, d.value) for d in blocked.dates] == [(d.start, d.value) for d in whole.dates]
    far = ARTICLE + "\n\n" + "ক " * 2000 + "\n\n" + PUBLISHED + ARTICLE  # past the window
    assert nlp(far).reference_date is None
    nlp.block_size = 1000
    assert nlp(far).reference_date is None


def test_document_rules_look_within_a_block_and_none_reads_the_text_whole():
    first = "কোচ হিসেবে দায়িত্ব নিয়েছেন ডিয়েগো সিমিওনে।"
    later = "সিমিওনের কৌশল কাজে দিয়েছে।"
    text = first + "\n\n" + later
    nlp = Pipeline()
    whole = [(e.text, e.source) for e in nlp(text).entities]
    assert ("সিমিওনের", "rule:propagation") in whole  # the surname after the full name
    nlp.block_size = len(first) + 2
    blocked = [(e.text, e.source) for e in nlp(text).entities]
    assert blocked == [("ডিয়েগো সিমিওনে", "rule:name-words")]
    nlp.block_size = None
    assert [(e.text, e.source) for e in nlp(text).entities] == whole


def test_a_text_under_the_default_block_size_is_read_whole(monkeypatch):
    text = "\n\n".join([ARTICLE] * 3)
    assert len(text) < BLOCK_CHARS
    nlp = Pipeline()
    with monkeypatch.context() as m:
        m.setattr(nlp, "_annotate_blocks", lambda *a: pytest.fail("annotated in blocks"))
        nlp(text)
    whole = nlp(text).model_dump()
    nlp.block_size = None
    assert nlp(text).model_dump() == whole


def test_a_long_text_without_line_breaks_keeps_every_offset():
    text = " ".join([ARTICLE.replace("\n", " ")] * 12)
    nlp = Pipeline()
    nlp.block_size = 1000
    doc = nlp(text)
    assert len(doc.entities) >= 12 * 5
    for span in doc.entities + doc.dates:
        assert text[span.start:span.end] == span.text
    starts = [e.start for e in doc.entities]
    assert starts == sorted(starts) and all(
        a.end <= b.start for a, b in zip(doc.entities, doc.entities[1:]))
