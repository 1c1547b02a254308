"""The gazetteer index cache (bangla_news_nlp/gazetteer/cache.py): what is trusted, where it
lives, and what a write leaves behind."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from bangla_news_nlp import LanguageData, Pipeline
from bangla_news_nlp.gazetteer import cache

LANG = LanguageData.bengali()
# the key part the pipeline adds: the language tables the index's keys depend on
FULL = f"{LANG.index_digest}:"

HEADER = "label\tcanonical\tkb_id\tforms\tsource\n"
ROWS = [
    "PERSON\tVladimir Putin\tQ7747\tভ্লাদিমির পুতিন|~পুতিন\tcurated",
    "GPE\tMoscow\t\tমস্কো\tcurated",
    "GPE\tSyria\tQ858\tসিরিয়া\tcurated",
    "ORG\tSyrian Arab News Agency\t\tসিরিয়ান আরব নিউজ এজেন্সি|~সানা\tcurated",
]
TEXT = "ভ্লাদিমির পুতিনের সঙ্গে মস্কোতে সিরিয়ার সিরিয়ান আরব নিউজ এজেন্সির সাংবাদিক।"
EXPECTED = [
    ("ভ্লাদিমির পুতিনের", "PERSON", "Vladimir Putin", "Q7747"),
    ("মস্কোতে", "GPE", "Moscow", None),
    ("সিরিয়ার", "GPE", "Syria", "Q858"),
    ("সিরিয়ান আরব নিউজ এজেন্সির", "ORG", "Syrian Arab News Agency", None),
]


def make(tmp_path: Path, rows=ROWS, name: str = "test.tsv") -> Path:
    path = tmp_path / name
    path.write_text("# test gazetteer\n" + HEADER + "".join(r + "\n" for r in rows),
                    encoding="utf-8")
    return path


def found(doc):
    return [(e.text, e.label.value, e.canonical, e.kb_id) for e in doc.entities]


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(folder))
    return folder


def cache_files(folder: Path):
    return sorted(folder.glob("gazetteer-*.json"))


def read_cache(path: Path):
    """(header, index) of a cache file: two JSON lines."""
    head, body = path.read_bytes().split(b"\n", 1)
    return json.loads(head), json.loads(body)


def write_cache(path: Path, header, index) -> None:
    """Write a cache file with a correct checksum for ``index``."""
    body = json.dumps(index, ensure_ascii=False).encode("utf-8")
    header = dict(header, sha256=hashlib.sha256(body).hexdigest())
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)


# the key: the files' bytes, the version, extra_key ----------------------------------------
def test_cache_file_is_two_json_lines_keyed_by_the_files_bytes(tmp_path, cache_home):
    g = make(tmp_path)
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED
    [path] = cache_files(cache_home)
    header, index = read_cache(path)
    key = cache.cache_key([g], FULL)
    assert header == {"format": cache.FORMAT, "key": key,
                      "sha256": hashlib.sha256(path.read_bytes().split(b"\n", 1)[1]).hexdigest()}
    assert path.name == f"gazetteer-{key[:32]}.json"
    # strings a line each (JSON reads one long string far faster than a million short ones)
    assert index["entries"]["canonical"].split("\n") == [
        "Vladimir Putin", "Moscow", "Syria", "Syrian Arab News Agency"]
    assert index["entries"]["kb_id"] == ["Q7747", None, "Q858", None]
    assert index["entries"]["file"].split("\n") == ["test"] * 4
    assert len(index["keys"].split("\n")) == len(index["codes"])
    # the key is of the bytes and the file's name, not of its path or times
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    (copy / "test.tsv").write_bytes(g.read_bytes())
    assert cache.cache_key([copy / "test.tsv"], FULL) == key
    assert cache.cache_key([g], "lang-data-digest") != key
    os.utime(g, ns=(5, 5))
    assert cache.cache_key([g], FULL) == key


def test_a_changed_file_with_the_same_size_and_time_is_rebuilt(tmp_path, cache_home):
    # the old key (path, size, modification time) missed this edit
    g = make(tmp_path)
    st = g.stat()
    assert found(Pipeline([g], default_gazetteers=False)("মস্কোতে"))[0][2] == "Moscow"
    g.write_text(g.read_text(encoding="utf-8").replace("Moscow", "Moskva"), encoding="utf-8")
    os.utime(g, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert g.stat().st_size == st.st_size and g.stat().st_mtime_ns == st.st_mtime_ns
    assert found(Pipeline([g], default_gazetteers=False)("মস্কোতে"))[0][2] == "Moskva"


def test_extra_key_and_version_are_part_of_the_key(tmp_path, cache_home, monkeypatch):
    import bangla_news_nlp

    g = make(tmp_path)
    a = cache.build_index([g], LANG, extra_key="lang-a")
    assert len(cache_files(cache_home)) == 1
    b = cache.build_index([g], LANG, extra_key="lang-b")
    assert len(cache_files(cache_home)) == 2  # one cache file per extra_key
    assert [e.canonical for e in a.entries] == [e.canonical for e in b.entries]
    assert cache.load_cached([g], LANG, extra_key="lang-a") is not None
    assert cache.load_cached([g], LANG, extra_key="lang-c") is None
    monkeypatch.setattr(bangla_news_nlp, "__version__", "99.0")
    assert cache.load_cached([g], LANG, extra_key="lang-a") is None


def test_extra_key_must_be_a_string(tmp_path, cache_home):
    with pytest.raises(TypeError, match="extra_key must be a str, not bytes"):
        cache.build_index([make(tmp_path)], LANG, extra_key=b"x")  # type: ignore[arg-type]


def test_a_file_that_cannot_be_read_is_reported_not_cached(tmp_path, cache_home):
    from bangla_news_nlp import GazetteerError

    with pytest.raises(GazetteerError, match="missing.tsv"):
        cache.build_index([tmp_path / "missing.tsv"], LANG)
    assert cache_files(cache_home) == []


# what is not trusted -----------------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "null", "[]", "{}", '"text"', "42", "[" * 100_000, "{not json", "", "\n", "\xff\xfe",
    '{"format": 3}\n{}',
])
def test_a_cache_file_that_is_not_a_cache_is_ignored_and_rewritten(tmp_path, cache_home,
                                                                   content):
    g = make(tmp_path)
    Pipeline([g], default_gazetteers=False)
    [path] = cache_files(cache_home)
    path.write_text(content, encoding="utf-8", errors="surrogateescape")
    assert cache.load_cached([g], LANG) is None
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED
    assert cache.load_cached([g], LANG) is not None  # rewritten


def test_a_cache_file_edited_by_hand_is_not_trusted(tmp_path, cache_home):
    g = make(tmp_path)
    Pipeline([g], default_gazetteers=False)
    [path] = cache_files(cache_home)
    path.write_text(path.read_text(encoding="utf-8").replace("Moscow", "Paris"),
                    encoding="utf-8")
    assert "Paris" in path.read_text(encoding="utf-8")
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED
    assert "Paris" not in path.read_text(encoding="utf-8")  # rewritten


def _set(column, i, value):
    """Line ``i`` of an entries column (a text, a line each) set to ``value``."""
    def mutate(index):
        lines = index["entries"][column].split("\n")
        lines[i] = value
        index["entries"][column] = "\n".join(lines)
        return index
    return mutate


def _kb_id(i, value):
    def mutate(index):
        index["entries"]["kb_id"][i] = value
        return index
    return mutate


def _code(value):
    def mutate(index):
        index["codes"][0] = value
        return index
    return mutate


def _first(part, value):
    def mutate(index):
        index[part][next(iter(index[part]))] = value
        return index
    return mutate


def _do(change):
    def mutate(index):
        change(index)
        return index
    return mutate


def _column(name, value):
    return _do(lambda index: index["entries"].update({name: value}))


# each takes the index line (parsed) and returns it changed; 4 entries, so codes are 0..7
WRONG_SHAPES = {
    "index is a list": lambda index: [index],
    "code out of range": _code(8),
    "negative code": _code(-1),
    "code is a string": _code("0"),
    "code is a bool": _code(True),
    "code is a float": _code(1.0),
    "list of one code": _code([0]),
    "list with a string": _code([0, "2"]),
    "list out of range": _code([0, 99]),
    "a code too few": _do(lambda index: index["codes"].pop()),
    "codes is a dict": _do(lambda index: index.update(codes={})),
    "keys is a list": _do(lambda index: index.update(keys=index["keys"].split("\n"))),
    "a key twice": _do(lambda index: index.update(
        keys="\n".join([index["keys"].split("\n")[0]] * len(index["codes"])))),
    "an empty key": _do(lambda index: index.update(
        keys="\n".join([""] + index["keys"].split("\n")[1:]))),
    "unknown label": _set("label", 1, "CITY"),
    "labels as a list": _column("label", ["GPE"] * 4),
    "canonical is a number": _column("canonical", 5),
    "empty canonical": _set("canonical", 1, ""),
    "kb_id not a QID": _kb_id(0, "X7747"),
    "kb_id with a line break": _kb_id(0, "Q1\nQ2"),
    "kb_id is a number": _kb_id(0, 7747),
    "kb_ids as a text": _column("kb_id", "Q7747"),
    "file not loaded": _set("file", 0, "other"),
    "source missing": _column("source", None),
    "columns of different lengths": _do(lambda index: index["entries"].update(
        source=index["entries"]["source"].rsplit("\n", 1)[0])),
    "column missing": _do(lambda index: index["entries"].pop("kb_id")),
    "entries as rows": _do(lambda index: index.update(
        entries=[["GPE", "Moscow", None, "test", "curated"]])),
    "starter of one word": _first("starters", 1),
    "starter is a string": _first("starters", "2"),
    "heads as a list": _do(lambda index: index.update(heads=[3])),
    "written is null": _do(lambda index: index.update(written=None)),
    "starters missing": _do(lambda index: index.pop("starters")),
}


@pytest.mark.parametrize("case", sorted(WRONG_SHAPES))
def test_a_cache_file_of_the_wrong_shape_is_ignored_and_rewritten(tmp_path, cache_home, case):
    g = make(tmp_path)
    Pipeline([g], default_gazetteers=False)
    [path] = cache_files(cache_home)
    header, index = read_cache(path)
    assert cache.load_cached([g], LANG) is not None
    write_cache(path, header, WRONG_SHAPES[case](index))  # with a checksum that matches
    assert cache.load_cached([g], LANG) is None
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED
    assert cache.load_cached([g], LANG) is not None  # rewritten


def test_a_cache_file_with_the_right_checksum_and_shape_is_trusted(tmp_path, cache_home):
    # the trust model (module docstring, docs/gazetteers.md): whoever can write to the cache
    # directory can change the names; nothing else is possible
    g = make(tmp_path)
    Pipeline([g], default_gazetteers=False)
    [path] = cache_files(cache_home)
    header, index = read_cache(path)
    write_cache(path, header, _set("canonical", 1, "Paris")(index))
    assert found(Pipeline([g], default_gazetteers=False)("মস্কোতে"))[0][2] == "Paris"


def test_cached_and_built_indexes_are_equal(tmp_path, cache_home):
    g = make(tmp_path)
    built = cache.build_index([g], LANG, cache=False)
    cache.build_index([g], LANG)
    loaded = cache.load_cached([g], LANG)
    assert loaded is not None
    assert loaded.entries == built.entries
    assert loaded._phrases == built._phrases
    assert loaded._starters == built._starters
    assert loaded._heads == built._heads
    assert loaded._written == built._written


# where the cache lives ----------------------------------------------------------------------
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the XDG locations are Linux's")


@pytest.fixture
def default_location(monkeypatch):
    """No BANGLA_NEWS_NLP_CACHE and no XDG_CACHE_HOME: the platform's default."""
    monkeypatch.delenv("BANGLA_NEWS_NLP_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    return monkeypatch


@linux_only
def test_cache_lives_in_home_cache_folder_created_private(tmp_path, default_location):
    home = tmp_path / "home"
    home.mkdir()
    default_location.setenv("HOME", str(home))
    assert cache.cache_dir() == home / ".cache" / "bangla-news-nlp"
    g = make(tmp_path)
    cache.build_index([g], LANG)
    folder = home / ".cache" / "bangla-news-nlp"
    assert [p.name for p in folder.iterdir()] == [f"gazetteer-{cache.cache_key([g], FULL)[:32]}.json"]
    assert (folder.stat().st_mode & 0o777, folder.parent.stat().st_mode & 0o777) == (0o700, 0o700)
    assert cache.load_cached([g], LANG) is not None


@linux_only
def test_an_empty_home_is_not_the_root_directory(tmp_path, default_location):
    import pwd

    default_location.setenv("HOME", "")
    # not /.cache/bangla-news-nlp: platformdirs falls back to the account's home directory
    expected = Path(pwd.getpwuid(os.getuid()).pw_dir) / ".cache" / "bangla-news-nlp"
    assert cache.cache_dir() == expected


@linux_only
def test_a_relative_xdg_cache_home_is_ignored(tmp_path, default_location):
    home = tmp_path / "home"
    home.mkdir()
    default_location.setenv("HOME", str(home))
    default_location.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.cache_dir() == home / ".cache" / "bangla-news-nlp"
    default_location.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "bangla-news-nlp"
    g = make(tmp_path)
    cache.build_index([g], LANG)  # an absolute one is created if its parent exists
    assert cache.load_cached([g], LANG) is not None
    assert (tmp_path / "xdg" / "bangla-news-nlp").is_dir()


@linux_only
def test_a_missing_home_is_never_created(tmp_path, default_location):
    home = tmp_path / "no" / "such" / "home"
    default_location.setenv("HOME", str(home))
    assert cache.cache_dir() == home / ".cache" / "bangla-news-nlp"
    g = make(tmp_path)
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED  # built, not cached
    assert not (tmp_path / "no").exists()
    assert cache.load_cached([g], LANG) is None
    # nor an XDG_CACHE_HOME whose parent is missing
    default_location.setenv("XDG_CACHE_HOME", str(tmp_path / "gone" / "cache"))
    cache.build_index([g], LANG)
    assert not (tmp_path / "gone").exists()


def test_no_home_at_all_means_no_cache(tmp_path, default_location):
    import platformdirs

    def no_home(*args, **kwargs):
        raise RuntimeError("could not determine the home directory")

    default_location.setattr(platformdirs, "user_cache_path", no_home)
    assert cache.cache_dir() is None
    g = make(tmp_path)
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED


def test_the_named_cache_directory_is_created_with_its_parents(tmp_path, monkeypatch):
    folder = tmp_path / "a" / "b" / "cache"
    monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))  # the named one wins
    assert cache.cache_dir() == folder
    g = make(tmp_path)
    cache.build_index([g], LANG)
    assert cache.load_cached([g], LANG) is not None and len(cache_files(folder)) == 1
    for off in ("off", "0", "", "None", " false "):
        monkeypatch.setenv("BANGLA_NEWS_NLP_CACHE", off)
        assert cache.cache_dir() is None


