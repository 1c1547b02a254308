"""Stage 4: gazetteer files and inflection-aware matching."""

import pytest

from bangla_news_nlp import GazetteerError, LanguageData, Pipeline

HEADER = "label\tcanonical\tkb_id\tforms\tsource\n"


def make(tmp_path, rows, name="test.tsv"):
    path = tmp_path / name
    path.write_text("# test gazetteer\n" + HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def small(tmp_path):
    path = make(tmp_path, [
        "PERSON\tVladimir Putin\tQ7747\tভ্লাদিমির পুতিন|পুতিন\tcurated",
        "GPE\tMoscow\t\tমস্কো\tcurated",
        "GPE\tSyria\tQ858\tসিরিয়া\tcurated",
        "GPE\tDamascus\t\tদামেস্ক\tcurated",
        "GPE\tQatar\t\tকাতার\tcurated",
        "PERSON\tAhmed al-Sharaa\t\tআহমেদ আল-শারা|আল-শারা\tcurated",
        "ORG\tSyrian Arab News Agency\t\tসিরিয়ান আরব নিউজ এজেন্সি|~সানা\tcurated",
        "GPE\tSanaa\t\tসানা\tcurated",
    ])
    return Pipeline([path], default_gazetteers=False)


def found(doc):
    return [(e.text, e.label.value, e.canonical, e.base) for e in doc.entities]


@pytest.mark.parametrize("text,surface,canonical,base", [
    ("পুতিনের সঙ্গে বৈঠক হয়েছে।", "পুতিনের", "Vladimir Putin", "পুতিন"),
    ("তিনি মস্কোতে পৌঁছেছেন।", "মস্কোতে", "Moscow", "মস্কো"),
    ("সিরিয়ায় বিনিয়োগ বাড়ছে।", "সিরিয়ায়", "Syria", "সিরিয়া"),
    ("দামেস্কে বিক্ষোভ হয়েছে।", "দামেস্কে", "Damascus", "দামেস্ক"),
    ("পুতিনকে আমন্ত্রণ জানানো হয়।", "পুতিনকে", "Vladimir Putin", "পুতিন"),
    ("পুতিনও উপস্থিত ছিলেন।", "পুতিনও", "Vladimir Putin", "পুতিন"),
    ("পুতিন-এর বক্তব্য প্রকাশিত হয়েছে।", "পুতিন-এর", "Vladimir Putin", "পুতিন"),
])
def test_case_endings_match_their_base_form(small, text, surface, canonical, base):
    assert (surface, found(small(text))[0][1], canonical, base) == found(small(text))[0]


def test_name_ending_in_ending_letters_is_not_over_stripped(small):
    # কাতার ends in র, like a genitive; it is found as written, and কাতারের through ের
    assert found(small("কাতার ও কাতারের নাগরিক")) == [
        ("কাতার", "GPE", "Qatar", "কাতার"),
        ("কাতারের", "GPE", "Qatar", "কাতার"),
    ]


def test_longest_multiword_match_wins(small):
    doc = small("রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে বৈঠক")
    assert ("ভ্লাদিমির পুতিনের", "PERSON", "Vladimir Putin", "ভ্লাদিমির পুতিন") in found(doc)


def test_hyphenated_form_matches_spaced_and_joined_spellings(small):
    for text in ("আহমেদ আল-শারা বলেন", "আহমেদ আল শারা বলেন", "আহমেদ আলশারা বলেন"):
        doc = small(text)
        assert [e.canonical for e in doc.entities] == ["Ahmed al-Sharaa"], text


def test_parts_of_a_hyphenated_compound_are_matched_separately(small):
    doc = small("সিরিয়া-কাতার সম্পর্ক")
    assert [(e.text, e.canonical) for e in doc.entities] == [("সিরিয়া", "Syria"), ("কাতার", "Qatar")]


def test_weak_form_needs_the_entity_elsewhere_in_the_document(small):
    alone = small("সানা থেকে ফিরেছেন তিনি।")
    assert found(alone) == [("সানা", "GPE", "Sanaa", "সানা")]
    both = small("সিরিয়ান আরব নিউজ এজেন্সি জানায়। সানা আরও জানিয়েছে।")
    assert [e.canonical for e in both.entities] == ["Syrian Arab News Agency"] * 2


def test_multiword_forms_do_not_cross_line_breaks(small):
    doc = small("ভ্লাদিমির\nপুতিন")
    assert "পুতিন" in [e.text for e in doc.entities]
    assert all("\n" not in e.text for e in doc.entities)


def test_user_files_win_conflicts(tmp_path):
    shipped = make(tmp_path, ["GPE\tSanaa\t\tসানা\tcurated"], "a.tsv")
    mine = make(tmp_path, ["PERSON\tSana Mir\t\tসানা\tmine"], "b.tsv")
    nlp = Pipeline([mine, shipped], default_gazetteers=False)
    assert found(nlp("সানা এসেছেন।")) == [("সানা", "PERSON", "Sana Mir", "সানা")]


def test_add_gazetteer_after_construction(tmp_path):
    nlp = Pipeline([make(tmp_path, [])], default_gazetteers=False)
    assert found(nlp("দামেস্কে")) == []
    assert nlp.add_gazetteer(make(tmp_path, ["GPE\tDamascus\t\tদামেস্ক\tcurated"], "more.tsv")) == 1
    assert found(nlp("দামেস্কে")) == [("দামেস্কে", "GPE", "Damascus", "দামেস্ক")]


def test_add_entry_in_code(tmp_path):
    nlp = Pipeline([make(tmp_path, [])], default_gazetteers=False)
    nlp.add_entry("ORG", "Daily Amar Desh", ["আমার দেশ"], source="test")
    assert found(nlp("দৈনিক আমার দেশের প্রতিবেদন")) == [
        ("আমার দেশের", "ORG", "Daily Amar Desh", "আমার দেশ")]
    with pytest.raises(TypeError):
        nlp.add_entry("ORG", "X", "একটি")
    with pytest.raises(ValueError):
        nlp.add_entry("THING", "X", ["একটি"])


@pytest.mark.parametrize("row,message", [
    ("GPE\tMoscow\t\tমস্কো", "expected 5 tab-separated fields"),
    ("CITY\tMoscow\t\tমস্কো\tcurated", "unknown label 'CITY'"),
    ("GPE\tMoscow\tW649\tমস্কো\tcurated", "is not a Wikidata QID"),
    ("GPE\tMoscow\t\tমস্কো||মস্কভা\tcurated", "empty form"),
    ("GPE\tMoscow\t\tমস্কো\t", "empty source"),
    ("GPE\t\t\tমস্কো\tcurated", "empty canonical"),
])
def test_malformed_file_fails_at_load_with_file_and_line(tmp_path, row, message):
    path = make(tmp_path, ["GPE\tSyria\t\tসিরিয়া\tcurated", row])
    with pytest.raises(GazetteerError) as err:
        Pipeline([path], default_gazetteers=False)
    assert err.value.line == 4  # comment, header, first row, then the bad one
    assert err.value.path == str(path)
    assert message in str(err.value)
    assert f"{path}:4:" in str(err.value)


def test_missing_header_and_bad_encoding(tmp_path):
    p = tmp_path / "noheader.tsv"
    p.write_text("GPE\tSyria\t\tসিরিয়া\tcurated\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="header"):
        Pipeline([p], default_gazetteers=False)
    q = tmp_path / "latin1.tsv"
    q.write_bytes(HEADER.encode() + b"GPE\tSyria\t\t\xe9\tcurated\n")
    with pytest.raises(GazetteerError, match=r"latin1.tsv:2: not valid UTF-8"):
        Pipeline([q], default_gazetteers=False)
    with pytest.raises(GazetteerError, match="cannot read"):
        Pipeline([tmp_path / "missing.tsv"], default_gazetteers=False)


def test_acronym_is_not_read_as_acronym_plus_emphatic_vowel(tmp_path):
    nlp = Pipeline([make(tmp_path, [
        "ORG\tUnited Nations\t\tজাতিসংঘ|ইউএন\tcurated",
        "ORG\tBangladesh Nationalist Party\t\tবিএনপি\tcurated",
    ])], default_gazetteers=False)
    # ইউএনও is the Upazila Nirbahi Officer, not "the UN too"; বিএনপিও is "BNP too"
    assert found(nlp("ইউএনও বলেন, বিএনপিও অংশ নেবে।")) == [
        ("বিএনপিও", "ORG", "Bangladesh Nationalist Party", "বিএনপি")]


def test_shipped_gazetteers_load_strictly():
    from bangla_news_nlp import LanguageData
    from bangla_news_nlp.gazetteer import GazetteerIndex
    from bangla_news_nlp.resources import gazetteer_files

    files = gazetteer_files()
    assert len(files) >= 10
    index = GazetteerIndex(LanguageData.bengali())
    for f in files:
        assert index.load(f, strict_nfc=True) > 0, f
    assert len(index) > 2000


def test_no_everyday_word_is_a_strong_form_in_the_shipped_files():
    from bangla_news_nlp.gazetteer import read_gazetteer
    from bangla_news_nlp.lang.bn.stop_words import STOP_WORDS
    from bangla_news_nlp.resources import gazetteer_files

    offenders = [
        (f.name, row.line, form)
        for f in gazetteer_files()
        for row in read_gazetteer(f)
        for form, weak in row.forms
        if not weak and form in STOP_WORDS
    ]
    assert offenders == []


def test_index_cache_is_json_and_rebuilt_when_a_file_changes(tmp_path, monkeypatch):
    import json
    import os

    from bangla_news_nlp.gazetteer import cache

    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path / "cache"))
    g = make(tmp_path, ["GPE\tMoscow\t\tমস্কো\tcurated"])
    first = Pipeline([g], default_gazetteers=False)
    files = list((tmp_path / "cache").glob("gazetteer-*.json"))
    assert len(files) == 1
    # plain JSON (a header line, then the index), no pickle
    lang = LanguageData.bengali()
    header, data = (json.loads(line) for line in files[0].read_bytes().split(b"\n", 1))
    assert header["key"] == cache.cache_key([g], f"{lang.index_digest}:")
    # strings a line each (here one line), QIDs a list
    assert data["entries"] == {"label": "GPE", "canonical": "Moscow", "kb_id": [None],
                               "file": "test", "source": "curated"}
    assert cache.load_cached([g], lang) is not None
    assert found(first("মস্কোতে")) == [("মস্কোতে", "GPE", "Moscow", "মস্কো")]

    # the file changes: a new cache entry is built, and the new form is found
    g.write_text(g.read_text(encoding="utf-8") + "GPE\tDamascus\t\tদামেস্ক\tcurated\n",
                 encoding="utf-8")
    os.utime(g, ns=(1, 1))
    second = Pipeline([g], default_gazetteers=False)
    assert found(second("দামেস্কে"))[0][2] == "Damascus"

    # a damaged cache file is ignored and rewritten
    for f in (tmp_path / "cache").glob("gazetteer-*.json"):
        f.write_text("{not json", encoding="utf-8")
    third = Pipeline([g], default_gazetteers=False)
    assert found(third("দামেস্কে"))[0][2] == "Damascus"
    assert cache.load_cached([g], LanguageData.bengali()) is not None

    # and it can be turned off
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", "off")
    assert cache.cache_dir() is None
    assert found(Pipeline([g], default_gazetteers=False)("মস্কো"))[0][2] == "Moscow"


def test_cached_and_built_indexes_annotate_alike(tmp_path, monkeypatch):
    from bangla_news_nlp import annotate

    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(tmp_path / "c"))
    text = "রুশ প্রেসিডেন্ট ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে দেখা করেছেন সিরিয়ার পররাষ্ট্রমন্ত্রী।"
    built = Pipeline(cache=False)(text)
    Pipeline()  # writes the cache
    cached = Pipeline()(text)
    assert cached == built == annotate(text)
