"""Validation of the shipped gazetteers: schema, NFC, sources, no duplicate (form, label),
no everyday word as a strong form, and the sizes the library promises."""

import pytest

from bangla_news_nlp import LanguageData
from bangla_news_nlp.gazetteer import GazetteerIndex, read_gazetteer
from bangla_news_nlp.resources import gazetteer_files

FILES = gazetteer_files()


@pytest.fixture(scope="module")
def rows():
    return {f.stem: read_gazetteer(f, strict_nfc=True) for f in FILES}


def test_every_file_loads_strictly_and_has_a_header_comment():
    assert len(FILES) >= 10
    index = GazetteerIndex(LanguageData.bengali())
    for f in FILES:
        lines = f.read_text(encoding="utf-8").splitlines()
        first = next(line for line in lines if not line.startswith("#:"))  # after properties
        assert first.startswith("#"), f"{f.name}: start with a comment saying what and whence"
        assert index.load(f, strict_nfc=True) > 0, f


def test_every_row_has_a_source_and_a_canonical_name(rows):
    for name, rs in rows.items():
        for r in rs:
            assert r.source.strip() and r.canonical.strip(), (name, r.line)


def test_no_duplicate_form_and_label_across_all_files(rows):
    seen = {}
    dups = []
    keys_of = GazetteerIndex(LanguageData.bengali())._keys_of
    for name, rs in rows.items():
        for r in rs:
            for form, _weak in r.forms:
                for key in keys_of(form)[:1]:
                    k = (key, r.label)
                    if k in seen and seen[k] != (name, r.line):
                        dups.append((key, r.label.value, seen[k], (name, r.line)))
                    seen.setdefault(k, (name, r.line))
    assert dups == [], f"{len(dups)} duplicates, e.g. {dups[:10]}"


# Strong forms allowed although the mined list of everyday words has them, each with why.
# (Acronyms spelled in letter names, such as পিএসসি, are always allowed: they are names.)
ALLOWED_COMMON = {
    "সওজ": "the Roads and Highways Department's Bengali acronym, untagged in the training data",
}


def test_no_everyday_word_is_a_strong_form(rows):
    lex = LanguageData.bengali()
    fold = lex.fold
    stop = {fold(w) for w in lex.stop_words}
    offenders = [
        (name, r.line, form)
        for name, rs in rows.items()
        for r in rs
        for form, weak in r.forms
        if not weak and " " not in form
        and (form in lex.common_words or fold(form) in stop)  # everyday as written
        and form not in ALLOWED_COMMON and not lex.morph.is_acronym(form)
    ]
    assert offenders == [], f"{len(offenders)} strong forms are everyday words " \
        f"(mark them weak with ~ or drop them): {offenders[:20]}"


def _count(rows, label=None, suffix=None, files=None):
    return sum(
        1
        for name, rs in rows.items()
        if files is None or name in files
        for r in rs
        if (label is None or r.label.value == label)
        and (suffix is None or r.canonical.endswith(suffix))
    )


def test_sizes(rows):
    assert _count(rows, "GPE", files={"countries"}) >= 240
    demonym_countries = {r.canonical for r in rows["demonyms"] if r.kb_id}
    assert len(demonym_countries) >= 190
    assert _count(rows, "GPE", files={"cities"}) >= 3500
    assert _count(rows, suffix=" District", files={"bd_admin"}) == 64
    assert _count(rows, suffix=" Division", files={"bd_admin"}) == 8
    assert _count(rows, suffix=" Upazila", files={"bd_admin"}) >= 490
    assert _count(rows, "PERSON") >= 1000
    assert _count(rows, "ORG") >= 1000


def test_demonyms_link_to_countries(rows):
    countries = {r.canonical: r.kb_id for r in rows["countries"]}
    for r in rows["demonyms"]:
        if r.canonical in countries:
            assert r.kb_id == countries[r.canonical], (r.canonical, r.line)


@pytest.mark.parametrize("text, canonical", [
    # capitals GeoNames has no Bengali name for: CLDR's name of the time zone's city
    ("সার্বিয়ার রাজধানী বেলগ্রেডে বিক্ষোভ হয়েছে।", "Belgrade"),
    ("বুখারেস্ট থেকে বার্তা সংস্থা জানায়, নির্বাচন স্থগিত।", "Bucharest"),
    ("কিগালিতে দুই দেশের বৈঠক হয়।", "Kigali"),
    ("টিউনিসে এক সম্মেলন হয়।", "Tunis"),
    ("এনজমেনায় সংঘর্ষ হয়।", "N'Djamena"),  # (the zone Africa/Ndjamena: letters compared)
    # a spelling CLDR adds to a city GeoNames names otherwise (GeoNames: হনলুলু)
    ("হনোলুলুতে ঝড় আঘাত হানে।", "Honolulu"),
    # capitals neither names in Bengali: the generator's curated spellings
    ("জ্যামাইকার রাজধানী কিংস্টনে সম্মেলন হয়।", "Kingston"),
    ("কিটোতে ভূমিকম্প অনুভূত হয়েছে।", "Quito"),
])
def test_capitals_and_spellings_from_cldr_time_zone_cities(rows, text, canonical):
    from bangla_news_nlp import annotate

    got = [(e.canonical, e.source) for e in annotate(text).entities]
    assert (canonical, "gazetteer:cities") in got
    row = next(r for r in rows["cities"] if r.canonical == canonical)
    assert ("CLDR" in row.source) != ("curated" in row.source)


