"""The pipeline: normalise → tokenise → dates → gazetteer match → rules → resolve → Document.

``annotate(text)`` uses a default :class:`Pipeline` built on first use and shared by the whole
process (and by threads: a built pipeline is only read).  Build your own to add gazetteer
files, add entries in code, or fix the reference date for relative expressions.
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
from pathlib import Path
from collections.abc import Iterable as _Iterable
from typing import Iterable, Iterator, List, Optional, Sequence, Union

import regex

from .ner.candidate import Candidate
from .dates import extract_dates, find_publication_date
from .gazetteer import Entry, GazetteerIndex
from .gazetteer.cache import build_index
from .gazetteer.candidates import gazetteer_candidates
from .lang.data import lexicon
from .document import Document
from .models import Calendar, DateMention, Entity, Granularity, Label
from .text.normalize import Normalized, normalize
from .ner.resolve import resolve
from .resources import gazetteer_files
from .ner.rules import DOCUMENT_RULES, SENTENCE_RULES, Context
from .text.tokenize import NUMBER, TokenSeq, tokenize
from .ner.vocab import DATE, Vocab

__all__ = ["Pipeline", "annotate", "annotate_many", "default_pipeline"]

PathLike = Union[str, "os.PathLike[str]"]
ReferenceDate = Union[_dt.date, _dt.datetime, None]


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"annotate() needs str, not {type(text).__name__}; decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"annotate() needs str, not {type(text).__name__}")


def _check_reference(ref: object) -> ReferenceDate:
    if ref is None or isinstance(ref, (_dt.date, _dt.datetime)):
        return ref
    raise TypeError(
        f"reference_date must be a datetime.date, a datetime.datetime or None, not "
        f"{type(ref).__name__}"
        + ("; parse it first, e.g. datetime.date.fromisoformat(s)" if isinstance(ref, str) else "")
    )


class Pipeline:
    """A configured annotator.

    Build one to add your own gazetteer files or entries, or to fix the reference date;
    otherwise [`annotate`][bangla_news_nlp.annotate] shares a default one.  Building reads
    the gazetteers (from the JSON cache when nothing changed).  Annotating only reads the
    pipeline, so one instance can serve several threads once your entries are added.
    ``nlp(text)`` is ``nlp.annotate(text)``.

        >>> import datetime
        >>> nlp = Pipeline(reference_date=datetime.date(2025, 12, 24))  # or Pipeline(["my.tsv"])
        >>> [(d.text, d.value) for d in nlp("গতকাল ঢাকায় বৈঠক হয়।").dates]
        [('গতকাল', '2025-12-23')]

    :param gazetteers: extra gazetteer files (same schema as ``data/gazetteers/``); they are
        loaded before the shipped ones, so their entries win a conflict.  One path on its own
        is accepted too.
    :param default_gazetteers: also load the shipped gazetteers (default ``True``).
    :param reference_date: the date relative expressions (গতকাল, গত ডিসেম্বরে) are resolved
        against when a call does not give one; else the article's own publication line is used.
    :param cache: keep the built gazetteer index in a JSON cache, rebuilt when a file changes
        (module ``bangla_news_nlp.gazetteer.cache``; the environment variable
        ``BANGLA_NEWS_NLP_CACHE=off`` disables it everywhere).
    :param crf_model: a CRF model trained with ``bangla-news-nlp train-crf`` (needs the
        ``[bnlp]`` extra): its entities fill spans no other stage found, with
        ``source="crf"`` (see docs/crf.md). Off by default.
    :param allow_pickle: let ``crf_model`` be a pickle such as bnlp's ``bn_ner.pkl``.
        Unpickling runs any code in the file: only for files you trust.
    :raises GazetteerError: a gazetteer file cannot be read or breaks the schema (the message
        names the file and line).
    :raises TypeError: ``reference_date`` is not a ``datetime.date``, ``datetime.datetime`` or
        ``None``.
    """

    def __init__(
        self,
        gazetteers: Iterable[PathLike] = (),
        *,
        default_gazetteers: bool = True,
        reference_date: ReferenceDate = None,
        cache: bool = True,
        crf_model: Optional[PathLike] = None,
        allow_pickle: bool = False,
    ) -> None:
        if isinstance(gazetteers, (str, bytes, os.PathLike)):
            gazetteers = [gazetteers]  # one path given on its own
        self.reference_date = _check_reference(reference_date)
        paths: List[Path] = [Path(os.fsdecode(p)) for p in gazetteers]
        if default_gazetteers:
            paths += gazetteer_files()
        self.gazetteer: GazetteerIndex = build_index(paths, cache=cache)
        self.lexicon = lexicon()
        self.vocab = Vocab(self.gazetteer, self.lexicon)
        self.crf = None
        if crf_model is not None:
            from .integrations.crf import load as load_crf  # bnlp is imported only here

            self.crf = load_crf(crf_model, allow_pickle=allow_pickle)

    # extension ---------------------------------------------------------------------
    def add_entry(
        self,
        label: Union[Label, str],
        canonical: str,
        forms: Sequence[str],
        *,
        kb_id: Optional[str] = None,
        source: str = "user",
    ) -> Entry:
        """Add an entity in code: ``nlp.add_entry("ORG", "Amar Desh", ["আমার দেশ"])``.

        Entries added this way come after the ones loaded from files, so they do not
        override a file's entry for the same form (add them through a file to do that).
        Entities found through them have ``source`` ``"gazetteer:user"``.

        :param label: a [`Label`][bangla_news_nlp.Label] or its name (``"ORG"``).
        :param canonical: the entity's English name.
        :param forms: Bengali surface forms in their base (uninflected) form, as in a
            gazetteer file; prefix a form with ``~`` to make it weak (matched only when the
            document also has a strong form of the entity).
        :param kb_id: the Wikidata QID (``"Q159"``), when known.
        :param source: where the facts come from (kept on the entry, like a file's
            ``source`` column).
        :returns: the new gazetteer entry.
        :raises GazetteerError: an unknown label, a malformed QID, an empty form.
        :raises TypeError: ``forms`` is one string instead of a list of strings.
        """
        entry = self.gazetteer.add(label, canonical, forms, kb_id=kb_id, source=source)
        self.vocab.clear()
        return entry

    def add_gazetteer(self, path: PathLike) -> int:
        """Load one more gazetteer file (its entries come after all loaded ones); returns the
        number of rows read.

        :raises GazetteerError: the file cannot be read or breaks the schema.
        """
        n = self.gazetteer.load(Path(os.fsdecode(path)))
        self.vocab.clear()
        return n

    # annotation --------------------------------------------------------------------
    def __call__(self, text: str, reference_date: ReferenceDate = None) -> Document:
        """Same as [`annotate`][bangla_news_nlp.Pipeline.annotate]: ``nlp(text)``."""
        return self.annotate(text, reference_date)

    def annotate(self, text: str, reference_date: ReferenceDate = None) -> Document:
        """Annotate one text; every offset indexes ``text`` itself.

        :param text: any ``str`` (empty, emoji, a megabyte of text); it is not changed.
        :param reference_date: the date relative and year-less dates are resolved against;
            default: the pipeline's ``reference_date``, else the article's publication line
            (প্রকাশ: …), else none (then such dates get what is certain, or ``None``).
        :returns: the [`Document`][bangla_news_nlp.Document].
        :raises TypeError: ``text`` is not a ``str`` (decode bytes first), or
            ``reference_date`` is not a date, a datetime or ``None``.
        """
        text = _check_text(text)
        ref = _check_reference(reference_date) or self.reference_date
        if not text.strip():
            return Document(text=text, reference_date=ref)

        norm = normalize(text)
        ntext = norm.text
        seq = tokenize(ntext)

        flags = self.vocab.flags_of(seq.texts)
        if ref is None:
            ref = find_publication_date(ntext)
        dates = self._date_mentions(norm, ref, _date_starts(seq, flags))

        matches = self.gazetteer.find(seq, ntext, flags, self.vocab)
        ctx = Context(ntext, seq, self.gazetteer, matches, self.lexicon, flags, self.vocab)
        cands = gazetteer_candidates(ctx)
        for rule in SENTENCE_RULES:
            cands.extend(rule(ctx))
        chosen = resolve(cands, ctx.n, seq.starts, seq.ends)
        extra: List[Candidate] = []
        for rule in DOCUMENT_RULES:
            extra.extend(rule(ctx, chosen))
        if extra:
            chosen = resolve(cands + extra, ctx.n, seq.starts, seq.ends)
        if self.crf is not None:
            chosen = self.crf.fill(ctx, chosen, norm, dates)

        return Document(
            text=text,
            entities=self._entities(norm, ctx, chosen),
            dates=dates,
            reference_date=ref,
        )

    def pipe(self, texts: Iterable[str], reference_date: ReferenceDate = None) -> Iterator[Document]:
        """Annotate a stream of texts lazily, one [`Document`][bangla_news_nlp.Document]
        per text, in order; a text that is not a str raises TypeError naming its index (see
        [`annotate_many`][bangla_news_nlp.annotate_many], which this is with this pipeline)."""
        return annotate_many(texts, reference_date, pipeline=self)

    # internals ---------------------------------------------------------------------
    @staticmethod
    def _entities(norm: Normalized, ctx: Context, chosen: List[Candidate]) -> tuple:
        original = norm.original
        out = []
        for c in chosen:
            s, e = norm.span(ctx.starts[c.ts], ctx.ends[c.te - 1])
            # validated (pydantic-core is faster than model_construct here, and it checks the
            # span invariants once more)
            out.append(Entity(start=s, end=e, text=original[s:e], label=c.label,
                              base=c.base, canonical=c.canonical, kb_id=c.kb_id,
                              source=c.source))
        return tuple(out)

    @staticmethod
    def _date_mentions(norm: Normalized, ref: ReferenceDate, starts: List[int]) -> tuple:
        original = norm.original
        out = []
        for d in extract_dates(norm.text, ref, starts=starts):
            s, e = norm.span(d.start, d.end)
            out.append(DateMention(
                start=s, end=e, text=original[s:e], value=d.value,
                granularity=Granularity(d.granularity), calendar=Calendar(d.calendar),
                relative=d.relative))
        return tuple(out)


_SEPARATORS = regex.compile(r"[-.,:/]")


def _date_starts(seq: TokenSeq, flags: List[int]) -> List[int]:
    """The positions where a date token may begin: number tokens (and the positions after
    the separators inside them: ২০-২৫ ডিসেম্বর) and words a date word may start."""
    starts, texts, kinds = seq.starts, seq.texts, seq.kinds
    out = [starts[i] for i, f in enumerate(flags) if f & DATE]
    inner = [
        starts[i] + m.end()
        for i, f in enumerate(flags)
        if f & DATE and kinds[i] == NUMBER and len(texts[i]) > 2
        for m in _SEPARATORS.finditer(texts[i])
    ]
    return sorted(out + inner) if inner else out


_DEFAULT: Optional[Pipeline] = None
_DEFAULT_LOCK = threading.Lock()


def default_pipeline() -> Pipeline:
    """The process-wide pipeline [`annotate`][bangla_news_nlp.annotate] uses: only the
    shipped gazetteers, no fixed reference date; built once, on first use, thread-safely."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Pipeline()
    return _DEFAULT


