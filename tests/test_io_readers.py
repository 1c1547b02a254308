"""bangla_news_nlp.io.readers: texts and JSONL records, bad ones reported with file and line,
never an exception; a record read in a bounded way."""

from __future__ import annotations

import io
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangla_news_nlp.io.readers import (Bad, NotUtf8, Record, decode_utf8, parse_json_line,
                                        JsonLineError, read_folder, read_jsonl, read_text)

DHAKA = "ঢাকা"


def jline(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def items(data: bytes, **kw):
    return list(read_jsonl(io.BytesIO(data), "in.jsonl", **kw))


def test_decode_utf8_drops_a_bom_and_names_line_and_byte():
    assert decode_utf8(b"\xef\xbb\xbf" + DHAKA.encode()) == DHAKA
    with pytest.raises(NotUtf8) as exc:
        decode_utf8(b"\xef\xbb\xbfab\ncd\xff")
    assert (exc.value.line, exc.value.byte) == (2, 8)  # the byte order mark counted
    with pytest.raises(NotUtf8) as exc:
        decode_utf8(f"{DHAKA}\n{DHAKA}\n".encode() + b"\xe0\xa6")
    assert (exc.value.line, exc.value.byte) == (3, 26)


def test_read_text_one_record_or_bad():
    rec = read_text(io.BytesIO(b"\xef\xbb\xbf" + DHAKA.encode()), "a.txt")
    assert isinstance(rec, Record) and rec.text == DHAKA and rec.where() == "a.txt"
    bad = read_text(io.BytesIO(b"ok\n\xff"), "b.txt")
    assert isinstance(bad, Bad) and bad.where() == "b.txt:2"
    assert bad.message == "not valid UTF-8 (byte 3); convert the file to UTF-8 first"
    big = read_text(io.BytesIO(b"x" * 101), "c.txt", max_bytes=100)
    assert isinstance(big, Bad) and big.message == "larger, over the limit of 100 bytes per record"
    assert isinstance(read_text(io.BytesIO(b"\xef\xbb\xbf" + b"x" * 100), "d.txt",
                                max_bytes=100), Record)  # the byte order mark is not text


def test_read_folder_uses_the_same_reader(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 50)
    (tmp_path / "b.txt").write_bytes(b"x" * 51)
    got = list(read_folder(str(tmp_path), max_bytes=50))
    assert isinstance(got[0], Record) and got[0].id == "a.txt"
    assert isinstance(got[1], Bad)
    assert got[1].message == "51 bytes, over the limit of 50 bytes per record"


@pytest.mark.parametrize("raw, column", [
    ('{"text": "ঢাকা" oops}', 17),  # counted in characters, not bytes (byte 29)
    ('\ufeff{"text": "ঢাকা" oops}', 17),  # the byte order mark is not part of the line
    ('{"text": "a" oops}', 14),
])
def test_json_error_column_in_characters_of_the_line(raw, column):
    data = (jline({"text": DHAKA}) if raw.startswith("\ufeff") else b"") + raw.encode() + b"\n"
    *_, bad = items(data)
    assert isinstance(bad, Bad)
    assert bad.message == f"not valid JSON: Expecting ',' delimiter (column {column})"
    assert raw.lstrip("\ufeff")[column - 1] == "o"


def test_a_bom_on_any_line_is_ignored():
    """Files joined with cat carry a byte order mark at the start of a later line."""
    got = items(b"\xef\xbb\xbf" + jline({"text": DHAKA}) + b"\xef\xbb\xbf" + jline({"text": "x"}))
    assert [(type(i).__name__, i.text) for i in got] == [("Record", DHAKA), ("Record", "x")]


@pytest.mark.parametrize("line, message", [
    ("[" * 1000 + "]" * 1000, "not valid JSON: nested too deeply"),
    ('{"text": "x", "a": ' + "[" * 100_000 + "}", "not valid JSON: nested too deeply"),
    ('{"text": "x", "n": 1e999}', "not valid JSON: the number 1e999 is out of range"),
    ('{"text": "x", "n": -1e400}', "not valid JSON: the number -1e400 is out of range"),
    ('{"text": "x", "n": ' + "9" * 5000 + "}",
     "not valid JSON: an integer of 5,000 digits is too long"),
    ('{"text": NaN}', "not valid JSON: NaN is not allowed in JSON"),
    ('{"text": "x", "n": -Infinity}', "not valid JSON: -Infinity is not allowed in JSON"),
    ('{"text": "\\ud800"}', "has an unpaired surrogate (\\ud800), which is not text"),
    ('{"text": "x", "id": "\\udfff"}', "has an unpaired surrogate (\\udfff), which is not text"),
])
def test_hostile_lines_are_bad_records(line, message):
    got = items(line.encode() + b"\n" + jline({"text": DHAKA}))
    assert isinstance(got[0], Bad) and got[0].line == 1
    assert got[0].message == message
    assert isinstance(got[1], Record) and got[1].line == 2 and got[1].text == DHAKA


def test_numbers_in_range_are_kept():
    (rec,) = items(b'{"text": "x", "n": 1e300, "big": ' + b"9" * 300 + b"}\n")
    assert rec.fields == {"n": 1e300, "big": int("9" * 300)}


def test_parse_json_line_raises_one_error_type():
    with pytest.raises(JsonLineError) as exc:
        parse_json_line("[" * 5000)
    assert exc.value.reason == "nested too deeply"


class Recording(io.BytesIO):
    """A stream that remembers the largest piece it handed out."""

    largest = 0

    def readline(self, size=-1):
        data = super().readline(size)
        self.largest = max(self.largest, len(data))
        return data

    def read(self, size=-1):
        data = super().read(size)
        self.largest = max(self.largest, len(data))
        return data

    def __iter__(self):
        raise AssertionError("a limited reader reads lines with a size")


def test_an_over_long_line_is_never_read_whole():
    big = b'{"text": "' + "ক".encode() * 2_000_000 + b'"}\n'  # 6 MB
    stream = Recording(jline({"text": "a"}) + big + jline({"text": "b"}))
    got = list(read_jsonl(stream, "in.jsonl", max_bytes=1000))
    assert [(type(i).__name__, i.line) for i in got] == [("Record", 1), ("Bad", 2), ("Record", 3)]
    assert got[1].message == f"{len(big) - 1:,} bytes, over the limit of 1,000 bytes per record"
    assert got[2].text == "b" and got[2].pos == len(stream.getvalue())
    assert stream.largest <= 64 * 1024  # read and dropped in pieces

    stream = Recording(b"x" * 5_000_000)  # the last line, without a line end
    (bad,) = list(read_jsonl(stream, "in.jsonl", max_bytes=1000))
    assert bad.message == "5,000,000 bytes, over the limit of 1,000 bytes per record"
    assert stream.largest <= 64 * 1024


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b""])
def test_the_limit_counts_the_line_without_its_end(end):
    line = b'{"text": "' + b"x" * 88 + b'"}'  # 100 bytes
    got = items(line + end, max_bytes=100)
    assert isinstance(got[0], Record)
    got = items(line + end, max_bytes=99)
    assert got[0].message == "100 bytes, over the limit of 99 bytes per record"


