"""The spaCy integration: the ``bangla_news_ner`` component, Document.to_spacy, displacy.

spaCy is in the ``[test]`` extra; without it these tests skip.
"""

import datetime as dt
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy")

from spacy import displacy  # noqa: E402

from bangla_news_nlp import GazetteerError, annotate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

TEXT = (
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী "
    "আসাদ হাসান আল-শাইবানি। মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।"
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner")
    return nlp


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def _no_overlap(doc):
    seen = set()
    for e in doc.ents:
        assert not seen & set(range(e.start, e.end)), f"overlapping ents in {ents(doc)}"
        seen |= set(range(e.start, e.end))


def _fresh_python(code: str) -> str:
    env = dict(os.environ)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, cwd=str(ROOT.parent), timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


# the factory and what it sets ---------------------------------------------------------
def test_factory_by_entry_point_in_a_fresh_process():
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.blank('bn')\n"
        "nlp.add_pipe('bangla_news_ner')\n"
        f"doc = nlp({TEXT!r})\n"
        "print(json.dumps([[e.text, e.label_, e._.canonical] for e in doc.ents]))\n"
    )
    assert "bangla_news_nlp" not in code
    got = json.loads(_fresh_python(code))
    assert ["ভ্লাদিমির পুতিনের", "PERSON", "Vladimir Putin"] in got
    assert ["মস্কোতে", "GPE", "Moscow"] in got
    assert ["আসাদ হাসান আল-শাইবানি", "PERSON", "Asaad Hassan al-Shaibani"] in got


def test_the_core_does_not_import_spacy():
    code = (
        "import sys, bangla_news_nlp\n"
        f"doc = bangla_news_nlp.annotate({TEXT!r})\n"
        "assert doc.entities\n"
        "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')"
        " or m == 'bangla_news_nlp.integrations.spacy'))\n"
    )
    assert _fresh_python(code).strip() == "[]"


def test_inflected_and_hyphenated_names_align_to_spacy_tokens(nlp):
    doc = nlp(TEXT)
    got = {e.text: e for e in doc.ents}
    putin, moscow, syria, shaibani = (got["ভ্লাদিমির পুতিনের"], got["মস্কোতে"], got["সিরিয়ার"],
                                      got["আসাদ হাসান আল-শাইবানি"])
    assert (putin.label_, putin._.canonical, putin._.kb_id, putin.kb_id_, putin._.base) == (
        "PERSON", "Vladimir Putin", "Q7747", "Q7747", "ভ্লাদিমির পুতিন")
    assert putin._.source.startswith("gazetteer:")
    assert (moscow.label_, moscow._.canonical, moscow._.base) == ("GPE", "Moscow", "মস্কো")
    assert (syria.label_, syria._.canonical, syria._.kb_id) == ("GPE", "Syria", "Q858")
    # spaCy splits the hyphen: three tokens, one entity
    assert [t.text for t in shaibani][-3:] == ["আল", "-", "শাইবানি"]
    assert shaibani.label_ == "PERSON"
    # the same offsets as the library's own result, and no date attribute on an entity
    document = annotate(TEXT)
    assert {(e.start, e.end, e.label.value) for e in document.entities} <= {
        (e.start_char, e.end_char, e.label_) for e in doc.ents}
    assert putin._.date_value is None and putin._.granularity is None
    assert doc._.dropped_mentions == []
    _no_overlap(doc)


def test_dates_and_times(nlp):
    doc = nlp("প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম\n"
              "সকাল ১০টায় ঢাকার শাহবাগে সমাবেশ হয়। গতকাল রাত ৯টা ৩০ মিনিটে বৃষ্টি হয়। "
              "২০২৫ সালের ডিসেম্বরে নির্বাচন।")
    got = {e.text: e for e in doc.ents}
    # a date with a clock time is DATE (datetime_label), a clock time alone is TIME
    published = got["২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম"]
    assert (published.label_, published._.date_value, published._.granularity) == (
        "DATE", "2025-12-24T12:04", "datetime")
    clock = got["সকাল ১০টায়"]
    assert (clock.label_, clock._.date_value, clock._.granularity) == ("TIME", "10:00", "time")
    last_night = got["গতকাল রাত ৯টা ৩০ মিনিটে"]
    assert (last_night.label_, last_night._.date_value, last_night._.relative) == (
        "DATE", "2025-12-23T21:30", True)
    month = got["২০২৫ সালের ডিসেম্বরে"]
    assert (month.label_, month._.date_value, month._.calendar) == ("DATE", "2025-12", "gregorian")
    assert month._.canonical is None and month._.source is None
    assert got["ঢাকার"].label_ == "GPE"
    assert doc._.reference_date == "2025-12-24T12:04:00"  # from the publication line

    times = spacy.blank("bn")
    times.add_pipe("bangla_news_ner", config={"datetime_label": "TIME"})
    assert {e.text: e.label_ for e in times(doc.text).ents}["২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম"] == "TIME"
    only = spacy.blank("bn")
    only.add_pipe("bangla_news_ner", config={"labels": ["DATE", "TIME"]})
    assert {e.label_ for e in only(doc.text).ents} <= {"DATE", "TIME"}


