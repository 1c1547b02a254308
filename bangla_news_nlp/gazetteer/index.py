"""The gazetteer index: every form as its folded tokens joined by single spaces, looked up
through case endings.

Keys are strings, not tuples, so that building the index from tens of thousands of rows stays
cheap (most forms are already their own key) and a lookup is one dict access."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set, Tuple, Union

import regex

from ..lang.bn.titles import HONORIFICS
from ..models import Label
from ..text.morphology import DETACHED, fold, stems
from ..text.phrases import PhraseSet, form_tokens, split_words
from ..text.tokenize import NUMBER, WORD, TokenSeq
from ..ner.vocab import GAZ_SINGLE, GAZ_START
from .schema import FAST_ROW, SIMPLE_FORM, GazetteerError, GazetteerRow, data_lines, parse_row

if TYPE_CHECKING:  # pragma: no cover
    from ..ner.vocab import Vocab

__all__ = ["Entry", "GazetteerIndex", "Match"]

_HONORIFICS = PhraseSet(split_words(HONORIFICS))
_JOINERS = frozenset({"-", "’", "'"})
_BENGALI_WORD = regex.compile(r"[\u0980-\u09ff]+")
_LABELS = {lab.value: lab for lab in Label}


class Entry(NamedTuple):
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
        # key -> one code, or a list of codes in precedence order; a code is eid * 2 + weak
        # (ints keep a large index small and quick to build)
        self._phrases: Dict[str, Union[int, List[int]]] = {}
        self._starters: Dict[str, int] = {}  # first token of multi-token forms -> most tokens
        self._heads: Set[str] = set()  # every proper prefix (in whole tokens) of such a form
        self._written: Set[str] = set()  # one-word forms as written (before folding)
        self._lock = threading.Lock()

    # building -----------------------------------------------------------------------
    def load(self, path: Union[str, Path], *, strict_nfc: bool = False) -> int:
        """Add every row of a gazetteer file; returns the number of rows.

        Rows of the usual shape take a fast path (one pattern match validates the row); any
        other row is parsed field by field, and a malformed one raises
        :class:`GazetteerError` naming the file and line."""
        path = Path(path)
        phrases, starters, heads = self._phrases, self._starters, self._heads
        honorific_first = _HONORIFICS.starts
        gc_was_on = gc.isenabled()
        gc.disable()  # hundreds of thousands of small objects: no cycle can form here
        try:
            return self._load_rows(path, strict_nfc, phrases, starters, heads, honorific_first)
        finally:
            if gc_was_on:
                gc.enable()

    def _load_rows(self, path, strict_nfc, phrases, starters, heads, honorific_first) -> int:
        file = path.stem
        written = self._written
        fast = FAST_ROW.fullmatch
        n = 0
        with self._lock:
            for lineno, line in data_lines(path, strict_nfc=strict_nfc):
                n += 1
                m = fast(line)
                if m is None:
                    self._add_locked(parse_row(line.split("\t"), path, lineno, file), path)
                    continue
                label, canonical, kb_id, forms, source = m.groups()
                eid = len(self.entries)
                self.entries.append(Entry(eid, _LABELS[label], canonical, kb_id, file, source))
                # the fast path of _index(_simple_keys(...)): most rows need nothing else
                written.update(f.lstrip("~") for f in forms.split("|") if " " not in f)
                for form in fold(forms).split("|"):
                    weak = form[0] == "~"
                    if weak:
                        form = form[1:]
                    spaces = form.count(" ")
                    if spaces == 0:
                        keys: Sequence[str] = (form,)
                    elif honorific_first(form[: form.index(" ")]):
                        keys = _simple_keys(form)
                    elif spaces <= 2:
                        keys = (form, form.replace(" ", ""))
                    else:
                        keys = (form,)
                    code = eid * 2 + weak
                    for key in keys:
                        old = phrases.get(key)
                        if old is None:
                            phrases[key] = code
                        elif not _add_code(phrases, key, old, code):
                            continue
                        if " " in key:
                            cut = key.index(" ")
                            words = key.count(" ") + 1
                            if words > starters.get(key[:cut], 0):
                                starters[key[:cut]] = words
                            while cut > 0:
                                heads.add(key[:cut])
                                cut = key.find(" ", cut + 1)
        return n

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
            return self._add_locked(row, path)

    def _add_locked(self, row: GazetteerRow, path) -> Entry:
        eid = len(self.entries)
        entry = Entry(eid, row.label, row.canonical, row.kb_id, row.file, row.source)
        self.entries.append(entry)
        seen: Set[str] = set()
        for form, weak in row.forms:
            if " " not in form:
                self._written.add(form)
            keys = _keys_of(form)
            if not keys:
                raise GazetteerError(path, row.line, f"form {form!r} has no words")
            self._index(keys, eid, weak, seen)
        return entry

    def _index(self, keys: List[str], eid: int, weak: bool, seen: Set[str]) -> None:
        phrases = self._phrases
        for key in keys:
            if key in seen:
                continue  # two forms of one entry with the same key
            seen.add(key)
            old = phrases.get(key)
            if old is None:
                phrases[key] = eid * 2 + weak
            else:
                _add_code(phrases, key, old, eid * 2 + weak)
            if " " in key:
                cut = key.index(" ")
                words = key.count(" ") + 1
                if words > self._starters.get(key[:cut], 0):
                    self._starters[key[:cut]] = words
                while cut > 0:
                    self._heads.add(key[:cut])
                    cut = key.find(" ", cut + 1)

    # reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.entries)

    @property
    def n_forms(self) -> int:
        return len(self._phrases)

    def lookup(self, form: str) -> List[Entry]:
        """The entries a base form names (exact form, no case endings)."""
        refs = self.refs_of(form_tokens(form))
        return [self.entries[eid] for eid, _ in refs]

    def starts_form(self, word: str) -> bool:
        """Whether a multi-word form starts with ``word`` (as written, spelling folded)."""
        return fold(word) in self._starters

    def refs_of(self, key: Sequence[str]) -> Tuple[Tuple[int, bool], ...]:
        """``(entry id, weak)`` of the forms whose tokens are ``key`` (spelling folded)."""
        return _decode(self._phrases.get(fold(" ".join(key))))

    def refs_of_word(self, word: str) -> Tuple[Tuple[int, bool], ...]:
        """``(entry id, weak)`` of the one-word forms ``word`` is (spelling folded)."""
        return _decode(self._phrases.get(fold(word)))

    def written_as(self, word: str) -> bool:
        """Whether ``word`` is a one-word form exactly as some file writes it (not only after
        spelling folding)."""
        return word in self._written

    def knows(self, word: str) -> bool:
        """Whether a single word is a form of some entry (as written, spelling folded)."""
        return fold(word) in self._phrases

    def find(self, seq: TokenSeq, text: str, flags: List[int], vocab: "Vocab") -> List[Match]:
        """Every longest match starting at each word, through case endings.

        ``flags`` are the vocabulary's flags of each token (only tokens that start a form or
        match a one-word form are visited).  Multi-word forms never cross a line break.  A
        match followed by a detached ending (পুতিন-এর, ট্রাম্প’র) takes it in.
        """
        phrases = self._phrases
        heads = self._heads
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
                # grow the prefix word by word while some form still starts with it; the
                # last complete form found is the longest
                head = fold(texts[i])
                k = i + 1
                while k < n and "\n" not in text[ends[k - 1] : starts[k]]:
                    if kinds[k] == WORD or kinds[k] == NUMBER:
                        for stem, ending in stems(texts[k]):
                            code = phrases.get(head + " " + fold(stem))
                            if code is not None:
                                best = (i, k + 1, code, stem, ending)
                                break
                    head = head + " " + fold(texts[k])
                    if head not in heads:
                        break
                    k += 1
            if best is None and flags[i] & GAZ_SINGLE:
                single = vocab.single(texts[i])
                if single is not None:
                    refs, stem, ending = single
                    best = (i, i + 1, refs, stem, ending)
            if best is None:
                continue
            ts, te, refs, stem, ending = best
            if te > ts + 1:
                refs = _decode(refs)
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
            out.append(Match(ts, te, refs, stem, ending))
            # a match made only of weak forms may be rejected later: let shorter ones inside
            # it be found too
            next_free = i + 1 if all(weak for _, weak in refs) else te
        return out


def _add_code(phrases: Dict[str, Union[int, List[int]]], key: str, old, code: int) -> bool:
    """Add an entry's code to a key other entries already have; False if it was there."""
    if isinstance(old, int):
        if old >> 1 == code >> 1:
            return False
        phrases[key] = [old, code]
        return True
    if any(c >> 1 == code >> 1 for c in old):
        return False
    old.append(code)
    return True