# --- garbage in: every line reported or read, never an exception ----------------------------
def _garbage(rnd: random.Random) -> bytes:
    kind = rnd.randrange(8)
    if kind == 0:
        return bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 200))).replace(b"\n", b"")
    if kind == 1:
        return b"[" * rnd.randrange(900, 5000)
    if kind == 2:
        return b'{"text": "x", "n": ' + b"9" * rnd.randrange(4301, 9000) + b"}"
    if kind == 3:
        return b'{"text": "x", "n": ' + rnd.choice([b"NaN", b"Infinity", b"1e9999"]) + b"}"
    if kind == 4:
        return b'{"text": "\\ud83d"}'
    if kind == 5:
        return b'{"text": "x", "f": {"a": "\\udead"}}'
    if kind == 6:
        return b'{"text": ' + rnd.choice([b"1", b"null", b"[]", b"{}", b"true"]) + b"}"
    return b"\xef\xbb\xbf\xff\xfe" + "ঢাকা".encode()[: rnd.randrange(1, 12)]


def test_garbage_lines_are_each_reported_and_good_lines_kept():
    rnd = random.Random(14)
    lines, good = [], {}
    for n in range(1, 301):
        if rnd.random() < 0.3:
            good[n] = f"{DHAKA} {n}"
            lines.append(jline({"id": n, "text": good[n]}))
        else:
            lines.append(_garbage(rnd) + b"\n")
    got = items(b"".join(lines))
    assert [i.line for i in got] == list(range(1, 301))
    assert {i.line: i.text for i in got if isinstance(i, Record)} == good
    for bad in got:
        if isinstance(bad, Bad):
            assert bad.message and "\n" not in bad.message


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=300), max_size=20))
def test_any_bytes_give_one_item_per_non_blank_line(lines):
    data = b"\n".join(lines)
    got = items(data, max_bytes=200)
    segments = data.split(b"\n")
    expected = []
    for n, raw in enumerate(segments, 1):
        ended = n < len(segments)  # a line end follows (the limit does not count it)
        size = len(raw) - (1 if ended and raw.endswith(b"\r") else 0)
        if size > 200 or raw.removeprefix(b"\xef\xbb\xbf").strip():
            expected.append(n)
    assert [i.line for i in got] == expected
    for item in got:
        if isinstance(item, Record):
            item.text.encode("utf-8")  # real text: no lone surrogate
            json.dumps(item.fields, allow_nan=False)  # and writable back as JSON