# the alignment rule ---------------------------------------------------------------------
GLUED = "পুতিন।মস্কোতে বৈঠক হয়।"  # no space after the danda: spaCy keeps one token
TITLE = "ড.মুহাম্মদ ইউনূস ঢাকায় ফিরেছেন।"  # title glued to the name


def _with(mode):
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner", config={"alignment_mode": mode})
    return nlp


def test_spacy_tokens_differ_from_our_spans_here():
    # the premise of the tests below: spaCy does not split these where we do
    assert spacy.blank("bn")(GLUED)[0].text == "পুতিন।মস্কোতে"
    assert spacy.blank("bn")(TITLE)[0].text == "ড.মুহাম্মদ"
    assert [(e.text, e.label.value) for e in annotate(GLUED).entities] == [
        ("পুতিন", "PERSON"), ("মস্কোতে", "GPE")]


def test_expand_keeps_the_longer_mention_and_reports_the_other():
    doc = _with("expand")(GLUED)
    assert ents(doc) == [("পুতিন।মস্কোতে", "GPE")]
    assert doc.ents[0]._.canonical == "Moscow"
    assert [(d["text"], d["label"], d["reason"]) for d in doc._.dropped_mentions] == [
        ("পুতিন", "PERSON", "overlaps another mention")]
    doc = _with("expand")(TITLE)
    name = doc.ents[0]
    assert (name.text, name.label_) == ("ড.মুহাম্মদ ইউনূস", "PERSON")  # swallows the title
    assert name._.base == "মুহাম্মদ ইউনূস"


def test_contract_and_strict_drop_what_does_not_fit():
    doc = _with("contract")(TITLE)
    assert ("ইউনূস", "PERSON") in ents(doc)
    for mode in ("contract", "strict"):
        doc = _with(mode)(GLUED)
        assert doc.ents == ()
        assert [d["text"] for d in doc._.dropped_mentions] == ["পুতিন", "মস্কোতে"]
    assert ("ঢাকায়", "GPE") in ents(_with("strict")(TITLE))
    assert "মুহাম্মদ ইউনূস" not in [t for t, _ in ents(_with("strict")(TITLE))]


def test_split_retokenizes_at_the_mention_boundaries():
    doc = _with("split")(GLUED)
    assert [t.text for t in doc][:3] == ["পুতিন", "।", "মস্কোতে"]
    assert ents(doc) == [("পুতিন", "PERSON"), ("মস্কোতে", "GPE")]
    assert doc.text == GLUED and doc._.dropped_mentions == []
    doc = _with("split")(TITLE)
    assert [t.text for t in doc][:2] == ["ড.", "মুহাম্মদ"]
    assert ("মুহাম্মদ ইউনূস", "PERSON") in ents(doc)


def _check_accounting(doc, text):
    """Every mention of annotate(text) is either behind exactly one ent or reported in
    doc._.dropped_mentions, and no two ents overlap."""
    _no_overlap(doc)
    document = annotate(text)
    mentions = {(m.start, m.end) for m in (*document.entities, *document.dates)}
    dropped = {(d["start"], d["end"]) for d in doc._.dropped_mentions}
    placed = set()
    for e in doc.ents:
        # expand and split: the ent covers its mention; contract: it lies inside it
        inside = {m for m in mentions if e.start_char <= m[0] and m[1] <= e.end_char}
        covering = {m for m in mentions if m[0] <= e.start_char and e.end_char <= m[1]}
        assert inside or covering, (text, e.text)
        placed |= (inside or covering) - dropped
    assert placed | dropped == mentions, text
    assert not placed & dropped


