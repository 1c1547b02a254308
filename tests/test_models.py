"""The public API: typed, immutable, JSON round-trippable results and clear errors."""

import datetime as dt
import json
import threading

import pydantic
import pytest

from bangla_news_nlp import (
    DateMention,
    Document,
    Entity,
    Label,
    Pipeline,
    Token,
    annotate,
)

TEXT = (
    "প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম\n\n"
    "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী। "
    "মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।"
)


def test_document_shape():
    doc = annotate(TEXT)
    assert isinstance(doc, Document)
    assert doc.text == TEXT
    assert all(isinstance(e, Entity) for e in doc.entities)
    assert all(isinstance(d, DateMention) for d in doc.dates)
    assert all(isinstance(t, Token) for t in doc.tokens)
    assert [s.text for s in doc.sentences] == [
        "প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম",
        "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।",
        "মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়।",
    ]
    assert doc.reference_date == dt.datetime(2025, 12, 24, 12, 4)
    putin = next(e for e in doc.entities if e.label == Label.PERSON)
    assert (putin.text, putin.base, putin.canonical) == ("ভ্লাদিমির পুতিনের", "ভ্লাদিমির পুতিন", "Vladimir Putin")
    assert putin.source.startswith("gazetteer:")
    for span in (*doc.entities, *doc.dates, *doc.sentences, *doc.tokens):
        assert TEXT[span.start:span.end] == span.text


def test_json_round_trip_and_schema():
    doc = annotate(TEXT)
    js = doc.model_dump_json()
    back = Document.model_validate_json(js)
    assert back == doc
    assert back.tokens == doc.tokens
    data = json.loads(js)
    assert data["entities"][0]["label"] in {lab.value for lab in Label}
    schema = Document.model_json_schema(mode="serialization")
    assert {"text", "entities", "dates", "tokens", "sentences"} <= set(schema["properties"])


@pytest.mark.parametrize("ref", [dt.date(2025, 3, 10), dt.datetime(2025, 3, 10, 9, 30), None])
def test_round_trip_keeps_the_reference_date_type(ref):
    doc = annotate("গতকাল ঢাকায় বৈঠক হয়।", reference_date=ref)
    back = Document.model_validate_json(doc.model_dump_json())
    assert back == doc and type(back.reference_date) is type(ref)


UTC = dt.timezone.utc
DHAKA = dt.timezone(dt.timedelta(hours=6))
LMT = dt.timezone(dt.timedelta(minutes=53, seconds=28))  # a local mean time: seconds in the offset


@pytest.mark.parametrize("ref", [
    dt.datetime(2025, 12, 24), dt.datetime(2025, 12, 24, tzinfo=UTC),
    dt.datetime(2025, 12, 24, tzinfo=DHAKA), dt.datetime(2025, 12, 24, 0, 0, 0, 1),
    dt.datetime(1880, 1, 1, tzinfo=LMT), dt.date(2025, 12, 24),
])
def test_round_trip_keeps_a_midnight_reference_date(ref):
    # "2025-12-24T00:00:00" came back as a date, and the UTC midnight lost its time zone
    doc = annotate("গতকাল ঢাকায় বৈঠক হয়।", reference_date=ref)
    day = ref.date() if isinstance(ref, dt.datetime) else ref
    assert [(d.text, d.value) for d in doc.dates] == [
        ("গতকাল", (day - dt.timedelta(days=1)).isoformat())]
    back = Document.model_validate_json(doc.model_dump_json())
    assert back == doc
    assert type(back.reference_date) is type(ref) and back.reference_date == ref
    if isinstance(ref, dt.datetime):
        assert back.reference_date.utcoffset() == ref.utcoffset()
    assert Document.model_validate(doc.model_dump(mode="json")) == doc


def test_round_trip_keeps_a_publication_line_at_midnight():
    doc = annotate("প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ০০:০০\nগতকাল ঢাকায় বৈঠক হয়।")
    assert doc.reference_date == dt.datetime(2025, 12, 24, 0, 0)
    assert [(d.text, d.value) for d in doc.dates] == [
        ("২৪ ডিসেম্বর ২০২৫, ০০:০০", "2025-12-24T00:00"), ("গতকাল", "2025-12-23")]
    js = doc.model_dump_json()
    assert json.loads(js)["reference_date"] == "2025-12-24T00:00:00"
    back = Document.model_validate_json(js)
    assert back == doc and type(back.reference_date) is dt.datetime


def test_reference_date_json_forms():
    # what JSON carries, and what is read back (Z and a space are ISO 8601 too)
    as_json = {ref: json.loads(Document(text="", reference_date=ref).model_dump_json())[
        "reference_date"] for ref in (dt.date(2025, 12, 24), dt.datetime(2025, 12, 24, tzinfo=UTC),
                                      dt.datetime(1880, 1, 1, tzinfo=LMT))}
    assert list(as_json.values()) == [
        "2025-12-24", "2025-12-24T00:00:00Z", "1880-01-01T00:00:00+00:53:28"]
    read = [Document.model_validate({"text": "", "reference_date": s}).reference_date
            for s in ("2025-12-24", "2025-12-24T00:00:00Z", "2025-12-24 00:00",
                      "2025-12-24T06:00:00+06:00")]
    assert read == [dt.date(2025, 12, 24), dt.datetime(2025, 12, 24, tzinfo=UTC),
                    dt.datetime(2025, 12, 24), dt.datetime(2025, 12, 24, tzinfo=UTC)]
    assert [type(r) for r in read] == [dt.date, dt.datetime, dt.datetime, dt.datetime]
    with pytest.raises(pydantic.ValidationError, match="reference_date"):
        Document.model_validate({"text": "", "reference_date": "24 December 2025"})


