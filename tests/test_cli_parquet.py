"""`annotate … -o OUT.parquet`: one row per mention, the same mentions as the JSONL output,
written atomically in row groups."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pd = pytest.importorskip("pandas")
pq = pytest.importorskip("pyarrow.parquet")

from bangla_news_nlp.cli.outputs import PARQUET_COLUMNS  # noqa: E402
from bangla_news_nlp.io.writer import StopSignals  # noqa: E402
from bangla_news_nlp.views.records import COLUMNS  # noqa: E402

PUTIN = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
HASINA = "প্রধানমন্ত্রী শেখ হাসিনা গতকাল ঢাকা বিশ্ববিদ্যালয়ের সমাবর্তনে যোগ দেন।"
NOTHING = "এখানে কিছু নেই।"  # no mention at all


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "bangla_news_nlp", *args], capture_output=True,
                          cwd=cwd)


def jline(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def test_the_documented_columns():
    assert [c for c, _ in PARQUET_COLUMNS] == ["file", "line", "id", *COLUMNS]


def test_parquet_has_the_mentions_of_the_jsonl_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jline({"id": "a", "text": PUTIN, "published": "2025-03-10"})
                    + b"{not json}\n"
                    + jline({"id": 7, "text": NOTHING})
                    + jline({"text": HASINA, "published": "2025-03-10"}))
    args = ["annotate", "--jsonl", str(src), "--date-field", "published"]
    res = run(*args, "-o", str(tmp_path / "out.jsonl"))
    assert res.returncode == 1
    res = run(*args, "-o", str(tmp_path / "out.parquet"))
    assert res.returncode == 1, res.stderr.decode()
    assert f"{src}:2: not valid JSON" in res.stderr.decode()
    assert not (tmp_path / "out.parquet.part").exists()

    df = pd.read_parquet(tmp_path / "out.parquet")
    assert list(df.columns) == ["file", "line", "id", *COLUMNS]

    want = set()
    for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        doc = rec["document"]
        rid = rec["id"] if rec["id"] is None or isinstance(rec["id"], str) else json.dumps(rec["id"])
        for e in doc["entities"]:
            want.add((rid, rec["line"], "entity", e["start"], e["end"], e["text"], e["label"],
                      e["canonical"], None))
        for d in doc["dates"]:
            want.add((rid, rec["line"], "date", d["start"], d["end"], d["text"], "DATE", None,
                      d["value"]))
    mentions = df[df["kind"].notna()]
    got = {(None if pd.isna(r.id) else r.id, int(r.line), r.kind, int(r.start), int(r.end),
            r.text, r.label, None if pd.isna(r.canonical) else r.canonical,
            None if pd.isna(r.value) else r.value)
           for r in mentions.itertuples()}
    assert got == want
    assert ("a", 1, "entity", 16, 33, "ভ্লাদিমির পুতিনের", "PERSON", "Vladimir Putin", None) in got
    assert (None, 4, "date", 25, 30, "গতকাল", "DATE", None, "2025-03-09") in got
    assert set(df["file"]) == {str(src)}

    # the record without any mention: one row, every mention column null
    empty = df[df["kind"].isna()]
    assert list(empty["id"]) == ["7"] and list(empty["line"]) == [3]
    assert empty[list(COLUMNS)].isna().all(axis=None)


def test_rows_are_written_in_row_groups(tmp_path):
    from bangla_news_nlp.cli.outputs import ParquetOutput
    from bangla_news_nlp.io.readers import Record

    out = tmp_path / "out.parquet"
    with StopSignals() as signals:
        output = ParquetOutput(str(out), signals, row_group_rows=5)
        for i in range(12):
            rows = [{"kind": "entity", "start": k, "end": k + 1, "text": "ক", "label": "GPE"}
                    for k in range(i % 3)]
            output.write(Record("in.jsonl", i + 1, i, {}, None), rows)
        assert not out.exists() and (tmp_path / "out.parquet.part").exists()
        output.commit()
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 4 * (1 + 1 + 2)  # a record without mentions still has a row
    assert meta.num_row_groups >= 3
    df = pd.read_parquet(out)
    assert list(df["id"]) == [str(i) for i in range(12) for _ in range(max(1, i % 3))]
    assert list(df["kind"].isna()) == [i % 3 == 0 for i in range(12) for _ in range(max(1, i % 3))]
    assert df["relative"].isna().all()


def test_a_folder_and_a_single_file_to_parquet(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    (d / "a.txt").write_text(PUTIN, encoding="utf-8")
    (d / "b.txt").write_text(NOTHING, encoding="utf-8")
    res = run("annotate", str(d), "-o", str(tmp_path / "f.parquet"), "--workers", "2")
    assert res.returncode == 0, res.stderr.decode()
    df = pd.read_parquet(tmp_path / "f.parquet")
    assert set(df["id"]) == {"a.txt", "b.txt"}
    assert df["line"].isna().all()
    assert set(df[df["id"] == "a.txt"]["canonical"].dropna()) == {"Russia", "Vladimir Putin",
                                                                  "Moscow", "Syria"}
    res = run("annotate", str(d / "a.txt"), "-o", str(tmp_path / "a.parquet"))
    assert res.returncode == 0, res.stderr.decode()
    one = pd.read_parquet(tmp_path / "a.parquet")
    assert list(one["text"]) == list(df[df["id"] == "a.txt"]["text"])