MODES = ["expand", "contract", "strict", "split"]
HARD = [TEXT, GLUED, TITLE, "জাতিসংঘ(ইউএন) মহাসচিব আন্তোনিও গুতেরেস মস্কোতে।",
        "সাংবাদিক (ঢাকা):পুতিন বলেন", "“পুতিন”-এর বক্তব্য ২৪ ডিসেম্বর,২০২৫ তারিখে।"]


@pytest.mark.parametrize("mode", MODES)
def test_every_mention_is_placed_or_reported_never_overlapping(mode):
    nlp = _with(mode)
    for text in HARD:
        _check_accounting(nlp(text), text)


WORDS = ["পুতিনের", "মস্কোতে", "সিরিয়ার", "আল-শাইবানি", "ঢাকা", "জাতিসংঘ", "ইউএন", "রুশ",
         "২৩ ডিসেম্বর", "১২:০৪", "সকাল ১০টায়", "বৈঠক", "ড.", "শেখ হাসিনা", "বিএনপি"]
GLUE = ["", " ", "।", "-", "(", ")", ",", ":", "”", "'"]


@settings(max_examples=40, deadline=None)
@given(parts=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=8),
       mode=st.sampled_from(MODES))
def test_glued_text_property(parts, mode):
    text = "".join(w + g for w, g in parts)
    _check_accounting(_NLPS[mode](text), text)


_NLPS = {mode: _with(mode) for mode in MODES}


# settings ---------------------------------------------------------------------------------
def test_existing_ents_are_kept_or_overwritten():
    for overwrite, want in ((False, ("মস্কোতে", "FAC")), (True, ("মস্কোতে", "GPE"))):
        nlp = spacy.blank("bn")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": "FAC", "pattern": "মস্কোতে"}])
        nlp.add_pipe("bangla_news_ner", config={"overwrite_ents": overwrite})
        doc = nlp(TEXT)
        assert want in ents(doc)
        assert ("ভ্লাদিমির পুতিনের", "PERSON") in ents(doc)
        reasons = [(d["text"], d["reason"]) for d in doc._.dropped_mentions]
        assert reasons == ([] if overwrite else [("মস্কোতে", "overlaps an existing entity")])


def test_running_twice_keeps_the_same_ents(nlp):
    doc = nlp(TEXT)
    before = [(e.start, e.end, e.label_, e._.canonical) for e in doc.ents]
    again = nlp.get_pipe("bangla_news_ner")(doc)
    assert [(e.start, e.end, e.label_, e._.canonical) for e in again.ents] == before
    assert again._.dropped_mentions == []


GAZETTEER = (
    "# test gazetteer\n"
    "label\tcanonical\tkb_id\tforms\tsource\n"
    "ORG\tNorthbridge Weekly\t\tনর্থব্রিজ সাপ্তাহিক\ttest\n"
)
CUSTOM = "গতকাল নর্থব্রিজ সাপ্তাহিকের প্রতিবেদনে মস্কোতে বৈঠকের খবর ছাপা হয়।"


def test_settings_round_trip_through_to_disk_and_load(tmp_path):
    gaz = tmp_path / "my_names.tsv"
    gaz.write_text(GAZETTEER, encoding="utf-8")
    config = {"gazetteers": [str(gaz)], "reference_date": "2025-12-24", "overwrite_ents": True,
              "alignment_mode": "split", "labels": ["ORG", "GPE", "DATE"]}
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner", config=config)
    first = nlp(CUSTOM)
    assert ("নর্থব্রিজ সাপ্তাহিকের", "ORG") in ents(first)
    assert [e._.date_value for e in first.ents if e.label_ == "DATE"] == ["2025-12-23"]

    nlp.to_disk(tmp_path / "pipeline")
    gaz.unlink()  # the saved pipeline carries its own copy
    loaded = spacy.load(tmp_path / "pipeline")
    cfg = loaded.config["components"]["bangla_news_ner"]
    assert {k: cfg[k] for k in config} == config
    doc = loaded(CUSTOM)
    assert ents(doc) == ents(first)
    org = next(e for e in doc.ents if e.label_ == "ORG")
    assert (org._.canonical, org._.source) == ("Northbridge Weekly", "gazetteer:my_names")
    assert doc._.reference_date == "2025-12-24"
    # saving a loaded pipeline again, into the folder it came from, keeps working
    loaded.to_disk(tmp_path / "pipeline")
    assert ents(spacy.load(tmp_path / "pipeline")(CUSTOM)) == ents(first)


