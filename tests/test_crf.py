"""The optional CRF second opinion (bangla_news_nlp/integrations/crf.py, docs/crf.md).

The first tests need nothing beyond the core: they check that nothing of bnlp is imported
unless asked for, that a pickle is refused before anything is unpickled, and the pure parts
(tag decoding, widening to whole words).  The rest train a tiny model from a few Bengali
sentences and use it; they need the [bnlp] extra and skip without it.
"""

from __future__ import annotations

import importlib.util
import json
import pickle
import subprocess
import sys
import textwrap

import pytest

from bangla_news_nlp.integrations.crf import CRFError, _widen, decode, load
from bangla_news_nlp.models import Label
from bangla_news_nlp.text.tokenize import tokenize

HAVE_BNLP = importlib.util.find_spec("bnlp") is not None
needs_bnlp = pytest.mark.skipif(not HAVE_BNLP, reason="needs the [bnlp] extra")

HEAVY = ("bnlp", "nltk", "pycrfsuite", "sklearn_crfsuite", "sklearn", "gensim")


# --- without bnlp ----------------------------------------------------------------------------
def test_core_never_imports_bnlp():
    code = textwrap.dedent(f"""
        import sys
        import bangla_news_nlp, bangla_news_nlp.integrations.crf
        from bangla_news_nlp import annotate, Pipeline
        annotate("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন।")
        Pipeline()
        print(sorted(m for m in {HEAVY!r} if m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_decode_bio_bioes_bilou():
    assert decode(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]
    assert decode(["S-LOC", "B-PER", "I-PER", "E-PER", "O"]) == [(0, 1, "LOC"), (1, 4, "PER")]
    assert decode(["U-ORG", "B-PER", "L-PER", "I-PER"]) == [(0, 1, "ORG"), (1, 3, "PER"),
                                                            (3, 4, "PER")]
    assert decode(["I-PER", "I-LOC", "O", "O"]) == [(0, 1, "PER"), (1, 2, "LOC")]
    assert decode([]) == []


def _widened(text, spans):
    seq = tokenize(text)
    out = _widen(spans, seq.starts, seq.ends, seq.kinds)
    return [(text[seq.starts[a]:seq.ends[b - 1]], lab) for a, b, lab in out]


def test_widen_to_whole_words():
    # tokens: ‘ সোহেল - এর বাড়ি ।  — the detached ending joins, the quote stays out
    assert _widened("‘সোহেল-এর বাড়ি।", [(1, 2, Label.PERSON)]) == [("সোহেল-এর", Label.PERSON)]
    # আল-শারা: the CRF tagged half a hyphenated name
    assert _widened("আহমেদ আল-শারা বলেন", [(0, 2, Label.PERSON)]) == [
        ("আহমেদ আল-শারা", Label.PERSON)]
    # two places joined by a hyphen stay two places
    assert _widened("রাশিয়া-সিরিয়া বৈঠক", [(0, 1, Label.GPE), (2, 3, Label.GPE)]) == [
        ("রাশিয়া", Label.GPE), ("সিরিয়া", Label.GPE)]
    # a bare number is no entity
    assert _widened("৩ ওভারে", [(0, 1, Label.GPE)]) == []


def test_pickle_refused_before_anything_is_unpickled(tmp_path):
    marker = tmp_path / "unpickled"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "bn_ner.pkl"
    path.write_bytes(pickle.dumps(Evil(), protocol=4))
    with pytest.raises(CRFError, match="pickle.*allow_pickle=True"):
        load(path)
    from bangla_news_nlp import Pipeline

    with pytest.raises(CRFError, match="is a pickle"):
        Pipeline(crf_model=path)
    assert not marker.exists()


def test_bad_model_files(tmp_path):
    with pytest.raises(CRFError, match="cannot read the CRF model"):
        load(tmp_path / "missing.crfsuite")
    text = tmp_path / "model.txt"
    text.write_text("ঢাকা\tB-LOC\n", encoding="utf-8")
    with pytest.raises(CRFError, match="not a CRFsuite model"):
        load(text)


@pytest.mark.skipif(HAVE_BNLP, reason="checks the message shown when bnlp is missing")
def test_missing_extra_is_named(tmp_path):
    model = tmp_path / "m.crfsuite"
    model.write_bytes(b"lCRF" + b"\0" * 60)
    with pytest.raises(ImportError, match=r"bangla-news-nlp\[bnlp\]"):
        load(model)
    from bangla_news_nlp.cli.main import main

    article = tmp_path / "a.txt"
    article.write_text("ঢাকায় বৈঠক হয়েছে।", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"\[bnlp\]"):
        main(["annotate", str(article), "--crf-model", str(model)])


# --- with bnlp: a tiny model -----------------------------------------------------------------
# Each line: the sentence and its gold entities as (text, label).  The model learns the
# invented name ঝুমকোলতা as a person, ঝিঙেফুল সংঘ as an organisation, নলছিটিকান্দা as a place,
# and, to disagree with the gazetteer and the date stage, ঢাকায় and "২৩ ডিসেম্বর" as ORG.
TRAIN = [
    ("ঝুমকোলতা বলেন, সভা শেষ হয়েছে।", [("ঝুমকোলতা", "PER")]),
    ("সভায় বক্তব্য দেন ঝুমকোলতা।", [("ঝুমকোলতা", "PER")]),
    ("ঝুমকোলতার বাড়িতে মেলা বসেছে।", [("ঝুমকোলতার", "PER")]),
    ("আজ ঝুমকোলতা ও তাঁর ভাই এসেছেন।", [("ঝুমকোলতা", "PER")]),
    ("ঝিঙেফুল সংঘ একটি সভা ডেকেছে।", [("ঝিঙেফুল সংঘ", "ORG")]),
    ("সভায় ঝিঙেফুল সংঘ যোগ দেয়।", [("ঝিঙেফুল সংঘ", "ORG")]),
    ("তারা নলছিটিকান্দা ঘুরে এসেছে।", [("নলছিটিকান্দা", "LOC")]),
    ("নলছিটিকান্দা খুব সুন্দর।", [("নলছিটিকান্দা", "LOC")]),
    ("ঢাকায় বৈঠক হয়েছে।", [("ঢাকায়", "ORG")]),
    ("ঢাকায় আলোচনা চলছে।", [("ঢাকায়", "ORG")]),
    ("২৩ ডিসেম্বর সভা হবে।", [("২৩ ডিসেম্বর", "ORG")]),
    ("২৩ ডিসেম্বর বৈঠক হবে।", [("২৩ ডিসেম্বর", "ORG")]),
    ("সবাই বাজারে গিয়েছিলেন।", []),
]


def _jsonl(rows) -> str:
    lines = []
    for k, (text, ents) in enumerate(rows):
        spans = []
        for name, label in ents:
            s = text.index(name)
            spans.append([s, s + len(name), label])
        lines.append(json.dumps({"id": str(k), "text": text, "entities": spans},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    if not HAVE_BNLP:
        pytest.skip("needs the [bnlp] extra")
    from bangla_news_nlp.cli.main import main

    d = tmp_path_factory.mktemp("crf")
    gold = d / "train.jsonl"
    gold.write_text(_jsonl(TRAIN), encoding="utf-8")
    model = d / "tiny.crfsuite"
    # a small L2 penalty, so that a dozen sentences are enough to learn from
    assert main(["train-crf", str(gold), "-o", str(model), "--c2", "0.01"]) == 0
    return d, model


@pytest.fixture(scope="module")
def nlp_crf(tiny):
    from bangla_news_nlp import Pipeline

    # the CRF's merge with the rules' output (the decider, which would decide the rules'
    # spans first, is off: its own tests are in tests/ner/test_model.py)
    return Pipeline(crf_model=tiny[1], model=False)


def _ents(doc):
    return [(e.text, e.label.value, e.source) for e in doc.entities]


def _crf_spans(nlp, text):
    """What the CRF alone finds (widened, before the merge)."""
    from bangla_news_nlp.text.normalize import normalize

    norm = normalize(text)
    seq = tokenize(norm.text)
    return [(norm.text[seq.starts[a]:seq.ends[b - 1]], lab.value)
            for a, b, lab in nlp.crf.spans(norm.text, seq.starts, seq.ends, seq.texts, seq.kinds)]


@needs_bnlp
def test_model_file_is_crfsuite_not_pickle(tiny, capsys):
    d, model = tiny
    head = model.read_bytes()[:4]
    assert head == b"lCRF"
    with pytest.raises(pickle.UnpicklingError):
        pickle.loads(model.read_bytes())
    assert not list(d.glob(".*.tmp"))  # the temporary training file is gone


@needs_bnlp
def test_crf_fills_what_no_other_stage_found(nlp_crf):
    text = "গতকাল ঝুমকোলতা-এর বাড়িতে মেলা বসেছে। পরে ঝিঙেফুল সংঘ সভা করে।"
    doc = nlp_crf.annotate(text)
    assert _ents(doc) == [
        ("ঝুমকোলতা-এর", "PERSON", "crf"),  # widened over the detached ending
        ("ঝিঙেফুল সংঘ", "ORG", "crf"),
    ]
    e = doc.entities[0]
    assert text[e.start:e.end] == e.text and e.base == "ঝুমকোলতা" and e.canonical is None
    # the same pipeline without the CRF finds neither
    from bangla_news_nlp import annotate

    assert _ents(annotate(text)) == []


@needs_bnlp
def test_crf_place_becomes_gpe(nlp_crf):
    doc = nlp_crf.annotate("গত মাসে নলছিটিকান্দা ঘুরে এসেছি।")
    assert ("নলছিটিকান্দা", "GPE", "crf") in _ents(doc)


@needs_bnlp
def test_gazetteer_wins_when_the_crf_disagrees(nlp_crf):
    text = "ঢাকায় ঝুমকোলতা এসেছেন।"
    # the CRF calls ঢাকায় an organisation ...
    assert ("ঢাকায়", "ORG") in _crf_spans(nlp_crf, text)
    # ... the gazetteer's place stands, and the CRF's person fills the gap
    assert _ents(nlp_crf.annotate(text)) == [
        ("ঢাকায়", "GPE", "gazetteer:cities"), ("ঝুমকোলতা", "PERSON", "crf")]


@needs_bnlp
def test_rule_wins_when_the_crf_disagrees(nlp_crf):
    text = "গতকাল ঝুমকোলতা বাজারে গিয়েছিলেন।"
    assert ("ঝুমকোলতা", "PERSON") in _crf_spans(nlp_crf, text)
    # the place-cue rule reads ঝুমকোলতা বাজারে as a market's name: the rule's label stands
    assert _ents(nlp_crf.annotate(text)) == [("ঝুমকোলতা", "LOC", "rule:place-cue")]


@needs_bnlp
def test_dates_are_not_overwritten(nlp_crf):
    text = "২৩ ডিসেম্বর সভা হবে।"
    assert ("২৩ ডিসেম্বর", "ORG") in _crf_spans(nlp_crf, text)
    doc = nlp_crf.annotate(text)
    assert doc.entities == () and [d.text for d in doc.dates] == ["২৩ ডিসেম্বর"]


@needs_bnlp
def test_crf_span_overlapping_an_entity_is_dropped_whole(nlp_crf):
    # the CRF reads ঢাকায় ঝিঙেফুল সংঘ as one organisation? either way, nothing it finds may
    # overlap the gazetteer's ঢাকায়
    text = "ঢাকায় ঝিঙেফুল সংঘ বৈঠক করে।"
    doc = nlp_crf.annotate(text)
    gaz = [e for e in doc.entities if e.source != "crf"]
    assert [(e.text, e.label.value) for e in gaz] == [("ঢাকায়", "GPE")]
    for e in doc.entities:
        if e.source == "crf":
            assert all(e.end <= g.start or g.end <= e.start for g in gaz)


@needs_bnlp
def test_crf_off_by_default():
    from bangla_news_nlp import Pipeline, default_pipeline

    assert Pipeline().crf is None and default_pipeline().crf is None


@needs_bnlp
def test_cli_annotate_and_evaluate_with_crf(tiny, tmp_path):
    d, model = tiny
    text = "গতকাল ঝুমকোলতা-এর বাড়িতে মেলা বসেছে।"
    cmd = [sys.executable, "-m", "bangla_news_nlp"]
    out = subprocess.run(cmd + ["annotate", "-", "--crf-model", str(model), "--compact"],
                         input=text, capture_output=True, text=True, check=True)
    doc = json.loads(out.stdout)  # stdout is JSON only: bnlp's import messages kept off it
    assert [(e["text"], e["source"]) for e in doc["entities"]] == [("ঝুমকোলতা-এর", "crf")]

    gold = tmp_path / "dev.jsonl"
    gold.write_text(_jsonl([(text, [("ঝুমকোলতা-এর", "PER")])]), encoding="utf-8")
    scores = []
    for extra in ([], ["--crf-model", str(model)]):
        out = subprocess.run(cmd + ["evaluate", str(gold), "--json"] + extra,
                             capture_output=True, text=True, check=True)
        scores.append(json.loads(out.stdout)["strict"]["PER"]["tp"])
    assert scores == [0, 1]


@needs_bnlp
def test_train_errors_name_the_file(tmp_path):
    from bangla_news_nlp.cli.main import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ঢাকা", "entities": []}\n{"text": \n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"bad.jsonl:2: invalid JSON"):
        main(["train-crf", str(bad), "-o", str(tmp_path / "m.crfsuite")])
    empty = tmp_path / "no_entities.jsonl"
    empty.write_text(_jsonl([("সবাই বাজারে গিয়েছিলেন।", [])]), encoding="utf-8")
    with pytest.raises(SystemExit, match="no_entities.jsonl: no PER, LOC or ORG"):
        main(["train-crf", str(empty), "-o", str(tmp_path / "m.crfsuite")])
    assert not (tmp_path / "m.crfsuite").exists()


@needs_bnlp
def test_conll_training_data(tmp_path):
    from bangla_news_nlp import Pipeline
    from bangla_news_nlp.integrations.crf import train

    conll = tmp_path / "train.conll"
    rows = ["ঝুমকোলতা\tB-PER", "বলেন\tO", "।\tO", "", "সভায়\tO", "ঝুমকোলতা\tS-PER", "আসেন\tO",
            "।\tO", "", "আজ\tO", "বৃষ্টি\tO", "হয়েছে\tO", "।\tO"]
    conll.write_text("\n".join(rows) + "\n", encoding="utf-8")
    summary = train(conll, tmp_path / "m.crfsuite", c2=0.01)
    assert summary.sequences == 3 and summary.entities == 2
    assert set(summary.labels) == {"B-PER", "O"}
    doc = Pipeline(crf_model=tmp_path / "m.crfsuite").annotate("পরে ঝুমকোলতা বলেন।")
    assert _ents(doc) == [("ঝুমকোলতা", "PERSON", "crf")]


@needs_bnlp
def test_bnlp_pickle_only_with_allow_pickle(tmp_path, capsys):
    """A model saved the way bnlp saves bn_ner.pkl (its own CRFTaggerTrainer pickles a
    sklearn_crfsuite.CRF) loads only when allowed."""
    from bangla_news_nlp import Pipeline
    from bangla_news_nlp.integrations.crf import bnlp_features

    bnlp_features()  # import bnlp offline first
    from bnlp import CRFTaggerTrainer

    tagged = [[("ঝুমকোলতা", "B-PER"), ("বলেন", "O")], [("সভায়", "O"), ("ঝুমকোলতা", "B-PER")],
              [("আজ", "O"), ("বৃষ্টি", "O")]]
    path = tmp_path / "bn_ner.pkl"
    CRFTaggerTrainer().train(str(path), tagged, tagged)
    capsys.readouterr()
    with pytest.raises(CRFError, match="is a pickle"):
        Pipeline(crf_model=path)
    nlp = Pipeline(crf_model=path, allow_pickle=True)
    assert ("ঝুমকোলতা", "PERSON", "crf") in _ents(nlp.annotate("পরে ঝুমকোলতা বলেন।"))


# what a fresh process records when anything tries to reach the network
_NO_NETWORK = textwrap.dedent("""
    import http.client, socket, sys, urllib.request
    attempts = []
    def refuse(name):
        def f(*args, **kwargs):
            attempts.append((name, repr(args)[:80]))
            raise OSError("network blocked by the test")
        return f
    socket.socket.connect = refuse("socket.connect")
    socket.socket.connect_ex = refuse("socket.connect_ex")
    socket.create_connection = refuse("socket.create_connection")
    socket.getaddrinfo = refuse("socket.getaddrinfo")
    http.client.HTTPConnection.connect = refuse("HTTPConnection.connect")
    urllib.request.urlopen = refuse("urlopen")
    urllib.request.OpenerDirector.open = refuse("OpenerDirector.open")
""")


@needs_bnlp
def test_offline_import_and_tagging(tiny):
    d, model = tiny
    code = _NO_NETWORK + textwrap.dedent(f"""
        from bangla_news_nlp import Pipeline
        doc = Pipeline(crf_model={str(model)!r}).annotate("ঢাকায় ঝুমকোলতা এসেছেন।")
        print([(e.text, e.source) for e in doc.entities])
        print("attempts", attempts)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.splitlines() == [
        "[('ঢাকায়', 'gazetteer:cities'), ('ঝুমকোলতা', 'crf')]", "attempts []"]


@needs_bnlp
def test_the_offline_check_can_fail():
    """The same check catches bnlp's own import trying to download NLTK data (when that data
    is not installed; on a machine that has it, there is nothing to catch)."""
    code = _NO_NETWORK + textwrap.dedent("""
        import nltk
        try:
            nltk.data.find("tokenizers/punkt")
            print("punkt installed")
        except LookupError:
            import bnlp
            print("attempts", bool(attempts))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.splitlines()[-1] in ("punkt installed", "attempts True")
