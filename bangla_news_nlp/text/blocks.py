"""Where to cut a very long text into blocks annotated one after another.

A news article is a few thousand characters; a text of hundreds of thousands is a book or an
archive joined into one string.  Annotating it whole keeps every token of it in memory at
once (a 10 MB text: about 600 MB), so the pipeline annotates such a text in blocks and joins
the results.  A block ends, in this order of preference, after a paragraph break (a blank
line), after a line break, after a sentence end and the space that follows it, after a space,
and only in a text with no space at all in half a block, between two characters that do not
belong together (never inside a letter with its signs, a conjunct, a surrogate pair or a ZWJ/ZWNJ join).
"""

from __future__ import annotations

import unicodedata
from typing import Iterator, Tuple

import regex

__all__ = ["blocks", "BLOCK_CHARS"]

#: the default ``Pipeline.block_size``: a text longer than this is annotated in blocks
BLOCK_CHARS = 200_000

# the last match in a window: regex's REVERSE flag searches from the end
_SENTENCE_END = regex.compile(r"[।॥?!.]\s+", regex.REVERSE)
_SPACE = regex.compile(r"\s+", regex.REVERSE)
_JOINERS = frozenset("\u200c\u200d\u034f\u09cd")  # ZWNJ, ZWJ, CGJ, the hasanta (্)


def blocks(text: str, size: int) -> Iterator[Tuple[int, int]]:
    """``(start, end)`` of consecutive blocks that cover ``text``, each at most ``size``
    characters and, except the last, at least ``size // 2`` (cut as the module says)."""
    if size < 2:
        raise ValueError(f"block size must be at least 2, not {size}")
    n = len(text)
    start = 0
    while n - start > size:
        lo, hi = start + size // 2, start + size
        cut = _cut(text, lo, hi)
        yield start, cut
        start = cut
    if start < n or n == 0:
        yield start, n


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a block that must end in ``(lo, hi]``."""
    at = text.rfind("\n\n", lo, hi)
    if at >= 0:
        return at + 2
    at = text.rfind("\n", lo, hi)
    if at >= 0:
        return at + 1
    for pattern in (_SENTENCE_END, _SPACE):
        m = pattern.search(text, lo, hi)
        if m is not None and m.end() > lo:
            return m.end()
    cut = hi
    while cut > lo + 1 and not _may_cut_before(text, cut):
        cut -= 1
    return cut


def _may_cut_before(text: str, i: int) -> bool:
    """Whether text[i] may begin a block: not a mark, a joiner, the character after a joiner
    or a hasanta (the second half of a conjunct) or the low half of a surrogate pair."""
    ch, prev = text[i], text[i - 1]
    if ch in _JOINERS or prev in _JOINERS or unicodedata.category(ch).startswith("M"):
        return False
    return not ("\udc00" <= ch <= "\udfff" and "\ud800" <= prev <= "\udbff")