def _saved_pipeline(tmp_path):
    """A pipeline saved with one extra gazetteer, and a gazetteer file outside it."""
    gaz = tmp_path / "my_names.tsv"
    gaz.write_text(GAZETTEER, encoding="utf-8")
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner", config={"gazetteers": [str(gaz)]})
    nlp.to_disk(tmp_path / "pipeline")
    outside = tmp_path / "outside.tsv"
    outside.write_text(GAZETTEER.replace("Northbridge Weekly", "Planted Name"), encoding="utf-8")
    return tmp_path / "pipeline", outside


def _manifest(folder):
    return folder / "bangla_news_ner" / "gazetteers.json"


@pytest.mark.parametrize("entry", [
    "ABSOLUTE", "../../outside.tsv", "gazetteers/../../../outside.tsv", "LINK", "", ".",
])
def test_from_disk_reads_only_files_inside_the_saved_pipeline(tmp_path, entry):
    folder, outside = _saved_pipeline(tmp_path)
    manifest = _manifest(folder)
    if entry == "ABSOLUTE":
        entry = str(outside)
    elif entry == "LINK":  # a symbolic link inside the folder that points outside it
        (folder / "bangla_news_ner" / "gazetteers" / "00" / "link.tsv").symlink_to(outside)
        entry = "gazetteers/00/link.tsv"
    assert json.loads(manifest.read_text(encoding="utf-8")) == {
        "gazetteers": ["gazetteers/00/my_names.tsv"]}
    manifest.write_text(json.dumps({"gazetteers": [entry]}), encoding="utf-8")
    with pytest.raises(ValueError) as info:
        spacy.load(folder)
    message = str(info.value)
    assert str(manifest) in message and repr(entry) in message
    assert "outside" in message or "must be relative" in message


@pytest.mark.parametrize("files", ["gazetteers/00/my_names.tsv", ["x.tsv", 3], {"a": 1}, None])
def test_a_manifest_of_the_wrong_shape_is_a_clear_error(tmp_path, files):
    folder, _ = _saved_pipeline(tmp_path)
    _manifest(folder).write_text(json.dumps({"gazetteers": files}), encoding="utf-8")
    with pytest.raises(ValueError, match="must be a list of relative paths"):
        spacy.load(folder)


def test_from_disk_accepts_a_path_that_stays_inside(tmp_path):
    folder, _ = _saved_pipeline(tmp_path)
    _manifest(folder).write_text(json.dumps(
        {"gazetteers": ["gazetteers/00/../00/my_names.tsv"]}), encoding="utf-8")
    doc = spacy.load(folder)(CUSTOM)
    org = next(e for e in doc.ents if e.label_ == "ORG")
    assert (org.text, org._.canonical, org._.source) == (
        "নর্থব্রিজ সাপ্তাহিকের", "Northbridge Weekly", "gazetteer:my_names")