SURROGATE_TEXTS = {
    "alone": ("\ud800", []),
    "around entities": (
        "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের\ud800 সঙ্গে \udc00মস্কোতে দেখা করেন।\udfff",
        [("রুশ", 0, 3, "NORP"), ("ভ্লাদিমির পুতিনের", 16, 33, "PERSON"),
         ("মস্কোতে", 42, 49, "GPE")]),
    "glued to a name": ("পুতিন\udcff বলেন", [("পুতিন", 0, 5, "PERSON")]),
    "low then high": ("\udfff\ud800 ঢাকায়", [("ঢাকায়", 3, 9, "GPE")]),
}


@pytest.mark.parametrize("case", sorted(SURROGATE_TEXTS))
def test_json_round_trip_with_lone_surrogates(case):
    text, expected = SURROGATE_TEXTS[case]
    doc = annotate(text)
    assert [(e.text, e.start, e.end, e.label.value) for e in doc.entities] == expected
    js = doc.model_dump_json()
    js.encode("utf-8")  # encodable: each lone surrogate is an escape
    assert "\\ud800" in js or "\\udfff" in js or "\\udcff" in js
    assert json.loads(js)["text"] == text
    for data in (js, js.encode("utf-8")):
        back = Document.model_validate_json(data)
        assert back == doc and back.text == text and back.tokens == doc.tokens
    short = doc.model_dump_json(indent=2, exclude={"tokens", "sentences"})
    assert "tokens" not in json.loads(short) and Document.model_validate_json(short) == doc
    assert json.loads(doc.model_dump_json(ensure_ascii=True)) == json.loads(js)
    for span in (*doc.entities, *doc.tokens):
        assert type(span).model_validate_json(span.model_dump_json()) == span
    for summary in doc.people:
        assert type(summary).model_validate_json(summary.model_dump_json()) == summary


def test_json_without_surrogates_is_pydantics_own():
    doc = annotate(TEXT)
    assert doc.model_dump_json() == pydantic.BaseModel.model_dump_json(doc)
    assert doc.model_dump_json(indent=1) == pydantic.BaseModel.model_dump_json(doc, indent=1)


def test_a_surrogate_pair_written_as_two_code_points_is_refused():
    # JSON cannot tell "\ud83d\ude00" (two code points) from the emoji (one): every offset
    # after it would move
    doc = annotate("\ud83d\ude00 মস্কোতে")
    assert [(e.text, e.start) for e in doc.entities] == [("মস্কোতে", 3)]
    with pytest.raises(ValueError, match="high surrogate directly followed by a low one"):
        doc.model_dump_json()


def test_invalid_json_is_still_an_error():
    with pytest.raises(pydantic.ValidationError, match="Invalid JSON"):
        Document.model_validate_json('{"text": "\\ud800", }')
    with pytest.raises(pydantic.ValidationError, match="Invalid JSON"):
        Document.model_validate_json(b'{"text": "x"')


def test_results_are_immutable():
    doc = annotate(TEXT)
    with pytest.raises(pydantic.ValidationError):
        doc.entities[0].start = 3  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        doc.text = "x"  # type: ignore[misc]
    assert isinstance(doc.entities, tuple)


def test_model_validation_rejects_wrong_offsets():
    with pytest.raises(pydantic.ValidationError, match="does not match"):
        Document(text="রুশ প্রেসিডেন্ট", entities=[Entity(
            start=0, end=3, text="পুত", label=Label.PERSON, base="পুত", source="x")])
    with pytest.raises(pydantic.ValidationError):
        Entity(start=5, end=2, text="", label="GPE", base="", source="x")
    with pytest.raises(pydantic.ValidationError):
        Entity(start=0, end=3, text="রুশ", label="NORP", base="রুশ", kb_id="159", source="x")


@pytest.mark.parametrize("bad,kind", [(b"\xe0\xa6\xb0", "bytes"), (None, "NoneType"), (42, "int"),
                                      (["রুশ"], "list")])
def test_non_str_input_raises_type_error_naming_the_type(bad, kind):
    with pytest.raises(TypeError, match=kind):
        annotate(bad)  # type: ignore[arg-type]


def test_bytes_error_suggests_decoding():
    with pytest.raises(TypeError, match="decode"):
        annotate("রুশ".encode())  # type: ignore[arg-type]


def test_bad_reference_date_type():
    with pytest.raises(TypeError, match="reference_date"):
        annotate("গতকাল", reference_date="2025-12-24")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\u00a0\u2009"])
