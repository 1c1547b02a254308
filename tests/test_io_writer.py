"""bangla_news_nlp.io.writer: OUT.part renamed to OUT, never written through a link."""

from __future__ import annotations

import os
import sys

import pytest

from bangla_news_nlp.errors import OutputError
from bangla_news_nlp.io.writer import LineWriter, open_part

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")


def test_lines_go_to_part_then_replace_out(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"old\n")
    w = LineWriter(str(out))
    w.write(b"one\n")
    w.write("দুই\n".encode())
    assert out.read_bytes() == b"old\n"
    assert (tmp_path / "out.jsonl.part").read_bytes() == "one\nদুই\n".encode()
    w.commit()
    assert out.read_bytes() == "one\nদুই\n".encode()
    assert not (tmp_path / "out.jsonl.part").exists()


def test_abandon_keeps_out_and_the_part_or_removes_it(tmp_path):
    out = tmp_path / "out.jsonl"
    w = LineWriter(str(out))
    w.write(b"one\n")
    w.abandon()
    assert not out.exists() and (tmp_path / "out.jsonl.part").read_bytes() == b"one\n"
    w = LineWriter(str(out))  # an old OUT.part is replaced
    w.abandon(remove=True)
    assert not (tmp_path / "out.jsonl.part").exists()


@posix_only
def test_a_symlink_at_part_is_refused_and_its_target_untouched(tmp_path):
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_bytes(b"precious\n")
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.part").symlink_to(sentinel)
    with pytest.raises(OutputError, match=r"out\.jsonl\.part: it is a symbolic link"):
        LineWriter(str(out))
    assert sentinel.read_bytes() == b"precious\n"
    (tmp_path / "dangling.part").symlink_to(tmp_path / "nowhere")
    with pytest.raises(OutputError, match="symbolic link"):
        open_part(str(tmp_path / "dangling"))
    assert not (tmp_path / "nowhere").exists()


@posix_only
def test_an_old_part_that_is_a_hard_link_is_replaced_not_truncated(tmp_path):
    other = tmp_path / "other.txt"
    other.write_bytes(b"precious\n")
    os.link(other, tmp_path / "out.jsonl.part")
    w = LineWriter(str(tmp_path / "out.jsonl"))
    w.write(b"new\n")
    w.commit()
    assert other.read_bytes() == b"precious\n"
    assert (tmp_path / "out.jsonl").read_bytes() == b"new\n"


def test_a_missing_folder_or_a_folder_as_output(tmp_path):
    with pytest.raises(OutputError, match="no such folder"):
        open_part(str(tmp_path / "no" / "out.jsonl"))
    with pytest.raises(OutputError, match="it is a folder"):
        open_part(str(tmp_path))
    (tmp_path / "x.part").mkdir()
    with pytest.raises(OutputError, match="not a regular file"):
        open_part(str(tmp_path / "x"))
