"""The trained decider (bangla_news_nlp/ner/model/): the shipped file, switching it off,
provenance of what it keeps, its errors, and the offsets of what it finds."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import pytest

from bangla_news_nlp import Pipeline
from bangla_news_nlp.errors import BanglaNewsNLPError, ModelError
from bangla_news_nlp.ner.model.decider import FORMAT, MODEL_FILE, Decider
from bangla_news_nlp.ner.model.features import FAMILIES, family_of
from bangla_news_nlp.ner.registry import RULES

PUTIN = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
# A footballer's name with no cue and in no list: the decider finds it, the rules do not.
UNLISTED = "ম্যাচের একমাত্র গোলটি করেছেন মরিসন।"
NAME = "মরিসন"


@pytest.fixture(scope="module")
def rules_only():
    return Pipeline()  # the default: rules only


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(model=True)


# A Wikipedia-style sentence (the router reads it as encyclopedic) with a name only the
# decider finds.
ENCYCLOPEDIC = "অ্যালবামটি প্রকাশ করেছিল ইউনিভার্সাল মিউজিক এবং এতে কণ্ঠ দিয়েছিলেন রবার্টো কার্লোস।"


def _model():
    return json.loads(gzip.decompress(MODEL_FILE.read_bytes()))


def test_the_shipped_model_is_gzipped_json_of_this_format_and_small():
    raw = MODEL_FILE.read_bytes()
    assert raw[:2] == b"\x1f\x8b"  # gzip, not a pickle (which starts with 0x80)
    data = _model()
    assert data["format"] == FORMAT
    assert sorted(data["classes"]) == ["LOC", "NONE", "ORG", "PER"]
    assert set(data["domains"]) == {"N", "W"}
    n = len(data["features"].split("\n"))
    for d in ("N", "W"):  # float32 rows of 4 classes, base64 (no pickle, no NumPy)
        assert len(base64.b64decode(data["weights"][d])) == 4 * 4 * n
    assert MODEL_FILE.stat().st_size < 20_000_000
    assert "rifat_train" in data["meta"]["data"] and "MultiCoNER" in data["meta"]["data"]


def test_every_feature_belongs_to_a_family():
    assert {family_of(f) for f in _model()["features"].split("\n")} <= set(FAMILIES)


def test_the_decider_is_asked_for_and_the_default_is_rules_only(nlp, rules_only):
    assert isinstance(nlp.model, Decider)
    assert rules_only.model is None and Pipeline(model=False).model is None
    doc = rules_only(UNLISTED)
    assert all(e.source != "model" for e in doc.entities)
    assert NAME not in [e.text for e in doc.entities]


def test_a_name_only_the_decider_finds_says_source_model(nlp):
    doc = nlp(UNLISTED)
    found = [(e.text, e.label.value, e.source) for e in doc.entities]
    assert (NAME, "PERSON", "model") in found
    doc = nlp("অ্যান্ডারসন উইকেটে নেমেছিলেন দশম ওভারে।")
    assert [(e.text, e.source) for e in doc.entities] == [("অ্যান্ডারসন", "model")]


def test_what_the_decider_confirms_keeps_its_list_or_rule(nlp):
    doc = nlp(PUTIN)
    got = {(e.text, e.source, e.canonical, e.kb_id) for e in doc.entities}
    assert ("ভ্লাদিমির পুতিনের", "gazetteer:people_world", "Vladimir Putin", "Q7747") in got
    assert ("সিরিয়ার", "gazetteer:countries", "Syria", "Q858") in got
    assert [e.label.value for e in doc.entities if e.text == "রুশ"] == ["NORP"]


def test_every_source_names_a_rule_a_list_or_the_model(nlp, seed_text):
    rules = {f"rule:{r.name}" for r in RULES}
    for text in (seed_text, PUTIN, UNLISTED):
        for e in nlp(text).entities:
            assert e.source in rules or e.source == "model" \
                or e.source.startswith("gazetteer:"), e


def test_offsets_hold_for_the_decider_through_normalisation(nlp):
    # decomposed nukta (য + ়), a zero-width joiner and a no-break space inside the text
    text = "দ্বিতীয়ার্ধে ম্যাচের\u00a0একমাত্র গোলটি করেছেন মরিসন।"
    text = text.replace("য়", "য\u09bc").replace("গোল", "গো\u200cল")
    doc = nlp(text)
    assert [e.text for e in doc.entities] == [NAME]
    for e in doc.entities:
        assert text[e.start:e.end] == e.text


def test_results_do_not_depend_on_the_order_of_texts(nlp):
    a = [nlp(t).model_dump() for t in (PUTIN, UNLISTED)]
    b = [nlp(t).model_dump() for t in (UNLISTED, PUTIN)][::-1]
    assert a == b


def test_a_model_path_that_is_no_model_is_a_clear_error(tmp_path):
    missing = tmp_path / "nothing.json.gz"
    with pytest.raises(ModelError, match="nothing.json.gz"):
        Pipeline(model=missing, cache=False)
    pickle_like = tmp_path / "model.pkl"
    pickle_like.write_bytes(b"\x80\x04\x95")
    with pytest.raises(ModelError, match="model.pkl"):
        Pipeline(model=pickle_like, cache=False)
    wrong = tmp_path / "wrong.json.gz"
    wrong.write_bytes(gzip.compress(json.dumps({"format": FORMAT + 1}).encode()))
    with pytest.raises(ModelError, match="format"):
        Pipeline(model=wrong, cache=False)
    shape = tmp_path / "shape.json.gz"
    shape.write_bytes(gzip.compress(json.dumps({"format": FORMAT, "classes": 3}).encode()))
    with pytest.raises(ModelError, match="wrong shape"):
        Pipeline(model=shape, cache=False)
    certain = tmp_path / "certain.json.gz"  # a router threshold of 1 (log-odds: infinite)
    data = _model()
    data["router"]["threshold"] = 1.0
    certain.write_bytes(gzip.compress(json.dumps(data).encode()))
    with pytest.raises(ModelError, match="wrong shape"):
        Pipeline(model=certain, cache=False)
    assert issubclass(ModelError, BanglaNewsNLPError)
    with pytest.raises(TypeError, match="model must be"):
        Pipeline(model=3, cache=False)


def test_a_model_file_given_by_path_is_used(tmp_path, nlp):
    copy = tmp_path / "decider.json.gz"
    copy.write_bytes(MODEL_FILE.read_bytes())
    other = Pipeline(model=copy)
    assert other.model.path == copy
    assert other(UNLISTED).model_dump() == nlp(UNLISTED).model_dump()


def test_entries_added_later_reach_the_decider():
    nlp = Pipeline(model=True)
    assert [(e.text, e.canonical) for e in nlp(UNLISTED).entities] == [(NAME, None)]
    nlp.add_entry("PERSON", "Morrison", [NAME])
    got = [(e.text, e.canonical, e.source) for e in nlp(UNLISTED).entities]
    assert got == [(NAME, "Morrison", "gazetteer:user")]


def test_a_users_rule_is_not_overruled_by_the_decider():
    def ship_names(ctx):
        for i in range(1, ctx.n):
            if ctx.texts[i] == "জাহাজ":
                yield ctx.propose(i - 1, i, "ORG")

    nlp = Pipeline(model=True)
    nlp.add_rule(ship_names, name="ship", labels=["ORG"])
    doc = nlp("বন্দরে ভিড়েছে এমভি আবদুল্লাহ জাহাজ।")
    assert [(e.text, e.source) for e in doc.entities] == [("আবদুল্লাহ", "rule:ship")]


def test_the_register_router_tells_news_from_encyclopedic_text(nlp):
    d = nlp.model
    news = "মঙ্গলবার ঢাকায় এক সংবাদ সম্মেলনে তিনি এ কথা বলেন বলে জানিয়েছে পুলিশ।"
    wiki = "তিনি একজন ব্রাজিলীয় পেশাদার ফুটবলার যিনি প্রিমিয়ার লিগের ক্লাব ব্রেন্টফোর্ডের হয়ে খেলেন।"
    assert d.register(nlp._analyse(news, None).ctx.texts) == "N"
    assert d.register(nlp._analyse(wiki, None).ctx.texts) == "W"


MIXED = ("সিরিয়ান আরব নিউজ এজেন্সি ( সানা ) জানায়, ঢাকা, খুলনা ও রাজশাহীতে বৃষ্টি হয়েছে।\n"
         "বাংলাদেশ কৃষি উন্নয়ন কর্পোরেশনের চেয়ারম্যান মো. আবদুল করিম বলেন, "
         "মরিসন ও ওয়ার্নার ( অধিনায়ক ) আজ মিরপুর শেরেবাংলা স্টেডিয়ামে খেলবেন।\n"
         "আল-শারা দামেস্কে রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে দেখা করেন।")


def _decider_inputs(nlp, text):
    """What the decider is given for ``text``: (decider, ctx, cands, chosen)."""
    seen = []
    decider = nlp.model
    real = decider.decide

    def spy(ctx, cands, chosen):
        seen.append((ctx, list(cands), list(chosen)))
        return real(ctx, cands, chosen)

    decider.decide = spy
    try:
        nlp(text)
    finally:
        del decider.decide
    (ctx, cands, chosen), = seen
    return decider, ctx, cands, chosen


@pytest.mark.parametrize("text", [PUTIN, UNLISTED, MIXED])
@pytest.mark.parametrize("domain", ["N", "W"])
def test_span_scores_are_the_weights_of_the_features_the_training_script_records(
        nlp, text, domain):
    kinds_seen = _check_scores(nlp, text, domain)
    if text == MIXED:  # every kind of span feature but the knowledge tables' names
        assert {"len", "r", "rs", "ch", "ov", "gin", "lst"} <= kinds_seen


def test_span_scores_count_the_names_of_the_knowledge_tables(nlp):
    # a two-word organisation name of the MultiCoNER tables, as a sentence's subject
    org = sorted(n for n in nlp.lang.knowledge()["mc_org_names"] if n.count(" ") == 1)[0]
    assert "kx" in _check_scores(nlp, f"গতকাল {org} এক বিবৃতি দিয়েছে।", "W")


def _check_scores(nlp, text, domain):
    """Every span's scores are the weights of its features; the kinds of span features seen."""
    from bangla_news_nlp.ner.model.decider import _SpanScorer
    from bangla_news_nlp.ner.model.features import cover
    from bangla_news_nlp.ner.model.spans import spans

    decider, ctx, cands, chosen = _decider_inputs(nlp, text)
    features = decider.features
    weights = decider.weights[domain]
    exact = {}
    for c in cands:
        exact.setdefault((c.ts, c.te), []).append(c)
    chosen_at = {(c.ts, c.te): c for c in chosen}
    covered = cover(ctx.n, chosen)
    span_vector = _SpanScorer(decider, domain).prepare(ctx, cands, chosen)
    scored = dict(decider.scores(ctx, cands, chosen, domain))
    assert set(scored) == set(spans(ctx, cands, features.span_facts)) and len(scored) >= 3
    kinds_seen = set()
    for (ts, te), v in scored.items():
        own = features.span(ctx, ts, te, exact.get((ts, te), ()), chosen_at, covered)
        kinds_seen.update(f.split("=")[0] for f in own)
        # the span's own features, summed without their strings: the same, bit for bit
        assert span_vector(ts, te) == decider._vector(own, weights)
        # the whole score: the bias and every feature Features.all lists (in another order)
        every = features.all(ctx, ts, te, exact.get((ts, te), ()), chosen_at, covered)
        ref = [b + x for b, x in zip(decider.bias[domain], decider._vector(every, weights))]
        assert v == pytest.approx(ref, rel=1e-9, abs=1e-9)
    return kinds_seen


