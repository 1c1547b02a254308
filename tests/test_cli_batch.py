"""Batch annotation from the command line (`annotate --jsonl`, `annotate DIR`), run as a
user would: as a subprocess, on real Bengali news text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from itertools import count

import pytest

from bangla_news_nlp import Document, annotate
from bangla_news_nlp.cli.workers import ordered_annotations
from bangla_news_nlp.io.readers import Bad, Record, read_jsonl

PUTIN = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
HASINA = "প্রধানমন্ত্রী শেখ হাসিনা আজ ঢাকা বিশ্ববিদ্যালয়ের সমাবর্তনে যোগ দেন।"
YESTERDAY = "গতকাল রাজশাহীতে বৈঠক হয়।"
CHATTOGRAM = "চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে বলে জানিয়েছে বন্দর কর্তৃপক্ষ।"

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "bangla_news_nlp", *args], input=stdin,
                          capture_output=True, cwd=cwd)


def start(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "bangla_news_nlp", *args], **kw)


def jline(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def out_lines(data: bytes):
    text = data.decode("utf-8")
    assert text == "" or text.endswith("\n")
    return [json.loads(line) for line in text.splitlines()]


def entities(doc: dict):
    return [(e["text"], e["label"], e["canonical"]) for e in doc["entities"]]


def expected(text: str, **kw):
    return [(e.text, e.label.value, e.canonical) for e in annotate(text, **kw).entities]


@pytest.fixture
def mixed_jsonl(tmp_path):
    """Good records between bad ones: invalid JSON, a missing field, a number for the text,
    blank lines, an array, invalid UTF-8."""
    lines = [
        jline({"id": "a-1", "text": PUTIN, "url": "https://example.org/1"}),  # 1
        '{"id": "a-2", "text": "ঢাকা\n'.encode(),  # 2 invalid JSON
        b"\n",  # 3 blank
        jline({"id": "a-3", "body": HASINA}),  # 4 no "text"
        jline({"id": "a-4", "text": 42}),  # 5 a number
        jline({"id": 7, "text": HASINA, "tags": ["politics"]}),  # 6
        b"   \r\n",  # 7 blank
        jline(["not", "an", "object"]),  # 8
        b'{"id": "a-9", "text": "\xe0\xa6\x95\xff"}\n',  # 9 invalid UTF-8
        jline({"text": CHATTOGRAM}),  # 10 no id
    ]
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"".join(lines))
    return path


def test_bad_lines_are_reported_and_skipped_the_rest_annotated(mixed_jsonl, tmp_path):
    out = tmp_path / "out.jsonl"
    res = run("annotate", "--jsonl", str(mixed_jsonl), "-o", str(out))
    err = res.stderr.decode()
    assert res.returncode == 1, err
    got = out_lines(out.read_bytes())
    assert [(r["line"], r["id"]) for r in got] == [(1, "a-1"), (6, 7), (10, None)]
    assert got[0]["fields"] == {"url": "https://example.org/1"}
    assert got[1]["fields"] == {"tags": ["politics"]}
    assert {r["source"] for r in got} == {str(mixed_jsonl)}
    assert ("ভ্লাদিমির পুতিনের", "PERSON", "Vladimir Putin") in entities(got[0]["document"])
    for r, text in zip(got, [PUTIN, HASINA, CHATTOGRAM]):
        doc = Document.model_validate(r["document"])
        assert doc.text == text
        assert entities(r["document"]) == expected(text)
        assert "tokens" not in r["document"]
    name = str(mixed_jsonl)
    assert f"{name}:2: not valid JSON" in err
    assert f'{name}:4: no "text" field' in err
    assert f'{name}:5: field "text" is a number, not a string' in err
    assert f"{name}:8: not a JSON object but an array" in err
    assert f"{name}:9: not valid UTF-8" in err
    assert f"{name}:3:" not in err and f"{name}:7:" not in err  # blank lines are not errors
    assert "5 of 8 records skipped" in err
    assert not (tmp_path / "out.jsonl.part").exists()


def test_all_good_exits_0_with_text_field_tokens_and_date_field(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jline({"id": 1, "body": YESTERDAY, "published": "2025-03-10"})
                    + jline({"id": 2, "body": YESTERDAY}))
    res = run("annotate", "--jsonl", str(src), "--text-field", "body", "--date-field",
              "published", "--tokens")
    assert res.returncode == 0, res.stderr.decode()
    assert res.stderr == b""  # quiet when stderr is not a terminal
    first, second = out_lines(res.stdout)
    assert first["document"]["dates"][0]["value"] == "2025-03-09"
    assert first["document"]["reference_date"] == "2025-03-10"
    assert first["fields"] == {"published": "2025-03-10"}
    assert first["document"]["tokens"][0]["text"] == "গতকাল"
    # no date in the record: the relative date stays unresolved
    assert second["document"]["dates"][0]["value"] is None
    # ... unless --reference-date gives one; the record's own date still comes first
    res = run("annotate", "--jsonl", str(src), "--text-field", "body", "--date-field",
              "published", "--reference-date", "2025-01-02")
    first, second = out_lines(res.stdout)
    assert first["document"]["dates"][0]["value"] == "2025-03-09"
    assert second["document"]["dates"][0]["value"] == "2025-01-01"


def test_bad_date_field_skips_the_record(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jline({"text": YESTERDAY, "date": "10/03/2025"})
                    + jline({"text": YESTERDAY, "date": 20250310})
                    + jline({"text": YESTERDAY, "date": "2025-03-10T09:30"}))
    res = run("annotate", "--jsonl", str(src), "--date-field", "date")
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"{src}:1: field \"date\" is not an ISO date" in err and "'10/03/2025'" in err
    assert f"{src}:2: field \"date\" is not an ISO date" in err
    (only,) = out_lines(res.stdout)
    assert only["line"] == 3 and only["document"]["dates"][0]["value"] == "2025-03-09"


def test_workers_keep_input_order(tmp_path):
    # long and short texts mixed, so that workers finish out of order
    texts = [PUTIN * 40, HASINA, CHATTOGRAM * 15, YESTERDAY, PUTIN, HASINA * 30] * 7
    lines = [jline({"id": i, "text": t}) for i, t in enumerate(texts)]
    lines.insert(11, b"{oops}\n")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(lines))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = run("annotate", "--jsonl", str(src), "-o", str(one))
    r2 = run("annotate", "--jsonl", str(src), "-o", str(two), "--workers", "2")
    assert r1.returncode == r2.returncode == 1
    assert f"{src}:12: not valid JSON" in r2.stderr.decode()
    assert two.read_bytes() == one.read_bytes()
    got = out_lines(two.read_bytes())
    assert [r["id"] for r in got] == list(range(len(texts)))
    assert [r["document"]["text"] for r in got] == texts


def test_reading_is_lazy_with_workers(nlp):
    """With workers the input is not read ahead without bound (Pool.imap would read it all)."""
    pulled = count()

    def endless():
        for i in count():
            next(pulled)
            yield Record("<test>", i + 1, i, {}, HASINA if i % 2 else PUTIN)

    results = ordered_annotations(endless(), nlp, workers=2)
    try:
        first = [next(results) for _ in range(3)]
        assert [item.id for item, _ in first] == [0, 1, 2]
        assert all(ok for _, (ok, _json) in first)
        assert ("শেখ হাসিনা", "PERSON", "Sheikh Hasina") in entities(json.loads(first[1][1][1]))
        read = next(pulled)
        assert read < 100, f"{read} records read ahead"
    finally:
        results.close()


def test_reader_keeps_line_numbers_and_skips_a_bom(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + jline({"text": PUTIN}) + b"\n"
                     + b'{"text": NaN}\n' + jline({"text": None}))
    with open(path, "rb") as fh:
        items = list(read_jsonl(fh, "in.jsonl"))
    assert [(type(i).__name__, i.line) for i in items] == [("Record", 1), ("Bad", 3), ("Bad", 4)]
    assert "NaN is not allowed" in items[1].message
    assert items[2].message == 'field "text" is null, not a string'
    assert isinstance(items[0], Record) and isinstance(items[1], Bad)


def test_folder_of_text_files(tmp_path):
    d = tmp_path / "articles"
    (d / "2025").mkdir(parents=True)
    (d / "b.txt").write_text(HASINA, encoding="utf-8")
    (d / "a.txt").write_text(PUTIN, encoding="utf-8")
    (d / "2025" / "c.txt").write_text("\ufeff" + CHATTOGRAM, encoding="utf-8")
    (d / "notes.md").write_text(PUTIN, encoding="utf-8")
    (d / "bad.txt").write_bytes(f"{HASINA}\n{PUTIN}\n".encode() + b"\xff")
    res = run("annotate", str(d))
    assert res.returncode == 1
    assert f"{d / 'bad.txt'}:3: not valid UTF-8" in res.stderr.decode()
    got = out_lines(res.stdout)
    assert [r["id"] for r in got] == ["2025/c.txt", "a.txt", "b.txt"]
    assert [r["source"] for r in got] == [str(d / "2025" / "c.txt"), str(d / "a.txt"),
                                          str(d / "b.txt")]
    assert got[0]["line"] is None and got[0]["fields"] == {}
    assert got[0]["document"]["text"] == CHATTOGRAM  # the byte order mark is not text
    for r, text in zip(got[1:], [PUTIN, HASINA]):
        assert entities(r["document"]) == expected(text)
    (tmp_path / "empty").mkdir()
    res = run("annotate", str(tmp_path / "empty"))
    # issue 14: a folder without .txt files is an input error (was exit 0)
    assert res.returncode == 2 and res.stdout == b""
    assert b"no .txt files in" in res.stderr


def test_stdin_to_stdout_pipe():
    data = jline({"id": "x", "text": PUTIN}) + jline({"id": "y", "text": HASINA})
    res = run("annotate", "--jsonl", "-", "--workers", "2", stdin=data)
    assert res.returncode == 0, res.stderr.decode()
    got = out_lines(res.stdout)
    assert [(r["source"], r["line"], r["id"]) for r in got] == [("<stdin>", 1, "x"),
                                                                ("<stdin>", 2, "y")]
    assert entities(got[1]["document"]) == expected(HASINA)


def test_single_file_output_option(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(PUTIN, encoding="utf-8")
    out = tmp_path / "a.json"
    out.write_text("old", encoding="utf-8")
    res = run("annotate", str(src), "-o", str(out), "--compact")
    assert res.returncode == 0 and res.stdout == b""
    assert entities(json.loads(out.read_text(encoding="utf-8"))) == expected(PUTIN)


def test_output_replaced_only_when_complete(tmp_path, mixed_jsonl):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old content\n")
    res = run("annotate", "--jsonl", str(mixed_jsonl), "-o", str(out))
    assert res.returncode == 1
    assert len(out_lines(out.read_bytes())) == 3
    assert not (tmp_path / "out.jsonl.part").exists()


@pytest.mark.parametrize("args, message", [
    (["--jsonl", "missing.jsonl"], "cannot read missing.jsonl"),
    (["--jsonl", "in.jsonl", "-o", "no/such/dir/out.jsonl"], "no such folder"),
    (["--jsonl", "in.jsonl", "-o", "."], "it is a folder"),
    (["--jsonl", "in.jsonl", "--gazetteer", "g.tsv"], "g.tsv:2: unknown label"),
    (["--jsonl", "in.jsonl", "a.txt"], "not both"),
    (["a.txt", "--workers", "2"], "--workers applies to --jsonl or a folder"),
    (["a.txt", "--text-field", "body"], "--text-field applies to --jsonl or a folder"),
    (["--jsonl", "in.jsonl", "--workers", "-1"], "not a number of processes"),
    (["--jsonl", "in.jsonl", "--id-field", "text"], "must differ"),
    ([], "give a FILE"),
])
def test_usage_errors_exit_2(tmp_path, args, message):
    (tmp_path / "in.jsonl").write_bytes(jline({"text": PUTIN}))
    (tmp_path / "a.txt").write_text(PUTIN, encoding="utf-8")
    (tmp_path / "g.tsv").write_text("label\tcanonical\tkb_id\tforms\tsource\nTOWN\tX\t\tক\ts\n",
                                    encoding="utf-8")
    res = run("annotate", *args, cwd=tmp_path)
    assert res.returncode == 2, res.stderr.decode()
    assert message in res.stderr.decode()
    assert res.stdout == b""


def _lines_when(path, n, proc, deadline=120.0):
    """Wait (up to a generous deadline, never a timing assertion) until ``path`` holds at
    least ``n`` lines."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"the CLI ended early: {proc.returncode} {proc.stderr.read()!r}")
        time.sleep(0.02)
    pytest.fail(f"{path} never reached {n} lines")


