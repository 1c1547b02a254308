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

from ..errors import GazetteerError
from ..models import Label
from ..text.phrases import form_tokens
from ..text.tokenize import NUMBER, WORD, TokenSeq
from .schema import FAST_ROW, SIMPLE_FORM, GazetteerRow, data_lines, file_properties, parse_row, read_text

if TYPE_CHECKING:  # pragma: no cover
    from ..lang.data import LanguageData

__all__ = ["Entry", "GazetteerIndex", "Match", "WordMatch"]

_JOINERS = frozenset({"-", "’", "'"})
_BENGALI_WORD = regex.compile(r"[\u0980-\u09ff]+")
_LABELS = {lab.value: lab for lab in Label}
_WORD_CACHE = 500_000


class Entry(NamedTuple):
    """One entity of the gazetteer."""

    eid: int
    label: Label
    canonical: str
    kb_id: Optional[str]
    file: str  # the gazetteer file's stem (or "user" for entries added in code)
    source: str  # where the facts come from
    local: bool = False  # from a file of scope local (its header's ``#: scope = local``)


_new_tuple = tuple.__new__  # a NamedTuple made without its Python-level __new__


class Match(NamedTuple):
    ts: int
    te: int  # one past the last token, detached ending (পুতিন-এর) included
    refs: Tuple[Tuple[int, bool], ...]  # (entry id, weak) in precedence order
    stem: str  # the last word without its case ending
    ending: str


#: A one-word match through a case ending: ``(refs, stem, ending)``.
WordMatch = Tuple[Tuple[Tuple[int, bool], ...], str, str]


