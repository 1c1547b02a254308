"""What the rules see: the tokens, the gazetteer's matches and the word lists."""

from __future__ import annotations

from typing import Dict, List, Optional

from ..gazetteer import GazetteerIndex, Match
from ..lang.data import Lexicon
from ..models import Label
from ..text.morphology import DETACHED, stems, strip_ending
from ..text.tokenize import PUNCT, WORD, TokenSeq

__all__ = ["Context"]


class Context:
    """One document under analysis (normalised text, tokens, gazetteer matches)."""

    def __init__(self, text: str, seq: TokenSeq, gazetteer: GazetteerIndex,
                 matches: List[Match], lex: Lexicon, flags: List[int], vocab):
        self.text = text
        self.seq = seq
        self.texts = seq.texts
        self.kinds = seq.kinds
        self.starts = seq.starts
        self.ends = seq.ends
        self.n = len(seq.texts)
        self.gazetteer = gazetteer
        self.lex = lex
        self.matches = matches
        self.flags = flags  # the vocabulary's flags of each token (see vocab.py)
        self.vocab = vocab  # cached facts about words (see vocab.py)
        self._flagged = [i for i, f in enumerate(flags) if f]
        # the label of the strong gazetteer match covering each token, if any
        self.gaz_label: List[Optional[Label]] = [None] * self.n
        self.match_ending: Dict[int, Match] = {}
        entries = gazetteer.entries
        for m in matches:
            strong = [eid for eid, weak in m.refs if not weak]
            if not strong:
                continue
            label = entries[strong[0]].label
            for k in range(m.ts, m.te):
                if self.gaz_label[k] is None:
                    self.gaz_label[k] = label
            self.match_ending.setdefault(m.te, m)

    def positions(self, mask: int) -> List[int]:
        """Indices of the tokens whose vocabulary flags include ``mask``."""
        flags = self.flags
        return [i for i in self._flagged if flags[i] & mask]

    # token predicates ----------------------------------------------------------------
    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == WORD

    def is_punct(self, i: int, chars: str) -> bool:
        return 0 <= i < self.n and self.kinds[i] == PUNCT and self.texts[i] in chars

    def glued(self, i: int, j: int) -> bool:
        """Token ``j`` follows token ``i`` with no space between (আল-শারা)."""
        return self.ends[i] == self.starts[j]

    def same_line(self, i: int, j: int) -> bool:
        """No line break between tokens ``i`` and ``j`` (``i < j``)."""
        return "\n" not in self.text[self.ends[i] : self.starts[j]]

    def is_namelike(self, i: int) -> bool:
        """A Bengali word that may be part of a name: not an everyday word, not a role."""
        return self.kinds[i] == WORD and self.vocab.namelike(self.texts[i]) if 0 <= i < self.n \
            else False

    def has_clear_ending(self, i: int) -> bool:
        """The word ends in a case ending that no name ends in (আসাদের, পুতিনকে)."""
        return self.vocab.clear_ending(self.texts[i])

    def match_base(self, m: Match) -> str:
        """A gazetteer match's text with the stem the gazetteer matched in place of the last
        word (and without a detached ending: পুতিন-এর → পুতিন)."""
        last = m.te - 3 if m.ending[:1] in ("-", "’", "'") else m.te - 1
        return self.text[self.starts[m.ts] : self.starts[last]] + m.stem

    def has_case_ending(self, i: int) -> bool:
        """The word ends in any case ending but র (whose words are often whole names): a
        word so inflected ends a name, it is not inside one (ছুরিকাঘাতে সজীব …)."""
        return self.vocab.case_ending(self.texts[i])

    def base_of(self, ts: int, te: int) -> str:
        """The span's text with the last word's case ending removed."""
        last = te - 1
        if last - 2 >= ts and self.texts[last] in DETACHED and self.texts[last - 1] in "-’'" \
                and self.glued(last - 1, last):
            last -= 2  # পুতিন-এর
        while last > ts and self.kinds[last] != WORD:
            last -= 1
        word = self.texts[last]
        lex = self.lex
        if lex.is_name_as_written(word) or word.endswith(lex.place_endings):
            stem = word  # তানভীর, বারাকপুর: the র is the name's own
        else:
            stem, ending = strip_ending(word, self.gazetteer.knows)
            if not ending:  # an everyday word keeps no ending either (নদী of তিতাস নদীতে)
                stem = next((st for st, _ in stems(word)[1:] if st in lex.common_words), word)
        return self.text[self.starts[ts] : self.starts[last]] + stem
