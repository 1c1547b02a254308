"""The pipeline: normalise → tokenise → dates → gazetteer match → rules → resolve → Document.

``annotate(text)`` uses a default :class:`Pipeline` built on first use and shared by the whole
process (and by threads: a built pipeline is only read).  Build your own to add gazetteer
files, add entries in code, or fix the reference date for relative expressions.
"""

from __future__ import annotations

import datetime as _dt
import os
import threading
import unicodedata
from pathlib import Path
from collections.abc import Iterable as _Iterable
from itertools import compress
from typing import (Callable, Dict, Iterable, Iterator, List, NamedTuple, Optional, Sequence,
                    Tuple, Union)

import regex

from .dates import DateVocabulary, extract_dates, find_publication_date
from .dates.publication import WINDOW as PUBLICATION_WINDOW
from .document import Document
from .errors import RuleError
from .gazetteer import Entry, GazetteerIndex
from .gazetteer.cache import build_index
from .gazetteer.candidates import gazetteer_candidates
from .lang.bn import date_words as _SHIPPED_DATE_WORDS
from .lang.data import LanguageData
from .models import Calendar, DateMention, Entity, Granularity, Label, trusted
from .ner.candidate import Candidate
from .ner.context import Context
from .ner.model import AUTO
from .ner.registry import DOCUMENT, RULES, SENTENCE, TRIGGERS, Knowledge, Rule, Trigger
from .ner.resolve import resolve
from .ner.rules import RULES as _REGISTERED  # noqa: F401  (registers the library's rules)
from .ner.triggers import (DATE_START, GAZETTEER_FORM_START, GAZETTEER_WORD, NAME_LIKE,
                           STAGE_TRIGGERS, TriggerTable, cached_facts, fact_answers)
from .ner.words import WordFacts
from .resources import gazetteer_files
from .text.blocks import BLOCK_CHARS, blocks
from .text.normalize import Normalized, normalize
from .text.tokenize import NUMBER, TokenSeq, tokenize

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


class Analysis(NamedTuple):
    """What the stages found in one text, before the Document is built."""

    norm: Normalized
    ctx: Context
    cands: List[Candidate]  # every candidate of the gazetteer and the rules
    chosen: List[Candidate]  # what resolve kept, in text order
    dates: tuple
    ref: ReferenceDate


