"""Entity summaries: one row per person, place or organisation a document mentions.

``doc.people``, ``doc.places`` and ``doc.organizations`` group a document's mentions by the
entity they name: by canonical name when the entity has one (পুতিনের and ভ্লাদিমির পুতিন are
both Vladimir Putin), else by the mention's base form (its text without the case ending).
Each :class:`EntitySummary` has the mention count, the first offset, the mentions themselves
and, for people, the roles and titles written with them (:class:`Role`):

* a role or honorific right before the name: রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন,
  উপাচার্য অধ্যাপক নিয়াজ আহমেদ খান, সম্পাদক : আবদুল হাই শিকদার;
* a role in apposition after the name: মির্জা ফখরুল ইসলাম আলমগীর, বিএনপির মহাসচিব, …;
* whose role it is: a nationality, place or organisation right before the role, uninflected
  or in the genitive (রুশ প্রেসিডেন্ট → Russia, সিরিয়ার পররাষ্ট্রমন্ত্রী → Syria,
  ঢাকা বিশ্ববিদ্যালয়ের উপাচার্য → University of Dhaka);
* a qualifier between the two (সাবেক প্রধানমন্ত্রী: former).

The role words come from ``lang/titles.py`` (offices and occupations; kinship words are not
roles here), the qualifiers from ``lang/role_context.py``.  Nothing here changes the
Document or its JSON: the summaries are computed on first access and cached.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Dict, List, Literal, Optional, Sequence, Tuple

import regex
from pydantic import ConfigDict, Field

from ..lang.bn import role_context, titles
from ..lang.data import LanguageData
from ..models import Entity, Label, _count, _JsonModel, _Verbatim
from ..text.normalize import normalize
from ..text.phrases import PhraseSet, split_words
from ..text.tokenize import PUNCT, WORD, tokenize

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

__all__ = ["Role", "EntitySummary", "summarize", "PEOPLE", "PLACES", "ORGANIZATIONS"]

PEOPLE: Tuple[Label, ...] = (Label.PERSON,)
PLACES: Tuple[Label, ...] = (Label.GPE, Label.LOC)
ORGANIZATIONS: Tuple[Label, ...] = (Label.ORG,)

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Role(_JsonModel):
    """A role or title written with a person's name.

    ``রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিন`` gives ``Role(title="প্রেসিডেন্ট", kind="role",
    of="Russia", of_kb_id="Q159")``; ``অধ্যাপক`` before a name gives a ``kind="honorific"``.
    """

    model_config = _FROZEN

    title: str = Field(description="The role or title, in normalised spelling: প্রেসিডেন্ট, "
                                   "পররাষ্ট্রমন্ত্রী, প্রধান উপদেষ্টা, অধ্যাপক.")
    kind: Literal["role", "honorific"] = Field(
        description="'role' for an office or occupation (lang/titles.py ROLES, WEAK_ROLES), "
                    "'honorific' for a form of address, academic or military rank (HONORIFICS).")
    of: Optional[str] = Field(
        default=None,
        description="Whose role: the canonical name (else the base form) of the nationality, "
                    "place or organisation written right before it: Russia for রুশ.")
    of_kb_id: Optional[str] = Field(default=None, description="Wikidata QID of ``of``, when known.")
    qualifier: Optional[str] = Field(
        default=None, description="A word such as সাবেক (former) or ভারপ্রাপ্ত (acting) "
                                  "written before the role.")

    def __str__(self) -> str:
        text = self.title if self.qualifier is None else f"{self.qualifier} {self.title}"
        return text if self.of is None else f"{text} of {self.of}"


class EntitySummary(_JsonModel):
    """Every mention of one entity in a document."""

    model_config = _FROZEN

    name: str = Field(description="The canonical name when known, else the base form of the "
                                  "first mention.")
    label: Label = Field(description="The label of the first mention.")
    canonical: Optional[str] = Field(default=None, description="English name, when known.")
    kb_id: Optional[str] = Field(default=None, description="Wikidata QID, when a mention has one.")
    count: int = Field(ge=1, description="How many mentions.")
    first_offset: int = Field(ge=0, description="Start offset of the first mention.")
    mentions: Tuple[Entity, ...] = Field(description="The mentions, in text order.")
    forms: Tuple[str, ...] = Field(description="The distinct base forms of the mentions, in "
                                               "order of first appearance.")
    roles: Tuple[Role, ...] = Field(
        default=(), description="Distinct roles and titles written with the mentions, in order "
                                "of first appearance (people only; empty for other entities).")

    def __repr_args__(self):  # type: ignore[no-untyped-def]
        # EntitySummary('Vladimir Putin', PERSON, 2 mentions, roles=['প্রেসিডেন্ট of Russia'])
        yield None, self.name
        yield None, _Verbatim(self.label.value)
        yield None, _count(self.count, "mention", "mentions")
        if self.roles:
            yield "roles", [str(r) for r in self.roles]


# ----------------------------------------------------------------------------------------
def summarize(doc: "Document", labels: Sequence[Label | str] = PEOPLE) -> Tuple[EntitySummary, ...]:
    """Summaries of the document's entities with one of ``labels``, in order of first mention.

    Mentions are grouped by canonical name when they have one, else by base form.  Roles are
    looked for around PERSON mentions only.
    """
    wanted = {Label(lab) for lab in labels}
    groups: Dict[Tuple[str, str], List[Entity]] = {}
    for e in doc.entities:
        if e.label in wanted:
            key = ("canonical", e.canonical) if e.canonical else ("base", e.base)
            groups.setdefault(key, []).append(e)
    finder = _RoleFinder(doc) if Label.PERSON in wanted and groups else None
    out = []
    for key, mentions in groups.items():
        first = mentions[0]
        roles: List[Role] = []
        if finder is not None:
            for m in mentions:
                if m.label == Label.PERSON:
                    roles.extend(finder.roles_of(m))
        out.append(EntitySummary(
            name=first.canonical or first.base,
            label=first.label,
            canonical=first.canonical,
            kb_id=next((m.kb_id for m in mentions if m.kb_id), None),
            count=len(mentions),
            first_offset=first.start,
            mentions=tuple(mentions),
            forms=tuple(dict.fromkeys(m.base for m in mentions)),
            roles=tuple(dict.fromkeys(roles)),
        ))
    return tuple(out)


# ----------------------------------------------------------------------------------------
def _nfc(words: Sequence[str]) -> List[str]:
    return [unicodedata.normalize("NFC", w) for w in words]


@lru_cache(maxsize=1)
def _vocabulary() -> Tuple[PhraseSet, PhraseSet, PhraseSet, frozenset]:
    stems = LanguageData.bengali().stems
    roles = PhraseSet(split_words(titles.ROLES) + split_words(titles.WEAK_ROLES), stems)
    honorifics = PhraseSet(split_words(titles.HONORIFICS), stems)
    qualifiers = PhraseSet(split_words(role_context.QUALIFIERS), stems)
    of_endings = frozenset(_nfc(role_context.OF_ENDINGS))
    return roles, honorifics, qualifiers, of_endings


_OF_LABELS = (Label.NORP, Label.GPE, Label.ORG)
_COLONS = ":ঃ"
_VISARGA = "ঃ"
_SPACES = regex.compile(r"\s+")


class _RoleFinder:
    """The document's tokens (of its normalised text, with offsets mapped back), and the
    entities by the tokens they start and end at."""

    def __init__(self, doc: "Document") -> None:
        norm = normalize(doc.text)
        seq = tokenize(norm.text)
        self.ntext = norm.text
        self.starts, self.ends, self.kinds, self.texts = seq
        self.n = len(self.texts)
        self.first_token: Dict[int, int] = {}  # original start offset -> token index
        self.after_token: Dict[int, int] = {}  # original end offset -> index after the token
        for k, (s, e) in enumerate(zip(seq.starts, seq.ends)):
            os_, oe = norm.span(s, e)
            self.first_token.setdefault(os_, k)
            self.after_token[oe] = k + 1
        self.entity_ending: Dict[int, Entity] = {}  # token index after the entity -> entity
        self.entity_starting: Dict[int, Entity] = {}
        for e in doc.entities:
            i, j = self.first_token.get(e.start), self.after_token.get(e.end)
            if i is not None and j is not None:
                self.entity_starting[i] = e
                self.entity_ending[j] = e
        self.roles, self.honorifics, self.qualifiers, self.of_endings = _vocabulary()

    # token helpers ---------------------------------------------------------------------
    def same_line(self, i: int, j: int) -> bool:
        """No line break between tokens ``i`` and ``j`` (``i < j``)."""
        return "\n" not in self.ntext[self.ends[i] : self.starts[j]]

    def punct(self, i: int, chars: str) -> bool:
        return 0 <= i < self.n and self.kinds[i] == PUNCT and self.texts[i] in chars

    def phrase(self, i: int, j: int) -> str:
        """Tokens ``i`` to ``j`` (exclusive) as one phrase with single spaces."""
        return _SPACES.sub(" ", self.ntext[self.starts[i] : self.ends[j - 1]])

    def ending_at(self, phrases: PhraseSet, end: int) -> int:
        """Length of the longest phrase (uninflected) that ends just before token ``end``."""
        if end <= 0:
            return 0
        size, ending = phrases.match_inflected(self.texts, end - 1)
        if not size or ending or (size > 1 and not self.same_line(end - size, end - 1)):
            return 0
        return size

    # the rules ---------------------------------------------------------------------------
    def roles_of(self, mention: Entity) -> List[Role]:
        out: List[Role] = []
        j = self.first_token.get(mention.start)
        if j is not None:
            out.extend(self._before(j))
        after = self.after_token.get(mention.end)
        if after is not None:
            role = self._apposition(after)
            if role is not None:
                out.append(role)
        return out

    def _before(self, j: int) -> List[Role]:
        """Honorifics and a role written before the name starting at token ``j``."""
        honorifics: List[Role] = []
        p = j
        while p > 0 and self.same_line(p - 1, j):
            size = self.ending_at(self.honorifics, p)
            if not size:
                break
            honorifics.append(Role(title=self.phrase(p - size, p), kind="honorific"))
            p -= size
        # the masthead colon (সম্পাদক : …), then the role's abbreviation in parentheses
        # (উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) …)
        if self.punct(p - 1, _COLONS) and self.same_line(p - 1, j):
            p -= 1
        if self.punct(p - 1, ")"):
            q = p - 2
            while q >= 0 and p - 1 - q <= titles.MAX_ROLE_ABBREVIATION + 1 \
                    and not self.punct(q, "()"):
                q -= 1
            if self.punct(q, "(") and q < p - 2 and self.ending_at(self.roles, q):
                p = q
        role = None
        if p > 0 and self.same_line(p - 1, j):
            size = self.ending_at(self.roles, p)
            if size:
                role = self._role(p - size, p)
            elif self.kinds[p - 1] == WORD and self.texts[p - 1].endswith(_VISARGA) \
                    and self.texts[p - 1][:-1] in self.roles:
                role = self._role(p - 1, p, title=self.texts[p - 1][:-1])  # সম্পাদকঃ
        honorifics.reverse()
        return ([role] if role else []) + honorifics

    def _role(self, rs: int, re_: int, title: Optional[str] = None) -> Role:
        """The role at tokens ``rs``–``re_`` with its qualifier and owner written before it."""
        qualifier = None
        q = rs
        size = self.ending_at(self.qualifiers, q)
        if size and self.same_line(q - size, rs):
            qualifier = self.phrase(q - size, q)
            q -= size
        owner = self._owner_ending(q, rs)
        return Role(
            title=title or self.phrase(rs, re_),
            kind="role",
            of=None if owner is None else owner.canonical or owner.base,
            of_kb_id=None if owner is None else owner.kb_id,
            qualifier=qualifier,
        )

    def _owner_ending(self, end: int, role_start: int) -> Optional[Entity]:
        """The nationality, place or organisation that ends just before token ``end``."""
        ent = self.entity_ending.get(end)
        if ent is None or end <= 0 or not self.same_line(end - 1, role_start):
            return None
        return ent if self._may_own(ent) else None

    def _may_own(self, ent: Entity) -> bool:
        if ent.label not in _OF_LABELS:
            return False
        text = normalize(ent.text).text
        return text.startswith(ent.base) and text[len(ent.base):] in self.of_endings

    def _apposition(self, after: int) -> Optional[Role]:
        """A role set off after the name: ``X, বিএনপির মহাসচিব, …`` or ``X (রুশ প্রেসিডেন্ট)``."""
        if not (self.punct(after, ",(") and after + 1 < self.n and self.same_line(after, after + 1)):
            return None
        opener = self.texts[after]
        q = after + 1
        owner = self.entity_starting.get(q)
        if owner is not None and self._may_own(owner):
            q = self.after_token.get(owner.end, q)
        else:
            owner = None
        qualifier = None
        size = self.qualifiers.match_at(self.texts, q) if q < self.n else 0
        if size:
            qualifier = self.phrase(q, q + size)
            q += size
        size = self.roles.match_at(self.texts, q) if q < self.n else 0
        if not size or not self.same_line(after, q + size - 1):
            return None
        r = q + size
        if opener == "(":
            closed = self.punct(r, ")")
        else:
            closed = r >= self.n or self.punct(r, ",।;") or not self.same_line(r - 1, r)
        if not closed:
            return None
        return Role(
            title=self.phrase(q, r),
            kind="role",
            of=None if owner is None else owner.canonical or owner.base,
            of_kb_id=None if owner is None else owner.kb_id,
            qualifier=qualifier,
        )
