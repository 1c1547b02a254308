"""One object with every word list and ending table a pipeline consults.

The tables themselves are data, kept apart from any logic: the modules of ``lang/bn/`` (short,
curated lists written as ``|``-separated blocks or tuples) and the word-list files of
``lang/bn/lexicons/`` (long lists, one word a line, generated or mined by the scripts of
``scripts/``; their header comments say from what).  :meth:`LanguageData.bengali` reads them
into one :class:`LanguageData` with the predicates the rules ask (is this an everyday word, a
known name part, a role written as one word …) and the :class:`~bangla_news_nlp.text.morphology.
Morphology` of the ending tables.

Every :class:`~bangla_news_nlp.Pipeline` owns one; the shipped one is built once per process
and shared.  Build your own with :meth:`LanguageData.extend` (more words in any list) and pass
it as ``Pipeline(lang=...)``:

    >>> from bangla_news_nlp import LanguageData, Pipeline
    >>> lang = LanguageData.bengali().extend(roles=["প্রধান নির্বাহী কর্মকর্তা"])
    >>> nlp = Pipeline(lang=lang)  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import threading
import types
import unicodedata
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

from ..errors import LanguageDataError
from ..text.morphology import Morphology, without_conjuncts
from ..text.normalize import _is_nfc, normalize
from ..text.phrases import PhraseSet, split_words
from ..text.tokenize import tokenize

__all__ = ["LanguageData", "TABLES", "read_word_list"]

LEXICON_DIR = Path(__file__).resolve().parent / "bn" / "lexicons"
#: the letters an emphatic particle glued to a word's end follows when it is no part of the
#: word: the consonants of the Bengali block, khanda ta, the nukta of য় ড় ঢ়, and the vowel
#: sign ী (অধিকারীও, আলীই); not the other vowel signs, after which ও is often the name's own
#: (মারিও, লিও, ইয়াও)
_BEFORE_EMPHATIC = frozenset([chr(c) for c in range(0x0995, 0x09BA)]
                             + [chr(c) for c in range(0x09DC, 0x09E0)]
                             + ["\u09ce", "\u09bc", "\u09c0"])


def _nfc(words: Iterable[str]) -> Tuple[str, ...]:
    """The words in NFC (checked on all of them at once: the shipped lists are NFC already)."""
    words = tuple(words)
    if _is_nfc("\n".join(words)):  # (unicodedata's check is slow on Bengali vowel signs)
        return words
    return tuple(unicodedata.normalize("NFC", w) for w in words)


def read_word_list(path: Path) -> Tuple[str, ...]:
    """The words of a word-list file: the first tab-separated column of each line, ``#``
    starting a comment line.  A missing file is an empty list."""
    if not path.is_file():
        return ()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LanguageDataError(f"{path}: cannot read the word list: {exc}") from exc
    if "\t" in text:
        lines = [line.split("\t", 1)[0] for line in text.splitlines()]
    else:
        lines = text.splitlines()
    words = [w for w in map(str.strip, lines) if w and w[0] != "#"]
    return _nfc(words)


#: The tables of a language: name -> what it holds.  Every one is a tuple of strings (a word,
#: a phrase of several words, an ending), except the few marked as numbers or a single word.
TABLES: Dict[str, str] = {
    # endings and spelling (lang/bn/endings.py)
    "case_endings": "every ending a name may carry",
    "clear_endings": "endings no name ends in (আসাদের, পুতিনকে)",
    "detached_endings": "endings written after a hyphen or apostrophe (পুতিন-এর)",
    "name_finals": "word ends that look like an ending but are whole (শিকদার)",
    "letter_names": "English letters as Bengali writes them in acronyms",
    "acronym_emphatic": "particles never stripped from a short acronym (ইউএনও)",
    "plural_case_endings": "plural case endings (দের)",
    "genitive_endings": "genitive endings (সিরিয়ার, বাংলাদেশের)",
    "vowel_genitive": "the genitive of vowel-final stems (one ending: র)",
    "locative_endings": "locative endings (মস্কোতে, ঢাকায়)",
    "locative_emphatic_endings": "locative endings with the emphatic ও (শিবগঞ্জেও)",
    "emphatic_particles": "emphatic particles (ও, ই)",
    "plural_noun_endings": "plural endings of nouns for people (কর্মীরা)",
    "verb_endings": "endings of finite verbs",
    "classifiers": "classifiers after a noun (টি, গুলো)",
    "adjective_endings": "endings that make adjectives of nouns (মূলক)",
    # titles and roles (lang/bn/titles.py)
    "roles": "offices and roles written before a name",
    "weak_roles": "occupations before a name that needs a known name part",
    "kinship": "kinship nouns before a name",
    "honorifics": "honorifics and ranks (ড., অধ্যাপক)",
    "role_endings": "endings that make a role of a word (বনমন্ত্রী)",
    "name_particles": "Arabic name particles (আল, আবু, বিন)",
    "name_joiners": "particles of European names between two name words (দি, ডি, ভ্যান)",
    "colons": "a colon after a role in mastheads, or the visarga for it",
    # names (lang/bn/person_names.py and lexicons/)
    "name_prefixes": "prefixes that are part of a name (মো., শেখ)",
    "bound_name_prefixes": "prefixes never a name's last word (আবদুর রহমান)",
    "abbreviation_marks": "last token of an abbreviated name prefix (মো .)",
    "given_names": "given names (LanguageData.given_names also holds given_names_abroad)",
    "given_names_abroad": "Christian and world-news given names (জর্জ, মাইকেল): a city or body the "
                          "gazetteer knows right after one may be the family name",
    "middle_names": "middle names of Hindu names (কুমার, চন্দ্র)",
    "surnames": "family names (those common abroad included)",
    "surnames_abroad": "family names common abroad: a bare one may stand for its person",
    "mined_person_words": "words mostly seen inside names (mined)",
    "name_endings": "endings of Arabic-Persian given names (উদ্দিন)",
    "everyday_given_names": "given names abroad that are everyday words (জন): only after a role",
    # cues (lang/bn/person_cues.py)
    "speech_verbs": "reporting verbs after a speaker's name",
    "named_cues": "'named' (X নামের এক যুবক)",
    "named_places": "nouns after 'named' that make X a place",
    "named_orgs": "nouns after 'named' that make X a body",
    "named_skip": "determiners between 'named' and its noun",
    "alias_cues": "'alias' (X ওরফে Y)",
    "light_verbs": "forms of করা that make a compound verb",
    "squad_cues": "a team's squad or eleven, before a colon and its players (স্কোয়াড, দল)",
    # places (lang/bn/place_cues.py)
    "admin_units": "administrative units (উপজেলা, ইউনিয়ন)",
    "settlements": "settlement words (গ্রাম, বাজার)",
    "compass": "compass words that begin a place name (উত্তর)",
    "natural_features": "rivers, lakes, islands … (নদী, হাওর)",
    "facility_heads": "roads, squares, bridges … (রোড, মোড়): part of the place's name",
    "capital_cues": "'the capital' before a place's name (রাজধানী জুবা, রাজধানীর নিকুঞ্জে)",
    "place_endings": "endings of place names (পুর, গঞ্জ)",
    "division": "the word for a division (one word)",
    "sadar": "the word for 'headquarters' in upazila names (one word)",
    "idioms": "phrases in which a place's name is an everyday word (গা ঢাকা দেওয়া: to hide)",
    "everyday_compounds": "everyday nouns ending like a place name (দোতলা: first floor, "
                          "শেয়ারবাজার: stock market): everyday words",
    "constituency_max_number": "highest number of a constituency (a number)",
    # organisations (lang/bn/org_heads.py, institutions.py)
    "org_heads": "head nouns that end an organisation's name",
    "org_modifiers": "words between a name and its head noun",
    "generic_heads": "heads that need a known name before them",
    "not_naming": "words that describe rather than name (সদর, জেলা)",
    "org_of_words": "'of' in names calqued on English (স্কুল অব ইকোনমিকস)",
    "institutions": "bodies named by a common noun (পুলিশ, সরকার)",
    "not_the_body_after": "words after an institution that make a title (পুলিশ সুপার)",
    "government": "the word for the government (one word)",
    "national_forces": "heads a country in the genitive may name",
    "club_cues": "words of club sport that make a city's name its club (কোচ, গোল)",
    "periodicals": "'daily', 'weekly' … before a newspaper's name (দৈনিক, সাপ্তাহিক)",
    "press_roles": "the people of a newspaper after its name (প্রতিনিধি, সম্পাদক)",
    "scorecard_others": "items of a cricket scorecard that are no player (অতিরিক্ত: extras)",
    # lists (lang/bn/lists.py)
    "conjunction": "'and' (ও): never an initial, though it is also a letter's name (one word)",
    "source_cues": "words that start a source line (সূত্র)",
    "source_separators": "separators of a source line",
    "list_separators": "separators of an enumeration",
    "clause_end": "what ends a clause",
    # everyday words (lang/bn/stop_words.py and lexicons/)
    "stop_words": "function words",
    "frequent_words": "frequent everyday words (wordfreq)",
    "common_words": "news words almost never inside a name (mined)",
    # outside knowledge (lexicons/, made by scripts/gen_knowledge.py): evidence for the decider
    "names_given": "Bengali given names (Bangla-Name-Generator, MIT; weak evidence)",
    "rare_given_names": "those of names_given rarer than everyday words (wordfreq Zipf < 3.5): "
                        "given names for the rules",
    "names_family": "Bengali family names (Bangla-Name-Generator, MIT; weak evidence)",
    "mc_person_names": "people's names of MultiCoNER II's training part (CC BY 4.0)",
    "mc_place_names": "places' names of MultiCoNER II's training part (CC BY 4.0)",
    "mc_org_names": "organisations' names of MultiCoNER II's training part (CC BY 4.0)",
    "job_titles": "job titles (Faker bn_BD, MIT)",
    "company_names": "company names (Faker bn_BD, MIT)",
    # numbers
    "min_stem": "shortest stem tried (a number)",
    "min_acronym_letters": "letters an acronym needs before an emphatic is stripped (a number)",
    "max_role_abbreviation": "longest role abbreviation in parentheses, in tokens (a number)",
    "spelling_folds": "letter folds (a mapping)",
}
_NUMBERS = ("constituency_max_number", "min_stem", "min_acronym_letters",
            "max_role_abbreviation")
_SINGLE_WORDS = ("division", "sadar", "government", "vowel_genitive", "conjunction")
_MAPPINGS = ("spelling_folds",)


def _bengali_tables() -> Dict[str, Any]:
    """The shipped Bengali tables (lang/bn/ and lang/bn/lexicons/)."""
    from .bn import (
        endings,
        institutions,
        lists,
        org_heads,
        person_cues,
        person_names,
        place_cues,
        stop_words,
        titles,
    )

    def lexicon(name: str) -> Tuple[str, ...]:
        return read_word_list(LEXICON_DIR / name)

    def w(block: str) -> Tuple[str, ...]:
        return tuple(split_words(block))

    return {
        "case_endings": endings.CASE_ENDINGS,
        "clear_endings": endings.CLEAR_ENDINGS,
        "detached_endings": endings.DETACHED_ENDINGS,
        "name_finals": endings.NAME_FINALS_NOT_ENDINGS,
        "letter_names": endings.LETTER_NAMES,
        "acronym_emphatic": endings.ACRONYM_EMPHATIC,
        "plural_case_endings": endings.PLURAL_CASE_ENDINGS,
        "genitive_endings": endings.GENITIVE_ENDINGS,
        "vowel_genitive": endings.VOWEL_GENITIVE,
        "locative_endings": endings.LOCATIVE_ENDINGS,
        "locative_emphatic_endings": endings.LOCATIVE_EMPHATIC_ENDINGS,
        "emphatic_particles": endings.EMPHATIC_PARTICLES,
        "plural_noun_endings": endings.PLURAL_NOUN_ENDINGS,
        "verb_endings": endings.VERB_ENDINGS,
        "classifiers": endings.CLASSIFIERS,
        "adjective_endings": endings.ADJECTIVE_ENDINGS,
        "roles": w(titles.ROLES),
        "weak_roles": w(titles.WEAK_ROLES),
        "kinship": w(titles.KINSHIP),
        "honorifics": w(titles.HONORIFICS),
        "role_endings": titles.ROLE_ENDINGS,
        "name_particles": titles.NAME_PARTICLES,
        "name_joiners": titles.NAME_JOINERS,
        "colons": titles.COLONS,
        "name_prefixes": w(person_names.NAME_PREFIXES),
        "bound_name_prefixes": person_names.BOUND_NAME_PREFIXES,
        "abbreviation_marks": person_names.ABBREVIATION_MARKS,
        "given_names": w(person_names.GIVEN_NAMES) + lexicon("given_names.txt"),
        "given_names_abroad": lexicon("given_names_abroad.txt"),
        "middle_names": w(person_names.MIDDLE_NAMES),
        "surnames": (w(person_names.SURNAMES) + lexicon("surnames.txt")
                     + lexicon("surnames_abroad.txt")),
        "surnames_abroad": lexicon("surnames_abroad.txt"),
        "mined_person_words": lexicon("mined_person_words.txt"),
        "name_endings": w(person_names.NAME_ENDINGS),
        "everyday_given_names": person_names.EVERYDAY_GIVEN_NAMES,
        "speech_verbs": w(person_cues.SPEECH_VERBS),
        "named_cues": w(person_cues.NAMED),
        "named_places": w(person_cues.NAMED_PLACES),
        "named_orgs": w(person_cues.NAMED_ORGS),
        "named_skip": w(person_cues.NAMED_SKIP),
        "alias_cues": w(person_cues.ALIAS),
        "light_verbs": w(person_cues.LIGHT_VERBS),
        "squad_cues": w(person_cues.SQUAD_CUES),
        "admin_units": w(place_cues.ADMIN_UNITS),
        "settlements": w(place_cues.SETTLEMENTS),
        "compass": w(place_cues.COMPASS),
        "natural_features": w(place_cues.NATURAL_FEATURES),
        "facility_heads": w(place_cues.FACILITY_HEADS),
        "capital_cues": place_cues.CAPITAL_CUES,
        "place_endings": w(place_cues.PLACE_ENDINGS),
        "division": place_cues.DIVISION,
        "sadar": place_cues.SADAR,
        "idioms": w(place_cues.IDIOMS),
        "everyday_compounds": w(place_cues.EVERYDAY_COMPOUNDS),
        "constituency_max_number": place_cues.CONSTITUENCY_MAX_NUMBER,
        "org_heads": w(org_heads.ORG_HEADS),
        "org_modifiers": w(org_heads.ORG_MODIFIERS),
        "generic_heads": w(org_heads.GENERIC_HEADS),
        "not_naming": w(org_heads.NOT_NAMING),
        "org_of_words": w(org_heads.OF_WORDS),
        "institutions": w(institutions.INSTITUTIONS),
        "not_the_body_after": w(institutions.NOT_THE_BODY_AFTER),
        "government": institutions.GOVERNMENT,
        "national_forces": w(institutions.NATIONAL_FORCES),
        "club_cues": w(org_heads.CLUB_CUES),
        "periodicals": w(org_heads.PERIODICALS),
        "press_roles": w(org_heads.PRESS_ROLES),
        "scorecard_others": lists.SCORECARD_OTHERS,
        "conjunction": lists.CONJUNCTION,
        "source_cues": lists.SOURCE_CUES,
        "source_separators": lists.SOURCE_SEPARATORS,
        "list_separators": lists.LIST_SEPARATORS,
        "clause_end": lists.CLAUSE_END,
        "stop_words": tuple(sorted(stop_words.STOP_WORDS)),
        "frequent_words": lexicon("frequent_words.txt"),
        "common_words": lexicon("common_words.txt"),
        "names_given": lexicon("names_given.txt"),
        "rare_given_names": lexicon("names_given_rare.txt"),
        "names_family": lexicon("names_family.txt"),
        "mc_person_names": lexicon("mc_person_names.txt"),
        "mc_place_names": lexicon("mc_place_names.txt"),
        "mc_org_names": lexicon("mc_org_names.txt"),
        "job_titles": lexicon("job_titles.txt"),
        "company_names": lexicon("company_names.txt"),
        "min_stem": endings.MIN_STEM,
        "min_acronym_letters": endings.MIN_ACRONYM_LETTERS_FOR_EMPHATIC,
        "max_role_abbreviation": titles.MAX_ROLE_ABBREVIATION,
        "spelling_folds": dict(endings.SPELLING_FOLDS),
    }


MIN_NAME_ENDING_WORD = 5  # letters (code points) a word needs before its name ending counts
_COMMON_CACHE = 200_000


def _words_of(names: Iterable[str]) -> FrozenSet[str]:
    """The tokens of two letters or more of ``names``, normalised and tokenised as running text
    is (``form_tokens`` of each), all in one text: a line break is never inside a token nor
    undone by the normalisation, and one call costs a fraction of one per name."""
    return frozenset(w for w in tokenize(normalize("\n".join(names)).text).texts if len(w) > 1)


class LanguageData:
    """Every word list and ending table of a language, with the predicates the rules ask.

    Build the shipped Bengali data with :meth:`bengali` (shared, built once) and a variant
    with :meth:`extend`.  The tables are read-only once built.

    :param tables: the raw tables, by the names of :data:`TABLES` (tuples of strings, and
        the numbers, single words and mapping :data:`TABLES` marks).
    :param date_words: the module (or any object with its attributes) of date and time words
        the date extractor is built from (``lang/bn/date_words.py``).
    """

    def __init__(self, tables: Mapping[str, Any], date_words: Any = None) -> None:
        missing = sorted(set(TABLES) - set(tables))
        if missing:
            raise LanguageDataError(f"language data without the tables {', '.join(missing)}")
        self.tables: Dict[str, Any] = {
            name: (value if name in _NUMBERS or name in _MAPPINGS
                   else unicodedata.normalize("NFC", value) if name in _SINGLE_WORDS
                   else _nfc(value))
            for name, value in tables.items() if name in TABLES
        }
        if date_words is None:
            from .bn import date_words as _dw

            date_words = _dw
        self.date_words = date_words
        self._digest: Optional[str] = None
        self._build()

    # construction -----------------------------------------------------------------
    _SHARED: "Optional[LanguageData]" = None
    _LOCK = threading.Lock()

    @classmethod
    def bengali(cls) -> "LanguageData":
        """The shipped Bengali data (built on first use, then shared by every pipeline that
        does not bring its own)."""
        if cls._SHARED is None:
            with cls._LOCK:
                if cls._SHARED is None:
                    cls._SHARED = cls(_bengali_tables())
        return cls._SHARED

    def extend(self, **more: Iterable[str]) -> "LanguageData":
        """A new LanguageData with more entries in the named tables: ``lang.extend(
        roles=["প্রধান নির্বাহী কর্মকর্তা"], given_names=["…"])``.

        :raises LanguageDataError: an unknown table, or a table that is not a list of words.
        :raises TypeError: a table given a single string instead of a list of strings.
        """
        tables = dict(self.tables)
        for name, words in more.items():
            if name not in TABLES:
                raise LanguageDataError(
                    f"no table {name!r}; the tables are: {', '.join(sorted(TABLES))}")
            if name in _NUMBERS or name in _SINGLE_WORDS or name in _MAPPINGS:
                raise LanguageDataError(f"table {name!r} is not a list of words")
            if isinstance(words, str):
                raise TypeError(f"{name} must be a list of strings, not one string")
            words = tuple(words)
            bad = [w for w in words if not isinstance(w, str) or not w.strip()]
            if bad:
                raise TypeError(f"{name}: every entry must be a non-empty string, not {bad[0]!r}")
            tables[name] = tables[name] + _nfc(w.strip() for w in words)
        return LanguageData(tables, self.date_words)

    def replace(self, **tables: Any) -> "LanguageData":
        """A new LanguageData with the named tables replaced whole (``lang.replace(
        common_words=[...])``); see :meth:`extend` to add to a table instead.

        :raises LanguageDataError: an unknown table.
        """
        for name in tables:
            if name not in TABLES:
                raise LanguageDataError(
                    f"no table {name!r}; the tables are: {', '.join(sorted(TABLES))}")
            if isinstance(tables[name], str) and name not in _SINGLE_WORDS:
                raise TypeError(f"{name} must be a list of strings, not one string")
        return LanguageData({**self.tables, **tables}, self.date_words)

    @property
    def digest(self) -> str:
        """A digest of every table (for caches of what is built from them)."""
        if self._digest is None:
            h = hashlib.sha256()
            for name in sorted(self.tables):
                value = self.tables[name]
                h.update(name.encode() + b"\0")
                if isinstance(value, tuple):  # the long word lists: joined, not JSON
                    h.update("\n".join(value).encode("utf-8"))
                else:
                    h.update(json.dumps(value, ensure_ascii=False, sort_keys=True).encode())
                h.update(b"\1")
            dw = self.date_words
            names = sorted(k for k in vars(dw) if k.isupper()) if isinstance(
                dw, types.ModuleType) else sorted(k for k in dir(dw) if k.isupper())
            h.update(repr([(k, getattr(dw, k)) for k in names]).encode("utf-8"))
            self._digest = h.hexdigest()[:32]
        return self._digest

    @property
    def index_digest(self) -> str:
        """A digest of the tables a gazetteer index's keys depend on (spelling folds and
        honorifics), for the gazetteer cache."""
        t = self.tables
        payload = json.dumps([t["spelling_folds"], t["honorifics"]], ensure_ascii=False,
                             sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]

    def _build(self) -> None:
        t = self.tables
        self.morph = Morphology(
            case_endings=t["case_endings"], clear_endings=t["clear_endings"],
            detached_endings=t["detached_endings"], name_finals=t["name_finals"],
            letter_names=t["letter_names"], emphatic=t["acronym_emphatic"],
            min_acronym_letters=t["min_acronym_letters"], min_stem=t["min_stem"],
            spelling_folds=t["spelling_folds"], plural_endings=t["plural_case_endings"],
            vowel_genitive=t["vowel_genitive"],
        )
        stems = self.morph.stems
        self.stems, self.fold, self.strip_ending = stems, self.morph.fold, self.morph.strip_ending

        def phrases(*names: str) -> PhraseSet:
            return PhraseSet([p for n in names for p in t[n]], stems=stems)

        self.stop_words = frozenset(t["stop_words"])
        self.roles = phrases("roles", "weak_roles", "kinship")
        # roles after which a name needs a known name part
        self.weak_roles = phrases("weak_roles", "kinship")
        self.honorifics = phrases("honorifics")
        self.role_endings = t["role_endings"]
        self.particles = frozenset(t["name_particles"])
        #: European particles inside a name, between two of its words (রদ্রিগো দি পল)
        self.name_joiners = frozenset(t["name_joiners"])
        #: words a name never ends with: the particles and the bound prefixes (আবদুর)
        self.never_last = self.particles | frozenset(t["bound_name_prefixes"])
        self.conjunction = t["conjunction"]
        self.colons = frozenset(t["colons"])
        self.visarga = t["colons"][-1]
        self.name_prefixes = phrases("name_prefixes")
        self.abbreviation_marks = frozenset(t["abbreviation_marks"])
        #: Christian and world-news given names (জর্জ, মাইকেল; given names too)
        self.given_names_abroad = frozenset(t["given_names_abroad"])
        self.given_names = frozenset(t["given_names"]) | self.given_names_abroad
        self.middle_names = frozenset(t["middle_names"])
        self.surnames = frozenset(t["surnames"])
        self.surnames_abroad = frozenset(t["surnames_abroad"])
        self.mined_person_words = frozenset(t["mined_person_words"])
        self.everyday_given_names = frozenset(t["everyday_given_names"])
        self.speech_cues = phrases("speech_verbs")
        self.named_cues = frozenset(t["named_cues"])
        self.named_places = frozenset(t["named_places"])
        self.named_orgs = frozenset(t["named_orgs"])
        self.named_skip = frozenset(t["named_skip"])
        self.alias_cues = frozenset(t["alias_cues"])
        self.light_verbs = frozenset(t["light_verbs"])
        self.admin_units = phrases("admin_units")
        self.settlements = phrases("settlements")
        self.compass = frozenset(t["compass"])
        self.natural_features = phrases("natural_features")
        self.facility_heads = phrases("facility_heads")
        self.capital_cues = frozenset(t["capital_cues"])
        self.place_endings = t["place_endings"]
        self.division = t["division"]
        self.sadar = t["sadar"]
        # last word of an idiom -> the words before it (গা ঢাকা: ঢাকা -> {("গা",)})
        idioms: Dict[str, set] = {}
        for phrase in t["idioms"]:
            words = tuple(phrase.split())
            if len(words) >= 2:
                idioms.setdefault(words[-1], set()).add(words[:-1])
        self.idioms: Dict[str, frozenset] = {k: frozenset(v) for k, v in idioms.items()}
        self.constituency_max_number = t["constituency_max_number"]
        self.institutions = frozenset(t["institutions"])
        self.not_the_body_after = frozenset(t["not_the_body_after"])
        self.government = t["government"]
        self.national_forces = t["national_forces"]
        self.club_cues = frozenset(t["club_cues"])
        self.periodicals = frozenset(t["periodicals"])
        self.squad_cues = frozenset(t["squad_cues"])
        self.press_roles = frozenset(t["press_roles"])
        self.scorecard_others = frozenset(t["scorecard_others"])
        self.initials = frozenset(t["letter_names"])
        self.org_heads = phrases("org_heads")
        self.org_modifiers = frozenset(t["org_modifiers"])
        self.generic_heads = phrases("generic_heads")
        self.not_naming = frozenset(t["not_naming"])
        self.org_of_words = frozenset(t["org_of_words"])
        self.genitive = frozenset(t["genitive_endings"])
        self.locative = frozenset(t["locative_endings"])
        self.locative_or_emphatic = self.locative | frozenset(t["locative_emphatic_endings"])
        self.locative_or_emphatic_tuple = tuple(self.locative_or_emphatic)  # for str.endswith
        self.emphatic = t["emphatic_particles"]
        self.plural_nouns = t["plural_noun_endings"]
        self.verb_endings = t["verb_endings"]
        self.classifiers = t["classifiers"]
        self.adjective_endings = t["adjective_endings"]
        self.max_role_abbreviation = t["max_role_abbreviation"]
        self.source_cues = frozenset(t["source_cues"])
        self.source_separators = frozenset(t["source_separators"])
        self.list_separators = frozenset(t["list_separators"])
        self.clause_end = frozenset(t["clause_end"])
        self._single_heads = frozenset(p for p in t["org_heads"] if " " not in p)
        self._single_places = frozenset(p for p in t["admin_units"] + t["settlements"]
                                        if " " not in p)
        dw = self.date_words
        self.date_words_set = frozenset(_nfc(
            word for table in (dw.GREGORIAN_MONTHS, dw.WEEKDAYS)
            for forms in table.values() for word in forms))
        # everyday words: mined from the training data, and the frequent Bengali words of
        # wordfreq, minus known name parts; the hand-written stop words and everyday
        # compounds always count
        self.frequent_words = frozenset(t["frequent_words"])
        mined = (frozenset(t["common_words"]) | self.frequent_words) - self.given_names \
            - self.surnames - self.mined_person_words
        self.common_words = mined | self.stop_words | frozenset(t["everyday_compounds"])
        # the outside given names no everyday word shadows (ফাখেরা, যয়নব) are given names
        # too, unless the training data uses them as everyday words or a list as family names
        self.given_names = self.given_names | (
            frozenset(t["rare_given_names"]) - self.common_words - self.frequent_words
            - self.surnames)
        self._common_cache: Dict[str, bool] = {}
        fold = self.fold
        # every known part of a personal name, spelling folded
        self._name_words = frozenset(
            fold(w) for w in self.given_names | self.surnames | self.mined_person_words)
        self._given_folded = frozenset(fold(w) for w in self.given_names)
        self.name_endings = t["name_endings"]
        # outside knowledge, read lazily (the decider's features; not the rules')
        self._knowledge: Optional[Dict[str, FrozenSet[str]]] = None
        self._person_name_words: Optional[FrozenSet[str]] = None
        self._person_name_keys: Optional[FrozenSet[str]] = None

    def knowledge(self) -> Dict[str, FrozenSet[str]]:
        """The outside lists as sets: ``names_given`` and ``names_family`` (words), and for
        ``mc_person_names``, ``mc_place_names``, ``mc_org_names``, ``job_titles`` and
        ``company_names`` both the whole names (``<table>``, tokens joined by single spaces)
        and their words (``<table>_words``)."""
        if self._knowledge is None:
            from ..text.phrases import form_tokens

            t = self.tables
            out: Dict[str, FrozenSet[str]] = {
                "names_given": frozenset(t["names_given"]),
                "names_family": frozenset(t["names_family"]),
            }
            for name in ("mc_person_names", "mc_place_names", "mc_org_names", "job_titles",
                         "company_names"):
                out[name] = frozenset(" ".join(p) for p in map(form_tokens, t[name]) if p)
                out[name + "_words"] = _words_of(t[name])
            self._knowledge = out
        return self._knowledge

    def person_name_words(self) -> FrozenSet[str]:
        """The words the outside lists know inside people's names: those of
        ``mc_person_names`` (as :meth:`knowledge` has them: ``mc_person_names_words``) and
        ``names_family``.  Read on first use (milliseconds: not the whole of
        :meth:`knowledge`, which a rules-only pipeline does not otherwise read)."""
        if self._person_name_words is None:
            if self._knowledge is not None:
                k = self._knowledge
                self._person_name_words = k["mc_person_names_words"] | k["names_family"]
            else:
                t = self.tables
                self._person_name_words = _words_of(t["mc_person_names"]) \
                    | frozenset(t["names_family"])
        return self._person_name_words

    def is_person_name_word(self, word: str) -> bool:
        """Whether ``word`` is one of :meth:`person_name_words`, compared without the virama
        of a loose conjunct (:func:`~bangla_news_nlp.text.morphology.without_conjuncts`):
        the racing driver's হ্যামিলটন, the city's spelling, is MultiCoNER's হ্যামিল্টন.
        (The keys are made on first use, about 1 ms; no spelling fold, which would double
        that inside the first text that asks.)"""
        keys = self._person_name_keys
        if keys is None:
            keys = self._person_name_keys = frozenset(
                map(without_conjuncts, self.person_name_words()))
        return without_conjuncts(word) in keys

    # predicates ---------------------------------------------------------------------
    def is_common(self, word: str) -> bool:
        """An everyday word, as written or through a case ending (সরকারের → সরকার)."""
        hit = self._common_cache.get(word)
        if hit is None:
            common = self.common_words
            # a stem must keep three letters to count: হাই is not হা + ই
            hit = word in common or any(
                stem in common for stem, _ in self.stems(word)[1:] if len(stem) >= 3)
            if len(self._common_cache) < _COMMON_CACHE:
                self._common_cache[word] = hit
        return hit

    def is_compound_role(self, word: str) -> bool:
        """A role written as one word with a role ending (বনমন্ত্রী, আইনসচিব, শ্রমসচিব); not a
        known name part that so ends (অধিকারী, a family name, though -কারী makes agents)."""
        endings = self.role_endings
        found = False
        for stem, _ in self.stems(word)[:2]:
            if stem.endswith(endings) and any(
                    len(stem) > len(e) + 1 and stem.endswith(e) for e in endings):
                found = True
                break
        return found and not self.is_name_as_written(self.strip_ending(word)[0])

    def is_initial(self, word: str) -> bool:
        """An initial of a name: a letter's name (এ, এম, কে) or one Bengali letter (আ, ম);
        never ও, which is "and"."""
        return word != self.conjunction and (word in self.initials
                                or len(word) == 1 and "\u0985" <= word <= "\u09b9")

    def is_verb(self, word: str) -> bool:
        """A finite verb form (নেমেছেন, সামলাচ্ছিলেন)."""
        return word.endswith(self.verb_endings)

    def is_derived_common(self, word: str) -> bool:
        """An everyday noun with a classifier (গাড়িটি, বইগুলো) or an adjective made with a
        suffix (অগ্রাধিকারমূলক): never part of a name."""
        if word.endswith(self.adjective_endings):
            return True
        if word.endswith(self.classifiers):
            for c in self.classifiers:
                if word.endswith(c) and len(word) > len(c) + 1:
                    return self.is_common(word[: -len(c)])
        return False

    def is_common_noun_of_kind(self, word: str) -> bool:
        """A noun that heads or marks names but is not one itself: organisation heads
        (সমিতি, ব্যাংক), administrative units and settlements (উপজেলা, গ্রাম), institutions
        (পুলিশ, সরকার); as written or inflected."""
        heads, places, bodies = self._single_heads, self._single_places, self.institutions
        for stem, _ in self.stems(word):  # (a loop, not any() over a generator: hot)
            if stem in heads or stem in places or stem in bodies:
                return True
        return False

    def is_date_word(self, word: str) -> bool:
        """A month or weekday name, as written or inflected (ডিসেম্বরে, সোমবারের)."""
        words = self.date_words_set
        for stem, _ in self.stems(word):  # (a loop, not any() over a generator: hot)
            if stem in words:
                return True
        return False

    def is_given_name(self, word: str) -> bool:
        """A given name (curated lists), as written or inflected, spelling folded."""
        fold, given = self.fold, self._given_folded
        for stem, _ in self.stems(word):  # (a loop, not any() over a generator: hot)
            if fold(stem) in given:
                return True
        return False

    def is_name_word(self, word: str) -> bool:
        """Any known part of a personal name: given names, family names, and the words the
        training data mostly has inside names; as written or inflected, spelling folded.  A
        word that is itself an everyday word is not one through an ending (ধরে "holding" is
        not the surname ধর + এ)."""
        fold, name_words = self.fold, self._name_words
        if fold(word) in name_words:
            return True
        common = self.common_words
        if word in common:
            return False
        stems = self.stems(word)
        for stem, _ in stems[1:]:
            if fold(stem) in name_words:
                return True
        endings = self.name_endings
        for stem, _ in stems:
            if len(stem) >= MIN_NAME_ENDING_WORD and stem.endswith(endings) \
                    and stem not in common:
                return True
        return False

    def without_emphatic(self, word: str) -> str:
        """``word`` without an emphatic particle glued to a consonant or to ী at its end
        (রহিমও, পলও, ইকবালই, অধিকারীও: "Rahim too"); as written when the particle follows
        another vowel sign or a vowel (মারিও, লিও: the name's own letter), when the word is
        an acronym (ইউএনও) or when too little would be left."""
        if len(word) > 2 and word[-1] in self.emphatic and word[-2] in _BEFORE_EMPHATIC \
                and not self.morph.is_acronym(word):
            return word[:-1]
        return word

    def is_name_as_written(self, word: str) -> bool:
        """A known part of a personal name exactly as written (no ending stripped)."""
        return self.fold(word) in self._name_words

    def __repr__(self) -> str:
        return (f"LanguageData({len(self.given_names):,} given names, "
                f"{len(self.common_words):,} everyday words, digest {self.digest[:8]})")


def table_names() -> List[str]:
    """The names of the tables a LanguageData holds."""
    return list(TABLES)
