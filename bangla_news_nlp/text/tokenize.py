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
from typing import Dict, List, NamedTuple, Tuple, Union

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


_new_tuple = tuple.__new__  # a NamedTuple made without its Python-level __new__


class TokenSeq(NamedTuple):
    """Tokens of a normalised text as parallel lists (fast to build and to scan)."""

    starts: List[int]
    ends: List[int]
    kinds: List[int]
    texts: List[str]


# Characters that str.split() takes for whitespace and the pattern's \s does not: a text
# holding one is tokenised by the pattern alone.
_SPLIT_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")
# whitespace-free chunk -> its kind when it is one token, else its tokens as
# ``(start, end, kind, text)`` relative to the chunk; words repeat, so most chunks are
# tokenised once per process
_CHUNKS: Dict[str, Union[int, Tuple[Tuple[int, int, int, str], ...]]] = {}
_MAX_CHUNKS = 50_000  # (a few MB; a language's words are Zipfian, the common chunks come back)


def _word_chars() -> Tuple[frozenset, frozenset, frozenset]:
    """The Bengali block's and ASCII's letters, the characters a word may go on with
    (letters, marks, digits of either set) and the digits: the common case of a chunk that
    is one word or one number, told without the pattern."""
    chars = [chr(c) for c in range(0x80)] + [chr(c) for c in range(0x0980, 0x0A00)]
    letters = frozenset(c for c in chars if unicodedata.category(c)[0] == "L")
    digits = frozenset("0123456789\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef")
    marks = frozenset(c for c in chars if unicodedata.category(c)[0] == "M")
    return letters, letters | marks | digits, digits


_LETTERS, _WORD_CHARS, _DIGITS = _word_chars()
# the same as strings: ``not chunk.strip(chars)`` says every character of the chunk is one of
# them, without a string object per character (which iterating a Bengali str makes)
_WORD_CHARS_STR, _DIGITS_STR = "".join(sorted(_WORD_CHARS)), "".join(sorted(_DIGITS))


def _chunk_tokens(chunk: str) -> Union[int, Tuple[Tuple[int, int, int, str], ...]]:
    """The tokens of a chunk without whitespace (see :data:`_CHUNKS`), remembered."""
    out: Union[int, Tuple[Tuple[int, int, int, str], ...]]
    kind_of = _KIND_OF
    if len(chunk) == 1:
        out = kind_of[chunk]  # (any one character is one token)
    elif chunk[0] in _LETTERS and not chunk.strip(_WORD_CHARS_STR):
        out = WORD
    elif not chunk.strip(_DIGITS_STR):
        out = NUMBER
    else:
        pieces = tuple((m.start(), m.end(), kind_of[m.group()[0]], m.group())
                       for m in _PIECES_RE.finditer(chunk))
        out = pieces[0][2] if len(pieces) == 1 else pieces
    if len(_CHUNKS) >= _MAX_CHUNKS:
        _CHUNKS.clear()
    _CHUNKS[chunk] = out
    return out


def tokenize(text: str) -> TokenSeq:
    """Tokenise an (already normalised) text."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _tokenize_by_pattern(text)  # (one of _SPLIT_ONLY_SPACES)
    # Tokens never hold or cross whitespace and the pattern looks neither behind nor past
    # a token, so the tokens of the text are those of its whitespace-separated chunks, put
    # at the chunks' offsets (str.split and str.find run in C; the pattern runs once per
    # distinct chunk instead of once per token).
    starts: List[int] = []
    ends: List[int] = []
    kinds: List[int] = []
    texts: List[str] = []
    find = text.find
    chunks = _CHUNKS
    pos = 0
    for chunk in text.split():
        s = find(chunk, pos)
        pos = s + len(chunk)
        toks = chunks.get(chunk)
        if toks is None:
            toks = _chunk_tokens(chunk)
        if toks.__class__ is int:
            starts.append(s)
            ends.append(pos)
            kinds.append(toks)  # type: ignore[arg-type]
            texts.append(chunk)
        else:
            for a, b, k, t in toks:  # type: ignore[union-attr]
                starts.append(s + a)
                ends.append(s + b)
                kinds.append(k)
                texts.append(t)
    return _new_tuple(TokenSeq, (starts, ends, kinds, texts))  # (TokenSeq(...), no frame)


def _tokenize_by_pattern(text: str) -> TokenSeq:
    """:func:`tokenize` with the pattern over the whole text (the reference the chunked
    path is tested against)."""
    # (built-ins over whole lists: no Python loop per token)
    kind_of = _KIND_OF
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
