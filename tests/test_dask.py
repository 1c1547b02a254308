"""bangla_news_nlp.dask on a real distributed cluster (two worker processes, one thread each),
compared with serial annotate(); one cluster for the whole session (started on first use)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

import dask  # noqa: E402

from bangla_news_nlp import Pipeline, annotate, annotate_many, to_dataframe  # noqa: E402
from bangla_news_nlp.dask import ERROR_COLUMN, annotate_bag, annotate_frame  # noqa: E402
from bangla_news_nlp.parallel import builds  # noqa: E402
from bangla_news_nlp.views.records import COLUMNS  # noqa: E402

from conftest import SHARED  # noqa: E402

REF = dt.date(2025, 12, 24)
INLINE = {
    "a1": "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।",
    "a2": "ঢাকায় বৃষ্টি হয়েছে। গতকাল চট্টগ্রামে বিএনপির সমাবেশ হয়।",
    "a3": "",
}


@pytest.fixture(scope="session")
def client():
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def rifat():
    path = SHARED / "data" / "rifat_dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/data/rifat_dev.jsonl is not beside the project")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh][:400]


def _serial(ids, texts, **kw):
    """What annotate gives, as rows keyed like the Dask result (error rows left out)."""
    table = to_dataframe(annotate_many(texts, **kw), ids=ids).rename(columns={"doc_id": "id"})
    return [tuple(r) for r in table.itertuples(index=False)]


def _rows(result):
    mentions = result[result["kind"] != "error"].drop(columns=[ERROR_COLUMN])
    return [tuple(r) for r in mentions.itertuples(index=False)]


def test_frame_of_400_news_texts_equals_serial(client, rifat):
    pdf = pd.DataFrame({"id": [r["id"] for r in rifat], "text": [r["text"] for r in rifat]})
    bad = 123
    pdf.loc[bad, "text"] = None
    ddf = dd.from_pandas(pdf, npartitions=4)
    assert ddf.npartitions == 4
    lazy = annotate_frame(ddf, reference_date=REF)
    out = lazy.compute()

    good = pdf.drop(index=bad)
    assert _rows(out) == _serial(good["id"].tolist(), good["text"].tolist(), reference_date=REF)
    assert (out["kind"] == "entity").sum() > 200 and (out["kind"] == "date").sum() > 10
    errors = out[out["kind"] == "error"]
    assert errors["id"].tolist() == [rifat[bad]["id"]]
    assert errors[ERROR_COLUMN].tolist() == ["text is NA, not str"]
    assert (errors["start"].tolist(), errors["end"].tolist()) == ([-1], [-1])
    # ids preserved: every row's id is its article's, and the index is the article's
    assert set(out["id"]) <= set(pdf["id"])
    assert (pdf.loc[out.index, "id"].to_numpy() == out["id"].to_numpy()).all()
    # one pipeline per worker process, however many partitions it annotated
    annotate_frame(ddf, reference_date=REF).compute()
    per_worker = client.run(builds)
    assert len(per_worker) == 2
    assert all(n == 1 for counts in per_worker.values() for n in counts.values())


def test_meta_is_declared_with_the_dtypes_of_to_dataframe(client):
    def boom():
        raise AssertionError("annotate_frame computed a partition to infer its meta")

    meta = pd.DataFrame({"id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype=object)})
    never = dd.from_delayed([dask.delayed(boom)()], meta=meta, verify_meta=False)
    lazy = annotate_frame(never)  # nothing computed
    expected = to_dataframe(annotate("ঢাকা"))
    assert list(lazy.columns) == ["id", *COLUMNS, ERROR_COLUMN]
    assert lazy.dtypes["id"] == "int64"
    assert lazy.dtypes[list(COLUMNS)].to_dict() == expected.dtypes.to_dict()
    assert str(lazy.dtypes[ERROR_COLUMN]) == "string"

    small = dd.from_pandas(pd.DataFrame({"id": [7, 8, 9], "text": list(INLINE.values())}),
                           npartitions=2)
    out = annotate_frame(small).compute()
    assert out.dtypes.to_dict() == annotate_frame(small).dtypes.to_dict()
    assert out["id"].tolist()[:3] == [7, 7, 7]


def test_a_user_gazetteer_reaches_the_workers(client, tmp_path):
    gaz = tmp_path / "newsroom.tsv"
    gaz.write_text("# a file only this test has\nlabel\tcanonical\tkb_id\tforms\tsource\n"
                   "ORG\tDaily Sonar Desh\t\tসোনার দেশ পত্রিকা\tmy newsroom\n"
                   "PERSON\tKolpito Manush\t\tকল্পিত মানুষ\tmy newsroom\n", encoding="utf-8")
    text = "সোনার দেশ পত্রিকার সম্পাদক কল্পিত মানুষ গতকাল ঢাকায় ছিলেন।"
    ddf = dd.from_pandas(pd.DataFrame({"id": ["x1", "x2"], "text": [text, INLINE["a2"]]}),
                        npartitions=2)
    lazy = annotate_frame(ddf, gazetteers=[gaz], reference_date=REF)
    gaz.unlink()  # the workers get the file's bytes with the graph, not its path
    out = lazy.compute()
    found = out[out["id"] == "x1"][["kind", "text", "canonical", "source", "value"]]
    assert found.astype(object).where(found.notna(), None).values.tolist() == [
        ["entity", "সোনার দেশ পত্রিকার", "Daily Sonar Desh", "gazetteer:newsroom", None],
        ["entity", "কল্পিত মানুষ", "Kolpito Manush", "gazetteer:newsroom", None],
        ["date", "গতকাল", None, None, "2025-12-23"],
        ["entity", "ঢাকায়", "Dhaka", "gazetteer:cities", None],
    ]
    assert [e.text for e in annotate(text).entities] == ["ঢাকায়"]  # only the file knows them


def test_date_column_gives_each_article_its_reference_date(client):
    text = "গতকাল ঢাকায় বৈঠক হয়।"
    pdf = pd.DataFrame({
        "id": ["iso", "date", "stamp", "empty", "bad"],
        "text": [text] * 5,
        "published": ["2025-03-02", dt.date(2024, 1, 1), pd.Timestamp("2023-06-10"), None,
                      "yesterday"],
    })
    out = annotate_frame(dd.from_pandas(pdf, npartitions=2), date_column="published",
                         reference_date=dt.date(2020, 5, 5)).compute()
    dates = out[out["kind"] == "date"].set_index("id")["value"].to_dict()
    assert dates == {"iso": "2025-03-01", "date": "2023-12-31", "stamp": "2023-06-09",
                     "empty": "2020-05-04", "bad": "2020-05-04"}
    errors = out[out["kind"] == "error"]
    assert errors[["id", ERROR_COLUMN]].values.tolist() == [
        ["bad", "reference date 'yesterday' is not an ISO 8601 date"]]
    assert (out["id"] == "bad").sum() == 1 + len(annotate(text).entities) + 1


def test_bag_of_records_equals_serial(client, rifat):
    records = [{"id": r["id"], "text": r["text"]} for r in rifat[:120]]
    bag = db.from_sequence(records + [{"id": "n", "text": None}, {"id": "m"}, "not a dict"],
                           npartitions=3)
    out = annotate_bag(bag, reference_date=REF).compute()
    assert all(set(r) == {"id", *COLUMNS, ERROR_COLUMN} for r in out)
    mentions = [tuple(r[c] for c in ("id", *COLUMNS)) for r in out if r["kind"] != "error"]
    expected = [tuple(None if v is pd.NA else v for v in row) for row in _serial(
        [r["id"] for r in records], [r["text"] for r in records], reference_date=REF)]
    assert mentions == expected
    assert [(r["id"], r[ERROR_COLUMN]) for r in out if r["kind"] == "error"] == [
        ("n", "text is NoneType, not str"), ("m", "record has no field 'text'"),
        (None, "record is str, not a dict")]


def test_bad_calls_fail_at_once():
    pdf = pd.DataFrame({"id": [1], "body": ["ঢাকা"]})
    ddf = dd.from_pandas(pdf, npartitions=1)
    with pytest.raises(ValueError, match=r"no text column 'text'; the columns are: id, body"):
        annotate_frame(ddf)
    with pytest.raises(ValueError, match="id column cannot be named 'text'"):
        annotate_frame(ddf.rename(columns={"id": "text", "body": "b"}), text_column="b",
                       id_column="text")
    with pytest.raises(TypeError, match="needs a dask.dataframe.DataFrame, not DataFrame"):
        annotate_frame(pdf)
    with pytest.raises(TypeError, match="unexpected keyword argument 'gazeteers'"):
        annotate_frame(ddf, text_column="body", gazeteers=["x.tsv"])
    with pytest.raises(Exception, match="no_such_rule"):
        annotate_frame(ddf, text_column="body", disable=["no_such_rule"])
    with pytest.raises(TypeError, match="needs a dask.bag.Bag"):
        annotate_bag(ddf)


def test_pipeline_options_match_a_pipeline():
    """The options annotate_frame takes are Pipeline's own (nothing is computed here)."""
    import inspect

    from bangla_news_nlp.parallel import OPTIONS

    assert set(OPTIONS) == set(inspect.signature(Pipeline).parameters)
