"""The command line, run as a user would."""

import json
import subprocess
import sys

import pytest

from bangla_news_nlp import Document
from bangla_news_nlp.cli.main import main

SENTENCE = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।\n"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bangla_news_nlp", *args], input=stdin,
                          capture_output=True)


def test_module_reads_stdin_and_prints_a_document():
    res = run("annotate", "-", stdin=SENTENCE.encode())
    assert res.returncode == 0, res.stderr.decode()
    doc = Document.model_validate_json(res.stdout)
    assert [(e.text, e.canonical) for e in doc.entities] == [
        ("রুশ", "Russia"),
        ("ভ্লাদিমির পুতিনের", "Vladimir Putin"),
        ("মস্কোতে", "Moscow"),
        ("সিরিয়ার", "Syria"),
    ]
    assert "tokens" not in json.loads(res.stdout)


def test_file_argument_tokens_and_reference_date(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("গতকাল ঢাকায় বৈঠক হয়।", encoding="utf-8")
    assert main(["annotate", str(f), "--tokens", "--compact", "--reference-date", "2025-03-10"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert data["dates"][0]["value"] == "2025-03-09"
    assert data["tokens"][0]["text"] == "গতকাল"
    assert out.count("\n") == 1


def test_missing_file_and_bad_encoding_are_reported(tmp_path):
    res = run("annotate", str(tmp_path / "nope.txt"))
    assert res.returncode != 0 and b"cannot read" in res.stderr
    bad = tmp_path / "bad.txt"
    bad.write_bytes("ঢাকা\nরাজশাহী\n".encode() + b"\xff\xfe")
    res = run("annotate", str(bad))
    assert res.returncode != 0
    assert f"{bad}:3: not valid UTF-8".encode() in res.stderr


def test_bad_gazetteer_is_reported(tmp_path):
    g = tmp_path / "g.tsv"
    g.write_text("label\tcanonical\tkb_id\tforms\tsource\nTOWN\tX\t\tক\ts\n", encoding="utf-8")
    res = run("annotate", "-", "--gazetteer", str(g), stdin=SENTENCE.encode())
    assert res.returncode != 0 and f"{g}:2: unknown label".encode() in res.stderr


def test_bad_reference_date_is_a_usage_error():
    with pytest.raises(SystemExit) as exc:
        main(["annotate", "-", "--reference-date", "24/12/2025"])
    assert exc.value.code == 2


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Document"


@pytest.mark.parametrize("flag, in_news, in_encyclopedic", [
    ([], False, False), (["--model"], True, True), (["--model-auto"], False, True)])
def test_the_decider_flags(flag, in_news, in_encyclopedic, capsys):
    # a footballer no list holds, in news, and a singer in a Wikipedia-style sentence: the
    # decider finds both; --model-auto leaves news to the rules
    import io
    from unittest import mock

    for text, name, found in (("ম্যাচের একমাত্র গোলটি করেছেন মরিসন।", "মরিসন", in_news),
                              ("অ্যালবামটি প্রকাশ করেছিল ইউনিভার্সাল মিউজিক এবং এতে কণ্ঠ "
                               "দিয়েছিলেন রবার্টো কার্লোস।", "রবার্টো কার্লোস", in_encyclopedic)):
        stdin = io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8")
        with mock.patch("sys.stdin", stdin):
            assert main(["annotate", "-", "--compact", *flag]) == 0
        got = [(e["text"], e["source"]) for e in json.loads(capsys.readouterr().out)["entities"]]
        assert got == ([(name, "model")] if found else []), text


def test_the_decider_flags_say_what_they_read(tmp_path):
    res = subprocess.run([sys.executable, "-m", "bangla_news_nlp", "annotate", "-",
                          "--model-file", "auto"], input=SENTENCE.encode(),
                         capture_output=True, cwd=tmp_path)  # (a file named auto: none here)
    assert res.returncode == 2 and b"auto: cannot read the decider model" in res.stderr
    res = run("annotate", "-", "--model", "--model-auto", stdin=SENTENCE.encode())
    assert res.returncode == 2 and b"not allowed with argument" in res.stderr
