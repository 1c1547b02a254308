"""The gazetteer index: every form as a tuple of tokens, looked up through case endings."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

from ..lang.titles import HONORIFICS
from ..models import Label
from ..morphology import DETACHED, stems
from ..phrases import PhraseSet, form_tokens, split_words
from ..tokenize import NUMBER, WORD, TokenSeq
from ..vocab import GAZ_SINGLE, GAZ_START
from .schema import GazetteerError, GazetteerRow, read_gazetteer

if TYPE_CHECKING:  # pragma: no cover
    from ..vocab import Vocab

__all__ = ["Entry", "GazetteerIndex", "Match"]

_HONORIFICS = PhraseSet(split_words(HONORIFICS))
_JOINERS = frozenset({"-", "’", "'"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One entity of the gazetteer."""

    eid: int
    label: Label
    canonical: str
    kb_id: Optional[str]
    file: str  # the gazetteer file's stem (or "user" for entries added in code)
    source: str  # where the facts come from


class Match(NamedTuple):
    ts: int
    te: int  # one past the last token, detached ending (পুতিন-এর) included
    refs: Tuple[Tuple[int, bool], ...]  # (entry id, weak) in precedence order
    stem: str  # the last word without its case ending
    ending: str


class GazetteerIndex:
    """Forms → entries.  Build it with :meth:`load` and :meth:`add`; then it is read-only."""

    def __init__(self) -> None:
        self.entries: List[Entry] = []
        self._phrases: Dict[Tuple[str, ...], List[Tuple[int, bool]]] = {}
        self._starters: Dict[str, int] = {}  # first token of multi-token forms -> longest
        self._heads: Set[Tuple[str, ...]] = set()  # every proper prefix of a multi-token form
        self._lock = threading.Lock()

    # building -----------------------------------------------------------------------
    def load(self, path: Union[str, Path], *, strict_nfc: bool = False) -> int:
        """Add every row of a gazetteer file; returns the number of rows."""
        rows = read_gazetteer(path, strict_nfc=strict_nfc)
        for row in rows:
            self._add_row(row, path)
        return len(rows)

    def add(
        self,
        label: Union[Label, str],
        canonical: str,
        forms: Iterable[str],
        *,
        kb_id: Optional[str] = None,
        source: str = "user",
        file: str = "user",
    ) -> Entry:
        """Add one entity in code.  Forms follow the file schema (``~`` marks a weak form)."""
        from .schema import parse_row

        label_s = label.value if isinstance(label, Label) else str(label)
        if isinstance(forms, str):
            raise TypeError("forms must be a list of strings, not one string")
        forms = list(forms)
        if not forms:
            raise ValueError("forms must be a non-empty list of strings")
        row = parse_row(
            [label_s, canonical, kb_id or "", "|".join(forms), source], "<code>", 0, file
        )
        return self._add_row(row, "<code>")

    def _add_row(self, row: GazetteerRow, path) -> Entry:
        with self._lock:
            entry = Entry(len(self.entries), row.label, row.canonical, row.kb_id, row.file, row.source)
            self.entries.append(entry)
            for form, weak in row.forms:
                keys = _keys_of(form)
                if not keys:
                    raise GazetteerError(path, row.line, f"form {form!r} has no words")
                for key in keys:
                    refs = self._phrases.setdefault(key, [])
                    if all(eid != entry.eid for eid, _ in refs):
                        refs.append((entry.eid, weak))
                    if len(key) > 1:
                        if len(key) > self._starters.get(key[0], 0):
                            self._starters[key[0]] = len(key)
                        self._heads.add(key[:-1])
            return entry

    # reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    @property
    def n_forms(self) -> int:
        return len(self._phrases)

    def lookup(self, form: str) -> List[Entry]:
        """The entries a base form names (exact form, no case endings)."""
        refs = self._phrases.get(form_tokens(form), ())
        return [self.entries[eid] for eid, _ in refs]

    def starts_form(self, word: str) -> bool:
        """Whether a multi-word form starts with ``word`` (as written)."""
        return word in self._starters

    def refs_of(self, key: Tuple[str, ...]) -> Sequence[Tuple[int, bool]]:
        """``(entry id, weak)`` of the forms whose tokens are ``key``."""
        return self._phrases.get(key, ())

    def knows(self, word: str) -> bool:
        """Whether a single word is a form of some entry (as written)."""
        return (word,) in self._phrases

    def find(self, seq: TokenSeq, text: str, flags: List[int], vocab: "Vocab") -> List[Match]:
        """Every longest match starting at each word, through case endings.

        ``flags`` are the vocabulary's flags of each token (only tokens that start a form or
        match a one-word form are visited).  Multi-word forms never cross a line break.  A
        match followed by a detached ending (পুতিন-এর, ট্রাম্প’র) takes it in.
        """
        phrases = self._phrases
        starters = self._starters
        texts, kinds, starts, ends = seq.texts, seq.kinds, seq.starts, seq.ends
        n = len(texts)
        out: List[Match] = []
        mask = GAZ_START | GAZ_SINGLE
        next_free = 0
        for i in [k for k, f in enumerate(flags) if f & mask]:
            if i < next_free or kinds[i] != WORD:
                continue
            best = None
            if flags[i] & GAZ_START:
                longest = starters[texts[i]]
                for size in range(min(longest, n - i), 1, -1):
                    last = i + size - 1
                    if kinds[last] not in (WORD, NUMBER):
                        continue
                    head = tuple(texts[i:last])
                    if head not in self._heads:
                        continue
                    for stem, ending in stems(texts[last]):
                        refs = phrases.get(head + (stem,))
                        if refs and "\n" not in text[starts[i] : ends[last]]:
                            best = (i, last + 1, refs, stem, ending)
                            break
                    if best:
                        break
            if best is None and flags[i] & GAZ_SINGLE:
                single = vocab.single(texts[i])
                if single is not None:
                    refs, stem, ending = single
                    best = (i, i + 1, refs, stem, ending)
            if best is None:
                continue
            ts, te, refs, stem, ending = best
            if (
                not ending
                and te + 1 < n
                and texts[te] in _JOINERS
                and texts[te + 1] in DETACHED
                and ends[te - 1] == starts[te]
                and ends[te] == starts[te + 1]
            ):
                ending = texts[te] + texts[te + 1]
                te += 2
            out.append(Match(ts, te, tuple(refs), stem, ending))
            # a match made only of weak forms may be rejected later: let shorter ones inside
            # it be found too
            next_free = i + 1 if all(weak for _, weak in refs) else te
        return out


def _keys_of(form: str) -> List[Tuple[str, ...]]:
    """Index keys of a form: its tokens, without a leading honorific (ড., জনাব …), and for
    hyphenated forms also the spaced and the joined spellings."""
    toks = form_tokens(form)
    skip = _HONORIFICS.match_at(toks, 0) if toks else 0
    if 0 < skip < len(toks):
        toks = toks[skip:]
    if not toks:
        return []
    keys = [toks]
    if "-" in toks and len(toks) > 1:
        spaced = tuple(t for t in toks if t != "-")
        if spaced:
            keys.append(spaced)
        joined: List[str] = []
        glue = False
        for t in toks:
            if t == "-":
                glue = True
            elif glue and joined:
                joined[-1] += t
                glue = False
            else:
                joined.append(t)
        keys.append(tuple(joined))
    return list(dict.fromkeys(keys))
