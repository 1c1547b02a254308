"""spaCy integration, part one: a Document's mentions onto a spaCy ``Doc`` (``doc.ents`` and
the ``Span._`` / ``Doc._`` attributes).  The pipeline component that calls the annotator is in
``integrations/spacy.py``; this part reads only the models, so ``Document.to_spacy`` uses it.

Needs ``pip install 'bangla-news-nlp[spacy]'``.  ``import bangla_news_nlp`` never imports this
module; spaCy finds the factory through the ``spacy_factories`` entry point, so

>>> import spacy
>>> nlp = spacy.blank("bn")
>>> nlp.add_pipe("bangla_news_ner")  # doctest: +SKIP

works with nothing else imported.  What the component sets, its settings and the rule that
fits our character spans onto spaCy's tokens are described in ``docs/spacy.md``.
"""

# No ``from __future__ import annotations`` here: spaCy validates the factory's settings
# against its signature's annotations, which must be real types.

import bisect
import datetime as _dt
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Sequence, Tuple, Union

try:
    from spacy.language import Language
    from spacy.tokens import Doc, Span
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "the spaCy integration needs spaCy: pip install 'bangla-news-nlp[spacy]'"
    ) from exc

from ..models import DateMention, Entity, Granularity

if TYPE_CHECKING:  # pragma: no cover (types only: this module never imports the Document)
    from ..document import Document

__all__ = [
    "LABELS",
    "ALIGNMENT_MODES",
    "document_to_doc",
    "set_annotations",
    "register_extensions",
]

FACTORY = "bangla_news_ner"

#: The entity labels the component can set: the library's five entity types, DATE and TIME.
LABELS: Tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "TIME")

#: How a character span is fitted onto spaCy's tokens (see docs/spacy.md).
ALIGNMENT_MODES: Tuple[str, ...] = ("expand", "contract", "strict", "split")

#: Span extensions (all default to None).  Entities set the first four, dates the last four.
SPAN_EXTENSIONS: Tuple[str, ...] = (
    "canonical", "kb_id", "base", "source",
    "date_value", "granularity", "calendar", "relative",
)
#: Doc extensions: the reference date used (ISO string) and the mentions that could not be
#: placed in ``doc.ents`` (list of dicts).
DOC_EXTENSIONS: Tuple[str, ...] = ("reference_date", "dropped_mentions")


def register_extensions() -> None:
    """Register the ``Span._`` and ``Doc._`` attributes this module sets (idempotent).

    An attribute of the same name registered by another package is left alone as long as it
    can be written; one that cannot (a getter without a setter, a method) is an error.
    """
    for cls, names in ((Span, SPAN_EXTENSIONS), (Doc, DOC_EXTENSIONS)):
        for name in names:
            if not cls.has_extension(name):
                cls.set_extension(name, default=None)
                continue
            default, method, getter, setter = cls.get_extension(name)
            if method is not None or (getter is not None and setter is None):
                raise ValueError(
                    f"{cls.__name__}._.{name} is already registered by another package as a "
                    "read-only attribute; bangla_news_ner needs to write it"
                )


register_extensions()


# settings -----------------------------------------------------------------------------
def _parse_reference_date(value: object) -> Union[_dt.date, _dt.datetime, None]:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.date):  # a datetime is a date too
        return value
    if not isinstance(value, str):
        raise TypeError(
            f"reference_date must be an ISO 8601 string such as '2025-12-24' or "
            f"'2025-12-24T12:04', not {type(value).__name__}"
        )
    try:
        if len(value.strip()) == 10:
            return _dt.date.fromisoformat(value.strip())
        return _dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(
            f"reference_date {value!r} is not an ISO 8601 date ('2025-12-24') or date and "
            "time ('2025-12-24T12:04')"
        ) from None