def test_the_decision_is_the_same_from_scores_as_from_probabilities(nlp):
    decider, ctx, cands, chosen = _decider_inputs(nlp, MIXED)
    scores = decider.scores(ctx, cands, chosen, "N")
    probs = decider.probabilities(ctx, cands, chosen, "N")
    assert [s for s, _ in scores] == [s for s, _ in probs]
    for (_, v), (_, p) in zip(scores, probs):
        assert sum(p) == pytest.approx(1.0)
        # the softmax keeps the order of the scores
        assert sorted(range(4), key=v.__getitem__) == sorted(range(4), key=p.__getitem__)


@pytest.mark.parametrize("domain", ["N", "W"])
def test_a_words_vector_in_a_role_is_the_weights_of_its_features_in_that_role(nlp, domain):
    from bangla_news_nlp.ner.model.features import EDGE, WORD_ROLES
    from bangla_news_nlp.text.tokenize import tokenize

    decider = Decider(nlp.lang, nlp.gazetteer)
    decider.load()
    seq = tokenize(MIXED + " ২০২৪ সালে ৳ ১০০")
    tokens = list(zip(seq.texts, seq.kinds)) + [("", EDGE)]
    assert len(set(seq.kinds)) == 4  # words, numbers, punctuation and a symbol
    for t, kind in tokens:
        for role in WORD_ROLES:
            feats = decider.features.word(t, kind, role)
            assert feats == tuple(f"{role}.{x}" for x in
                                  decider.features.role_parts(t, kind, role))
            assert decider._role_vector(role, domain, t, kind) == decider._vector(
                feats, decider.weights[domain]), (t, role)