@pytest.mark.parametrize("text, expected", [
    ("ক্যালিফোর্নিয়ায় দাবানলে ১০ জন নিহত হয়েছেন।", [("ক্যালিফোর্নিয়ায়", "California")]),
    ("অন্টারিওতে নির্বাচন হয়।", [("অন্টারিওতে", "Ontario")]),
    # a state named like a city or a country only with অঙ্গরাজ্য ("state")
    ("নিউইয়র্ক অঙ্গরাজ্যে তুষারঝড় হয়।", [("নিউইয়র্ক অঙ্গরাজ্যে", "New York (state)")]),
    ("নিউইয়র্কে তুষারঝড় হয়।", [("নিউইয়র্কে", "New York City")]),
    ("জর্জিয়া অঙ্গরাজ্যে ভোট গণনা চলছে।", [("জর্জিয়া অঙ্গরাজ্যে", "Georgia (U.S. state)")]),
    ("জর্জিয়ায় ভোট গণনা চলছে।", [("জর্জিয়ায়", "Georgia")]),
    # a river named like the state: the river with নদী
    ("মিসিসিপি নদীতে বন্যা দেখা দিয়েছে।", [("মিসিসিপি নদীতে", "Mississippi River")]),
    ("মিসিসিপিতে ঝড়ে পাঁচজন নিহত হন।", [("মিসিসিপিতে", "Mississippi")]),
    # everyday words stay everyday: বালি is sand, হাওয়াই জাহাজ an aeroplane
    ("নদী থেকে বালি উত্তোলন বন্ধ হয়।", []),
    ("হাওয়াই জাহাজে করে তিনি আসেন।", []),
])
def test_states_and_provinces_abroad(text, expected):
    from bangla_news_nlp import annotate

    assert [(e.text, e.canonical) for e in annotate(text).entities] == expected


def test_a_city_named_like_a_carmaker_is_not_taken_for_the_carmaker():
    from bangla_news_nlp import annotate

    # মার্সিডিজ in the news is the carmaker and its racing team, not Mercedes, Argentina
    doc = annotate("মার্সিডিজের চালক জর্জ রাসেল দ্বিতীয় হয়েছেন।")
    assert "মার্সিডিজের" not in [e.text for e in doc.entities if e.label.value == "GPE"]
    assert [(e.text, e.canonical) for e in annotate("মার্সিডিজ-বেঞ্জ নতুন গাড়ি এনেছে।")
            .entities] == [("মার্সিডিজ-বেঞ্জ", "Mercedes-Benz")]


def test_common_spelling_variants_of_well_known_names_match():
    from bangla_news_nlp import annotate

    cases = {
        "ইউনুসের": "Muhammad Yunus",  # উ for ঊ
        "শেখ হাসিনার": "Sheikh Hasina",
        "নেতানিয়াহুর": "Benjamin Netanyahu",
        "আবু ধাবিতে": "Abu Dhabi",
        "আবুধাবিতে": "Abu Dhabi",  # joined
        "চাঁপাইনবাবগঞ্জে": None,  # joined compound of a district: any canonical
        "জাতিসঙ্ঘের": "United Nations",
    }
    for text, canonical in cases.items():
        doc = annotate(f"{text} বৈঠক হয়েছে।")
        assert doc.entities, text
        e = doc.entities[0]
        assert e.text == text, (text, e.text)
        if canonical:
            assert e.canonical == canonical, (text, e.canonical)


def test_a_dhaka_place_named_like_an_upazila_is_the_dhaka_place_unless_the_upazila_is_said():
    from bangla_news_nlp import annotate

    # in news, a bare মিরপুর, গাবতলী, বিজয়নগর is the Dhaka thana or neighbourhood
    # (bd_city_areas.tsv); the upazilas of the same names only with উপজেলা (bd_admin.tsv)
    cases = {
        "রাজধানীর মিরপুরে এক বাসায় আগুন লেগেছে।": ("মিরপুরে", "GPE", "Mirpur (Dhaka)"),
        "গাবতলী বাস টার্মিনালে যানজট।": ("গাবতলী", "LOC", "Gabtoli"),
        "বিজয়নগরে মিছিল হয়েছে।": ("বিজয়নগরে", "LOC", "Bijoynagar (Dhaka)"),
        "কুষ্টিয়ার মিরপুর উপজেলায় বন্যা।": ("মিরপুর", "GPE", "Mirpur Upazila"),
        "খেলাটি হবে মিরপুরের শেরেবাংলা জাতীয় স্টেডিয়ামে।": (
            "শেরেবাংলা জাতীয় স্টেডিয়ামে", "LOC", "Sher-e-Bangla National Cricket Stadium"),
    }
    for text, (mention, label, canonical) in cases.items():
        got = {(e.text, e.label.value, e.canonical) for e in annotate(text).entities}
        assert (mention, label, canonical) in got, (text, got)
