"""resolve(): which of overlapping candidates wins, decided by the candidates alone (never by
the order they arrive in), and the canonical name a rule's span takes from a gazetteer entity
at its end."""

from __future__ import annotations

import itertools

from bangla_news_nlp import Label, Pipeline
from bangla_news_nlp.ner.candidate import PRIORITY_GAZETTEER, PRIORITY_RULE, Candidate
from bangla_news_nlp.ner.resolve import resolve

# five tokens of four characters each, one space apart: token i covers [5i, 5i+4)
STARTS = [0, 5, 10, 15, 20]
ENDS = [4, 9, 14, 19, 24]


def cand(ts, te, label=Label.PERSON, prio=PRIORITY_RULE, rank=1, source="rule:x", **kw):
    return Candidate(ts, te, label, "base", source, prio, rank=rank, **kw)


def spans(chosen):
    return [(c.ts, c.te, c.label.value, c.source) for c in chosen]


def every_order(cands):
    """The result is the same for every order of the input."""
    results = {tuple(spans(resolve(list(p), 5, STARTS, ENDS)))
               for p in itertools.permutations(cands)}
    assert len(results) == 1, results
    return list(results.pop())


def test_longest_span_wins():
    assert every_order([cand(0, 1), cand(0, 2), cand(1, 3)]) == [(0, 2, "PERSON", "rule:x")]


def test_equal_spans_higher_priority_wins():
    gaz = cand(1, 2, Label.GPE, PRIORITY_GAZETTEER, rank=0, source="gazetteer:cities")
    assert every_order([cand(1, 2), gaz]) == [(1, 2, "GPE", "gazetteer:cities")]


def test_equal_length_overlapping_earlier_start_wins():
    assert every_order([cand(1, 3), cand(2, 4)]) == [(1, 3, "PERSON", "rule:x")]


def test_equal_span_and_priority_the_earlier_rule_wins():
    a = cand(1, 2, Label.PERSON, rank=3, source="rule:speaker")
    b = cand(1, 2, Label.LOC, rank=7, source="rule:place-cue")
    assert every_order([a, b]) == [(1, 2, "PERSON", "rule:speaker")]


def test_same_rule_same_span_decided_by_label():
    a = cand(1, 2, Label.PERSON)
    b = cand(1, 2, Label.LOC)
    assert every_order([a, b]) == [(1, 2, "LOC", "rule:x")]  # 'LOC' < 'PERSON'


def test_non_overlapping_candidates_all_kept_in_text_order():
    assert every_order([cand(3, 5), cand(0, 1), cand(1, 3)]) == [
        (0, 1, "PERSON", "rule:x"), (1, 3, "PERSON", "rule:x"), (3, 5, "PERSON", "rule:x")]


def test_a_rule_span_takes_the_canonical_name_of_the_gazetteer_entity_at_its_end():
    rule = cand(0, 3, Label.PERSON)
    inner = cand(1, 3, Label.PERSON, PRIORITY_GAZETTEER, rank=0, source="gazetteer:people_world",
                 canonical="Sergey Lavrov", kb_id="Q80137", eid=7)
    (won,) = resolve([inner, rule], 5, STARTS, ENDS)
    assert (won.ts, won.te, won.source) == (0, 3, "rule:x")
    assert (won.canonical, won.kb_id, won.eid) == ("Sergey Lavrov", "Q80137", 7)


def test_no_canonical_from_an_entity_of_another_type_or_not_at_the_end():
    rule = cand(0, 3, Label.ORG)
    other_type = cand(2, 3, Label.GPE, PRIORITY_GAZETTEER, rank=0, canonical="Dhaka")
    not_at_end = cand(0, 1, Label.ORG, PRIORITY_GAZETTEER, rank=0, canonical="BNP")
    (won,) = resolve([rule, other_type, not_at_end], 5, STARTS, ENDS)
    assert won.canonical is None and won.kb_id is None


def test_no_canonical_from_a_rule_candidate():
    rule = cand(0, 3, Label.PERSON)
    weaker = cand(1, 3, Label.PERSON, PRIORITY_RULE, canonical="From a rule")
    (won,) = resolve([rule, weaker], 5, STARTS, ENDS)
    assert won.canonical is None


def test_in_the_pipeline_a_rule_span_takes_the_gazetteer_canonical():
    # the rule's span (with the prefix মো .) is longer than the gazetteer's তামিম ইকবাল
    doc = Pipeline()("জাতীয় দলের ওপেনার মো . তামিম ইকবালের সঙ্গে কথা হয়।")
    assert [(e.text, e.source, e.canonical) for e in doc.entities] == [
        ("মো . তামিম ইকবালের", "rule:title", "Tamim Iqbal")]


def _winner(cands):
    """The one candidate chosen, the same for every order of the input."""
    won = {(c.canonical, c.kb_id) for p in itertools.permutations(cands)
           for c in resolve(list(p), 5, STARTS, ENDS)}
    assert len(won) == 1, won
    return won.pop()


def test_last_ties_canonical_name_then_qid_a_missing_one_first():
    # two lists give the same span with the same evidence: the order is still total
    # (whether a missing canonical name sorts first cannot be seen in the output: the span
    # then takes the canonical name of the entity at its end, the other candidate's)
    gaz = dict(label=Label.GPE, prio=PRIORITY_GAZETTEER, rank=0, source="gazetteer:cities")
    assert _winner([cand(1, 2, **gaz, canonical="Moscow"),
                    cand(1, 2, **gaz, canonical="Moskva")]) == ("Moscow", None)
    assert _winner([cand(1, 2, **gaz, canonical="Moscow", kb_id="Q649"),
                    cand(1, 2, **gaz, canonical="Moscow")]) == ("Moscow", None)
    assert _winner([cand(1, 2, **gaz, canonical="Moscow", kb_id="Q649"),
                    cand(1, 2, **gaz, canonical="Moscow", kb_id="Q7")]) == ("Moscow", "Q649")
