"""bangla_news_nlp.io.gold: what reading gold data gained by sharing io.readers and io.bio
(the formats themselves are tested in test_evaluate.py)."""

import json

import pytest

from bangla_news_nlp.errors import EvalError
from bangla_news_nlp.io.gold import read_gold


def test_a_bad_byte_names_its_line(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_bytes(b'{"text": "a", "entities": []}\n{"text": "\xff"}\n')
    with pytest.raises(EvalError, match=r"g.jsonl:2: not valid UTF-8 \(byte 40\)"):
        read_gold(p)


def test_a_line_separator_inside_a_json_string_is_text(tmp_path):
    text = "ঢাকা\u2028রাজশাহী\x85খুলনা"
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps({"text": text, "entities": [[0, 4, "LOC"]]}, ensure_ascii=False)
                 + "\n", encoding="utf-8")
    (doc,) = read_gold(p)
    assert doc.text == text and doc.spans == [(0, 4, "LOC")]


def test_nesting_too_deep_is_a_gold_error(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"text": "a", "x": ' + "[" * 3000 + "}\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"g.jsonl:1: invalid JSON: nested too deeply"):
        read_gold(p)


def test_conll_tag_errors_name_the_line(tmp_path):
    p = tmp_path / "g.conll"
    p.write_text("শেখ\tB-PER\nহাসিনা\tI-PER\n\nঢাকা\tB-LOC\nযান\tQ-LOC\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"g.conll:5: unknown tag 'Q-LOC'"):
        read_gold(p)