def test_empty_or_blank_text_gives_an_empty_document(text):
    doc = annotate(text)
    assert doc.text == text and doc.entities == () and doc.dates == () and doc.sentences == ()


def test_reference_date_resolves_relative_dates():
    doc = annotate("গতকাল ঢাকায় বৈঠক হয়।", reference_date=dt.date(2025, 3, 10))
    assert [(d.text, d.value, d.relative) for d in doc.dates] == [("গতকাল", "2025-03-09", True)]
    nlp = Pipeline(reference_date=dt.date(2025, 3, 10))
    assert nlp("গতকাল ঢাকায় বৈঠক হয়।").dates[0].value == "2025-03-09"


def test_threads_get_the_same_results():
    texts = [TEXT, "সিরিয়ার প্রেসিডেন্ট আহমেদ আল-শারা দামেস্কে ফিরেছেন।", "ঢাকায় বৃষ্টি।"] * 10
    expected = [annotate(t) for t in texts]
    results = [None] * len(texts)

    def work(k):
        results[k] = annotate(texts[k])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_published_json_schema_is_up_to_date():
    from pathlib import Path

    published = Path(__file__).resolve().parent.parent / "docs" / "document.schema.json"
    current = Document.model_json_schema(mode="serialization")
    assert json.loads(published.read_text(encoding="utf-8")) == current, (
        "regenerate it: bangla-news-nlp schema > docs/document.schema.json")


def test_entities_made_by_the_pipeline_share_their_field_set_safely():
    # one set of field names for all entities (memory of long texts); nothing can change it
    from pydantic import ValidationError

    from bangla_news_nlp import annotate
    from bangla_news_nlp.models import Entity

    doc = annotate("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার মন্ত্রী।")
    a, b = doc.entities[1:3]
    assert (a.canonical, b.canonical) == ("Vladimir Putin", "Moscow")
    assert a.model_fields_set == b.model_fields_set == set(Entity.model_fields)
    with pytest.raises(ValidationError):
        a.canonical = "Paris"  # frozen
    c = a.model_copy(update={"canonical": "Paris"})
    assert c.canonical == "Paris" and a.canonical == "Vladimir Putin"
    assert b.model_fields_set == set(Entity.model_fields)
    assert Entity.model_validate_json(a.model_dump_json()) == a
    # every model the pipeline builds unvalidated gets all its fields (the shared set says so)
    from bangla_news_nlp.models import DateMention

    dated = annotate("গত ২৪ ডিসেম্বর ঢাকায় বৈঠক হয়।")
    assert set(dated.model_fields_set) == set(type(dated).model_fields)
    assert set(dated.model_dump()) >= set(type(dated).model_fields)
    for d in dated.dates:
        assert set(d.__dict__) == set(DateMention.model_fields) == d.model_fields_set
    for e in dated.entities:
        assert set(e.__dict__) == set(Entity.model_fields)


def test_trusted_builds_what_model_construct_builds():
    # trusted() sets pydantic's slots through their descriptors: the same object, equal, as
    # frozen, as copyable and as serialisable as pydantic's own unvalidated constructor
    import copy
    import pickle

    from bangla_news_nlp.models import trusted

    fields = {"start": 0, "end": 6, "text": "ঢাকায়", "label": Label.GPE, "base": "ঢাকা",
              "canonical": "Dhaka", "kb_id": "Q1354", "source": "gazetteer:places.tsv"}
    ours, theirs = trusted(Entity, dict(fields)), Entity.model_construct(**fields)
    assert type(ours) is Entity and ours == theirs
    assert ours.__dict__ == theirs.__dict__ and ours.model_fields_set == theirs.model_fields_set
    assert ours.__pydantic_extra__ is None and ours.__pydantic_private__ is None
    assert ours.model_dump_json() == theirs.model_dump_json()
    assert pickle.loads(pickle.dumps(ours)) == ours == copy.deepcopy(ours)
    with pytest.raises(pydantic.ValidationError):
        ours.start = 5
    doc = trusted(Document, {"text": "ঢাকায় ঝড়", "entities": (theirs,), "dates": (),
                             "reference_date": None})
    assert doc == Document(text="ঢাকায় ঝড়", entities=[theirs])
    assert doc.tokens[0].text == "ঢাকায়"


def test_models_are_built_when_first_validated_or_serialised_not_at_import():
    # (the cold start: annotate makes its models without validating them, so building their
    # validators and serialisers, with pydantic's plugin lookup, waits for a use)
    import subprocess
    import sys

    code = (
        "import bangla_news_nlp as b\n"
        "from bangla_news_nlp.models import Entity\n"
        "d = b.annotate('ঢাকায় ২৩ ডিসেম্বর বৈঠক')\n"
        "assert not type(d).__pydantic_complete__ and not Entity.__pydantic_complete__\n"
        "assert '\"canonical\":\"Dhaka\"' in d.model_dump_json()\n"
        "assert type(d).__pydantic_complete__\n"
        "assert b.Document.model_validate_json(d.model_dump_json()) == d\n"
        "assert Entity.model_validate(d.entities[0].model_dump()) == d.entities[0]\n"
        "assert Entity.__pydantic_complete__\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