def test_no_run_the_decider_weighs_ends_with_a_name_particle_or_a_bound_prefix(nlp):
    from bangla_news_nlp.ner.model.spans import spans

    text = "সভায় সৈয়দ আল ফারুক ও আবদুর রাজ্জাক বক্তব্য দেন।"
    decider, ctx, cands, _ = _decider_inputs(nlp, text)
    got = {" ".join(ctx.texts[ts:te]) for ts, te in spans(ctx, (), {})}
    # the whole names are weighed, and the parts that run on into more of the name are not
    assert {"সৈয়দ আল ফারুক", "আবদুর রাজ্জাক", "ফারুক"} <= got
    assert not {"সৈয়দ আল", "আল", "আবদুর"} & got
    assert nlp.lang.never_last >= {"আল", "আবু", "বিন", "আবদুর"}


def _runs_by_definition(ctx, skip=None):
    """The runs of words :func:`.spans.spans` weighs, spelled out from its definition: every
    ``(s, e)`` of one to five words (eight ending in an organisation head) on one line, a
    hyphen or a dot glued between two words belonging to it, holding a word that is not an
    everyday word (or is a name part or a gazetteer word), starting and ending with a word a
    run may start or end with, ending in no name particle, over no flagged token."""
    from bangla_news_nlp.ner.model.spans import MAX_ORG_WORDS, MAX_WORDS, word_facts
    from bangla_news_nlp.text.tokenize import WORD

    lang, texts, n = ctx.lang, ctx.texts, ctx.n
    facts = [word_facts(lang, t) if k == WORD else None for t, k in zip(texts, ctx.kinds)]

    def glue(i):
        return (texts[i] in ("-", ".") and 0 < i < n - 1 and facts[i + 1] is not None
                and ctx.glued(i - 1, i) and ctx.glued(i, i + 1))

    out = set()
    for s in range(n):
        for e in range(s + 1, min(n, s + MAX_ORG_WORDS) + 1):
            inside = range(s, e)
            if facts[s] is None or facts[e - 1] is None:
                continue
            if any(facts[i] is None and not glue(i) for i in inside):
                continue
            if any(ctx.line_starts[i] for i in inside if i > s and facts[i] is not None):
                continue
            if skip is not None and any(skip[i] for i in inside):
                continue
            if not any(facts[i] is not None and (facts[i][0] or ctx.gaz_label[i] is not None)
                       for i in inside):
                continue
            first, last = facts[s], facts[e - 1]
            if first[3] and last[3] and last[4] and (e - s <= MAX_WORDS or last[2]):
                out.add((s, e))
    return out


