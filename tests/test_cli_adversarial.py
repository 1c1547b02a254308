"""What an adversarial run of the command line found, kept as tests: hostile input lines, a
symlink planted at OUT.part, huge records, killed workers and a killed parent.

No timing is asserted: the process tests wait, polling, up to a generous deadline."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from itertools import count
from multiprocessing.connection import wait

import pytest

from bangla_news_nlp import annotate
from bangla_news_nlp.cli.common import WorkerError
from bangla_news_nlp.cli.workers import ordered_annotations
from bangla_news_nlp.io.readers import Record

PUTIN = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
HASINA = "প্রধানমন্ত্রী শেখ হাসিনা আজ ঢাকা বিশ্ববিদ্যালয়ের সমাবর্তনে যোগ দেন।"
CHATTOGRAM = "চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে বলে জানিয়েছে বন্দর কর্তৃপক্ষ।"
TEXTS = (PUTIN, HASINA, CHATTOGRAM)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and links")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
DEADLINE = 60.0  # seconds: generous, never a measure


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


def expected(text: str):
    return [(e.text, e.label.value, e.canonical) for e in annotate(text).entities]


# --- 1. one deeply nested line must not abort the batch ------------------------------------
def test_deeply_nested_line_is_one_bad_record(tmp_path):
    src = tmp_path / "in.jsonl"
    nested = b"[" * 1000 + b"]" * 1000  # a 2 KB line, over the parser's recursion limit
    src.write_bytes(jline({"id": 1, "text": PUTIN}) + nested + b"\n"
                    + jline({"id": 3, "text": HASINA}))
    out = tmp_path / "out.jsonl"
    res = run("annotate", "--jsonl", str(src), "-o", str(out))
    err = res.stderr.decode()
    assert res.returncode == 1, err
    assert f"{src}:2: not valid JSON: nested too deeply; skipped" in err
    assert "Traceback" not in err
    got = out_lines(out.read_bytes())
    assert [r["id"] for r in got] == [1, 3]
    assert entities(got[1]["document"]) == expected(HASINA)


# --- 8. garbage of every kind through the whole command ------------------------------------
def test_garbage_lines_are_reported_and_good_lines_written(tmp_path):
    garbage = {
        2: bytes(range(256)).replace(b"\n", b""),  # random bytes, not UTF-8
        3: b"{" * 3000,  # deep nesting
        4: b'{"text": "x", "n": ' + b"7" * 6000 + b"}",  # an integer too long to convert
        5: b'{"text": "x", "n": 1e999}',  # a number that would be written back as Infinity
        6: b'{"text": NaN}',
        7: b'{"text": "\\ud800 lone"}',  # a lone surrogate in the text
        8: b'{"text": "x", "meta": {"k": "\\udc00"}}',  # ... and in another field
        9: b'\x00\x01{"text": "x"}',
        11: b'{"text": "x", "id": ' + b"[" * 990 + b"]" * 990 + b"}",
    }
    lines = []
    for n in range(1, 13):
        lines.append(garbage[n] + b"\n" if n in garbage
                     else jline({"id": n, "text": TEXTS[n % 3]}))
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(lines))
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        res = run("annotate", "--jsonl", str(src), "-o", str(out), "--workers", workers)
        err = res.stderr.decode()
        assert res.returncode == 1, err
        assert "Traceback" not in err
        reported = sorted(int(line.split(":")[2]) for line in err.splitlines()
                          if line.startswith(f"bangla-news-nlp: {src}:"))
        assert reported == sorted(garbage)
        assert f"{len(garbage)} of 12 records skipped" in err
        got = out_lines(out.read_bytes())
        assert [r["id"] for r in got] == [1, 10, 12]
        for r in got:
            assert entities(r["document"]) == expected(TEXTS[r["id"] % 3])


# --- 4. a symlink planted at OUT.part ------------------------------------------------------
@posix_only
@pytest.mark.parametrize("mode", ["jsonl", "file", "parquet"])
def test_symlink_at_part_is_refused_and_never_written_through(tmp_path, mode):
    if mode == "parquet":
        pytest.importorskip("pyarrow")
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_bytes(b"do not overwrite\n")
    (tmp_path / "a.txt").write_text(PUTIN, encoding="utf-8")
    (tmp_path / "in.jsonl").write_bytes(jline({"text": PUTIN}))
    name = {"jsonl": "out.jsonl", "file": "out.json", "parquet": "out.parquet"}[mode]
    (tmp_path / f"{name}.part").symlink_to(sentinel)
    args = ["a.txt"] if mode == "file" else ["--jsonl", "in.jsonl"]
    res = run("annotate", *args, "-o", name, cwd=tmp_path)
    assert res.returncode == 2, res.stderr.decode()
    assert (f"bangla-news-nlp: cannot write {name}.part: it is a symbolic link"
            in res.stderr.decode())
    assert sentinel.read_bytes() == b"do not overwrite\n"
    assert not (tmp_path / name).exists()


# --- 5. a size limit per record, read in a bounded way -------------------------------------
def test_records_over_the_size_limit_are_skipped(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jline({"id": 1, "text": PUTIN}) + jline({"id": 2, "text": HASINA * 20})
                    + jline({"id": 3, "text": CHATTOGRAM}))
    size = len(jline({"id": 2, "text": HASINA * 20})) - 1
    res = run("annotate", "--jsonl", str(src), "--max-record-size", "1K")
    err = res.stderr.decode()
    assert res.returncode == 1, err
    assert f"{src}:2: {size:,} bytes, over the limit of 1,024 bytes per record; skipped" in err
    assert [r["id"] for r in out_lines(res.stdout)] == [1, 3]
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(PUTIN, encoding="utf-8")
    (folder / "b.txt").write_text(HASINA * 20, encoding="utf-8")
    res = run("annotate", str(folder), "--max-record-size", "1K")
    assert res.returncode == 1
    assert f"{folder / 'b.txt'}: {len((HASINA * 20).encode()):,} bytes, over the limit" \
        in res.stderr.decode()
    assert [r["id"] for r in out_lines(res.stdout)] == ["a.txt"]


def test_default_limit_rejects_a_huge_line_before_parsing_it(tmp_path):
    """12 MB of one unterminated JSON string: over the default 10 MiB, reported as such
    (the old reader loaded, decoded and parsed it, then called it invalid JSON)."""
    src = tmp_path / "in.jsonl"
    with open(src, "wb") as fh:
        fh.write(jline({"id": 1, "text": PUTIN}))
        fh.write(b'{"text": "' + b"x" * 12_000_000 + b"\n")
        fh.write(jline({"id": 3, "text": HASINA}))
    res = run("annotate", "--jsonl", str(src))
    err = res.stderr.decode()
    assert res.returncode == 1, err
    assert f"{src}:2: 12,000,010 bytes, over the limit of 10,485,760 bytes per record" in err
    assert [r["id"] for r in out_lines(res.stdout)] == [1, 3]


# --- 6. a bad --date-field value -----------------------------------------------------------
def test_bad_date_field_names_the_type_and_shows_the_value(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(jline({"text": PUTIN, "date": 20250310})
                    + jline({"text": PUTIN, "date": ["2025-03-10"]})
                    + jline({"text": PUTIN, "date": "10/03/2025"}))
    res = run("annotate", "--jsonl", str(src), "--date-field", "date")
    err = res.stderr.decode()
    assert res.returncode == 1
    assert "'a number'" not in err
    assert (f'{src}:1: field "date" is not an ISO date string but a number: 20250310; skipped'
            in err)
    assert (f'{src}:2: field "date" is not an ISO date string but an array: ["2025-03-10"]; '
            "skipped" in err)
    assert f"{src}:3: field \"date\" is not an ISO date (YYYY-MM-DD, " in err
    assert "): '10/03/2025'; skipped" in err


# --- 7. issue 14 ---------------------------------------------------------------------------
def test_empty_folder_exits_2_and_leaves_out_untouched(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text(PUTIN, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    res = run("annotate", str(tmp_path / "empty"), "-o", str(out))
    assert res.returncode == 2
    assert res.stderr.decode() == (f"bangla-news-nlp: no .txt files in {tmp_path / 'empty'}; "
                                   "nothing written\n")
    assert out.read_bytes() == b"old\n"
    assert not (tmp_path / "out.jsonl.part").exists()


def test_json_error_column_counts_characters_of_the_line_as_seen(tmp_path):
    src = tmp_path / "in.jsonl"
    line = '{"text": "ঢাকা" oops}'  # 'o' is character 17 (byte 29)
    src.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\n" + line.encode() + b"\n")
    res = run("annotate", "--jsonl", str(src))
    err = res.stderr.decode()
    assert f"{src}:1: not valid JSON: Expecting ',' delimiter (column 17); skipped" in err
    assert f"{src}:2: not valid JSON: Expecting ',' delimiter (column 17); skipped" in err


def test_version():
    from bangla_news_nlp import __version__

    res = run("--version")
    assert res.returncode == 0
    assert res.stdout.decode() == f"bangla-news-nlp {__version__}\n"


def test_docs_name_every_command():
    from conftest import ROOT

    from bangla_news_nlp.cli.main import _parser

    sub = next(a for a in _parser()._actions if a.dest == "command")
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    words = {3: "three", 4: "four", 5: "five", 6: "six"}
    assert f"It has {words[len(sub.choices)]} commands" in doc
    for name in sub.choices:
        assert f"## `{name}" in doc, name


# --- 2. workers die with a killed parent ---------------------------------------------------
def _children(pid: int):
    """Live (not zombie) child processes of ``pid``, from /proc."""
    kids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(stat[1]) == pid and stat[0] != b"Z":
            kids.append(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return False


def _lines_when(path, n, proc):
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"the CLI ended early: {proc.returncode} {proc.stderr.read()!r}")
        time.sleep(0.02)
    pytest.fail(f"{path} never reached {n} lines")


def _feeder(proc, stop: threading.Event):
    def feed():  # an endless input: the CLI cannot finish by itself
        try:
            for i in count():
                if stop.is_set():
                    break
                proc.stdin.write(jline({"id": i, "text": TEXTS[i % 3] * (1 + i % 4)}))
                if i % 16 == 15:
                    proc.stdin.flush()
        except (BrokenPipeError, ValueError, OSError):
            pass

    thread = threading.Thread(target=feed, daemon=True)
    thread.start()
    return thread


@posix_only
@linux_only
def test_workers_exit_when_the_parent_is_killed(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start("annotate", "--jsonl", "-", "-o", str(out), "--workers", "2",
                 stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()
    feeder = _feeder(proc, stop)
    eof = threading.Event()
    try:
        _lines_when(tmp_path / "out.jsonl.part", 20, proc)
        workers = _children(proc.pid)
        assert len(workers) >= 2, workers
        proc.kill()
        proc.wait()
        stop.set()

        def read_stderr():  # a caller waiting for the end of the CLI's stderr
            proc.stderr.read()
            eof.set()

        threading.Thread(target=read_stderr, daemon=True).start()
        end = time.monotonic() + DEADLINE
        while time.monotonic() < end and any(_alive(w) for w in workers):
            time.sleep(0.05)
        left = [w for w in workers if _alive(w)]
        for w in left:  # do not leave them behind, whatever the outcome
            os.kill(w, signal.SIGKILL)
        assert not left, "workers outlived their parent"
        assert eof.wait(DEADLINE), "stderr stayed open after the parent died"
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        feeder.join(timeout=10)


# --- 3. a killed worker: exit 3 with a message, never a traceback --------------------------
@posix_only
@linux_only
@pytest.mark.parametrize("when", ["idle", "busy", "idle", "busy"])
def test_a_killed_worker_stops_the_run_with_status_3(tmp_path, when):
    """Killed while the workers are busy (the break shows in a result) or while the CLI
    waits for input (the pool is broken when the next records are submitted)."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    part = tmp_path / "out.jsonl.part"
    proc = start("annotate", "--jsonl", "-", "-o", str(out), "--workers", "2",
                 stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stop = threading.Event()
    feeder = None
    try:
        if when == "busy":
            feeder = _feeder(proc, stop)
            _lines_when(part, 8, proc)
            workers = _children(proc.pid)
            assert workers
            os.kill(workers[0], signal.SIGKILL)
        else:
            for i in range(4):  # one chunk: the pool starts, and the CLI waits for more
                proc.stdin.write(jline({"id": i, "text": TEXTS[i % 3]}))
            proc.stdin.flush()
            end = time.monotonic() + DEADLINE
            while time.monotonic() < end and len(_children(proc.pid)) < 2:
                time.sleep(0.02)
            workers = _children(proc.pid)
            assert len(workers) >= 2, workers
            os.kill(workers[-1], signal.SIGKILL)
            end = time.monotonic() + DEADLINE  # the pool sees it and ends the others
            while time.monotonic() < end and any(_alive(w) for w in workers):
                time.sleep(0.05)
            # the next records go to a broken pool (communicate() sends them)
            more = b"".join(jline({"id": i, "text": TEXTS[i % 3]}) for i in range(4, 12))
        if when == "busy":
            err = proc.communicate(timeout=DEADLINE * 2)[1].decode()
        else:
            err = proc.communicate(more, timeout=DEADLINE * 2)[1].decode()
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if feeder is not None:
            feeder.join(timeout=10)
    assert proc.returncode == 3, err
    assert "Traceback" not in err, err
    assert "stopped: a worker process ended abruptly (killed, or out of memory?)" in err
    assert "out.jsonl.part" in err and "was not changed" in err
    assert out.read_bytes() == b"old\n"
    got = out_lines(part.read_bytes())  # every line complete, in input order
    assert len(got) >= (8 if when == "busy" else 0)
    assert [r["id"] for r in got] == list(range(len(got)))


@posix_only
def test_a_pool_broken_before_submit_is_a_worker_error(nlp):
    """The pool breaks while the input is read; the next submit() raises BrokenProcessPool,
    which must come out as WorkerError like one from a result."""
    seen = set(p.pid for p in multiprocessing.active_children())

    def records():
        for i in range(8):  # two chunks: the pool starts and takes them
            yield Record("<test>", i + 1, i, {}, TEXTS[i % 3])
        workers = [p for p in multiprocessing.active_children() if p.pid not in seen]
        assert workers
        os.kill(workers[0].pid, signal.SIGKILL)
        # the executor marks itself broken, then ends the other workers: wait for all
        pending = [p.sentinel for p in workers]
        end = time.monotonic() + DEADLINE
        while pending and time.monotonic() < end:
            ready = wait(pending, timeout=1.0)
            pending = [s for s in pending if s not in ready]
        for i in range(8, 40):
            yield Record("<test>", i + 1, i, {}, TEXTS[i % 3])

    results = ordered_annotations(records(), nlp, workers=2)
    with pytest.raises(WorkerError, match="a worker process ended abruptly"):
        for _ in results:
            pass
