"""The scorer behind `bangla-news-nlp evaluate`, on small hand-made cases."""

import json
import subprocess
import sys

import pytest

from bangla_news_nlp.evaluate import (EvalError, GoldDoc, bootstrap, compare, evaluate,
                                      format_report, read_gold)
from bangla_news_nlp import Document, Entity, Label

TEXT = "শেখ হাসিনা ঢাকায় বিএনপির সমাবেশে যান"
#        0         1         2         3
#        0123456789012345678901234567890123456


def ent(s, e, label, source="test"):
    return Entity(start=s, end=e, text=TEXT[s:e], label=Label(label), base=TEXT[s:e], source=source)


def fake(entities):
    return lambda text: Document(text=text, entities=entities)


GOLD = [GoldDoc("1", TEXT, [(0, 10, "PER"), (11, 17, "LOC"), (18, 25, "ORG")])]


def test_perfect_prediction():
    r = evaluate(GOLD, fake([ent(0, 10, "PERSON"), ent(11, 17, "GPE"), ent(18, 25, "ORG")]))
    for t in ("PER", "LOC", "ORG", "ALL"):
        assert (r.strict[t].precision, r.strict[t].recall, r.strict[t].f1) == (1.0, 1.0, 1.0)


def test_boundary_type_and_spurious_errors():
    pred = [
        ent(4, 10, "PERSON"),  # boundary: হাসিনা for শেখ হাসিনা
        ent(11, 17, "ORG"),  # wrong type on the right span
        ent(18, 25, "ORG", "rule:x"),  # right
        ent(26, 32, "LOC"),  # spurious
    ]
    r = evaluate(GOLD, fake(pred))
    s = r.strict["ALL"]
    assert (s.tp, s.fp, s.fn) == (1, 3, 2)
    assert s.precision == pytest.approx(0.25) and s.recall == pytest.approx(1 / 3)
    # overlap: the person counts (same type, overlapping); the wrong type does not
    o = r.overlap["ALL"]
    assert (o.tp, o.fp, o.fn) == (2, 2, 1)
    assert r.confusion[("LOC", "ORG")] == 1 and r.confusion[("O", "LOC")] == 1
    kinds = {k[0] for k in r.errors}
    assert kinds == {"boundary", "type LOC->ORG", "spurious"}
    assert r.by_source["rule:x"].tp == 1 and r.by_source["test"].fp == 3
    out = format_report(r, errors=5, by_source=True)
    assert "strict" in out and "rule:x" in out and "[হাসিনা]" in out


def test_missed_entities_and_unscored_types():
    r = evaluate(GOLD, fake([ent(0, 10, "PERSON"), ent(11, 17, "NORP")]))
    assert r.strict["LOC"].fn == 1 and r.strict["ORG"].fn == 1 and r.strict["PER"].tp == 1
    assert r.errors[("missed", "LOC", "ঢাকায়")] == 1
    assert r.strict["ALL"].fp == 0  # NORP is not scored


PERFECT = [ent(0, 10, "PERSON"), ent(11, 17, "GPE"), ent(18, 25, "ORG")]
# five documents where the three predictions are right, five (the same text, no gold) where
# they are all spurious: P 0.5, R 1.0, F1 2/3
HALF = [GoldDoc(str(i), TEXT, GOLD[0].spans if i < 5 else []) for i in range(10)]


def test_the_documents_counts_add_up_to_the_strict_scores():
    pred = [ent(4, 10, "PERSON"), ent(11, 17, "ORG"), ent(18, 25, "ORG"), ent(26, 32, "LOC")]
    r = evaluate(GOLD + HALF, fake(pred))
    assert len(r.doc_counts) == 11
    for k, t in enumerate(("ALL", "PER", "LOC", "ORG")):
        sums = tuple(sum(c[3 * k + j] for c in r.doc_counts) for j in range(3))
        assert sums == (r.strict[t].tp, r.strict[t].fp, r.strict[t].fn), t


def test_bootstrap_intervals_hold_the_scores_and_are_seeded():
    r = evaluate(HALF, fake(PERFECT))
    assert (r.strict["ALL"].precision, r.strict["ALL"].recall) == (0.5, 1.0)
    got = bootstrap(r, resamples=200)
    lo, hi = got["ALL"]["f1"]
    assert lo < 2 / 3 < hi and 0 < lo and hi < 1
    assert got["ALL"]["recall"] == (1.0, 1.0)  # every gold entity is found in every draw
    assert got["PER"]["precision"][0] < 0.5 < got["PER"]["precision"][1]
    assert bootstrap(r, resamples=200) == got  # the same seed, the same draws
    assert bootstrap(r, resamples=200, level=0.5)["ALL"]["f1"][0] >= lo  # a narrower level
    # all right everywhere: no interval at all
    perfect = evaluate([GOLD[0]] * 4, fake(PERFECT))
    assert bootstrap(perfect, resamples=20)["ALL"]["f1"] == (1.0, 1.0)
    out = format_report(r, intervals=got)
    assert "95 % interval" in out and f"f1 {lo:.3f}–{hi:.3f}" in out
    for bad in ({"resamples": 5}, {"level": 1.0}, {"level": 0}):
        with pytest.raises(ValueError):
            bootstrap(r, **bad)
    with pytest.raises(ValueError, match="no documents"):
        bootstrap(evaluate([], fake([])))