def test_to_disk_does_not_follow_a_link_in_the_folder_it_replaces(tmp_path):
    folder, outside = _saved_pipeline(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.tsv").write_text("precious", encoding="utf-8")
    (folder / "bangla_news_ner" / "gazetteers" / "01").symlink_to(elsewhere)
    spacy.load(folder).to_disk(folder)
    assert (elsewhere / "keep.tsv").read_text(encoding="utf-8") == "precious"
    assert sorted(p.relative_to(folder / "bangla_news_ner").as_posix()
                  for p in (folder / "bangla_news_ner" / "gazetteers").rglob("*")) == [
        "gazetteers/00", "gazetteers/00/my_names.tsv"]


def test_bad_settings_are_clear_errors(tmp_path):
    for config, match in (({"alignment_mode": "fuzzy"}, "alignment_mode must be one of"),
                          ({"reference_date": "24/12/2025"}, "not an ISO 8601 date"),
                          ({"labels": ["PER"]}, "unknown label"),
                          ({"datetime_label": "CARDINAL"}, "datetime_label must be one of")):
        with pytest.raises(ValueError, match=match):
            spacy.blank("bn").add_pipe("bangla_news_ner", config=config)
    # wrong types are caught by spaCy's own config validation, which names the setting
    from thinc.api import ConfigValidationError

    with pytest.raises(ConfigValidationError, match="gazetteers"):
        spacy.blank("bn").add_pipe("bangla_news_ner", config={"gazetteers": "names.tsv"})
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner", config={"gazetteers": [str(tmp_path / "missing.tsv")]})
    with pytest.raises(GazetteerError, match="missing.tsv"):
        nlp(TEXT)


def test_pipe_with_two_processes(nlp):
    texts = [TEXT, CUSTOM, GLUED, "গতকাল রাত ৯টা ৩০ মিনিটে ঢাকায় বৃষ্টি হয়।"]

    def summary(doc):
        return ([(e.text, e.label_, e.kb_id_, e._.canonical, e._.base, e._.date_value)
                 for e in doc.ents], doc._.dropped_mentions)

    one = [summary(d) for d in nlp.pipe(texts)]
    two = [summary(d) for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert two == one
    assert ("মস্কোতে", "GPE", "", "Moscow", "মস্কো", None) in one[0][0]


def test_component_pickles_without_its_built_annotator(nlp):
    comp = nlp.get_pipe("bangla_news_ner")
    comp(nlp.make_doc(TEXT))  # build it
    clone = pickle.loads(pickle.dumps(comp))
    assert clone._pipeline is None
    assert ents(clone(nlp.make_doc(TEXT))) == ents(nlp(TEXT))


# Document.to_spacy and displacy ---------------------------------------------------------
def test_document_to_spacy_without_a_pipeline():
    document = annotate(TEXT, reference_date=dt.date(2025, 12, 24))
    doc = document.to_spacy()
    assert doc.text == TEXT and doc.vocab.lang == "bn"
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ != "DATE"] == [
        (e.start, e.end, e.label.value) for e in document.entities]
    date = next(e for e in doc.ents if e.label_ == "DATE")
    assert (date.text, date._.date_value, date._.relative) == (
        "মঙ্গলবার (২৩ ডিসেম্বর)", "2025-12-23", True)

    with_pipe = spacy.blank("bn")
    with_pipe.add_pipe("sentencizer")
    doc = document.to_spacy(with_pipe)  # the tokenizer only: the sentencizer does not run
    assert not doc.has_annotation("SENT_START")
    assert doc.vocab is with_pipe.vocab
    assert [e.text for e in document.to_spacy(alignment_mode="strict").ents] == [
        e.text for e in doc.ents]
    with pytest.raises(TypeError, match="spaCy Language"):
        document.to_spacy("bn")


def test_displacy_shows_our_entities(nlp):
    doc = nlp(TEXT)
    html = displacy.render(doc, style="ent", page=False, jupyter=False)
    for text, label in (("ভ্লাদিমির পুতিনের", "PERSON"), ("মস্কোতে", "GPE"),
                        ("সিরিয়ার", "GPE"), ("মঙ্গলবার (২৩ ডিসেম্বর)", "DATE")):
        assert text in html and label in html
    linked = displacy.render(doc, style="ent", page=False, jupyter=False,
                             options={"kb_url_template": "https://www.wikidata.org/wiki/{}"})
    assert "https://www.wikidata.org/wiki/Q7747" in linked


@pytest.mark.parametrize("setting, in_news, in_encyclopedic", [
    (False, False, False), (True, True, True), ("auto", False, True)])
def test_the_decider_setting(setting, in_news, in_encyclopedic):
    # a footballer no list holds, in news, and a singer in a Wikipedia-style sentence: the
    # decider finds both; "auto" leaves news to the rules
    nlp = spacy.blank("bn")
    nlp.add_pipe("bangla_news_ner", config={"model": setting})
    for text, name, found in (("ম্যাচের একমাত্র গোলটি করেছেন মরিসন।", "মরিসন", in_news),
                              ("অ্যালবামটি প্রকাশ করেছিল ইউনিভার্সাল মিউজিক এবং এতে কণ্ঠ "
                               "দিয়েছিলেন রবার্টো কার্লোস।", "রবার্টো কার্লোস", in_encyclopedic)):
        got = [(e.text, e._.source) for e in nlp(text).ents]
        assert got == ([(name, "model")] if found else []), text
    with pytest.raises((TypeError, ValueError), match="model"):
        spacy.blank("bn").add_pipe("bangla_news_ner", config={"model": "yes"})
