"""Phrase sets: short word lists matched as token sequences (titles, head nouns …)."""

from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .normalize import normalize
from .tokenize import tokenize

__all__ = ["PhraseSet", "form_tokens", "split_words"]


def split_words(block: str) -> List[str]:
    """Split a ``|``-separated block of phrases (language data files) into phrases."""
    return [p.strip() for p in block.replace("\n", "").split("|") if p.strip()]


def form_tokens(form: str) -> Tuple[str, ...]:
    """The token texts of a phrase, normalised exactly as running text is."""
    return tuple(tokenize(normalize(form).text).texts)


class PhraseSet:
    """A set of phrases, each a tuple of token texts; finds the longest one at a position.

    :param stems: the ``(stem, ending)`` pairs of a word (a language's
        :class:`~bangla_news_nlp.text.morphology.Morphology`), for :meth:`match_inflected`.
    """

    __slots__ = ("_phrases", "_first", "_last", "_max_len", "_stems")

    def __init__(self, phrases: Iterable[str] = (),
                 stems: Optional[Callable[[str], Tuple[Tuple[str, str], ...]]] = None):
        self._stems = stems
        self._phrases: Set[Tuple[str, ...]] = set()
        self._first: Dict[str, int] = {}
        self._last: Set[str] = set()
        self._max_len = 0
        for p in phrases:
            self.add(p)

    def add(self, phrase: str) -> None:
        toks = form_tokens(phrase)
        if not toks:
            return
        self._phrases.add(toks)
        self._last.add(toks[-1])
        self._max_len = max(self._max_len, len(toks))
        if len(toks) > self._first.get(toks[0], 0):
            self._first[toks[0]] = len(toks)

    def __contains__(self, word: str) -> bool:
        return (word,) in self._phrases

    def starts(self, word: str) -> bool:
        """Whether some phrase starts with ``word``."""
        return word in self._first

    def single_words(self) -> Set[str]:
        """The phrases of one token (``word in phrase_set`` for each of them)."""
        return {p[0] for p in self._phrases if len(p) == 1}

    def first_words(self) -> Set[str]:
        """The first tokens of the phrases."""
        return set(self._first)

    def last_words(self) -> Set[str]:
        """The last tokens of the phrases."""
        return set(self._last)

    def ends_with(self, word: str) -> bool:
        """Whether some phrase ends with ``word``."""
        return word in self._last

    def match_at(self, texts: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at token ``i`` (0 if none)."""
        longest = self._first.get(texts[i])
        if longest is None:
            return 0
        for n in range(min(longest, len(texts) - i), 0, -1):
            if tuple(texts[i : i + n]) in self._phrases:
                return n
        return 0

    def match_inflected(self, texts: Sequence[str], last: int) -> Tuple[int, str]:
        """The longest phrase whose last token is ``texts[last]`` or one of its stems
        (সেনাবাহিনীর ends the phrase সেনাবাহিনী); returns ``(length, ending)`` or ``(0, "")``."""
        if self._stems is None:
            raise TypeError("match_inflected needs a PhraseSet built with stems=")
        for stem, ending in self._stems(texts[last]):
            if stem not in self._last:
                continue
            for n in range(min(self._max_len, last + 1), 0, -1):
                if tuple(texts[last - n + 1 : last]) + (stem,) in self._phrases:
                    return n, ending
        return 0, ""
