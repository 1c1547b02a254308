"""Property tests: any string annotates, with valid offsets, deterministically."""

import datetime as dt
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bangla_news_nlp import Document, annotate


def deep(n: int) -> int:
    """``n`` examples, or the profile's if more: ``pytest --hypothesis-profile=adversarial``
    (tests/conftest.py; .ci/run runs it) draws 3,000 of each."""
    return max(n, settings.default.max_examples)


BENGALI = "".join(chr(c) for c in range(0x0980, 0x0A00) if unicodedata.category(chr(c)) != "Cn")
PIECES = [
    "পুতিনের", "মস্কোতে", "সিরিয়ার", "দামেস্কে", "আল-শারা", "(সানা)", "রুশ", "প্রেসিডেন্ট",
    "২৪ ডিসেম্বর ২০২৫", "১২:০৪ পিএম", "গত ডিসেম্বরে", "।", "\n", " ", "\u00a0", "\u200c", "\u200d",
    "\u09bc", "\u09cd", "য়", "য়", "-", "তথ্যসূত্র:", "সম্পাদক :", "🙂", "e\u0301", "\ufeff",
]

any_text = st.text(max_size=300)
bengali_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(alphabet=BENGALI + " ।-\n০১২৩৪৫৬৭৮৯", max_size=8)),
    max_size=40,
).map("".join)


def check(text):
    doc = annotate(text)
    for group in (doc.entities, doc.dates, doc.sentences, doc.tokens):
        for span in group:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start:span.end] == span.text
    starts = [e.start for e in doc.entities]
    assert starts == sorted(starts)
    for a, b in zip(doc.entities, doc.entities[1:]):
        assert a.end <= b.start  # entities never overlap
    assert annotate(text) == doc  # deterministic
    if len(text) < 10_000:
        assert Document.model_validate_json(doc.model_dump_json()) == doc
    return doc


@settings(max_examples=deep(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_string_annotates_with_valid_offsets(text):
    check(text)


@settings(max_examples=deep(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bengali_text)
def test_bengali_like_strings_annotate_with_valid_offsets(text):
    check(text)


def test_a_megabyte_of_text_annotates():
    para = ("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী। "
            "২৩ ডিসেম্বর সানা জানায় 🙂 e\u0301 \u09bc।\n")
    text = para * (1_000_000 // len(para) + 1)
    doc = check(text)
    assert len(doc.entities) > 10_000


DATE_PIECES = [
    "২৪ ডিসেম্বর ২০২৫", ", ১২:০৪ পিএম", "১০:৩০ a.m.", "P.M.", "গত", "আগামী", "সোমবার", "রাত",
    "১০টায়", "সাড়ে", "দশটায়", "৩ দিন আগে", "২০-২৫ ডিসেম্বর", "১লা", "বৈশাখ ১৪৩২", "১৫ রমজান ১৪৪৬ হিজরি",
    "২০২৪ সালে", "জানু.", "(২৩ ডিসেম্বর)", "২৪/১২/২০২৫", "২০২৫-১২-২৪", "গতকাল", "পরশু", "মাসে",
    "১০ টার দিকে", "১২০৪ ঘণ্টা", "দুই", "নয়", "১২", "২০২৫",
]
date_text = st.lists(
    st.one_of(st.sampled_from(DATE_PIECES + PIECES), st.text(alphabet=BENGALI + " ।-.:/\n০১২৩৪৫৬৭৮৯", max_size=6)),
    max_size=25,
).map(" ".join)


@settings(max_examples=deep(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(date_text)
def test_date_scan_at_token_starts_equals_the_full_scan(text):
    import datetime as dt

    from bangla_news_nlp import default_pipeline
    from bangla_news_nlp.dates import extract_dates
    from bangla_news_nlp.text.normalize import normalize
    from bangla_news_nlp.pipeline import _date_starts
    from bangla_news_nlp.text.tokenize import tokenize

    norm = normalize(text).text
    seq = tokenize(norm)
    nlp = default_pipeline()
    table = nlp._compiled()[0]
    flags = table.flags_of(seq.texts)
    bit = table.bits["date-start"]
    starts = _date_starts(seq, [i for i, f in enumerate(flags) if f & bit])
    ref = dt.date(2025, 12, 24)
    assert extract_dates(norm, ref, starts=starts) == extract_dates(norm, ref)


# a reference date of any kind comes back from JSON as it went in ---------------------------
_OFFSETS = st.timedeltas(min_value=-dt.timedelta(hours=23, minutes=59, seconds=59),
                         max_value=dt.timedelta(hours=23, minutes=59, seconds=59))
_FIXED_ZONES = st.builds(dt.timezone, _OFFSETS)


def _midnight(d: dt.datetime) -> dt.datetime:
    return d.replace(hour=0, minute=0, second=0, microsecond=0)


reference_dates = st.one_of(
    st.dates(),
    st.datetimes(),
    st.datetimes().map(_midnight),
    st.datetimes(timezones=_FIXED_ZONES),
    st.datetimes(timezones=_FIXED_ZONES).map(_midnight),
    st.datetimes(timezones=st.just(dt.timezone.utc)).map(_midnight),
)


@settings(max_examples=deep(500), deadline=None)
@given(reference_dates)
def test_reference_date_round_trips_through_json(ref):
    doc = Document(text="", reference_date=ref)
    back = Document.model_validate_json(doc.model_dump_json())
    assert back == doc
    assert type(back.reference_date) is type(ref)
    if isinstance(ref, dt.datetime):
        assert back.reference_date.utcoffset() == ref.utcoffset()
        assert back.reference_date.replace(tzinfo=None) == ref.replace(tzinfo=None)


@settings(max_examples=deep(300), deadline=None)
@given(st.datetimes(timezones=st.timezones()))
def test_reference_date_in_a_named_time_zone_keeps_its_offset(ref):
    # JSON keeps the UTC offset, not the zone's name: the same wall time and offset come back
    # (compared field by field: PEP 495 makes an aware datetime in a fold or gap compare
    # unequal to any datetime of another zone)
    back = Document.model_validate_json(
        Document(text="", reference_date=ref).model_dump_json()).reference_date
    assert type(back) is dt.datetime
    assert back.replace(tzinfo=None) == ref.replace(tzinfo=None)
    assert back.utcoffset() == ref.utcoffset()


# lone surrogates: annotated, and the JSON (with \udXXX escapes) reads back the same ---------
_LONE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
text_with_surrogates = st.lists(
    st.one_of(st.sampled_from(PIECES), _LONE, st.text(alphabet=BENGALI + " ।", max_size=6)),
    max_size=30,
).map("".join).filter(
    # a high surrogate right before a low one is refused (test_models.py)
    lambda s: not any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff"
                      for a, b in zip(s, s[1:])))


@settings(max_examples=deep(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_with_surrogates)
def test_text_with_lone_surrogates_round_trips_through_json(text):
    doc = check(text)  # offsets, and Document.model_validate_json(doc.model_dump_json()) == doc
    js = doc.model_dump_json()
    js.encode("utf-8")
    assert Document.model_validate_json(js.encode("utf-8")).text == text
