"""Stage 2: tokens and sentences, with character offsets.

Tokens are found with the ``regex`` module: ``re``'s ``\\w`` stops at Bengali vowel signs
(``\\p{M}``), splitting words such as সিরিয়ার in the middle.

* A word is a letter followed by letters, marks and digits.
* A number is digits of either set with inner separators (১,০০০ · ১২:০৪ · ২০২৫-১২-২৪ · 3.5),
  together with letters glued to it (১০টি, ২১শে, ১২টায়).
* Punctuation (including the danda ।) and symbols are single tokens; a symbol keeps any
  combining marks that follow it (emoji variation selectors).
* Hyphens split compounds: আল-শারা is আল, -, শারা with ``space_after=False`` between them,
  so the whole (a name) and the parts (রাশিয়া-সিরিয়া: two places) are both addressable.

Sentences end at । ॥ ? ! (with any closing quotes after them), at line breaks, and at a full
stop after a word of four or more letters (Bengali abbreviations such as ড. মো. লে. are short).
"""

from __future__ import annotations

import unicodedata
from itertools import accumulate, compress
from operator import itemgetter, not_, sub
from typing import List, NamedTuple, Tuple

import regex

from ..models import Sentence, Token, TokenKind
from .normalize import Normalized, normalize

__all__ = ["TokenSeq", "tokenize", "split_sentences", "tokens_of", "sentences_of", "WORD", "NUMBER", "PUNCT", "SYMBOL"]

WORD, NUMBER, PUNCT, SYMBOL = 1, 2, 3, 4
_KINDS = {WORD: TokenKind.WORD, NUMBER: TokenKind.NUMBER, PUNCT: TokenKind.PUNCT, SYMBOL: TokenKind.SYMBOL}

_DIGIT = "0-9\u09e6-\u09ef"
_WORD_P = rf"\p{{L}}[\p{{L}}\p{{M}}{_DIGIT}]*"
_NUMBER_P = rf"[{_DIGIT}]+(?:[.,:/\-][{_DIGIT}]+)*[\p{{L}}\p{{M}}]*"
_PUNCT_P = r"\p{P}"
_SYMBOL_P = r"\S\p{M}*"
# Whitespace runs and tokens tile the text, so findall (one C call) gives every piece and the
# offsets are the running sum of the pieces' lengths.
_PIECES_RE = regex.compile(rf"\s+|{_WORD_P}|{_NUMBER_P}|{_PUNCT_P}|{_SYMBOL_P}")


def _kind(first: str) -> int:
    """A token's kind from its first character (mirrors the alternatives above)."""
    if "0" <= first <= "9" or "\u09e6" <= first <= "\u09ef":
        return NUMBER
    cat = unicodedata.category(first)
    if cat[0] == "L":
        return WORD
    if cat[0] == "P":
        return PUNCT
    return SYMBOL


class _KindOf(dict):
    """First character -> token kind, filled on first sight of a character."""

    def __missing__(self, first: str) -> int:
        kind = self[first] = _kind(first)
        return kind


_KIND_OF = _KindOf()

_SENT_END = "।॥?!"
_SENT_RE = regex.compile(
    rf"(?:[^\n{_SENT_END}.]|\.(?!\s|$)|(?<![\p{{L}}\p{{M}}]{{4}})\.)+"
    rf"(?:[{_SENT_END}]+[’”\"')\]]*|\.)?"
    rf"|[{_SENT_END}]+[’”\"')\]]*"
)


class TokenSeq(NamedTuple):
    """Tokens of a normalised text as parallel lists (fast to build and to scan)."""

    starts: List[int]
    ends: List[int]
    kinds: List[int]
    texts: List[str]


_SHORT = 64  # characters: below this one regex scan with match objects is quicker


def tokenize(text: str) -> TokenSeq:
    """Tokenise an (already normalised) text."""
    kind_of = _KIND_OF
    if len(text) < _SHORT:
        starts: List[int] = []
        ends: List[int] = []
        texts: List[str] = []
        kinds: List[int] = []
        for m in _PIECES_RE.finditer(text):
            t = m.group()
            if not t[0].isspace():
                texts.append(t)
                starts.append(m.start())
                ends.append(m.end())
                kinds.append(kind_of[t[0]])
        return TokenSeq(starts, ends, kinds, texts)
    # (built-ins over whole lists: no Python loop per token)
    pieces = _PIECES_RE.findall(text)
    keep = list(map(not_, map(str.isspace, pieces)))  # a token never holds a space
    texts = list(compress(pieces, keep))
    ends = list(compress(accumulate(map(len, pieces)), keep))
    starts = list(map(sub, ends, map(len, texts)))
    kinds = list(map(kind_of.__getitem__, map(itemgetter(0), texts)))
    return TokenSeq(starts, ends, kinds, texts)


def split_sentences(text: str) -> List[Tuple[int, int]]:
    """Sentence spans of an (already normalised) text, trimmed of surrounding whitespace."""
    spans: List[Tuple[int, int]] = []
    for m in _SENT_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def token_models(norm: Normalized, seq: TokenSeq) -> Tuple[Token, ...]:
    """Public :class:`Token` models, with offsets in the original text."""
    original = norm.original
    n = len(original)
    out = []
    construct = Token.model_construct
    for s, e, k in zip(seq.starts, seq.ends, seq.kinds):
        os_, oe = norm.span(s, e)
        out.append(
            construct(
                start=os_,
                end=oe,
                text=original[os_:oe],
                kind=_KINDS[k],
                space_after=oe < n and original[oe].isspace(),
            )
        )
    return tuple(out)


def sentence_models(norm: Normalized, spans: List[Tuple[int, int]]) -> Tuple[Sentence, ...]:
    original = norm.original
    out = []
    for s, e in spans:
        os_, oe = norm.span(s, e)
        out.append(Sentence.model_construct(start=os_, end=oe, text=original[os_:oe]))
    return tuple(out)


def tokens_of(text: str) -> Tuple[Token, ...]:
    """Tokenise any text: normalise, tokenise, and map offsets back to ``text``."""
    norm = normalize(text)
    return token_models(norm, tokenize(norm.text))


def sentences_of(text: str) -> Tuple[Sentence, ...]:
    """Split any text into sentences, with offsets into ``text``."""
    norm = normalize(text)
    return sentence_models(norm, split_sentences(norm.text))