# temporary files ----------------------------------------------------------------------------
def _finished_pid() -> int:
    import subprocess

    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _aged(path: Path, seconds: float, content: bytes = b"{") -> Path:
    path.write_bytes(content)
    then = path.stat().st_mtime - seconds
    os.utime(path, (then, then))
    return path


def test_writing_the_cache_removes_temporary_files_that_killed_writers_left(tmp_path,
                                                                             cache_home):
    cache_home.mkdir()
    dead = _finished_pid()
    stale = [
        # a writer killed an hour ago (the name of the versions before the pid was in it)
        _aged(cache_home / ".gazetteer-k3j2_x9a.tmp", 3600),
        # a dead writer's file, two minutes without a write
        _aged(cache_home / f".gazetteer-{dead}-a1b2c3.tmp", 120),
        # a live process's file, but 20 minutes without a write
        _aged(cache_home / f".gazetteer-{os.getppid()}-zz_99.tmp", 20 * 60),
    ]
    kept = [
        # a dead pid, but written to seconds ago: maybe a writer in another container
        _aged(cache_home / f".gazetteer-{dead}-q1w2e3.tmp", 5),
        # a live writer (our parent process), written to a minute ago
        _aged(cache_home / f".gazetteer-{os.getppid()}-r4t5y6.tmp", 60),
        # another program's files
        _aged(cache_home / "notes.tmp", 3600),
        _aged(cache_home / ".gazetteer-notes.txt", 3600),
    ]
    g = make(tmp_path)
    cache.build_index([g], LANG)
    assert [p.name for p in stale if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    assert len(cache_files(cache_home)) == 1


def test_a_failed_write_leaves_no_temporary_file(tmp_path, cache_home, monkeypatch):
    renamed = []

    def full_disk(src, dst):
        renamed.append(Path(src).name)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)  # (the cache writes with os.replace)
    g = make(tmp_path)
    assert found(Pipeline([g], default_gazetteers=False)(TEXT)) == EXPECTED  # not an error
    assert renamed and renamed[0].startswith(f".gazetteer-{os.getpid()}-")
    assert list(cache_home.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_temporary_file_of_a_killed_writer_is_removed_by_the_next_write(tmp_path,
                                                                            cache_home):
    import signal
    import subprocess

    g = make(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys, time\n"
            "from bangla_news_nlp import LanguageData\n"
            "from bangla_news_nlp.gazetteer import cache\n"
            "def stuck(src, dst):\n"
            "    print('writing', flush=True)\n"
            "    time.sleep(120)\n"
            "import os; os.replace = stuck\n"
            f"cache.build_index([{str(g)!r}], LanguageData.bengali())\n")],
        stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, BANGLA_NEWS_NLP_CACHE=str(cache_home)))
    try:
        assert child.stdout.readline() == "writing\n"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    [left] = cache_home.glob(".gazetteer-*.tmp")
    assert left.name.startswith(f".gazetteer-{child.pid}-") and left.stat().st_size > 0
    cache.build_index([g], LANG)
    assert left.exists()  # written to just now: its writer may be elsewhere and alive
    then = left.stat().st_mtime - 2 * cache.DEAD_AFTER
    os.utime(left, (then, then))
    assert cache.load_cached([g], LANG) is not None
    cache.build_index([g], LANG)
    assert left.exists()  # (only a write sweeps)
    cache.build_index([make(tmp_path, ROWS[:2], "other.tsv")], LANG)
    assert not left.exists()
    assert not list(cache_home.glob(".gazetteer-*"))


def test_a_file_with_raw_bytes_after_its_data_reads_back_whole_and_only_so(cache_home):
    """The decider's vectors are written as JSON followed by raw floats; the checksum covers
    both, and a file of that form is never taken for plain JSON data."""
    from bangla_news_nlp import cache as store

    raw = bytes(range(256)) * 4
    store.write("vectors", "k" * 64, 1, {"words": "ক\nখ"}, raw)
    assert store.read_with_bytes("vectors", "k" * 64, 1) == ({"words": "ক\nখ"}, raw)
    assert store.read("vectors", "k" * 64, 1) is None  # (not plain JSON data)
    assert store.read_with_bytes("vectors", "k" * 64, 2) is None  # another format
    (path,) = cache_home.glob("vectors-*.json")
    body = bytearray(path.read_bytes())
    body[-1] ^= 1
    path.write_bytes(bytes(body))
    assert store.read_with_bytes("vectors", "k" * 64, 1) is None  # one bit changed
    store.write("words", "w" * 64, 1, {"a": 1})
    assert store.read_with_bytes("words", "w" * 64, 1) is None  # (no raw bytes)
    assert store.read("words", "w" * 64, 1) == {"a": 1}
