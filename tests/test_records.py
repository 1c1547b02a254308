"""annotate_many, Document.to_records and the DataFrame functions."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

import bangla_news_nlp
from bangla_news_nlp import Pipeline, annotate, annotate_many, to_dataframe
from bangla_news_nlp.views.records import COLUMNS

SENTENCE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।"
REF = dt.date(2025, 12, 24)


# --- annotate_many -------------------------------------------------------------------------
def test_annotate_many_equals_annotate_one_by_one():
    texts = [SENTENCE, "", "ঢাকায় বৃষ্টি হয়েছে।", "সম্পাদক : আবদুল হাই শিকদার"]
    docs = list(annotate_many(texts, reference_date=REF))
    assert docs == [annotate(t, REF) for t in texts]
    assert docs[0].dates[0].value == "2025-12-23"  # the reference date reached every text


def test_annotate_many_is_lazy_and_takes_any_iterable():
    pulled = []

    def texts():
        for t in (SENTENCE, "ঢাকায় বৃষ্টি হয়েছে।"):
            pulled.append(t)
            yield t

    stream = annotate_many(texts())
    assert pulled == []  # nothing read before the first document is asked for
    first = next(stream)
    assert pulled == [SENTENCE] and first.text == SENTENCE
    assert [d.text for d in stream] == ["ঢাকায় বৃষ্টি হয়েছে।"]
    assert len(list(annotate_many(("ঢাকা", "মস্কো")))) == 2


def test_annotate_many_names_the_bad_item():
    stream = annotate_many([SENTENCE, "ঢাকা", None, "মস্কো"])
    assert next(stream).text == SENTENCE
    assert next(stream).text == "ঢাকা"
    with pytest.raises(TypeError, match=r"item 2 is NoneType, not str"):
        next(stream)
    with pytest.raises(TypeError, match=r"item 0 is bytes, not str; decode it first"):
        list(annotate_many([SENTENCE.encode("utf-8")]))


def test_pipeline_pipe_names_the_bad_item_too():
    from bangla_news_nlp import Pipeline

    stream = Pipeline().pipe([SENTENCE, 7])
    assert next(stream).text == SENTENCE
    with pytest.raises(TypeError, match=r"item 1 is int, not str"):
        next(stream)


@pytest.mark.parametrize("bad, message", [
    ("ঢাকায় বৃষ্টি", "not a single str"),
    (b"x", "not a single bytes"),
    (42, "iterable of str, not int"),
    (None, "iterable of str, not NoneType"),
])
def test_annotate_many_rejects_a_non_iterable_at_once(bad, message):
    with pytest.raises(TypeError, match=message):
        annotate_many(bad)  # raised by the call, before any iteration


def test_annotate_many_checks_the_reference_date_at_once():
    with pytest.raises(TypeError, match="reference_date"):
        annotate_many([SENTENCE], reference_date="2025-12-24")


def test_annotate_many_with_own_pipeline():
    text = "গ্রামের স্কুলশিক্ষক রুপা তালুকদারের বাড়িতে আগুন লাগে।"
    nlp = Pipeline(cache=False)
    nlp.add_entry("PERSON", "Rupa Talukdar", ["রুপা তালুকদার"])
    (doc,) = annotate_many([text], pipeline=nlp)
    assert [(e.text, e.canonical) for e in doc.entities] == [("রুপা তালুকদারের", "Rupa Talukdar")]
    assert "Rupa Talukdar" not in {e.canonical for e in annotate(text).entities}


# --- records ----------------------------------------------------------------------------------
def test_records_columns_and_values():
    doc = annotate(SENTENCE)
    rows = doc.to_records()
    assert all(tuple(r) == COLUMNS for r in rows)
    assert len(rows) == len(doc.entities) + len(doc.dates)
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    for r in rows:
        assert SENTENCE[r["start"]:r["end"]] == r["text"]
    putin = next(r for r in rows if r["canonical"] == "Vladimir Putin")
    assert putin == {
        "kind": "entity", "start": SENTENCE.index("ভ্লাদিমির"),
        "end": SENTENCE.index("পুতিনের") + len("পুতিনের"), "text": "ভ্লাদিমির পুতিনের",
        "label": "PERSON", "base": "ভ্লাদিমির পুতিন", "canonical": "Vladimir Putin",
        "kb_id": "Q7747", "source": putin["source"], "value": None, "granularity": None,
        "calendar": None, "relative": None,
    }
    assert putin["source"].startswith("gazetteer:")
    (date,) = [r for r in rows if r["kind"] == "date"]
    # no reference date and no publication line: the year stays unknown, and the date is
    # relative all the same (its year needs a reference)
    assert (date["label"], date["value"], date["granularity"], date["calendar"]) == \
        ("DATE", "--12-23", "date", "gregorian")
    assert date["base"] is None and date["canonical"] is None and date["relative"] is True


def test_records_of_an_empty_document():
    assert annotate("").to_records() == []


# --- DataFrames -------------------------------------------------------------------------------
def test_dataframe_of_one_document():
    pd = pytest.importorskip("pandas")
    doc = annotate(SENTENCE, REF)
    df = doc.to_dataframe()
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == len(doc.entities) + len(doc.dates)
    assert df.loc[df["label"] == "PERSON", "canonical"].tolist() == ["Vladimir Putin"]
    assert df.loc[df["kind"] == "date", "value"].tolist() == ["2025-12-23"]
    assert str(df["start"].dtype) == "int64" and str(df["relative"].dtype) == "boolean"
    assert isinstance(df["text"].dtype, pd.StringDtype)
    assert df.loc[df["kind"] == "entity", "value"].isna().all()
    assert df.to_dict("records")[0]["text"] == doc.to_records()[0]["text"]


def test_dataframe_of_many_documents_with_ids():
    pytest.importorskip("pandas")
    texts = {"a1": SENTENCE, "a2": "", "a3": "ঢাকায় বৃষ্টি হয়েছে।"}
    df = to_dataframe(annotate_many(texts.values()), ids=texts.keys())
    assert list(df.columns) == ["doc_id", *COLUMNS]
    assert set(df["doc_id"]) == {"a1", "a3"}  # a2 has no mentions
    assert df.loc[df["doc_id"] == "a3", "canonical"].tolist() == ["Dhaka"]
    df = to_dataframe([annotate("মস্কো"), annotate("ঢাকা")])
    assert df["doc_id"].tolist() == [0, 1]
    empty = to_dataframe([])
    assert list(empty.columns) == ["doc_id", *COLUMNS] and len(empty) == 0


def test_dataframe_bad_input():
    pytest.importorskip("pandas")
    with pytest.raises(TypeError, match=r"item 1 is str, not a Document"):
        to_dataframe([annotate("ঢাকা"), "মস্কো"])
    with pytest.raises(TypeError, match="annotate the text first"):
        to_dataframe("ঢাকা")
    with pytest.raises(ValueError, match="3 ids for 2 documents"):
        to_dataframe([annotate("ঢাকা")] * 2, ids=["x", "y", "z"])
    with pytest.raises(ValueError, match="1 ids for more documents"):
        to_dataframe([annotate("ঢাকা")] * 2, ids=["x"])


def test_dataframe_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    doc = annotate(SENTENCE)
    with pytest.raises(ImportError, match=r"pip install 'bangla-news-nlp\[pandas\]'"):
        doc.to_dataframe()
    with pytest.raises(ImportError, match="pandas"):
        to_dataframe([doc])
    assert doc.to_records()  # records need nothing


def test_core_imports_nothing_heavy():
    code = textwrap.dedent("""
        import sys
        import bangla_news_nlp as b
        doc = b.annotate("রুশ প্রেসিডেন্ট পুতিন মস্কোতে। গতকাল বৈঠক হয়।")
        doc.people, doc.places, doc.organizations, doc.to_records(), doc._repr_html_()
        list(b.annotate_many(["ঢাকা"]))
        heavy = [m for m in ("pandas", "numpy", "nbclient", "IPython", "spacy", "dask",
                             "distributed", "pyarrow", "concurrent.futures.process",
                             "bangla_news_nlp.parallel", "bangla_news_nlp.dask")
                 if m in sys.modules]
        print(heavy)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_exported():
    assert {"annotate_many", "to_dataframe", "EntitySummary", "Role"} <= set(bangla_news_nlp.__all__)