class Pipeline:
    """A configured annotator.

    Build one to add your own gazetteer files or entries, word lists or rules, to switch
    rules off, or to fix the reference date; otherwise [`annotate`][bangla_news_nlp.annotate]
    shares a default one.  Building reads the gazetteers (from the JSON cache when nothing
    changed).  Annotating only reads the pipeline, so one instance can serve several threads
    once your entries and rules are added.  ``nlp(text)`` is ``nlp.annotate(text)``.

        >>> import datetime
        >>> nlp = Pipeline(reference_date=datetime.date(2025, 12, 24))  # or Pipeline(["my.tsv"])
        >>> [(d.text, d.value) for d in nlp("গতকাল ঢাকায় বৈঠক হয়।").dates]
        [('গতকাল', '2025-12-23')]
        >>> Pipeline(disable=["title"]).rule_names[:3]
        ['name-particle', 'alias', 'named']

    :param gazetteers: extra gazetteer files (same schema as ``data/gazetteers/``); they are
        loaded before the shipped ones, so their entries win a conflict.  One path on its own
        is accepted too.
    :param default_gazetteers: also load the shipped gazetteers (default ``True``).
    :param reference_date: the date relative expressions (গতকাল, গত ডিসেম্বরে) are resolved
        against when a call does not give one; else the article's own publication line is used.
    :param cache: keep the built gazetteer index in a JSON cache, rebuilt when a file changes
        (module ``bangla_news_nlp.gazetteer.cache``; the environment variable
        ``BANGLA_NEWS_NLP_CACHE=off`` disables it everywhere).
    :param lang: the word lists and ending tables to use (default: the shipped Bengali
        [`LanguageData`][bangla_news_nlp.LanguageData], shared); build your own with
        ``LanguageData.bengali().extend(roles=[...])``.
    :param disable: names of rules to switch off (see [`rule_names`][bangla_news_nlp.Pipeline.rule_names]
        and docs/rules.md).
    :param model: the trained decider (docs/accuracy.md): ``True`` for the one shipped in
        the package, a path for another made by ``scripts/train_model.py``; ``False``
        (default) for the rules alone.  It weighs the gazetteer's and the rules' candidates
        with spans no rule proposed and decides which are entities (strict F1 on held-out
        news 0.690 → 0.712, on encyclopedic sentences 0.394 → 0.755), at about a third of
        the rules' speed on a first pass (about half once its per-word caches are warm; see
        docs/accuracy.md): off by default until it is faster.  An entity it confirms keeps
        the ``source`` of the rule or list that proposed it; one only it found says
        ``source="model"``.  The model file is read on the first text.  ``"auto"``: the
        shipped decider only where its register router reads encyclopedic text, the rules
        alone where it reads news (held-out news 0.690 as the rules, encyclopedic sentences
        0.752; news at about the rules' speed; see docs/accuracy.md).  A model file named
        ``auto`` is given as ``Path("auto")``.
    :param crf_model: a CRF model trained with ``bangla-news-nlp train-crf`` (needs the
        ``[bnlp]`` extra): its entities fill spans no other stage found, with
        ``source="crf"`` (see docs/crf.md). Off by default.
    :param allow_pickle: let ``crf_model`` be a pickle such as bnlp's ``bn_ner.pkl``.
        Unpickling runs any code in the file: only for files you trust.
    :raises GazetteerError: a gazetteer file cannot be read or breaks the schema (the message
        names the file and line).
    :raises ModelError: ``model`` names a file that is not a decider model.
    :raises RuleError: ``disable`` names a rule that does not exist.
    :raises TypeError: ``reference_date`` is not a ``datetime.date``, ``datetime.datetime`` or
        ``None``.
    """

    block_size: Optional[int] = BLOCK_CHARS
    """A text longer than this many characters (a book, an archive joined into one string)
    is annotated in blocks of at most this size, cut at a paragraph or line break where there
    is one (``bangla_news_nlp.text.blocks``), so that memory stays flat: a 10 MB text peaks
    under 200 MB instead of 700.  Offsets still index the whole text, and the publication line
    at its start is the reference date of every block; but document rules (a surname after
    the full name, an acronym after its expansion, weak forms) look within a block, not across
    blocks.  Set it to ``None`` on a pipeline (``nlp.block_size = None``) to annotate any
    text whole; the setting goes with the pipeline to ``annotate_many``'s worker
    processes."""

    def __init__(
        self,
        gazetteers: Iterable[PathLike] = (),
        *,
        default_gazetteers: bool = True,
        reference_date: ReferenceDate = None,
        cache: bool = True,
        lang: Optional[LanguageData] = None,
        disable: Iterable[str] = (),
        model: Union[bool, str, PathLike] = False,
        crf_model: Optional[PathLike] = None,
        allow_pickle: bool = False,
    ) -> None:
        if isinstance(gazetteers, (str, bytes, os.PathLike)):
            gazetteers = [gazetteers]  # one path given on its own
        if isinstance(disable, str):
            disable = [disable]
        self.reference_date = _check_reference(reference_date)
        if lang is not None and not isinstance(lang, LanguageData):
            raise TypeError(f"lang must be a LanguageData, not {type(lang).__name__}")
        self.lang: LanguageData = lang or LanguageData.bengali()
        self._rules: List[Rule] = list(RULES)
        disable = list(disable)
        for name in disable:
            RULES[name]  # raises RuleError naming the rules there are
        self._rules = [r for r in self._rules if r.name not in disable]
        self._triggers: Dict[str, Trigger] = dict(TRIGGERS)
        paths: List[Path] = [Path(os.fsdecode(p)) for p in gazetteers]
        if default_gazetteers:
            paths += gazetteer_files()
        self.gazetteer: GazetteerIndex = build_index(paths, self.lang, cache=cache)
        self.words = WordFacts(self.lang, self.gazetteer)
        self.dates = (DateVocabulary.default() if self.lang.date_words is _SHIPPED_DATE_WORDS
                      else DateVocabulary.from_words(self.lang.date_words))
        self.dates.pattern  # compiled now, with the rest of the pipeline, not by the first text
        self.knowledge = Knowledge(self.lang, self.gazetteer, self.dates, self.words)
        self._table: Optional[TriggerTable] = None
        self._plan: Optional[tuple] = None
        self._runnable: Dict[int, tuple] = {}
        self._always = 0  # the mask of rules without triggers (see _runnable_for)
        self.model = _decider(model, self.lang, self.gazetteer)
        self.crf = None
        if crf_model is not None:
            from .integrations.crf import load as load_crf  # bnlp is imported only here

            self.crf = load_crf(crf_model, allow_pickle=allow_pickle)
        self._compiled()  # the trigger table, with the vocabulary's cached facts

    # rules ---------------------------------------------------------------------------
    @property
    def rule_names(self) -> List[str]:
        """The names of the rules this pipeline runs, in run order (sentence rules, then
        document rules); an entity a rule finds has ``source="rule:<name>"``."""
        return [r.name for r in self._rules]

    @property
    def rules(self) -> Tuple[Rule, ...]:
        """The rules this pipeline runs, in run order (see docs/rules.md)."""
        return tuple(self._rules)

    def add_rule(
        self,
        func: Callable[..., Iterable[Candidate]],
        *,
        name: str,
        stage: str = SENTENCE,
        triggers: Sequence[str] = (),
        needs: Sequence[Union[Label, str]] = (),
        priority: int = 30,
        labels: Sequence[Union[Label, str]] = (),
        strong_evidence: bool = False,
        before: Optional[str] = None,
        after: Optional[str] = None,
    ) -> Rule:
        """Add your own rule to this pipeline (docs/rules.md has a worked example).

        ``func(ctx)`` (a sentence rule) or ``func(ctx, chosen)`` (a document rule) returns
        the candidates it finds, each made with ``ctx.propose(start_token, end_token,
        label)``; their entities say ``source="rule:<name>"``.

        :param name: a name no other rule of the pipeline has.
        :param stage: ``"sentence"`` (reads the tokens and gazetteer matches) or
            ``"document"`` (also reads ``chosen``, the first resolution of the document).
        :param triggers: names of triggers (``ner/triggers.py``, or your own from
            :meth:`add_trigger`); the rule runs only on documents where one occurs.
        :param needs: document rules: run only when ``chosen`` has one of these labels.
        :param priority: for spans as long as another candidate's: the gazetteer has 40,
            most rules 30; the higher wins.
        :param before: put the rule just before this rule (of the same stage); ``after``:
            just after; default: at the end of its stage.
        :raises RuleError: a name that is taken, an unknown trigger or anchor rule.
        """
        for t in triggers:
            if t not in self._triggers:
                raise RuleError(f"no trigger named {t!r}; the triggers are: "
                                f"{', '.join(self._triggers)}")
        rule = Rule(name, func, stage, tuple(triggers), tuple(needs), priority,
                    tuple(labels), strong_evidence)
        from .ner.registry import RuleRegistry

        registry = RuleRegistry(self._rules)
        registry.add(rule, before=before, after=after)
        self._rules = list(registry)
        self._plan = None
        self._table = None
        return rule

    def add_trigger(
        self,
        name: str,
        *,
        words: Optional[Iterable[str]] = None,
        stems: Optional[Iterable[str]] = None,
        test: Optional[Callable[[str], bool]] = None,
        description: str = "",
    ) -> Trigger:
        """Add a trigger your rules can ask for: the token is one of ``words``, a stem of it
        (through the case endings) is one of ``stems``, or ``test(word)`` holds.

        :raises RuleError: a name that is taken, or not exactly one of the three given.
        """
        if name in self._triggers:
            raise RuleError(f"a trigger named {name!r} already exists")
        if isinstance(words, str) or isinstance(stems, str):
            raise TypeError("words and stems are lists of strings, not one string")
        w = None if words is None else tuple(unicodedata.normalize("NFC", x) for x in words)
        st = None if stems is None else tuple(unicodedata.normalize("NFC", x) for x in stems)
        trigger = Trigger(name, description or name,
                          words=None if w is None else (lambda k, w=w: w),
                          stems=None if st is None else (lambda k, st=st: st),
                          test=None if test is None else (lambda k, f=test: f))
        self._triggers[name] = trigger
        self._table = None
        self._plan = None
        return trigger

    def _runnable_for(self, present: int, sentence_rules, document_rules) -> tuple:
        """The sentence and document rules whose triggers occur in a document with the trigger
        bits ``present`` (remembered per set of bits: documents repeat them).  A stage's rules
        are ``(steps, masks)``: each rule's ``(rule, rank, needs)`` and trigger mask, the mask
        of a rule without triggers a bit above every trigger's that ``present`` is given here
        (the rules picked with built-ins: a new set of bits is common in short texts)."""
        key = present | self._always
        run = (tuple(compress(sentence_rules[0], map(key.__and__, sentence_rules[1]))),
               tuple(compress(document_rules[0], map(key.__and__, document_rules[1]))))
        if len(self._runnable) > 4096:
            self._runnable = {}
        self._runnable[present] = run
        return run

    def _compiled(self) -> tuple:
        """The trigger table and, per stage, the rules with their trigger masks (built when
        first needed, and again after a rule or trigger is added)."""
        plan = self._plan
        if plan is None:
            needed = list(STAGE_TRIGGERS)
            for r in self._rules:
                for t in r.triggers:
                    if t not in needed:
                        needed.append(t)
            table = TriggerTable([self._triggers[t] for t in needed], self.knowledge)
            # the facts of the language data's vocabulary, computed once per cache directory
            # (none while the gazetteer holds entries the cached index does not)
            facts = cached_facts(self.knowledge, self.gazetteer.cache_key)
            if facts is not None:
                table.preload(facts)
                namelike = fact_answers(facts, NAME_LIKE)  # (asked by most person rules)
                if namelike is not None:
                    self.words.preload_namelike(facts["words"], namelike)
            always = self._always = 1 << len(table.bits)  # (see _runnable_for)
            stages: Dict[str, Tuple[list, list]] = {SENTENCE: ([], []), DOCUMENT: ([], [])}
            for rank, r in enumerate(self._rules, start=1):
                steps, masks = stages[r.stage]
                steps.append((r, rank, frozenset(r.needs)))
                masks.append(table.mask(r.triggers) or always)
            sentence, document = stages[SENTENCE], stages[DOCUMENT]
            self._table = table
            self._runnable = {}
            plan = self._plan = (table, sentence, document,
                                 table.bits[GAZETTEER_FORM_START], table.bits[GAZETTEER_WORD],
                                 table.bits[DATE_START])
        return plan

    # gazetteer -----------------------------------------------------------------------
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
        self._forget_words()
        return entry

    def add_gazetteer(self, path: PathLike) -> int:
        """Load one more gazetteer file (its entries come after all loaded ones); returns the
        number of rows read.

        :raises GazetteerError: the file cannot be read or breaks the schema.
        """
        n = self.gazetteer.load(Path(os.fsdecode(path)))
        self._forget_words()
        return n

    def _forget_words(self) -> None:
        self.words.clear()
        self.lang.morph.forget_known()  # (strip_ending's answers with gazetteer.knows)
        if self._table is not None:
            self._table.clear()
        if self.model is not None:
            self.model.forget()

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
        if type(text) is not str:  # noqa: E721  (a str subclass is checked below)
            text = _check_text(text)
        ref = self.reference_date if reference_date is None else _check_reference(reference_date)
        if not text or text.isspace():
            return Document(text=text, reference_date=ref)
        size = self.block_size
        if size is not None and len(text) > size:
            return self._annotate_blocks(text, ref, size)
        norm, ctx, _, chosen, dates, ref = self._analyse(text, ref)
        fields = {"text": text, "entities": self._entities(norm, ctx, chosen),
                  "dates": dates, "reference_date": ref}
        if type(ref) in _PLAIN_REFERENCES:
            # every span was sliced from ``text`` at the offsets it states: valid by construction
            return trusted(Document, fields)
        return Document(**fields)  # (a date or datetime subclass is converted by validation)

    def _annotate_blocks(self, text: str, ref: ReferenceDate, size: int) -> Document:
        """``annotate`` of a text longer than ``size``: block by block (see ``block_size``),
        each block's tokens dropped before the next is read."""
        entities: List[Entity] = []
        dates: List[DateMention] = []
        strings: Dict[str, str] = {}
        if ref is None:  # the publication line, looked for where annotating it whole would
            ref = find_publication_date(normalize(text[:2 * PUBLICATION_WINDOW]).text, self.dates)
        for start, end in blocks(text, size):
            block = text[start:end]
            if block.isspace():
                continue
            a = self._analyse(block, ref, find_reference=False)
            entities.extend(self._entities(a.norm, a.ctx, a.chosen, start, strings))
            if start:
                dates.extend(trusted(DateMention, {**d.__dict__, "start": d.start + start,
                                                   "end": d.end + start}) for d in a.dates)
            else:
                dates.extend(a.dates)
        fields = {"text": text, "entities": tuple(entities), "dates": tuple(dates),
                  "reference_date": ref}
        if type(ref) in _PLAIN_REFERENCES:
            return trusted(Document, fields)
        return Document(**fields)

    def _analyse(self, text: str, ref: ReferenceDate,
                 find_reference: bool = True) -> "Analysis":
        """Every stage but building the Document: what the model stage and the tools that
        look inside (scripts/train_model.py, evaluate) read.  Without ``ref`` the text's
        publication line gives it, unless ``find_reference`` is false."""
        table, sentence_rules, document_rules, form_bit, word_bit, date_bit = \
            self._plan or self._compiled()

        norm = normalize(text)
        ntext = norm.text
        seq = tokenize(ntext)
        flags = table.flags_of(seq.texts)
        present = 0
        for f in set(flags):
            present |= f

        ctx = Context(ntext, seq, self.knowledge, [], flags, table, present)
        if present & date_bit:  # (a publication line has a date, so a date-start token)
            if ref is None and find_reference:
                ref = find_publication_date(ntext, self.dates)
            dates = self._date_mentions(norm, ref, _date_starts(seq, ctx.positions_of(date_bit)))
        else:
            dates = ()
        if present & (form_bit | word_bit):
            ctx.matches = self.gazetteer.find(seq, ntext, ctx.positions_of(form_bit),
                                              ctx.positions_of(word_bit))
        matches = ctx.matches
        cands = gazetteer_candidates(ctx) if matches else []
        run = self._runnable.get(present)
        if run is None:
            run = self._runnable_for(present, sentence_rules, document_rules)
        for rule, rank, _needs in run[0]:
            ctx.rule, ctx.rank = rule, rank
            cands.extend(rule.func(ctx))
        chosen = resolve(cands, ctx.n, seq.starts, seq.ends) if cands else []
        if chosen and run[1]:
            labels = {c.label for c in chosen}
            extra: List[Candidate] = []
            for rule, rank, needs in run[1]:
                if not needs or not needs.isdisjoint(labels):
                    ctx.rule, ctx.rank = rule, rank
                    extra.extend(rule.func(ctx, chosen))
            if extra:
                cands = cands + extra
                chosen = resolve(cands, ctx.n, seq.starts, seq.ends)
        ctx.rule = None
        if self.model is not None:
            chosen = self.model.decide(ctx, cands, chosen)
        if self.crf is not None:
            chosen = self.crf.fill(ctx, chosen, norm, dates)
        return _new_tuple(Analysis, (norm, ctx, cands, chosen, dates, ref))  # (Analysis(...))

    def pipe(self, texts: Iterable[str], reference_date: ReferenceDate = None) -> Iterator[Document]:
        """Annotate a stream of texts lazily, one [`Document`][bangla_news_nlp.Document]
        per text, in order; a text that is not a str raises TypeError naming its index (see
        [`annotate_many`][bangla_news_nlp.annotate_many], which this is with this pipeline)."""
        return annotate_many(texts, reference_date, pipeline=self)

    # internals ---------------------------------------------------------------------
    @staticmethod
    def _entities(norm: Normalized, ctx: Context, chosen: List[Candidate],
                  offset: int = 0, strings: Optional[Dict[str, str]] = None) -> tuple:
        """The Entity of each chosen candidate; ``offset``: where the analysed text starts in
        the caller's (a block's start); ``strings``: the mention strings made so far, so that
        a name mentioned a thousand times in a long text is one string, not a thousand."""
        original = norm.original
        span = None if norm.identity else norm.span  # (no offset to map back: most texts)
        out = []
        for c in chosen:
            s, e = ctx.starts[c.ts], ctx.ends[c.te - 1]
            if span is not None:
                s, e = span(s, e)
            mention = original[s:e]
            base = c.base
            if strings is not None:  # (a long text's blocks: one string per repeated name)
                mention = strings.setdefault(mention, mention)
                base = strings.setdefault(base, base)
            # (valid by construction: the text is sliced at the offsets; the label, canonical
            # name and QID come from validated gazetteers and rules)
            out.append(trusted(Entity, {
                "start": s + offset, "end": e + offset, "text": mention, "label": c.label,
                "base": base, "canonical": c.canonical, "kb_id": c.kb_id, "source": c.source}))
        return tuple(out)

    def _date_mentions(self, norm: Normalized, ref: ReferenceDate, starts: List[int]) -> tuple:
        original = norm.original
        out = []
        for d in extract_dates(norm.text, ref, starts=starts, vocabulary=self.dates):
            s, e = norm.span(d.start, d.end)
            out.append(trusted(DateMention, {
                "start": s, "end": e, "text": original[s:e], "value": d.value,
                "granularity": _GRANULARITIES[d.granularity], "calendar": _CALENDARS[d.calendar],
                "relative": d.relative}))
        return tuple(out)