def _check_complete(path, first_id=0):
    """Every line of ``path`` is a whole output record, in input order."""
    data = path.read_bytes()
    assert data.endswith(b"\n")
    got = out_lines(data)
    assert [r["id"] for r in got] == list(range(first_id, first_id + len(got)))
    for r in got:
        Document.model_validate(r["document"])
    return got


@posix_only
def test_sigkill_leaves_output_untouched_and_every_written_line_complete(tmp_path):
    """Killed while it waits for more input: OUT keeps its old content, OUT.part holds every
    record fed so far, each line complete (so each was written whole and at once)."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    proc = start("annotate", "--jsonl", "-", "-o", str(out), stdin=subprocess.PIPE,
                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for i in range(25):
            proc.stdin.write(jline({"id": i, "text": (PUTIN, HASINA, CHATTOGRAM)[i % 3]}))
        proc.stdin.flush()
        part = tmp_path / "out.jsonl.part"
        _lines_when(part, 25, proc)
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
        proc.stdout.close()
        proc.stderr.close()
    assert out.read_bytes() == b"old\n"
    got = _check_complete(part)
    assert len(got) == 25
    assert entities(got[0]["document"]) == expected(PUTIN)


@posix_only
@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_mid_stream_keeps_complete_lines(tmp_path, workers):
    """Stopped by SIGTERM while records keep arriving: exit 143, OUT not created, OUT.part
    holds only complete lines in input order."""
    out = tmp_path / "out.jsonl"
    proc = start("annotate", "--jsonl", "-", "-o", str(out), "--workers", workers,
                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stop = threading.Event()

    def feed():  # an endless input: the CLI cannot finish before the signal
        try:
            for i in count():
                if stop.is_set():
                    break
                proc.stdin.write(jline({"id": i, "text": (PUTIN * 3, HASINA, CHATTOGRAM)[i % 3]}))
                if i % 16 == 15:
                    proc.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        part = tmp_path / "out.jsonl.part"
        _lines_when(part, 40, proc)
        proc.send_signal(signal.SIGTERM)
        err = proc.communicate(timeout=120)[1].decode()
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    feeder.join(timeout=10)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "stopped by SIGTERM" in err and f"{part}" in err
    assert not out.exists()
    assert len(_check_complete(part)) >= 40


@posix_only
def test_progress_shown_on_a_terminal_only(tmp_path):
    import pty

    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(jline({"id": i, "text": PUTIN}) for i in range(30)))

    def stderr_on_tty(*extra):
        master, slave = pty.openpty()
        proc = start("annotate", "--jsonl", str(src), "-o", str(tmp_path / "o.jsonl"), *extra,
                     stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # EIO: the other side is closed
                break
            if not data:
                break
            chunks.append(data)
        os.close(master)
        assert proc.wait() == 0
        return b"".join(chunks).decode("utf-8", "replace")

    shown = stderr_on_tty()
    assert "in.jsonl:" in shown and "100%" in shown and "30 records" in shown
    assert stderr_on_tty("--quiet") == ""
    res = run("annotate", "--jsonl", str(src))  # stderr is a pipe here
    assert res.returncode == 0 and res.stderr == b""
