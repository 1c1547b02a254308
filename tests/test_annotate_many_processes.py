"""annotate_many(texts, n_process=N): worker processes, documents in input order, equal to the
serial path; bad items named by index; a dead worker raises instead of hanging."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import signal

import pytest

from bangla_news_nlp import Pipeline, annotate, annotate_many
from bangla_news_nlp.parallel import WorkerError, spec_of_options, spec_of_pipeline

from conftest import SHARED

REF = dt.date(2025, 12, 24)
INLINE = [
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।",
    "",
    "ঢাকায় বৃষ্টি হয়েছে। গতকাল চট্টগ্রামে বিএনপির সমাবেশ হয়।",
    "সম্পাদক : আবদুল হাই শিকদার",
    "   ",
    "😀 emoji and ASCII only",
]


def _rifat(n=None):
    path = SHARED / "data" / "rifat_dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/data/rifat_dev.jsonl is not beside the project")
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    return rows[:n] if n else rows


def test_equal_to_serial_on_real_news_in_input_order():
    rows = _rifat(300)
    texts = [r["text"] for r in rows] + INLINE
    serial = list(annotate_many(texts, REF))
    parallel = list(annotate_many(texts, REF, n_process=2, batch_size=7))
    assert len(parallel) == len(texts) == 306
    assert [d.text for d in parallel] == texts  # the order of the input
    assert parallel == serial
    # the sentences do have entities, and ids map back by position
    assert sum(len(d.entities) for d in parallel) > 150
    by_id = dict(zip((r["id"] for r in rows), parallel))
    assert by_id[rows[42]["id"]].text == rows[42]["text"]


def test_inline_texts_without_shared():
    docs = list(annotate_many(iter(INLINE * 3), n_process=2, batch_size=2))
    assert docs == [annotate(t) for t in INLINE * 3]
    assert [(e.text, e.canonical) for e in docs[0].entities][:3] == [
        ("রুশ", "Russia"), ("ভ্লাদিমির পুতিনের", "Vladimir Putin"), ("মস্কোতে", "Moscow")]


def test_bad_item_named_after_the_documents_before_it():
    texts = INLINE + [None] + INLINE
    got = []
    with pytest.raises(TypeError, match=r"^annotate_many\(\): item 6 is NoneType, not str$"):
        for doc in annotate_many(texts, n_process=2, batch_size=4):
            got.append(doc)
    assert got == [annotate(t) for t in INLINE]
    with pytest.raises(TypeError, match=r"item 1 is bytes, not str; decode it first"):
        list(annotate_many(["ঢাকা", b"\xe0\xa6\xa2"], n_process=2))


def test_a_configured_pipeline_reaches_the_workers(tmp_path):
    gaz = tmp_path / "newsroom.tsv"
    gaz.write_text("label\tcanonical\tkb_id\tforms\tsource\n"
                   "ORG\tDaily Sonar Desh\t\tসোনার দেশ পত্রিকা\tmy newsroom\n", encoding="utf-8")
    nlp = Pipeline([gaz], reference_date=dt.date(2020, 1, 1), disable=["title"])
    nlp.add_entry("PERSON", "Kolpito Manush", ["কল্পিত মানুষ"])
    texts = ["সোনার দেশ পত্রিকার সম্পাদক কল্পিত মানুষ গতকাল ঢাকায় ছিলেন।"] + INLINE
    docs = list(annotate_many(texts, pipeline=nlp, n_process=2, batch_size=1))
    assert docs == list(nlp.pipe(texts))
    first = docs[0]
    assert [(e.text, e.canonical, e.source) for e in first.entities] == [
        ("সোনার দেশ পত্রিকার", "Daily Sonar Desh", "gazetteer:newsroom"),
        ("কল্পিত মানুষ", "Kolpito Manush", "gazetteer:user"),
        ("ঢাকায়", "Dhaka", "gazetteer:cities"),
    ]
    assert [(d.text, d.value) for d in first.dates] == [("গতকাল", "2019-12-31")]


def test_a_pipelines_block_size_reaches_the_workers():
    # the surname after the full name is found only when both are in one block
    text = "কোচ হিসেবে দায়িত্ব নিয়েছেন ডিয়েগো সিমিওনে।\n\nসিমিওনের কৌশল কাজে দিয়েছে।"
    nlp = Pipeline()
    nlp.block_size = 60
    assert spec_of_pipeline(nlp).block_size == 60
    docs = list(annotate_many([text, text], pipeline=nlp, n_process=2, batch_size=1))
    assert docs == list(nlp.pipe([text, text]))
    assert [e.source for e in docs[0].entities] == ["rule:name-words"]
    nlp.block_size = None
    docs = list(annotate_many([text, text], pipeline=nlp, n_process=2, batch_size=1))
    assert [e.source for e in docs[1].entities] == ["rule:name-words", "rule:propagation"]


def test_a_pipeline_with_rules_added_in_code_is_refused():
    nlp = Pipeline()
    nlp.add_rule(lambda ctx: [], name="nothing")
    with pytest.raises(ValueError, match=r"rules added in code \(add_rule\).*n_process=1"):
        annotate_many(["ঢাকা"], pipeline=nlp, n_process=2)
    assert len(list(annotate_many(["ঢাকা"], pipeline=nlp))) == 1  # serial is fine


@pytest.mark.parametrize("bad", [0, -2, 1.5, "2", True])
def test_bad_n_process(bad):
    with pytest.raises(ValueError, match="n_process must be a positive int or -1"):
        annotate_many(["ঢাকা"], n_process=bad)


def test_bad_batch_size():
    with pytest.raises(ValueError, match="batch_size must be a positive int, not 0"):
        annotate_many(["ঢাকা"], n_process=2, batch_size=0)


def test_a_killed_worker_raises_instead_of_hanging():
    def texts():
        for i in range(200):
            if i == 40:  # the pool is busy by now: kill its workers
                for child in multiprocessing.active_children():
                    os.kill(child.pid, signal.SIGKILL)
            yield INLINE[0]

    got = []
    with pytest.raises(WorkerError, match=r"a worker process ended unexpectedly .* items \d+-\d+"):
        for doc in annotate_many(texts(), n_process=2, batch_size=4):
            got.append(doc)
    assert len(got) < 200 and all(d == got[0] for d in got)


def test_options_spec_carries_file_contents(tmp_path):
    gaz = tmp_path / "mine.tsv"
    gaz.write_text("label\tcanonical\tkb_id\tforms\tsource\nORG\tX Org\t\tএক্স সংস্থা\tme\n",
                   encoding="utf-8")
    spec = spec_of_options([gaz], reference_date=REF)
    gaz.unlink()  # a worker elsewhere cannot read the caller's path: it gets the bytes
    assert spec.files == (("mine.tsv", "label\tcanonical\tkb_id\tforms\tsource\n"
                           "ORG\tX Org\t\tএক্স সংস্থা\tme\n".encode("utf-8")),)
    nlp = spec.build(Pipeline)
    assert [(e.canonical, e.source) for e in nlp("এক্স সংস্থা জানায়।").entities] == [
        ("X Org", "gazetteer:mine")]
    assert len(spec.key) == 64 and spec.key != spec_of_options(reference_date=REF).key


def test_spec_of_a_pipeline_rebuilds_an_equal_pipeline():
    nlp = Pipeline(reference_date=REF, disable=["title", "alias"])
    spec = spec_of_pipeline(nlp)
    assert set(spec.disable) == {"title", "alias"}
    again = spec.build(Pipeline)
    assert again.rule_names == nlp.rule_names
    assert [again(t) for t in INLINE] == [nlp(t) for t in INLINE]


def test_specs_carry_the_decider_asked_for(tmp_path):
    from bangla_news_nlp.ner.model.decider import MODEL_FILE

    copy = (tmp_path / "decider.json.gz").resolve()
    copy.write_bytes(MODEL_FILE.read_bytes())
    for option, carried in ((False, False), (True, True), ("auto", "auto"), (copy, str(copy))):
        spec = spec_of_options(model=option)
        assert spec.model == carried
        nlp = spec.build(Pipeline)
        assert spec_of_pipeline(nlp).model == carried
        if option is False:
            assert nlp.model is None
        else:
            assert nlp.model.only_encyclopedic == (option == "auto")
            assert nlp.model.path == (copy if option == copy else MODEL_FILE)
    assert len({spec_of_options(model=m).key for m in (False, True, "auto")}) == 3
    with pytest.raises(TypeError, match="'auto'"):
        spec_of_options(model=1.5)
