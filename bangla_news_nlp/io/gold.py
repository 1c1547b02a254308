"""Gold data for ``bangla-news-nlp evaluate`` and ``train-crf``: JSONL or CoNLL.

* **JSONL**, one sentence or article a line:
  ``{"id": …, "text": …, "entities": [[start, end, label], …]}`` with character offsets;
* **CoNLL**, one token a line: ``token<TAB>tag`` (or token and tag separated by spaces, the
  tag last), blank lines (or ``-DOCSTART-``) between sentences, tags in BIO, BIOES or BILOU
  (:mod:`.bio`).  The text of a CoNLL sentence is its tokens joined by single spaces.

The format is told by the first non-blank line.  Labels are mapped to the three scored types
(:func:`map_label`: PER, LOC, ORG); entities of other types (DATE, MISC, NORP …) are left out.

A gold file is all or nothing: anything malformed raises
:class:`~bangla_news_nlp.errors.EvalError` naming the file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List, Optional, Sequence, Tuple

from ..errors import EvalError
from .bio import TagError, decode
from .readers import JsonLineError, NotUtf8, decode_utf8, parse_json_line

__all__ = ["GoldDoc", "EvalError", "TYPES", "map_label", "read_gold"]

TYPES = ("PER", "LOC", "ORG")
_MAP = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
}


def map_label(label: str) -> Optional[str]:
    """PER, LOC or ORG for a gold or predicted label; None for types that are not scored."""
    return _MAP.get(label.upper())


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: List[Tuple[int, int, str]]  # (start, end, PER|LOC|ORG)


def read_gold(path) -> List[GoldDoc]:
    """Read a JSONL or CoNLL gold file (told apart by the first non-blank line)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EvalError(path, 0, f"cannot read the file: {exc.strerror or exc}") from exc
    try:
        text = decode_utf8(data)
    except NotUtf8 as exc:
        raise EvalError(path, exc.line, f"not valid UTF-8 (byte {exc.byte})") from None
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("{"):
        return list(_read_jsonl(path, text))
    return list(_read_conll(path, text))


def _read_jsonl(path: Path, text: str) -> Iterator[GoldDoc]:
    # split at line feeds only: a JSON string may hold U+2028 or U+0085, which
    # str.splitlines() would take for line ends
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = parse_json_line(line)
        except JsonLineError as exc:
            raise EvalError(path, lineno, f"invalid JSON: {exc.reason}") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise EvalError(path, lineno, 'expected an object with a "text" string')
        doc_text = rec["text"]
        spans = []
        entities = rec.get("entities", [])
        if not isinstance(entities, list):
            raise EvalError(path, lineno, '"entities" is not a list of [start, end, label]')
        for item in entities:
            try:
                s, e, label = item
                if isinstance(s, bool) or isinstance(e, bool):
                    raise TypeError("a boolean offset")
                s, e = int(s), int(e)
            except (TypeError, ValueError) as exc:
                raise EvalError(path, lineno, f"entity {item!r} is not [start, end, label]"
                                ) from exc
            if not 0 <= s < e <= len(doc_text):
                raise EvalError(path, lineno, f"entity {item!r} is outside the text")
            mapped = map_label(str(label))
            if mapped:
                spans.append((s, e, mapped))
        yield GoldDoc(str(rec.get("id", lineno)), doc_text, spans)


def _read_conll(path: Path, text: str) -> Iterator[GoldDoc]:
    tokens: List[Tuple[str, str, int]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("-DOCSTART-"):
            if tokens:
                yield _conll_doc(path, tokens)
            tokens = []
            continue
        parts = [p for p in (line.split("\t") if "\t" in line else line.split()) if p.strip()]
        if len(parts) < 2:
            raise EvalError(path, lineno, "expected a token and its tag")
        tokens.append((parts[0].strip(), parts[-1].strip(), lineno))
    if tokens:
        yield _conll_doc(path, tokens)


def _conll_doc(path: Path, tokens: Sequence[Tuple[str, str, int]]) -> GoldDoc:
    """The sentence of CoNLL tokens ``(token, tag, line)``, its spans from the tags."""
    offsets: List[Tuple[int, int]] = []
    pos = 0
    for tok, _, _ in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    try:
        runs = decode([tag for _, tag, _ in tokens], strict=True)
    except TagError as exc:
        raise EvalError(path, tokens[exc.index][2], str(exc)) from None
    spans = [(offsets[a][0], offsets[b - 1][1], map_label(typ)) for a, b, typ in runs]
    return GoldDoc(f"line-{tokens[0][2]}", " ".join(t for t, _, _ in tokens),
                   [s for s in spans if s[2]])
