"""What the rules see of one document: its tokens, the gazetteer's matches, the positions of
each trigger, the pipeline's knowledge, and :meth:`Context.propose` to make a candidate."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence

from ..errors import RuleError
from ..models import Label
from ..text.tokenize import PUNCT, WORD, TokenSeq
from .candidate import Candidate
from .registry import Knowledge

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer.index import Match
    from .registry import Rule
    from .triggers import TriggerTable

__all__ = ["Context"]


class Context:
    """One document under analysis (its normalised text, tokens and gazetteer matches).

    Read by the rules: ``texts``, ``kinds``, ``starts``, ``ends`` (the tokens as parallel
    lists; ``kinds`` holds ``text.tokenize.WORD``, ``NUMBER``, ``PUNCT`` or ``SYMBOL``),
    ``n`` (the number of tokens), ``matches`` (the gazetteer's), ``gaz_label[i]`` (the label
    of the strong gazetteer match covering token ``i``, or None), ``lang``, ``gazetteer``,
    ``words`` (cached facts about words), :meth:`positions` and :meth:`propose`.
    """

    # what is worked out only when a rule first asks (an instance attribute from then on)
    _gaz_label: Optional[List[Optional[Label]]] = None
    _match_ending: "Optional[Dict[int, Match]]" = None
    _line_starts: Optional[bytearray] = None
    _text_set: Optional[frozenset] = None

    def __init__(self, text: str, seq: TokenSeq, knowledge: Knowledge, matches: "List[Match]",
                 flags: List[int], table: "TriggerTable", present: Optional[int] = None) -> None:
        self.text = text
        self.seq = seq
        self.starts, self.ends, self.kinds, self.texts = seq
        self.n = len(self.texts)
        self.knowledge = knowledge
        self.lang = knowledge.lang
        self.gazetteer = knowledge.gazetteer
        self.words = knowledge.words
        self.matches = matches
        self.flags = flags  # the trigger bits of each token (see ner/triggers.py)
        self.table = table
        if present is None:
            present = 0
            for f in set(flags):
                present |= f
        self.present = present  # every trigger bit of the document
        self._positions: Dict[int, List[int]] = {}
        self.rule: "Optional[Rule]" = None  # the rule being run (set by the pipeline)
        self.rank = 0

    @property
    def gaz_label(self) -> List[Optional[Label]]:
        """The label of the strong gazetteer match covering each token, or None."""
        if self._gaz_label is None:
            self._index_matches()
        return self._gaz_label  # type: ignore[return-value]

    @property
    def match_ending(self) -> "Dict[int, Match]":
        """The first strong gazetteer match ending at each token position (exclusive end)."""
        if self._match_ending is None:
            self._index_matches()
        return self._match_ending  # type: ignore[return-value]

    def _index_matches(self) -> None:
        gaz_label: List[Optional[Label]] = [None] * self.n
        ending: "Dict[int, Match]" = {}
        if self.matches:
            entries = self.gazetteer.entries
            for m in self.matches:
                strong = next((eid for eid, weak in m.refs if not weak), None)
                if strong is None:
                    continue
                label = entries[strong].label
                for k in range(m.ts, m.te):
                    if gaz_label[k] is None:
                        gaz_label[k] = label
                ending.setdefault(m.te, m)
        self._gaz_label, self._match_ending = gaz_label, ending

    # triggers -----------------------------------------------------------------------
    def positions(self, trigger: str) -> List[int]:
        """Indices of the tokens where ``trigger`` holds, in text order."""
        return self.positions_of(self.table.bits[trigger])

    def positions_of(self, bit: int) -> List[int]:
        """:meth:`positions` by the trigger's bit.  The positions of every trigger of the
        document are found in one pass over the tokens, on the first call."""
        if not self.present & bit:
            return []
        positions = self._positions
        if not positions:
            for i, f in enumerate(self.flags):
                while f:
                    low = f & -f
                    at = positions.get(low)
                    if at is None:
                        positions[low] = [i]
                    else:
                        at.append(i)
                    f ^= low
        return positions[bit]

    def has(self, trigger: str) -> bool:
        """Whether ``trigger`` holds somewhere in the document."""
        return bool(self.present & self.table.bits[trigger])

    # making candidates --------------------------------------------------------------
    def propose(self, ts: int, te: int, label: "Label | str", base: Optional[str] = None, *,
                canonical: Optional[str] = None, kb_id: Optional[str] = None,
                eid: Optional[int] = None, source: Optional[str] = None,
                priority: Optional[int] = None, local: Optional[bool] = None) -> Candidate:
        """A candidate of the rule being run: tokens ``ts`` to ``te`` (exclusive), with
        ``source="rule:<name>"`` and the rule's priority unless given; ``base`` defaults to
        the span without the last word's case ending (:meth:`base_of`).  ``label`` is a
        :class:`Label` or its name (``"ORG"``).

        :raises RuleError: a label that is not one, or a span outside the text's tokens."""
        rule = self.rule
        if rule is None:
            raise RuntimeError("propose() is for rules run by a pipeline")
        if type(label) is not Label:
            try:
                label = Label(label)
            except ValueError:
                raise RuleError(f"rule {rule.name!r} proposed the label {label!r}; labels are "
                                f"{', '.join(x.value for x in Label)}") from None
        if not (type(ts) is int and type(te) is int and 0 <= ts < te <= self.n):
            raise RuleError(f"rule {rule.name!r} proposed tokens {ts!r} to {te!r}, not a span "
                            f"of this text's {self.n} tokens")
        if priority is None:
            priority = rule.priority
            if priority is None:
                raise ValueError(f"rule {rule.name!r} declares no priority: give one")
        return Candidate(ts, te, label, self.base_of(ts, te) if base is None else base,
                         f"rule:{rule.name}" if source is None else source, priority,
                         canonical, kb_id, eid, self.rank, rule,
                         rule.local if local is None else local)

    def extend(self, c: Candidate, ts: int) -> Candidate:
        """``c`` taken back to start at token ``ts``: the same source, priority, canonical
        name and entry (a name prefix before a name: মো. শফিকুর রহমান)."""
        return Candidate(ts, c.te, c.label, self.base_of(ts, c.te), c.source, c.priority,
                         c.canonical, c.kb_id, c.eid, self.rank, self.rule, c.local)

    # token predicates ---------------------------------------------------------------
    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == WORD

    def is_punct(self, i: int, chars: Sequence[str]) -> bool:
        return 0 <= i < self.n and self.kinds[i] == PUNCT and self.texts[i] in chars

    def glued(self, i: int, j: int) -> bool:
        """Token ``j`` follows token ``i`` with no space between (আল-শারা)."""
        return self.ends[i] == self.starts[j]

    @property
    def line_starts(self) -> bytearray:
        """A flag per token: 1 where the token starts a line (the first token, or a line break
        between it and the token before): ``not same_line(i - 1, i)`` for every ``i`` at
        once."""
        flags = self._line_starts
        if flags is None:
            n = self.n
            flags = self._line_starts = bytearray(n)
            if n:
                flags[0] = 1
                text, starts = self.text, self.starts
                pos = text.find("\n", starts[0])
                while pos != -1:
                    i = bisect_right(starts, pos)  # (no token holds a line break)
                    if i >= n:
                        break
                    flags[i] = 1
                    pos = text.find("\n", starts[i])
        return flags

    def same_line(self, i: int, j: int) -> bool:
        """No line break between tokens ``i`` and ``j`` (``i < j``)."""
        return "\n" not in self.text[self.ends[i] : self.starts[j]]

    def is_namelike(self, i: int) -> bool:
        """A Bengali word that may be part of a name: not an everyday word, not a role."""
        return self.kinds[i] == WORD and self.words.namelike(self.texts[i]) if 0 <= i < self.n \
            else False

    def has_clear_ending(self, i: int) -> bool:
        """The word ends in a case ending that no name ends in (আসাদের, পুতিনকে)."""
        return self.words.clear_ending(self.texts[i])

    def has_case_ending(self, i: int) -> bool:
        """The word ends in any case ending but র (whose words are often whole names): a
        word so inflected ends a name, it is not inside one (ছুরিকাঘাতে সজীব …)."""
        return self.words.case_ending(self.texts[i])

    def strong_label(self, m: "Match") -> Optional[Label]:
        """The label of a match's first strong entry (None when all its forms are weak)."""
        strong = next((eid for eid, weak in m.refs if not weak), None)
        return None if strong is None else self.gazetteer.entries[strong].label

    # base forms ---------------------------------------------------------------------
    def match_base(self, m: "Match") -> str:
        """A gazetteer match's text with the stem the gazetteer matched in place of the last
        word (and without a detached ending: পুতিন-এর → পুতিন)."""
        last = m.te - 3 if m.ending[:1] in ("-", "’", "'") else m.te - 1
        return self.text[self.starts[m.ts] : self.starts[last]] + m.stem

    def _inflected_whole(self, word: str, stem: str) -> bool:
        """Whether ``word`` (an unknown ``stem`` + the genitive র, by its shape) is rather a
        whole word: the text also has it with a case ending of its own (গার্ডনারের,
        গার্ডনারকে beside গার্ডনার, where the name is Gardner, not গার্ডনা)."""
        if self.gazetteer.knows(stem) or self.lang.is_name_as_written(stem):
            return False
        texts = self._text_set
        if texts is None:
            texts = self._text_set = frozenset(self.texts)
        return any(word + e in texts for e in self.lang.morph.clear)

    def base_of(self, ts: int, te: int) -> str:
        """The span's text with the last word's case ending removed."""
        last = te - 1
        texts = self.texts
        if last - 2 >= ts and texts[last] in self.lang.morph.detached \
                and texts[last - 1] in "-’'" and self.glued(last - 1, last):
            last -= 2  # পুতিন-এর
        while last > ts and self.kinds[last] != WORD:
            last -= 1
        word = texts[last]
        lang = self.lang
        if lang.is_name_as_written(word) or word.endswith(lang.place_endings):
            stem = word  # তানভীর, বারাকপুর: the র is the name's own
        else:
            stem, ending = lang.strip_ending(word, self.gazetteer.knows)
            if ending == lang.tables["vowel_genitive"] and self._inflected_whole(word, stem):
                stem = word  # গার্ডনার beside গার্ডনারের: the র is the name's (Gardner)
            if not ending:  # an everyday word keeps no ending either (নদী of তিতাস নদীতে)
                stem = next((st for st, _ in lang.stems(word)[1:] if st in lang.common_words),
                            None) or lang.without_emphatic(word)  # (রহিম উদ্দিনও)
        return self.text[self.starts[ts] : self.starts[last]] + stem
