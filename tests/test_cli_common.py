"""bangla_news_nlp.cli.common: one ISO-date parser, one pipeline builder, one map from
exceptions to exit statuses, the same in every mode of every command."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from bangla_news_nlp.cli.common import parse_iso_date, record_size

PUTIN = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন।"
YESTERDAY = "গতকাল রাজশাহীতে বৈঠক হয়।"
BAD_GAZETTEER = "label\tcanonical\tkb_id\tforms\tsource\nTOWN\tX\t\tক\ts\n"
UTC6 = dt.timezone(dt.timedelta(hours=6))


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "bangla_news_nlp", *args], input=stdin,
                          capture_output=True, cwd=cwd)


@pytest.mark.parametrize("text, value", [
    ("2025-12-24", dt.date(2025, 12, 24)),
    (" 2025-12-24 ", dt.date(2025, 12, 24)),
    ("2025-12-24T12:04", dt.datetime(2025, 12, 24, 12, 4)),
    ("2025-12-24 12:04", dt.datetime(2025, 12, 24, 12, 4)),
    ("2025-12-24T12:04:30", dt.datetime(2025, 12, 24, 12, 4, 30)),
    ("2025-12-24T12:04:30.5", dt.datetime(2025, 12, 24, 12, 4, 30, 500000)),
    ("2025-12-24T12:04+06:00", dt.datetime(2025, 12, 24, 12, 4, tzinfo=UTC6)),
    ("2025-12-24T12:04:00+0600", dt.datetime(2025, 12, 24, 12, 4, tzinfo=UTC6)),
    ("2025-12-24T06:04Z", dt.datetime(2025, 12, 24, 6, 4, tzinfo=dt.timezone.utc)),
])
def test_iso_dates(text, value):
    got = parse_iso_date(text)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("text", ["24/12/2025", "2025-13-01", "2025-12-24T25:00", "2025-12-24T",
                                  "২০২৫-১২-২৪", "2025-12-24T12:04+25:00", "", "20251224x"])
def test_not_iso_dates(text):
    with pytest.raises(ValueError, match=r"^not an ISO date \(YYYY-MM-DD, "):
        parse_iso_date(text)


def test_record_sizes():
    assert record_size("10M") == 10 * 2**20
    assert record_size("512k") == 512 * 1024
    assert record_size("1GiB") == 2**30
    assert record_size("1000") == 1000
    assert record_size("0") is None


def test_reference_date_and_date_field_take_the_same_forms(tmp_path):
    """--reference-date used to refuse '2025-12-24 12:04', which --date-field took."""
    f = tmp_path / "a.txt"
    f.write_text(YESTERDAY, encoding="utf-8")
    res = run("annotate", str(f), "--compact", "--reference-date", "2025-03-10 09:30")
    assert res.returncode == 0, res.stderr.decode()
    doc = json.loads(res.stdout)
    assert doc["reference_date"] == "2025-03-10T09:30:00"
    assert doc["dates"][0]["value"] == "2025-03-09"
    line = json.dumps({"text": YESTERDAY, "d": "2025-03-10 09:30"}, ensure_ascii=False)
    res = run("annotate", "--jsonl", "-", "--date-field", "d", stdin=line.encode())
    assert res.returncode == 0, res.stderr.decode()
    assert json.loads(res.stdout)["document"]["reference_date"] == "2025-03-10T09:30:00"
    res = run("annotate", str(f), "--reference-date", "2025-03-10T09:30+06:00", "--compact")
    assert json.loads(res.stdout)["reference_date"] == "2025-03-10T09:30:00+06:00"


@pytest.mark.parametrize("mode", ["file", "stdin", "jsonl", "folder", "workers", "evaluate"])
def test_a_bad_gazetteer_exits_2_in_every_mode(tmp_path, mode):
    (tmp_path / "g.tsv").write_text(BAD_GAZETTEER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(PUTIN, encoding="utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": PUTIN}) + "\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"text": PUTIN, "entities": []}) + "\n",
                                         encoding="utf-8")
    args = {
        "file": ["annotate", "a.txt"],
        "stdin": ["annotate", "-"],
        "jsonl": ["annotate", "--jsonl", "in.jsonl"],
        "folder": ["annotate", "."],
        "workers": ["annotate", "--jsonl", "in.jsonl", "--workers", "2"],
        "evaluate": ["evaluate", "gold.jsonl"],
    }[mode]
    res = run(*args, "--gazetteer", "g.tsv", stdin=PUTIN.encode(), cwd=tmp_path)
    assert res.returncode == 2, res.stderr.decode()
    assert res.stderr.decode() == "bangla-news-nlp: gazetteer error: g.tsv:2: unknown label " \
        + res.stderr.decode().split("unknown label ", 1)[1]
    assert res.stdout == b""


@pytest.mark.parametrize("args, message", [
    (["annotate", "nope.txt"], "cannot read nope.txt"),
    (["annotate", "--jsonl", "nope.jsonl"], "cannot read nope.jsonl"),
    (["evaluate", "nope.jsonl"], "nope.jsonl:0: cannot read the file"),
    (["train-crf", "nope.jsonl", "-o", "m.crfsuite"], "nope.jsonl:0: cannot read the file"),
])
def test_unreadable_input_exits_2_in_every_command(tmp_path, args, message):
    res = run(*args, cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.decode().startswith(f"bangla-news-nlp: {message}")
    assert b"Traceback" not in res.stderr
