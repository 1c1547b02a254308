"""Stage 1: normalise the text for matching, keeping a map back to the original offsets.

What changes (everything else is kept as it is, digits included):

* Unicode NFC.  Bengali's nukta letters য় ড় ঢ় come precomposed (U+09DF, U+09DC, U+09DD) or as
  letter + nukta; NFC writes them as letter + nukta, so both spellings compare equal.
* A nukta typed after the vowel sign (ড + ি + ়) is moved before it.
* Legacy sequences: অ + া → আ, ত + ্ + ZWJ → ৎ.
* ZWJ, ZWNJ, word joiner, soft hyphen and BOM are removed (র‌্যাব and র্যাব match).
* Every other kind of space (NBSP, thin space, ideographic space …) becomes ' '.

The normalised text usually has the same length as the original; where it does not, the
:class:`Normalized` object records each changed stretch so that any span of the normalised
text can be mapped back to the exact stretch of the original it came from.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import List, Sequence, Tuple

import regex

__all__ = ["Normalized", "normalize"]

_DELETE = "\u200c\u200d\u2060\u00ad\ufeff"
_SPACES = "\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_NUKTA = "\u09bc"

# Fast test: does the text need anything beyond NFC?
_SPECIAL = regex.compile(
    "অা|\u09a4\u09cd\u200d"  # legacy আ and khanda-ta
    "|[\u09a1\u09a2\u09af][\u09be-\u09cc\u09d7]\u09bc"  # nukta after the vowel sign
    f"|[{_DELETE}]|[{_SPACES}]"
)
# When the text is not NFC, every base character with its marks is also a candidate.
_SPECIAL_OR_CLUSTER = regex.compile(
    _SPECIAL.pattern + r"|[\u09dc\u09dd\u09df]\p{M}*|\P{M}\p{M}+|\p{M}+"
)

# Within ASCII and the Bengali block, NFC changes only these (computed from the Unicode data
# over every character and pair: the three composition exclusions, the two-part vowel signs
# ো ৌ written as two characters, and marks in non-canonical order).  Everything else is
# checked with unicodedata, a run of other characters at a time.
_BENGALI_NOT_NFC = regex.compile(
    "[\u09dc\u09dd\u09df]|\u09c7[\u09be\u09d7]|\u09cd\u09bc|\u09fe[\u09bc\u09cd]"
)
# Latin-1, the dandas ।॥ (U+0964-5) and general punctuation U+2002-U+206F (quotes, dashes)
# are NFC-stable character by character: checked in the tests.
# (the Bengali block first: the regex module tries a class's ranges in order, so a class that
# names the commonest characters first is searched faster: 3.9 -> 3.3 us for a 292-character
# sentence)
_OTHER_RUNS = regex.compile("[^\u0980-\u09ff\x00-\xff\u0964\u0965\u2002-\u206f]+")


# Cheap tests that find at least everything _SPECIAL and _BENGALI_NOT_NFC find (and may find
# more: the exact pattern then decides).  The regex module runs a literal or a pattern that
# starts with a rare character several times faster than an alternation of many branches
# starting with common letters, and ``in`` finds one character faster still: on plain
# Bengali text these take less than half the time of the patterns they stand for.
_SPECIAL_CHARS = _DELETE + _SPACES  # (khanda-ta written ত + ্ + ZWJ holds a ZWJ)
_NOT_NFC_CHARS = "\u09dc\u09dd\u09df\u09fe"  # precomposed য় ড় ঢ়; ৾ with a mark after it
_LEGACY_AA = regex.compile("\u0985\u09be")  # legacy আ
_E_AA = regex.compile("\u09c7[\u09be\u09d7]")  # ো ৌ in two parts
# a nukta after a vowel sign (ড + ি + ়) or after a virama (্ + ়)
_NUKTA_AFTER_SIGN = regex.compile("\u09bc(?<=[\u09be-\u09cc\u09d7\u09cd]\u09bc)")


def _odd_char_class() -> str:
    """A class of every character of _SPECIAL_CHARS and _NOT_NFC_CHARS and every one
    _OTHER_RUNS finds: what those three tests find one character at a time, in one search
    (faster on a short text, where the cost of each call counts; slower per character)."""
    allowed = [(0x00, 0xFF), (0x0964, 0x0965), (0x0980, 0x09FF), (0x2002, 0x206F)]
    odd = set(_SPECIAL_CHARS + _NOT_NFC_CHARS)
    kept = [c for lo, hi in allowed for c in range(lo, hi + 1) if chr(c) not in odd]
    ranges, start = [], kept[0]
    for prev, c in zip(kept, kept[1:] + [None]):
        if c != prev + 1:
            ranges.append((start, prev))
            start = c
    # the ranges of the commonest characters first, the Bengali letters' (ক) and the space's
    # (see _OTHER_RUNS): the same class, searched about twice as fast on Bengali text (a
    # 292-character sentence: 6.2 -> 3.5 us)
    ranges.sort(key=lambda r: (not r[0] <= 0x0995 <= r[1], not r[0] <= 0x20 <= r[1], r[0]))
    return "[^" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


_ODD_CHAR = regex.compile(_odd_char_class())
_SHORT = 300  # characters: below, the one class; above, 'in' and _OTHER_RUNS (measured)
# Below _TINY characters the cost of each call outweighs the rest: one search for all of it
# (its last branch stands for _NUKTA_AFTER_SIGN: a nukta after any vowel sign or virama).
_ANY = regex.compile(
    _ODD_CHAR.pattern + "|\u0985\u09be|\u09c7[\u09be\u09d7]|[\u09be-\u09cc\u09d7\u09cd]\u09bc")
_TINY = 24


def _holds_one_of(text: str, chars: str) -> bool:
    for c in chars:
        if c in text:
            return True
    return False


def _maybe_special(text: str) -> bool:
    """False only when ``_SPECIAL.search(text)`` finds nothing."""
    return (_holds_one_of(text, _SPECIAL_CHARS) or _LEGACY_AA.search(text) is not None
            or _NUKTA_AFTER_SIGN.search(text) is not None)


def _maybe_bengali_not_nfc(text: str) -> bool:
    """False only when ``_BENGALI_NOT_NFC.search(text)`` finds nothing."""
    return (_holds_one_of(text, _NOT_NFC_CHARS) or _E_AA.search(text) is not None
            or _NUKTA_AFTER_SIGN.search(text) is not None)


def _is_nfc(text: str) -> bool:
    """``unicodedata.is_normalized("NFC", text)``, fast on Bengali text (where CPython's
    quick check answers "maybe" for every া and falls back to normalising everything)."""
    if _maybe_bengali_not_nfc(text) and _BENGALI_NOT_NFC.search(text):
        return False
    combining = unicodedata.combining
    n = len(text)
    for m in _OTHER_RUNS.finditer(text):
        # widen to the whole combining sequence around the run: its starter and every mark
        start, end = m.start(), m.end()
        while start > 0 and combining(text[start - 1]):
            start -= 1
        start = max(0, start - 1)
        while end < n and combining(text[end]):
            end += 1
        if not unicodedata.is_normalized("NFC", text[start:end]):
            return False
    return True


_FIXED = {"অা": "আ", "\u09a4\u09cd\u200d": "\u09ce"}
_STRIP_TABLE = str.maketrans({**{c: None for c in _DELETE}, **{c: " " for c in _SPACES}})


def _replace(seg: str) -> str:
    fixed = _FIXED.get(seg)
    if fixed is not None:
        return fixed
    if len(seg) == 3 and seg[2] == _NUKTA and seg[0] in "\u09a1\u09a2\u09af":
        seg = seg[0] + _NUKTA + seg[1]
    return unicodedata.normalize("NFC", seg.translate(_STRIP_TABLE))


class Normalized:
    """A normalised text and the map from its offsets to the original's.

    ``edits`` holds ``(norm_start, norm_end, orig_start, orig_end)`` for every stretch whose
    length changed; outside them the two texts are aligned character for character.
    """

    __slots__ = ("text", "original", "_edits", "_keys")

    def __init__(self, text: str, original: str, edits: Sequence[Tuple[int, int, int, int]] = ()):
        self.text = text
        self.original = original
        if edits:
            self._edits = tuple(edits)
            self._keys = [e[0] for e in self._edits]
        else:
            self._edits = ()
            self._keys = []

    @property
    def identity(self) -> bool:
        return not self._edits

    def start(self, i: int) -> int:
        """Original offset of the character at normalised offset ``i`` (a span start)."""
        if not self._edits:
            return i
        k = bisect_right(self._keys, i) - 1
        if k < 0:
            return i
        ns, ne, os_, oe = self._edits[k]
        if i < ne:
            return os_
        return i + (oe - ne)

    def end(self, i: int) -> int:
        """Original offset just after the character before normalised offset ``i`` (a span end)."""
        if not self._edits:
            return i
        # the last edit that starts strictly before i
        k = bisect_right(self._keys, i - 1) - 1
        if k < 0:
            return i
        ns, ne, os_, oe = self._edits[k]
        if i <= ne:
            return oe
        return i + (oe - ne)

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """Map a normalised span to the original text."""
        if not self._edits:
            return start, end
        s, e = self.start(start), self.end(end)
        return s, max(s, e)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` (see the module docstring); offsets map back with ``span()``."""
    # (nothing to do unless _SPECIAL, _BENGALI_NOT_NFC or _OTHER_RUNS finds something)
    if len(text) < _TINY:
        if _ANY.search(text) is None:
            return Normalized(text, text)
        special = True  # (may be: the exact pattern decides)
    elif len(text) < _SHORT:
        if (_ODD_CHAR.search(text) is None and _LEGACY_AA.search(text) is None
                and _NUKTA_AFTER_SIGN.search(text) is None and _E_AA.search(text) is None):
            return Normalized(text, text)
        special = True
    else:
        special = _maybe_special(text)
        # (the rest of _maybe_bengali_not_nfc: a nukta after a sign would have made it special)
        if (not special and not _holds_one_of(text, _NOT_NFC_CHARS)
                and _E_AA.search(text) is None and _OTHER_RUNS.search(text) is None):
            return Normalized(text, text)
    return _edited(text, special)


def _edited(text: str, special: bool = True) -> Normalized:
    """:func:`normalize` past its cheap tests (``special``: whether _SPECIAL may find
    something); with the default, the reference the cheap tests are checked against."""
    needs_nfc = not _is_nfc(text)
    pattern = _SPECIAL_OR_CLUSTER if needs_nfc else _SPECIAL
    if not needs_nfc and (not special or pattern.search(text) is None):
        return Normalized(text, text)
    pieces: List[str] = []
    edits: List[Tuple[int, int, int, int]] = []
    pos = 0  # in the original
    npos = 0  # in the normalised text
    for m in pattern.finditer(text):
        s, e = m.span()
        seg = m.group()
        repl = _replace(seg)
        if repl == seg:
            continue
        pieces.append(text[pos:s])
        npos += s - pos
        pieces.append(repl)
        if len(repl) != e - s:
            edits.append((npos, npos + len(repl), s, e))
        npos += len(repl)
        pos = e
    pieces.append(text[pos:])
    return Normalized("".join(pieces), text, edits)