def _decode(value) -> Tuple[Tuple[int, bool], ...]:
    """``(entry id, weak)`` pairs of an index value (a code or a list of codes)."""
    if value is None:
        return ()
    if isinstance(value, int):
        return ((value >> 1, bool(value & 1)),)
    return tuple((c >> 1, bool(c & 1)) for c in value)


def _keys_of(form: str) -> List[str]:
    """Index keys of a form: its tokens with spelling variants folded (see
    :func:`~bangla_news_nlp.morphology.fold`) joined by single spaces, without a leading
    honorific (ড., জনাব …); for hyphenated forms also the spaced and the joined spellings, and
    for forms of two or three Bengali words also the joined spelling
    (চাঁপাই নবাবগঞ্জ → চাঁপাইনবাবগঞ্জ)."""
    if SIMPLE_FORM.fullmatch(form):
        return _simple_keys(fold(form))
    toks = [fold(t) for t in form_tokens(form)]
    skip = _HONORIFICS.match_at(toks, 0) if toks and _HONORIFICS.starts(toks[0]) else 0
    if 0 < skip < len(toks):
        toks = toks[skip:]
    if not toks:
        return []
    keys = [" ".join(toks)]
    if "-" in toks and len(toks) > 1:
        spaced = [t for t in toks if t != "-"]
        if spaced:
            keys.append(" ".join(spaced))
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
        keys.append(" ".join(joined))
    elif 2 <= len(toks) <= 3 and all(_BENGALI_WORD.fullmatch(t) for t in toks):
        keys.append("".join(toks))
    return list(dict.fromkeys(keys))


def _simple_keys(folded: str) -> List[str]:
    """:func:`_keys_of` for a form already folded and made of Bengali words and single spaces."""
    n = folded.count(" ") + 1
    if n == 1:
        return [folded]
    first = folded.split(" ", 1)[0]
    if _HONORIFICS.starts(first):
        toks = folded.split(" ")
        skip = _HONORIFICS.match_at(toks, 0)
        if 0 < skip < n:
            folded = " ".join(toks[skip:])
            n -= skip
            if n == 1:
                return [folded]
    if n <= 3:
        return [folded, folded.replace(" ", "")]
    return [folded]
