"""The rule registry: every rule is listed, documented with an example that it finds, can be
switched off, and users can add their own."""

from __future__ import annotations

import pytest

from bangla_news_nlp import Label, Pipeline, RuleError
from bangla_news_nlp.ner.registry import DOCUMENT, RULES, Rule, RuleRegistry

RUN_ORDER = [
    "title", "name-particle", "alias", "named", "speaker", "age", "name-words", "surname-place",
    "squad", "org-head", "institution", "club", "periodical", "acronym-in-parentheses", "source-line", "natural-feature", "facility", "capital",
    "place-cue",
    "place-ending", "constituency",
    # document rules
    "acronym", "weak-form", "propagation", "org-compound", "place-compound", "enumeration",
    "nickname", "scorecard", "name-prefix",
]

# what each rule's registered example gives, with the rule, exactly (text, label, source);
# and the same text without the rule gives something else
FOUND = {
    "title": ("তৌফিক রহমানী", "PERSON", "rule:title"),
    "name-particle": ("আহমেদ আল-মাসরি", "PERSON", "rule:name-particle"),
    "alias": ("কালু মিয়াকে", "PERSON", "rule:alias"),
    "named": ("কেসমত", "PERSON", "rule:named"),
    "speaker": ("কামরুজ্জামান তালুকদার", "PERSON", "rule:speaker"),
    "age": ("রফিকুজ্জামান", "PERSON", "rule:age"),
    "name-words": ("সোহেল রানা", "PERSON", "rule:name-words"),
    "surname-place": ("মাইকেল ব্লুমবার্গ", "PERSON", "rule:surname-place"),
    "squad": ("বেইলি", "PERSON", "rule:squad"),
    "org-head": ("রূপনগর উন্নয়ন সমিতির", "ORG", "rule:org-head"),
    "institution": ("পুলিশ", "ORG", "rule:institution"),
    "club": ("লিভারপুলের", "ORG", "rule:club"),
    "periodical": ("দৈনিক জন্মভূমির", "ORG", "rule:periodical"),
    "acronym-in-parentheses": ("সিআইটিইউ", "ORG", "rule:acronym-in-parentheses"),
    "source-line": ("নর্থ বেঙ্গল টাইমস", "ORG", "rule:source-line"),
    "natural-feature": ("তিতাস নদীতে", "LOC", "rule:natural-feature"),
    "facility": ("তোপখানা রোডে", "LOC", "rule:facility"),
    "capital": ("লাউন", "GPE", "rule:capital"),
    "place-cue": ("কাশিমনগর", "LOC", "rule:place-cue"),
    "place-ending": ("শিবগঞ্জে", "GPE", "rule:place-ending"),
    "constituency": ("ঢাকা-৭", "GPE", "rule:constituency"),
    "acronym": ("সানা", "ORG", "rule:acronym"),
    # weak forms keep their gazetteer file as source
    "weak-form": ("সানা", "ORG", "gazetteer:orgs_media"),
    "propagation": ("রহমানীর", "PERSON", "rule:propagation"),
    "org-compound": ("জামায়াত-শিবিরের", "ORG", "rule:org-compound"),
    "place-compound": ("ঢাকা-চট্টগ্রাম", "LOC", "rule:place-compound"),
    "enumeration": ("ডালিম", "PERSON", "rule:enumeration"),
    "nickname": ("সাগর", "PERSON", "rule:nickname"),
    # a player a list takes for a city (Riyadh) is a player in a scorecard
    "scorecard": ("রিয়াদ", "PERSON", "rule:scorecard"),
    # a prefix taken into a name keeps the source of the rule or list that found the name
    "name-prefix": ("এ এম রাশেদ চৌধুরী", "PERSON", "rule:name-words"),
}


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(model=False)  # the rules' own output, without the decider


def test_rule_names_in_run_order(nlp):
    assert nlp.rule_names == RUN_ORDER
    assert RULES.names() == RUN_ORDER
    assert [r.stage for r in nlp.rules].index(DOCUMENT) == RUN_ORDER.index("acronym")


@pytest.mark.parametrize("name", RUN_ORDER)
def test_every_rule_finds_its_example_and_only_it(nlp, name):
    rule = RULES[name]
    assert rule.example and rule.description and rule.labels
    found = [(e.text, e.label.value, e.source) for e in nlp(rule.example).entities]
    assert FOUND[name] in found
    without = Pipeline(disable=[name], model=False)
    assert name not in without.rule_names
    assert FOUND[name] not in [(e.text, e.label.value, e.source)
                               for e in without(rule.example).entities]


def test_every_rule_has_a_trigger_or_needs_a_label():
    """A rule with neither runs on every document: none of the library's does."""
    for r in RULES:
        assert r.triggers or r.needs, r.name


def test_disable_an_unknown_rule_names_the_known_ones():
    with pytest.raises(RuleError, match="no rule named 'titel'.*title"):
        Pipeline(disable=["titel"])