def annotate(text: str, reference_date: ReferenceDate = None) -> Document:
    """Annotate Bengali news text: people, places, organisations, nationalities and dates.

    Uses the shared [`default_pipeline`][bangla_news_nlp.default_pipeline] (built on the
    first call); build a [`Pipeline`][bangla_news_nlp.Pipeline] for your own gazetteers.

        >>> doc = annotate("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে বৈঠক হয়।")
        >>> [(e.text, e.label.value) for e in doc.entities]
        [('রুশ', 'NORP'), ('ভ্লাদিমির পুতিনের', 'PERSON'), ('মস্কোতে', 'GPE')]

    :param text: any ``str``; every offset in the result indexes it.
    :param reference_date: the date relative expressions (গতকাল, গত ডিসেম্বরে) and dates
        without a year are resolved against; default: the article's publication line
        (প্রকাশ: …), else none.
    :returns: the [`Document`][bangla_news_nlp.Document]: entities, dates, tokens, sentences.
    :raises TypeError: ``text`` is not a ``str`` (decode bytes first), or ``reference_date``
        is not a ``datetime.date``, ``datetime.datetime`` or ``None``.
    """
    return default_pipeline().annotate(text, reference_date)


def annotate_many(
    texts: Iterable[str],
    reference_date: Union[_dt.date, _dt.datetime, None] = None,
    *,
    pipeline: Optional[Pipeline] = None,
) -> Iterator[Document]:
    """Annotate each text of ``texts`` (any iterable of str: a list, a file's lines, a
    generator), yielding Documents one at a time in the same order.

    >>> for doc in annotate_many(["ঢাকায় বৃষ্টি।", "রুশ প্রেসিডেন্ট পুতিন বলেন …"]):
    ...     print(len(doc.entities))  # doctest: +SKIP

    Texts are read and annotated only as the result is iterated, so a stream of any length
    takes the memory of one document at a time.

    :param reference_date: what relative dates are resolved against, for every text (else
        each text's own publication line; see :func:`bangla_news_nlp.annotate`).
    :param pipeline: the :class:`~bangla_news_nlp.Pipeline` to use (default: the one
        :func:`~bangla_news_nlp.annotate` uses).
    :raises TypeError: at once for ``texts`` that is a single str or bytes or not iterable,
        or a bad ``reference_date``; while iterating, for an item that is not a str, naming
        its index (items before it have been yielded).
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"annotate_many() needs an iterable of str, not a single {type(texts).__name__}; "
            "use annotate(text) for one text, or wrap it in a list"
        )
    if not isinstance(texts, _Iterable):
        raise TypeError(f"annotate_many() needs an iterable of str, not {type(texts).__name__}")
    reference_date = _check_reference(reference_date)
    return _annotate_each(texts, reference_date, pipeline)


def _annotate_each(texts, reference_date, pipeline) -> Iterator[Document]:
    if pipeline is None:
        pipeline = default_pipeline()
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            hint = "; decode it first, e.g. data.decode('utf-8')" \
                if isinstance(text, (bytes, bytearray, memoryview)) else ""
            raise TypeError(
                f"annotate_many(): item {i} is {type(text).__name__}, not str{hint}"
            )
        yield pipeline.annotate(text, reference_date)
