"""Rules and triggers by name: what a pipeline can list, switch off and add to.

A **rule** proposes entities no list holds (a name after a role, a body before its head noun
…).  It declares its name (the entity's ``source`` is ``rule:<name>``), its **stage**
(``sentence``: it reads the tokens and the gazetteer's matches; ``document``: it also reads
what the first resolution of the whole document chose), the **triggers** it needs (a rule
whose triggers do not occur in a document is not called), for a document rule the labels it
**needs** among the chosen entities, and the **priority** of its candidates when spans are
equally long.  :data:`RULES` holds the library's rules in run order; a
:class:`~bangla_news_nlp.Pipeline` copies it, without the rules given in ``disable=``, and
:meth:`~bangla_news_nlp.Pipeline.add_rule` adds a user's own.

A **trigger** is a fact about a word, computed once per distinct word and kept: the word is
one of a list (``words``), one of its stems is (``stems``, through the case endings), or a
test holds (``test``).  Per document, the positions of each trigger are found once and handed
to the rules that asked for them.  :data:`TRIGGERS` holds the library's triggers.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Optional,
                    Sequence, Tuple)

from ..errors import RuleError
from ..models import Label
from .candidate import PRIORITY_RULE

if TYPE_CHECKING:  # pragma: no cover
    from ..gazetteer.index import GazetteerIndex
    from ..lang.data import LanguageData
    from .words import WordFacts

__all__ = ["Rule", "Trigger", "RuleRegistry", "RULES", "TRIGGERS", "SENTENCE", "DOCUMENT",
           "register_trigger"]

SENTENCE = "sentence"
DOCUMENT = "document"
STAGES = (SENTENCE, DOCUMENT)


# ---------------------------------------------------------------------------- triggers
@dataclass(frozen=True)
class Trigger:
    """A fact about a word that rules can ask for by name.

    Exactly one way of computing it is given; each receives the pipeline's knowledge (its
    :class:`~bangla_news_nlp.lang.data.LanguageData`, gazetteer index and date vocabulary):

    * ``words(knowledge)``: the token is one of these strings (fastest: one dict lookup);
    * ``stems(knowledge)``: a stem of the token (through the case endings) is one of these;
    * ``test(knowledge)``: returns a predicate ``word -> bool`` (any other fact).
    """

    name: str
    description: str
    words: Optional[Callable[["Knowledge"], Iterable[str]]] = None
    stems: Optional[Callable[["Knowledge"], Iterable[str]]] = None
    test: Optional[Callable[["Knowledge"], Callable[[str], bool]]] = None

    def __post_init__(self) -> None:
        given = sum(x is not None for x in (self.words, self.stems, self.test))
        if given != 1:
            raise RuleError(f"trigger {self.name!r}: give exactly one of words, stems, test")
        _check_name(self.name, "trigger")


@dataclass(frozen=True)
class Knowledge:
    """What triggers and rules may consult: the language data, the gazetteer index, the
    date vocabulary and the cached facts about words of one pipeline."""

    lang: "LanguageData"
    gazetteer: "GazetteerIndex"
    dates: Any
    words: "WordFacts"


#: The library's triggers, by name (filled by ``ner/triggers.py``).
TRIGGERS: Dict[str, Trigger] = {}


def register_trigger(trigger: Trigger, registry: Optional[Dict[str, Trigger]] = None) -> Trigger:
    """Add a trigger to :data:`TRIGGERS` (or to ``registry``); a name can be taken once."""
    registry = TRIGGERS if registry is None else registry
    if trigger.name in registry:
        raise RuleError(f"a trigger named {trigger.name!r} already exists")
    registry[trigger.name] = trigger
    return trigger


# ---------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class Rule:
    """A registered rule.  ``func(ctx)`` for a sentence rule, ``func(ctx, chosen)`` for a
    document rule, returns candidates made with ``ctx.propose(...)``.

    :param name: the rule's name; its entities have ``source="rule:<name>"``.
    :param stage: ``"sentence"`` or ``"document"``.
    :param triggers: names of triggers; the rule is called only for documents where one of
        them occurs (none: always called).
    :param needs: document rules: called only when the first resolution chose an entity with
        one of these labels (none: always).
    :param priority: the priority of its candidates for equally long spans (the gazetteer's
        is 40, most rules' 30); None: each candidate states its own (rules that extend a
        mention keep that mention's).
    :param labels: the labels it may give (for the documentation).
    :param strong_evidence: a one-word person name it finds is strong enough to be carried
        to the document's other mentions of that word (``propagation``).
    :param local: the bodies it finds are local ones (they take a place before them into
        their name: ``org-compound``).
    :param head_noun: the bodies it finds are named by a head noun (a place and a unit word
        before one join its name: ভোলা জেলা … ফোরাম).
    :param example: a Bengali text in which the rule finds an entity (documentation, tests).
    """

    name: str
    func: Callable[..., Iterable[Any]]
    stage: str = SENTENCE
    triggers: Tuple[str, ...] = ()
    needs: Tuple[Label, ...] = ()
    priority: Optional[int] = PRIORITY_RULE
    labels: Tuple[Label, ...] = ()
    strong_evidence: bool = False
    local: bool = False
    head_noun: bool = False
    example: str = ""
    description: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        _check_name(self.name, "rule")
        if self.stage not in STAGES:
            raise RuleError(f"rule {self.name!r}: stage must be one of {', '.join(STAGES)}, "
                            f"not {self.stage!r}")
        if not callable(self.func):
            raise RuleError(f"rule {self.name!r}: func must be callable")
        if isinstance(self.triggers, str) or isinstance(self.needs, str):
            raise RuleError(f"rule {self.name!r}: triggers and needs are lists of names")
        object.__setattr__(self, "triggers", tuple(self.triggers))
        object.__setattr__(self, "needs", tuple(Label(x) for x in self.needs))
        object.__setattr__(self, "labels", tuple(Label(x) for x in self.labels))
        if self.needs and self.stage != DOCUMENT:
            raise RuleError(f"rule {self.name!r}: only document rules can need labels")
        if not self.description:
            doc = inspect.getdoc(self.func) or ""
            object.__setattr__(self, "description", doc.split("\n\n")[0].replace("\n", " "))


def _check_name(name: object, what: str) -> None:
    if not isinstance(name, str) or not name or name != name.strip() or ":" in name:
        raise RuleError(f"a {what} name is a non-empty string without ':' or outer spaces, "
                        f"not {name!r}")


class RuleRegistry:
    """Rules by name, in run order (sentence rules before document rules, each stage in the
    order they were added)."""

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: List[Rule] = []
        for r in rules:
            self.add(r)

    def add(self, rule: Rule, *, before: Optional[str] = None,
            after: Optional[str] = None) -> Rule:
        """Add ``rule`` at the end of its stage, or just ``before``/``after`` a named rule
        of the same stage."""
        if rule.name in self:
            raise RuleError(f"a rule named {rule.name!r} already exists")
        if before is not None and after is not None:
            raise RuleError("give before or after, not both")
        anchor = before if before is not None else after
        if anchor is None:
            at = max((i + 1 for i, r in enumerate(self._rules) if r.stage == rule.stage),
                     default=0 if rule.stage == SENTENCE else len(self._rules))
        else:
            other = self[anchor]
            if other.stage != rule.stage:
                raise RuleError(f"rule {anchor!r} is a {other.stage} rule; {rule.name!r} is "
                                f"a {rule.stage} rule")
            at = self._rules.index(other) + (1 if after is not None else 0)
        self._rules.insert(at, rule)
        return rule

    def register(self, name: str, *, stage: str = SENTENCE, triggers: Sequence[str] = (),
                 needs: Sequence[Label] = (), priority: Optional[int] = PRIORITY_RULE,
                 labels: Sequence[Label] = (), strong_evidence: bool = False,
                 local: bool = False, head_noun: bool = False, example: str = "",
                 before: Optional[str] = None, after: Optional[str] = None
                 ) -> Callable[[Callable], Callable]:
        """Decorator form of :meth:`add`: ``@RULES.register("title", triggers=["role"])``."""

        def decorate(func: Callable) -> Callable:
            self.add(Rule(name, func, stage, tuple(triggers), tuple(needs), priority,
                          tuple(labels), strong_evidence, local, head_noun, example),
                     before=before, after=after)
            return func

        return decorate

    def remove(self, name: str) -> Rule:
        rule = self[name]
        self._rules.remove(rule)
        return rule

    def copy(self) -> "RuleRegistry":
        return RuleRegistry(self._rules)

    def __getitem__(self, name: str) -> Rule:
        for r in self._rules:
            if r.name == name:
                return r
        raise RuleError(f"no rule named {name!r}; the rules are: {', '.join(self.names())}")

    def __contains__(self, name: object) -> bool:
        return any(r.name == name for r in self._rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(list(self._rules))

    def __len__(self) -> int:
        return len(self._rules)

    def names(self, stage: Optional[str] = None) -> List[str]:
        return [r.name for r in self._rules if stage is None or r.stage == stage]

    def __repr__(self) -> str:
        return f"RuleRegistry({self.names()})"


#: The library's rules, in run order (filled by the modules of ``ner/rules/``).
RULES = RuleRegistry()