def _check_choice(what: str, value: object, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ValueError(f"{what} must be one of {', '.join(choices)}, not {value!r}")
    return value  # type: ignore[return-value]


def _check_labels(labels: Optional[Iterable[str]]) -> Tuple[str, ...]:
    if labels is None:
        return LABELS
    if isinstance(labels, str):
        raise TypeError("labels must be a list of labels, not a single string")
    out = tuple(labels)
    unknown = [lab for lab in out if lab not in LABELS]
    if unknown:
        raise ValueError(f"unknown label(s) {unknown}; the labels are {', '.join(LABELS)}")
    return out


# converting one annotation result ------------------------------------------------------
class _Mention:
    """One entity or date of a Document, ready to be placed on a Doc."""

    __slots__ = ("start", "end", "text", "label", "attrs")

    def __init__(self, start: int, end: int, text: str, label: str, attrs: Dict[str, Any]):
        self.start, self.end, self.text, self.label, self.attrs = start, end, text, label, attrs


def _date_label(d: DateMention, datetime_label: str) -> str:
    if d.granularity == Granularity.TIME:
        return "TIME"
    if d.granularity == Granularity.DATETIME:
        return datetime_label
    return "DATE"


def _mentions(document: "Document", labels: Sequence[str], datetime_label: str) -> List[_Mention]:
    out: List[_Mention] = []
    e: Entity
    for e in document.entities:
        if e.label.value in labels:
            out.append(_Mention(e.start, e.end, e.text, e.label.value, {
                "canonical": e.canonical, "kb_id": e.kb_id, "base": e.base, "source": e.source,
            }))
    for d in document.dates:
        label = _date_label(d, datetime_label)
        if label in labels:
            out.append(_Mention(d.start, d.end, d.text, label, {
                "date_value": d.value, "granularity": d.granularity.value,
                "calendar": d.calendar.value, "relative": d.relative,
            }))
    return out


def _split_tokens(doc: Doc, bounds: Sequence[int]) -> None:
    """Split every token that a mention starts or ends inside, at those offsets."""
    bounds = sorted(set(bounds))
    cuts: List[Tuple[int, List[int]]] = []
    for tok in doc:
        s, e = tok.idx, tok.idx + len(tok.text)
        lo = bisect.bisect_right(bounds, s)
        hi = bisect.bisect_left(bounds, e)
        if lo < hi:
            cuts.append((tok.i, [b - s for b in bounds[lo:hi]]))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts:
            tok = doc[i]
            edges = [0, *offsets, len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(edges, edges[1:])]
            first = tok.head if tok.head.i != tok.i else (tok, 0)
            retokenizer.split(tok, orths, heads=[first] + [(tok, 0)] * (len(orths) - 1))


def _drop(m: _Mention, reason: str) -> Dict[str, Any]:
    return {"start": m.start, "end": m.end, "text": m.text, "label": m.label, "reason": reason}


def set_annotations(
    doc: Doc,
    document: "Document",
    *,
    alignment_mode: str = "expand",
    overwrite_ents: bool = False,
    datetime_label: str = "DATE",
    labels: Optional[Iterable[str]] = None,
) -> Doc:
    """Put ``document``'s entities and dates on ``doc`` (whose text must be the same).

    Sets ``doc.ents``, the ``Span._`` attributes of each placed span, ``doc._.reference_date``
    and ``doc._.dropped_mentions``.  Returns ``doc`` (for ``alignment_mode="split"`` the
    same Doc object, with some tokens split).
    """
    if not (isinstance(getattr(document, "text", None), str) and hasattr(document, "entities")
            and hasattr(document, "dates")):
        raise TypeError(f"expected a bangla_news_nlp Document, not {type(document).__name__}")
    if doc.text != document.text:
        raise ValueError("the Doc's text differs from the Document's text; offsets would not match")
    _check_choice("alignment_mode", alignment_mode, ALIGNMENT_MODES)
    _check_choice("datetime_label", datetime_label, ("DATE", "TIME"))
    mentions = _mentions(document, _check_labels(labels), datetime_label)

    if alignment_mode == "split" and mentions:
        _split_tokens(doc, [b for m in mentions for b in (m.start, m.end)])
    mode = "expand" if alignment_mode == "split" else alignment_mode

    dropped: List[Dict[str, Any]] = []
    placed: List[Tuple[bool, _Mention, Span]] = []  # (exact, mention, token span)
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        exact = span is not None
        if span is None and mode != "strict":
            span = doc.char_span(m.start, m.end, alignment_mode=mode)
        if span is None or len(span) == 0:
            dropped.append(_drop(m, f"no {mode} token alignment"))
            continue
        placed.append((exact, m, span))

    # Exactly aligned spans first, then longer mentions, then earlier ones; a span that
    # overlaps one already taken is dropped (never two overlapping ents).
    placed.sort(key=lambda p: (not p[0], -(p[1].end - p[1].start), p[1].start))
    taken = bytearray(len(doc))
    existing = list(doc.ents)
    same = {(s.start_char, s.end_char, s.label_) for s in existing}
    if not overwrite_ents:
        for s in existing:
            taken[s.start:s.end] = b"\x01" * len(s)
    ours: List[Tuple[Span, _Mention]] = []
    for exact, m, span in placed:
        if any(taken[span.start:span.end]):
            if (exact and not overwrite_ents and (m.start, m.end, m.label) in same
                    and not any(o.start < span.end and span.start < o.end for o, _ in ours)):
                ours.append((span, m))  # already there (the component ran before): keep it
                continue
            dropped.append(_drop(m, "overlaps an existing entity" if not overwrite_ents
                                 and _overlaps(span, existing) else "overlaps another mention"))
            continue
        taken[span.start:span.end] = b"\x01" * len(span)
        ours.append((span, m))

    new_ents = [Span(doc, span.start, span.end, label=m.label, kb_id=m.attrs.get("kb_id") or "")
                for span, m in ours]
    if overwrite_ents:
        keep = [s for s in existing if not any(taken[s.start:s.end])]
    else:
        keep = [s for s in existing
                if not any(s.start == n.start and s.end == n.end for n in new_ents)]
    doc.ents = sorted(keep + new_ents, key=lambda s: s.start)

    for ent, (_, m) in zip(new_ents, ours):
        for name in SPAN_EXTENSIONS:  # every one, so no value of an earlier run lingers
            ent._.set(name, m.attrs.get(name))
    ref = document.reference_date
    doc._.reference_date = ref.isoformat() if ref is not None else None
    dropped.sort(key=lambda d: (d["start"], d["end"]))
    doc._.dropped_mentions = dropped
    return doc


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


@lru_cache(maxsize=1)
def _blank_bn() -> Language:
    import spacy

    return spacy.blank("bn")


def document_to_doc(
    document: "Document",
    nlp: Optional[Language] = None,
    *,
    alignment_mode: str = "expand",
    datetime_label: str = "DATE",
    labels: Optional[Iterable[str]] = None,
) -> Doc:
    """``document`` as a spaCy Doc, tokenised by ``nlp``'s tokenizer (no pipeline components
    are run), by ``spacy.blank("bn")``'s when ``nlp`` is None.  This is what
    :meth:`bangla_news_nlp.Document.to_spacy` calls."""
    if not (isinstance(getattr(document, "text", None), str) and hasattr(document, "entities")
            and hasattr(document, "dates")):
        raise TypeError(f"expected a bangla_news_nlp Document, not {type(document).__name__}")
    if nlp is None:
        nlp = _blank_bn()
    elif not isinstance(nlp, Language):
        raise TypeError(
            f"nlp must be a spaCy Language (e.g. spacy.blank('bn')) or None, not "
            f"{type(nlp).__name__}"
        )
    doc = nlp.make_doc(document.text)
    return set_annotations(doc, document, alignment_mode=alignment_mode, overwrite_ents=True,
                           datetime_label=datetime_label, labels=labels)


