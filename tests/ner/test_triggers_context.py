"""Triggers (facts about words, computed once and found per document in one pass) and the
Context the rules read."""

from __future__ import annotations

import pytest

from bangla_news_nlp import Label, Pipeline
from bangla_news_nlp.ner.context import Context
from bangla_news_nlp.ner.registry import TRIGGERS
from bangla_news_nlp.ner.triggers import TriggerTable
from bangla_news_nlp.text.normalize import normalize
from bangla_news_nlp.text.tokenize import tokenize

TEXT = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে ২৩ ডিসেম্বর বৈঠক হয় (সূত্র: রয়টার্স)।"
#        0    1            2         3       4      5      6  7       8    9 10 11  12 13  14 15


def context(nlp, text=TEXT):
    norm = normalize(text).text
    seq = tokenize(norm)
    table = nlp._compiled()[0]
    flags = table.flags_of(seq.texts)
    matches = nlp.gazetteer.find_all(seq, norm)
    return Context(norm, seq, nlp.knowledge, matches, flags, table), seq


def test_positions_of_each_kind_of_trigger():
    nlp = Pipeline()
    ctx, seq = context(nlp)
    assert seq.texts[10] == "(" and seq.texts[11] == "সূত্র"
    assert ctx.positions("role") == [1]  # a role's first word
    assert ctx.positions("open-paren") == [10]  # a word list: the token as written
    assert ctx.positions("source-cue") == [11]
    assert ctx.positions("date-start") == [6, 7]  # a test: the number and the month
    assert ctx.positions("gazetteer-word") == [0, 3, 5, 13]  # through case endings: পুতিনের
    assert ctx.positions("speech-cue") == [] and not ctx.has("speech-cue")
    assert ctx.has("role")


def test_a_stem_trigger_holds_through_case_endings():
    nlp = Pipeline()
    ctx, seq = context(nlp, "সিরিয়ার সেনাবাহিনীর একটি দল ফিরে এসেছে।")
    assert seq.texts[1] == "সেনাবাহিনীর"
    assert 1 in ctx.positions("org-head")
    assert 1 in ctx.positions("institution")


def test_the_table_computes_a_word_once_and_assigns_one_bit_per_trigger():
    nlp = Pipeline()
    calls = []
    knowledge = nlp.knowledge
    from bangla_news_nlp.ner.registry import Trigger

    spy = Trigger("spy", "counts calls", test=lambda k: (lambda w: calls.append(w) or False))
    table = TriggerTable([TRIGGERS["role"], TRIGGERS["hyphen"], spy], knowledge)
    assert table.bits == {"role": 1, "hyphen": 2, "spy": 4}
    flags = table.flags_of(["মন্ত্রী", "-", "মন্ত্রী", "বাড়ি"])
    assert flags == [1, 2, 1, 0]
    assert calls == ["মন্ত্রী", "-", "বাড়ি"]  # the repeated word is not computed again
    assert table.mask(["role", "spy"]) == 5 and table.mask([]) == 0


def test_a_rule_whose_triggers_do_not_occur_is_not_called():
    nlp = Pipeline()
    seen = []

    def spy(ctx):
        seen.append(ctx.text)
        return []

    nlp.add_rule(spy, name="spy", triggers=["alias-cue"])
    nlp("ঢাকায় বৃষ্টি হয়েছে।")
    assert seen == []
    nlp("আবদুল করিম ওরফে কালু মিয়াকে ধরা হয়।")
    assert seen == ["আবদুল করিম ওরফে কালু মিয়াকে ধরা হয়।"]


def test_a_document_rule_runs_only_when_its_labels_were_chosen():
    nlp = Pipeline()
    seen = []

    def spy(ctx, chosen):
        seen.append([c.label for c in chosen])
        return []

    nlp.add_rule(spy, name="spy", stage="document", needs=["ORG"])
    nlp("ঢাকায় বৃষ্টি হয়েছে।")  # a place only
    assert seen == []
    nlp("ঢাকায় বিএনপির সমাবেশ।")
    assert seen == [[Label.GPE, Label.ORG]]


def test_propose_fills_source_priority_rank_and_base():
    nlp = Pipeline()
    ctx, _ = context(nlp, "মাঠে নেমেছিলেন সোহেল রানার দল।")
    ctx.rule, ctx.rank = next(r for r in nlp.rules if r.name == "name-words"), 7
    c = ctx.propose(2, 4, Label.PERSON)
    assert (c.source, c.priority, c.rank, c.base) == ("rule:name-words", 25, 7, "সোহেল রানা")
    assert ctx.propose(2, 4, Label.PERSON, "x", source="gazetteer:y").source == "gazetteer:y"


def test_base_of_strips_the_case_ending_of_the_last_word_only():
    nlp = Pipeline()
    ctx, seq = context(nlp, "আল-শাইবানির সঙ্গে পুতিন-এর বৈঠক তিতাস নদীতে।")
    assert seq.texts[:3] == ["আল", "-", "শাইবানির"]
    assert ctx.base_of(0, 3) == "আল-শাইবানি"
    assert ctx.base_of(4, 7) == "পুতিন"  # a detached ending: পুতিন-এর
    assert ctx.base_of(8, 10) == "তিতাস নদী"  # an everyday word keeps no ending either


@pytest.mark.parametrize("text, base", [
    # an emphatic particle glued to a consonant or to ী is no part of the name
    ("জেমস প্যাটিনসনও খেলবেন", "জেমস প্যাটিনসন"),
    ("মোস্তফা জালালই জানেন", "মোস্তফা জালাল"),
    ("রতন কুমার অধিকারীও বলেন", "রতন কুমার অধিকারী"),
    # after another vowel sign it is the name's own letter; an acronym keeps it
    ("মারিও রসি বলেন", "মারিও"),
    ("ইউএনও বলেন", "ইউএনও"),
])
def test_base_of_drops_an_emphatic_particle_only_where_it_cannot_be_the_names(text, base):
    nlp = Pipeline()
    ctx, seq = context(nlp, text)
    assert ctx.base_of(0, base.count(" ") + 1) == base  # (the span of the base's words)
    # (and nothing else: the letters of the word itself are kept)
    assert nlp.lang.without_emphatic("ইয়াও") == "ইয়াও" and nlp.lang.without_emphatic("পলও") == "পল"


def test_line_starts_flags_each_token_after_a_line_break():
    nlp = Pipeline()
    text = "\n\nঢাকা ও\nচট্টগ্রাম , খুলনা \n \nরাজশাহী।\n"
    ctx, seq = context(nlp, text)
    assert seq.texts == ["ঢাকা", "ও", "চট্টগ্রাম", ",", "খুলনা", "রাজশাহী", "।"]
    assert list(ctx.line_starts) == [1, 0, 1, 0, 0, 1, 0]
    # the same as asking same_line of each pair of neighbours
    assert list(ctx.line_starts[1:]) == [int(not ctx.same_line(i - 1, i))
                                          for i in range(1, ctx.n)]
    assert list(context(nlp, "")[0].line_starts) == []