def test_disable_one_name_as_a_string(nlp):
    assert "title" not in Pipeline(disable="title").rule_names


def test_a_disabled_rule_no_longer_finds_anything():
    text = "পররাষ্ট্রমন্ত্রী তৌফিক রহমানী সফরে যাচ্ছেন।"
    # (rules only: the decider would still find the name from its own evidence)
    assert Pipeline(disable=["title", "name-words"], model=False)(text).entities == ()


# --- a user's own rule -------------------------------------------------------------------
def shop_signs(ctx):
    """A word before দোকান (a shop) names the shop: রহিম দোকান."""
    return [ctx.propose(i - 1, i, Label.ORG) for i in ctx.positions("shop")
            if i > 0 and ctx.is_namelike(i - 1)]


def test_a_user_rule_with_its_own_trigger():
    nlp = Pipeline()
    nlp.add_trigger("shop", words=["দোকানে", "দোকান"])
    rule = nlp.add_rule(shop_signs, name="shop", triggers=["shop"], labels=["ORG"],
                        after="org-head")
    assert isinstance(rule, Rule) and rule.description.startswith("A word before দোকান")
    assert nlp.rule_names.index("shop") == nlp.rule_names.index("org-head") + 1
    doc = nlp("সকালে আলমগীরপুরী দোকানে আগুন লাগে।")
    assert [(e.text, e.label.value, e.source) for e in doc.entities] == [
        ("আলমগীরপুরী", "ORG", "rule:shop")]
    # the shared default pipeline is untouched
    assert "shop" not in Pipeline().rule_names


def test_a_user_document_rule_reads_the_first_resolution():
    def last_person_again(ctx, chosen):
        people = [c for c in chosen if c.label == Label.PERSON]
        return [ctx.propose(people[-1].te, people[-1].te + 1, Label.PERSON)] if people else []

    nlp = Pipeline()
    nlp.add_rule(last_person_again, name="after-person", stage="document", needs=["PERSON"])
    doc = nlp("পররাষ্ট্রমন্ত্রী তৌফিক রহমানী সফরে যাচ্ছেন।")
    assert [(e.text, e.source) for e in doc.entities] == [
        ("তৌফিক রহমানী", "rule:title"), ("সফরে", "rule:after-person")]


def test_a_rule_without_triggers_runs_on_every_text_and_one_with_triggers_only_where_they_occur():
    # (the runnable rules are picked per set of trigger bits; a rule without triggers has a
    # bit of its own that every document is given)
    seen = []

    def every(ctx):
        seen.append(("every", ctx.n))
        return []

    def shops(ctx):
        seen.append(("shop", ctx.n))
        return []

    nlp = Pipeline()
    nlp.add_trigger("shop", words=["দোকানে"])
    nlp.add_rule(every, name="every-text")
    nlp.add_rule(shops, name="shops", triggers=["shop"])
    for text in ("xyz", "!!", "সকালে দোকানে আগুন লাগে।", "সকালে বৃষ্টি হয়।", "xyz"):
        nlp(text)
    assert seen == [("every", 1), ("every", 2), ("every", 5), ("shop", 5), ("every", 4),
                    ("every", 1)]


def test_rule_errors():
    nlp = Pipeline()
    with pytest.raises(RuleError, match="already exists"):
        nlp.add_rule(shop_signs, name="title")
    with pytest.raises(RuleError, match="no trigger named 'nope'"):
        nlp.add_rule(shop_signs, name="x", triggers=["nope"])
    with pytest.raises(RuleError, match="stage must be one of"):
        nlp.add_rule(shop_signs, name="x", stage="paragraph")
    with pytest.raises(RuleError, match="only document rules"):
        nlp.add_rule(shop_signs, name="x", needs=["PERSON"])
    with pytest.raises(RuleError, match="is a document rule"):
        nlp.add_rule(shop_signs, name="x", before="propagation")
    with pytest.raises(RuleError, match="name"):
        nlp.add_rule(shop_signs, name="rule:x")
    with pytest.raises(RuleError, match="already exists"):
        nlp.add_trigger("role", words=["x"])
    with pytest.raises(RuleError, match="exactly one"):
        nlp.add_trigger("both", words=["x"], stems=["y"])
    with pytest.raises(TypeError, match="not one string"):
        nlp.add_trigger("one", words="দোকান")


def test_registry_order_with_before_and_after():
    reg = RuleRegistry()
    f = lambda ctx: []  # noqa: E731
    reg.add(Rule("b", f))
    reg.add(Rule("d", f, stage=DOCUMENT))
    reg.add(Rule("a", f), before="b")
    reg.add(Rule("c", f), after="b")
    reg.add(Rule("e", f, stage=DOCUMENT))
    reg.add(Rule("s", f))  # a sentence rule goes before the document rules
    assert reg.names() == ["a", "b", "c", "s", "d", "e"]
    assert reg.names(DOCUMENT) == ["d", "e"]
    reg.remove("c")
    assert "c" not in reg and len(reg) == 5