def test_compare_is_a_paired_bootstrap_of_the_change_of_f1():
    before, after = evaluate(HALF, fake([])), evaluate(HALF, fake(PERFECT))
    got = compare(before, after, resamples=100)
    # (better in every draw but one that holds only the documents without gold entities,
    # where both score 0: about 1 in 1,000)
    assert got["ALL"]["diff"] == pytest.approx(2 / 3) and got["ALL"]["better"] >= 0.95
    assert got["ALL"]["low"] < 2 / 3 < got["ALL"]["high"]
    assert got["ALL"]["worse"] == 0.0
    assert compare(after, before, resamples=100)["ALL"]["worse"] >= 0.95
    same = compare(after, after, resamples=100)["ALL"]
    assert (same["diff"], same["low"], same["high"], same["better"], same["worse"]) == (
        0.0, 0.0, 0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="same documents"):
        compare(before, evaluate(GOLD, fake([])))


def test_documents_without_entities_anywhere_in_the_list():
    docs = [GoldDoc("0", "কিছু নেই", [])] + GOLD + [GoldDoc("2", "আবারও কিছু নেই", [])]
    r = evaluate(docs, fake([]))
    assert (r.strict["ALL"].tp, r.strict["ALL"].fn) == (0, 3)
    r = evaluate([GoldDoc("0", "কিছু নেই", [])], lambda t: Document(text=t))
    assert (r.strict["ALL"].tp, r.strict["ALL"].fp, r.strict["ALL"].fn) == (0, 0, 0)


def test_read_jsonl_and_conll(tmp_path):
    j = tmp_path / "g.jsonl"
    j.write_text(json.dumps({"id": "a", "text": TEXT, "entities": [[0, 10, "PER"], [11, 17, "LOC"],
                                                                   [26, 32, "DATE"]]},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    docs = read_gold(j)
    assert docs[0].spans == [(0, 10, "PER"), (11, 17, "LOC")]

    for scheme, tags in {
        "BIO": ["B-PER", "I-PER", "B-LOC", "B-ORG", "O", "O"],
        "BIOES": ["B-PER", "E-PER", "S-LOC", "S-ORG", "O", "O"],
        "BILOU": ["B-PER", "L-PER", "U-LOC", "U-ORG", "O", "O"],
    }.items():
        c = tmp_path / f"{scheme}.conll"
        c.write_text("\n".join(f"{t}\t{g}" for t, g in zip(TEXT.split(), tags)) + "\n\n",
                     encoding="utf-8")
        (doc,) = read_gold(c)
        assert doc.text == TEXT
        assert doc.spans == [(0, 10, "PER"), (11, 17, "LOC"), (18, 25, "ORG")], scheme

    # an I- without a B- starts an entity (the Rifat data has some)
    c = tmp_path / "i.conll"
    c.write_text("শেখ I-PER\nহাসিনা I-PER\nযান O\n", encoding="utf-8")
    assert read_gold(c)[0].spans == [(0, 10, "PER")]


@pytest.mark.parametrize("content,line,message", [
    ('{"text": "ক", "entities": [[0, 5, "PER"]]}\n', 1, "outside the text"),
    ('{"text": "ক"}\n{not json\n', 2, "invalid JSON"),
    ("শেখ\tB-PER\nহাসিনা\tX-PER\n", 2, "unknown tag"),
    ("শেখ\tB-PER\nহাসিনা\n", 2, "expected a token and its tag"),
])
def test_bad_gold_files_name_the_line(tmp_path, content, line, message):
    p = tmp_path / "bad.txt"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=rf"bad.txt:{line}: .*{message}"):
        read_gold(p)


def test_evaluate_command(tmp_path):
    j = tmp_path / "g.jsonl"
    j.write_text(json.dumps({"text": "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন মস্কোতে আছেন।",
                             "entities": [[16, 31, "PER"], [32, 39, "LOC"]]}, ensure_ascii=False)
                 + "\n", encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "bangla_news_nlp", "evaluate", str(j), "--json"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["strict"]["ALL"]["f1"] == 1.0
    res = subprocess.run([sys.executable, "-m", "bangla_news_nlp", "evaluate", str(tmp_path / "no")],
                         capture_output=True, text=True)
    assert res.returncode != 0 and "cannot read" in res.stderr
    res = subprocess.run([sys.executable, "-m", "bangla_news_nlp", "evaluate", str(j), "--json",
                          "--bootstrap", "50"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    boot = json.loads(res.stdout)["bootstrap"]
    assert boot["resamples"] == 50 and boot["strict"]["ALL"]["f1"] == [1.0, 1.0]
    res = subprocess.run([sys.executable, "-m", "bangla_news_nlp", "evaluate", str(j),
                          "--bootstrap", "5"], capture_output=True, text=True)
    assert res.returncode == 2 and "10 resamples or more" in res.stderr