@pytest.mark.parametrize("text", [
    "সভায় সৈয়দ আল ফারুক ও আবদুর রাজ্জাক বক্তব্য দেন।",
    "সিরিয়ার প্রেসিডেন্ট আহমেদ আল-শারা দামেস্কে বৈঠক করেন, বলেছেন মো. আবদুল করিম।",
    "বাংলাদেশ কৃষি উন্নয়ন কর্পোরেশন ও রূপালী জুট মিলস লিমিটেড\nকরিম রহমান খান চৌধুরী বলেন",
    "এ.বি.এম. খায়রুল হক - আল- শারা -মরিসন- জন .স্মিথ বলেন",
], ids=["particles", "glued", "heads-and-a-line-break", "loose-hyphens-and-dots"])
def test_the_runs_weighed_are_those_of_their_definition(nlp, text):
    from bangla_news_nlp.ner.model.spans import spans

    _, ctx, _, _ = _decider_inputs(nlp, text)
    want = _runs_by_definition(ctx)
    assert set(spans(ctx, (), {})) == want and want
    skip = bytearray(ctx.n)
    skip[2] = skip[ctx.n // 2] = 1  # (flagged tokens: no run over them)
    assert set(spans(ctx, (), {}, skip)) == _runs_by_definition(ctx, skip)


def _classes_by_definition(features, w):
    """The lists word ``w`` is in, looked up list by list as :meth:`.Features.classes`
    documents them (its one lookup per form must give the same classes in the same order)."""
    lang, k = features.lang, features.lang.knowledge()
    stems = [st for st, _ in lang.stems(w)]
    stem = lang.strip_ending(w, features.gazetteer.knows)[0]
    tests = [
        ("stop", w in lang.stop_words), ("verb", lang.is_verb(w)),
        ("common", lang.is_common(w)), ("freq", w in lang.frequent_words),
        ("given", lang.is_given_name(w)), ("surname", stem in lang.surnames),
        ("name", lang.is_name_word(w)),
        ("role", w in lang.roles or lang.is_compound_role(w)),
        ("honorific", w in lang.honorifics), ("particle", w in lang.particles),
        ("initial", lang.is_initial(w)),
        ("orghead", lang.org_heads.match_inflected((w,), 0)[0] > 0),
        ("unit", lang.admin_units.match_inflected((w,), 0)[0] > 0
         or lang.settlements.match_inflected((w,), 0)[0] > 0),
        ("feature", lang.natural_features.match_inflected((w,), 0)[0] > 0),
        ("placeend", any(st.endswith(lang.place_endings) for st in stems)),
        ("kgiven", stem in k["names_given"] or w in k["names_given"]),
        ("kfamily", stem in k["names_family"] or w in k["names_family"]),
    ] + [(tag, w in k[table] or stem in k[table])
         for table, tag in (("mc_person_names_words", "kper"), ("mc_place_names_words", "kloc"),
                            ("mc_org_names_words", "korg"), ("job_titles_words", "kjob"),
                            ("company_names_words", "kcomp"))]
    out = [tag for tag, holds in tests if holds]
    hit = features.gazetteer.match_word(w)
    if hit is not None:
        for eid, weak in hit[0][:2]:
            out.append(f"gaz{features.gazetteer.entries[eid].label.value}{'w' if weak else ''}")
    return tuple(out or ["none"])


def test_the_word_classes_are_those_of_their_definition(nlp):
    from bangla_news_nlp.ner.model.features import Features
    from bangla_news_nlp.text.tokenize import WORD, tokenize

    lang, k = nlp.lang, nlp.lang.knowledge()
    words = set()
    for text in (PUTIN, UNLISTED, "মাগুরা জেলার শালিখা উপজেলার আড়পাড়া ইউনিয়নের ভোলানাথপুর "
                 "গ্রামে পদ্মা নদীর তীরে বাংলাদেশ কৃষি উন্নয়ন কর্পোরেশনের কর্মকর্তা ড. "
                 "মো. আবদুল করিম ও জামাল ভূঁইয়াসহ আল মাহমুদ এবং বিজ্ঞানী জন স্মিথ বলেন"):
        seq = tokenize(text)
        words |= {t for t, kind in zip(seq.texts, seq.kinds) if kind == WORD}
    for table in (lang.surnames, lang.particles, k["names_given"], k["names_family"],
                  k["mc_person_names_words"], k["mc_place_names_words"],
                  k["mc_org_names_words"], k["job_titles_words"], k["company_names_words"],
                  lang.roles.single_words(), lang.honorifics.single_words(),
                  lang.org_heads.single_words(), lang.admin_units.single_words(),
                  lang.settlements.single_words(), lang.natural_features.single_words()):
        words |= set(sorted(table)[::max(1, len(table) // 25)])  # (some of each list)
    words |= {w + ending for w in list(words) for ending in ("ের", "র", "কে", "তে", "য়", "সহ")}
    features = Features(lang, nlp.gazetteer)
    classes = {w: features.classes(w) for w in sorted(words)}
    assert {w: _classes_by_definition(features, w) for w in classes} == classes
    seen = {c for cs in classes.values() for c in cs}
    assert {"surname", "role", "honorific", "particle", "orghead", "unit", "feature",
            "placeend", "kgiven", "kfamily", "kper", "kloc", "korg", "kjob", "kcomp"} <= seen


def _register(nlp, text):
    return nlp.model.register(nlp._analyse(text, None).ctx.texts)


def test_auto_runs_the_decider_only_where_the_text_reads_as_encyclopedic(nlp, rules_only,
                                                                         seed_text):
    auto = Pipeline(model="auto")
    assert auto.model.only_encyclopedic and not nlp.model.only_encyclopedic
    assert "only_encyclopedic=True" in repr(auto.model)
    for text in (seed_text, PUTIN, UNLISTED):  # news: the rules' output, sources and all
        assert _register(nlp, text) == "N"
        assert auto(text).model_dump() == rules_only(text).model_dump()
    assert auto.model._vocab_checked is False  # (nothing of the decider's per-word work)
    assert _register(nlp, ENCYCLOPEDIC) == "W"
    assert auto(ENCYCLOPEDIC).model_dump() == nlp(ENCYCLOPEDIC).model_dump()
    assert auto.model._vocab_checked
    assert [(e.text, e.label.value, e.source) for e in auto(ENCYCLOPEDIC).entities] == [
        ("রবার্টো কার্লোস", "PERSON", "model")]
    assert rules_only(ENCYCLOPEDIC).entities == ()


def test_a_model_file_named_auto_is_given_as_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ModelError, match="auto"):
        Pipeline(model=Path("auto"), cache=False)  # a file, which is missing here
    (tmp_path / "auto").write_bytes(MODEL_FILE.read_bytes())
    model = Pipeline(model=Path("auto")).model
    assert model.path == Path("auto") and not model.only_encyclopedic
    with pytest.raises(TypeError, match="'auto'"):
        Pipeline(model=b"auto", cache=False)
