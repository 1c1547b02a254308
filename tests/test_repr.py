"""Short reprs: a Document, its mentions and its summaries show what they are in one line
(in a console, in IPython / Jupyter's plain text, in rich), while model_dump, equality and the
JSON still see every field."""

import json

import pydantic
import pytest

from bangla_news_nlp import DateMention, Document, Entity, annotate

TEXT = ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী "
        "আসাদ হাসান আল-শাইবানি। মঙ্গলবার (২৩ ডিসেম্বর) বৈঠক হয়। পরে পুতিন বলেন।")


@pytest.fixture(scope="module")
def doc():
    return annotate(TEXT)


def test_document_repr_counts_and_str_is_the_text(doc):
    assert repr(doc) == "Document(157 chars, 6 entities, 1 date)"
    assert str(doc) == TEXT
    assert repr(Document(text="x")) == "Document(1 char, 0 entities, 0 dates)"
    assert repr(annotate("")) == "Document(0 chars, 0 entities, 0 dates)"


def test_entity_repr(doc):
    assert [repr(e) for e in doc.entities] == [
        "Entity('রুশ', NORP, 0:3, canonical='Russia')",
        "Entity('ভ্লাদিমির পুতিনের', PERSON, 16:33, canonical='Vladimir Putin')",
        "Entity('মস্কোতে', GPE, 40:47, canonical='Moscow')",
        "Entity('সিরিয়ার', GPE, 60:68, canonical='Syria')",
        "Entity('আসাদ হাসান আল-শাইবানি', PERSON, 86:107, canonical='Asaad Hassan al-Shaibani')",
        "Entity('পুতিন', PERSON, 146:151, canonical='Vladimir Putin')",
    ]
    # no canonical name: none shown
    other = annotate("গতকাল উপজেলা নির্বাহী কর্মকর্তা (ইউএনও) রতন কুমার অধিকারী বলেন।")
    assert repr(other.entities) == "(Entity('রতন কুমার অধিকারী', PERSON, 40:57),)"
    # a lone surrogate shows as its escape
    assert repr(Entity(start=0, end=2, text="প\ud800", label="PERSON", base="প",
                       source="rule:test")) == "Entity('প\\ud800', PERSON, 0:2)"


def test_date_mention_repr(doc):
    assert repr(doc.dates) == "(DateMention('মঙ্গলবার (২৩ ডিসেম্বর)', --12-23, date),)"
    dated = annotate("প্রকাশ: ২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম\nগত ডিসেম্বরে বৈঠক হয়।")
    assert [repr(d) for d in dated.dates] == [
        "DateMention('২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম', 2025-12-24T12:04, datetime)",
        "DateMention('গত ডিসেম্বরে', 2024-12, month)",
    ]
    # a relative expression with nothing to resolve it against has no value
    assert repr(annotate("গতকাল বৈঠক হয়।").dates) == "(DateMention('গতকাল', None, date),)"


def test_entity_summary_repr(doc):
    assert [repr(p) for p in doc.people] == [
        "EntitySummary('Vladimir Putin', PERSON, 2 mentions, roles=['প্রেসিডেন্ট of Russia'])",
        "EntitySummary('Asaad Hassan al-Shaibani', PERSON, 1 mention, "
        "roles=['পররাষ্ট্রমন্ত্রী of Syria'])",
    ]
    assert [repr(p) for p in doc.places] == [
        "EntitySummary('Moscow', GPE, 1 mention)", "EntitySummary('Syria', GPE, 1 mention)"]


def test_seed_article_repr_is_one_short_line(seed_text):
    doc = annotate(seed_text)
    assert repr(doc) == "Document(2,152 chars, 44 entities, 3 dates)"  # was 43,944 characters
    assert repr(doc.entities[1]) == "Entity('সিরিয়া', GPE, 34:41, canonical='Syria')"
    assert repr(doc.dates[0]) == (
        "DateMention('২৪ ডিসেম্বর ২০২৫, ১২:০৪ পিএম', 2025-12-24T12:04, datetime)")
    assert repr(doc.people[0]) == (
        "EntitySummary('Vladimir Putin', PERSON, 5 mentions, roles=['প্রেসিডেন্ট of Russia'])")
    assert str(doc) == seed_text


def test_ipython_plain_text_display_uses_the_short_repr(doc):
    pytest.importorskip("IPython")
    from IPython.core.formatters import PlainTextFormatter
    from IPython.lib.pretty import pretty

    plain = PlainTextFormatter()
    assert plain(doc) == pretty(doc) == "Document(157 chars, 6 entities, 1 date)"
    assert plain(doc.people[0]) == repr(doc.people[0])
    assert plain(doc.dates) == "(DateMention('মঙ্গলবার (২৩ ডিসেম্বর)', --12-23, date),)"
    # a long tuple is broken over lines, each item its short repr
    assert pretty(doc.entities).splitlines()[1] == (
        " Entity('ভ্লাদিমির পুতিনের', PERSON, 16:33, canonical='Vladimir Putin'),")


def test_rich_uses_the_short_repr(doc):
    rich_pretty = pytest.importorskip("rich.pretty")
    assert rich_pretty.pretty_repr(doc) == "Document(157 chars, 6 entities, 1 date)"
    assert rich_pretty.pretty_repr(doc.entities[0]) == (
        "Entity('রুশ', NORP, 0:3, canonical='Russia')")


def test_model_dump_equality_and_json_are_unchanged(doc):
    dumped = doc.model_dump()
    assert list(dumped) == ["text", "entities", "dates", "reference_date", "tokens", "sentences"]
    assert dumped["entities"][1] == {
        "start": 16, "end": 33, "text": "ভ্লাদিমির পুতিনের", "label": "PERSON",
        "base": "ভ্লাদিমির পুতিন", "canonical": "Vladimir Putin", "kb_id": "Q7747",
        "source": "gazetteer:people_world"}
    assert dumped["dates"][0]["value"] == "--12-23"
    assert doc.model_dump_json() == pydantic.BaseModel.model_dump_json(doc)
    assert json.loads(doc.model_dump_json())["entities"][1]["canonical"] == "Vladimir Putin"
    assert Document.model_validate_json(doc.model_dump_json()) == doc
    assert doc.entities[0] == Entity(**doc.entities[0].model_dump())
    assert doc.dates[0] == DateMention(**doc.dates[0].model_dump())
    assert doc.people[0].model_dump()["mentions"][0]["text"] == "ভ্লাদিমির পুতিনের"