_SEPARATORS = regex.compile(r"[-.,:/]")
# the members by value: a dict lookup, where calling the Enum (Granularity("date")) takes ten
# times as long, twice per date
_GRANULARITIES = {g.value: g for g in Granularity}
_CALENDARS = {c.value: c for c in Calendar}
_PLAIN_REFERENCES = (type(None), _dt.date, _dt.datetime)
_new_tuple = tuple.__new__  # a NamedTuple made without its Python-level __new__


def _date_starts(seq: TokenSeq, positions: List[int]) -> List[int]:
    """The character offsets where a date token may begin, from the tokens where one may
    (``positions``: number tokens and words a date word may start), with the offsets after
    the separators inside a number (২০-২৫ ডিসেম্বর)."""
    starts, texts, kinds = seq.starts, seq.texts, seq.kinds
    out = [starts[i] for i in positions]
    inner = [
        starts[i] + m.end()
        for i in positions
        if kinds[i] == NUMBER and len(texts[i]) > 2
        for m in _SEPARATORS.finditer(texts[i])
    ]
    return sorted(out + inner) if inner else out


_DEFAULT: Optional[Pipeline] = None
_DEFAULT_LOCK = threading.Lock()


def _decider(model: object, lang: LanguageData, gazetteer: GazetteerIndex):
    """The decider ``Pipeline(model=...)`` asks for, or None."""
    if model is False or model is None:
        return None
    from .ner.model.decider import Decider  # pure Python over the model's numbers

    if model is True:
        return Decider(lang, gazetteer)  # read on the first text
    if model == AUTO:  # (the str "auto"; a file of that name: Path("auto") or "./auto")
        return Decider(lang, gazetteer, only_encyclopedic=True)
    if not isinstance(model, (str, os.PathLike)):
        raise TypeError(f"model must be True, False, 'auto' or a path, "
                        f"not {type(model).__name__}")
    decider = Decider(lang, gazetteer, Path(os.fsdecode(model)))
    decider.load()  # a file the caller named: its errors now (ModelError), not on a text
    return decider


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
    n_process: int = 1,
    batch_size: int = 32,
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
    :param n_process: worker processes (like spaCy's ``nlp.pipe(n_process=)``; ``-1``: one per
        CPU).  With more than one, each worker builds the pipeline once (``pipeline``'s
        configuration: its gazetteers and entries, reference date, language data, rules
        switched off) and annotates batches of ``batch_size`` texts; documents still come in
        input order, and at most ``2 * n_process`` batches are read ahead.  ``1`` (default)
        annotates in this process.
    :param batch_size: texts per batch sent to a worker (only with ``n_process`` > 1).
    :raises TypeError: at once for ``texts`` that is a single str or bytes or not iterable,
        or a bad ``reference_date``; while iterating, for an item that is not a str, naming
        its index (items before it have been yielded).
    :raises ValueError: ``n_process`` or ``batch_size`` out of range, or ``n_process`` > 1
        with a pipeline that has rules added in code.
    :raises bangla_news_nlp.parallel.WorkerError: a worker process died (killed, out of
        memory): the documents before its batch were yielded.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"annotate_many() needs an iterable of str, not a single {type(texts).__name__}; "
            "use annotate(text) for one text, or wrap it in a list"
        )
    if not isinstance(texts, _Iterable):
        raise TypeError(f"annotate_many() needs an iterable of str, not {type(texts).__name__}")
    reference_date = _check_reference(reference_date)
    for name, value, least in (("n_process", n_process, -1), ("batch_size", batch_size, 1)):
        if type(value) is not int or value < least or value == 0:
            raise ValueError(f"annotate_many(): {name} must be a positive int"
                             f"{' or -1 (one per CPU)' if least < 0 else ''}, not {value!r}")
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process > 1:
        from .parallel import annotate_in_processes, spec_of_pipeline

        spec = None if pipeline is None else spec_of_pipeline(pipeline)
        return annotate_in_processes(texts, reference_date, spec, Pipeline, n_process, batch_size)
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