class GazetteerIndex:
    """Forms → entries.  Build it with :meth:`load` and :meth:`add`; then it is read-only.

    :param lang: the language data whose spelling folds, case endings and honorifics the
        forms are indexed and matched with.
    """

    def __init__(self, lang: "LanguageData") -> None:
        self.lang = lang
        self._fold = lang.fold
        self._stems = lang.stems
        self._honorifics = lang.honorifics
        self.entries: List[Entry] = []
        self.local_files: Set[str] = set()  # stems of the files of scope local
        # the key it was cached under (gazetteer/cache.py), while nothing was added to it
        self.cache_key: Optional[str] = None
        self._word_matches: Dict[str, Optional[WordMatch]] = {}
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
        text = read_text(path)
        self.cache_key = None
        if file_properties(path, text)["scope"] == "local":
            self.local_files.add(path.stem)
        self._word_matches = {}
        phrases, starters, heads = self._phrases, self._starters, self._heads
        honorific_first = self._honorifics.starts
        gc_was_on = gc.isenabled()
        gc.disable()  # hundreds of thousands of small objects: no cycle can form here
        try:
            return self._load_rows(path, text, strict_nfc, phrases, starters, heads,
                                   honorific_first)
        finally:
            if gc_was_on:
                gc.enable()

    def _load_rows(self, path, text, strict_nfc, phrases, starters, heads, honorific_first) -> int:
        file = path.stem
        local = file in self.local_files
        written = self._written
        fast = FAST_ROW.fullmatch
        fold = self._fold
        n = 0
        with self._lock:
            for lineno, line in data_lines(path, strict_nfc=strict_nfc, text=text):
                n += 1
                m = fast(line)
                if m is None:
                    self._add_locked(parse_row(line.split("\t"), path, lineno, file), path)
                    continue
                label, canonical, kb_id, forms, source = m.groups()
                eid = len(self.entries)
                self.entries.append(Entry(eid, _LABELS[label], canonical, kb_id, file, source,
                                          local))
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
                        keys = self._simple_keys(form)
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
        self.cache_key = None
        eid = len(self.entries)
        entry = Entry(eid, row.label, row.canonical, row.kb_id, row.file, row.source,
                      row.file in self.local_files)
        self.entries.append(entry)
        self._word_matches = {}
        seen: Set[str] = set()
        for form, weak in row.forms:
            if " " not in form:
                self._written.add(form)
            keys = self._keys_of(form)
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
        return self._fold(word) in self._starters

    def refs_of(self, key: Sequence[str]) -> Tuple[Tuple[int, bool], ...]:
        """``(entry id, weak)`` of the forms whose tokens are ``key`` (spelling folded)."""
        return _decode(self._phrases.get(self._fold(" ".join(key))))

    def refs_of_word(self, word: str) -> Tuple[Tuple[int, bool], ...]:
        """``(entry id, weak)`` of the one-word forms ``word`` is (spelling folded)."""
        return _decode(self._phrases.get(self._fold(word)))

    def written_forms(self) -> Set[str]:
        """The one-word forms as the files write them."""
        return set(self._written)

    def written_as(self, word: str) -> bool:
        """Whether ``word`` is a one-word form exactly as some file writes it (not only after
        spelling folding)."""
        return word in self._written

    def knows(self, word: str) -> bool:
        """Whether a single word is a form of some entry (as written, spelling folded)."""
        return self._fold(word) in self._phrases

    def match_word(self, word: str) -> Optional[WordMatch]:
        """The one-word match of ``word`` (as written or through a case ending), if any:
        ``(refs, stem, ending)``.  A match only through spelling folding must not be an
        everyday word (চিনতে is "to recognise", not চীন), and a word that is a given name as
        written (or is one and a case ending) matches that way only people (ইয়াসির is Yasir,
        not ইয়াশি, Iași, + র; সিরাজ is not শিরাজ, Shiraz; but শাকিব is সাকিব, Shakib Al
        Hasan).  Cached per word."""
        cache = self._word_matches
        if word in cache:
            return cache[word]
        hit = None
        phrases, fold, lang = self._phrases, self._fold, self.lang
        for stem, ending in self._stems(word):
            code = phrases.get(fold(stem))  # spelling folded
            if code is None:
                continue
            refs = _decode(code)
            if stem not in self._written:
                if lang.is_common(stem):
                    continue
                given = lang.given_names
                if word in given or stem in given:
                    entries = self.entries
                    refs = tuple(r for r in refs if entries[r[0]].label is Label.PERSON)
                    if not refs:
                        continue
            hit = (refs, stem, ending)
            break
        if len(cache) < _WORD_CACHE:
            cache[word] = hit
        return hit

    def find_all(self, seq: TokenSeq, text: str) -> List[Match]:
        """:meth:`find` visiting every word (for scripts and tests; the pipeline passes the
        positions its triggers found)."""
        texts = seq.texts
        words = [i for i, k in enumerate(seq.kinds) if k == WORD]
        return self.find(seq, text, [i for i in words if self.starts_form(texts[i])],
                         [i for i in words if self.match_word(texts[i]) is not None])

    def find(self, seq: TokenSeq, text: str, form_starts: Sequence[int],
             word_forms: Sequence[int]) -> List[Match]:
        """Every longest match starting at each word, through case endings.

        Only the given positions are visited: ``form_starts``, the tokens that may start a
        multi-word form (:meth:`starts_form`), and ``word_forms``, those that may be a
        one-word form (:meth:`match_word`, asked nowhere else), both sorted.  Multi-word
        forms never cross a line break.  A match followed by a detached ending (পুতিন-এর,
        ট্রাম্প’র) takes it in.
        """
        phrases = self._phrases
        heads = self._heads
        fold, stems = self._fold, self._stems
        starts, ends, kinds, texts = seq
        n = len(texts)
        out: List[Match] = []
        next_free = 0
        multi = set(form_starts)
        # the positions that may be a one-word form (None: all of them); match_word is asked
        # only there (a word that only starts longer forms is none: ঢাকা of ঢাকা বিশ্ববিদ্যালয়
        # is one, বিশ্ব of বিশ্ব ব্যাংক is not)
        single: Optional[Set[int]] = None
        if not word_forms:
            positions: Sequence[int] = form_starts
            single = set()
        elif not form_starts:
            positions = word_forms
        elif form_starts == word_forms:  # (a short text: often the one name in it)
            positions = form_starts
        else:
            positions = sorted(multi.union(word_forms))
            single = set(word_forms)
        for i in positions:
            if i < next_free or kinds[i] != WORD:
                continue
            best = None
            if i in multi:
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
            if best is None and (single is None or i in single):
                hit = self.match_word(texts[i])
                if hit is not None:
                    refs, stem, ending = hit
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
                and texts[te + 1] in self.lang.morph.detached
                and ends[te - 1] == starts[te]
                and ends[te] == starts[te + 1]
            ):
                ending = texts[te] + texts[te + 1]
                te += 2
            out.append(_new_tuple(Match, (ts, te, refs, stem, ending)))  # (Match(...), no frame)
            # a match made only of weak forms may be rejected later: let shorter ones inside
            # it be found too
            next_free = i + 1
            for _, weak in refs:
                if not weak:
                    next_free = te
                    break
        return out

    def _keys_of(self, form: str) -> List[str]:
        """Index keys of a form: its tokens with spelling variants folded (see
        :func:`~bangla_news_nlp.morphology.fold`) joined by single spaces, without a leading
        honorific (ড., জনাব …); for hyphenated forms also the spaced and the joined spellings, and
        for forms of two or three Bengali words also the joined spelling
        (চাঁপাই নবাবগঞ্জ → চাঁপাইনবাবগঞ্জ)."""
        if SIMPLE_FORM.fullmatch(form):
            return self._simple_keys(self._fold(form))
        toks = [self._fold(t) for t in form_tokens(form)]
        skip = self._honorifics.match_at(toks, 0) if toks and self._honorifics.starts(toks[0]) else 0
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


    def _simple_keys(self, folded: str) -> List[str]:
        """:func:`_keys_of` for a form already folded and made of Bengali words and single spaces."""
        n = folded.count(" ") + 1
        if n == 1:
            return [folded]
        first = folded.split(" ", 1)[0]
        if self._honorifics.starts(first):
            toks = folded.split(" ")
            skip = self._honorifics.match_at(toks, 0)
            if 0 < skip < n:
                folded = " ".join(toks[skip:])
                n -= skip
                if n == 1:
                    return [folded]
        if n <= 3:
            return [folded, folded.replace(" ", "")]
        return [folded]


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


