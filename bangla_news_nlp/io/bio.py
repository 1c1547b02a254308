"""Entity spans to and from token tags: BIO (IOB2), BIOES and BILOU.

Shared by the CoNLL gold reader (:mod:`.gold`) and the optional CRF
(:mod:`bangla_news_nlp.integrations.crf`: training tags from gold spans, spans from the tags
it predicts).  Spans here are token indices, ``(first, one past the last, type)``.

Hand-written rather than taken from a library: seqeval's ``get_entities`` would bring
scikit-learn and numpy into the core install for twenty lines, and spaCy's
``biluo_tags_to_offsets`` works on spaCy documents (an optional extra here); neither lets
a tag of an unknown form be an error with its position, which the gold reader needs.

Decoding is lenient the way gold data needs: an ``I-`` (or ``E-``/``L-``) that does not
continue an entity of its type starts one (the Rifat data has such tags), and prefixes are
read in any case.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

__all__ = ["SCHEMES", "TagError", "decode", "encode"]

Span = Tuple[int, int, str]

#: the tag schemes :func:`encode` writes (:func:`decode` reads all of them, mixed too)
SCHEMES = ("BIO", "BIOES", "BILOU")
_PREFIXES = ("B", "I", "E", "S", "L", "U")
_STARTS = ("B", "S", "U")
_ENDS = ("E", "L", "S", "U")


class TagError(ValueError):
    """A tag that is neither ``O`` nor a known prefix and a type; ``index`` is its
    position (0-based) and ``tag`` the tag."""

    def __init__(self, index: int, tag: str):
        self.index = index
        self.tag = tag
        super().__init__(f"unknown tag {tag!r} (expected O or B-/I-/E-/S-/L-/U- and a type)")


def decode(tags: Sequence[str], strict: bool = False) -> List[Span]:
    """``(start, end, type)`` runs of tokens (end exclusive) from BIO, BIOES or BILOU tags.

    An ``I-`` (``E-``, ``L-``) that follows nothing of its type starts an entity.  A tag
    that is not ``O`` and not a known prefix with a type is read as ``O``, or, with
    ``strict``, raises :class:`TagError`.
    """
    spans: List[Span] = []
    cur: Optional[List] = None  # [start, end, type]
    for k, tag in enumerate(tags):
        prefix, sep, typ = tag.partition("-")
        prefix = prefix.upper()
        if not sep or not typ or prefix not in _PREFIXES:
            if strict and tag.upper() != "O":
                raise TagError(k, tag)
            if cur:
                spans.append(tuple(cur))
            cur = None
            continue
        if prefix in _STARTS or cur is None or cur[2] != typ:
            if cur:
                spans.append(tuple(cur))
            cur = [k, k + 1, typ]
        else:
            cur[1] = k + 1
        if prefix in _ENDS:
            spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return spans


def encode(length: int, spans: Sequence[Span], scheme: str = "BIO") -> List[str]:
    """The tags of ``length`` tokens with ``spans`` ``(start, end, type)`` (token indices,
    end exclusive) in ``scheme`` (BIO, BIOES or BILOU); other tokens are ``O``.

    :raises ValueError: an unknown scheme, an empty span, one outside the tokens, or spans
        that overlap.
    """
    scheme = scheme.upper()
    if scheme not in SCHEMES:
        raise ValueError(f"unknown tag scheme {scheme!r} (expected one of {', '.join(SCHEMES)})")
    single, last = {"BIO": ("B", "I"), "BIOES": ("S", "E"), "BILOU": ("U", "L")}[scheme]
    tags = ["O"] * length
    for start, end, typ in spans:
        if not 0 <= start < end <= length:
            raise ValueError(f"span {(start, end, typ)!r} is empty or outside {length} tokens")
        if any(t != "O" for t in tags[start:end]):
            raise ValueError(f"span {(start, end, typ)!r} overlaps another")
        if end - start == 1:
            tags[start] = f"{single}-{typ}"
            continue
        tags[start] = f"B-{typ}"
        for k in range(start + 1, end - 1):
            tags[k] = f"I-{typ}"
        tags[end - 1] = f"{last}-{typ}"
    return tags
